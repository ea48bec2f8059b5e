from typing import Literal

OnlinePaymentsMode = Literal["deposit_required", "optional", "required"]

ONLINE_PAYMENTS_MODE_VALUES: set[OnlinePaymentsMode] = {
    "deposit_required",
    "optional",
    "required",
}


def check_online_payments_mode(value: str) -> OnlinePaymentsMode:
    if value in ONLINE_PAYMENTS_MODE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {ONLINE_PAYMENTS_MODE_VALUES!r}")
