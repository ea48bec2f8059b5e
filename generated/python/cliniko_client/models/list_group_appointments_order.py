from typing import Literal

ListGroupAppointmentsOrder = Literal["asc", "desc"]

LIST_GROUP_APPOINTMENTS_ORDER_VALUES: set[ListGroupAppointmentsOrder] = {
    "asc",
    "desc",
}


def check_list_group_appointments_order(value: str) -> ListGroupAppointmentsOrder:
    if value in LIST_GROUP_APPOINTMENTS_ORDER_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_GROUP_APPOINTMENTS_ORDER_VALUES!r}")
