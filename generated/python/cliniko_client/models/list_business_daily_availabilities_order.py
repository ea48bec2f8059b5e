from typing import Literal

ListBusinessDailyAvailabilitiesOrder = Literal["asc", "desc"]

LIST_BUSINESS_DAILY_AVAILABILITIES_ORDER_VALUES: set[ListBusinessDailyAvailabilitiesOrder] = {
    "asc",
    "desc",
}


def check_list_business_daily_availabilities_order(value: str) -> ListBusinessDailyAvailabilitiesOrder:
    if value in LIST_BUSINESS_DAILY_AVAILABILITIES_ORDER_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_BUSINESS_DAILY_AVAILABILITIES_ORDER_VALUES!r}")
