"""What public evidence shows about the live API (issue 16), in the spec and the sandbox.

Each test names its evidence in a one-line comment: the docs version or the year
of the Cliniko staff answer or user report (cliniko-api-facts.md records each).
The spec's "Fidelity ledger" (info.description) lists where the seed, the current
docs and the observed API differ, and what the spec and the sandbox do about it.
"""

from __future__ import annotations

import datetime
import json
import re
from collections.abc import Iterator
from typing import Any

import pytest
import yaml
from cliniko_client.cliniko import shard_from_key
from cliniko_client.filter_fields import FILTER_TABLES
from cliniko_client.filters import DeletedPatients, FilterError, Patients, QueryFilter
from cliniko_client.models import DeletedContactList, DeletedMedicalAlertList, DeletedPatientList, Patient
from cliniko_client.sandbox import create_app
from spec_schemas import ROOT, load_bundle, load_spec

from tests.conftest import USER_AGENT
from tests.test_sandbox import Api, client_for

# The bundle: what users download, with every component under its name.
SPEC = load_bundle()
NOT_SEARCHABLE = {"message": "This column is not searchable."}


def parameter(operation_id: str, name: str) -> dict[str, Any]:
    for _, _, operation, _ in SPEC.operations():
        if operation["operationId"] == operation_id:
            for param in operation["parameters"]:
                param = SPEC.document["components"]["parameters"][param["$ref"].rsplit("/", 1)[1]]
                if param["name"] == name:
                    return param
    raise KeyError((operation_id, name))


# ---- item 1: /patients/deleted filters by deleted_at and id only --------------------------


@pytest.fixture(scope="module")
def deleted() -> Iterator[tuple[Api, list[str]]]:
    """An account with three deleted patients, deleted in 2021, 2022 and 2023."""
    with client_for() as client:
        api = Api(client)
        sandbox = client.app.state.sandbox
        ids = []
        for year in (2021, 2022, 2023):
            patient = api.create(first_name="Gone")
            _, stored = sandbox.storage.get(1, int(patient["id"]))
            stored["deleted_at"] = f"{year}-03-01T09:00:00Z"
            sandbox.storage.save(1, stored)
            ids.append(patient["id"])
        yield api, ids


def test_spec_deleted_list_filters_only_deleted_at_and_id() -> None:
    # Cliniko staff answer, 2018: "This column is not searchable." for any other field.
    assert parameter("listDeletedPatients", "q[]")["x-cliniko-filters"] == {"deleted_at": "DateTime", "id": "Integer"}
    assert FILTER_TABLES["listDeletedPatients"]["fields"] == {"deleted_at": "DateTime", "id": "Integer"}


def test_sandbox_deleted_since_a_point_in_time(deleted: tuple[Api, list[str]]) -> None:
    # Cliniko staff answer, 2018: deleted_at is searchable on /patients/deleted (the sync recipe).
    api, (d2021, d2022, d2023) = deleted
    before_2024 = "deleted_at:<2024-01-01T00:00:00Z"  # the account's starter patient was deleted "now"
    assert set(api.ids("/patients/deleted", **{"q[]": ["deleted_at:>2021-12-31T00:00:00Z", before_2024]})) == {
        d2022, d2023}
    assert api.ids("/patients/deleted", **{"q[]": "deleted_at:<=2021-03-01T09:00:00Z"}) == [d2021]
    since = DeletedPatients.deleted_at.after(datetime.datetime(2022, 3, 1, 9, tzinfo=datetime.UTC))
    assert api.ids("/patients/deleted", **{"q[]": [since, before_2024]}) == [d2023]


def test_sandbox_deleted_list_by_id(deleted: tuple[Api, list[str]]) -> None:
    # Cliniko staff answer, 2018: id is searchable on /patients/deleted.
    api, (d2021, _, d2023) = deleted
    assert set(api.ids("/patients/deleted", **{"q[]": DeletedPatients.id.in_([d2021, d2023])})) == {d2021, d2023}
    assert api.ids("/patients/deleted", **{"q[]": f"id:={d2021}"}) == [d2021]


@pytest.mark.parametrize("query", ["updated_at:>2015-01-01T00:00:00Z", "first_name:~Gone", "archived_at:*",
                                   "phone:=1"])
def test_sandbox_other_fields_of_the_deleted_list_are_not_searchable(deleted: tuple[Api, list[str]],
                                                                      query: str) -> None:
    # Cliniko staff answer, 2018: 400 {"message": "This column is not searchable."}.
    api, _ = deleted
    response = api("GET", "/patients/deleted", params={"q[]": query})
    assert (response.status_code, response.json()) == (400, NOT_SEARCHABLE)


def test_sandbox_deleted_at_filter_uses_an_index(deleted: tuple[Api, list[str]]) -> None:
    # Cliniko staff answer, 2018: deleted_at:>T is how a sync asks; it must not scan the table.
    api, _ = deleted
    storage = api.client.app.state.sandbox.storage
    plan = storage._db.execute(
        "EXPLAIN QUERY PLAN SELECT id FROM patients WHERE account_id = 1 AND state IN ('deleted')"
        " AND deleted_at > '2021-01-01T00:00:00Z' ORDER BY created_at, id").fetchall()
    assert any("patients_by_deleted" in row[-1] for row in plan), plan


def test_client_refuses_patient_fields_on_the_deleted_list() -> None:
    # Cliniko staff answer, 2018: the client's builder knows the deleted list's two fields.
    assert not hasattr(DeletedPatients, "first_name")
    assert not hasattr(Patients, "deleted_at")
    with pytest.raises(FilterError):
        QueryFilter("first_name:~a", "listDeletedPatients")


# ---- item 2: deleted entries come in three shapes --------------------------------------


DELETED_FIXTURES = ROOT / "tests" / "fixtures" / "listDeletedPatients"


@pytest.mark.parametrize("name", ["response-200-seed.json", "response-200-2018-with-id.json",
                                  "response-200-2020-whole-records.json"])
def test_spec_and_client_accept_every_deleted_entry_shape(name: str) -> None:
    # Seed docs: deleted_at + links; Cliniko staff answer, 2018: + id; 2020 docs: whole records.
    page = json.loads((DELETED_FIXTURES / name).read_text())
    assert SPEC.errors_for(page, SPEC.response_schema("listDeletedPatients", "200")) == []
    parsed = DeletedPatientList.from_dict(page)
    assert parsed.to_dict() == page  # nothing of a whole record is dropped
    for entry, raw in zip(parsed.patients, page["patients"], strict=True):
        assert entry.links.self_.rsplit("/", 1)[1] == str(raw.get("id", entry.links.self_.rsplit("/", 1)[1]))


@pytest.mark.parametrize(("shape", "keys"), [("seed", {"deleted_at", "links"}),
                                             ("with-id", {"id", "deleted_at", "links"}),
                                             ("whole", None)])
def test_sandbox_deleted_entries_in_each_shape(shape: str, keys: set[str] | None) -> None:
    # Seed docs (default), Cliniko staff answer 2018 (with-id), 2020 docs (whole): one switch picks.
    with client_for(deleted_entries=shape) as client:
        page = Api(client)("GET", "/patients/deleted").json()
    assert SPEC.errors_for(page, SPEC.response_schema("listDeletedPatients", "200")) == []
    entry = page["patients"][0]
    if keys is None:
        assert {"first_name", "last_name", "created_at"} <= set(entry) and entry["deleted_at"]
    else:
        assert set(entry) == keys
    if "id" in entry:
        assert isinstance(entry["id"], str) and entry["links"]["self"].endswith("/" + entry["id"])


def test_sandbox_refuses_an_unknown_deleted_entry_shape() -> None:
    with pytest.raises(ValueError, match="deleted_entries must be one of seed, with-id, whole"):
        create_app(deleted_entries="2019")


# ---- item 3: q=FIELD:OPVALUE without brackets ---------------------------------------------


def test_sandbox_q_without_brackets_is_one_filter_and_the_last_wins(deleted: tuple[Api, list[str]]) -> None:
    # User report, 2019: q=FIELD:OPVALUE was applied as one filter; several: the last one won.
    api, _ = deleted
    mine = api.create(first_name="Bracketless")["id"]
    assert api.ids("/patients", q="first_name:=Bracketless") == [mine]
    assert api.ids("/patients", q=["first_name:=Nobody", "first_name:=Bracketless"]) == [mine]
    assert api.ids("/patients", q=["first_name:=Bracketless", "first_name:=Nobody"]) == []
    refused = api("GET", "/patients", params=[("q", "first_name:=Bracketless"), ("q[]", "id:?")])
    assert refused.status_code == 400 and "q[]" in refused.json()["message"]


