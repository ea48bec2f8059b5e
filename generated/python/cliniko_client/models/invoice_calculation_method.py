from typing import Literal

InvoiceCalculationMethod = Literal[1, 2, 3]

INVOICE_CALCULATION_METHOD_VALUES: set[InvoiceCalculationMethod] = {
    1,
    2,
    3,
}


def check_invoice_calculation_method(value: int) -> InvoiceCalculationMethod:
    if value in INVOICE_CALCULATION_METHOD_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {INVOICE_CALCULATION_METHOD_VALUES!r}")
