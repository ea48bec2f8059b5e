from typing import Literal

ListAppointmentTypePractitionersOrder = Literal["asc", "desc"]

LIST_APPOINTMENT_TYPE_PRACTITIONERS_ORDER_VALUES: set[ListAppointmentTypePractitionersOrder] = {
    "asc",
    "desc",
}


def check_list_appointment_type_practitioners_order(value: str) -> ListAppointmentTypePractitionersOrder:
    if value in LIST_APPOINTMENT_TYPE_PRACTITIONERS_ORDER_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_APPOINTMENT_TYPE_PRACTITIONERS_ORDER_VALUES!r}")
