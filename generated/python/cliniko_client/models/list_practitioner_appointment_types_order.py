from typing import Literal

ListPractitionerAppointmentTypesOrder = Literal["asc", "desc"]

LIST_PRACTITIONER_APPOINTMENT_TYPES_ORDER_VALUES: set[ListPractitionerAppointmentTypesOrder] = {
    "asc",
    "desc",
}


def check_list_practitioner_appointment_types_order(value: str) -> ListPractitionerAppointmentTypesOrder:
    if value in LIST_PRACTITIONER_APPOINTMENT_TYPES_ORDER_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_PRACTITIONER_APPOINTMENT_TYPES_ORDER_VALUES!r}")
