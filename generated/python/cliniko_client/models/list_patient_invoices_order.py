from typing import Literal

ListPatientInvoicesOrder = Literal["asc", "desc"]

LIST_PATIENT_INVOICES_ORDER_VALUES: set[ListPatientInvoicesOrder] = {
    "asc",
    "desc",
}


def check_list_patient_invoices_order(value: str) -> ListPatientInvoicesOrder:
    if value in LIST_PATIENT_INVOICES_ORDER_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_PATIENT_INVOICES_ORDER_VALUES!r}")
