"""What a patient case does beyond the spec's description of a resource (issue 22).

A case is open or closed. The 2021 docs write it as `closed` (a boolean);
Cliniko's document deprecates that for `closed_at`, the time it was closed,
and lists the open cases at `GET /patient_cases/active`. So: sending
`closed: true` closes an open case now (a closed one keeps its time),
`closed: false` reopens it, and responses show both, `closed` read from
`closed_at`.

It is registered in app.RULES_MODULES; `GET /patient_cases/active` is the
collection's list scoped to the open cases (`scope`), with the same filters.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from .records import Records

if TYPE_CHECKING:
    from .accounts import Account


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
        return shown

    def scope(self, path: str) -> tuple[str, list[Any]]:
        """`/patient_cases/active` lists the open cases; its own filters still count to 20."""
        return ("closed_at IS NULL", []) if path.endswith("/active") else ("1", [])
