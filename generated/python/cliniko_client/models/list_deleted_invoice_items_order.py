from typing import Literal

ListDeletedInvoiceItemsOrder = Literal["asc", "desc"]

LIST_DELETED_INVOICE_ITEMS_ORDER_VALUES: set[ListDeletedInvoiceItemsOrder] = {
    "asc",
    "desc",
}


def check_list_deleted_invoice_items_order(value: str) -> ListDeletedInvoiceItemsOrder:
    if value in LIST_DELETED_INVOICE_ITEMS_ORDER_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_DELETED_INVOICE_ITEMS_ORDER_VALUES!r}")
