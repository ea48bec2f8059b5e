from typing import Literal

ListDeletedAttendeesOrder = Literal["asc", "desc"]

LIST_DELETED_ATTENDEES_ORDER_VALUES: set[ListDeletedAttendeesOrder] = {
    "asc",
    "desc",
}


def check_list_deleted_attendees_order(value: str) -> ListDeletedAttendeesOrder:
    if value in LIST_DELETED_ATTENDEES_ORDER_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_DELETED_ATTENDEES_ORDER_VALUES!r}")
