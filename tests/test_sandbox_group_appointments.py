"""Group appointments (classes) in the sandbox, through HTTP as a client meets them: the
appointment time rules shared with individual appointments, a class taking its
practitioner's time (free times, conflicts of both kinds), its attendees (up to its
`max_attendees` holding a place)."""

from __future__ import annotations

import asyncio
import contextlib
import threading
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, date, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import httpx
import pytest
from cliniko_client.sandbox.errors import ApiError
from spec_schemas import load_bundle

from tests.conftest import OTHER_ACCOUNT_KEY, SANDBOX_KEY, USER_AGENT
from tests.test_sandbox import Api, client_for

SPEC = load_bundle()


@pytest.fixture
def api() -> Iterator[Api]:
    with client_for() as client:
        yield Api(client)


def first(api: Api, path: str, key: str, **where: Any) -> dict[str, Any]:
    records = api("GET", path, params={"per_page": 100}).json()[key]
    return next(r for r in records if all(r.get(k) == v for k, v in where.items()))


def calendar(api: Api) -> dict[str, dict[str, Any]]:
    """The seeded Sydney business, its practitioner Sam and the 30-minute Follow-up type."""
    return {"business": first(api, "/businesses", "businesses", time_zone_identifier="Australia/Sydney"),
            "practitioner": first(api, "/practitioners", "practitioners", first_name="Sam"),
            "appointment_type": first(api, "/appointment_types", "appointment_types", name="Follow-up")}


def a_monday() -> date:
    """A Monday well ahead (Sam works Monday to Friday, 09:00-12:00 and 13:00-17:00)."""
    day = datetime.now(UTC).date() + timedelta(days=14)
    return day - timedelta(days=day.weekday())


def sydney(day: date, hour: int, minute: int = 0) -> str:
    return datetime.combine(day, time(hour, minute), tzinfo=ZoneInfo("Australia/Sydney")).astimezone(UTC).strftime(
        "%Y-%m-%dT%H:%M:%SZ")


def book(api: Api, kind: str, at: dict[str, dict[str, Any]], starts_at: str, **body: Any) -> Any:
    ids = {f"{name}_id": record["id"] for name, record in at.items()}
    return api("POST", f"/{kind}", json={"starts_at": starts_at, **ids, **body})


def test_a_class_ends_after_its_types_duration_and_takes_its_types_maximum(api: Api) -> None:
    at = calendar(api)
    kind = at["appointment_type"]
    assert api("PATCH", f"/appointment_types/{kind['id']}", json={"max_attendees": 4}).status_code == 200
    made = book(api, "group_appointments", at, sydney(a_monday(), 10))
    assert made.status_code == 201, made.text
    body = made.json()
    assert SPEC.errors_for(body, SPEC.response_schema("getGroupAppointment", "200")) == []
    assert body["ends_at"] == sydney(a_monday(), 10, 30)
    assert body["max_attendees"] == 4 and body["patient_ids"] == []
    assert body["practitioner"] == {"links": {"self": at["practitioner"]["links"]["self"]}}
    assert body["attendees"]["links"]["self"].endswith(f"/group_appointments/{body['id']}/attendees")
    assert book(api, "group_appointments", at, sydney(a_monday(), 10), max_attendees=6).json()["max_attendees"] == 6
    late = book(api, "group_appointments", at, sydney(a_monday(), 10), ends_at=sydney(a_monday(), 9))
    assert late.status_code == 422 and late.json()["errors"] == {"ends_at": "must be after starts_at"}


def test_free_times_avoid_a_class_and_come_back_when_it_is_archived(api: Api) -> None:
    at = calendar(api)
    day = a_monday()
    path = (f"/businesses/{at['business']['id']}/practitioners/{at['practitioner']['id']}"
            f"/appointment_types/{at['appointment_type']['id']}/available_times")

    def offered() -> set[str]:
        answer = api("GET", path, params={"from": day.isoformat(), "to": day.isoformat(), "per_page": 100})
        assert answer.status_code == 200, answer.text
        return {t["appointment_start"] for t in answer.json()["available_times"]}

    free = offered()
    assert {sydney(day, 10), sydney(day, 11)} <= free
    made = book(api, "group_appointments", at, sydney(day, 10), ends_at=sydney(day, 11)).json()
    assert offered() == {t for t in free if not sydney(day, 10) <= t < sydney(day, 11)}
    assert api("POST", f"/group_appointments/{made['id']}/archive").status_code == 204
    assert offered() == free


def test_conflicts_see_appointments_of_both_kinds(api: Api) -> None:
    at = calendar(api)
    day = a_monday() + timedelta(days=1)
    group = book(api, "group_appointments", at, sydney(day, 10)).json()

    def conflicts(kind: str, record: dict[str, Any]) -> bool:
        answer = api("GET", f"/{kind}/{record['id']}/conflicts")
        assert answer.status_code == 200, answer.text
        return bool(answer.json()["conflicts"]["exist"])

    assert not conflicts("group_appointments", group)
    patient = api.create()
    single = book(api, "individual_appointments", at, sydney(day, 10), patient_id=patient["id"]).json()
    assert conflicts("group_appointments", group) and conflicts("individual_appointments", single)
    assert api("POST", f"/individual_appointments/{single['id']}/archive").status_code == 204
    assert not conflicts("group_appointments", group)


