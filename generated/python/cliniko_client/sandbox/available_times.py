"""The available-times endpoints, over the stored records (the calculation is calendar.py).

`GET /businesses/{business_id}/practitioners/{practitioner_id}/appointment_types/
{appointment_type_id}/available_times` and `.../next_available_time`. The server plugs
them in with a `CalendarSource`: the caller's account's records, shown as the API shows
them (ids in `links.self`). What is read from them:

- the business's `time_zone_identifier` (the account's zone when it has none);
- `show_in_online_bookings` of business, practitioner and appointment type: `false` on
  any of them, or an unknown or other account's id, is a 404 (Cliniko staff, 2018 and
  2020), as are an archived business or type;
- the daily availabilities and availability blocks of that practitioner at that business;
  that practitioner's unavailable blocks at that business, archived and deleted ones left
  out (every repeat of a block is a record of its own, so no repeat rule is expanded);
- that practitioner's individual and group appointments at any business (one place at a time);
  cancelled, deleted and archived ones free their time;
- the type's `duration_in_minutes`; the practitioner's default appointment type's as the
  slot size; the type's `online_bookings_lead_time_hours` as the minimum notice (none
  when `null`);
- the account's settings, `online_bookings.max_appointments_per_day_segment`: the times
  shown in each part of a day (absent, `null` or 0: unlimited, the sandbox's default).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import UTC, date, datetime, time, timedelta
from typing import TYPE_CHECKING, Any, Protocol
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from starlette.requests import Request
from starlette.responses import JSONResponse

from .appointments import APPOINTMENT_KINDS
from .calendar import (
    INVALID_TIME_FRAME,
    NEXT_SEARCH_DAYS,
    Appointment,
    Booking,
    Calendar,
    WeeklyHours,
    available_times,
    next_available_time,
    range_error,
)
from .custom import handles
from .errors import ApiError
from .pagination import origin, page_links, parse_page

if TYPE_CHECKING:
    from .accounts import Account
    from .app import Caller, Handler, Sandbox
    from .collections import Collection, Endpoint

Record = Mapping[str, Any]
# The account's zone, for "today": settings carry none, so the shard's country decides.
SHARD_ZONES = {"au": "Australia/Sydney", "uk": "Europe/London", "ca": "America/Toronto", "nz": "Pacific/Auckland"}


class CalendarSource(Protocol):
    """The caller's account's records, as the API shows them."""

    def record(self, resource: str, record_id: str) -> Record | None:
        """One record by id, or None when unknown, another account's, archived or deleted."""

    def records(self, resource: str, overlapping: tuple[str, str] | None = None, /, **where: str) -> Sequence[Record]:
        """The records whose `<name>_id` (or `<name>` link) is each value given, deleted ones left
        out; with `overlapping` (start, end), UTC, only those whose `starts_at`..`ends_at` meets it."""

    def account_zone(self) -> ZoneInfo:
        """The account's time zone: what "today" means for `from`/`to`."""

    def settings(self) -> Mapping[str, Any]:
        """The account's settings, as `GET /settings` shows them."""


def link_id(record: Record, name: str) -> str | None:
    """The id a record names as `<name>_id`, or in its `<name>` link's last segment."""
    if record.get(f"{name}_id") is not None:
        return str(record[f"{name}_id"])
    link = record.get(name)
    if isinstance(link, Mapping) and isinstance(link.get("links"), Mapping):
        return str(link["links"].get("self", "")).rstrip("/").rsplit("/", 1)[-1] or None
    return None


def instant(text: str) -> datetime:
    return datetime.fromisoformat(text.replace("Z", "+00:00")).astimezone(UTC)


def zone_of(business: Record, fallback: ZoneInfo) -> ZoneInfo:
    try:
        return ZoneInfo(str(business["time_zone_identifier"])) if business.get("time_zone_identifier") else fallback
    except (ZoneInfoNotFoundError, ValueError):
        return fallback


def _gone(record: Record) -> bool:
    return any(record.get(state) for state in ("cancelled_at", "deleted_at", "archived_at"))


def calendar_of(source: CalendarSource, business: Record, practitioner_id: str, first: date, last: date) -> Calendar:
    """The practitioner's calendar at the business, enough of it for free times from `first` to
    `last`: appointments are read only around those days (a practitioner holds years of them)."""
    business_id = str(business["id"])
    mine = {"practitioner_id": practitioner_id}
    # Three days either side: more than any zone's offset plus the calculation's own margin.
    around = (f"{first - timedelta(days=3)}T00:00:00Z", f"{last + timedelta(days=4)}T00:00:00Z")
    weekly = [
        WeeklyHours(day["day_of_week"], time.fromisoformat(p["starts_at"]), time.fromisoformat(p["ends_at"]))
        for day in source.records("daily_availabilities", **mine)
        if link_id(day, "business") == business_id and day.get("day_of_week") is not None
        for p in day.get("availabilities") or []
    ]
    extra = [
        (instant(b["starts_at"]), instant(b["ends_at"]))
        for b in source.records("availability_blocks", **mine)
        if link_id(b, "business") == business_id
    ]
    away = [
        (instant(b["starts_at"]), instant(b["ends_at"]))
        for b in source.records("unavailable_blocks", **mine)
        if link_id(b, "business") == business_id and not _gone(b)
    ]
    booked = [
        Appointment(
            instant(a["starts_at"]),
            instant(a["ends_at"]),
            cancelled=bool(a.get("cancelled_at")),
            deleted=bool(a.get("deleted_at") or a.get("archived_at")),
        )
        for kind in APPOINTMENT_KINDS
        for a in source.records(kind, around, **mine)
        if a.get("starts_at") and a.get("ends_at")
    ]
    return Calendar(
        zone=zone_of(business, source.account_zone()),
        weekly=weekly,
        availability_blocks=extra,
        unavailable_blocks=away,
        appointments=booked,
    )


