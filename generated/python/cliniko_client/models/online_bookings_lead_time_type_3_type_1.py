from typing import Literal

OnlineBookingsLeadTimeType3Type1 = Literal[0, 1, 2, 4, 12, 18, 24, 48, 72, 168, 336, 504, 672]

ONLINE_BOOKINGS_LEAD_TIME_TYPE_3_TYPE_1_VALUES: set[OnlineBookingsLeadTimeType3Type1] = {
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


def check_online_bookings_lead_time_type_3_type_1(value: int) -> OnlineBookingsLeadTimeType3Type1:
    if value in ONLINE_BOOKINGS_LEAD_TIME_TYPE_3_TYPE_1_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {ONLINE_BOOKINGS_LEAD_TIME_TYPE_3_TYPE_1_VALUES!r}")
