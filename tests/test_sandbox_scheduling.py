"""The sandbox's scheduling rules as plain functions (issue 21): appointment times,
cancel, conflicts (appointments.py), who is listed where (practitioners.py), and the
calendar every account starts with (scheduling.py); practitioners.py in
test_sandbox_practitioners.py. Served over HTTP once the
resource machinery routes them (see the report of wip-sched)."""

from __future__ import annotations

import random
from datetime import UTC, date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from cliniko_client.sandbox import scheduling, synthetic
from cliniko_client.sandbox.appointments import (
    cancel,
    has_conflicts,
    new_appointment,
    parse_time,
    reason_words,
    settle_times,
)
from cliniko_client.sandbox.errors import ApiError
from cliniko_client.sandbox.scheduling import BRISBANE, SYDNEY, starter_schedule
from hypothesis import given, settings
from hypothesis import strategies as st
from spec_schemas import ROOT, load_spec

from tests.test_sandbox import Api, client_for

SPEC = load_spec()
REASONS = (ROOT / "spec" / "resources" / "individual_appointments" / "schemas.yaml").resolve().as_uri()
WORDS = reason_words(SPEC.locate(f"{REASONS}#/CancellationReason")[0])


def appointment(id_: str, starts: str, ends: str, practitioner: str = "7", **state: Any) -> dict[str, Any]:
    return {"id": id_, "starts_at": starts, "ends_at": ends, "practitioner_id": practitioner, **state}


def test_a_new_appointment_is_not_cancelled_and_says_so_with_an_empty_description() -> None:
    # 2020 docs: cancellation_reason_description is "" when not cancelled; null in a blank record is not.
    made = new_appointment({"notes": None, "cancellation_reason_description": None, "did_not_arrive": None})
    assert made["cancellation_reason_description"] == "" and made["cancellation_reason"] is None
    assert made["did_not_arrive"] is False and made["notes"] is None


# ---- times ---------------------------------------------------------------------------------


def test_an_appointment_without_ends_at_lasts_its_types_duration() -> None:
    # 2016-2020 docs: "If not provided, the ends_at is automatically set based upon the duration".
    record = {"starts_at": "2026-12-07T23:00:00Z", "ends_at": None}
    settle_times(record, {"starts_at": "2026-12-07T23:00:00Z"}, 45)
    assert record["ends_at"] == "2026-12-07T23:45:00Z"
    # An offset is stored as UTC, as the API shows it.
    record = {"starts_at": "2026-12-08T10:00:00+11:00", "ends_at": None}
    settle_times(record, {"starts_at": "2026-12-08T10:00:00+11:00"}, 30)
    assert (record["starts_at"], record["ends_at"]) == ("2026-12-07T23:00:00Z", "2026-12-07T23:30:00Z")


@pytest.mark.parametrize("ends", ["2026-12-07T23:00:00Z", "2026-12-07T22:59:59Z", "2026-12-08T09:00:00+11:00"])
def test_ends_at_must_follow_starts_at(ends: str) -> None:
    record = {"starts_at": "2026-12-07T23:00:00Z", "ends_at": ends}
    with pytest.raises(ApiError) as raised:
        settle_times(record, {"ends_at": ends}, 60)
    assert (raised.value.status, raised.value.errors) == (422, {"ends_at": "must be after starts_at"})


def test_an_update_moving_only_starts_at_past_ends_at_is_refused() -> None:
    record = {"starts_at": "2026-12-08T01:00:00Z", "ends_at": "2026-12-08T00:00:00Z"}
    with pytest.raises(ApiError) as raised:
        settle_times(record, {"starts_at": "2026-12-08T01:00:00Z"}, 60)
    assert raised.value.errors == {"ends_at": "must be after starts_at"}
    # A change of something else leaves stored times alone.
    untouched = {"starts_at": "2026-12-07T23:00:00Z", "ends_at": "2026-12-08T00:00:00Z"}
    settle_times(untouched, {"notes": "Bring the referral letter"}, 60)
    assert untouched == {"starts_at": "2026-12-07T23:00:00Z", "ends_at": "2026-12-08T00:00:00Z"}


# ---- cancel ----------------------------------------------------------------------------------


