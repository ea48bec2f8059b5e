"""What a patient case does beyond the spec's description of a resource (issue 22).

A case is open or closed. The 2021 docs write it as `closed` (a boolean);
Cliniko's document deprecates that for `closed_at`, the time it was closed,
and lists the open cases at `GET /patient_cases/active`. So: sending
`closed: true` closes an open case now (a closed one keeps its time),
`closed: false` reopens it, and responses show both, `closed` read from
`closed_at`.

It is registered in app.RULES_MODULES; `GET /patient_cases/active` is the
collection's list scoped to the open cases (`scope`), with the same filters.
`GET /patient_cases/{id}/invoices` lists the invoices of the case's appointments:
an invoice names its appointment (`appointment_id`), the appointment its case
(`patient_case_id`). The seed books the first appointment in the first case.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from .custom import handles
from .records import Records

if TYPE_CHECKING:
    from starlette.requests import Request

    from .accounts import Account
    from .app import Caller, Handler, Sandbox
    from .collections import Collection, Endpoint


def _now() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


class PatientCaseRules(Records):
    """A patient case: records.py's rules with `closed` kept as `closed_at`."""

    def blank(self, account: Account) -> dict[str, Any]:
        record = super().blank(account)
        record.pop("closed", None)  # kept as closed_at
        return {**record, "closed_at": None, "attendee_ids": []}

    def apply(self, record: dict[str, Any], body: dict[str, Any], account: Account) -> None:
        body = dict(body)
        if "closed" in body:
            closed = body.pop("closed")
            if not closed:
                record["closed_at"] = None
            elif record.get("closed_at") is None:
                record["closed_at"] = _now()
        super().apply(record, body, account)

    def render(self, record: dict[str, Any], base_url: str) -> dict[str, Any]:
        shown = super().render(record, base_url)
        shown.pop("patient_attachment_ids", None)  # written, never shown (Cliniko's document)
        shown["closed"] = record.get("closed_at") is not None
        # The one of the case's links whose list the spec has (bookings, attachments: not yet).
        shown["invoices"] = {"links": {"self": f"{base_url}/patient_cases/{record['id']}/invoices"}}
        return shown

    def scope(self, path: str) -> tuple[str, list[Any]]:
        """`/patient_cases/active` lists the open cases; its own filters still count to 20."""
        return ("closed_at IS NULL", []) if path.endswith("/active") else ("1", [])


@handles("listPatientCaseInvoices")
def case_invoices(sandbox: Sandbox, cases: Collection, endpoint: Endpoint) -> Handler:
    """The invoices of the path's case: those of the appointments booked in it."""
    appointments = sandbox.collections["individual_appointments"]

    def through_case(request: Request, caller: Caller) -> tuple[str, list[Any]]:
        case = sandbox.find(cases, request, caller, archived_ok=True)
        booked = appointments.storage.ids_where(caller.account.id, "patient_case_id = ?", [int(case["id"])])
        return f"appointment_id IN ({','.join('?' * len(booked)) or 'NULL'})", booked

    return sandbox.list_records(sandbox.collections["invoices"], endpoint, through=through_case)


def book_in_case(sandbox: Sandbox, account: Account, made: dict[str, dict[str, Any]]) -> None:
    """The seed's first appointment booked in its first case (both of the starter patient)."""
    case, appointment = made.get("patient_cases"), made.get("individual_appointments")
    if case is None or appointment is None or str(case.get("patient_id")) != str(appointment.get("patient_id")):
        return

    def book(state: str, record: dict[str, Any]) -> bool:
        record["patient_case_id"] = str(case["id"])
        return True

    sandbox.collections["individual_appointments"].storage.update(account.id, int(appointment["id"]), book)
