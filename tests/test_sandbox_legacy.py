"""The deprecated `/appointments` family (issue 21) through HTTP: the same records as
individual appointments under older names (sandbox/legacy.py), the rules of
sandbox/appointments.py unchanged."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from spec_schemas import load_bundle

from tests.conftest import OTHER_ACCOUNT_KEY
from tests.test_sandbox import Api, client_for

SPEC = load_bundle()
APPOINTMENT = SPEC.response_schema("getAppointment", "200")
START, END = "2027-01-04T01:00:00Z", "2027-01-04T01:30:00Z"


@pytest.fixture
def api() -> Iterator[Api]:
    with client_for() as client:
        yield Api(client)


def last(link: dict[str, Any]) -> str:
    return str(link["links"]["self"].rsplit("/", 1)[1])


@pytest.fixture
def parents(api: Api) -> dict[str, str]:
    """The patient, practitioner, type and business of the account's first appointment."""
    seeded = api("GET", "/individual_appointments").json()["individual_appointments"][0]
    return {f"{name}_id": last(seeded[name]) for name in ("patient", "practitioner", "appointment_type", "business")}


def book(api: Api, parents: dict[str, str], path: str = "/appointments", **fields: Any) -> dict[str, Any]:
    start = "starts_at" if path == "/individual_appointments" else "appointment_start"
    made = api("POST", path, json={start: START, **parents, **fields})
    assert made.status_code == 201, made.text
    return dict(made.json())


def test_made_at_appointments_read_at_individual_appointments(api: Api, parents: dict[str, str]) -> None:
    made = book(api, parents)
    assert SPEC.errors_for(made, APPOINTMENT) == []
    assert made["links"]["self"] == f"http://testserver/v1/appointments/{made['id']}"
    assert made["patient"]["links"]["self"].endswith(f"/v1/patients/{parents['patient_id']}")
    assert not {"starts_at", "ends_at", "cancelled_at", "cancellation_reason_description", "archived_at"} & set(made)
    stored = api("GET", f"/individual_appointments/{made['id']}").json()
    duration = api("GET", f"/appointment_types/{parents['appointment_type_id']}").json()["duration_in_minutes"]
    assert (stored["starts_at"], stored["ends_at"]) == (made["appointment_start"], made["appointment_end"])
    assert made["appointment_end"] != START and duration  # ends after the type's duration
    assert api("GET", f"/appointments/{made['id']}").json() == made


def test_made_at_individual_appointments_read_at_appointments(api: Api, parents: dict[str, str]) -> None:
    made = book(api, parents, "/individual_appointments", ends_at=END, notes="Bring the referral letter")
    legacy = api("GET", f"/appointments/{made['id']}").json()
    assert (legacy["appointment_start"], legacy["appointment_end"], legacy["notes"]) == (START, END, made["notes"])
    assert SPEC.errors_for(legacy, APPOINTMENT) == []


def test_a_legacy_filter_and_sort_use_the_older_names(api: Api, parents: dict[str, str]) -> None:
    made = book(api, parents)
    found = api("GET", "/appointments", params=[("q[]", f"appointment_start:={START}".replace(":=", ":>=")),
                                                ("q[]", f"patient_id:={parents['patient_id']}"),
                                                ("sort", "appointment_start:desc")])
    assert found.status_code == 200, found.text
    assert [a["id"] for a in found.json()["appointments"]] == [made["id"]]
    assert "appointment_start" in found.json()["links"]["self"]
    refused = api("GET", "/appointments", params={"q[]": "starts_at:>=2027-01-01T00:00:00Z"})
    assert refused.status_code == 400 and refused.json() == {"message": "This column is not searchable."}
    assert api("GET", "/appointments", params={"sort": "starts_at"}).status_code == 400


def test_cancel_at_appointments_is_seen_at_both_paths(api: Api, parents: dict[str, str]) -> None:
    made = book(api, parents)
    cancelled = api("PATCH", f"/appointments/{made['id']}/cancel", json={"cancellation_reason": 30})
    assert cancelled.status_code == 204, cancelled.text
    legacy = api("GET", f"/appointments/{made['id']}").json()
    stored = api("GET", f"/individual_appointments/{made['id']}").json()
    assert legacy["cancellation_time"] == stored["cancelled_at"] is not None
    assert (legacy["cancellation_reason"], stored["cancellation_reason_description"]) == (30, "Sick")
    assert made["id"] in {a["id"] for a in api("GET", "/appointments/cancelled").json()["appointments"]}
    assert api("GET", f"/appointments/{made['id']}/conflicts").json() == {"conflicts": {"exist": False}}


