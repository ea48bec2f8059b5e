from typing import Literal

ListMedicalAlertsOrder = Literal["asc", "desc"]

LIST_MEDICAL_ALERTS_ORDER_VALUES: set[ListMedicalAlertsOrder] = {
    "asc",
    "desc",
}


def check_list_medical_alerts_order(value: str) -> ListMedicalAlertsOrder:
    if value in LIST_MEDICAL_ALERTS_ORDER_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_MEDICAL_ALERTS_ORDER_VALUES!r}")
