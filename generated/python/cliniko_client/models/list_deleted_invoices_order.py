from typing import Literal

ListDeletedInvoicesOrder = Literal["asc", "desc"]

LIST_DELETED_INVOICES_ORDER_VALUES: set[ListDeletedInvoicesOrder] = {
    "asc",
    "desc",
}


def check_list_deleted_invoices_order(value: str) -> ListDeletedInvoicesOrder:
    if value in LIST_DELETED_INVOICES_ORDER_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_DELETED_INVOICES_ORDER_VALUES!r}")