# ---- item 4: what a body may be -----------------------------------------------------------


FORM = {"Content-Type": "application/x-www-form-urlencoded"}


def test_sandbox_flat_form_fields_create_a_patient(deleted: tuple[Api, list[str]]) -> None:
    # 2014-2019 docs: `curl -d 'first_name=John&last_name=Snow'` created a patient.
    api, _ = deleted
    response = api("POST", "/patients", headers=FORM,
                   content=b"first_name=John&last_name=Snow&accepted_privacy_policy=1&receives_confirmation_emails=false"
                           b"&time_zone=&email=john%40example.com&notes=a%26b")
    assert response.status_code == 201, response.text
    made = response.json()
    assert (made["first_name"], made["last_name"], made["email"], made["notes"]) == (
        "John", "Snow", "john@example.com", "a&b")
    assert (made["accepted_privacy_policy"], made["receives_confirmation_emails"], made["time_zone"]) == (
        True, False, None)


def test_sandbox_a_json_body_under_a_form_content_type_is_ignored(deleted: tuple[Api, list[str]]) -> None:
    # User report, 2017: JSON sent as application/x-www-form-urlencoded: 200, patient unchanged.
    api, _ = deleted
    patient = api.create(notes="before")
    response = api("PATCH", f"/patients/{patient['id']}", headers=FORM, content=b'{"notes": "after"}')
    assert response.status_code == 200 and response.json()["notes"] == "before"
    created = api("POST", "/patients", headers=FORM, content=b'{"first_name": "A", "last_name": "B"}')
    assert created.status_code == 422
    assert created.json()["errors"] == {"first_name": "can’t be blank", "last_name": "can’t be blank"}


def test_sandbox_nested_form_fields_are_a_400(deleted: tuple[Api, list[str]]) -> None:
    # Cliniko staff: nested arrays such as patient_phone_numbers break in form-encoded bodies.
    api, _ = deleted
    response = api("POST", "/patients", headers=FORM,
                   content=b"first_name=A&last_name=B&patient_phone_numbers[][number]=0491570156")
    assert response.status_code == 400 and "as JSON" in response.json()["message"]


def test_sandbox_form_fields_break_rules_like_json_does(deleted: tuple[Api, list[str]]) -> None:
    # 2014-2019 docs: form fields are the same attributes, under the same rules (422).
    api, _ = deleted
    response = api("POST", "/patients", headers=FORM, content=b"first_name=A&last_name=B&reminder_type=Pigeon&nope=1")
    assert response.status_code == 422
    assert response.json()["errors"] == {"reminder_type": "is not included in the list",
                                         "nope": "is not a patient attribute"}


@pytest.mark.parametrize("content_type", ["text/plain", "multipart/form-data; boundary=x", None])
def test_sandbox_other_content_types_are_a_415(deleted: tuple[Api, list[str]], content_type: str | None) -> None:
    # No record of the live answer (facts page: bodies are JSON); the sandbox refuses rather than guess.
    api, _ = deleted
    headers = {"Content-Type": content_type} if content_type else {}
    body = b'{"first_name": "A", "last_name": "B"}'
    response = api.client.post("/v1/patients", content=body, auth=(api.key, ""),
                               headers={"User-Agent": USER_AGENT, **headers})
    assert response.status_code == 415, response.text
    assert response.json()["message"].startswith("Send the body as JSON with Content-Type: application/json")


def test_spec_says_which_content_types_a_body_may_have() -> None:
    # Current docs: JSON; 2014-2019 docs and a 2017 report: form fields; the rest: 415.
    for operation_id in ("createPatient", "updatePatient", "patchPatient"):
        operation, _ = SPEC.operation(operation_id)
        body = operation["requestBody"]
        if "$ref" in body:
            body = SPEC.document["components"]["requestBodies"][body["$ref"].rsplit("/", 1)[1]]
        assert list(body["content"]) == ["application/json"]
        for words in ("application/x-www-form-urlencoded", "ignored", "multipart/form-data", "text/plain", "415"):
            assert words in body["description"], (operation_id, words)
        assert "415" in operation["responses"]


# ---- item 5: Cliniko's own words ----------------------------------------------------------


def test_sandbox_uses_clinikos_words_where_known(deleted: tuple[Api, list[str]]) -> None:
    api, _ = deleted
    # Public bug report: "Requires a user agent" (400) without a User-Agent.
    no_agent = api.client.get("/v1/patients", auth=(api.key, ""), headers={"User-Agent": ""})
    assert (no_agent.status_code, no_agent.json()) == (400, {"message": "Requires a user agent"})
    # Current docs: 401 "HTTP Basic: Access denied." for a bad key.
    assert api("GET", "/patients", key="wrong-au1").json() == {"message": "HTTP Basic: Access denied."}
    # Seed docs: 422 "can’t be blank" (curly apostrophe) for missing names.
    blank = api("POST", "/patients", json={})
    assert blank.json() == {"message": "Validation Failed",
                            "errors": {"first_name": "can’t be blank", "last_name": "can’t be blank"}}
    # Cliniko staff answer, 2018: "This column is not searchable." on the deleted list.
    assert api("GET", "/patients/deleted", params={"q[]": "email:=a"}).json() == NOT_SEARCHABLE


# ---- item 6: ids of 8, 18 and 19 digits, all strings -----------------------------------------

INT64_MAX = 2**63 - 1


def test_sandbox_mints_ids_by_creation_date() -> None:
    # Observed live (public clients' reports): one account holds 8-digit and 18-digit ids, all as strings;
    # accounts of 2025 and 2026 have 19 (1952658344565026236 on au5, 1764041171115451305 on uk2).
    with client_for(seed_patients=60) as client:
        api = Api(client)
        everyone = api("GET", "/patients", params={"q[]": "archived_at:*", "per_page": 100}).json()["patients"]
        deleted_ids = api.ids("/patients/deleted")
        created = [api.create(first_name=f"New{n}")["id"] for n in range(20)]
        newest = created[-1]
        assert api("GET", f"/patients/{newest}").json()["id"] == newest
        assert api.ids("/patients", **{"q[]": f"id:={newest}"}) == [newest]
    assert all(isinstance(p["id"], str) and p["id"].isdigit() for p in everyone)
    lengths = {len(p["id"]) for p in everyone} | {len(i) for i in deleted_ids}
    assert lengths == {8, 18}, "seeded records: created 2015-2024"
    for patient in everyone:  # older records carry the short ids
        assert (len(patient["id"]) == 8) == (patient["created_at"] < "2019-01-01"), patient["id"]
    assert all(len(i) == 19 and 10**18 <= int(i) < INT64_MAX for i in created), created
    description = " ".join(SPEC.document["info"]["description"].split())
    ledger_entry = description[description.index("- **ids**."):].split(" - **")[0]
    assert "8 and 18 digits" in ledger_entry and "19 digits" in ledger_entry, ledger_entry


def test_ids_of_19_digits_are_kept_exact_and_those_past_64_bits_refused() -> None:
    # Observed live, 2025-2026: 19-digit ids, above 2^53 (a JavaScript number loses their digits).
    live_id, too_big = "1952658344565026236", str(INT64_MAX + 1)
    id_schema = SPEC.uri + "#/components/schemas/Id"
    assert SPEC.errors_for(live_id, id_schema) == [] and SPEC.errors_for("1" * 20, id_schema) != []
    assert SPEC.errors_for(int(live_id), id_schema) != [], "as a JSON number an id stops at 2^53-1"
    seed = json.loads((ROOT / "tests" / "fixtures" / "getPatient" / "response-200-seed.json").read_text())
    assert Patient.from_dict({**seed, "id": live_id}).to_dict()["id"] == live_id, "the Python client keeps digits"
    with client_for() as client:
        api = Api(client)
        # 2^63 has 19 digits and fits the spec's pattern, but no 64-bit id: nobody's, and no filter matches it.
        assert api("GET", f"/patients/{too_big}").status_code == 404
        assert api("GET", f"/patients/{INT64_MAX}").status_code == 404
        newest = api.create()["id"]
        everyone = api.ids("/patients", **{"q[]": "archived_at:*"})
        assert newest in everyone and len(newest) == 19
        assert api.ids("/patients", **{"q[]": [f"id:={too_big}", "archived_at:*"]}) == []
        assert api.ids("/patients", **{"q[]": [f"id:<{too_big}", "archived_at:*"]}) == everyone


