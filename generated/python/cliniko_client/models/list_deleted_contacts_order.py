from typing import Literal

ListDeletedContactsOrder = Literal["asc", "desc"]

LIST_DELETED_CONTACTS_ORDER_VALUES: set[ListDeletedContactsOrder] = {
    "asc",
    "desc",
}


def check_list_deleted_contacts_order(value: str) -> ListDeletedContactsOrder:
    if value in LIST_DELETED_CONTACTS_ORDER_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_DELETED_CONTACTS_ORDER_VALUES!r}")