def _offered(request: Request, source: CalendarSource, first: date, last: date) -> tuple[Calendar, Booking]:
    """The business, its practitioner's calendar and what is booked; 404 when not offered online."""
    ids = request.path_params
    business = source.record("businesses", str(ids["business_id"]))
    practitioner = source.record("practitioners", str(ids["practitioner_id"]))
    kind = source.record("appointment_types", str(ids["appointment_type_id"]))
    if (
        business is None
        or practitioner is None
        or kind is None
        or any(record.get("show_in_online_bookings") is False for record in (business, practitioner, kind))
    ):
        raise ApiError(404, "Not found")
    default_id = link_id(practitioner, "default_appointment_type")
    default = source.record("appointment_types", default_id) if default_id else None
    lead = kind.get("online_bookings_lead_time_hours")
    online = source.settings().get("online_bookings") or {}
    booking = Booking(
        duration=timedelta(minutes=int(kind.get("duration_in_minutes") or 0)),
        slot=timedelta(minutes=int(default["duration_in_minutes"]))
        if default and default.get("duration_in_minutes")
        else None,
        minimum_notice=timedelta(hours=int(lead or 0)),
        per_part_of_day=online.get("max_appointments_per_day_segment") or None,
    )
    return calendar_of(source, business, str(practitioner["id"]), first, last), booking


def _range(request: Request, source: CalendarSource, now: datetime, required: bool) -> tuple[date, date] | None:
    from_, to = request.query_params.get("from"), request.query_params.get("to")
    if not required and from_ is None and to is None:
        return None
    reason = range_error(from_, to, now.astimezone(source.account_zone()).date())
    if reason:
        raise ApiError(400, f"{INVALID_TIME_FRAME} ({reason})")
    assert from_ is not None and to is not None  # range_error refuses them missing
    return date.fromisoformat(from_), date.fromisoformat(to)


async def get_available_times(request: Request, source: CalendarSource, now: datetime | None = None) -> JSONResponse:
    now = now or datetime.now(UTC)
    first_last = _range(request, source, now, required=True)
    assert first_last is not None
    page = parse_page(request)
    calendar, booking = _offered(request, source, *first_last)
    times = available_times(calendar, booking, *first_last, now)
    shown = times[page.offset : page.offset + page.per_page]
    return JSONResponse(
        {
            "available_times": [{"appointment_start": t} for t in shown],
            "total_entries": len(times),
            "links": page_links(request, page, len(times)),
        }
    )


async def get_next_available_time(
    request: Request, source: CalendarSource, now: datetime | None = None
) -> JSONResponse:
    now = now or datetime.now(UTC)
    first_last = _range(request, source, now, required=False)
    today = now.astimezone(source.account_zone()).date()
    calendar, booking = _offered(request, source, *(first_last or (today, today + timedelta(days=NEXT_SEARCH_DAYS))))
    if first_last:
        found = available_times(calendar, booking, *first_last, now)
        start = found[0] if found else None
    else:
        start = next_available_time(calendar, booking, now)
    return JSONResponse(
        {"appointment_start": start, "total_entries": int(start is not None), "links": {"self": _self_url(request)}}
    )


def _self_url(request: Request) -> str:
    """This request's URL on the server's own address (never the client's `Host`)."""
    query = request.url.query
    return f"{origin(request)}{request.url.path}" + (f"?{query}" if query else "")


class SandboxSource:
    """A CalendarSource over the sandbox's storage, for one account (stored records: ids
    in `<name>_id`, which `link_id` reads as it reads links)."""

    def __init__(self, sandbox: Sandbox, account: Account) -> None:
        self.sandbox, self.account = sandbox, account

    def record(self, resource: str, record_id: str) -> Record | None:
        collection = self.sandbox.collections.get(resource)
        found = collection.storage.get(self.account.id, int(record_id)) if collection and record_id.isdigit() else None
        return found[1] if found and found[0] == "active" else None

    def records(self, resource: str, overlapping: tuple[str, str] | None = None, /, **where: str) -> Sequence[Record]:
        collection = self.sandbox.collections.get(resource)
        if collection is None:
            return []
        conditions = [f"{field} = ?" for field in where]
        params: list[Any] = [int(v) for v in where.values()]
        if overlapping:
            # Read by the `ends_at` index: those ending after the window starts are the window's and
            # the future's, few; `starts_at` would read every past year. (`+` keeps SQLite off its index.)
            conditions += ["+starts_at < ?", "ends_at > ?"]
            params += [overlapping[1], overlapping[0]]
        _, found = collection.storage.list(
            self.account.id, "active", " AND ".join(conditions) or "1 = 1", params, "id", 2**31 - 1, 0
        )
        return found

    def account_zone(self) -> ZoneInfo:
        return ZoneInfo(SHARD_ZONES.get(self.account.shard.rstrip("0123456789"), "UTC"))

    def settings(self) -> Mapping[str, Any]:
        return self.account.settings


@handles("getAvailableTimes")
def available_times_handler(sandbox: Sandbox, collection: Collection, endpoint: Endpoint) -> Handler:
    async def handler(request: Request, caller: Caller) -> JSONResponse:
        return await get_available_times(request, SandboxSource(sandbox, caller.account))

    return handler


@handles("getNextAvailableTime")
def next_available_time_handler(sandbox: Sandbox, collection: Collection, endpoint: Endpoint) -> Handler:
    async def handler(request: Request, caller: Caller) -> JSONResponse:
        return await get_next_available_time(request, SandboxSource(sandbox, caller.account))

    return handler