def test_sandbox_sorts_and_filters_ids_as_numbers() -> None:
    # Observed live: ids are 64-bit numbers sent as strings; "9" < "10" only as numbers.
    with client_for(seed_patients=20) as client:
        api = Api(client)
        ids = api.ids("/patients", sort="id", **{"q[]": "archived_at:*"})
        assert ids == sorted(ids, key=int) and ids != sorted(ids)
        short = min(ids, key=int)
        assert api.ids("/patients", **{"q[]": [f"id:={short}", "archived_at:*"]}) == [short]


# ---- item 7: shard au5 ---------------------------------------------------------------------


def test_spec_knows_shard_au5() -> None:
    # A public client tested against au5 (facts page); current docs list au1-au4, ca1, uk1, uk2, eu1.
    shard = SPEC.document["servers"][0]["variables"]["shard"]
    assert {"au1", "au2", "au3", "au4", "au5", "ca1", "uk1", "uk2", "eu1", "us1"} <= set(shard["enum"])
    assert shard_from_key("0123abcd-ef-au5") == "au5"


# ---- item 8: live link paths -----------------------------------------------------------------


LIVE_LINKS = {
    "attendees": "{base}/attendees?q[]=patient_id:={id}",
    "relationships": "{base}/relationships?q[]=patient_id:={id}",
    "patient_attachments": "{base}/patients/{id}/patient_attachments",
}


def test_spec_live_examples_use_the_live_link_paths() -> None:
    # Observed live (facts page): attendees and relationships are filtered lists, attachments a sub-path.
    for name in ("getPatient.live.yaml", "createPatient.live.yaml"):
        patient = yaml.safe_load((ROOT / "spec" / "resources" / "patients" / "examples" / name).read_text())["value"]
        base = "https://api.au1.cliniko.com/v1"
        for related, template in LIVE_LINKS.items():
            assert patient[related]["links"]["self"] == template.format(base=base, id=patient["id"]), (name, related)


def test_sandbox_links_use_the_live_paths(deleted: tuple[Api, list[str]]) -> None:
    # Observed live (facts page): the same three paths, literal q[] as the live API writes it.
    api, _ = deleted
    patient = api.create()
    for related, template in LIVE_LINKS.items():
        assert patient[related]["links"]["self"] == template.format(base="http://testserver/v1", id=patient["id"])
    assert SPEC.errors_for(patient, SPEC.response_schema("getPatient", "200")) == []


# ---- item 9: a page that is not a positive integer ------------------------------------------


@pytest.mark.parametrize("page", ["0", "-1", "1.5", "two", ""])
def test_sandbox_a_page_that_is_not_a_positive_integer_is_a_404(deleted: tuple[Api, list[str]], page: str) -> None:
    # User report, 2015: a page that was not a positive integer got 404 (will_paginate's InvalidPage).
    api, _ = deleted
    for path in ("/patients", "/patients/archived", "/patients/deleted"):
        response = api("GET", path, params={"page": page})
        assert (response.status_code, response.json()) == (404, {"message": "page must be a whole number of 1 or more"})


def test_spec_documents_the_404_of_a_bad_page() -> None:
    # User report, 2015 (404), documented as the decision.
    for operation_id in ("listPatients", "listArchivedPatients", "listDeletedPatients"):
        operation, _ = SPEC.operation(operation_id)
        assert operation["responses"]["404"] == {"$ref": "#/components/responses/InvalidPage"}
    assert "404" in SPEC.document["components"]["parameters"]["Page"]["description"]


# ---- medical alerts (2015-2020 docs, sections/medical_alerts.md; Cliniko's document, 2025) -----------


ALERT_EXAMPLES = ROOT / "spec" / "resources" / "medical_alerts" / "examples"


def paths_of(operation_id: str) -> tuple[str, str]:
    return next((method, path) for method, path, operation, _ in SPEC.operations()
                if operation["operationId"] == operation_id)


@pytest.mark.parametrize("operation_id", ["deleteMedicalAlert", "deleteContact"])
def test_spec_deprecated_delete_archives(operation_id: str) -> None:
    # Old docs: DELETE deletes (204); Cliniko's document: deprecated, "Resource was archived".
    operation, _ = SPEC.operation(operation_id)
    noun = operation_id.removeprefix("delete")
    assert operation["deprecated"] is True and "archives the" in operation["description"]
    assert "200" not in operation["responses"] and "204" in operation["responses"]
    link = operation["responses"]["204"]["links"][f"GetArchived{noun}"]
    assert SPEC.document["components"]["links"][link["$ref"].rsplit("/", 1)[1]]["parameters"]["q[]"] == "archived_at:*"


def test_spec_medical_alerts_are_archived_not_unarchived() -> None:
    # Cliniko's document: archive and archived_at, no unarchive (businesses and treatment notes have one).
    ids = {operation["operationId"] for _, _, operation, _ in SPEC.operations()}
    assert "archiveMedicalAlert" in ids and "unarchiveMedicalAlert" not in ids
    assert not [path for path in SPEC.document["paths"] if path.startswith("/medical_alerts/") and "unarchive" in path]
    alert = SPEC.document["components"]["schemas"]["MedicalAlert"]
    assert "archived_at" in alert["properties"] and "archived_at" not in alert["required"]
    assert parameter("listMedicalAlerts", "q[]")["x-cliniko-filters"]["archived_at"] == "DateTime"
    by_id = parameter("getMedicalAlert", "q[]")
    assert by_id["x-cliniko-filter-operators"] == {"DateTime": ["*"]}
    assert set(by_id["x-cliniko-filters"]) == {"archived_at", "deleted_at"}
    # 2015-2020 docs: no archived_at; those records still parse.
    seed = json.loads((ROOT / "tests" / "fixtures" / "getMedicalAlert" / "response-200-seed.json").read_text())
    assert "archived_at" not in seed and SPEC.errors_for(seed, SPEC.response_schema("getMedicalAlert", "200")) == []


DELETED_SHAPES = [("listDeletedMedicalAlerts", DeletedMedicalAlertList, name) for name in
                  ("response-200-seed.json", "response-200-with-id.json", "response-200-tombstone.json")] + [
                  ("listDeletedContacts", DeletedContactList, name) for name in
                  ("response-200-whole.json", "response-200-with-id.json", "response-200-tombstone.json")]


@pytest.mark.parametrize("operation_id, model, name", DELETED_SHAPES)
def test_spec_accepts_every_deleted_entry_shape(operation_id: str, model: Any, name: str) -> None:
    # 2015-2020 docs: whole records; other deleted lists: deleted_at + links (seed), + id (staff, 2018).
    page = json.loads((ROOT / "tests" / "fixtures" / operation_id / name).read_text())
    assert SPEC.errors_for(page, SPEC.response_schema(operation_id, "200")) == []
    assert model.from_dict(page).to_dict() == page  # nothing of a whole record is dropped


def test_spec_deleted_medical_alert_list_filters_deleted_at_and_id() -> None:
    # Cliniko staff answer, 2018 (of patients): deleted lists search deleted_at and id only.
    assert paths_of("listDeletedMedicalAlerts") == ("get", "/medical_alerts/deleted")
    assert parameter("listDeletedMedicalAlerts", "q[]")["x-cliniko-filters"] == {"deleted_at": "DateTime",
                                                                                  "id": "Integer"}
    assert SPEC.document["components"]["schemas"]["DeletedMedicalAlert"]["required"] == ["deleted_at", "links"]


