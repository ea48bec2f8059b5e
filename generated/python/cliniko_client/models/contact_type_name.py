from typing import Literal

ContactTypeName = Literal["3rd Party Payer", "Doctor", "Standard"]

CONTACT_TYPE_NAME_VALUES: set[ContactTypeName] = {
    "3rd Party Payer",
    "Doctor",
    "Standard",
}


def check_contact_type_name(value: str) -> ContactTypeName:
    if value in CONTACT_TYPE_NAME_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CONTACT_TYPE_NAME_VALUES!r}")
