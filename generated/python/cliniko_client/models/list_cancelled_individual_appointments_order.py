from typing import Literal

ListCancelledIndividualAppointmentsOrder = Literal["asc", "desc"]

LIST_CANCELLED_INDIVIDUAL_APPOINTMENTS_ORDER_VALUES: set[ListCancelledIndividualAppointmentsOrder] = {
    "asc",
    "desc",
}


def check_list_cancelled_individual_appointments_order(value: str) -> ListCancelledIndividualAppointmentsOrder:
    if value in LIST_CANCELLED_INDIVIDUAL_APPOINTMENTS_ORDER_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LIST_CANCELLED_INDIVIDUAL_APPOINTMENTS_ORDER_VALUES!r}"
    )
