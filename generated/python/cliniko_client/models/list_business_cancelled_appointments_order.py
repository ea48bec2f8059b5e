from typing import Literal

ListBusinessCancelledAppointmentsOrder = Literal["asc", "desc"]

LIST_BUSINESS_CANCELLED_APPOINTMENTS_ORDER_VALUES: set[ListBusinessCancelledAppointmentsOrder] = {
    "asc",
    "desc",
}


def check_list_business_cancelled_appointments_order(value: str) -> ListBusinessCancelledAppointmentsOrder:
    if value in LIST_BUSINESS_CANCELLED_APPOINTMENTS_ORDER_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LIST_BUSINESS_CANCELLED_APPOINTMENTS_ORDER_VALUES!r}"
    )
