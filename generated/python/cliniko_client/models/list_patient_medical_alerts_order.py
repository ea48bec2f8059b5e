from typing import Literal

ListPatientMedicalAlertsOrder = Literal["asc", "desc"]

LIST_PATIENT_MEDICAL_ALERTS_ORDER_VALUES: set[ListPatientMedicalAlertsOrder] = {
    "asc",
    "desc",
}


def check_list_patient_medical_alerts_order(value: str) -> ListPatientMedicalAlertsOrder:
    if value in LIST_PATIENT_MEDICAL_ALERTS_ORDER_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_PATIENT_MEDICAL_ALERTS_ORDER_VALUES!r}")
