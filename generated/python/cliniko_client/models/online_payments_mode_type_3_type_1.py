from typing import Literal

OnlinePaymentsModeType3Type1 = Literal["deposit_required", "optional", "required"]

ONLINE_PAYMENTS_MODE_TYPE_3_TYPE_1_VALUES: set[OnlinePaymentsModeType3Type1] = {
    "deposit_required",
    "optional",
    "required",
}


def check_online_payments_mode_type_3_type_1(value: str) -> OnlinePaymentsModeType3Type1:
    if value in ONLINE_PAYMENTS_MODE_TYPE_3_TYPE_1_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {ONLINE_PAYMENTS_MODE_TYPE_3_TYPE_1_VALUES!r}")
