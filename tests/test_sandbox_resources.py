"""The sandbox's resource machinery on a resource with no module of its own (records.py):
medical alerts, as issue 20 names their behaviour, and the records a patient names (its
referring doctor, issue 22), through HTTP as a client meets it."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import pytest
from cliniko_client.sandbox.legacy import RENAMES
from spec_schemas import load_bundle

from tests.conftest import OTHER_ACCOUNT_KEY
from tests.test_sandbox import Api, client_for

SPEC = load_bundle()
ALERT = SPEC.response_schema("getMedicalAlert", "200")


@pytest.fixture
def api() -> Iterator[Api]:
    with client_for() as client:
        yield Api(client)


def alert(api: Api, patient_id: str, name: str = "Penicillin allergy", **kwargs: Any) -> Any:
    return api("POST", "/medical_alerts", json={"name": name, "patient_id": patient_id}, **kwargs)


def test_an_alert_is_made_read_and_shown_as_the_spec_says(api: Api) -> None:
    patient = api.create()
    made = alert(api, patient["id"])
    assert made.status_code == 201, made.text
    body = made.json()
    assert made.headers["Location"] == body["links"]["self"] == f"http://testserver/v1/medical_alerts/{body['id']}"
    assert body["patient"] == {"links": {"self": f"http://testserver/v1/patients/{patient['id']}"}}
    assert "patient_id" not in body and len(body["id"]) == 19, body
    assert SPEC.errors_for(body, ALERT) == []
    assert api("GET", f"/medical_alerts/{body['id']}").json() == body


@pytest.mark.parametrize("whose", ["unknown", "other account's", "deleted"])
def test_an_alert_for_a_patient_not_of_the_account_is_a_422_naming_patient_id(api: Api, whose: str) -> None:
    if whose == "unknown":
        patient_id = "9" * 18
    elif whose == "other account's":
        patient_id = api("GET", "/patients", key=OTHER_ACCOUNT_KEY).json()["patients"][0]["id"]
    else:
        patient_id = api.ids("/patients/deleted")[0]
    response = alert(api, patient_id)
    assert response.status_code == 422, response.text
    assert response.json() == {"message": "Validation Failed",
                               "errors": {"patient_id": "must name a patient of this account"}}
    # Moving an alert there is refused alike, and the alert stays where it was.
    own = alert(api, api.create()["id"]).json()
    moved = api("PATCH", f"/medical_alerts/{own['id']}", json={"patient_id": patient_id})
    assert moved.status_code == 422 and "patient_id" in moved.json()["errors"]
    assert api("GET", f"/medical_alerts/{own['id']}").json()["patient"] == own["patient"]


def test_an_archived_alert_leaves_the_default_list_and_comes_back_with_archived_at_star(api: Api) -> None:
    patient = api.create()
    made = alert(api, patient["id"]).json()
    by_patient = {"q[]": f"patient_id:={patient['id']}"}
    assert [a["id"] for a in api("GET", "/medical_alerts", params=by_patient).json()["medical_alerts"]] == [made["id"]]
    assert api("POST", f"/medical_alerts/{made['id']}/archive").status_code == 204
    assert api("GET", "/medical_alerts", params=by_patient).json()["medical_alerts"] == []
    everything = api("GET", "/medical_alerts", params=[("q[]", f"patient_id:={patient['id']}"),
                                                        ("q[]", "archived_at:*")]).json()["medical_alerts"]
    assert [a["id"] for a in everything] == [made["id"]] and everything[0]["archived_at"]
    assert api("GET", f"/medical_alerts/{made['id']}").status_code == 404
    assert api("GET", f"/medical_alerts/{made['id']}", params={"q[]": "archived_at:*"}).status_code == 200


def test_the_deprecated_delete_archives(api: Api) -> None:
    made = alert(api, api.create()["id"]).json()
    assert api("DELETE", f"/medical_alerts/{made['id']}").status_code == 204
    shown = api("GET", f"/medical_alerts/{made['id']}", params={"q[]": "archived_at:*"}).json()
    assert shown["archived_at"] and shown["deleted_at"] is None


def test_the_patients_medical_alerts_link_answers_with_that_patients_alerts(api: Api) -> None:
    patient, other = api.create(), api.create()
    mine = alert(api, patient["id"]).json()
    alert(api, other["id"])
    link = patient["medical_alerts"]["links"]["self"].removeprefix("http://testserver/v1")
    listed = api("GET", link)
    assert listed.status_code == 200, listed.text
    assert [a["id"] for a in listed.json()["medical_alerts"]] == [mine["id"]]
    assert api("GET", f"/patients/{'9' * 18}/medical_alerts").status_code == 404


def test_another_accounts_alerts_are_out_of_reach(api: Api) -> None:
    theirs = api("GET", "/medical_alerts", key=OTHER_ACCOUNT_KEY).json()["medical_alerts"]
    assert theirs, "every account starts with a seeded alert"
    for method in ("GET", "PUT", "PATCH", "DELETE"):
        assert api(method, f"/medical_alerts/{theirs[0]['id']}", json={"name": "x"}).status_code == 404
    assert theirs[0]["id"] not in {a["id"] for a in api("GET", "/medical_alerts").json()["medical_alerts"]}


def test_alert_filters_and_sorts_are_the_lists_own(api: Api) -> None:
    refused = api("GET", "/medical_alerts", params={"q[]": "first_name:=Ada"})
    assert refused.status_code == 400 and refused.json() == {"message": "This column is not searchable."}
    assert api("GET", "/medical_alerts", params={"sort": "patient_id:desc"}).status_code == 200
    assert api("GET", "/medical_alerts", params={"sort": "last_name"}).status_code == 400


@pytest.mark.parametrize("resource", sorted(SPEC.resources()))
def test_every_field_a_resource_filters_on_is_indexed(api: Api, resource: str) -> None:
    collection = api.client.app.state.sandbox.collections[resource]
    fields = {f for endpoint in collection.endpoints.values() if endpoint.filters for f in endpoint.filters.fields}
    # A resource stored as another (the legacy appointments) filters that one's columns under its own
    # names; a union (bookings) filters each of its members' tables.
    fields = {RENAMES.get(resource, {}).get(f, f) for f in fields}
    for table in collection.resource.union_of or (collection.resource.stored_as or resource,):
        storage = api.client.app.state.sandbox.collections[table].storage
        indexes = {row[1] for row in storage._db.execute(f"PRAGMA index_list({table})")}
        assert {f"{table}_by_{f}" for f in fields - {"id"}} <= indexes, indexes


# ---- a patient's referring doctor (issue 22): a contact of the same account ------------------------


def contact(api: Api, **kwargs: Any) -> Any:
    return api("POST", "/contacts", json={"title": "Dr", "first_name": "Ada", "last_name": "Example", "type_code": 1},
               **kwargs)


def test_a_patients_referring_doctor_link_leads_to_its_contact(api: Api) -> None:
    doctor = contact(api).json()
    patient = api.create(referring_doctor_id=doctor["id"])
    link = patient["referring_doctor"]["links"]["self"]
    assert link == f"http://testserver/v1/contacts/{doctor['id']}"
    assert api("GET", link.removeprefix("http://testserver/v1")).json() == doctor
    cleared = api("PATCH", f"/patients/{patient['id']}", json={"referring_doctor_id": None})
    assert cleared.status_code == 200 and cleared.json()["referring_doctor"] is None


@pytest.mark.parametrize("whose", ["unknown", "other account's", "deleted"])
def test_a_referring_doctor_not_of_the_account_is_a_422_naming_referring_doctor_id(api: Api, whose: str) -> None:
    if whose == "unknown":
        doctor_id = "9" * 18
    elif whose == "other account's":
        doctor_id = contact(api, key=OTHER_ACCOUNT_KEY).json()["id"]
    else:
        doctor_id = contact(api).json()["id"]
        storage = api.client.app.state.sandbox.collections["contacts"].storage
        _, stored = storage.get(1, int(doctor_id))
        storage.save(1, {**stored, "deleted_at": "2024-03-05T11:00:00Z"})
    refused = {"message": "Validation Failed", "errors": {"referring_doctor_id": "must name a contact of this account"}}
    body = {"first_name": "Jo", "last_name": "Example", "referring_doctor_id": doctor_id}
    created = api("POST", "/patients", json=body)
    assert (created.status_code, created.json()) == (422, refused)
    patient = api.create()
    for method in ("PUT", "PATCH"):
        moved = api(method, f"/patients/{patient['id']}", json={"referring_doctor_id": doctor_id})
        assert (moved.status_code, moved.json()) == (422, refused)
    assert api("GET", f"/patients/{patient['id']}").json()["referring_doctor"] is None


def test_the_active_patient_cases_are_the_open_ones(api: Api) -> None:
    # Cliniko's document: GET /patient_cases/active; 2021 docs: closed, kept as closed_at.
    patient = api.create()
    made = [api("POST", "/patient_cases", json={"name": name, "patient_id": patient["id"]}).json()
            for name in ("Left knee", "Lower back")]
    assert api("PATCH", f"/patient_cases/{made[1]['id']}", json={"closed": True}).json()["closed"] is True
    mine = {"q[]": f"patient_id:={patient['id']}"}
    active = api("GET", "/patient_cases/active", params=mine)
    assert active.status_code == 200, active.text
    assert [c["id"] for c in active.json()["patient_cases"]] == [made[0]["id"]]
    everything = api("GET", "/patient_cases", params=mine).json()["patient_cases"]
    assert {c["id"] for c in everything} == {c["id"] for c in made}
    # The active list takes as many filters as the list (20): "open" is not one of them.
    twenty = [("q[]", f"patient_id:={patient['id']}")] * 20
    assert [c["id"] for c in api("GET", "/patient_cases/active", params=twenty).json()["patient_cases"]] == \
        [made[0]["id"]]


@pytest.mark.parametrize("whose", ["unknown", "another account's"])
def test_a_business_offering_an_appointment_type_not_of_the_account_is_a_422(api: Api, whose: str) -> None:
    # appointment_type_ids is a list of references (belongs_to): each id is checked, not only the first.
    own = api("GET", "/appointment_types").json()["appointment_types"][0]["id"]
    stranger = ("9" * 18 if whose == "unknown" else
                api("GET", "/appointment_types", key=OTHER_ACCOUNT_KEY).json()["appointment_types"][0]["id"])
    body = {"business_name": "Hillside Physio", "appointment_type_ids": [own, stranger]}
    refused = api("POST", "/businesses", json=body)
    assert refused.status_code == 422, refused.text
    assert list(refused.json()["errors"]) == ["appointment_type_ids"], refused.text
    assert stranger not in json.dumps(api("GET", "/businesses", params={"per_page": 100}).json())
    made = api("POST", "/businesses", json={"business_name": "Hillside Physio", "appointment_type_ids": [own]})
    assert made.status_code == 201 and made.json()["appointment_type_ids"] == [own], made.text
