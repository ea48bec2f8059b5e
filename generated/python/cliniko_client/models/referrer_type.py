from typing import Literal

ReferrerType = Literal["Contact", "Patient"]

REFERRER_TYPE_VALUES: set[ReferrerType] = {
    "Contact",
    "Patient",
}


def check_referrer_type(value: str) -> ReferrerType:
    if value in REFERRER_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {REFERRER_TYPE_VALUES!r}")
