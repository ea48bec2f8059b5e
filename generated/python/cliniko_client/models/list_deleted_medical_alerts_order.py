from typing import Literal

ListDeletedMedicalAlertsOrder = Literal["asc", "desc"]

LIST_DELETED_MEDICAL_ALERTS_ORDER_VALUES: set[ListDeletedMedicalAlertsOrder] = {
    "asc",
    "desc",
}


def check_list_deleted_medical_alerts_order(value: str) -> ListDeletedMedicalAlertsOrder:
    if value in LIST_DELETED_MEDICAL_ALERTS_ORDER_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_DELETED_MEDICAL_ALERTS_ORDER_VALUES!r}")
