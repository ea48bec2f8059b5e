from typing import Literal

ContactType = Literal[0, 1, 2]

CONTACT_TYPE_VALUES: set[ContactType] = {
    0,
    1,
    2,
}


def check_contact_type(value: int) -> ContactType:
    if value in CONTACT_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CONTACT_TYPE_VALUES!r}")
