from typing import Literal

ListDeletedTreatmentNotesOrder = Literal["asc", "desc"]

LIST_DELETED_TREATMENT_NOTES_ORDER_VALUES: set[ListDeletedTreatmentNotesOrder] = {
    "asc",
    "desc",
}


def check_list_deleted_treatment_notes_order(value: str) -> ListDeletedTreatmentNotesOrder:
    if value in LIST_DELETED_TREATMENT_NOTES_ORDER_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_DELETED_TREATMENT_NOTES_ORDER_VALUES!r}")
