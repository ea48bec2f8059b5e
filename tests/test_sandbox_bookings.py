"""Bookings in the sandbox, through HTTP as a client meets them: individual appointments,
group appointments and unavailable blocks read together (sandbox/unions.py), each in
its own shape, in one order over every page, filtered as one list."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from typing import Any

import pytest
from cliniko_client.models import BookingList
from spec_schemas import load_bundle

from tests.conftest import OTHER_ACCOUNT_KEY
from tests.test_sandbox import Api, client_for
from tests.test_sandbox_group_appointments import a_monday, book, calendar, first, sydney

SPEC = load_bundle()
KINDS = ("individual_appointments", "group_appointments", "unavailable_blocks")
# The model each kind parses to in the Python client (the spec's anyOf, in its order).
MODELS = {"individual_appointments": "IndividualAppointmentBooking",
          "group_appointments": "GroupAppointmentBooking", "unavailable_blocks": "UnavailableBlock"}


@pytest.fixture
def api() -> Iterator[Api]:
    with client_for() as client:
        yield Api(client)


def walk(api: Api, path: str, key: str | None = None, **params: Any) -> list[dict[str, Any]]:
    """Every entry of a list, page after page, as a client walks it."""
    entries, page = [], 1
    while True:
        body = api("GET", path, key=key, params={**params, "page": page}).json()
        entries += body[path.rsplit("/", 1)[-1]]
        if "next" not in body["links"]:
            return entries
        page += 1


def the_kind(api: Api, booking_id: str) -> str:
    return next(kind for kind in KINDS if api("GET", f"/{kind}/{booking_id}").status_code == 200)


def fill(api: Api, count: int) -> dict[str, dict[str, Any]]:
    """`count` records of each kind, an hour apart from Monday 09:00 in Sydney, the same second."""
    at = calendar(api)
    patient = first(api, "/patients", "patients")
    made: dict[str, dict[str, Any]] = {}
    for hour in range(count):
        starts = sydney(a_monday() + timedelta(days=hour % 3), 9 + hour // 3)
        for kind, body in (("individual_appointments", {"patient_id": patient["id"]}),
                           ("group_appointments", {}), ("unavailable_blocks", {})):
            ids = {k: v for k, v in at.items() if kind != "unavailable_blocks" or k != "appointment_type"}
            answer = book(api, kind, ids, starts, **body) if kind != "unavailable_blocks" else book(
                api, kind, ids, starts, ends_at=sydney(a_monday() + timedelta(days=hour % 3), 9 + hour // 3, 30))
            assert answer.status_code == 201, answer.text
            made[answer.json()["id"]] = {"kind": kind, **answer.json()}
    return made


def test_every_kind_is_a_booking_in_its_own_shape_and_the_client_parses_its_kind(api: Api) -> None:
    fill(api, 1)
    page = api("GET", "/bookings", params={"per_page": 100}).json()
    assert SPEC.errors_for(page, SPEC.response_schema("listBookings", "200")) == []
    kinds = {entry["id"]: the_kind(api, entry["id"]) for entry in page["bookings"]}
    assert set(kinds.values()) == set(KINDS)
    for entry in page["bookings"]:
        assert entry["links"]["self"].endswith(f"/v1/bookings/{entry['id']}")
        own = api("GET", f"/{kinds[entry['id']]}/{entry['id']}").json()
        assert {**entry, "links": own["links"]} == own  # its kind's shape, but for where it lives
        read = api("GET", f"/bookings/{entry['id']}")
        assert read.status_code == 200 and read.json() == entry
    parsed = BookingList.from_dict(page).bookings
    assert [type(b).__name__ for b in parsed] == [MODELS[kinds[entry["id"]]] for entry in page["bookings"]]


@pytest.mark.parametrize("order", ["asc", "desc"])
def test_pages_merge_the_kinds_in_one_order_with_none_lost_or_repeated(api: Api, order: str) -> None:
    # 12 of each kind created within a second or two, and the seed's of every kind in one second:
    # ties on created_at across tables are broken by id, as within one table.
    fill(api, 4)
    everything = [dict(r, kind=kind) for kind in KINDS for r in walk(api, f"/{kind}", per_page=100)]
    expected = sorted(everything, key=lambda r: (r["created_at"], int(r["id"])), reverse=order == "desc")
    walked = walk(api, "/bookings", per_page=5, order=order)
    assert [b["id"] for b in walked] == [r["id"] for r in expected]
    assert api("GET", "/bookings", params={"per_page": 5}).json()["total_entries"] == len(expected) > 15


def test_one_sort_key_down_and_another_up_across_kinds(api: Api) -> None:
    fill(api, 3)
    walked = walk(api, "/bookings", per_page=4, sort="starts_at:desc,business_id")
    keys = [(b["starts_at"], b["business"]["links"]["self"].rsplit("/", 1)[1], int(b["id"])) for b in walked]
    assert keys == sorted(keys, key=lambda k: (_desc(k[0]), int(k[1]), k[2]))


def _desc(text: str) -> tuple[int, ...]:
    return tuple(-ord(c) for c in text)


def test_filters_run_on_every_kind(api: Api) -> None:
    made = fill(api, 2)
    at = calendar(api)
    patient = first(api, "/patients", "patients")
    week = [f"starts_at:>={sydney(a_monday(), 0)}", f"starts_at:<{sydney(a_monday() + timedelta(days=7), 0)}"]

    def ids(*q: str) -> set[str]:
        return {b["id"] for b in walk(api, "/bookings", per_page=100, **{"q[]": list(q)})}

    assert ids(f"practitioner_id:={at['practitioner']['id']}", *week) == set(made)
    blocks = {i for i, r in made.items() if r["kind"] == "unavailable_blocks"}
    assert ids("appointment_type_id:!?", *week) == blocks  # a block has no appointment type
    # A class lists its attendees' patients; an appointment's one patient is its patient_ids.
    classes = [i for i, r in made.items() if r["kind"] == "group_appointments"]
    joined = api("POST", "/attendees", json={"booking_id": classes[0], "patient_id": patient["id"]})
    assert joined.status_code == 201, joined.text
    appointments = {i for i, r in made.items() if r["kind"] == "individual_appointments"}
    assert ids(f"patient_ids:={patient['id']}", *week) == appointments | {classes[0]}
    cancelled = sorted(appointments)[0]
    assert api("PATCH", f"/individual_appointments/{cancelled}/cancel",
               json={"cancellation_reason": 50}).status_code == 204
    assert ids("cancelled_at:?", *week) == {cancelled}
    assert ids("cancelled_at:!?", *week) == set(made) - {cancelled}
    assert api("GET", "/bookings", params={"q[]": "patient_id:=1"}).status_code == 400  # not a bookings field


def test_archived_deleted_and_other_accounts_bookings_are_hidden(api: Api) -> None:
    made = fill(api, 1)
    block = next(i for i, r in made.items() if r["kind"] == "unavailable_blocks")
    assert api("POST", f"/unavailable_blocks/{block}/archive").status_code == 204
    assert api("GET", f"/bookings/{block}").status_code == 404
    assert api("GET", f"/bookings/{block}", params={"q[]": "archived_at:*"}).json()["archived_at"]
    listed = {b["id"] for b in walk(api, "/bookings", per_page=100)}
    assert block not in listed and set(made) - {block} <= listed
    assert block in {b["id"] for b in walk(api, "/bookings", per_page=100, **{"q[]": "archived_at:*"})}
    for booking in made:
        assert api("GET", f"/bookings/{booking}", key=OTHER_ACCOUNT_KEY).status_code == 404
    theirs = {b["id"] for b in walk(api, "/bookings", per_page=100, key=OTHER_ACCOUNT_KEY)}
    assert theirs and not theirs & listed


def test_a_patient_cases_bookings_are_its_appointments(api: Api) -> None:
    case = api("GET", "/patient_cases").json()["patient_cases"][0]
    listed = walk(api, f"/patient_cases/{case['id']}/bookings", per_page=100)
    assert listed and all(the_kind(api, b["id"]) == "individual_appointments" for b in listed)
    assert all(b["patient_case"]["links"]["self"] == case["links"]["self"] for b in listed)
    assert api("GET", "/patient_cases/1203456789012359999/bookings").status_code == 404
