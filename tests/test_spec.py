"""The spec itself: seed fidelity, strictness, documentation grade, filter grammar."""

from __future__ import annotations

import copy
import json
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import validate_fixtures
import yaml
from cliniko_client.filter_grammar import item_pattern
from cliniko_client.spec_schemas import PII_CLASSES
from spec_schemas import ROOT, load_bundle, load_spec

SPEC = load_spec()
BUNDLE = load_bundle()  # where every component has its name
FIXTURES = ROOT / "tests" / "fixtures"
SEED_FIXTURES = sorted(FIXTURES.glob("*/*-seed.json"))
ALL_FIXTURES = sorted(validate_fixtures.fixture_files([FIXTURES]))
EXAMPLES = list(validate_fixtures.spec_examples(SPEC))
SEED_GET = json.loads((FIXTURES / "getPatient" / "response-200-seed.json").read_text())
PATIENT = SPEC.response_schema("getPatient", "200")
CREATE = SPEC.request_schema("createPatient")
UPDATE = SPEC.request_schema("updatePatient")


def components(kind: str) -> dict[str, Any]:
    return BUNDLE.document["components"][kind]


# ---- the seed, verbatim -------------------------------------------------------


def test_every_seed_example_has_a_fixture_and_a_spec_example() -> None:
    # Patients: 7 responses + 2 requests with bodies in the seed (archive answers 204 without one).
    # Medical alerts (2015-2020 docs): 5 responses + 2 requests (delete answers 204).
    # Businesses (2014-2020 docs): 2 responses; practitioners: 3; appointment types (2016-2020): 5 + 2 requests.
    # Individual appointments (2016-2020): 7 responses + 3 requests (delete and archive answer 204 without one).
    # Contacts (2016-2020 docs): 4 responses + 2 requests. Concession types (2014-2020 docs): 2 responses.
    # Patient cases (2021 docs): 4 responses + 1 request (the create request's id does not fit a double).
    # Referral sources (2020 docs): the list's response; a patient's own: 1 response + 1 request.
    # Invoices and their items (2015-2020 docs): a list, the deleted list and one record each.
    # Treatment notes: 5 responses + 2 requests; their templates: a list and one record.
    # The calendar (2013-2020 docs): 13 responses + 3 requests.
    # Legacy appointments (2013-2018 docs): 6 responses + 3 requests (delete and cancel answer 204).
    # Group appointments (2016-2020 docs): 6 responses + 2 requests (delete answers 204 without one).
    # Attendees (2016-2020 docs): 5 responses + 3 requests (the cancelled list's example is not JSON).
    assert len(SEED_FIXTURES) == 9 + 7 + 2 + 3 + 7 + 10 + 6 + 2 + 5 + 1 + 2 + 6 + 7 + 2 + 16 + 9 + 8 + 8
    for fixture in SEED_FIXTURES:
        operation_id = fixture.parent.name
        kind = "request." if fixture.name.startswith("request") else ""
        # The example lives in the folder of the resource that declares the operation.
        folder = Path(SPEC.operation(operation_id)[1].split("#")[0].removeprefix("file://")).parent
        example = folder / "examples" / f"{operation_id}.{kind}seed.yaml"
        assert example.exists(), f"{fixture} has no spec example {example}"
        # The spec shows exactly what the seed shows (JSON keeps the last repeated key).
        assert yaml.safe_load(example.read_text())["value"] == json.loads(fixture.read_text())


