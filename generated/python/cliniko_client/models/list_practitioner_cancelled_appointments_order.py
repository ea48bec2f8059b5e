from typing import Literal

ListPractitionerCancelledAppointmentsOrder = Literal["asc", "desc"]

LIST_PRACTITIONER_CANCELLED_APPOINTMENTS_ORDER_VALUES: set[ListPractitionerCancelledAppointmentsOrder] = {
    "asc",
    "desc",
}


def check_list_practitioner_cancelled_appointments_order(value: str) -> ListPractitionerCancelledAppointmentsOrder:
    if value in LIST_PRACTITIONER_CANCELLED_APPOINTMENTS_ORDER_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LIST_PRACTITIONER_CANCELLED_APPOINTMENTS_ORDER_VALUES!r}"
    )
