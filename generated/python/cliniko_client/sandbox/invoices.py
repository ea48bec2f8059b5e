"""Invoices and their items as the sandbox seeds them: what the spec cannot say.

Invoices are read-only through the API, so the sandbox makes them itself, one or more
per patient (from appointments once the spec has them). Each invoice's items add up to
its totals exactly, in decimals: an item's `net_price` is its quantity times its unit
price less its discount; its tax is `tax_rate` percent of that, rounded to the cent; the
invoice's `net_amount`, `tax_amount` and `total_amount` are the sums of its items'. The
statuses cycle through open, paid, closed and open credit, so every filter by `status`
finds something.

Plugs in where records are seeded (seeding after their parents): `invoice_with_items`
gives the stored fields of one invoice (`patient_id` naming its parent, as the
resource machinery stores parents) and of its items (`invoice_id` left for the caller,
who mints the invoice's id).
"""

from __future__ import annotations

import random
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

CENT = Decimal("0.01")
# InvoiceStatus and the words Cliniko's document gives them.
STATUSES = {10: "Open", 20: "Paid", 30: "Closed", 40: "Open credit"}
# (name, code, unit price, tax rate in percent): a clinic's usual lines.
SERVICES = (
    ("Standard consultation", "2020", Decimal("100.00"), Decimal("10.0")),
    ("Initial consultation", "2010", Decimal("140.00"), Decimal("10.0")),
    ("Follow-up consultation", "2030", Decimal("85.00"), Decimal("0.0")),
    ("Exercise band", "P100", Decimal("12.50"), Decimal("10.0")),
)


def _amount(value: Decimal) -> str:
    """A decimal string as the live API writes amounts (`"90.0"`, `"81.82"`)."""
    text = format(value.normalize(), "f")
    return text if "." in text else f"{text}.0"


def item_fields(
    name: str, code: str, quantity: Decimal, unit_price: Decimal, tax_rate: Decimal, discount_percentage: Decimal
) -> dict[str, Any]:
    """One invoice line, its amounts worked out in decimals."""
    gross = quantity * unit_price
    discount = (gross * discount_percentage / 100).quantize(CENT, ROUND_HALF_UP)
    net = gross - discount
    tax = (net * tax_rate / 100).quantize(CENT, ROUND_HALF_UP)
    return {
        "name": name,
        "code": code,
        "quantity": _amount(quantity),
        "unit_price": _amount(unit_price),
        "discount_percentage": _amount(discount_percentage),
        "discounted_amount": _amount(discount),
        "is_monetary_discount": False,
        "net_price": _amount(net),
        "tax_name": "GST" if tax_rate else None,
        "tax_rate": _amount(tax_rate),
        "tax_amount": _amount(tax),
        "total_including_tax": _amount(net + tax),
        "concession_type_name": None,
    }


def invoice_with_items(patient_id: str, number: int, rng: random.Random) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    """The fields of invoice `number` of a patient and of its 1-3 items; the totals are the items' sums."""
    items = []
    for _ in range(rng.randint(1, 3)):
        name, code, price, rate = rng.choice(SERVICES)
        items.append(
            item_fields(name, code, Decimal(rng.randint(1, 2)), price, rate, Decimal(rng.choice((0, 0, 10, 15))))
        )
    net = sum((Decimal(item["net_price"]) for item in items), Decimal(0))
    tax = sum((Decimal(item["tax_amount"]) for item in items), Decimal(0))
    discounted = sum((Decimal(item["discounted_amount"]) for item in items), Decimal(0))
    status = tuple(STATUSES)[number % len(STATUSES)]
    invoice = {
        "patient_id": patient_id,
        "number": number,
        "status": status,
        "status_description": STATUSES[status],
        "calculation_method": 2,
        "calculation_method_description": "Tax exclusive",
        "net_amount": _amount(net),
        "tax_amount": _amount(tax),
        "total_amount": _amount(net + tax),
        "discounted_amount": _amount(discounted),
        "invoice_to": None,
        "notes": None,
        "patient_extra_information": None,
        "online_payment_url": None,
    }
    return invoice, items
