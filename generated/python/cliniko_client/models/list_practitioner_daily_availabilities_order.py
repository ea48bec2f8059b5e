from typing import Literal

ListPractitionerDailyAvailabilitiesOrder = Literal["asc", "desc"]

LIST_PRACTITIONER_DAILY_AVAILABILITIES_ORDER_VALUES: set[ListPractitionerDailyAvailabilitiesOrder] = {
    "asc",
    "desc",
}


def check_list_practitioner_daily_availabilities_order(value: str) -> ListPractitionerDailyAvailabilitiesOrder:
    if value in LIST_PRACTITIONER_DAILY_AVAILABILITIES_ORDER_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LIST_PRACTITIONER_DAILY_AVAILABILITIES_ORDER_VALUES!r}"
    )
