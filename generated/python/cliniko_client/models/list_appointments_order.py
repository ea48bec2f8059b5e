from typing import Literal

ListAppointmentsOrder = Literal["asc", "desc"]

LIST_APPOINTMENTS_ORDER_VALUES: set[ListAppointmentsOrder] = {
    "asc",
    "desc",
}


def check_list_appointments_order(value: str) -> ListAppointmentsOrder:
    if value in LIST_APPOINTMENTS_ORDER_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_APPOINTMENTS_ORDER_VALUES!r}")
