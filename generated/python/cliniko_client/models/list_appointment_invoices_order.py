from typing import Literal

ListAppointmentInvoicesOrder = Literal["asc", "desc"]

LIST_APPOINTMENT_INVOICES_ORDER_VALUES: set[ListAppointmentInvoicesOrder] = {
    "asc",
    "desc",
}


def check_list_appointment_invoices_order(value: str) -> ListAppointmentInvoicesOrder:
    if value in LIST_APPOINTMENT_INVOICES_ORDER_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_APPOINTMENT_INVOICES_ORDER_VALUES!r}")
