"""The sandbox's invoices (issue 22): items add up to their invoice's totals with tax, statuses vary."""

from __future__ import annotations

import random
from decimal import Decimal
from typing import Any

import pytest
from cliniko_client.sandbox.invoices import STATUSES, invoice_with_items, item_fields
from spec_schemas import load_bundle

from tests.conftest import OTHER_ACCOUNT_KEY
from tests.test_sandbox import Api, client_for

SPEC = load_bundle()
SEED = random.randrange(2**32)


def test_an_invoice_is_the_sum_of_its_items_with_tax() -> None:
    print(f"seed {SEED}")
    rng = random.Random(SEED)
    for number in range(1, 201):
        invoice, items = invoice_with_items("836447129235883061", number, rng)
        net = sum(Decimal(item["net_price"]) for item in items)
        tax = sum(Decimal(item["tax_amount"]) for item in items)
        assert Decimal(invoice["net_amount"]) == net and Decimal(invoice["tax_amount"]) == tax
        assert Decimal(invoice["total_amount"]) == net + tax == sum(Decimal(i["total_including_tax"]) for i in items)
        for item in items:  # each line: quantity x price, less its discount, plus tax_rate percent of that
            gross = Decimal(item["quantity"]) * Decimal(item["unit_price"])
            assert Decimal(item["net_price"]) == gross - Decimal(item["discounted_amount"])


def test_a_line_is_worked_out_in_decimals() -> None:
    # 2 x 85.00 less 15% is 144.50; 10% tax on it is 14.45 (a float sum would drift at the cent).
    line = item_fields("Follow-up consultation", "2030", Decimal(2), Decimal("85.00"), Decimal("10.0"), Decimal(15))
    assert (line["net_price"], line["tax_amount"], line["total_including_tax"]) == ("144.5", "14.45", "158.95")


def test_statuses_vary_and_carry_their_words() -> None:
    rng = random.Random(SEED)
    seen = {invoice["status"]: invoice["status_description"]
            for invoice, _ in (invoice_with_items("1", n, rng) for n in range(8))}
    assert seen == STATUSES
    assert set(STATUSES) == set(SPEC.document["components"]["schemas"]["InvoiceStatus"]["enum"])


@pytest.mark.parametrize("number", [1, 2, 3, 4])
def test_seeded_amounts_are_what_the_spec_calls_amounts(number: int) -> None:
    invoice, items = invoice_with_items("1", number, random.Random(number))
    record = {"id": "1", "created_at": "2024-02-01T10:00:00Z", "updated_at": "2024-02-01T10:00:00Z"}
    shown = {k: v for k, v in invoice.items() if k != "patient_id"}
    assert SPEC.errors_for({**record, **shown}, SPEC.response_schema("getInvoice", "200")) == []
    for item in items:
        assert SPEC.errors_for({**record, **item}, SPEC.response_schema("getInvoiceItem", "200")) == []


def test_the_seeded_invoices_bill_the_appointments_and_add_up() -> None:
    # Issue 22: invoices seeded from appointments (and a class's attendees holding a place), items
    # adding up to the totals with tax, statuses varying.
    with client_for() as client:
        api = Api(client)

        def listed(path: str, key: str) -> dict[str, dict[str, Any]]:
            return {r["id"]: r for r in api("GET", path, params={"per_page": 100}).json()[key]}

        invoices = list(listed("/invoices", "invoices").values())
        booked = listed("/individual_appointments", "individual_appointments")
        classes = listed("/group_appointments", "group_appointments")
        # What each bills: an appointment, or an attendee's class with the attendee's patient.
        billed = {f"appointments/{i}": a for i, a in booked.items() if a["cancelled_at"] is None}
        for i, a in listed("/attendees", "attendees").items():
            if a["cancelled_at"] is None:
                billed[f"attendees/{i}"] = {**classes[a["booking"]["links"]["self"].rsplit("/", 1)[1]],
                                            "patient": a["patient"]}
        assert len(invoices) == len(billed) >= 4
        assert len({invoice["status"] for invoice in invoices}) >= 3
        for invoice in invoices:
            link = invoice["appointment"] or invoice["attendee"]
            booking = billed[link["links"]["self"].split("/v1/", 1)[1]]
            for name in ("patient", "practitioner", "business"):
                assert invoice[name] == booking[name], name
            assert invoice["issue_date"] == booking["starts_at"][:10]
            items = api("GET", f"/invoices/{invoice['id']}/invoice_items").json()["invoice_items"]
            assert sum(Decimal(i["total_including_tax"]) for i in items) == Decimal(invoice["total_amount"])
            practitioner = invoice["practitioner"]["links"]["self"].rsplit("/", 1)[1]
            mine = api("GET", f"/practitioners/{practitioner}/invoices").json()["invoices"]
            assert invoice["id"] in {i["id"] for i in mine}
            assert all(i["practitioner"] == invoice["practitioner"] for i in mine)


