from typing import Literal

ListPatientsOrder = Literal["asc", "desc"]

LIST_PATIENTS_ORDER_VALUES: set[ListPatientsOrder] = {
    "asc",
    "desc",
}


def check_list_patients_order(value: str) -> ListPatientsOrder:
    if value in LIST_PATIENTS_ORDER_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_PATIENTS_ORDER_VALUES!r}")
