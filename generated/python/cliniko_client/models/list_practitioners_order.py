from typing import Literal

ListPractitionersOrder = Literal["asc", "desc"]

LIST_PRACTITIONERS_ORDER_VALUES: set[ListPractitionersOrder] = {
    "asc",
    "desc",
}


def check_list_practitioners_order(value: str) -> ListPractitionersOrder:
    if value in LIST_PRACTITIONERS_ORDER_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_PRACTITIONERS_ORDER_VALUES!r}")
