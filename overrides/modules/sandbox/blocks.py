"""Availability and unavailable blocks: what they do beyond the spec.

A block is a period: its `ends_at` must follow its `starts_at`, on create and on any
update (a PATCH of `ends_at` alone is checked against the stored `starts_at`), else a
422 naming `ends_at`, as Cliniko names the property it refuses. A create without
`ends_at` is refused the same way: the 2016-2020 documentation's request omits it, but
no source says what length Cliniko would give the block, and the sandbox does not guess.
`GET /unavailable_blocks/{id}/conflicts` answers whether appointments (individual or
group) of the block's practitioner, at any business, neither cancelled nor deleted (nor archived), overlap it.
Everything else is what records.py does for any resource.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import datetime
from typing import TYPE_CHECKING, Any

from starlette.requests import Request
from starlette.responses import JSONResponse

from .appointments import APPOINTMENT_KINDS
from .available_times import SandboxSource, link_id
from .custom import handles
from .errors import validation_failed
from .records import Records

if TYPE_CHECKING:
    from .accounts import Account
    from .app import Caller, Handler, Sandbox
    from .collections import Collection, Endpoint


def period_errors(record: dict[str, Any], body: dict[str, Any]) -> dict[str, str]:
    """What is wrong with the period a record will have once `body` is applied."""
    starts, ends = body.get("starts_at", record.get("starts_at")), body.get("ends_at", record.get("ends_at"))
    if not ends:
        return {"ends_at": "can't be blank"}
    if starts and _instant(ends) <= _instant(starts):
        return {"ends_at": "must be after starts_at"}
    return {}


def _instant(text: str) -> datetime:
    return datetime.fromisoformat(text.replace("Z", "+00:00"))


class BlockRules(Records):
    """Records, plus the period rule (app.RecordRules)."""

    def apply(self, record: dict[str, Any], body: dict[str, Any], account: Account) -> None:
        errors = period_errors(record, body)
        if errors:
            raise validation_failed(errors)
        super().apply(record, body, account)


def conflicts(block: Mapping[str, Any], appointments: Iterable[Mapping[str, Any]]) -> bool:
    """Whether any appointment still on the calendar overlaps the block."""
    starts, ends = _instant(block["starts_at"]), _instant(block["ends_at"])
    return any(_instant(a["starts_at"]) < ends and starts < _instant(a["ends_at"]) for a in appointments
               if a.get("starts_at") and a.get("ends_at")
               and not any(a.get(state) for state in ("cancelled_at", "deleted_at", "archived_at")))


@handles("getUnavailableBlockConflicts")
def conflicts_handler(sandbox: Sandbox, collection: Collection, endpoint: Endpoint) -> Handler:
    async def handler(request: Request, caller: Caller) -> JSONResponse:
        block = sandbox.find(collection, request, caller, archived_ok=True)
        practitioner = link_id(block, "practitioner")
        source = SandboxSource(sandbox, caller.account)
        booked = [a for kind in APPOINTMENT_KINDS for a in source.records(kind, practitioner_id=practitioner)
                  ] if practitioner else []
        return JSONResponse({"conflicts": {"exist": conflicts(block, booked)}})

    return handler
