from typing import Literal

ListArchivedAppointmentTypesOrder = Literal["asc", "desc"]

LIST_ARCHIVED_APPOINTMENT_TYPES_ORDER_VALUES: set[ListArchivedAppointmentTypesOrder] = {
    "asc",
    "desc",
}


def check_list_archived_appointment_types_order(value: str) -> ListArchivedAppointmentTypesOrder:
    if value in LIST_ARCHIVED_APPOINTMENT_TYPES_ORDER_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_ARCHIVED_APPOINTMENT_TYPES_ORDER_VALUES!r}")
