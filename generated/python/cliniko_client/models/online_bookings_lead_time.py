from typing import Literal

OnlineBookingsLeadTime = Literal[0, 1, 2, 4, 12, 18, 24, 48, 72, 168, 336, 504, 672]

ONLINE_BOOKINGS_LEAD_TIME_VALUES: set[OnlineBookingsLeadTime] = {
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


def check_online_bookings_lead_time(value: int) -> OnlineBookingsLeadTime:
    if value in ONLINE_BOOKINGS_LEAD_TIME_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {ONLINE_BOOKINGS_LEAD_TIME_VALUES!r}")