# ---- attendees: patients joining a class ---------------------------------------------


def join(api: Api, booking: dict[str, Any], patient: dict[str, Any], key: str | None = None) -> Any:
    return api("POST", "/attendees", key=key, json={"booking_id": booking["id"], "patient_id": patient["id"]})


def test_attendees_join_a_class_up_to_its_maximum_and_a_cancel_or_archive_frees_a_place(api: Api) -> None:
    group = book(api, "group_appointments", calendar(api), sydney(a_monday(), 10), max_attendees=2).json()
    patients = [api.create(first_name=f"Pat{n}") for n in range(4)]

    def patient_ids() -> list[str]:  # the class's: the patients of its attendees holding a place
        # Joined within one second, two attendees are in id order, which the ids' random part decides.
        return sorted(api("GET", f"/group_appointments/{group['id']}").json()["patient_ids"])

    first, second = (join(api, group, patient) for patient in patients[:2])
    assert first.status_code == second.status_code == 201, first.text
    body = first.json()
    assert SPEC.errors_for(body, SPEC.response_schema("createAttendee", "201")) == []
    assert body["booking"]["links"]["self"].endswith(f"/bookings/{group['id']}")
    assert body["cancellation_reason_description"] == "" and body["cancelled_at"] is None
    full = join(api, group, patients[2])
    assert full.status_code == 422
    assert full.json()["errors"] == {"booking_id": "is full: the group appointment takes at most 2 attendees"}
    assert patient_ids() == sorted([patients[0]["id"], patients[1]["id"]])
    cancel = api("PATCH", f"/attendees/{body['id']}/cancel", json={"cancellation_reason": 31})
    assert cancel.status_code == 204
    cancelled = api("GET", f"/attendees/{body['id']}").json()
    assert (cancelled["cancellation_reason"], cancelled["cancellation_reason_description"]) == (31, "COVID-19 related")
    assert patient_ids() == [patients[1]["id"]]
    assert join(api, group, patients[2]).status_code == 201
    assert join(api, group, patients[3]).status_code == 422
    assert api("POST", f"/attendees/{second.json()['id']}/archive").status_code == 204
    assert join(api, group, patients[3]).status_code == 201
    assert patient_ids() == sorted([patients[2]["id"], patients[3]["id"]])
    listed = api("GET", f"/group_appointments/{group['id']}/attendees").json()["attendees"]
    assert len(listed) == 3  # the cancelled one too; the archived one only with archived_at:*
    only_cancelled = api("GET", "/attendees/cancelled", params={"q[]": f"booking_id:={group['id']}"}).json()
    assert len(only_cancelled["attendees"]) == 1


def rendezvous(insert: Callable[..., bool]) -> Callable[..., bool]:
    """`Storage.insert`, each call waiting (at most half a second) for a second one: two joins
    that counted the places apart from their insert would both have counted a free place."""
    meet = threading.Barrier(2, timeout=0.5)

    def met(*args: Any) -> bool:
        with contextlib.suppress(threading.BrokenBarrierError):
            meet.wait()
        return insert(*args)

    return met


def test_two_joins_racing_for_the_last_place_cannot_both_win(api: Api) -> None:
    # Below HTTP, in two threads: the app's event loop would run two requests one after the other.
    group = book(api, "group_appointments", calendar(api), sydney(a_monday(), 11), max_attendees=1).json()
    patients = [api.create(first_name=f"Racer{n}") for n in range(2)]
    sandbox = api.client.app.state.sandbox  # type: ignore[attr-defined]
    attendees, account = sandbox.collections["attendees"], sandbox.directory.accounts[0]
    attendees.storage.insert = rendezvous(attendees.storage.insert)

    def race(patient: dict[str, Any]) -> int:
        try:
            sandbox.add_record(attendees, account, {"booking_id": group["id"], "patient_id": patient["id"]},
                               "createAttendee")
        except ApiError as refused:
            return int(refused.status)
        return 201

    with ThreadPoolExecutor(2) as pool:
        assert sorted(pool.map(race, patients)) == [201, 422]


def test_an_attendee_names_a_booking_of_either_kind_in_the_account(api: Api) -> None:
    at = calendar(api)
    patient = api.create()
    single = book(api, "individual_appointments", at, sydney(a_monday(), 14), patient_id=patient["id"]).json()
    made = join(api, single, patient)
    assert made.status_code == 201, made.text
    assert made.json()["booking"]["links"]["self"].endswith(f"/bookings/{single['id']}")
    nested = api("GET", f"/individual_appointments/{single['id']}/attendees").json()["attendees"]
    assert [a["id"] for a in nested] == [made.json()["id"]]
    theirs = api("GET", "/group_appointments", key=OTHER_ACCOUNT_KEY).json()["group_appointments"][0]
    refused = join(api, theirs, patient)
    assert refused.status_code == 422
    assert refused.json()["errors"] == {
        "booking_id": "must name a group appointment or individual appointment of this account"}
    assert join(api, {"id": patient["id"]}, patient).status_code == 422  # a patient is no booking


