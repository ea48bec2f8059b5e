from typing import Literal

ListBookingsOrder = Literal["asc", "desc"]

LIST_BOOKINGS_ORDER_VALUES: set[ListBookingsOrder] = {
    "asc",
    "desc",
}


def check_list_bookings_order(value: str) -> ListBookingsOrder:
    if value in LIST_BOOKINGS_ORDER_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_BOOKINGS_ORDER_VALUES!r}")
