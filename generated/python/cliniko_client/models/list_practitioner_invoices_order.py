from typing import Literal

ListPractitionerInvoicesOrder = Literal["asc", "desc"]

LIST_PRACTITIONER_INVOICES_ORDER_VALUES: set[ListPractitionerInvoicesOrder] = {
    "asc",
    "desc",
}


def check_list_practitioner_invoices_order(value: str) -> ListPractitionerInvoicesOrder:
    if value in LIST_PRACTITIONER_INVOICES_ORDER_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_PRACTITIONER_INVOICES_ORDER_VALUES!r}")
