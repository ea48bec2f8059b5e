from typing import Literal

ListConcessionTypesOrder = Literal["asc", "desc"]

LIST_CONCESSION_TYPES_ORDER_VALUES: set[ListConcessionTypesOrder] = {
    "asc",
    "desc",
}


def check_list_concession_types_order(value: str) -> ListConcessionTypesOrder:
    if value in LIST_CONCESSION_TYPES_ORDER_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_CONCESSION_TYPES_ORDER_VALUES!r}")