@pytest.mark.parametrize("fixture", ALL_FIXTURES, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_fixture_validates(fixture: Path) -> None:
    assert validate_fixtures.check_fixture(SPEC, fixture) == []


@pytest.mark.parametrize("where, value, schema_uri", EXAMPLES, ids=[e[0] for e in EXAMPLES])
def test_spec_example_validates(where: str, value: Any, schema_uri: str) -> None:
    assert SPEC.errors_for(value, schema_uri) == []


def test_seed_repeats_phone_numbers_and_the_last_wins() -> None:
    raw = (FIXTURES / "getPatient" / "response-200-seed.json").read_text()
    assert raw.count('"patient_phone_numbers"') == 2
    assert [p["phone_type"] for p in SEED_GET["patient_phone_numbers"]] == ["Mobile", "Home"]


# ---- strictness: mutations the API never sends are rejected --------------------

RESPONSE_MUTATIONS = {
    "unknown reminder_type": ("/reminder_type", "Sometimes"),
    "non-digit id": ("/id", "12a"),
    "negative id": ("/id", -1),
    "impossible date_of_birth": ("/date_of_birth", "2001-13-40"),
    "date_of_birth as a date-time": ("/date_of_birth", "2001-05-26T00:00:00Z"),
    "archived_at not a timestamp": ("/archived_at", "yesterday"),
    "created_at null": ("/created_at", None),
    "unknown phone_type": ("/patient_phone_numbers/0/phone_type", "Pager"),
    "phone number as integer": ("/patient_phone_numbers/0/number", 61444444444),
    "first_name null": ("/first_name", None),
    "accepted_privacy_policy as text": ("/accepted_privacy_policy", "yes"),
    "custom field token not a UUID": ("/custom_fields/sections/0/token", "not-a-uuid"),
    "custom field type unknown": ("/custom_fields/sections/0/fields/1/type", "number"),
    "link without self": ("/appointments/links", {}),
    "pronouns as a string": ("/pronouns", "they/them"),
}


def set_pointer(document: Any, pointer: str, value: Any) -> Any:
    mutated = copy.deepcopy(document)
    *parents, last = [int(p) if p.isdigit() else p for p in pointer.strip("/").split("/")]
    node = mutated
    for part in parents:
        node = node[part]
    node[last] = value
    return mutated


@pytest.mark.parametrize("pointer, value", RESPONSE_MUTATIONS.values(), ids=RESPONSE_MUTATIONS.keys())
def test_patient_schema_rejects_mutation(pointer: str, value: Any) -> None:
    assert SPEC.errors_for(SEED_GET, PATIENT) == []
    errors = SPEC.errors_for(set_pointer(SEED_GET, pointer, value), PATIENT)
    assert errors, f"{pointer} = {value!r} was accepted"
    assert any(e.pointer.startswith(pointer) for e in errors), errors


def test_live_shapes_are_accepted() -> None:
    live = set_pointer(SEED_GET, "/id", "836447129235883061")
    for pointer in ("/archived_at", "/deleted_at", "/date_of_birth", "/time_zone", "/custom_fields", "/invoice_email"):
        live = set_pointer(live, pointer, None)
    assert SPEC.errors_for(live, PATIENT) == []


ALWAYS_PRESENT = {"id", "first_name", "last_name", "created_at", "updated_at"}


def test_patient_responses_take_null_and_absence_as_clinikos_own_document_does() -> None:
    """Cliniko's published document: every patient property nullable except id, the names and
    the timestamps, none required; every API version has sent those five (facts page)."""
    schema = components("schemas")["Patient"]
    assert set(schema["required"]) == ALWAYS_PRESENT
    for name in schema["properties"]:
        nulled = {**SEED_GET, name: None}
        assert (SPEC.errors_for(nulled, PATIENT) == []) == (name not in ALWAYS_PRESENT), name
    minimal = {k: v for k, v in SEED_GET.items() if k in ALWAYS_PRESENT}
    assert SPEC.errors_for(minimal, PATIENT) == []


def test_unknown_response_fields_are_tolerated() -> None:
    assert SPEC.errors_for({**SEED_GET, "a_field_from_the_future": {"x": 1}}, PATIENT) == []


REQUEST_MUTATIONS = {
    "blank first_name": {"first_name": "  "},
    "read-only id": {"id": "1"},
    "read-only gender": {"gender": "Male"},
    "not directly writable accepted_sms_marketing": {"accepted_sms_marketing": True},
    "invented property": {"favourite_colour": "blue"},
    "bad email": {"email": "not-an-email"},
    "too long title": {"title": "x" * 256},
    "bad reminder_type": {"reminder_type": "Pigeon"},
    "bad DVA number": {"dva_card_number": "12345"},
    "pronoun over 50": {
        "pronouns": {
            "accusative": "x" * 51,
            "nominative": "they",
            "predicative_possessive": "theirs",
            "pronominal_possessive": "their",
            "reflexive": "themselves",
        }
    },
    "unknown time zone": {"time_zone": "Mars/Olympus_Mons"},
    "bad date": {"date_of_birth": "26/05/2001"},
    "custom field value on request with extra key": {
        "custom_fields": {"sections": [{"token": "ef4c43ec-105d-489c-88cc-0f3c5f67dc70", "colour": "red"}]}
    },
}


@pytest.mark.parametrize("body", REQUEST_MUTATIONS.values(), ids=REQUEST_MUTATIONS.keys())
def test_update_schema_rejects(body: dict[str, Any]) -> None:
    assert SPEC.errors_for(body, UPDATE), f"{body} was accepted"


def test_create_requires_both_names_and_update_requires_nothing() -> None:
    assert SPEC.errors_for({}, UPDATE) == []
    missing = {e.reason for e in SPEC.errors_for({}, CREATE)}
    assert any("first_name" in r for r in missing) and any("last_name" in r for r in missing)
    assert SPEC.errors_for({"first_name": "John", "last_name": "Snow"}, CREATE) == []


CREATES_WITH_REQUIRED = sorted(name for name, schema in components("schemas").items()
                               if name.endswith("Create") and len(schema.get("allOf", [])) == 2)


def test_there_are_creates_that_require_properties() -> None:
    assert len(CREATES_WITH_REQUIRED) >= 10, CREATES_WITH_REQUIRED


@pytest.mark.parametrize("name", CREATES_WITH_REQUIRED)
def test_create_names_exactly_its_required_properties_with_the_updates_ref(name: str) -> None:
    # PatientCreate's comment says why (openapi-ts's zod intersection, the generators
    # reading `required` inside or beside allOf).
    create = components("schemas")[name]
    restated, update_ref = create["allOf"]
    update = components("schemas")[update_ref["$ref"].rsplit("/", 1)[-1]]
    assert restated["type"] == "object"
    assert restated["required"] == create["required"] == list(restated["properties"])
    for prop, schema in restated["properties"].items():
        declared = update["properties"][prop]
        expected = {"$ref": declared["$ref"]} if "$ref" in declared else {}
        assert {k: v for k, v in schema.items() if k != "description"} == expected, (name, prop)


def text_schemas(uri: str, seen: set[str]) -> Iterator[str]:
    """Where every string-typed schema reachable from `uri` really is: through `$ref`s, properties,
    items and the branches of allOf/anyOf/oneOf/then/else."""
    node, where = SPEC.locate(uri)
    if where in seen or not isinstance(node, dict):
        return
    seen.add(where)
    types = node.get("type")
    if "string" in (types if isinstance(types, list) else [types]):
        yield where
    for key in ("allOf", "anyOf", "oneOf", "prefixItems"):
        for index in range(len(node.get(key, []))):
            yield from text_schemas(f"{where}/{key}/{index}", seen)
    for key in ("items", "additionalProperties", "then", "else"):
        if isinstance(node.get(key), dict):
            yield from text_schemas(f"{where}/{key}", seen)
    for key in ("properties", "patternProperties"):
        for name in node.get(key, {}):
            yield from text_schemas(f"{where}/{key}/{name}", seen)


def request_text_schemas() -> list[str]:
    seen: set[str] = set()
    return [uri for _, _, operation, _ in SPEC.operations() if "requestBody" in operation
            for uri in text_schemas(SPEC.request_schema(operation["operationId"]), seen)]


REQUEST_TEXT = request_text_schemas()


def short(uri: str) -> str:
    return uri.rsplit("/spec/", 1)[-1]


def test_every_text_property_of_every_request_is_found() -> None:
    names = {uri.rsplit("/", 1)[-1] for uri in REQUEST_TEXT}
    assert {"title", "first_name", "occupation", "notes", "number", "PronounForm", "value"} <= names, names
    assert len(REQUEST_TEXT) >= 30


@pytest.mark.parametrize("uri", REQUEST_TEXT, ids=short)
def test_request_text_refuses_nul(uri: str) -> None:
    # The spec's "Text" rule: the database behind the API cannot store U+0000.
    for value in ("\x00", "Ada\x00Lovelace"):
        assert SPEC.errors_for(value, uri), f"{short(uri)} accepts {value!r}: give it a pattern without U+0000"


# ---- filters: the q[] pattern is the grammar of its x-cliniko-filters table ------


def q_parameters() -> list[tuple[str, dict[str, Any]]]:
    return [(name, p) for name, p in components("parameters").items() if p["name"] == "q[]"]


@pytest.mark.parametrize("name, parameter", q_parameters(), ids=[n for n, _ in q_parameters()])
def test_q_pattern_is_generated_from_the_filter_table(name: str, parameter: dict[str, Any]) -> None:
    defaults = SPEC.document["info"]["x-cliniko-filter-operators"]
    operators = {**defaults, **parameter.get("x-cliniko-filter-operators", {})}
    assert parameter["schema"]["items"]["pattern"] == item_pattern(parameter["x-cliniko-filters"], operators)


def test_filter_table_covers_seed_and_live_fields() -> None:
    table = components("parameters")["PatientFilters"]["x-cliniko-filters"]
    seed = {
        "created_at": "DateTime",
        "date_of_birth": "Date",
        "email": "String",
        "first_name": "String",
        "id": "Integer",
        "last_name": "String",
        "old_reference_id": "String",
        "updated_at": "DateTime",
    }
    live = {"accepted_privacy_policy": "Boolean", "archived_at": "DateTime", "preferred_first_name": "String"}
    assert {**seed, **live}.items() <= table.items()


# ---- documentation grade ------------------------------------------------------------


def operations() -> list[tuple[str, str, dict[str, Any], str]]:
    return list(SPEC.operations())


def test_the_operations_and_the_spec_uri_are_found_once(monkeypatch: pytest.MonkeyPatch) -> None:
    # The sandbox asks for them thousands of times while it starts (each create_app, each test's fresh sandbox).
    first = operations()

    def walked(*_: Any) -> None:
        raise AssertionError("the spec was walked again")

    monkeypatch.setattr(SPEC, "locate", walked)
    monkeypatch.setattr(type(SPEC.path), "resolve", walked)
    assert operations() == first and SPEC.uri.startswith("file:")


@pytest.mark.parametrize("method, path, operation, uri", operations(), ids=[o[2]["operationId"] for o in operations()])
def test_operation_is_documented(method: str, path: str, operation: dict[str, Any], uri: str) -> None:
    for key in ("operationId", "summary", "description", "tags", "x-codeSamples"):
        assert operation.get(key), f"{method.upper()} {path} lacks {key}"
    assert {s["lang"] for s in operation["x-codeSamples"]} >= {"Shell", "Python"}
    statuses = set(operation["responses"])
    expected = {"400", "401", "403", "429", "500", "502", "503", "504"}
    if "{id}" in path:
        expected.add("404")
    if "requestBody" in operation:
        expected |= {"413", "422"}
    assert expected <= statuses, f"{method.upper()} {path} lacks {sorted(expected - statuses)}"
    for status, response in operation["responses"].items():
        response = SPEC.locate(f"{uri}/responses/{status}")[0]
        for media in response.get("content", {}).values():
            assert media.get("examples") or media.get("example"), f"{method.upper()} {path} {status} has no example"
    if "requestBody" in operation:
        body = SPEC.locate(f"{uri}/requestBody")[0]
        assert body["content"]["application/json"].get("examples")


def test_every_component_schema_has_a_description() -> None:
    missing = [name for name, schema in components("schemas").items() if "description" not in schema]
    assert missing == []


def record_schemas() -> list[str]:
    """The records of every resource (the entries of each of its lists) and every request body:
    where personal data lives. Phone numbers are nested in patients and contacts."""
    names = {"PhoneNumber", "PhoneNumberInput"}
    for resource in BUNDLE.resources().values():
        names |= {found.item.rsplit("/", 1)[1] for found in BUNDLE.lists(resource)}
    for _, _, operation, _ in BUNDLE.operations():
        if "requestBody" in operation:
            names.add(BUNDLE.locate(BUNDLE.request_schema(operation["operationId"]))[1].rsplit("/", 1)[1])
    return sorted(name for name in names if "properties" in components("schemas")[name])


def test_record_schemas_are_found() -> None:
    assert {"Patient", "PatientUpdate", "DeletedPatient", "MedicalAlert", "Contact", "ContactUpdate",
            "DeletedContact"} <= set(record_schemas())


@pytest.mark.parametrize("schema_name", record_schemas())
def test_every_record_property_is_classified_personal_or_not(schema_name: str) -> None:
    properties = components("schemas")[schema_name]["properties"]
    unclassified = [name for name, prop in properties.items()
                    if not (isinstance(prop.get("x-pii"), bool) or prop.get("x-pii") in PII_CLASSES)]
    assert unclassified == [], f"{schema_name}: mark these x-pii: true (personal), clinical or false"


def test_patient_links_connect_create_to_the_other_operations() -> None:
    links = BUNDLE.document["paths"]["/patients"]["post"]["responses"]["201"]["links"]
    targets = {components("links")[link["$ref"].rsplit("/", 1)[1]]["operationId"] for link in links.values()}
    assert targets == {"getPatient", "updatePatient", "patchPatient", "archivePatient", "unarchivePatient"}


# ---- scripts/validate_fixtures.py as a user meets it ------------------------------------


def run_validator(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "validate_fixtures.py"), *args],
        capture_output=True,
        text=True,
        check=False,
    )


