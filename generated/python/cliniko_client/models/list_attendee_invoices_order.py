from typing import Literal

ListAttendeeInvoicesOrder = Literal["asc", "desc"]

LIST_ATTENDEE_INVOICES_ORDER_VALUES: set[ListAttendeeInvoicesOrder] = {
    "asc",
    "desc",
}


def check_list_attendee_invoices_order(value: str) -> ListAttendeeInvoicesOrder:
    if value in LIST_ATTENDEE_INVOICES_ORDER_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_ATTENDEE_INVOICES_ORDER_VALUES!r}")