def test_spec_medical_alert_patient_id_is_an_id_required_on_create() -> None:
    # 2015-2020 docs: "patient_id": "12345" (a string); old responses: integer ids (343589).
    create = SPEC.request_schema("createMedicalAlert")
    assert SPEC.errors_for({"name": "a medical alert", "patient_id": "12345"}, create) == []
    assert SPEC.errors_for({"name": "a medical alert", "patient_id": 12345}, create) == []
    assert SPEC.errors_for({"name": "a medical alert"}, create)
    assert SPEC.errors_for({"name": "a medical alert", "patient_id": None}, create)
    patch = SPEC.request_schema("patchMedicalAlert")
    assert SPEC.errors_for({"patient_id": "836447129235883061"}, patch) == []
    # Cliniko's document: name is 1 to 255 characters.
    assert SPEC.errors_for({"name": ""}, patch) and SPEC.errors_for({"name": "x" * 256}, patch)
    # 2015-2020 docs: unset deleted_at is null, not ""; both parse.
    seed = json.loads((ROOT / "tests" / "fixtures" / "getMedicalAlert" / "response-200-seed.json").read_text())
    assert seed["deleted_at"] is None and isinstance(seed["id"], int)
    assert SPEC.errors_for({**seed, "deleted_at": ""}, SPEC.response_schema("getMedicalAlert", "200")) == []


def test_spec_the_patients_medical_alerts_link_leads_to_an_operation() -> None:
    # Seed patient: /patients/ID/medical_alerts?page=1; Cliniko's document: /patients/{patient_id}/medical_alerts.
    assert paths_of("listPatientMedicalAlerts") == ("get", "/patients/{id}/medical_alerts")
    operation, _ = SPEC.operation("listPatientMedicalAlerts")
    assert operation["deprecated"] is True
    for path in (ROOT / "spec" / "resources" / "patients" / "examples").glob("*.yaml"):
        value = yaml.safe_load(path.read_text())["value"]
        for patient in value.get("patients", [value]):
            if "medical_alerts" in patient:
                link = patient["medical_alerts"]["links"]["self"]
                assert re.fullmatch(r"https://api\.au1\.cliniko\.com/v1/patients/[0-9]+/medical_alerts(\?page=1)?",
                                    link), (path.name, link)


def test_spec_medical_alerts_declare_their_resource() -> None:
    # Issue 20: each collection describes itself; an alert belongs to a patient.
    resource = load_spec().resources()["medical_alerts"]
    assert (resource.list_operation, resource.states, resource.belongs_to) == (
        "listMedicalAlerts", ("archived", "deleted"), (("patients", "patient_id"),))


# ---- businesses, practitioners, appointment types (2014-2020 docs, sections/<resource>.md; Cliniko's document, 2025)
# ---- contacts (2016-2020 docs, sections/contacts.md; Cliniko's document, 2025) ---------------------


def fixture(operation_id: str, name: str) -> Any:
    return json.loads((ROOT / "tests" / "fixtures" / operation_id / name).read_text())


def test_spec_business_operations_and_time_zone() -> None:
    # 2014-2020 docs: list and get; Cliniko's document: create, PATCH, DELETE (deprecated), archive, unarchive.
    assert {paths_of(f"{verb}Business") for verb in ("get", "update", "patch", "delete", "archive", "unarchive")} == {
        ("get", "/businesses/{id}"), ("put", "/businesses/{id}"), ("patch", "/businesses/{id}"),
        ("delete", "/businesses/{id}"), ("post", "/businesses/{id}/archive"), ("post", "/businesses/{id}/unarchive")}
    assert SPEC.operation("deleteBusiness")[0]["deprecated"] is True
    assert not [path for path in SPEC.document["paths"] if path in ("/businesses/archived", "/businesses/deleted")]
    # The seed's list says `total_entires`: the fixture corrects it, the spec requires `total_entries`.
    assert fixture("listBusinesses", "response-200-seed.json")["total_entries"] == 1
    assert "total_entires" in SPEC.document["info"]["description"]
    # Cliniko's document: time_zone_identifier (IANA); the seed's businesses lack it and still parse.
    seed = fixture("getBusiness", "response-200-seed.json")
    assert "time_zone_identifier" not in seed
    assert SPEC.errors_for(seed, SPEC.response_schema("getBusiness", "200")) == []
    patch = SPEC.request_schema("patchBusiness")
    for zone in ("Australia/Sydney", "Australia/Brisbane", "America/Argentina/Buenos_Aires", "UTC", None):
        assert SPEC.errors_for({"time_zone_identifier": zone}, patch) == [], zone
    for zone in ("+10:00", "AEST", "Australia/", ""):
        assert SPEC.errors_for({"time_zone_identifier": zone}, patch), zone
    assert SPEC.errors_for({"appointment_type_ids": ["1203456789012349001", 7]}, patch) == []
    assert parameter("listBusinesses", "q[]")["x-cliniko-filters"]["appointment_type_ids"] == "Integer"


def test_spec_practitioners_are_read_only_with_inactive_and_nested_lists() -> None:
    # 2014-2020 docs and Cliniko's document: reads only; active and inactive lists, per business and appointment type.
    practitioner_operations = {(method, path) for method, path, operation, _ in SPEC.operations()
                               if operation["tags"] == ["Practitioners"]}
    assert practitioner_operations == {
        ("get", "/practitioners"), ("get", "/practitioners/inactive"), ("get", "/practitioners/{id}"),
        ("get", "/businesses/{id}/practitioners"), ("get", "/businesses/{id}/practitioners/inactive"),
        ("get", "/appointment_types/{id}/practitioners"), ("get", "/appointment_types/{id}/practitioners/inactive")}
    # The seed's list gives an id as `total_entries`: corrected in the fixture; an integer in the spec.
    assert fixture("listPractitioners", "response-200-seed.json")["total_entries"] == 1
    page = SPEC.response_schema("listPractitioners", "200")
    typo = {**fixture("listPractitioners", "response-200-seed.json"), "total_entries": "514810972972521916"}
    assert SPEC.errors_for(typo, page)
    # The seed's inactive practitioner: an integer id, no label, description or reference numbers.
    inactive = fixture("listInactivePractitioners", "response-200-seed.json")
    assert isinstance(inactive["practitioners"][0]["id"], int) and "label" not in inactive["practitioners"][0]
    assert SPEC.errors_for(inactive, SPEC.response_schema("listInactivePractitioners", "200")) == []
    # user_id (seed, Cliniko's document) names users, not in this document: not declared.
    assert "user_id" not in parameter("listPractitioners", "q[]")["x-cliniko-filters"]


def test_spec_appointment_types_archive_and_their_archived_list() -> None:
    # 2016-2020 docs: PUT, DELETE (204), /appointment_types/archived; Cliniko's document: archive, no unarchive.
    assert paths_of("listArchivedAppointmentTypes") == ("get", "/appointment_types/archived")
    assert paths_of("listPractitionerAppointmentTypes") == ("get", "/practitioners/{id}/appointment_types")
    ids = {operation["operationId"] for _, _, operation, _ in SPEC.operations()}
    assert {"updateAppointmentType", "patchAppointmentType", "archiveAppointmentType"} <= ids
    assert "unarchiveAppointmentType" not in ids
    delete, _ = SPEC.operation("deleteAppointmentType")
    assert delete["deprecated"] is True and "archives the type" in delete["description"]
    create = SPEC.request_schema("createAppointmentType")
    body = fixture("createAppointmentType", "request-seed.json")
    assert SPEC.errors_for(body, create) == []
    for name in ("name", "duration_in_minutes", "color", "max_attendees"):
        assert SPEC.errors_for({k: v for k, v in body.items() if k != name}, create), name
    for broken in ({"duration_in_minutes": 0}, {"max_attendees": 0}, {"color": "green"}):
        assert SPEC.errors_for({**body, **broken}, create), broken
    # Cliniko's document: online_payments_mode is one of three values or null, each value with its meaning.
    mode = SPEC.document["components"]["schemas"]["OnlinePaymentsMode"]
    assert mode["enum"] == ["optional", "required", "deposit_required"]
    assert mode["enum"] == ["optional", "required", "deposit_required"] and len(mode["x-enum-descriptions"]) == 3
    assert SPEC.errors_for({**body, "online_payments_mode": "sometimes"}, create)


