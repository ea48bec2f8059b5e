from typing import Literal

ListRelationshipsOrder = Literal["asc", "desc"]

LIST_RELATIONSHIPS_ORDER_VALUES: set[ListRelationshipsOrder] = {
    "asc",
    "desc",
}


def check_list_relationships_order(value: str) -> ListRelationshipsOrder:
    if value in LIST_RELATIONSHIPS_ORDER_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_RELATIONSHIPS_ORDER_VALUES!r}")