def test_reason_words_come_from_the_spec() -> None:
    assert WORDS == {10: "Feeling better", 20: "Condition worse", 30: "Sick", 31: "COVID-19 related", 40: "Away",
                     50: "Other", 60: "Work"}


@pytest.mark.parametrize("reason", [10, 31, 60])
def test_cancel_sets_when_why_and_its_words(reason: int) -> None:
    record = appointment("1", "2026-12-07T23:00:00Z", "2026-12-08T00:00:00Z", cancelled_at=None,
                         cancellation_reason=None, cancellation_reason_description="", cancellation_note=None)
    cancel(record, {"cancellation_reason": reason, "cancellation_note": "A note"}, WORDS, "2026-12-02T01:00:00Z")
    assert {k: record[k] for k in ("cancelled_at", "cancellation_reason", "cancellation_reason_description",
                                   "cancellation_note", "updated_at")} == {
        "cancelled_at": "2026-12-02T01:00:00Z", "cancellation_reason": reason,
        "cancellation_reason_description": WORDS[reason], "cancellation_note": "A note",
        "updated_at": "2026-12-02T01:00:00Z"}


# ---- conflicts -------------------------------------------------------------------------------

NINE = appointment("1", "2026-12-07T22:00:00Z", "2026-12-07T23:00:00Z")


@pytest.mark.parametrize("other, expected", [
    (appointment("2", "2026-12-07T22:30:00Z", "2026-12-07T23:30:00Z"), True),  # overlaps the second half
    (appointment("2", "2026-12-07T21:00:00Z", "2026-12-08T01:00:00Z"), True),  # contains it
    (appointment("2", "2026-12-07T23:00:00Z", "2026-12-07T23:30:00Z"), False),  # starts when it ends
    (appointment("2", "2026-12-07T21:00:00Z", "2026-12-07T22:00:00Z"), False),  # ends when it starts
    (appointment("2", "2026-12-07T22:30:00Z", "2026-12-07T23:30:00Z", practitioner="8"), False),  # another's
    (appointment("2", "2026-12-07T22:30:00Z", "2026-12-07T23:30:00Z", cancelled_at="2026-12-01T00:00:00Z"), False),
    (appointment("2", "2026-12-07T22:30:00Z", "2026-12-07T23:30:00Z", archived_at="2026-12-01T00:00:00Z"), False),
    (appointment("2", "2026-12-07T22:30:00Z", "2026-12-07T23:30:00Z", deleted_at="2026-12-01T00:00:00Z"), False),
], ids=["overlap", "contains", "touches-after", "touches-before", "other-practitioner", "cancelled", "archived",
        "deleted"])
def test_conflicts_are_overlaps_with_the_practitioners_appointments_that_hold_time(
        other: dict[str, Any], expected: bool) -> None:
    assert has_conflicts(NINE, [NINE, other]) is expected
    assert has_conflicts(NINE, [NINE]) is False  # never with itself


def test_a_cancelled_appointment_conflicts_with_nothing() -> None:
    cancelled = {**NINE, "cancelled_at": "2026-12-01T00:00:00Z"}
    assert has_conflicts(cancelled, [cancelled, appointment("2", NINE["starts_at"], NINE["ends_at"])]) is False


# Each slot: first quarter-hour, length in quarters, same practitioner as the first, cancelled.
SLOTS = st.tuples(st.integers(0, 40), st.integers(1, 12), st.booleans(), st.booleans())


@settings(max_examples=200, print_blob=True)
@given(st.lists(SLOTS, min_size=1, max_size=6))
def test_conflicts_agree_with_minute_by_minute_overlap(slots: list[tuple[int, int, bool, bool]]) -> None:
    # Brute force: two appointments overlap when some quarter-hour lies in both.
    start = datetime(2026, 12, 7, tzinfo=UTC)

    def at(quarters: int) -> str:
        return (start + timedelta(minutes=15 * quarters)).strftime("%Y-%m-%dT%H:%M:%SZ")

    records = [appointment(str(n), at(first), at(first + length), "7" if same else "8",
                           cancelled_at="2026-12-01T00:00:00Z" if gone else None)
               for n, (first, length, same, gone) in enumerate(slots)]
    subject = records[0]
    taken = {q for q in range(slots[0][0], slots[0][0] + slots[0][1])}
    expected = subject["cancelled_at"] is None and any(
        taken & set(range(first, first + length))
        for (first, length, same, gone) in slots[1:] if same == slots[0][2] and not gone)
    assert has_conflicts(subject, records) is expected


