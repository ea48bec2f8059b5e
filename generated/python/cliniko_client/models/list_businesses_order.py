from typing import Literal

ListBusinessesOrder = Literal["asc", "desc"]

LIST_BUSINESSES_ORDER_VALUES: set[ListBusinessesOrder] = {
    "asc",
    "desc",
}


def check_list_businesses_order(value: str) -> ListBusinessesOrder:
    if value in LIST_BUSINESSES_ORDER_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_BUSINESSES_ORDER_VALUES!r}")
