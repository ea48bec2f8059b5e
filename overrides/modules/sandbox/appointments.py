"""What individual and group appointments do beyond what the spec's machinery states.

Both kinds (APPOINTMENT_KINDS) take their practitioner's time: free times, conflicts and
an unavailable block's conflicts read every kind. Four rules, each a plain function of
stored records (the resource machinery stores, checks references and renders; these decide):

- `new_appointment`: what a new appointment holds before its body is applied
  (`cancellation_reason_description: ""`, flags false).
- `settle_times`: a new appointment without `ends_at` (or any with
  `ends_at: null`) ends its appointment type's `duration_in_minutes` after it
  starts (2016-2020 documentation); `ends_at` not after `starts_at` is a 422
  naming `ends_at`.
- `cancel`: sets `cancelled_at`, `cancellation_reason`, the reason's words
  (`cancellation_reason_description`, read from the spec's `CancellationReason`)
  and `cancellation_note`. A cancelled appointment frees its time.
- `has_conflicts`: whether an appointment overlaps another appointment of its
  practitioner, of either kind, that still holds its time (not cancelled, archived or
  deleted). Times are half-open: one that ends when the next starts does not overlap.

A group appointment follows the same time rules, has no cancellation of its own (its
attendees are cancelled, sandbox/attendees.py), and without `max_attendees` takes its
appointment type's (2016-2020 documentation). An update may not set `max_attendees` below
the attendees holding a place (the sandbox's pick; attendees.py counts them).

Records here are stored records: ids as strings of digits under `*_id`, times
as UTC strings (`2026-12-07T23:00:00Z`).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from contextlib import AbstractContextManager
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING, Any

from starlette.requests import Request
from starlette.responses import JSONResponse, Response

from ..spec_schemas import ApiResource, Spec
from .custom import handles
from .errors import validation_failed
from .records import Records

if TYPE_CHECKING:
    from .accounts import Account
    from .app import Caller, Handler, Sandbox
    from .collections import Collection, Endpoint
    from .validation import BodyRules

# The resources whose records take a practitioner's time.
APPOINTMENT_KINDS = ("individual_appointments", "group_appointments")

# What a new appointment starts with beyond blank values (the 2016-2020 documentation's
# example): `cancellation_reason_description` is "" until it is cancelled, flags are false.
NEW_APPOINTMENT: dict[str, Any] = {
    "cancellation_reason": None, "cancellation_reason_description": "", "cancellation_note": None, "cancelled_at": None,
    "did_not_arrive": False, "patient_arrived": False, "email_reminder_sent": False, "sms_reminder_sent": False,
}


def new_appointment(blank: Mapping[str, Any]) -> dict[str, Any]:
    """A new appointment's record before its body is applied: `blank` (records.Records.blank)
    with Cliniko's defaults."""
    return {**blank, **NEW_APPOINTMENT}


def parse_time(value: str) -> datetime:
    """A spec date-time (`Z` or an offset) as an aware UTC datetime."""
    moment = datetime.fromisoformat(value.replace("Z", "+00:00"))
    if moment.tzinfo is None:  # the spec's format is RFC 3339, always with a zone; a naive value is UTC
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC)


def format_time(moment: datetime) -> str:
    # isoformat pads the year to 4 digits; strftime's %Y does not on every platform (year 341).
    return moment.astimezone(UTC).replace(tzinfo=None).isoformat(timespec="seconds") + "Z"


def reason_words(cancellation_reason: Mapping[str, Any]) -> dict[int, str]:
    """{code: words} of the spec's CancellationReason schema (their one home; the bundle's
    `components/schemas/CancellationReason`)."""
    return dict(zip(cancellation_reason["enum"], map(str, cancellation_reason["x-enum-descriptions"]), strict=True))


def describe_reason(record: dict[str, Any], body: Mapping[str, Any], words: Mapping[int, str]) -> None:
    """A cancel (of an appointment or an attendee) writes the reason's words with the reason."""
    if body.get("cancellation_reason") is not None:
        record["cancellation_reason_description"] = words[int(body["cancellation_reason"])]


def cancelled_scope(path: str) -> tuple[str, list[Any]]:
    """Records.scope of a resource that cancels: the main list includes cancelled records;
    `/cancelled` lists only them."""
    return ("cancelled_at IS NOT NULL", []) if path.endswith("/cancelled") else ("1", [])


def settle_times(record: dict[str, Any], body: Mapping[str, Any], duration_in_minutes: int | None) -> None:
    """Apply the time rules to `record`, which already holds `body`'s values (a create or an
    update). Raises the 422 naming `ends_at` when it does not follow `starts_at`."""
    if record.get("ends_at") is None and record.get("starts_at") and duration_in_minutes:
        start = parse_time(record["starts_at"])
        record["ends_at"] = format_time(start + timedelta(minutes=duration_in_minutes))
    if "starts_at" in body or "ends_at" in body:
        if record.get("ends_at") is None or record.get("starts_at") is None:
            raise validation_failed({"ends_at": "can't be blank"})
        if parse_time(record["ends_at"]) <= parse_time(record["starts_at"]):
            raise validation_failed({"ends_at": "must be after starts_at"})
    for name in ("starts_at", "ends_at"):  # stored as the API shows them: UTC, whole seconds, `Z`
        if record.get(name):
            record[name] = format_time(parse_time(record[name]))


