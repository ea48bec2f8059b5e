from typing import Literal

ListTreatmentNotesOrder = Literal["asc", "desc"]

LIST_TREATMENT_NOTES_ORDER_VALUES: set[ListTreatmentNotesOrder] = {
    "asc",
    "desc",
}


def check_list_treatment_notes_order(value: str) -> ListTreatmentNotesOrder:
    if value in LIST_TREATMENT_NOTES_ORDER_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_TREATMENT_NOTES_ORDER_VALUES!r}")
