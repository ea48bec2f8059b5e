from typing import Literal

ListBusinessPractitionersOrder = Literal["asc", "desc"]

LIST_BUSINESS_PRACTITIONERS_ORDER_VALUES: set[ListBusinessPractitionersOrder] = {
    "asc",
    "desc",
}


def check_list_business_practitioners_order(value: str) -> ListBusinessPractitionersOrder:
    if value in LIST_BUSINESS_PRACTITIONERS_ORDER_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_BUSINESS_PRACTITIONERS_ORDER_VALUES!r}")