@pytest.mark.parametrize(("body", "named"), [
    ({"appointment_end": "2027-01-04T00:00:00Z"}, "appointment_end"),  # before its start: the rule's 422, renamed
    ({"starts_at": START}, "starts_at"),  # the newer name is not a property of the legacy body
])
def test_an_update_breaking_the_rules_is_a_422_in_the_older_names(api: Api, parents: dict[str, str],
                                                                   body: dict[str, Any], named: str) -> None:
    made = book(api, parents)
    refused = api("PUT", f"/appointments/{made['id']}", json=body)
    assert refused.status_code == 422 and named in str(refused.json()), refused.text
    assert "ends_at" not in str(refused.json())


def test_appointment_end_null_recomputes_it_from_the_type(api: Api, parents: dict[str, str]) -> None:
    made = book(api, parents, appointment_end=END)
    again = api("PUT", f"/appointments/{made['id']}", json={"appointment_end": None}).json()
    assert made["appointment_end"] == END != again["appointment_end"]


def test_overlaps_booked_at_either_path_are_conflicts(api: Api, parents: dict[str, str]) -> None:
    made = book(api, parents)
    book(api, parents, "/individual_appointments")
    assert api("GET", f"/appointments/{made['id']}/conflicts").json() == {"conflicts": {"exist": True}}


def test_delete_takes_it_out_of_the_family(api: Api, parents: dict[str, str]) -> None:
    made = book(api, parents)
    assert api("DELETE", f"/appointments/{made['id']}").status_code == 204
    assert api("GET", f"/appointments/{made['id']}").status_code == 404
    archived = api("GET", f"/individual_appointments/{made['id']}", params={"q[]": "archived_at:*"}).json()
    assert archived["archived_at"]


def test_the_patients_appointments_link_answers_with_that_patients_appointments(api: Api,
                                                                                parents: dict[str, str]) -> None:
    other = {**parents, "patient_id": api.create()["id"]}
    made = book(api, other)
    link = api("GET", f"/patients/{other['patient_id']}").json()["appointments"]["links"]["self"]
    listed = api("GET", link.removeprefix("http://testserver/v1")).json()
    assert [a["id"] for a in listed["appointments"]] == [made["id"]] and listed["total_entries"] == 1
    assert api("GET", "/patients/1/appointments").status_code == 404


def delete(api: Api, appointment_id: str) -> None:
    """Deletes an appointment as Cliniko may (the API's DELETE archives; a deleted one is seeded so)."""
    sandbox = api.client.app.state.sandbox  # type: ignore[attr-defined]
    account = sandbox.directory.accounts[0]

    def deleted(state: str, record: dict[str, Any]) -> bool:
        record["deleted_at"] = "2027-01-02T03:04:05Z"
        return True

    sandbox.collections["individual_appointments"].storage.update(account.id, int(appointment_id), deleted)


def test_a_parents_cancelled_and_deleted_appointments_are_listed_below_it(api: Api, parents: dict[str, str]) -> None:
    cancelled, deleted, kept = book(api, parents), book(api, parents), book(api, parents)
    assert api("PATCH", f"/appointments/{cancelled['id']}/cancel", json={"cancellation_reason": 30}).status_code == 204
    delete(api, deleted["id"])
    other = next(p["id"] for p in api("GET", "/practitioners").json()["practitioners"]
                 if p["id"] != parents["practitioner_id"])

    def listed(path: str) -> list[dict[str, Any]]:
        answer = api("GET", path, params={"per_page": 100})
        assert answer.status_code == 200, answer.text
        return list(answer.json()["appointments"])

    for parent, field in (("businesses", "business_id"), ("practitioners", "practitioner_id"),
                          ("patients", "patient_id")):
        below = f"/{parent}/{parents[field]}/appointments"
        shown = listed(f"{below}/cancelled")
        assert [a["id"] for a in shown if a["id"] in (cancelled["id"], deleted["id"], kept["id"])] == [cancelled["id"]]
        assert shown[-1]["cancellation_time"] and shown[-1]["appointment_start"] == START
        assert not {"starts_at", "cancelled_at"} & set(shown[-1])
        assert shown[-1]["links"]["self"].endswith(f"/v1/appointments/{cancelled['id']}")
        tombstones = [a["links"]["self"].rsplit("/", 1)[1] for a in listed(f"{below}/deleted")]
        assert tombstones == [deleted["id"]]
        assert {cancelled["id"], kept["id"]} <= {a["id"] for a in listed(below)} and deleted["id"] not in {
            a["id"] for a in listed(below)}
    for suffix in ("/cancelled", "/deleted"):
        assert listed(f"/practitioners/{other}/appointments{suffix}") == []
        assert api("GET", f"/practitioners/1/appointments{suffix}").status_code == 404
        theirs = api("GET", "/practitioners", key=OTHER_ACCOUNT_KEY).json()["practitioners"][0]["id"]
        assert api("GET", f"/practitioners/{theirs}/appointments{suffix}").status_code == 404
