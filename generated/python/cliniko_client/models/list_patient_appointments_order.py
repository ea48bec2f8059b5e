from typing import Literal

ListPatientAppointmentsOrder = Literal["asc", "desc"]

LIST_PATIENT_APPOINTMENTS_ORDER_VALUES: set[ListPatientAppointmentsOrder] = {
    "asc",
    "desc",
}


def check_list_patient_appointments_order(value: str) -> ListPatientAppointmentsOrder:
    if value in LIST_PATIENT_APPOINTMENTS_ORDER_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_PATIENT_APPOINTMENTS_ORDER_VALUES!r}")
