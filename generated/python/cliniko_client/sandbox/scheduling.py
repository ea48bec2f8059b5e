"""The calendar every sandbox account starts with: businesses, practitioners,
appointment types and a few appointments, as stored records.

Two businesses in two time zones, one with daylight saving (Sydney, UTC+10/+11)
and one without (Brisbane, UTC+10), so that free times and appointment times are
exercised on both sides of a daylight-saving change. Three practitioners: two
active (one at both businesses, one at Sydney only) and one inactive. Two
appointment types of 60 and 30 minutes. Appointments are placed at local
business times on the days after `today` and stored in UTC, as Cliniko stores
them: one booked, one cancelled (reason 50, Other), two overlapping ones of one
practitioner (so `conflicts` has something to find); and a class (a group appointment
of up to 3 patients) that takes its practitioner's time like any appointment.

`starter_schedule` is the one place these facts live; the available-times
calculation and its tests read the same records.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

from .appointments import format_time
from .practitioners import WorksAt
from .seeding import mint_id
from .synthetic import SAMPLE_POOL, seed_in_proportion

if TYPE_CHECKING:
    from .accounts import Account
    from .app import Sandbox

SYDNEY, BRISBANE = "Australia/Sydney", "Australia/Brisbane"
CREATED = datetime(2024, 1, 10, tzinfo=UTC)


@dataclass
class Schedule:
    businesses: list[dict[str, Any]] = field(default_factory=list)
    practitioners: list[dict[str, Any]] = field(default_factory=list)
    appointment_types: list[dict[str, Any]] = field(default_factory=list)
    individual_appointments: list[dict[str, Any]] = field(default_factory=list)
    group_appointments: list[dict[str, Any]] = field(default_factory=list)
    works_at: WorksAt = field(default_factory=WorksAt)


def local(day: date, hour: int, minute: int, zone: str) -> str:
    """A wall-clock time at a business, as the UTC string Cliniko stores."""
    return format_time(datetime.combine(day, time(hour, minute), tzinfo=ZoneInfo(zone)))


def starter_schedule(
    rng: random.Random, taken: set[int], today: date, patient_ids: list[str], reason_words: dict[int, str]
) -> Schedule:
    """One account's calendar (see the module's description). `patient_ids`: at least one
    patient of the account; `reason_words`: appointments.reason_words of the spec."""
    stamp = format_time(CREATED)

    def new_id() -> str:
        return str(mint_id(rng, taken, CREATED))

    def base() -> dict[str, Any]:
        return {"id": new_id(), "created_at": stamp, "updated_at": stamp, "archived_at": None, "deleted_at": None}

    schedule = Schedule()
    initial = {
        **base(),
        "name": "Initial Consultation",
        "duration_in_minutes": 60,
        "max_attendees": 1,
        "color": "#00FF00",
        "category": "Physiotherapy",
        "show_in_online_bookings": True,
        "online_payments_mode": None,
        "practitioner_ids": [],
        "business_ids": [],
    }
    follow_up = {
        **base(),
        "name": "Follow-up",
        "duration_in_minutes": 30,
        "max_attendees": 1,
        "color": "#0000FF",
        "category": "Physiotherapy",
        "show_in_online_bookings": True,
        "online_payments_mode": None,
        "practitioner_ids": [],
        "business_ids": [],
    }
    schedule.appointment_types = [initial, follow_up]
    type_ids = [initial["id"], follow_up["id"]]
    online = {"country_code": "AU", "show_in_online_bookings": True, "appointment_type_ids": type_ids}
    sydney = {
        **base(),
        "business_name": "Harbourside Physio",
        "time_zone_identifier": SYDNEY,
        "time_zone": "Sydney",
        **online,
    }
    brisbane = {
        **base(),
        "business_name": "Riverside Physio",
        "time_zone_identifier": BRISBANE,
        "time_zone": "Brisbane",
        **online,
    }
    schedule.businesses = [sydney, brisbane]
    alex = {
        **base(),
        "first_name": "Alex",
        "last_name": "Example",
        "title": "Dr",
        "designation": "Physiotherapist",
        "active": True,
        "show_in_online_bookings": True,
    }
    sam = {
        **base(),
        "first_name": "Sam",
        "last_name": "Sample",
        "title": "Dr",
        "designation": "Physiotherapist",
        "active": True,
        "show_in_online_bookings": True,
    }
    kim = {
        **base(),
        "first_name": "Kim",
        "last_name": "Placeholder",
        "title": "Dr",
        "designation": "Osteopath",
        "active": False,
        "show_in_online_bookings": False,
    }
    schedule.practitioners = [alex, sam, kim]
    for business, practitioner in ((sydney, alex), (brisbane, alex), (sydney, sam), (brisbane, kim)):
        schedule.works_at.add(business["id"], practitioner["id"])
    for appointment_type in schedule.appointment_types:
        appointment_type["practitioner_ids"] = [alex["id"], sam["id"]]
        appointment_type["business_ids"] = [sydney["id"], brisbane["id"]]

    def appointment(
        day: date, hour: int, business: dict[str, Any], practitioner: dict[str, Any], kind: dict[str, Any], patient: str
    ) -> dict[str, Any]:
        starts = local(day, hour, 0, business["time_zone_identifier"])
        ends = format_time(
            datetime.fromisoformat(starts.replace("Z", "+00:00")) + timedelta(minutes=kind["duration_in_minutes"])
        )
        return {
            **base(),
            "starts_at": starts,
            "ends_at": ends,
            "patient_id": patient,
            "practitioner_id": practitioner["id"],
            "business_id": business["id"],
            "appointment_type_id": kind["id"],
            "repeated_from_id": None,
            "notes": None,
            "cancelled_at": None,
            "cancellation_reason": None,
            "cancellation_reason_description": "",
            "cancellation_note": None,
            "did_not_arrive": False,
            "patient_arrived": False,
        }

    first, second = patient_ids[0], patient_ids[-1]
    tomorrow = today + timedelta(days=1)
    booked = appointment(tomorrow, 9, sydney, alex, initial, first)
    overlapping = appointment(tomorrow, 9, sydney, alex, follow_up, second)  # same practitioner, same hour
    cancelled = appointment(tomorrow, 11, brisbane, alex, follow_up, first)
    cancelled.update(
        cancelled_at=stamp,
        cancellation_reason=50,
        cancellation_reason_description=reason_words[50],
        cancellation_note="Rescheduling",
    )
    later = appointment(today + timedelta(days=2), 14, sydney, sam, follow_up, second)
    schedule.individual_appointments = [booked, overlapping, cancelled, later]
    group = appointment(today + timedelta(days=2), 10, sydney, sam, follow_up, first)
    for only_individual in (
        "patient_id",
        "cancelled_at",
        "cancellation_reason",
        "cancellation_reason_description",
        "cancellation_note",
        "did_not_arrive",
        "patient_arrived",
    ):
        del group[only_individual]
    schedule.group_appointments = [{**group, "max_attendees": 3, "patient_ids": []}]  # attendees join in the seed
    return schedule


def seed_schedule(sandbox: Sandbox, account: Account, patient: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """Store `starter_schedule` in an account (after its patients); {resource: its first record},
    the records that the seeding of other resources names."""
    words = sandbox.rules["individual_appointments"].words  # type: ignore[attr-defined]
    today = datetime.now(UTC).date()
    schedule = starter_schedule(sandbox.random, sandbox.taken_ids, today, [str(patient["id"])], words)
    for practitioner in schedule.practitioners:  # where each works: hidden, for the businesses' lists
        practitioner["business_ids"] = sorted(schedule.works_at.businesses_of(practitioner["id"]))
    made = {}
    for name in ("businesses", "practitioners", "appointment_types", "individual_appointments", "group_appointments"):
        collection, rules = sandbox.collections[name], sandbox.rules[name]
        records = [{**rules.blank(account), **record} for record in getattr(schedule, name)]
        collection.storage.save_many(account.id, records)
        made[name] = records[0]
    # Each practitioner's week where they work: Monday to Friday, 09:00-12:00 and 13:00-17:00 local.
    zones = {b["id"]: b["time_zone_identifier"] for b in schedule.businesses}
    days = [
        {
            "id": str(mint_id(sandbox.random, sandbox.taken_ids, CREATED)),
            "created_at": format_time(CREATED),
            "updated_at": format_time(CREATED),
            "day_of_week": weekday,
            "business_id": business,
            "practitioner_id": practitioner,
            "time_zone_identifier": zones[business],
            "time_zone": zones[business].split("/")[-1],
            "availabilities": [{"starts_at": "09:00", "ends_at": "12:00"}, {"starts_at": "13:00", "ends_at": "17:00"}],
        }
        for business, practitioner in sorted(schedule.works_at.pairs)
        for weekday in range(1, 6)
    ]
    rules = sandbox.rules["daily_availabilities"]
    sandbox.collections["daily_availabilities"].storage.save_many(
        account.id, [{**rules.blank(account), **day} for day in days]
    )
    made["daily_availabilities"] = days[0]
    return made


# A synthetic practitioner's week, local time: the half-hour slots of 09:00-12:00 and 13:00-17:00.
HALF_HOURS = [time(hour, minute) for hour in (9, 10, 11, 13, 14, 15, 16) for minute in (0, 30)]
PER_PRACTITIONER = 10_000  # about three years of a full-time practitioner's half-hour appointments
BOOKED_SHARE = 0.8  # of the working slots: the rest stay free for online bookings
FUTURE_DAYS = 28  # the last weeks of each practitioner's calendar are ahead of today
LEAD_DAYS = 14  # an appointment is booked this long before it starts (or longer, to be booked before today)
BATCH = 20_000  # records stored per transaction (bounded memory at any count)


def seed_synthetic_calendar(sandbox: Sandbox, account: Account, appointments: int, patient_ids: list[str]) -> None:
    """Add `appointments` synthetic individual appointments to an account (scripts/bench_calendar.py
    seeds 1,000,000): practitioners of PER_PRACTITIONER appointments each, working Monday to
    Friday at the account's first business, each booked into BOOKED_SHARE of their half-hour
    slots (a few cancelled) from about three years ago to FUTURE_DAYS ahead, for `patient_ids`
    in turn; and the records a clinic keeps beside them, in proportion (synthetic.py). Stored
    in batches, never all in memory."""

    def first(resource: str, count: int) -> list[dict[str, Any]]:
        return sandbox.collections[resource].storage.list(account.id, "active", "1", [], "created_at, id", count, 0)[1]

    business, kinds = first("businesses", 1)[0], first("appointment_types", 100)
    half_hour = next(kind for kind in kinds if kind.get("duration_in_minutes") == 30)
    zone, rng, stamp = ZoneInfo(business["time_zone_identifier"]), sandbox.random, format_time(CREATED)
    seeded_at = datetime.now(UTC)
    today = seeded_at.date()
    blank = {
        name: sandbox.rules[name].blank(account)
        for name in ("practitioners", "daily_availabilities", "individual_appointments")
    }
    reason_words = sandbox.rules["individual_appointments"].words  # type: ignore[attr-defined]
    batch: list[dict[str, Any]] = []
    booked: list[str] = []
    stride = -(-appointments // SAMPLE_POOL)

    def store(name: str, records: list[dict[str, Any]]) -> None:
        sandbox.collections[name].storage.save_many(account.id, [{**blank[name], **r} for r in records])

    for number in range(-(-appointments // PER_PRACTITIONER)):
        quota = min(PER_PRACTITIONER, appointments - number * PER_PRACTITIONER)
        practitioner = {
            "id": str(mint_id(rng, sandbox.taken_ids, CREATED)),
            "created_at": stamp,
            "updated_at": stamp,
            "first_name": "Synthetic",
            "last_name": f"Practitioner {number + 1}",
            "title": "Dr",
            "designation": "Physiotherapist",
            "active": True,
            "show_in_online_bookings": True,
            "business_ids": [str(business["id"])],
        }
        store("practitioners", [practitioner])
        store(
            "daily_availabilities",
            [
                {
                    "id": str(mint_id(rng, sandbox.taken_ids, CREATED)),
                    "created_at": stamp,
                    "updated_at": stamp,
                    "day_of_week": weekday,
                    "business_id": str(business["id"]),
                    "practitioner_id": practitioner["id"],
                    "time_zone_identifier": business["time_zone_identifier"],
                    "time_zone": business.get("time_zone"),
                    "availabilities": [
                        {"starts_at": "09:00", "ends_at": "12:00"},
                        {"starts_at": "13:00", "ends_at": "17:00"},
                    ],
                }
                for weekday in range(1, 6)
            ],
        )
        working_days = int(quota / (len(HALF_HOURS) * BOOKED_SHARE)) + 1
        day = today + timedelta(days=FUTURE_DAYS) - timedelta(days=working_days * 7 // 5)
        while quota:
            day += timedelta(days=1)
            if day.isoweekday() > 5:
                continue
            for slot in HALF_HOURS:
                if not quota or rng.random() >= BOOKED_SHARE:
                    continue
                starts = datetime.combine(day, slot, tzinfo=zone)
                created = starts - timedelta(days=LEAD_DAYS)
                if created > seeded_at:  # booked further ahead: no record is stamped after the seeding
                    created -= timedelta(days=FUTURE_DAYS)
                record = {
                    "id": str(mint_id(rng, sandbox.taken_ids, created)),
                    "created_at": format_time(created),
                    "updated_at": format_time(created),
                    "starts_at": format_time(starts),
                    "ends_at": format_time(starts + timedelta(minutes=30)),
                    "patient_id": patient_ids[(number * PER_PRACTITIONER + quota) % len(patient_ids)],
                    "practitioner_id": practitioner["id"],
                    "business_id": str(business["id"]),
                    "appointment_type_id": str(half_hour["id"]),
                    "repeated_from_id": None,
                    "notes": None,
                    "cancellation_reason": None,
                    "cancellation_reason_description": "",
                    "cancellation_note": None,
                    "cancelled_at": None,
                    "did_not_arrive": False,
                    "patient_arrived": False,
                }
                if rng.random() < 0.05:  # a few cancelled: they free their time
                    cancelled = format_time(created + (min(starts, seeded_at) - created) / 2)  # before both
                    record.update(
                        cancelled_at=cancelled,
                        updated_at=cancelled,
                        cancellation_reason=50,
                        cancellation_reason_description=reason_words[50],
                    )
                batch.append(record)
                if quota % stride == 0:
                    booked.append(str(record["id"]))  # a sample, for the records that name appointments
                quota -= 1
                if len(batch) == BATCH:
                    store("individual_appointments", batch)
                    batch = []
    if batch:
        store("individual_appointments", batch)
    seed_in_proportion(
        sandbox,
        account,
        appointments,
        {"patients": patient_ids, "individual_appointments": booked},
        since=seeded_at - timedelta(days=3 * 365),
    )
