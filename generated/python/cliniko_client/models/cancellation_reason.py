from typing import Literal

CancellationReason = Literal[10, 20, 30, 31, 40, 50, 60]

CANCELLATION_REASON_VALUES: set[CancellationReason] = {
    10,
    20,
    30,
    31,
    40,
    50,
    60,
}


def check_cancellation_reason(value: int) -> CancellationReason:
    if value in CANCELLATION_REASON_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CANCELLATION_REASON_VALUES!r}")
