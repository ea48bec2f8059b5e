"""The available-times endpoints (cliniko_client.sandbox.available_times) over records as the
API shows them, through HTTP, with an in-memory account standing in for the server's storage.

The records are synthetic: a Sydney business, a practitioner working Tuesdays 9:00-12:00
there, a 60-minute appointment type (the practitioner's default: 30 minutes).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime
from typing import Any
from zoneinfo import ZoneInfo

import httpx
import pytest
from cliniko_client.sandbox.available_times import Record, get_available_times, get_next_available_time
from cliniko_client.sandbox.blocks import conflicts, period_errors
from cliniko_client.sandbox.errors import ApiError
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route
from starlette.testclient import TestClient

API = "https://api.au1.cliniko.com/v1/"
NOW = datetime(2026, 6, 1, 0, 0, tzinfo=UTC)  # Monday 10:00 in Sydney
TIMES = "/businesses/11/practitioners/21/appointment_types/31/available_times"
NEXT = "/businesses/11/practitioners/21/appointment_types/31/next_available_time"


def link(path: str) -> dict[str, Any]:
    return {"links": {"self": API + path}}


def records() -> dict[str, list[dict[str, Any]]]:
    at = {"business": link("businesses/11"), "practitioner": link("practitioners/21")}
    return {
        "businesses": [{"id": "11", "time_zone_identifier": "Australia/Sydney", "show_in_online_bookings": True},
                       {"id": "12", "time_zone_identifier": "Europe/London", "show_in_online_bookings": True}],
        "practitioners": [{"id": "21", "show_in_online_bookings": True,
                           "default_appointment_type": link("appointment_types/32")}],
        "appointment_types": [{"id": "31", "duration_in_minutes": 60, "show_in_online_bookings": True,
                               "online_bookings_lead_time_hours": None},
                              {"id": "32", "duration_in_minutes": 30, "show_in_online_bookings": True}],
        "daily_availabilities": [{"id": "41", "day_of_week": 2, "availabilities": [
            {"starts_at": "09:00", "ends_at": "12:00"}], **at}],
        "availability_blocks": [],
        "unavailable_blocks": [],
        "individual_appointments": [],
        "group_appointments": [],
    }


class Account:
    """The records of one account, as CalendarSource wants them."""

    def __init__(self, data: dict[str, list[dict[str, Any]]], settings: dict[str, Any]) -> None:
        self.data, self._settings = data, settings

    def record(self, resource: str, record_id: str) -> Record | None:
        return next((r for r in self.data[resource] if r["id"] == record_id), None)

    def records(self, resource: str, overlapping: tuple[str, str] | None = None, /,
                **where: str) -> Sequence[Record]:
        def named(record: Record, name: str) -> str | None:
            link = record.get(name.removesuffix("_id"), {})
            return str(link["links"]["self"]).rsplit("/", 1)[-1] if link else None

        def meets(record: Record) -> bool:
            return overlapping is None or (record["starts_at"] < overlapping[1] and record["ends_at"] > overlapping[0])
        return [r for r in self.data[resource] if all(named(r, k) == v for k, v in where.items()) and meets(r)]

    def account_zone(self) -> ZoneInfo:
        return ZoneInfo("Australia/Sydney")

    def settings(self) -> dict[str, Any]:
        return self._settings


def client(data: dict[str, list[dict[str, Any]]], settings: dict[str, Any] | None = None) -> TestClient:
    source = Account(data, settings or {})

    async def times(request: Request) -> Response:
        return await get_available_times(request, source, NOW)

    async def next_time(request: Request) -> Response:
        return await get_next_available_time(request, source, NOW)

    async def api_error(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, ApiError)
        return exc.response()

    prefix = "/businesses/{business_id}/practitioners/{practitioner_id}/appointment_types/{appointment_type_id}"
    routes = [Route(prefix + "/available_times", times), Route(prefix + "/next_available_time", next_time)]
    app = Starlette(routes=routes, exception_handlers={ApiError: api_error})
    return TestClient(app)


def starts(response: httpx.Response) -> list[str]:
    assert response.status_code == 200, response.text
    return [t["appointment_start"] for t in response.json()["available_times"]]


TUESDAY = {"from": "2026-06-02", "to": "2026-06-02"}


# A group appointment (a class) takes its practitioner's time as an individual one does.
@pytest.mark.parametrize("kind", ["individual_appointments", "group_appointments"])
def test_times_on_the_default_types_grid_around_an_appointment(kind: str) -> None:
    data = records()
    data[kind].append({"id": "51", "starts_at": "2026-06-02T00:00:00Z", "ends_at": "2026-06-02T00:30:00Z",
                       "practitioner": link("practitioners/21")})
    # 60 minutes on the 30-minute grid of the default type: 9:00, (9:30 and 10:00 meet the
    # 10:00-10:30 appointment), 10:30, 11:00.
    with client(data) as api:
        answer = api.get(TIMES, params=TUESDAY)
    assert starts(answer) == ["2026-06-01T23:00:00Z", "2026-06-02T00:30:00Z", "2026-06-02T01:00:00Z"]
    assert answer.json()["total_entries"] == 3
    assert answer.json()["links"]["self"].startswith("http://testserver" + TIMES + "?from=2026-06-02")


def test_an_appointment_stored_on_the_previous_utc_day_still_holds_its_time() -> None:
    # 09:00 in Sydney on Tuesday is 23:00 UTC on Monday: the appointments read around the days
    # asked (available_times.calendar_of) must reach back past midnight UTC.
    data = records()
    data["individual_appointments"].append({"id": "51", "starts_at": "2026-06-01T23:00:00Z", "ends_at":
                                            "2026-06-02T00:00:00Z", "cancelled_at": None,
                                            "practitioner": link("practitioners/21")})
    with client(data) as api:
        assert "2026-06-01T23:00:00Z" not in starts(api.get(TIMES, params=TUESDAY))


@pytest.mark.parametrize("state", ["cancelled_at", "deleted_at", "archived_at"])
def test_a_cancelled_deleted_or_archived_appointment_frees_its_time(state: str) -> None:
    data = records()
    data["individual_appointments"].append({"id": "51", "starts_at": "2026-06-01T23:00:00Z", "ends_at":
                                            "2026-06-02T02:00:00Z", state: "2026-05-30T00:00:00Z",
                                            "practitioner": link("practitioners/21")})
    with client(data) as api:
        assert len(starts(api.get(TIMES, params=TUESDAY))) == 5


def test_blocks_count_at_their_own_business_only() -> None:
    data = records()
    here, there = link("businesses/11"), link("businesses/12")
    who = link("practitioners/21")
    data["unavailable_blocks"] += [
        {"id": "61", "starts_at": "2026-06-01T23:00:00Z", "ends_at": "2026-06-02T00:00:00Z", "business": here,
         "practitioner": who},
        {"id": "62", "starts_at": "2026-06-02T00:00:00Z", "ends_at": "2026-06-02T02:00:00Z", "business": there,
         "practitioner": who},
        {"id": "63", "starts_at": "2026-06-02T00:00:00Z", "ends_at": "2026-06-02T02:00:00Z", "business": here,
         "practitioner": who, "archived_at": "2026-05-30T00:00:00Z"}]
    data["availability_blocks"].append({"id": "71", "starts_at": "2026-06-06T00:00:00Z", "ends_at":
                                        "2026-06-06T01:00:00Z", "business": here, "practitioner": who})
    with client(data) as api:
        assert starts(api.get(TIMES, params={"from": "2026-06-02", "to": "2026-06-08"})) == [
            "2026-06-02T00:00:00Z", "2026-06-02T00:30:00Z", "2026-06-02T01:00:00Z", "2026-06-06T00:00:00Z"]


@pytest.mark.parametrize("resource", ["businesses", "practitioners", "appointment_types"])
def test_not_shown_in_online_bookings_is_a_404(resource: str) -> None:
    data = records()
    data[resource][0]["show_in_online_bookings"] = False
    with client(data) as api:
        assert api.get(TIMES, params=TUESDAY).status_code == 404
        assert api.get(NEXT).status_code == 404


def test_an_unknown_id_is_a_404() -> None:
    with client(records()) as api:
        assert api.get(TIMES.replace("/31/", "/39/"), params=TUESDAY).json() == {"message": "Not found"}


@pytest.mark.parametrize(("params", "reason"), [
    ({"from": "2026-06-01", "to": "2026-06-08"}, "to is more than 6 days after from (7 days at most)"),
    ({"from": "2026-05-31", "to": "2026-06-01"}, "from is before today (2026-06-01) in the account's time zone"),
    ({"from": "2026-06-01"}, "from and to are both required"),
])
def test_bad_from_or_to_is_a_400_with_clinikos_words_and_the_reason(params: dict[str, str], reason: str) -> None:
    with client(records()) as api:
        answer = api.get(TIMES, params=params)
    assert answer.status_code == 400
    assert answer.json() == {"message": f"Invalid time frame definition. Please check from/to param limitations. "
                                        f"({reason})"}


def test_minimum_notice_is_the_types_lead_time() -> None:
    data = records()
    data["appointment_types"][0]["online_bookings_lead_time_hours"] = 48  # now is Monday 10:00
    with client(data) as api:
        assert starts(api.get(TIMES, params=TUESDAY)) == []


@pytest.mark.parametrize(("online_bookings", "shown"), [
    ({"max_appointments_per_day_segment": 2}, 2),
    ({"max_appointments_per_day_segment": None}, 5),  # unlimited, as 0 and no key are
    ({"max_appointments_per_day_segment": 0}, 5),
    (None, 5),
])
def test_the_accounts_maximum_per_day_segment_limits_the_times_shown(online_bookings: dict[str, Any] | None,
                                                                     shown: int) -> None:
    # Tuesday 9:00-12:00 is one morning: 9:00, 9:30, 10:00, 10:30, 11:00 on the 30-minute grid.
    settings = {"online_bookings": online_bookings} if online_bookings is not None else {}
    with client(records(), settings) as api:
        answer = api.get(TIMES, params=TUESDAY)
        assert starts(answer) == ["2026-06-01T23:00:00Z", "2026-06-01T23:30:00Z", "2026-06-02T00:00:00Z",
                                  "2026-06-02T00:30:00Z", "2026-06-02T01:00:00Z"][:shown]
        assert answer.json()["total_entries"] == shown
        assert api.get(NEXT).json()["appointment_start"] == "2026-06-01T23:00:00Z"


def test_times_page_like_every_list() -> None:
    with client(records()) as api:
        answer = api.get(TIMES, params={**TUESDAY, "per_page": "2", "page": "2"})
    assert starts(answer) == ["2026-06-02T00:00:00Z", "2026-06-02T00:30:00Z"]
    assert answer.json()["total_entries"] == 5
    assert set(answer.json()["links"]) == {"self", "next", "previous"}


def test_next_available_time() -> None:
    with client(records()) as api:
        assert api.get(NEXT).json()["appointment_start"] == "2026-06-01T23:00:00Z"
        assert api.get(NEXT, params={"from": "2026-06-03", "to": "2026-06-08"}).json() == {
            "appointment_start": None, "total_entries": 0,
            "links": {"self": "http://testserver" + NEXT + "?from=2026-06-03&to=2026-06-08"}}


# ---- blocks: a period's end follows its start (sandbox/blocks.py) ------------------------


STORED = {"starts_at": "2026-06-02T00:00:00Z", "ends_at": "2026-06-02T02:00:00Z"}


@pytest.mark.parametrize(("record", "body", "errors"), [
    ({}, {"starts_at": "2026-06-02T00:00:00Z", "ends_at": "2026-06-02T02:00:00Z"}, {}),
    ({}, {"starts_at": "2026-06-02T00:00:00Z"}, {"ends_at": "can't be blank"}),
    ({}, {"starts_at": "2026-06-02T02:00:00Z", "ends_at": "2026-06-02T02:00:00Z"},
     {"ends_at": "must be after starts_at"}),
    # A PATCH of one end is checked against the other, stored; offsets are compared as instants.
    (STORED, {"ends_at": "2026-06-02T09:00:00+10:00"}, {"ends_at": "must be after starts_at"}),
    (STORED, {"starts_at": "2026-06-02T01:00:00Z"}, {}),
])
def test_a_blocks_end_follows_its_start(record: dict[str, Any], body: dict[str, Any], errors: dict[str, str]) -> None:
    assert period_errors(record, body) == errors


BLOCK = {"starts_at": "2026-06-02T00:00:00Z", "ends_at": "2026-06-02T02:00:00Z"}


@pytest.mark.parametrize(("appointment", "exist"), [
    ({"starts_at": "2026-06-02T01:30:00Z", "ends_at": "2026-06-02T02:30:00Z"}, True),
    ({"starts_at": "2026-06-02T02:00:00Z", "ends_at": "2026-06-02T03:00:00Z"}, False),  # touching is no overlap
    ({"starts_at": "2026-06-01T23:00:00Z", "ends_at": "2026-06-02T00:00:00Z"}, False),
    ({"starts_at": "2026-06-02T01:00:00Z", "ends_at": "2026-06-02T01:30:00Z", "cancelled_at": "2026-05-30T00:00:00Z"},
     False),
    ({"starts_at": "2026-06-02T01:00:00Z", "ends_at": "2026-06-02T01:30:00Z", "deleted_at": "2026-05-30T00:00:00Z"},
     False),
])
def test_an_unavailable_blocks_conflicts_are_overlapping_appointments(appointment: dict[str, Any], exist: bool) -> None:
    assert conflicts(BLOCK, [appointment]) is exist
