from typing import Literal

ListPatientCaseInvoicesOrder = Literal["asc", "desc"]

LIST_PATIENT_CASE_INVOICES_ORDER_VALUES: set[ListPatientCaseInvoicesOrder] = {
    "asc",
    "desc",
}


def check_list_patient_case_invoices_order(value: str) -> ListPatientCaseInvoicesOrder:
    if value in LIST_PATIENT_CASE_INVOICES_ORDER_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_PATIENT_CASE_INVOICES_ORDER_VALUES!r}")
