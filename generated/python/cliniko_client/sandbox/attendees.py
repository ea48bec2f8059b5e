"""What attendees do beyond what the spec's machinery states.

An attendee is one patient's place in a booking: `booking_id` names a group or an
individual appointment (the spec lists both in `belongs_to`; app.check_parent accepts a
record of either). Responses show the booking as Cliniko's documentation does, under
`/bookings/ID`. A cancel writes the reason's words (appointments.describe_reason, their one
home); `appointment_id`, the booking's older name, is stored for its filter only.

Records here are stored records: ids as strings of digits under `*_id`.
"""

from __future__ import annotations

import threading
from contextlib import AbstractContextManager
from typing import TYPE_CHECKING, Any

from ..spec_schemas import ApiResource, Spec
from .appointments import cancelled_scope, describe_reason, holds_time, reason_words
from .errors import validation_failed
from .records import Records
from .seeding import now
from .storage import Room

if TYPE_CHECKING:
    from .accounts import Account
    from .app import Sandbox
    from .validation import BodyRules

# The attendees holding a place of their booking (neither cancelled, archived nor deleted), as
# SQL over the table's columns and as a test of one record: the same three states free an
# appointment's time (appointments.holds_time).
HOLDING = "state = 'active' AND cancelled_at IS NULL"
holds_place = holds_time


def holding(booking_id: Any) -> tuple[str, list[Any]]:
    """The attendees holding a place of one booking: SQL over the attendees' columns, its parameters."""
    return f"booking_id = ? AND {HOLDING}", [int(booking_id)]


# What a new attendee starts with beyond blank values (the 2016-2020 documentation's example).
NEW_ATTENDEE: dict[str, Any] = {
    "booking_id": None,
    "patient_id": None,
    "appointment_id": None,
    "cancellation_reason": None,
    "cancellation_reason_description": "",
    "cancellation_note": None,
    "cancelled_at": None,
    "email_reminder_sent": False,
    "sms_reminder_sent": False,
}


class AttendeeRules(Records):
    """Attendees as the sandbox serves them (app.RULES_MODULES)."""

    def __init__(
        self,
        spec: Spec,
        resource: ApiResource,
        body_rules: BodyRules,
        update_operation: str | None,
        deleted_entries: str = "seed",
    ) -> None:
        super().__init__(spec, resource, body_rules, update_operation, deleted_entries)
        self.words = reason_words(spec.document["components"]["schemas"]["CancellationReason"])
        self.ids |= {"booking_id", "patient_id"}  # written on create only (not in the update body)
        self.recount = threading.Lock()  # the last recount of a class writes what it read last
        # A join (its room counted, then inserted) and a class's new maximum (checked against the places
        # taken, then written) one at a time: each is atomic in its own table, but reads the other's.
        self.places = threading.Lock()

    def blank(self, account: Account) -> dict[str, Any]:
        return {**super().blank(account), **NEW_ATTENDEE}

    def apply(self, record: dict[str, Any], body: dict[str, Any], account: Account) -> None:
        super().apply(record, body, account)
        describe_reason(record, body, self.words)
        record["appointment_id"] = record["booking_id"]

    def render(self, record: dict[str, Any], base_url: str) -> dict[str, Any]:
        shown = super().render(record, base_url)
        shown.pop("appointment_id", None)
        shown["booking"] = {"links": {"self": f"{base_url}/bookings/{record['booking_id']}"}}
        return shown

    def scope(self, path: str) -> tuple[str, list[Any]]:
        return cancelled_scope(path)

    def room(self, record: dict[str, Any], account: Account) -> Room | None:
        """A group appointment takes at most `max_attendees` attendees holding a place; one more
        is a 422 naming `booking_id`. An individual appointment's attendee has no such limit."""
        found = self.sandbox.collections["group_appointments"].storage.get(account.id, int(record["booking_id"]))
        if found is None or not holds_place(record):
            return None
        places = int(found[1].get("max_attendees") or 1)
        refusal = validation_failed({"booking_id": f"is full: the group appointment takes at most {places} attendees"})
        return Room(*holding(record["booking_id"]), places, refusal)

    def guard(self) -> AbstractContextManager[object]:
        return self.places

    def check_maximum(self, group: dict[str, Any], account: Account) -> None:
        """A class's `max_attendees` (as it is about to be written, under `guard`) may not go below the
        attendees holding a place, counted as its Room counts them: else a 422 naming it."""
        taken = len(self.sandbox.collections["attendees"].storage.ids_where(account.id, *holding(group["id"])))
        if int(group.get("max_attendees") or 1) < taken:
            raise validation_failed({"max_attendees": f"must be at least {taken}: {taken} attendees hold a place"})

    def written(self, record: dict[str, Any], account: Account) -> None:
        """After every attendee write, its class's `patient_ids`: the patients of its attendees
        holding a place, in the order they joined (nothing for an individual appointment)."""
        booking = int(record["booking_id"])
        with self.recount:
            _, holders = self.sandbox.collections["attendees"].storage.list(
                account.id, "active", *holding(booking), "created_at, id", 10_000, 0
            )
            patient_ids = list(dict.fromkeys(str(attendee["patient_id"]) for attendee in holders))

            def recount(state: str, group: dict[str, Any]) -> bool:
                if group.get("patient_ids") == patient_ids:
                    return False
                group.update(patient_ids=patient_ids, updated_at=now())
                return True

            self.sandbox.collections["group_appointments"].storage.update(account.id, booking, recount)


def seed_attendees(sandbox: Sandbox, account: Account, made: dict[str, dict[str, Any]]) -> dict[str, dict[str, Any]]:
    """The seeded class's attendees: the starter patient holding a place, and another
    starter patient who cancelled (50, Other). {resource: its first record}."""
    attendees = sandbox.collections["attendees"]
    booking, patient = str(made["group_appointments"]["id"]), str(made["patients"]["id"])
    others = [str(i) for i in sandbox.storage.ids_where(account.id, "state = 'active'", []) if str(i) != patient]
    holding = sandbox.insert_record(attendees, account, {"booking_id": booking, "patient_id": patient})
    sandbox.insert_record(
        attendees,
        account,
        {
            "booking_id": booking,
            "patient_id": (others or [patient])[0],
            "cancellation_reason": 50,
            "cancellation_note": "Away that week",
            "cancelled_at": holding["created_at"],
        },
    )
    return {"attendees": holding}
