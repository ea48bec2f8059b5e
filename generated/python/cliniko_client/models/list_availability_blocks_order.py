from typing import Literal

ListAvailabilityBlocksOrder = Literal["asc", "desc"]

LIST_AVAILABILITY_BLOCKS_ORDER_VALUES: set[ListAvailabilityBlocksOrder] = {
    "asc",
    "desc",
}


def check_list_availability_blocks_order(value: str) -> ListAvailabilityBlocksOrder:
    if value in LIST_AVAILABILITY_BLOCKS_ORDER_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_AVAILABILITY_BLOCKS_ORDER_VALUES!r}")
