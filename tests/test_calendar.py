"""The free-time calculation (cliniko_client.sandbox.calendar) against a brute-force reference.

The property test draws calendars (weekly hours, availability and unavailable blocks,
appointments, some cancelled or deleted, notice, slot size) in zones whose clocks change
within the range (Australia/Sydney, Australia/Lord_Howe's half hour, Europe/London) and
checks, minute by minute: no offered time overlaps an appointment or unavailable block or
falls outside availability, and every free time on the slot grid is offered, but for the
first N of each morning, afternoon and evening when the account shows at most N. It is seeded
(CALENDAR_TEST_SEED, shown in pytest's header; `random` draws one); the fixed examples pin
the daylight-saving days, a fully booked day, a freed slot, the parts' bounds and the from/to rules.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from cliniko_client.sandbox.calendar import (
    Appointment,
    Booking,
    Calendar,
    WeeklyHours,
    available_times,
    next_available_time,
    range_error,
)
from hypothesis import HealthCheck, given, note, seed, settings
from hypothesis import strategies as st

from tests.conftest import CALENDAR_SEED

MINUTE = timedelta(minutes=1)
SYDNEY, LONDON = ZoneInfo("Australia/Sydney"), ZoneInfo("Europe/London")
# Days the clocks change in 2026: Sydney (and Lord Howe, by half an hour) back on the first
# Sunday of April and forward on the first Sunday of October; London forward on the last
# Sunday of March and back on the last Sunday of October.
CHANGES = {
    "Australia/Sydney": [date(2026, 4, 5), date(2026, 10, 4)],
    "Australia/Lord_Howe": [date(2026, 4, 5), date(2026, 10, 4)],
    "Europe/London": [date(2026, 3, 29), date(2026, 10, 25)],
}
LONG_AGO = datetime(2026, 1, 1, tzinfo=UTC)


def utc(*args: int) -> datetime:
    return datetime(*args, tzinfo=UTC)  # type: ignore[misc]


def minutes(n: int) -> timedelta:
    return timedelta(minutes=n)


# ---- the reference: minute by minute, from the definitions ----------------------------


def first_instant(day: date, zone: ZoneInfo) -> datetime:
    """The first minute whose wall-clock date in `zone` is `day` or later."""
    moment = datetime.combine(day, time(), UTC) - timedelta(hours=15)
    while moment.astimezone(zone).date() < day:
        moment += MINUTE
    return moment


def reference_free(calendar: Calendar, minute: datetime) -> bool:
    local = minute.astimezone(calendar.zone)
    weekly = any(h.day_of_week % 7 == local.isoweekday() % 7 and h.starts_at <= local.time() < h.ends_at
                 for h in calendar.weekly)
    extra = any(a <= minute < b for a, b in calendar.availability_blocks)
    blocked = any(a <= minute < b for a, b in calendar.unavailable_blocks) or any(
        a.starts_at <= minute < a.ends_at for a in calendar.appointments if not (a.cancelled or a.deleted))
    return (weekly or extra) and not blocked


def reference_earliest(booking: Booking, now: datetime, zone: ZoneInfo) -> datetime:
    if booking.minimum_notice == "tomorrow":
        return first_instant(now.astimezone(zone).date() + timedelta(days=1), zone)
    return now + booking.minimum_notice


def reference_times(calendar: Calendar, booking: Booking, first: date, last: date, now: datetime) -> list[str]:
    """Every start on the slot grid of each free stretch (free time a day either side of the
    range counted) at which the whole appointment is free, within the range, after the notice."""
    if not booking.shown_in_online_bookings:
        return []
    lo, hi = first_instant(first, calendar.zone), first_instant(last + timedelta(days=1), calendar.zone)
    earliest = max(lo, reference_earliest(booking, now, calendar.zone))
    step = booking.slot or booking.duration
    stretches: list[list[datetime]] = []
    minute = lo - timedelta(days=1)
    while minute < hi + timedelta(days=1):
        if reference_free(calendar, minute):
            if stretches and stretches[-1][1] == minute:
                stretches[-1][1] = minute + MINUTE
            else:
                stretches.append([minute, minute + MINUTE])
        minute += MINUTE
    times = []
    for start, end in stretches:
        while start + booking.duration <= end and start < hi:
            if start >= earliest and shown_in_its_part(calendar.zone, booking.per_part_of_day, times, start):
                times.append(start.strftime("%Y-%m-%dT%H:%M:%SZ"))
            start += step
    return times


def part_of_day(zone: ZoneInfo, instant: datetime) -> tuple[date, str]:
    local = instant.astimezone(zone)
    return local.date(), "morning" if local.time() < time(12) else "afternoon" if local.time() < time(17) else "evening"


def shown_in_its_part(zone: ZoneInfo, limit: int | None, earlier: list[str], start: datetime) -> bool:
    """Fewer than `limit` earlier times share the start's date and part of the day (wall clock)."""
    same = [t for t in earlier if part_of_day(zone, datetime.fromisoformat(t)) == part_of_day(zone, start)]
    return not limit or len(same) < limit


