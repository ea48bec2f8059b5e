from typing import Literal

ListInvoiceItemsOrder = Literal["asc", "desc"]

LIST_INVOICE_ITEMS_ORDER_VALUES: set[ListInvoiceItemsOrder] = {
    "asc",
    "desc",
}


def check_list_invoice_items_order(value: str) -> ListInvoiceItemsOrder:
    if value in LIST_INVOICE_ITEMS_ORDER_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_INVOICE_ITEMS_ORDER_VALUES!r}")
