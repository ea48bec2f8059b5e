from typing import Literal

ListDeletedIndividualAppointmentsOrder = Literal["asc", "desc"]

LIST_DELETED_INDIVIDUAL_APPOINTMENTS_ORDER_VALUES: set[ListDeletedIndividualAppointmentsOrder] = {
    "asc",
    "desc",
}


def check_list_deleted_individual_appointments_order(value: str) -> ListDeletedIndividualAppointmentsOrder:
    if value in LIST_DELETED_INDIVIDUAL_APPOINTMENTS_ORDER_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LIST_DELETED_INDIVIDUAL_APPOINTMENTS_ORDER_VALUES!r}"
    )
