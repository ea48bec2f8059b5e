from typing import Literal

ListPatientCasesOrder = Literal["asc", "desc"]

LIST_PATIENT_CASES_ORDER_VALUES: set[ListPatientCasesOrder] = {
    "asc",
    "desc",
}


def check_list_patient_cases_order(value: str) -> ListPatientCasesOrder:
    if value in LIST_PATIENT_CASES_ORDER_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_PATIENT_CASES_ORDER_VALUES!r}")