def test_spec_individual_appointment_cancellation_reasons_and_cancel() -> None:
    # 2016-2020 docs: codes 10-60 with 31 (COVID-19, 2020) in prose; Cliniko's document: 10-60 without 31.
    reason = SPEC.document["components"]["schemas"]["CancellationReason"]
    assert reason["enum"] == [10, 20, 30, 31, 40, 50, 60]
    words = dict(zip(reason["enum"], reason["x-enum-descriptions"], strict=True))
    assert words[31] == "COVID-19 related" and len(words) == 7
    cancel = SPEC.request_schema("cancelIndividualAppointment")
    assert SPEC.errors_for(fixture("cancelIndividualAppointment", "request-seed.json"), cancel) == []
    for broken in ({}, {"cancellation_reason": 35}, {"cancellation_reason": "50"}, {"cancellation_reason": None}):
        assert SPEC.errors_for(broken, cancel), broken
    # 2016-2020 docs: PATCH .../cancel answers 204 without a body.
    assert paths_of("cancelIndividualAppointment") == ("patch", "/individual_appointments/{id}/cancel")
    operation, _ = SPEC.operation("cancelIndividualAppointment")
    assert "content" not in operation["responses"]["204"] and "200" not in operation["responses"]
    # 2020 docs: cancellation_reason_description is "" when not cancelled; the words when cancelled.
    seed = fixture("getIndividualAppointment", "response-200-seed.json")
    assert (seed["cancellation_reason"], seed["cancellation_reason_description"]) == (None, "")
    cancelled = fixture("listCancelledIndividualAppointments", "response-200-seed.json")["individual_appointments"][0]
    assert (cancelled["cancellation_reason"], cancelled["cancellation_reason_description"]) == (50, "Other")
    assert SPEC.errors_for({**seed, "cancellation_reason": 35}, SPEC.response_schema("getIndividualAppointment", "200"))


def test_spec_individual_appointment_lists_times_and_conflicts() -> None:
    # 2016-2020 docs: /cancelled and /deleted (whole records), repeat_rule {}, integer ids; conflicts {exist}.
    assert paths_of("listCancelledIndividualAppointments") == ("get", "/individual_appointments/cancelled")
    assert paths_of("listDeletedIndividualAppointments") == ("get", "/individual_appointments/deleted")
    for name in ("response-200-seed.json", "response-200-tombstone.json"):
        page = fixture("listDeletedIndividualAppointments", name)
        assert SPEC.errors_for(page, SPEC.response_schema("listDeletedIndividualAppointments", "200")) == [], name
    seed = fixture("getIndividualAppointment", "response-200-seed.json")
    assert seed["repeat_rule"] == {} and isinstance(seed["id"], int)
    assert SPEC.errors_for(fixture("getIndividualAppointmentConflicts", "response-200-seed.json"),
                           SPEC.response_schema("getIndividualAppointmentConflicts", "200")) == []
    # Cliniko's document: every filter of the list; each parent's id filters and names a record of the account.
    table = parameter("listIndividualAppointments", "q[]")["x-cliniko-filters"]
    assert {"appointment_type_id", "business_id", "patient_id", "practitioner_id", "repeated_from_id", "starts_at",
            "ends_at", "cancelled_at", "did_not_arrive"} <= set(table)
    operation, _ = SPEC.operation("listIndividualAppointments")
    parents = {(b["resource"], b["property"]) for b in operation["x-cliniko-resource"]["belongs_to"]}
    assert parents == {("patients", "patient_id"), ("practitioners", "practitioner_id"), ("businesses", "business_id"),
                       ("appointment_types", "appointment_type_id"), ("individual_appointments", "repeated_from_id"),
                       ("patient_cases", "patient_case_id")}
    # 2016-2020 docs: create requires the four records and starts_at; ends_at null means "from the type's duration".
    create = SPEC.request_schema("createIndividualAppointment")
    body = fixture("createIndividualAppointment", "request-seed.json")
    assert SPEC.errors_for(body, create) == [] and SPEC.errors_for({**body, "ends_at": None}, create) == []
    for name in ("starts_at", "patient_id", "practitioner_id", "appointment_type_id", "business_id"):
        assert SPEC.errors_for({k: v for k, v in body.items() if k != name}, create), name
def test_spec_contact_type_code_comes_with_its_meaning() -> None:
    # 2016-2020 docs: "type": "Doctor" with "type_code": 1, "Standard" with 0; Cliniko's document:
    # type_code 0/1/2 and type Doctor/3rd Party Payer/Standard.
    schemas = SPEC.document["components"]["schemas"]
    assert schemas["ContactType"]["enum"] == [0, 1, 2]
    assert schemas["ContactType"]["x-enum-descriptions"] == ["Standard", "Doctor", "3rd Party Payer"]
    assert set(schemas["ContactTypeName"]["enum"]) == set(schemas["ContactType"]["x-enum-descriptions"])
    assert all(meaning in schemas["ContactType"]["description"] for meaning in ("`0` Standard", "`1` Doctor",
                                                                                  "`2` 3rd Party Payer"))
    seed = fixture("getContact", "response-200-seed.json")
    assert (seed["type"], seed["type_code"]) == ("Doctor", 1)
    assert (fixture("createContact", "response-201-seed.json")["type_code"]) == 0
    create = SPEC.request_schema("createContact")
    assert SPEC.errors_for({"type_code": 2}, create) == [] and SPEC.errors_for({"type_code": 3}, create)
    assert parameter("listContacts", "q[]")["x-cliniko-filters"]["type_code"] == "Integer"


def test_spec_contact_country_is_written_as_country_code() -> None:
    # 2018-2020 docs: "setting the contact's country must be done using the country_code parameter".
    request, answer = fixture("createContact", "request-seed.json"), fixture("createContact", "response-201-seed.json")
    assert (request["country_code"], answer["country_code"], answer["country"]) == ("AU", "AU", "Australia")
    update = SPEC.request_schema("patchContact")
    assert SPEC.errors_for({"country": "Australia"}, update) and SPEC.errors_for({"country_code": "Australia"}, update)
    # 2016 docs: no country_code yet; those records still parse.
    seed = fixture("getContact", "response-200-seed.json")
    assert "country_code" not in seed and SPEC.errors_for(seed, SPEC.response_schema("getContact", "200")) == []


def test_spec_contact_doctor_type_is_cleared_with_null() -> None:
    # 2019-2020 docs: doctor_type general_practitioner or specialist; "to clear the value, set it to null".
    update = SPEC.request_schema("updateContact")
    assert SPEC.errors_for({"doctor_type": None}, update) == []
    assert SPEC.errors_for({"doctor_type": "specialist"}, update) == []
    assert SPEC.errors_for({"doctor_type": "surgeon"}, update)
    assert SPEC.errors_for({"first_name": None}, update)  # requests stay strict elsewhere


def test_spec_contact_phone_numbers_and_address_read_as_the_patients() -> None:
    # 2016-2020 docs: phone_numbers [{number, phone_type}], address_1-3, city, state, post_code.
    contact = SPEC.document["components"]["schemas"]["Contact"]["properties"]
    patient = SPEC.document["components"]["schemas"]["Patient"]["properties"]
    assert contact["phone_numbers"]["items"] == patient["patient_phone_numbers"]["items"]
    for name in ("address_1", "address_2", "address_3", "city", "state", "post_code", "country_code", "email"):
        assert contact[name] == {**patient[name], "description": contact[name]["description"]}, name
    # The oldest link host (http://api.cliniko.com) still parses.
    assert fixture("listContacts", "response-200-seed.json")["contacts"][0]["links"]["self"].startswith("http://")


def test_spec_contacts_are_updated_with_put_and_patch() -> None:
    # 2018-2020 docs: PUT /contacts/:id; Cliniko's document: PATCH.
    assert paths_of("updateContact") == ("put", "/contacts/{id}")
    assert paths_of("patchContact") == ("patch", "/contacts/{id}")
    assert SPEC.request_schema("updateContact") == SPEC.request_schema("patchContact")


def test_spec_the_patients_referring_doctor_link_leads_to_a_contact() -> None:
    # Seed patient: referring_doctor /contacts/123; Cliniko's document: GET /contacts/{id}.
    assert paths_of("getContact") == ("get", "/contacts/{id}")
    seen = 0
    for path in (ROOT / "spec" / "resources" / "patients" / "examples").glob("*.yaml"):
        value = yaml.safe_load(path.read_text())["value"]
        for patient in value.get("patients", [value]):
            if patient.get("referring_doctor"):
                seen += 1
                link = patient["referring_doctor"]["links"]["self"]
                assert re.fullmatch(r"https://api\.au1\.cliniko\.com/v1/contacts/[0-9]+", link), (path.name, link)
    assert seen >= 3


def test_spec_contacts_declare_their_resource() -> None:
    resource = load_spec().resources()["contacts"]
    assert (resource.list_operation, resource.states, resource.belongs_to) == (
        "listContacts", ("archived", "deleted"), ())


