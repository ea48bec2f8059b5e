from typing import Literal

ListBusinessDeletedAppointmentsOrder = Literal["asc", "desc"]

LIST_BUSINESS_DELETED_APPOINTMENTS_ORDER_VALUES: set[ListBusinessDeletedAppointmentsOrder] = {
    "asc",
    "desc",
}


def check_list_business_deleted_appointments_order(value: str) -> ListBusinessDeletedAppointmentsOrder:
    if value in LIST_BUSINESS_DELETED_APPOINTMENTS_ORDER_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_BUSINESS_DELETED_APPOINTMENTS_ORDER_VALUES!r}")
