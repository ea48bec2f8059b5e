"""Availability and unavailable blocks: what they do beyond the spec.

A block is a period: its `ends_at` must follow its `starts_at`, on create and on any
update (a PATCH of `ends_at` alone is checked against the stored `starts_at`), else a
422 naming `ends_at`, as Cliniko names the property it refuses. A create without
`ends_at` is refused the same way: the 2016-2020 documentation's request omits it, but
no source says what length Cliniko would give the block, and the sandbox does not guess.
Everything else is what records.py does for any resource.
"""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Any

from .errors import validation_failed
from .records import Records

if TYPE_CHECKING:
    from .accounts import Account


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
