from typing import Literal

ListPractitionerDeletedAppointmentsOrder = Literal["asc", "desc"]

LIST_PRACTITIONER_DELETED_APPOINTMENTS_ORDER_VALUES: set[ListPractitionerDeletedAppointmentsOrder] = {
    "asc",
    "desc",
}


def check_list_practitioner_deleted_appointments_order(value: str) -> ListPractitionerDeletedAppointmentsOrder:
    if value in LIST_PRACTITIONER_DELETED_APPOINTMENTS_ORDER_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LIST_PRACTITIONER_DELETED_APPOINTMENTS_ORDER_VALUES!r}"
    )
