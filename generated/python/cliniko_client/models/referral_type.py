from typing import Literal

ReferralType = Literal["dva", "medicare"]

REFERRAL_TYPE_VALUES: set[ReferralType] = {
    "dva",
    "medicare",
}


def check_referral_type(value: str) -> ReferralType:
    if value in REFERRAL_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {REFERRAL_TYPE_VALUES!r}")
