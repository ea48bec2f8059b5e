from typing import Literal

PhoneType = Literal["Fax", "Home", "Mobile", "Other", "Work"]

PHONE_TYPE_VALUES: set[PhoneType] = {
    "Fax",
    "Home",
    "Mobile",
    "Other",
    "Work",
}


def check_phone_type(value: str) -> PhoneType:
    if value in PHONE_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {PHONE_TYPE_VALUES!r}")
