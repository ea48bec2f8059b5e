from typing import Literal

ListInvoicesOrder = Literal["asc", "desc"]

LIST_INVOICES_ORDER_VALUES: set[ListInvoicesOrder] = {
    "asc",
    "desc",
}


def check_list_invoices_order(value: str) -> ListInvoicesOrder:
    if value in LIST_INVOICES_ORDER_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_INVOICES_ORDER_VALUES!r}")
