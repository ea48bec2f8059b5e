from typing import Literal

ListInactivePractitionersOrder = Literal["asc", "desc"]

LIST_INACTIVE_PRACTITIONERS_ORDER_VALUES: set[ListInactivePractitionersOrder] = {
    "asc",
    "desc",
}


def check_list_inactive_practitioners_order(value: str) -> ListInactivePractitionersOrder:
    if value in LIST_INACTIVE_PRACTITIONERS_ORDER_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_INACTIVE_PRACTITIONERS_ORDER_VALUES!r}")
