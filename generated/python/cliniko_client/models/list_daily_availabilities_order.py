from typing import Literal

ListDailyAvailabilitiesOrder = Literal["asc", "desc"]

LIST_DAILY_AVAILABILITIES_ORDER_VALUES: set[ListDailyAvailabilitiesOrder] = {
    "asc",
    "desc",
}


def check_list_daily_availabilities_order(value: str) -> ListDailyAvailabilitiesOrder:
    if value in LIST_DAILY_AVAILABILITIES_ORDER_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_DAILY_AVAILABILITIES_ORDER_VALUES!r}")
