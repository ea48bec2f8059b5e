from typing import Literal

ListDeletedAppointmentsOrder = Literal["asc", "desc"]

LIST_DELETED_APPOINTMENTS_ORDER_VALUES: set[ListDeletedAppointmentsOrder] = {
    "asc",
    "desc",
}


def check_list_deleted_appointments_order(value: str) -> ListDeletedAppointmentsOrder:
    if value in LIST_DELETED_APPOINTMENTS_ORDER_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_DELETED_APPOINTMENTS_ORDER_VALUES!r}")