# ---- the starter calendar ------------------------------------------------------------------------


def test_the_starter_calendar_has_two_zones_one_with_daylight_saving() -> None:
    today = date(2026, 12, 5)
    schedule = starter_schedule(random.Random(1), set(), today, ["101", "102"], WORDS)
    zones = [b["time_zone_identifier"] for b in schedule.businesses]
    assert zones == [SYDNEY, BRISBANE]
    offsets = {zone: {datetime(2026, month, 1, tzinfo=ZoneInfo(zone)).utcoffset() for month in (1, 7)}
               for zone in zones}
    assert len(offsets[SYDNEY]) == 2 and len(offsets[BRISBANE]) == 1  # Sydney changes, Brisbane does not
    # Every reference names a record of the calendar (or a given patient).
    ids = {name: {r["id"] for r in getattr(schedule, name)}
           for name in ("businesses", "practitioners", "appointment_types")}
    for booked in schedule.individual_appointments:
        assert booked["business_id"] in ids["businesses"] and booked["practitioner_id"] in ids["practitioners"]
        assert booked["appointment_type_id"] in ids["appointment_types"] and booked["patient_id"] in {"101", "102"}
        business = next(b for b in schedule.businesses if b["id"] == booked["business_id"])
        local = parse_time(booked["starts_at"]).astimezone(ZoneInfo(business["time_zone_identifier"]))
        assert local.minute == 0 and 9 <= local.hour <= 14, booked  # a wall-clock hour at the business
        kind = next(t for t in schedule.appointment_types if t["id"] == booked["appointment_type_id"])
        assert parse_time(booked["ends_at"]) - parse_time(booked["starts_at"]) == timedelta(
            minutes=kind["duration_in_minutes"])
    booked, overlapping, cancelled, later = schedule.individual_appointments
    everything = schedule.individual_appointments
    assert has_conflicts(booked, everything) and has_conflicts(overlapping, everything)
    assert not has_conflicts(cancelled, everything) and not has_conflicts(later, everything)
    assert (cancelled["cancellation_reason"], cancelled["cancellation_reason_description"]) == (50, "Other")
    assert [p["active"] for p in schedule.practitioners] == [True, True, False]
    assert {t["duration_in_minutes"] for t in schedule.appointment_types} == {60, 30}
    # Seeded again with the same seed: the same calendar (tests and the calendar helper rely on it).
    again = starter_schedule(random.Random(1), set(), today, ["101", "102"], WORDS)
    assert again.individual_appointments == schedule.individual_appointments


def test_times_are_stored_with_a_four_digit_year() -> None:
    # schemathesis found it: strftime's %Y wrote year 341 as "341", which is no RFC 3339 date-time.
    from cliniko_client.sandbox.appointments import format_time, parse_time

    assert format_time(parse_time("0341-09-06T11:30:23Z")) == "0341-09-06T11:30:23Z"



# ---- the synthetic calendar (`--seed-appointments`, scripts/bench_calendar.py) -----------


