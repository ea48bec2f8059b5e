from typing import Literal

ListDeletedUnavailableBlocksOrder = Literal["asc", "desc"]

LIST_DELETED_UNAVAILABLE_BLOCKS_ORDER_VALUES: set[ListDeletedUnavailableBlocksOrder] = {
    "asc",
    "desc",
}


def check_list_deleted_unavailable_blocks_order(value: str) -> ListDeletedUnavailableBlocksOrder:
    if value in LIST_DELETED_UNAVAILABLE_BLOCKS_ORDER_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_DELETED_UNAVAILABLE_BLOCKS_ORDER_VALUES!r}")
