from typing import Literal

ListActivePatientCasesOrder = Literal["asc", "desc"]

LIST_ACTIVE_PATIENT_CASES_ORDER_VALUES: set[ListActivePatientCasesOrder] = {
    "asc",
    "desc",
}


def check_list_active_patient_cases_order(value: str) -> ListActivePatientCasesOrder:
    if value in LIST_ACTIVE_PATIENT_CASES_ORDER_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_ACTIVE_PATIENT_CASES_ORDER_VALUES!r}")
