from typing import Literal

ListAttendeesOrder = Literal["asc", "desc"]

LIST_ATTENDEES_ORDER_VALUES: set[ListAttendeesOrder] = {
    "asc",
    "desc",
}


def check_list_attendees_order(value: str) -> ListAttendeesOrder:
    if value in LIST_ATTENDEES_ORDER_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_ATTENDEES_ORDER_VALUES!r}")
