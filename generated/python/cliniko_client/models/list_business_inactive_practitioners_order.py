from typing import Literal

ListBusinessInactivePractitionersOrder = Literal["asc", "desc"]

LIST_BUSINESS_INACTIVE_PRACTITIONERS_ORDER_VALUES: set[ListBusinessInactivePractitionersOrder] = {
    "asc",
    "desc",
}


def check_list_business_inactive_practitioners_order(value: str) -> ListBusinessInactivePractitionersOrder:
    if value in LIST_BUSINESS_INACTIVE_PRACTITIONERS_ORDER_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LIST_BUSINESS_INACTIVE_PRACTITIONERS_ORDER_VALUES!r}"
    )
