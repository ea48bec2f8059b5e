from typing import Literal

ListPatientCaseBookingsOrder = Literal["asc", "desc"]

LIST_PATIENT_CASE_BOOKINGS_ORDER_VALUES: set[ListPatientCaseBookingsOrder] = {
    "asc",
    "desc",
}


def check_list_patient_case_bookings_order(value: str) -> ListPatientCaseBookingsOrder:
    if value in LIST_PATIENT_CASE_BOOKINGS_ORDER_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_PATIENT_CASE_BOOKINGS_ORDER_VALUES!r}")
