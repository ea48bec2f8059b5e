"""Invoices and their items as the sandbox seeds them: what the spec cannot say.

Invoices are read-only through the API, so the sandbox makes them itself: one for each
appointment seeded that was not cancelled and each attendee of a class holding a place
(`seed_invoices`), billing its patient, practitioner and business on the appointment's
day. Each invoice's items add up to its totals exactly, in decimals: an item's
`net_price` is its quantity times its unit price less its discount; its tax is
`tax_rate` percent of that, rounded to the cent; the invoice's `net_amount`,
`tax_amount` and `total_amount` are the sums of its items'. The statuses cycle through
open, paid, closed and open credit, so every filter by `status` finds something.

`invoice_with_items` gives the stored fields of one invoice (`patient_id` naming its
parent, as the resource machinery stores parents) and of its items (`invoice_id` left
for the caller, who mints the invoice's id).
"""

from __future__ import annotations

import random
from datetime import datetime
from decimal import ROUND_HALF_UP, Decimal
from typing import TYPE_CHECKING, Any

from .seeding import mint_id

if TYPE_CHECKING:
    from .accounts import Account
    from .app import Sandbox

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


def item_fields(name: str, code: str, quantity: Decimal, unit_price: Decimal, tax_rate: Decimal,
                discount_percentage: Decimal) -> dict[str, Any]:
    """One invoice line, its amounts worked out in decimals."""
    gross = quantity * unit_price
    discount = (gross * discount_percentage / 100).quantize(CENT, ROUND_HALF_UP)
    net = gross - discount
    tax = (net * tax_rate / 100).quantize(CENT, ROUND_HALF_UP)
    return {"name": name, "code": code, "quantity": _amount(quantity), "unit_price": _amount(unit_price),
            "discount_percentage": _amount(discount_percentage), "discounted_amount": _amount(discount),
            "is_monetary_discount": False, "net_price": _amount(net), "tax_name": "GST" if tax_rate else None,
            "tax_rate": _amount(tax_rate), "tax_amount": _amount(tax), "total_including_tax": _amount(net + tax),
            "concession_type_name": None}


def invoice_with_items(patient_id: str, number: int, rng: random.Random) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    """The fields of invoice `number` of a patient and of its 1-3 items; the totals are the items' sums."""
    items = []
    for _ in range(rng.randint(1, 3)):
        name, code, price, rate = rng.choice(SERVICES)
        items.append(item_fields(name, code, Decimal(rng.randint(1, 2)), price, rate,
                                 Decimal(rng.choice((0, 0, 10, 15)))))
    net = sum((Decimal(item["net_price"]) for item in items), Decimal(0))
    tax = sum((Decimal(item["tax_amount"]) for item in items), Decimal(0))
    discounted = sum((Decimal(item["discounted_amount"]) for item in items), Decimal(0))
    status = tuple(STATUSES)[number % len(STATUSES)]
    invoice = {"patient_id": patient_id, "number": number, "status": status, "status_description": STATUSES[status],
               "calculation_method": 2, "calculation_method_description": "Tax exclusive",
               "net_amount": _amount(net), "tax_amount": _amount(tax), "total_amount": _amount(net + tax),
               "discounted_amount": _amount(discounted), "invoice_to": None, "notes": None,
               "patient_extra_information": None, "online_payment_url": None}
    return invoice, items


def seed_invoices(sandbox: Sandbox, account: Account) -> dict[str, dict[str, Any]]:
    """An invoice with its items for each of the account's appointments not cancelled (after
    the schedule is seeded); {resource: its first record}, as seed_schedule answers."""
    _, appointments = sandbox.collections["individual_appointments"].storage.list(
        account.id, "active", "cancelled_at IS NULL", [], "id", 100, 0)
    billed = [(appointment, {"appointment_id": str(appointment["id"])}) for appointment in appointments]
    # A class bills each attendee holding a place, naming the attendee (`/attendees/ID/invoices`).
    _, attendees = sandbox.collections["attendees"].storage.list(
        account.id, "active", "cancelled_at IS NULL", [], "id", 100, 0)
    for attendee in attendees:
        found = sandbox.collections["group_appointments"].storage.get(account.id, int(attendee["booking_id"]))
        if found is not None:
            billed.append(({**found[1], "patient_id": attendee["patient_id"], "created_at": attendee["created_at"]},
                           {"attendee_id": str(attendee["id"])}))
    invoices, items = [], []
    blank_invoice, blank_item = sandbox.rules["invoices"].blank(account), sandbox.rules["invoice_items"].blank(account)
    for number, (booking, names) in enumerate(sorted(billed, key=lambda b: b[0]["starts_at"]), start=1):
        fields, lines = invoice_with_items(str(booking["patient_id"]), number, sandbox.random)
        stamp = booking["created_at"]
        created = datetime.fromisoformat(stamp.replace("Z", "+00:00"))
        invoice = {**blank_invoice, **fields, "id": str(mint_id(sandbox.random, sandbox.taken_ids, created)),
                   "created_at": stamp, "updated_at": stamp, "issue_date": booking["starts_at"][:10],
                   "practitioner_id": booking["practitioner_id"], "business_id": booking["business_id"], **names}
        invoices.append(invoice)
        items += [{**blank_item, **line, "id": str(mint_id(sandbox.random, sandbox.taken_ids, created)),
                   "created_at": stamp, "updated_at": stamp, "invoice_id": invoice["id"]} for line in lines]
    if not invoices:
        return {}
    sandbox.collections["invoices"].storage.save_many(account.id, invoices)
    sandbox.collections["invoice_items"].storage.save_many(account.id, items)
    return {"invoices": invoices[0], "invoice_items": items[0]}
