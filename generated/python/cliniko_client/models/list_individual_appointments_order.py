from typing import Literal

ListIndividualAppointmentsOrder = Literal["asc", "desc"]

LIST_INDIVIDUAL_APPOINTMENTS_ORDER_VALUES: set[ListIndividualAppointmentsOrder] = {
    "asc",
    "desc",
}


def check_list_individual_appointments_order(value: str) -> ListIndividualAppointmentsOrder:
    if value in LIST_INDIVIDUAL_APPOINTMENTS_ORDER_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_INDIVIDUAL_APPOINTMENTS_ORDER_VALUES!r}")
