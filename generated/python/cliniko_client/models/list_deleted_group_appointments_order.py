from typing import Literal

ListDeletedGroupAppointmentsOrder = Literal["asc", "desc"]

LIST_DELETED_GROUP_APPOINTMENTS_ORDER_VALUES: set[ListDeletedGroupAppointmentsOrder] = {
    "asc",
    "desc",
}


def check_list_deleted_group_appointments_order(value: str) -> ListDeletedGroupAppointmentsOrder:
    if value in LIST_DELETED_GROUP_APPOINTMENTS_ORDER_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_DELETED_GROUP_APPOINTMENTS_ORDER_VALUES!r}")
