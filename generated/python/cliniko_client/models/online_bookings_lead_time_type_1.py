from typing import Literal

OnlineBookingsLeadTimeType1 = Literal[0, 1, 2, 4, 12, 18, 24, 48, 72, 168, 336, 504, 672]

ONLINE_BOOKINGS_LEAD_TIME_TYPE_1_VALUES: set[OnlineBookingsLeadTimeType1] = {
    0,
    1,
    2,
    4,
    12,
    18,
    24,
    48,
    72,
    168,
    336,
    504,
    672,
}


def check_online_bookings_lead_time_type_1(value: int) -> OnlineBookingsLeadTimeType1:
    if value in ONLINE_BOOKINGS_LEAD_TIME_TYPE_1_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {ONLINE_BOOKINGS_LEAD_TIME_TYPE_1_VALUES!r}")