def test_the_seeded_class_has_an_attendee_holding_a_place_and_one_cancelled(api: Api) -> None:
    group = api("GET", "/group_appointments").json()["group_appointments"][0]
    attendees = api("GET", f"/group_appointments/{group['id']}/attendees").json()["attendees"]
    assert sorted(a["cancellation_reason_description"] for a in attendees) == ["", "Other"]
    holding = next(a for a in attendees if a["cancelled_at"] is None)
    assert group["patient_ids"] == [holding["patient"]["links"]["self"].rsplit("/", 1)[1]]
    for attendee in attendees:
        assert SPEC.errors_for(attendee, SPEC.response_schema("getAttendee", "200")) == []


def test_max_attendees_may_not_go_below_the_attendees_holding_a_place(api: Api) -> None:
    group = book(api, "group_appointments", calendar(api), sydney(a_monday(), 15), max_attendees=3).json()
    joined = [join(api, group, api.create(first_name=f"Pat{n}")).json() for n in range(3)]
    path = f"/group_appointments/{group['id']}"
    for method in ("PATCH", "PUT"):
        refused = api(method, path, json={"max_attendees": 2})
        assert refused.status_code == 422, refused.text
        assert refused.json()["errors"] == {"max_attendees": "must be at least 3: 3 attendees hold a place"}
        assert SPEC.errors_for(refused.json(), SPEC.response_schema("patchGroupAppointment", "422")) == []
    assert api("GET", path).json()["max_attendees"] == 3
    assert api("PATCH", path, json={"max_attendees": 3}).status_code == 200
    assert api("PATCH", f"/attendees/{joined[0]['id']}/cancel", json={"cancellation_reason": 50}).status_code == 204
    lowered = api("PATCH", path, json={"max_attendees": 2})
    assert lowered.status_code == 200 and lowered.json()["max_attendees"] == 2


def test_a_join_and_a_lower_maximum_racing_cannot_both_win(api: Api) -> None:
    # A class of 3 with 2 attendees: a third joining and the maximum going to 2 are each allowed
    # alone, not both. The join counts its room from the maximum it read; were the two not one at a
    # time, the join would meet the update and insert after it, counting the places of the old maximum.
    group = book(api, "group_appointments", calendar(api), sydney(a_monday(), 16), max_attendees=3).json()
    for n in range(2):
        assert join(api, group, api.create(first_name=f"Pat{n}")).status_code == 201
    late = api.create(first_name="Late")
    sandbox = api.client.app.state.sandbox  # type: ignore[attr-defined]
    attendees, groups = sandbox.collections["attendees"], sandbox.collections["group_appointments"]
    meet, lowered, first = threading.Barrier(2, timeout=1), threading.Event(), threading.Event()
    insert, update = attendees.storage.insert, groups.storage.update

    def joining(*args: Any) -> bool:  # after its room is counted: waits for the update to end
        with contextlib.suppress(threading.BrokenBarrierError):
            meet.wait()
        lowered.wait(1)
        return bool(insert(*args))

    def lowering(*args: Any) -> Any:  # the update's read-modify-write, once both are under way
        if first.is_set():
            return update(*args)  # the class's recount after the join
        first.set()
        with contextlib.suppress(threading.BrokenBarrierError):
            meet.wait()
        try:
            return update(*args)
        finally:
            lowered.set()

    attendees.storage.insert, groups.storage.update = joining, lowering
    account = sandbox.directory.accounts[0]

    def join_below_http() -> int:
        try:
            sandbox.add_record(attendees, account, {"booking_id": group["id"], "patient_id": late["id"]},
                               "createAttendee")
        except ApiError as refused:
            return int(refused.status)
        return 201

    def lower_over_asgi() -> int:  # its own event loop: the TestClient's runs one request at a time
        async def call() -> int:
            transport = httpx.ASGITransport(app=api.client.app)
            async with httpx.AsyncClient(transport=transport, base_url="http://testserver") as http:
                answer = await http.patch(f"/v1/group_appointments/{group['id']}", json={"max_attendees": 2},
                                          auth=(SANDBOX_KEY, ""), headers={"User-Agent": USER_AGENT})
                return answer.status_code
        return asyncio.run(call())

    with ThreadPoolExecutor(2) as pool:
        statuses = sorted(f.result() for f in [pool.submit(join_below_http), pool.submit(lower_over_asgi)])
    attendees.storage.insert, groups.storage.update = insert, update
    assert statuses in ([200, 422], [201, 422]), statuses
    after = api("GET", f"/group_appointments/{group['id']}").json()
    assert len(after["patient_ids"]) <= after["max_attendees"], after
