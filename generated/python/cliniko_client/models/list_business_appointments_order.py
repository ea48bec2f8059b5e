from typing import Literal

ListBusinessAppointmentsOrder = Literal["asc", "desc"]

LIST_BUSINESS_APPOINTMENTS_ORDER_VALUES: set[ListBusinessAppointmentsOrder] = {
    "asc",
    "desc",
}


def check_list_business_appointments_order(value: str) -> ListBusinessAppointmentsOrder:
    if value in LIST_BUSINESS_APPOINTMENTS_ORDER_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_BUSINESS_APPOINTMENTS_ORDER_VALUES!r}")