def test_validator_passes_the_repository_with_a_count() -> None:
    result = run_validator()
    assert result.returncode == 0, result.stderr
    assert "fixtures and examples valid" in result.stdout
    assert int(result.stdout.split()[0]) >= len(ALL_FIXTURES) + len(EXAMPLES)


def test_validator_reports_file_pointer_and_reason(tmp_path: Path) -> None:
    bad = tmp_path / "getPatient" / "response-200-bad.json"
    bad.parent.mkdir()
    bad.write_text(json.dumps(set_pointer(SEED_GET, "/reminder_type", "Sometimes")))
    result = run_validator(str(bad))
    assert result.returncode == 1
    assert "response-200-bad.json: /reminder_type: 'Sometimes' is not one of" in result.stderr
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize(
    "relative, content, message",
    [
        ("getPatient/response-200-broken.json", '{"id": 1,', "malformed JSON"),
        ("noSuchOperation/response-200-x.json", "{}", "no operation 'noSuchOperation'"),
        ("getPatient/response-418-x.json", "{}", "documents no 418 response"),
        ("getPatient/patient.json", "{}", "unknown target"),
        ("archivePatient/request-x.json", "{}", "takes no request body"),
    ],
)
def test_validator_explains_bad_input(tmp_path: Path, relative: str, content: str, message: str) -> None:
    path = tmp_path / relative
    path.parent.mkdir(parents=True)
    path.write_text(content)
    result = run_validator(str(path))
    assert result.returncode == 1
    assert message in result.stderr and "Traceback" not in result.stderr
