from typing import Literal

ListGroupAppointmentAttendeesOrder = Literal["asc", "desc"]

LIST_GROUP_APPOINTMENT_ATTENDEES_ORDER_VALUES: set[ListGroupAppointmentAttendeesOrder] = {
    "asc",
    "desc",
}


def check_list_group_appointment_attendees_order(value: str) -> ListGroupAppointmentAttendeesOrder:
    if value in LIST_GROUP_APPOINTMENT_ATTENDEES_ORDER_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_GROUP_APPOINTMENT_ATTENDEES_ORDER_VALUES!r}")
