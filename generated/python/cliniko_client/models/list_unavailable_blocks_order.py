from typing import Literal

ListUnavailableBlocksOrder = Literal["asc", "desc"]

LIST_UNAVAILABLE_BLOCKS_ORDER_VALUES: set[ListUnavailableBlocksOrder] = {
    "asc",
    "desc",
}


def check_list_unavailable_blocks_order(value: str) -> ListUnavailableBlocksOrder:
    if value in LIST_UNAVAILABLE_BLOCKS_ORDER_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_UNAVAILABLE_BLOCKS_ORDER_VALUES!r}")
