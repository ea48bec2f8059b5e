from typing import Literal

ListTreatmentNoteTemplatesOrder = Literal["asc", "desc"]

LIST_TREATMENT_NOTE_TEMPLATES_ORDER_VALUES: set[ListTreatmentNoteTemplatesOrder] = {
    "asc",
    "desc",
}


def check_list_treatment_note_templates_order(value: str) -> ListTreatmentNoteTemplatesOrder:
    if value in LIST_TREATMENT_NOTE_TEMPLATES_ORDER_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_TREATMENT_NOTE_TEMPLATES_ORDER_VALUES!r}")