def test_seeded_appointments_fill_working_hours_without_overlap_and_leave_free_times(
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(scheduling, "PER_PRACTITIONER", 100)  # 250: two full practitioners and half of one
    with client_for(seed_appointments=250) as client:
        api = Api(client)
        synthetic = [p for p in api("GET", "/practitioners", params={"per_page": 100}).json()["practitioners"]
                     if p["first_name"] == "Synthetic"]
        calendars = {p["id"]: api("GET", "/individual_appointments", params={
            "q[]": f"practitioner_id:={p['id']}", "per_page": 100}).json()["individual_appointments"]
            for p in synthetic}
        assert sorted(map(len, calendars.values())) == [50, 100, 100]
        business = api("GET", "/businesses", params={"per_page": 1}).json()["businesses"][0]
        zone = ZoneInfo(business["time_zone_identifier"])
        kinds = api("GET", "/appointment_types").json()["appointment_types"]
        half_hour = next(kind for kind in kinds if kind["duration_in_minutes"] == 30)
        today = datetime.now(UTC).date()
        monday = today + timedelta(days=7 - today.weekday())
        for practitioner_id, records in calendars.items():
            held = sorted((parse_time(r["starts_at"]), parse_time(r["ends_at"])) for r in records
                          if not r["cancelled_at"])
            assert all(a[1] <= b[0] for a, b in zip(held, held[1:])), "a practitioner's appointments overlap"
            for starts, _ in held:  # on the half-hour slots of a working day, local time
                local = starts.astimezone(zone)
                assert local.isoweekday() <= 5 and local.time() in scheduling.HALF_HOURS, local
            assert held[-1][0].date() >= monday, "each calendar reaches into next week"
            # Booked before it starts, and before now: no record is stamped in the future (the sync's
            # next run would read every such record again, as after its start).
            for r in records:
                made, changed = parse_time(r["created_at"]), parse_time(r["updated_at"])
                assert made <= changed < min(parse_time(r["starts_at"]), datetime.now(UTC)), r["id"]
                assert r["cancelled_at"] in (None, r["updated_at"]), r["id"]
            free = api("GET", f"/businesses/{business['id']}/practitioners/{practitioner_id}/appointment_types/"
                       f"{half_hour['id']}/available_times",
                       params={"from": str(monday), "to": str(monday + timedelta(days=4)), "per_page": 100}).json()
            offered = [parse_time(t["appointment_start"]) for t in free["available_times"]]
            assert free["total_entries"] > 0
            assert not [start for start in offered for a, b in held if a < start + timedelta(minutes=30) and start < b]


def test_seeded_appointments_come_with_the_records_a_clinic_keeps_beside_them() -> None:
    def linked(named: dict[str, Any]) -> str:  # `{"links": {"self": ".../v1/invoices/ID"}}`: `/invoices/ID`
        return "/" + named["links"]["self"].split("/v1/", 1)[1]

    # scripts/bench_sync.py copies every resource: its large account has the rest in proportion.
    def totals(client: Any) -> dict[str, int]:
        api = Api(client)
        paths = ("/patients", "/patients/archived", *(f"/{name}" for name in synthetic.PER_THOUSAND_APPOINTMENTS))
        return {path: api("GET", path, params={"per_page": 1}).json()["total_entries"] for path in paths}

    with client_for() as client:
        starter = totals(client)
    with client_for(seed_appointments=1000) as client:
        api = Api(client)
        archived = -(-starter["/patients"] // synthetic.ARCHIVED_EVERY)  # one in ten of the active ones
        assert totals(client) == {
            "/patients": starter["/patients"] - archived,
            "/patients/archived": starter["/patients/archived"] + archived,
            **{f"/{name}": starter[f"/{name}"] + per_thousand
               for name, per_thousand in synthetic.PER_THOUSAND_APPOINTMENTS.items()}}
        # A copy names records that exist: an item its (copied) invoice, an invoice its patient and appointment.
        item = api("GET", "/invoice_items", params={"per_page": 1, "sort": "created_at"}).json()["invoice_items"][0]
        found = api("GET", linked(item["invoice"]))
        assert found.status_code == 200
        invoice = found.json()
        assert invoice["created_at"] < str(date.today())  # a copy (the starter invoice is of today)
        assert api("GET", linked(invoice["appointment"])).status_code == 200
        patient = linked(invoice["patient"]).rsplit("/", 1)[1]  # maybe one of those archived: listed with them
        listed = api("GET", "/patients", params=[("q[]", "archived_at:*"), ("q[]", f"id:={patient}")]).json()
        assert listed["total_entries"] == 1
        now = datetime.now(UTC)
        for name in synthetic.PER_THOUSAND_APPOINTMENTS:
            newest = api("GET", f"/{name}", params={"per_page": 1, "sort": "updated_at:desc"}).json()[name][0]
            assert parse_time(newest["updated_at"]) <= now, name  # nothing stamped after the seeding
