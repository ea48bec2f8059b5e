from typing import Literal

ListAppointmentTypesOrder = Literal["asc", "desc"]

LIST_APPOINTMENT_TYPES_ORDER_VALUES: set[ListAppointmentTypesOrder] = {
    "asc",
    "desc",
}


def check_list_appointment_types_order(value: str) -> ListAppointmentTypesOrder:
    if value in LIST_APPOINTMENT_TYPES_ORDER_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_APPOINTMENT_TYPES_ORDER_VALUES!r}")
