from typing import Literal

ListContactsOrder = Literal["asc", "desc"]

LIST_CONTACTS_ORDER_VALUES: set[ListContactsOrder] = {
    "asc",
    "desc",
}


def check_list_contacts_order(value: str) -> ListContactsOrder:
    if value in LIST_CONTACTS_ORDER_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_CONTACTS_ORDER_VALUES!r}")