def test_a_patient_cases_invoices_are_those_of_its_appointments() -> None:
    # Cliniko's document: GET /patient_cases/{id}/invoices, where a case's `invoices` link leads.
    # An invoice names its appointment, the appointment its case: the seed books one in the case.
    with client_for() as client:
        api = Api(client)
        case = api("GET", "/patient_cases").json()["patient_cases"][0]
        listed = api("GET", case["invoices"]["links"]["self"].split("/v1", 1)[1])
        assert listed.status_code == 200, listed.text
        invoices = listed.json()["invoices"]
        assert len(invoices) == listed.json()["total_entries"] >= 1
        for invoice in invoices:
            appointment_id = invoice["appointment"]["links"]["self"].rsplit("/", 1)[1]
            appointment = api("GET", f"/individual_appointments/{appointment_id}").json()
            assert appointment["patient_case"]["links"]["self"] == case["links"]["self"]
        # Its filters are the collection's; another case has none; an unknown case is a 404.
        first = invoices[0]["id"]
        by_id = api("GET", f"/patient_cases/{case['id']}/invoices", params={"q[]": f"id:={first}"}).json()
        assert [i["id"] for i in by_id["invoices"]] == [first]
        other = api("POST", "/patient_cases", json={"name": "Another case", "patient_id": case["patient"][
            "links"]["self"].rsplit("/", 1)[1]}).json()
        assert api("GET", f"/patient_cases/{other['id']}/invoices").json()["total_entries"] == 0
        assert api("GET", "/patient_cases/1/invoices").status_code == 404


def test_an_appointment_names_a_case_of_the_account() -> None:
    with client_for() as client:
        api = Api(client)
        appointment = api("GET", "/individual_appointments").json()["individual_appointments"][0]
        changed = api("PATCH", f"/individual_appointments/{appointment['id']}", json={"patient_case_id": "1"})
        assert changed.status_code == 422 and "patient_case_id" in changed.text, changed.text


@pytest.mark.parametrize("link", ["appointment", "attendee"])
def test_an_invoices_appointment_or_attendee_lists_it(link: str) -> None:
    # Cliniko's document: GET /appointments/{id}/invoices, and (deprecated) /attendees/{id}/invoices.
    # The seed invoices each appointment and each attendee of the class holding a place.
    with client_for() as client:
        api = Api(client)
        page = api("GET", "/invoices", params={"per_page": 100}).json()
        assert SPEC.errors_for(page, SPEC.response_schema("listInvoices", "200")) == []
        billed = [invoice for invoice in page["invoices"] if invoice[link]]
        assert billed
        for invoice in billed:
            parent = invoice[link]["links"]["self"].split("/v1", 1)[1]
            assert api("GET", parent).status_code == 200  # the link leads to its record
            listed = api("GET", f"{parent}/invoices").json()
            assert invoice["id"] in [i["id"] for i in listed["invoices"]]
            assert all(i[link] == invoice[link] for i in listed["invoices"])
        assert api("GET", f"{parent}/invoices", key=OTHER_ACCOUNT_KEY).status_code == 404
        assert api("GET", f"/{link}s/1/invoices").status_code == 404