def assert_each_time_is_free(calendar: Calendar, booking: Booking, times: list[str], first: date, last: date,
                             now: datetime) -> None:
    lo, hi = first_instant(first, calendar.zone), first_instant(last + timedelta(days=1), calendar.zone)
    for text in times:
        start = datetime.fromisoformat(text)
        assert lo <= start < hi, f"{text} is outside {first}..{last}"
        assert start >= reference_earliest(booking, now, calendar.zone), f"{text} is within the notice"
        minute = start
        while minute < start + booking.duration:
            assert reference_free(calendar, minute), f"{text}: {minute} is not free"
            minute += MINUTE


# ---- random calendars ------------------------------------------------------------------


@st.composite
def cases(draw: Callable[..., Any]) -> tuple[Calendar, Booking, date, date, datetime]:
    name = draw(st.sampled_from(sorted(CHANGES)))
    zone = ZoneInfo(name)
    change = draw(st.sampled_from(CHANGES[name]))
    first = change - timedelta(days=draw(st.integers(0, 6)))
    last = first + timedelta(days=draw(st.integers(0, 6)))
    quarter = st.integers(0, 95).map(lambda q: time(q // 4, q % 4 * 15))
    # Early-morning hours often, so that periods cross the hour the clocks change.
    night = st.integers(0, 20).map(lambda q: time(q // 4, q % 4 * 15))
    # Sunday (0 or 7), the day of every change, often.
    day = st.one_of(st.integers(0, 7), st.sampled_from([0, 7]))
    weekly = draw(st.lists(st.builds(WeeklyHours, day, st.one_of(quarter, night), st.one_of(quarter, night)),
                           max_size=5))
    base = datetime.combine(first, time(), UTC) - timedelta(days=1)
    span = (last - first).days + 3
    anywhere = st.integers(0, span * 24 * 12).map(lambda five: base + minutes(5 * five))
    # Half the blocks and appointments near the start of a weekly period, so that they meet.
    starts = [datetime.combine(first + timedelta(days=d), h.starts_at, zone).astimezone(UTC)
              for d in range(span - 2) for h in weekly if h.on(first + timedelta(days=d))]
    near = st.sampled_from(starts or [base]).flatmap(lambda a: st.integers(-6, 36).map(lambda k: a + minutes(5 * k)))
    instants = st.one_of(anywhere, near)

    period = st.tuples(instants, st.integers(1, 48)).map(lambda p: (p[0], p[0] + minutes(5 * p[1])))

    appointments = [Appointment(a, b, cancelled=c, deleted=d) for (a, b), c, d in
                    draw(st.lists(st.tuples(period, st.booleans(), st.booleans()), max_size=8))]
    calendar = Calendar(zone=zone, weekly=weekly, availability_blocks=draw(st.lists(period, max_size=2)),
                        unavailable_blocks=draw(st.lists(period, max_size=3)), appointments=appointments)
    booking = Booking(duration=minutes(draw(st.sampled_from([15, 30, 45, 60, 90]))),
                      slot=draw(st.sampled_from([None, minutes(15), minutes(30), minutes(45), minutes(60)])),
                      minimum_notice=draw(st.sampled_from([timedelta(0), timedelta(hours=1), timedelta(hours=4),
                                                           timedelta(days=2), "tomorrow"])),
                      shown_in_online_bookings=draw(st.sampled_from([True, True, True, False])),
                      per_part_of_day=draw(st.sampled_from([None, None, 1, 2, 3])))
    now = draw(instants) - timedelta(days=draw(st.integers(0, 2)))
    return calendar, booking, first, last, now


@seed(CALENDAR_SEED)
@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(cases())
def test_offered_times_are_exactly_the_free_ones(case: tuple[Calendar, Booking, date, date, datetime]) -> None:
    note(f"run again: CALENDAR_TEST_SEED={CALENDAR_SEED} tox -e tests -- tests/test_calendar.py")
    calendar, booking, first, last, now = case
    times = available_times(calendar, booking, first, last, now)
    assert_each_time_is_free(calendar, booking, times, first, last, now)
    assert times == reference_times(calendar, booking, first, last, now)


# ---- fixed examples ----------------------------------------------------------------------

WEEKDAYS_9_TO_12 = [WeeklyHours(day, time(9), time(12)) for day in range(1, 6)]


def test_sydney_clocks_go_back_nine_oclock_moves_an_hour_in_utc() -> None:
    # Sunday 5 April 2026: 03:00 AEDT (+11) becomes 02:00 AEST (+10).
    calendar = Calendar(zone=SYDNEY, weekly=[WeeklyHours(day, time(9), time(10)) for day in (6, 7)])
    times = available_times(calendar, Booking(minutes(60)), date(2026, 4, 4), date(2026, 4, 5), LONG_AGO)
    assert times == ["2026-04-03T22:00:00Z", "2026-04-04T23:00:00Z"]


def test_sydney_clocks_go_forward_the_skipped_hour_is_not_worked() -> None:
    # Sunday 4 October 2026: 02:00 AEST (+10) becomes 03:00 AEDT (+11). 01:00-04:00 on the wall
    # clock is two hours of real time; 02:15-02:45 never shows on it.
    weekly = [WeeklyHours(0, time(1), time(4)), WeeklyHours(7, time(2, 15), time(2, 45))]
    calendar = Calendar(zone=SYDNEY, weekly=weekly)
    times = available_times(calendar, Booking(minutes(30)), date(2026, 10, 4), date(2026, 10, 4), LONG_AGO)
    assert times == ["2026-10-03T15:00:00Z", "2026-10-03T15:30:00Z", "2026-10-03T16:00:00Z", "2026-10-03T16:30:00Z"]


def test_london_clocks_go_back_the_repeated_hour_is_worked_twice() -> None:
    # Sunday 25 October 2026: 02:00 BST (+1) becomes 01:00 GMT (+0); 01:15-01:45 happens twice.
    calendar = Calendar(zone=LONDON, weekly=[WeeklyHours(7, time(1, 15), time(1, 45))])
    times = available_times(calendar, Booking(minutes(30)), date(2026, 10, 25), date(2026, 10, 25), LONG_AGO)
    assert times == ["2026-10-25T00:15:00Z", "2026-10-25T01:15:00Z"]
    # After the change the wall clock is GMT: 23:30 is 23:30 UTC.
    late = Calendar(zone=LONDON, weekly=[WeeklyHours(7, time(23, 30), time(23, 59))])
    assert available_times(late, Booking(minutes(29)), date(2026, 10, 25), date(2026, 10, 25), LONG_AGO) == [
        "2026-10-25T23:30:00Z"]


def test_london_clocks_go_forward_a_period_ending_in_the_gap_ends_at_the_jump() -> None:
    # Sunday 29 March 2026: 01:00 GMT becomes 02:00 BST; 00:00-01:30 ends at 01:00 GMT.
    calendar = Calendar(zone=LONDON, weekly=[WeeklyHours(0, time(0), time(1, 30))])
    times = available_times(calendar, Booking(minutes(30)), date(2026, 3, 29), date(2026, 3, 29), LONG_AGO)
    assert times == ["2026-03-29T00:00:00Z", "2026-03-29T00:30:00Z"]


def test_a_fully_booked_day_offers_nothing_and_the_next_time_is_the_next_day() -> None:
    booked = [Appointment(utc(2026, 6, 1, 23), utc(2026, 6, 2, 2))]  # Tuesday 2 June 09:00-12:00 AEST
    calendar = Calendar(zone=SYDNEY, weekly=WEEKDAYS_9_TO_12, appointments=booked)
    assert available_times(calendar, Booking(minutes(60)), date(2026, 6, 2), date(2026, 6, 2), LONG_AGO) == []
    # Now is Tuesday 08:00 AEST: Tuesday is full, Wednesday 09:00 is next.
    assert next_available_time(calendar, Booking(minutes(60)), utc(2026, 6, 1, 22)) == "2026-06-02T23:00:00Z"
    assert next_available_time(Calendar(zone=SYDNEY), Booking(minutes(60)), utc(2026, 6, 1, 22)) is None


@pytest.mark.parametrize("freed", ["cancelled", "deleted"])
def test_a_cancelled_or_deleted_appointment_frees_its_slot(freed: str) -> None:
    taken = Appointment(utc(2026, 6, 1, 23), utc(2026, 6, 2, 0))  # Tuesday 09:00-10:00 AEST
    freeing = Appointment(taken.starts_at, taken.ends_at, **{freed: True})
    day = date(2026, 6, 2)
    booked = Calendar(zone=SYDNEY, weekly=WEEKDAYS_9_TO_12, appointments=[taken])
    freed_calendar = Calendar(zone=SYDNEY, weekly=WEEKDAYS_9_TO_12, appointments=[freeing])
    assert available_times(booked, Booking(minutes(60)), day, day, LONG_AGO) == [
        "2026-06-02T00:00:00Z", "2026-06-02T01:00:00Z"]
    assert available_times(freed_calendar, Booking(minutes(60)), day, day, LONG_AGO) == [
        "2026-06-01T23:00:00Z", "2026-06-02T00:00:00Z", "2026-06-02T01:00:00Z"]


def test_slots_are_the_default_types_size_and_restart_after_an_appointment() -> None:
    # 45-minute appointments on a 30-minute grid (the default type's size); an appointment
    # 09:00-09:50 moves the grid to 09:50.
    calendar = Calendar(zone=SYDNEY, weekly=WEEKDAYS_9_TO_12,
                        appointments=[Appointment(utc(2026, 6, 1, 23), utc(2026, 6, 1, 23, 50))])
    times = available_times(calendar, Booking(minutes(45), slot=minutes(30)), date(2026, 6, 2), date(2026, 6, 2),
                            LONG_AGO)
    assert times == ["2026-06-01T23:50:00Z", "2026-06-02T00:20:00Z", "2026-06-02T00:50:00Z"]
    # Without a default type the appointment's own duration is the step.
    times = available_times(calendar, Booking(minutes(45)), date(2026, 6, 2), date(2026, 6, 2), LONG_AGO)
    assert times == ["2026-06-01T23:50:00Z", "2026-06-02T00:35:00Z"]


def test_blocks_add_and_remove_time() -> None:
    calendar = Calendar(zone=SYDNEY, weekly=WEEKDAYS_9_TO_12,
                        availability_blocks=[(utc(2026, 6, 6, 0), utc(2026, 6, 6, 1))],  # Saturday 10:00 AEST
                        unavailable_blocks=[(utc(2026, 6, 1, 23), utc(2026, 6, 2, 1))])  # Tuesday 09:00-11:00
    times = available_times(calendar, Booking(minutes(60)), date(2026, 6, 2), date(2026, 6, 6), LONG_AGO)
    assert "2026-06-01T23:00:00Z" not in times and "2026-06-02T01:00:00Z" in times
    assert times[-1] == "2026-06-06T00:00:00Z"


def test_a_stretch_from_before_the_range_keeps_its_grid() -> None:
    # An availability block from Monday 23:45 to Tuesday 01:00 AEST: asked from Tuesday, the
    # 30-minute grid still starts at 23:45, as it does when asked from Monday.
    calendar = Calendar(zone=SYDNEY, availability_blocks=[(utc(2026, 6, 1, 13, 45), utc(2026, 6, 1, 15))])
    monday, tuesday = date(2026, 6, 1), date(2026, 6, 2)
    assert available_times(calendar, Booking(minutes(30)), tuesday, tuesday, LONG_AGO) == ["2026-06-01T14:15:00Z"]
    assert available_times(calendar, Booking(minutes(30)), monday, tuesday, LONG_AGO) == [
        "2026-06-01T13:45:00Z", "2026-06-01T14:15:00Z"]


def test_sunday_is_0_or_7() -> None:
    for sunday in (0, 7):
        calendar = Calendar(zone=SYDNEY, weekly=[WeeklyHours(sunday, time(9), time(10))])
        assert available_times(calendar, Booking(minutes(60)), date(2026, 6, 1), date(2026, 6, 7), LONG_AGO) == [
            "2026-06-06T23:00:00Z"]


def test_minimum_notice_and_online_bookings() -> None:
    calendar = Calendar(zone=SYDNEY, weekly=WEEKDAYS_9_TO_12)
    day, now = date(2026, 6, 2), utc(2026, 6, 1, 23, 10)  # Tuesday 09:10 AEST
    assert available_times(calendar, Booking(minutes(60)), day, day, now) == [
        "2026-06-02T00:00:00Z", "2026-06-02T01:00:00Z"]
    assert available_times(calendar, Booking(minutes(60), minimum_notice=timedelta(hours=1)), day, day, now) == [
        "2026-06-02T01:00:00Z"]
    assert available_times(calendar, Booking(minutes(60), minimum_notice="tomorrow"), day, day + timedelta(days=1),
                           now) == ["2026-06-02T23:00:00Z", "2026-06-03T00:00:00Z", "2026-06-03T01:00:00Z"]
    assert available_times(calendar, Booking(minutes(60), shown_in_online_bookings=False), day, day, LONG_AGO) == []
    assert next_available_time(calendar, Booking(minutes(60), shown_in_online_bookings=False), now) is None


def test_parts_of_the_day_start_at_noon_and_five_on_the_businesss_clock() -> None:
    # Tuesday 2 June 2026, 11:00-18:00 AEST (+10): 11:00 is morning, 12:00 afternoon, 17:00 evening.
    calendar = Calendar(zone=SYDNEY, weekly=[WeeklyHours(2, time(11), time(18))])
    day = date(2026, 6, 2)
    assert available_times(calendar, Booking(minutes(30), per_part_of_day=1), day, day, LONG_AGO) == [
        "2026-06-02T01:00:00Z", "2026-06-02T02:00:00Z", "2026-06-02T07:00:00Z"]
    assert available_times(calendar, Booking(minutes(30), per_part_of_day=2), day, day, LONG_AGO) == [
        "2026-06-02T01:00:00Z", "2026-06-02T01:30:00Z", "2026-06-02T02:00:00Z", "2026-06-02T02:30:00Z",
        "2026-06-02T07:00:00Z", "2026-06-02T07:30:00Z"]
    assert len(available_times(calendar, Booking(minutes(30)), day, day, LONG_AGO)) == 14  # unlimited
    # A booked time moves the part's shown time on (Cliniko's help: times "cycle"); it does not close the part.
    booked = Calendar(zone=SYDNEY, weekly=calendar.weekly, appointments=[
        Appointment(utc(2026, 6, 2, 2), utc(2026, 6, 2, 2, 30))])  # 12:00-12:30
    assert available_times(booked, Booking(minutes(30), per_part_of_day=1), day, day, LONG_AGO) == [
        "2026-06-02T01:00:00Z", "2026-06-02T02:30:00Z", "2026-06-02T07:00:00Z"]
    # Times before the notice are not shown, so not counted: at 11:10 the morning shows 11:30.
    assert available_times(calendar, Booking(minutes(30), per_part_of_day=1), day, day, utc(2026, 6, 2, 1, 10)) == [
        "2026-06-02T01:30:00Z", "2026-06-02T02:00:00Z", "2026-06-02T07:00:00Z"]


def test_parts_of_the_day_on_daylight_saving_days() -> None:
    # Sydney, Sunday 4 October 2026: from 03:00 the clock is AEDT (+11). 12:00 is 01:00Z, an
    # afternoon; read at the morning's offset (+10) it would be 11:00, a morning.
    forward = Calendar(zone=SYDNEY, weekly=[WeeklyHours(0, time(10), time(13))])
    day = date(2026, 10, 4)
    assert available_times(forward, Booking(minutes(60), per_part_of_day=1), day, day, LONG_AGO) == [
        "2026-10-03T23:00:00Z", "2026-10-04T01:00:00Z"]
    # London, Sunday 25 October 2026: 00:00-03:00 on the wall clock is four hours, all morning.
    back = Calendar(zone=LONDON, weekly=[WeeklyHours(7, time(0), time(3))])
    day = date(2026, 10, 25)
    assert available_times(back, Booking(minutes(60)), day, day, LONG_AGO) == [
        "2026-10-24T23:00:00Z", "2026-10-25T00:00:00Z", "2026-10-25T01:00:00Z", "2026-10-25T02:00:00Z"]
    assert available_times(back, Booking(minutes(60), per_part_of_day=3), day, day, LONG_AGO) == [
        "2026-10-24T23:00:00Z", "2026-10-25T00:00:00Z", "2026-10-25T01:00:00Z"]
    # The next time is the first one, whatever the limit.
    assert next_available_time(back, Booking(minutes(60), per_part_of_day=1), utc(2026, 10, 24, 12)) == (
        "2026-10-24T23:00:00Z")


TODAY = date(2026, 6, 2)


@pytest.mark.parametrize(("from_", "to", "reason"), [
    ("2026-06-02", "2026-06-08", None),  # 7 days, today included
    ("2026-06-02", "2026-06-02", None),
    ("2026-06-02", "2026-06-09", "to is more than 6 days after from (7 days at most)"),
    ("2026-06-01", "2026-06-03", "from is before today (2026-06-02) in the account's time zone"),
    ("2026-06-05", "2026-06-04", "to is before from"),
    (None, "2026-06-04", "from and to are both required"),
    ("2026-06-02", "", "from and to are both required"),
    ("2026-06-02", "2026-06-31", "from and to must be dates, YYYY-MM-DD"),
    ("20260602", "2026-06-03", "from and to must be dates, YYYY-MM-DD"),
    ("2026-06-02T00:00", "2026-06-03", "from and to must be dates, YYYY-MM-DD"),
])
def test_from_and_to_rules(from_: str | None, to: str | None, reason: str | None) -> None:
    assert range_error(from_, to, TODAY) == reason
