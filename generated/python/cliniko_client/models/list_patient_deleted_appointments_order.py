from typing import Literal

ListPatientDeletedAppointmentsOrder = Literal["asc", "desc"]

LIST_PATIENT_DELETED_APPOINTMENTS_ORDER_VALUES: set[ListPatientDeletedAppointmentsOrder] = {
    "asc",
    "desc",
}


def check_list_patient_deleted_appointments_order(value: str) -> ListPatientDeletedAppointmentsOrder:
    if value in LIST_PATIENT_DELETED_APPOINTMENTS_ORDER_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_PATIENT_DELETED_APPOINTMENTS_ORDER_VALUES!r}")
