"""What a patient case does beyond the spec's description of a resource (issue 22).

A case is open or closed. The 2021 docs write it as `closed` (a boolean);
Cliniko's document deprecates that for `closed_at`, the time it was closed,
and lists the open cases at `GET /patient_cases/active`. So: sending
`closed: true` closes an open case now (a closed one keeps its time),
`closed: false` reopens it, and responses show both, `closed` read from
`closed_at`. `OPEN` is the `q[]` filter of the open cases, for the active list.

It is registered in app.RULES_MODULES; `GET /patient_cases/active` is the
collection's list with `OPEN` added to the request's filters (custom.py).
"""

from __future__ import annotations

import dataclasses
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any
from urllib.parse import urlencode

from starlette.requests import Request
from starlette.responses import Response

from .custom import handles
from .records import Records

if TYPE_CHECKING:
    from .accounts import Account
    from .app import Caller, Handler, Sandbox
    from .collections import Collection, Endpoint

# The open cases: what GET /patient_cases/active lists.
OPEN = "closed_at:!?"


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


@handles("listActivePatientCases")
def active_cases(sandbox: Sandbox, collection: Collection, endpoint: Endpoint) -> Handler:
    """GET /patient_cases/active: the list, open cases only."""
    listed = sandbox.list_records(collection, dataclasses.replace(endpoint, kind="list"))

    async def handler(request: Request, caller: Caller) -> Response:
        scope = dict(request.scope)
        scope["query_string"] = b"&".join(part for part in (request.scope["query_string"],
                                                             urlencode([("q[]", OPEN)]).encode()) if part)
        return await listed(Request(scope, request.receive), caller)

    return handler
