from typing import Literal

ListDeletedPatientsOrder = Literal["asc", "desc"]

LIST_DELETED_PATIENTS_ORDER_VALUES: set[ListDeletedPatientsOrder] = {
    "asc",
    "desc",
}


def check_list_deleted_patients_order(value: str) -> ListDeletedPatientsOrder:
    if value in LIST_DELETED_PATIENTS_ORDER_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_DELETED_PATIENTS_ORDER_VALUES!r}")
