from typing import Literal

ListPatientCaseAttendeesOrder = Literal["asc", "desc"]

LIST_PATIENT_CASE_ATTENDEES_ORDER_VALUES: set[ListPatientCaseAttendeesOrder] = {
    "asc",
    "desc",
}


def check_list_patient_case_attendees_order(value: str) -> ListPatientCaseAttendeesOrder:
    if value in LIST_PATIENT_CASE_ATTENDEES_ORDER_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_PATIENT_CASE_ATTENDEES_ORDER_VALUES!r}")