# ---- concession types (2014-2020 docs, sections/concession_types.md; Cliniko's document, 2025) -------


def test_spec_concession_types_are_written_and_archived_in_cliniko_only() -> None:
    # 2014-2020 docs: list and get; Cliniko's document: also create and PATCH, archived_at, no archive call.
    ids = {operation["operationId"] for _, _, operation, _ in SPEC.operations()}
    assert {"listConcessionTypes", "getConcessionType", "createConcessionType", "patchConcessionType",
            "updateConcessionType"} <= ids
    assert not [path for path in SPEC.document["paths"] if path.startswith("/concession_types/") and "archive" in path]
    assert parameter("getConcessionType", "q[]")["x-cliniko-filters"] == {"archived_at": "DateTime"}
    seed = fixture("getConcessionType", "response-200-seed.json")
    assert "archived_at" not in seed and SPEC.errors_for(seed, SPEC.response_schema("getConcessionType", "200")) == []
    create = SPEC.request_schema("createConcessionType")
    assert SPEC.errors_for({"name": "Students"}, create) == []
    assert SPEC.errors_for({}, create) and SPEC.errors_for({"name": " "}, create)


def test_spec_the_patients_concession_type_link_leads_to_an_operation() -> None:
    # Seed patient: concession_type /concession_types/123; Cliniko's document: GET /concession_types/{id}.
    assert paths_of("getConcessionType") == ("get", "/concession_types/{id}")
    links = [patient["concession_type"]["links"]["self"]
             for path in (ROOT / "spec" / "resources" / "patients" / "examples").glob("*.yaml")
             for patient in (lambda v: v.get("patients", [v]))(yaml.safe_load(path.read_text())["value"])
             if patient.get("concession_type")]
    assert len(links) >= 3
    assert all(re.fullmatch(r"https://api\.au1\.cliniko\.com/v1/concession_types/[0-9]+", link) for link in links)


# ---- relationships (Cliniko's document, 2025; live patient links) -------------------------------


def test_spec_relationship_relation_codes_come_with_their_meaning() -> None:
    # Cliniko's document: relation 10-70, named only in the create body's table (10 Parent ... 70 Other).
    schemas = SPEC.document["components"]["schemas"]
    names = ["Parent", "Child", "Sibling", "Spouse", "Partner", "Relative", "Other"]
    assert schemas["RelationCode"]["enum"] == [10, 20, 30, 40, 50, 60, 70]
    assert schemas["RelationCode"]["x-enum-descriptions"] == names == schemas["RelationName"]["enum"]
    create = SPEC.request_schema("createRelationship")
    body = {"patient_id": "836447129235883061", "related_patient_id": "836447129235884001", "relation": 70}
    assert SPEC.errors_for(body, create) == []
    assert SPEC.errors_for({**body, "relation": 15}, create) and SPEC.errors_for({**body, "relation": None}, create)
    assert all(SPEC.errors_for({k: v for k, v in body.items() if k != key}, create) for key in body)
    # Responses: relation and relation_description nullable (Cliniko's document).
    unset = fixture("listRelationships", "response-200-live.json")["relationships"][1]
    assert unset["relation"] is None and unset["relation_description"] is None


def test_spec_the_patients_relationships_link_leads_to_the_filtered_list() -> None:
    # Observed live link: /relationships?q[]=patient_id:=ID.
    assert paths_of("listRelationships") == ("get", "/relationships")
    assert parameter("listRelationships", "q[]")["x-cliniko-filters"]["patient_id"] == "Integer"
    links = [patient["relationships"]["links"]["self"]
             for path in (ROOT / "spec" / "resources" / "patients" / "examples").glob("*.yaml")
             for patient in (lambda v: v.get("patients", [v]))(yaml.safe_load(path.read_text())["value"])
             if patient.get("relationships")]
    assert len(links) >= 3
    for link in links:
        assert re.fullmatch(r"https://api\.au1\.cliniko\.com/v1/relationships\?q\[\]=patient_id:=[0-9]+", link), link


def test_spec_relationships_are_archived_not_deleted() -> None:
    # Cliniko's document: archive, archived_at; no DELETE, no unarchive, no deleted list.
    methods = {method for method, path, _, _ in SPEC.operations() if path.startswith("/relationships")}
    assert "delete" not in methods and paths_of("archiveRelationship") == ("post", "/relationships/{id}/archive")
    assert not [path for path in SPEC.document["paths"] if path.startswith("/relationships/")
                and ("unarchive" in path or "deleted" in path)]
    assert load_spec().resources()["relationships"].states == ("archived",)


# ---- patient cases (2021 docs, sections/patient_cases.md; Cliniko's document, 2025) -------------


def test_spec_patient_case_seed_ids_are_strings_and_a_number_id_must_fit_a_double() -> None:
    # 2021 docs: ids as strings in responses, but the create request sends the 18-digit id as a JSON number.
    seed = fixture("getPatientCase", "response-200-seed.json")
    assert isinstance(seed["id"], str) and all(isinstance(i, str) for i in seed["attendee_ids"])
    create = SPEC.request_schema("createPatientCase")
    documented = json.loads('{ "name": "Patient Case 2", "patient_id": 372481449527346255 }')
    assert [e.pointer for e in SPEC.errors_for(documented, create)] == ["/patient_id"]  # loses digits as a double
    assert SPEC.errors_for({**documented, "patient_id": "372481449527346255"}, create) == []
    assert SPEC.errors_for({"name": "Patient Case 2"}, create) and SPEC.errors_for({"patient_id": "1"}, create)


def test_spec_patient_case_closed_is_deprecated_for_closed_at() -> None:
    # 2021 docs: closed (boolean); Cliniko's document: closed deprecated, closed_at, a closed_at filter.
    case = SPEC.document["components"]["schemas"]["PatientCase"]["properties"]
    assert case["closed"]["deprecated"] is True and "closed_at" in case
    assert parameter("listPatientCases", "q[]")["x-cliniko-filters"]["closed_at"] == "DateTime"
    seed = fixture("getPatientCase", "response-200-seed.json")
    assert "closed_at" not in seed and SPEC.errors_for(seed, SPEC.response_schema("getPatientCase", "200")) == []


def test_spec_patient_case_filters_cover_the_old_and_the_current_docs() -> None:
    # 2021 docs: created_at, expiry_date, id, patient_id, updated_at; Cliniko's document adds the rest.
    table = parameter("listPatientCases", "q[]")["x-cliniko-filters"]
    assert {"created_at": "DateTime", "expiry_date": "Date", "id": "Integer", "patient_id": "Integer",
            "updated_at": "DateTime"}.items() <= table.items()
    assert {"archived_at", "closed_at", "issue_date", "name", "referral_type"} <= set(table)


def test_spec_patient_case_amounts_are_decimal_strings_and_referral_types_grew() -> None:
    # 2021 docs: max_invoiceable_amount "Money, up to 2 decimal places", referral_type [medicare];
    # Cliniko's document: decimal string, dva too.
    update = SPEC.request_schema("patchPatientCase")
    assert SPEC.errors_for({"max_invoiceable_amount": "1500.00"}, update) == []
    for bad in (1500, "1500.001", "15,00"):
        assert SPEC.errors_for({"max_invoiceable_amount": bad}, update), bad
    assert SPEC.document["components"]["schemas"]["ReferralType"]["enum"] == ["medicare", "dva"]
    assert SPEC.errors_for({"referral_type": "dva"}, update) == []
    assert SPEC.errors_for({"referral_type": None}, update) == []


def test_spec_patient_case_names_a_contact_and_its_text_is_personal() -> None:
    # 2021 docs: contact_id, "Contact (doctor only) linked to this case"; Cliniko's document: contact link.
    schemas = SPEC.document["components"]["schemas"]
    assert "contact_id" in schemas["PatientCaseUpdate"]["properties"]
    assert "contact" in schemas["PatientCase"]["properties"]
    assert schemas["PatientCase"]["properties"]["name"]["x-pii"] is True
    assert schemas["PatientCase"]["properties"]["notes"]["x-pii"] is True


# ---- referral sources (2020 docs, sections/referral_sources.md; Cliniko's document, 2025) -------


