"""Available times: when one practitioner can start one type of appointment at one business.

A pure calculation (no storage, no HTTP); the sandbox's available-times handler feeds it
stored records. What it does, and the evidence for each rule:

- **Free time** is the practitioner's daily availabilities at the business (weekly, in the
  business's wall-clock time) and availability blocks (one-off extra periods), less
  unavailable blocks and appointments. A cancelled or deleted appointment frees its time.
- **Slots.** Times step from the start of each stretch of free time by the slot size, and
  a time is offered when the whole appointment fits in that stretch. The slot size is the
  duration of the practitioner's default appointment type; the requested type decides only
  what must fit (Cliniko staff, redguava/cliniko-api#137 and #280: "The practitioner's
  default appointment type is used to determine the size of the time slots"). Without a
  default type, the requested type's duration. Free time a day either side of the range is
  counted, so a stretch crossing midnight keeps its grid.
- **Daylight saving.** A weekly period covers exactly the instants at which the business's
  wall clock shows a time inside it on that weekday. So a bound in the hour skipped when
  clocks go forward is the instant they jump (01:00-02:30 that night ends at the jump, and
  02:15-02:45 is empty), and a period within the hour that repeats when clocks go back
  happens twice (02:15-02:45 is two stretches, an hour apart). Days are wall-clock days
  too: a day with a change is 23 or 25 hours long.
- **Online-booking settings** (the old docs, sections/available_times.md): no times at all
  when the business, practitioner or appointment type is not shown in online bookings; no
  time earlier than the minimum notice from now (Now, 1, 2 or 4 hours, 2 days, or
  "tomorrow": the next midnight in the business's zone); at most the account's "maximum
  number of appointments per day segment" of times in each part of each day (the first
  ones; morning before 12:00, afternoon 12:00 to 16:59, evening from 17:00, read on the
  business's wall clock). Cliniko's help ("Specify the number of available appointments
  shown online") and redguava/cliniko-api#64: it limits the times shown, and they "cycle to
  the next one after a time is booked"; it does not close a part of the day.
- **from/to** are dates, `to` at most 6 days after `from` (staff, #173: "The date range has
  to be 6 days or less"; the docs: "the maximum time period you can request is 7 days"),
  neither before today in the account's zone; otherwise 400 with Cliniko's message.
- `appointment_start` is UTC with a `Z`, to the second, as Cliniko sends it.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from typing import Literal
from zoneinfo import ZoneInfo

# Cliniko's answer to bad from/to (the old docs), given with the reason after it.
INVALID_TIME_FRAME = "Invalid time frame definition. Please check from/to param limitations."
MAX_DAYS_APART = 6
# How far next_available_time looks: Cliniko's longest "how far ahead bookings are offered".
NEXT_SEARCH_DAYS = 365

Interval = tuple[datetime, datetime]  # aware UTC, [start, end)


@dataclass(frozen=True)
class WeeklyHours:
    """One period of a daily availability, in the business's wall-clock time.

    `day_of_week`: 1 Monday ... 6 Saturday, and Sunday as 0 (the official document's
    0-6) or 7 (the old docs' ISO numbering): both are read. A period whose end is not after
    its start is empty.
    """

    day_of_week: int
    starts_at: time
    ends_at: time

    def on(self, day: date) -> bool:
        return self.day_of_week % 7 == day.isoweekday() % 7


@dataclass(frozen=True)
class Appointment:
    starts_at: datetime
    ends_at: datetime
    cancelled: bool = False
    deleted: bool = False


@dataclass(frozen=True)
class Calendar:
    """One practitioner at one business. Instants are aware datetimes; appointments and
    unavailable blocks may be at any business (a practitioner is in one place at a time)."""

    zone: ZoneInfo
    weekly: Sequence[WeeklyHours] = ()
    availability_blocks: Sequence[Interval] = ()
    unavailable_blocks: Sequence[Interval] = ()
    appointments: Sequence[Appointment] = ()


Notice = timedelta | Literal["tomorrow"]


@dataclass(frozen=True)
class Booking:
    """What is booked and the online-booking settings that apply."""

    duration: timedelta
    slot: timedelta | None = None  # the default appointment type's duration, if any
    minimum_notice: Notice = field(default_factory=timedelta)
    shown_in_online_bookings: bool = True
    per_part_of_day: int | None = None  # times shown per morning, afternoon, evening; None: unlimited


def range_error(from_: str | None, to: str | None, today: date) -> str | None:
    """Why `from`/`to` are refused (Cliniko answers 400), or None when they are fine.

    `today` is the date now in the account's time zone.
    """
    if not from_ or not to:
        return "from and to are both required"
    try:
        first, last = date.fromisoformat(from_), date.fromisoformat(to)
    except ValueError:
        return "from and to must be dates, YYYY-MM-DD"
    if len(from_) != 10 or len(to) != 10:  # fromisoformat also reads 20260405
        return "from and to must be dates, YYYY-MM-DD"
    if last < first:
        return "to is before from"
    if (last - first).days > MAX_DAYS_APART:
        return f"to is more than {MAX_DAYS_APART} days after from (7 days at most)"
    if first < today:
        return f"from is before today ({today.isoformat()}) in the account's time zone"
    return None


def available_times(calendar: Calendar, booking: Booking, first: date, last: date, now: datetime) -> list[str]:
    """Every time from the start of `first` to the end of `last` (business's zone) at which
    the appointment can start, as Cliniko's `appointment_start` strings, in order."""
    return [_stamp(start) for start in _starts(calendar, booking, first, last, now)]


def next_available_time(calendar: Calendar, booking: Booking, now: datetime,
                        days: int = NEXT_SEARCH_DAYS) -> str | None:
    """The first available time from today (business's zone) on, looking `days` ahead."""
    first = now.astimezone(calendar.zone).date()
    while days > 0:
        span = min(days, MAX_DAYS_APART + 1)
        starts = _starts(calendar, booking, first, first + timedelta(days=span - 1), now)
        if starts:
            return _stamp(starts[0])
        first, days = first + timedelta(days=span), days - span
    return None


def wall_to_utc(start: datetime, end: datetime, zone: ZoneInfo) -> list[Interval]:
    """The instants at which the wall clock in `zone` shows a time in [start, end) (naive)."""
    lo, hi = start.replace(tzinfo=UTC) - timedelta(days=1), end.replace(tzinfo=UTC) + timedelta(days=1)
    pieces: list[Interval] = []
    for piece_start, piece_end, offset in _constant_offsets(zone, lo, hi):
        a = max(piece_start, start.replace(tzinfo=UTC) - offset)
        b = min(piece_end, end.replace(tzinfo=UTC) - offset)
        if a < b:
            pieces.append((a, b))
    return _union(pieces)


# ---- the calculation ---------------------------------------------------------------


def _starts(calendar: Calendar, booking: Booking, first: date, last: date, now: datetime) -> list[datetime]:
    if not booking.shown_in_online_bookings or booking.duration <= timedelta(0) or last < first:
        return []
    zone = calendar.zone
    lo = _day_start(first, zone)
    hi = _day_start(last + timedelta(days=1), zone)
    margin = (lo - timedelta(days=1), hi + timedelta(days=1))
    earliest = max(lo, _earliest(now, booking.minimum_notice, zone))
    step = booking.slot if booking.slot and booking.slot > timedelta(0) else booking.duration
    starts: list[datetime] = []
    for stretch_start, stretch_end in _free(calendar, first, last, margin):
        start = stretch_start
        while start + booking.duration <= stretch_end and start < hi:
            if start >= earliest:
                starts.append(start)
            start += step
    return _first_per_part_of_day(starts, booking.per_part_of_day, zone)


def _first_per_part_of_day(starts: list[datetime], limit: int | None, zone: ZoneInfo) -> list[datetime]:
    """The first `limit` of `starts` (in order) in each part of each wall-clock day."""
    if not limit:
        return starts
    shown: dict[tuple[date, int], int] = {}
    kept = []
    for start in starts:
        local = start.astimezone(zone)
        part = (local.date(), (local.hour >= 12) + (local.hour >= 17))  # 0 morning, 1 afternoon, 2 evening
        if shown.get(part, 0) < limit:
            shown[part] = shown.get(part, 0) + 1
            kept.append(start)
    return kept


def _free(calendar: Calendar, first: date, last: date, window: Interval) -> list[Interval]:
    zone = calendar.zone
    open_: list[Interval] = [_aware(block) for block in calendar.availability_blocks]
    day = first - timedelta(days=2)
    while day <= last + timedelta(days=2):
        for hours in calendar.weekly:
            if hours.on(day) and hours.starts_at < hours.ends_at:
                open_ += wall_to_utc(datetime.combine(day, hours.starts_at), datetime.combine(day, hours.ends_at), zone)
        day += timedelta(days=1)
    busy = [_aware(block) for block in calendar.unavailable_blocks] + [
        _aware((a.starts_at, a.ends_at)) for a in calendar.appointments if not (a.cancelled or a.deleted)]
    return _subtract(_clip(_union(open_), window), _union(busy))


def _earliest(now: datetime, notice: Notice, zone: ZoneInfo) -> datetime:
    if notice == "tomorrow":
        return _day_start(now.astimezone(zone).date() + timedelta(days=1), zone)
    return now.astimezone(UTC) + notice


def _day_start(day: date, zone: ZoneInfo) -> datetime:
    """The first instant of a wall-clock day (midnight, or the jump where midnight is skipped)."""
    return wall_to_utc(datetime.combine(day, time()), datetime.combine(day + timedelta(days=1), time()), zone)[0][0]


def _constant_offsets(zone: ZoneInfo, lo: datetime, hi: datetime) -> list[tuple[datetime, datetime, timedelta]]:
    """[lo, hi) cut where the zone's UTC offset changes, each piece with its offset."""
    pieces: list[tuple[datetime, datetime, timedelta]] = []
    start, offset = lo, _offset(zone, lo)
    day = lo.astimezone(UTC).date()
    while datetime.combine(day, time(), tzinfo=UTC) < hi:
        for instant, following in _changes_on(zone, day):
            if lo < instant < hi and following != offset:
                pieces.append((start, instant, offset))
                start, offset = instant, following
        day += timedelta(days=1)
    pieces.append((start, hi, offset))
    return pieces


@functools.lru_cache(maxsize=8192)
def _changes_on(zone: ZoneInfo, day: date) -> tuple[tuple[datetime, timedelta], ...]:
    """Where the zone's UTC offset changes during one UTC day (to the second), each with the
    offset from then on. zoneinfo does not list transitions: probe hourly (no zone changes
    twice within an hour) and bisect. Cached: every free-times request asks about the same
    few zones and days, and probing was most of its computing."""
    changes: list[tuple[datetime, timedelta]] = []
    probe = datetime.combine(day, time(), tzinfo=UTC)
    offset = _offset(zone, probe)
    for _ in range(24):
        following = probe + timedelta(hours=1)
        if _offset(zone, following) != offset:
            before, after = probe, following  # offset(before) == offset, offset(after) differs
            while after - before > timedelta(seconds=1):
                middle = (before + (after - before) / 2).replace(microsecond=0)
                if middle <= before:
                    break
                if _offset(zone, middle) == offset:
                    before = middle
                else:
                    after = middle
            offset = _offset(zone, after)
            changes.append((after, offset))
        probe = following
    return tuple(changes)


def _offset(zone: ZoneInfo, instant: datetime) -> timedelta:
    offset = instant.astimezone(zone).utcoffset()
    assert offset is not None  # a ZoneInfo always has one
    return offset


def _aware(interval: Interval) -> Interval:
    return interval[0].astimezone(UTC), interval[1].astimezone(UTC)


def _union(intervals: Iterable[Interval]) -> list[Interval]:
    merged: list[Interval] = []
    for start, end in sorted(i for i in intervals if i[0] < i[1]):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return merged


def _clip(intervals: list[Interval], window: Interval) -> list[Interval]:
    return [(max(a, window[0]), min(b, window[1])) for a, b in intervals if max(a, window[0]) < min(b, window[1])]


def _subtract(intervals: list[Interval], holes: list[Interval]) -> list[Interval]:
    """`intervals` less `holes` (both sorted and disjoint)."""
    result: list[Interval] = []
    for start, end in intervals:
        for hole_start, hole_end in holes:
            if hole_end <= start or hole_start >= end:
                continue
            if hole_start > start:
                result.append((start, hole_start))
            start = max(start, hole_end)
        if start < end:
            result.append((start, end))
    return result


def _stamp(instant: datetime) -> str:
    return instant.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
