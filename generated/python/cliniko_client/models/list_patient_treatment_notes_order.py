from typing import Literal

ListPatientTreatmentNotesOrder = Literal["asc", "desc"]

LIST_PATIENT_TREATMENT_NOTES_ORDER_VALUES: set[ListPatientTreatmentNotesOrder] = {
    "asc",
    "desc",
}


def check_list_patient_treatment_notes_order(value: str) -> ListPatientTreatmentNotesOrder:
    if value in LIST_PATIENT_TREATMENT_NOTES_ORDER_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_PATIENT_TREATMENT_NOTES_ORDER_VALUES!r}")
