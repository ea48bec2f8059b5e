from typing import Literal

ListArchivedPatientsOrder = Literal["asc", "desc"]

LIST_ARCHIVED_PATIENTS_ORDER_VALUES: set[ListArchivedPatientsOrder] = {
    "asc",
    "desc",
}


def check_list_archived_patients_order(value: str) -> ListArchivedPatientsOrder:
    if value in LIST_ARCHIVED_PATIENTS_ORDER_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_ARCHIVED_PATIENTS_ORDER_VALUES!r}")