def test_spec_referral_sources_take_both_documented_shapes() -> None:
    # 2020 docs: no id, no timestamps, links.self the patient's /referral_source; Cliniko's document: id, timestamps.
    schema = SPEC.response_schema("listReferralSources", "200")
    seed = fixture("listReferralSources", "response-200-seed.json")
    entry = seed["referral_sources"][0]
    assert "id" not in entry and "created_at" not in entry
    assert entry["links"]["self"].endswith("/patients/123/referral_source")
    assert (entry["referrer_type"], entry["referrer"]["links"]["self"].rsplit("/", 2)[1]) == ("Patient", "patients")
    live = fixture("listReferralSources", "response-200-live.json")
    assert SPEC.errors_for(seed, schema) == [] and SPEC.errors_for(live, schema) == []
    # A referrer is a patient or a contact, or none (the "other" and custom types).
    assert SPEC.document["components"]["schemas"]["ReferrerType"]["enum"] == ["Patient", "Contact"]
    assert SPEC.errors_for({**seed, "referral_sources": [{**entry, "referrer": None, "referrer_type": None}]},
                           schema) == []
    assert SPEC.errors_for({**seed, "referral_sources": [{**entry, "referrer_type": "Practitioner"}]}, schema)
# ---- invoices and their items (issue 22) ------------------------------------------------------


def test_spec_declares_no_invoice_writes() -> None:
    # Integrators: invoices and items are read-only (clients that assumed writes failed).
    methods = {method for method, path, _, _ in SPEC.operations()
               if path.startswith(("/invoices", "/invoice_items")) or path.endswith("/invoices")}
    assert methods == {"get"}


@pytest.mark.parametrize(("method", "path"), [("post", "/invoices"), ("put", "/invoices/1"), ("patch", "/invoices/1"),
                                            ("delete", "/invoices/1"), ("post", "/invoice_items")])
def test_sandbox_answers_an_invoice_write_405_with_the_reads_allowed(deleted: tuple[Api, list[str]], method: str,
                                                                    path: str) -> None:
    # Ledger "invoice writes": no status recorded live; the sandbox says the method is not there.
    api, _ = deleted
    response = api(method, path, json={})
    assert response.status_code == 405 and set(response.headers["Allow"].split(", ")) == {"GET", "HEAD"}


@pytest.mark.parametrize(("operation_id", "key"), [
    ("getInvoice", None), ("listInvoices", "invoices"), ("listDeletedInvoices", "invoices"),
    ("getInvoiceItem", None), ("listInvoiceItems", "invoice_items"), ("listDeletedInvoiceItems", "invoice_items")])
def test_spec_accepts_the_old_docs_invoices_as_they_were(operation_id: str, key: str | None) -> None:
    # 2015-2020 docs: integer ids, `"quantity": 1`, `total_including_tax` a string, "" notes.
    seed = json.loads((ROOT / "tests" / "fixtures" / operation_id / "response-200-seed.json").read_text())
    assert SPEC.errors_for(seed, SPEC.response_schema(operation_id, "200")) == []
    record = seed[key][0] if key else seed
    assert isinstance(record["id"], int)


def test_spec_amounts_are_decimal_strings_and_older_numbers_parse() -> None:
    # Cliniko's document: amounts `string (decimal)`, `total_including_tax` a number; old docs: quantity 1.
    schema = SPEC.response_schema("getInvoiceItem", "200")
    live = json.loads((ROOT / "tests" / "fixtures" / "getInvoiceItem" / "response-200-live.json").read_text())
    for amounts in ({"total_including_tax": 99.0, "quantity": 1}, {"total_including_tax": "99.0", "quantity": "1.5"}):
        assert SPEC.errors_for({**live, **amounts}, schema) == [], amounts
    for wrong in ({"net_price": 90.0}, {"unit_price": "1e3"}, {"tax_rate": "ten"}, {"quantity": True}):
        assert SPEC.errors_for({**live, **wrong}, schema) != [], wrong


def test_spec_invoice_status_numbers_have_their_meanings() -> None:
    # Old docs' table: 10 Open, 20 Paid, 30 Closed, 40 Open (credit); Cliniko's document: "Open credit".
    status = SPEC.document["components"]["schemas"]["InvoiceStatus"]
    assert status["enum"] == [10, 20, 30, 40]
    assert status["x-enumDescriptions"] == {"10": "Open", "20": "Paid", "30": "Closed", "40": "Open credit"}
    schema = SPEC.response_schema("getInvoice", "200")
    seed = json.loads((ROOT / "tests" / "fixtures" / "getInvoice" / "response-200-seed.json").read_text())
    assert SPEC.errors_for({**seed, "status": 50}, schema) != []
    assert SPEC.errors_for({**seed, "status": None, "status_description": "Open (credit)"}, schema) == []


def test_spec_the_patients_invoices_link_and_the_invoices_items_link_lead_to_operations() -> None:
    assert paths_of("listPatientInvoices") == ("get", "/patients/{id}/invoices")
    assert paths_of("listInvoiceInvoiceItems") == ("get", "/invoices/{id}/invoice_items")
    # Cliniko's document: /practitioners/{practitioner_id}/invoices, deprecated.
    assert paths_of("listPractitionerInvoices") == ("get", "/practitioners/{id}/invoices")
    assert all(SPEC.operation(op)[0]["deprecated"] is True
               for op in ("listPatientInvoices", "listInvoiceInvoiceItems", "listPractitionerInvoices"))


def test_spec_invoices_declare_their_resources() -> None:
    resources = load_spec().resources()
    # Cliniko's document filters invoices by all five (and by original invoice), and lists them below
    # /appointments/ID (the `appointment` link's path) and /attendees/ID.
    assert (resources["invoices"].states, resources["invoices"].belongs_to) == (
        ("archived", "deleted"), (("patients", "patient_id"), ("practitioners", "practitioner_id"),
                                  ("businesses", "business_id"), ("appointments", "appointment_id"),
                                  ("attendees", "attendee_id")))
    assert resources["invoice_items"].belongs_to == (("invoices", "invoice_id"),)


# ---- treatment notes (issue 22) ----------------------------------------------------------------


def test_spec_treatment_notes_have_every_operation_of_both_sources() -> None:
    # 2015-2020 docs: list, deleted, get, create, PUT, DELETE; Cliniko's document: PATCH, archive, unarchive,
    # the patient's list, DELETE deprecated.
    assert {paths_of(op) for op in ("listTreatmentNotes", "listDeletedTreatmentNotes", "getTreatmentNote",
                                    "createTreatmentNote", "updateTreatmentNote", "patchTreatmentNote",
                                    "deleteTreatmentNote", "archiveTreatmentNote", "unarchiveTreatmentNote",
                                    "listPatientTreatmentNotes")} == {
        ("get", "/treatment_notes"), ("get", "/treatment_notes/deleted"), ("get", "/treatment_notes/{id}"),
        ("post", "/treatment_notes"), ("put", "/treatment_notes/{id}"), ("patch", "/treatment_notes/{id}"),
        ("delete", "/treatment_notes/{id}"), ("post", "/treatment_notes/{id}/archive"),
        ("post", "/treatment_notes/{id}/unarchive"), ("get", "/patients/{id}/treatment_notes")}
    assert SPEC.operation("deleteTreatmentNote")[0]["deprecated"] is True


def test_spec_note_content_follows_the_old_docs_content_schema() -> None:
    # "Treatment Note Content Schema": empty sections or questions are not valid; a question needs name and type.
    schema = SPEC.request_schema("createTreatmentNote")
    body = json.loads((ROOT / "tests" / "fixtures" / "createTreatmentNote" / "request-seed.json").read_text())
    assert SPEC.errors_for(body, schema) == [] and isinstance(body["patient_id"], int)
    for content in ({"sections": []}, {"sections": [{"questions": []}]}, {"sections": [{"questions": [{"name": "Q"}]}]},
                    {"sections": [{"questions": [{"name": "Q", "type": "essay"}]}]},
                    {"sections": [{"questions": [{"name": "Q", "type": "text", "answer": ""}]}]}):
        assert SPEC.errors_for({**body, "content": content}, schema) != [], content
    assert SPEC.errors_for({**body, "content": None}, schema) == []


# ---- the ledger --------------------------------------------------------------------------------


