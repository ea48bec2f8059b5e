from typing import Literal

ListIndividualAppointmentAttendeesOrder = Literal["asc", "desc"]

LIST_INDIVIDUAL_APPOINTMENT_ATTENDEES_ORDER_VALUES: set[ListIndividualAppointmentAttendeesOrder] = {
    "asc",
    "desc",
}


def check_list_individual_appointment_attendees_order(value: str) -> ListIndividualAppointmentAttendeesOrder:
    if value in LIST_INDIVIDUAL_APPOINTMENT_ATTENDEES_ORDER_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LIST_INDIVIDUAL_APPOINTMENT_ATTENDEES_ORDER_VALUES!r}"
    )
