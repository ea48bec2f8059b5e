from typing import Literal

ListAppointmentTypeInactivePractitionersOrder = Literal["asc", "desc"]

LIST_APPOINTMENT_TYPE_INACTIVE_PRACTITIONERS_ORDER_VALUES: set[ListAppointmentTypeInactivePractitionersOrder] = {
    "asc",
    "desc",
}


def check_list_appointment_type_inactive_practitioners_order(
    value: str,
) -> ListAppointmentTypeInactivePractitionersOrder:
    if value in LIST_APPOINTMENT_TYPE_INACTIVE_PRACTITIONERS_ORDER_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LIST_APPOINTMENT_TYPE_INACTIVE_PRACTITIONERS_ORDER_VALUES!r}"
    )
