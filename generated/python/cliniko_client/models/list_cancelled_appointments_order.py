from typing import Literal

ListCancelledAppointmentsOrder = Literal["asc", "desc"]

LIST_CANCELLED_APPOINTMENTS_ORDER_VALUES: set[ListCancelledAppointmentsOrder] = {
    "asc",
    "desc",
}


def check_list_cancelled_appointments_order(value: str) -> ListCancelledAppointmentsOrder:
    if value in LIST_CANCELLED_APPOINTMENTS_ORDER_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_CANCELLED_APPOINTMENTS_ORDER_VALUES!r}")