def cancel(record: dict[str, Any], body: Mapping[str, Any], words: Mapping[int, str], moment: str) -> None:
    """Cancel `record` as `PATCH .../cancel` with `body` does (the body already checked
    against IndividualAppointmentCancellation: a known reason is present)."""
    reason = int(body["cancellation_reason"])
    record.update(cancelled_at=moment, cancellation_reason=reason, cancellation_reason_description=words[reason],
                  cancellation_note=body.get("cancellation_note"), updated_at=moment)


def holds_time(record: Mapping[str, Any]) -> bool:
    """Whether an appointment still takes its practitioner's time."""
    return not (record.get("cancelled_at") or record.get("archived_at") or record.get("deleted_at"))


def overlaps(one: Mapping[str, Any], other: Mapping[str, Any]) -> bool:
    return (parse_time(one["starts_at"]) < parse_time(other["ends_at"])
            and parse_time(other["starts_at"]) < parse_time(one["ends_at"]))


def has_conflicts(record: Mapping[str, Any], others: Iterable[Mapping[str, Any]]) -> bool:
    """`GET .../conflicts`: whether `record` overlaps another appointment of the same
    practitioner that holds its time (`others` may include `record` itself). One that no
    longer holds its own time (cancelled, archived, deleted) conflicts with nothing."""
    practitioner = record.get("practitioner_id")
    return holds_time(record) and any(
        other["id"] != record["id"] and other.get("practitioner_id") == practitioner
        and holds_time(other) and overlaps(record, other) for other in others)


class AppointmentRules(Records):
    """Individual appointments as the sandbox serves them (app.RULES_MODULES): the rules above
    applied to every create, update and cancel, and `GET .../conflicts`."""

    def __init__(self, spec: Spec, resource: ApiResource, body_rules: BodyRules, update_operation: str | None,
                 deleted_entries: str = "seed") -> None:
        super().__init__(spec, resource, body_rules, update_operation, deleted_entries)
        self.words = reason_words(spec.document["components"]["schemas"]["CancellationReason"])

    def blank(self, account: Account) -> dict[str, Any]:
        return new_appointment(super().blank(account))

    def scope(self, path: str) -> tuple[str, list[Any]]:
        return cancelled_scope(path)

    def apply(self, record: dict[str, Any], body: dict[str, Any], account: Account) -> None:
        super().apply(record, body, account)
        describe_reason(record, body, self.words)
        settle_times(record, body, self.type_value(record, "duration_in_minutes", account))

    def type_value(self, record: Mapping[str, Any], name: str, account: Account) -> int | None:
        """A number of the record's appointment type (`duration_in_minutes`), or None."""
        if record.get("appointment_type_id") is None:
            return None
        found = self.sandbox.collections["appointment_types"].storage.get(account.id,
                                                                          int(record["appointment_type_id"]))
        return int(found[1][name]) if found and found[1].get(name) else None


class GroupAppointmentRules(AppointmentRules):
    """Group appointments (app.RULES_MODULES): the time rules, no cancellation of their own,
    `max_attendees` from the type when not sent, and `patient_ids` kept by attendees.py."""

    def blank(self, account: Account) -> dict[str, Any]:
        return {**Records.blank(self, account), "max_attendees": None, "patient_ids": []}

    def apply(self, record: dict[str, Any], body: dict[str, Any], account: Account) -> None:
        super().apply(record, body, account)
        if record.get("max_attendees") is None:
            record["max_attendees"] = self.type_value(record, "max_attendees", account) or 1
        if "max_attendees" in body and record.get("id") is not None:  # an update (a new class has no attendees)
            self.sandbox.rules["attendees"].check_maximum(record, account)

    def guard(self) -> AbstractContextManager[object]:
        # The attendees' lock: no join between counting the places taken and writing the maximum.
        guard: AbstractContextManager[object] = self.sandbox.rules["attendees"].guard()
        return guard

    def render(self, record: dict[str, Any], base_url: str) -> dict[str, Any]:
        shown = super().render(record, base_url)
        own = shown["links"]["self"]
        shown.update(conflicts={"links": {"self": f"{own}/conflicts"}},
                     attendees={"links": {"self": f"{own}/attendees"}})
        return shown


@handles("getIndividualAppointmentConflicts")
@handles("getGroupAppointmentConflicts")
def conflicts_endpoint(sandbox: Sandbox, collection: Collection, endpoint: Endpoint) -> Handler:
    async def handler(request: Request, caller: Caller) -> Response:
        record = sandbox.find(collection, request, caller, archived_ok=True)
        if not (record.get("starts_at") and record.get("ends_at") and record.get("practitioner_id")):
            return JSONResponse({"conflicts": {"exist": False}})
        # Only the practitioner's appointments of either kind around this one can overlap it.
        near: list[dict[str, Any]] = []
        for kind in APPOINTMENT_KINDS:
            _, found = sandbox.collections[kind].storage.list(
                caller.account.id, "active", "practitioner_id = ? AND starts_at < ? AND ends_at > ?",
                [int(record["practitioner_id"]), record["ends_at"], record["starts_at"]], "id", 100, 0)
            near += found
        return JSONResponse({"conflicts": {"exist": has_conflicts(record, near)}})

    return handler