def test_the_fidelity_ledger_covers_every_item() -> None:
    # Issue 16: one entry per behaviour where seed, current docs and observed API differ.
    description = SPEC.document["info"]["description"]
    ledger = description[description.index("## Fidelity ledger"):]
    entries = [" ".join(entry.split()) for entry in ledger.split("\n- ")[1:]]
    parts = ("Seed:", "Current docs:", "Observed:", "This document accepts:", "The sandbox:")
    for entry in entries:
        assert all(part in entry for part in parts), entry
    for topic in ("ids", "deleted list filters", "deleted list entries", "without brackets", "request bodies",
                  "`page`", "shards", "related links", "error words", "medical alert DELETE",
                  "medical alert archive", "medical alert unarchive", "deleted medical alerts",
                  "medical alert's patient", "businesses", "practitioners are read-only", "appointment types",
                  "individual appointments", "contacts", "concession types", "relationships", "patient cases",
                  "referral sources", "invoice writes", "amounts", "invoice status", "invoice filters",
                  "deleted invoices and items", "treatment notes"):
        assert any(entry.startswith(f"**{topic}") or topic in entry.split("**")[1] for entry in entries), topic


# ---- the calendar (2013-2020 docs, sections/available_times.md, daily_availabilities.md,
# availability_blocks.md, unavailable_blocks.md; Cliniko's document, 2025; redguava/cliniko-api issues) ----


def schema(name: str) -> str:
    return f"{SPEC.uri}#/components/schemas/{name}"


def test_spec_available_times_need_from_and_to_and_the_next_one_does_not() -> None:
    # 2014 docs: both required on available_times; 2013 docs: next_available_time takes none;
    # Cliniko's document: required on both. Optional on the next time (ledger).
    for operation_id, required in (("getAvailableTimes", True), ("getNextAvailableTime", False)):
        for name in ("from", "to"):
            assert parameter(operation_id, name)["required"] is required
            assert parameter(operation_id, name)["schema"]["format"] == "date"


def test_spec_available_times_bad_range_and_not_offered_answers() -> None:
    # 2014 docs: 400 "Invalid time frame definition..."; 2017 report: 404 {"status": "404", "error": "Not Found"}.
    from cliniko_client.sandbox.calendar import INVALID_TIME_FRAME

    responses = SPEC.document["components"]["responses"]
    assert responses["InvalidTimeFrame"]["content"]["application/json"]["example"]["message"] == INVALID_TIME_FRAME
    not_offered = schema("NotOfferedError")
    assert SPEC.errors_for({"status": "404", "error": "Not Found"}, not_offered) == []
    assert SPEC.errors_for({"message": "Not found"}, not_offered) == []
    for operation_id in ("getAvailableTimes", "getNextAvailableTime"):
        operation, _ = SPEC.operation(operation_id)
        assert {"400", "404"} <= set(operation["responses"])


def test_spec_available_time_links_may_be_relative_as_the_old_docs_show() -> None:
    # 2013-2020 docs: links.self "/businesses/1/practitioners/1/..."; the shared PageLinks are absolute.
    relative = {"self": "/businesses/1/practitioners/1/appointment_types/1/available_times?from=2013-05-21&page=1"}
    assert SPEC.errors_for(relative, schema("AvailableTimePageLinks")) == []
    assert SPEC.errors_for(relative, schema("PageLinks"))


def test_spec_settings_carry_the_maximum_per_day_segment() -> None:
    # 2017-2020 docs: online_bookings.max_appointments_per_day_segment 5 (and 1 in a public settings capture);
    # the value of "unlimited" is in no source, so null and 0 pass too.
    settings = SPEC.response_schema("getSettings", "200")
    base = {"patient_custom_fields_definition": None}
    for value in (1, 5, 0, None):
        online = {"max_appointments_per_day_segment": value, "enabled": True, "policy": "be cool"}
        assert SPEC.errors_for({**base, "online_bookings": online}, settings) == [], value
    for value in (-1, "5", 2.5):
        assert SPEC.errors_for({**base, "online_bookings": {"max_appointments_per_day_segment": value}}, settings)


def test_spec_next_available_time_may_be_none() -> None:
    # Cliniko's document: total_entries; no source records the answer when nothing is free (ledger).
    assert SPEC.errors_for({"appointment_start": None, "total_entries": 0}, schema("NextAvailableTime")) == []
    assert SPEC.errors_for({"total_entries": 1}, schema("NextAvailableTime"))


def test_spec_daily_availability_days_take_both_numberings() -> None:
    # 2016-2020 docs: ISO 1-7 (Sunday 7); Cliniko's document: 0-6.
    day = schema("DailyAvailability")
    base = {"id": "1", "created_at": "2026-05-20T09:30:00Z", "updated_at": "2026-05-20T09:30:00Z"}
    for number in (0, 6, 7, None):
        assert SPEC.errors_for({**base, "day_of_week": number}, day) == []
    assert SPEC.errors_for({**base, "day_of_week": 8}, day)
    assert SPEC.errors_for({**base, "availabilities": [{"starts_at": "9:00", "ends_at": "13:00"}]}, day)


def test_spec_unavailable_block_create_needs_no_ends_at() -> None:
    # 2016-2020 docs: the create request sends starts_at, practitioner_id and business_id only.
    create = SPEC.request_schema("createUnavailableBlock")
    assert SPEC.errors_for({"starts_at": "2016-07-13T03:45:00Z", "practitioner_id": "1", "business_id": "1"},
                           create) == []
    assert SPEC.errors_for({"starts_at": "2016-07-13T03:45:00Z", "practitioner_id": "1"}, create)
    block = SPEC.request_schema("createAvailabilityBlock")
    assert SPEC.errors_for({"starts_at": "2015-01-21T04:00:00Z", "practitioner_id": "1", "business_id": "1"}, block)


def test_spec_unavailable_block_delete_archives_and_the_old_calls_stay() -> None:
    # 2016-2020 docs: PUT, DELETE (deletes), /deleted; Cliniko's document: PATCH, deprecated DELETE "archived", archive.
    operation, _ = SPEC.operation("deleteUnavailableBlock")
    assert operation["deprecated"] is True and "204" in operation["responses"]
    assert paths_of("updateUnavailableBlock") == ("put", "/unavailable_blocks/{id}")
    assert paths_of("patchUnavailableBlock") == ("patch", "/unavailable_blocks/{id}")
    assert paths_of("listDeletedUnavailableBlocks") == ("get", "/unavailable_blocks/deleted")
    assert paths_of("getUnavailableBlockConflicts") == ("get", "/unavailable_blocks/{id}/conflicts")
    ids = {operation["operationId"] for _, _, operation, _ in SPEC.operations()}
    assert "archiveUnavailableBlock" in ids and "unarchiveUnavailableBlock" not in ids


def test_spec_repeat_rules_take_the_old_empty_object() -> None:
    # 2016-2020 docs: "repeat_rule": {}; Cliniko's document: Daily, Weekly or Monthly, at most 51 or 100 repeats.
    rule = schema("BlockRepeatRule")
    for value in ({}, {"repeat_type": "Weekly", "repeating_interval": 1, "number_of_repeats": 100}):
        assert SPEC.errors_for(value, rule) == []
    assert SPEC.errors_for({"repeat_type": "Yearly"}, rule)


def test_spec_calendar_lists_filter_as_clinikos_document_lists() -> None:
    # Cliniko's document (2025) for each list; the 2016-2020 docs lacked deleted_at and unavailable_block_type_id.
    expected = {
        "listDailyAvailabilities": {"business_id", "created_at", "id", "practitioner_id", "updated_at"},
        "listBusinessDailyAvailabilities": {"created_at", "id", "practitioner_id", "updated_at"},
        "listPractitionerDailyAvailabilities": {"business_id", "created_at", "id", "updated_at"},
        "listAvailabilityBlocks": {"business_id", "created_at", "id", "practitioner_id", "starts_at", "updated_at"},
        "listUnavailableBlocks": {"archived_at", "business_id", "created_at", "deleted_at", "ends_at", "id",
                                  "practitioner_id", "repeated_from_id", "starts_at", "unavailable_block_type_id",
                                  "updated_at"},
    }
    for operation_id, fields in expected.items():
        assert set(parameter(operation_id, "q[]")["x-cliniko-filters"]) == fields, operation_id


def test_the_fidelity_ledger_covers_the_calendar() -> None:
    description = SPEC.document["info"]["description"]
    for topic in ("available times' slots", "available times' range", "available times not offered",
                  "next available time", "available times' links", "daily availability days", "unavailable blocks",
                  "appointments per part of the day"):
        assert f"**{topic}**" in description, topic
