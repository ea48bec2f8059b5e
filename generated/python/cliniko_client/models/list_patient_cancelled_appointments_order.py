from typing import Literal

ListPatientCancelledAppointmentsOrder = Literal["asc", "desc"]

LIST_PATIENT_CANCELLED_APPOINTMENTS_ORDER_VALUES: set[ListPatientCancelledAppointmentsOrder] = {
    "asc",
    "desc",
}


def check_list_patient_cancelled_appointments_order(value: str) -> ListPatientCancelledAppointmentsOrder:
    if value in LIST_PATIENT_CANCELLED_APPOINTMENTS_ORDER_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_PATIENT_CANCELLED_APPOINTMENTS_ORDER_VALUES!r}")
