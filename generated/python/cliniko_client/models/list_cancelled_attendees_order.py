from typing import Literal

ListCancelledAttendeesOrder = Literal["asc", "desc"]

LIST_CANCELLED_ATTENDEES_ORDER_VALUES: set[ListCancelledAttendeesOrder] = {
    "asc",
    "desc",
}


def check_list_cancelled_attendees_order(value: str) -> ListCancelledAttendeesOrder:
    if value in LIST_CANCELLED_ATTENDEES_ORDER_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_CANCELLED_ATTENDEES_ORDER_VALUES!r}")
