from typing import Literal

OnlinePaymentsModeType2Type1 = Literal["deposit_required", "optional", "required"]

ONLINE_PAYMENTS_MODE_TYPE_2_TYPE_1_VALUES: set[OnlinePaymentsModeType2Type1] = {
    "deposit_required",
    "optional",
    "required",
}


def check_online_payments_mode_type_2_type_1(value: str) -> OnlinePaymentsModeType2Type1:
    if value in ONLINE_PAYMENTS_MODE_TYPE_2_TYPE_1_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {ONLINE_PAYMENTS_MODE_TYPE_2_TYPE_1_VALUES!r}")
