from typing import Literal

ListPractitionerAppointmentsOrder = Literal["asc", "desc"]

LIST_PRACTITIONER_APPOINTMENTS_ORDER_VALUES: set[ListPractitionerAppointmentsOrder] = {
    "asc",
    "desc",
}


def check_list_practitioner_appointments_order(value: str) -> ListPractitionerAppointmentsOrder:
    if value in LIST_PRACTITIONER_APPOINTMENTS_ORDER_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_PRACTITIONER_APPOINTMENTS_ORDER_VALUES!r}")
