from typing import Literal

ListInvoiceInvoiceItemsOrder = Literal["asc", "desc"]

LIST_INVOICE_INVOICE_ITEMS_ORDER_VALUES: set[ListInvoiceInvoiceItemsOrder] = {
    "asc",
    "desc",
}


def check_list_invoice_invoice_items_order(value: str) -> ListInvoiceInvoiceItemsOrder:
    if value in LIST_INVOICE_INVOICE_ITEMS_ORDER_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_INVOICE_INVOICE_ITEMS_ORDER_VALUES!r}")
