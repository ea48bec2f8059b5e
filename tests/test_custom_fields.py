"""The custom_fields contract: spec/custom_fields.schema.json and the validator module."""

import copy
import dataclasses
import datetime
import json
from pathlib import Path
from typing import Any

import pytest
from cliniko_client.custom_fields import Violation, load_schema, validate_custom_fields
from cliniko_client.models import CustomFields, Settings
from cliniko_client.types import UNSET
from hypothesis import given
from hypothesis import strategies as st
from jsonschema import Draft202012Validator
from referencing import Registry, Resource

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "fixtures" / "custom_fields"
SCHEMA_PATH = ROOT / "spec" / "custom_fields.schema.json"




def _load(name: str) -> Any:
    return json.loads((FIXTURES / name).read_text(encoding="utf-8"))


SCHEMA = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
SEED = _load("seed-example.json")
DEFINITION = _load("definition.json")
CASES = _load("cases.json")

# Every code validate_custom_fields can return; the fail cases must exercise each one.
CODES = {
    "schema",
    "unknown_property",
    "empty_value",
    "other_value_without_selected",
    "unknown_section_token",
    "unknown_field_token",
    "unknown_option_token",
    "value_not_allowed",
    "options_not_allowed",
    "other_not_allowed",
    "bad_date",
    "too_many_selected",
    "selected_with_other",
    "other_not_enabled",
    "archived_section",
    "archived_field",
    "archived_option",
    "archived_other",
}


def schema_validator(entry_point: str) -> Draft202012Validator:
    registry = Registry().with_resource(SCHEMA["$id"], Resource.from_contents(SCHEMA))
    return Draft202012Validator(
        {"$ref": f"{SCHEMA['$id']}#/$defs/{entry_point}"}, registry=registry
    )


RESPONSE = schema_validator("CustomFieldsResponse")
REQUEST = schema_validator("CustomFieldsRequest")


def error_pointers(validator: Draft202012Validator, instance: object) -> set[str]:
    return {
        "".join(f"/{part}" for part in error.absolute_path)
        for error in validator.iter_errors(instance)
    }


def found(payload: object) -> list[tuple[str, str]]:
    return [
        (violation.code, violation.pointer)
        for violation in validate_custom_fields(payload, DEFINITION)
    ]


# --- the schema itself -----------------------------------------------------------------


def test_schema_is_valid_draft_2020_12() -> None:
    Draft202012Validator.check_schema(SCHEMA)
    assert SCHEMA["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert (
        SCHEMA["$id"] == "https://cliniko-openapi.example.org/custom_fields.schema.json"
    )


def test_entry_points_the_openapi_spec_refers_to_exist() -> None:
    assert {"CustomFieldsResponse", "CustomFieldsRequest"} <= SCHEMA["$defs"].keys()
    assert SCHEMA["$ref"] == "#/$defs/CustomFields"


def test_no_dynamic_refs() -> None:
    text = SCHEMA_PATH.read_text(encoding="utf-8")
    assert "$dynamicRef" not in text
    assert "$dynamicAnchor" not in text


def _undescribed(schema: object, where: str) -> list[str]:
    """Places of subschemas without a description (boolean and empty schemas need none)."""
    if not isinstance(schema, dict) or not schema:
        return []
    missing = [] if "description" in schema else [where]
    for keyword in ("properties", "$defs"):
        for name, sub in schema.get(keyword, {}).items():
            missing += _undescribed(sub, f"{where}/{keyword}/{name}")
    for keyword in ("items", "if", "then", "else", "not", "contains"):
        if keyword in schema and "$ref" not in schema[keyword]:
            missing += _undescribed(schema[keyword], f"{where}/{keyword}")
    for position, sub in enumerate(schema.get("allOf", [])):
        if "$ref" not in sub:
            missing += _undescribed(sub, f"{where}/allOf/{position}")
    for name, sub in schema.get("dependentSchemas", {}).items():
        missing += _undescribed(sub, f"{where}/dependentSchemas/{name}")
    return missing


def test_every_subschema_and_property_is_described() -> None:
    assert _undescribed(SCHEMA, "#") == []


# --- the seed example ------------------------------------------------------------------


def test_seed_example_is_a_valid_response() -> None:
    assert list(RESPONSE.iter_errors(SEED)) == []


def test_seed_example_is_a_valid_request_against_the_definition() -> None:
    assert list(REQUEST.iter_errors(SEED)) == []
    assert validate_custom_fields(SEED, DEFINITION) == []


def test_definition_fixture_is_response_shaped_and_answers_the_seed() -> None:
    assert list(RESPONSE.iter_errors(DEFINITION)) == []
    seed_section = SEED["sections"][0]
    defined = {section["token"]: section for section in DEFINITION["sections"]}
    assert seed_section["token"] in defined
    defined_fields = {
        field["token"] for field in defined[seed_section["token"]]["fields"]
    }
    assert {field["token"] for field in seed_section["fields"]} <= defined_fields


def test_root_schema_accepts_both_directions() -> None:
    root = Draft202012Validator(SCHEMA)
    forward = copy.deepcopy(SEED)
    forward["sections"][0]["colour"] = "blue"  # a key a future server might add
    tokens_only = {"sections": [{"token": SEED["sections"][0]["token"]}]}
    assert list(root.iter_errors(forward)) == []
    assert list(root.iter_errors(tokens_only)) == []
    assert error_pointers(root, {"sections": [{}]}) == {"/sections/0"}


# --- mutations of the seed that the response schema must reject -----------------------

DELETE = object()
PROVIDER = "/sections/0/fields/0"
POLICY = "/sections/0/fields/1"

MUTATIONS: list[tuple[str, dict[str, object], str]] = [
    # (name, {pointer: new value or DELETE}, pointer of the expected error)
    (
        "section token not a UUID",
        {"/sections/0/token": "ef4c43ec"},
        "/sections/0/token",
    ),
    (
        "option token not a UUID",
        {f"{PROVIDER}/options/0/token": "x" * 36},
        f"{PROVIDER}/options/0/token",
    ),
    ("field token missing", {f"{POLICY}/token": DELETE}, POLICY),
    ("type outside the enum", {f"{POLICY}/type": "number"}, f"{POLICY}/type"),
    ("type missing", {f"{POLICY}/type": DELETE}, POLICY),
    ("section name missing", {"/sections/0/name": DELETE}, "/sections/0"),
    (
        "option name missing",
        {f"{PROVIDER}/options/1/name": DELETE},
        f"{PROVIDER}/options/1",
    ),
    (
        "section name of 256 characters",
        {"/sections/0/name": "s" * 256},
        "/sections/0/name",
    ),
    ("field name of 256 characters", {f"{POLICY}/name": "f" * 256}, f"{POLICY}/name"),
    (
        "option name of 256 characters",
        {f"{PROVIDER}/options/0/name": "o" * 256},
        f"{PROVIDER}/options/0/name",
    ),
    ("empty value", {f"{POLICY}/value": ""}, f"{POLICY}/value"),
    ("value not a string", {f"{POLICY}/value": 12345}, f"{POLICY}/value"),
    (
        "date value in the wrong format",
        {f"{POLICY}/type": "date", f"{POLICY}/value": "26/05/2001"},
        f"{POLICY}/value",
    ),
    (
        "value on a radiobuttons field",
        {f"{PROVIDER}/value": "Great Insurance"},
        f"{PROVIDER}/value",
    ),
    (
        "value on a checkboxes field",
        {f"{PROVIDER}/type": "checkboxes", f"{PROVIDER}/value": "x"},
        f"{PROVIDER}/value",
    ),
    ("options on a text field", {f"{POLICY}/options": []}, f"{POLICY}/options"),
    (
        "other on a paragraph field",
        {f"{POLICY}/type": "paragraph", f"{POLICY}/other": {}},
        f"{POLICY}/other",
    ),
    (
        "radio option selected with other",
        {f"{PROVIDER}/other/selected": True},
        f"{PROVIDER}/options",
    ),
    (
        "option selected false",
        {f"{PROVIDER}/options/1/selected": False},
        f"{PROVIDER}/options/1/selected",
    ),
    (
        "other selected but not enabled",
        {
            f"{PROVIDER}/options/1/selected": DELETE,
            f"{PROVIDER}/other": {"enabled": False, "selected": True},
        },
        f"{PROVIDER}/other/enabled",
    ),
    (
        "other value without selected",
        {f"{PROVIDER}/other/value": "Mega"},
        f"{PROVIDER}/other",
    ),
    (
        "other value of 256 characters",
        {
            f"{PROVIDER}/options/1/selected": DELETE,
            f"{PROVIDER}/other/selected": True,
            f"{PROVIDER}/other/value": "v" * 256,
        },
        f"{PROVIDER}/other/value",
    ),
    ("archived not a boolean", {f"{POLICY}/archived": "no"}, f"{POLICY}/archived"),
    ("sections not an array", {"/sections": {}}, "/sections"),
]


def mutate(document: Any, changes: dict[str, object]) -> Any:
    result = copy.deepcopy(document)
    for pointer, value in changes.items():
        *parents, last = pointer.lstrip("/").split("/")
        target = result
        for part in parents:
            target = target[int(part)] if isinstance(target, list) else target[part]
        if value is DELETE:
            del target[last]
        else:
            target[last] = value
    return result


def test_two_selected_radio_options_are_refused_by_the_validator_not_the_schema() -> None:
    # "At most one selected option" is stated in words in the schema: Prism ignores
    # minContains and Redocly miscounts maxContains (issue 10). The definition-aware
    # validator still refuses it.
    document = mutate(SEED, {f"{PROVIDER}/options/0/selected": True})
    assert error_pointers(RESPONSE, document) == set()
    assert [(v.code, v.pointer) for v in validate_custom_fields(document, DEFINITION)] == [
        ("too_many_selected", f"{PROVIDER}/options")
    ]


@pytest.mark.parametrize(
    ("changes", "pointer"), [m[1:] for m in MUTATIONS], ids=[m[0] for m in MUTATIONS]
)
def test_response_schema_rejects_mutated_seed(
    changes: dict[str, object], pointer: str
) -> None:
    assert pointer in error_pointers(RESPONSE, mutate(SEED, changes))


@pytest.mark.parametrize(
    "changes",
    [
        {"/sections/0/name": "s" * 255},
        {f"{POLICY}/type": "date", f"{POLICY}/value": "2001-05-26"},
        {
            f"{PROVIDER}/options/1/selected": DELETE,
            f"{PROVIDER}/other/selected": True,
            f"{PROVIDER}/other/value": "v" * 255,
        },
        {
            f"{PROVIDER}/type": "checkboxes",
            f"{PROVIDER}/options/0/selected": True,
            f"{PROVIDER}/other/selected": True,
        },
        {f"{PROVIDER}/colour": "blue", "/sections/0/archived": False},
    ],
    ids=[
        "name at the limit",
        "good date",
        "other value at the limit",
        "checkboxes take many",
        "unknown keys tolerated",
    ],
)
def test_response_schema_accepts_close_variants_of_the_seed(
    changes: dict[str, object],
) -> None:
    assert error_pointers(RESPONSE, mutate(SEED, changes)) == set()


def test_request_schema_disregards_names_and_types_but_rejects_unknown_keys() -> None:
    bare = mutate(
        SEED,
        {
            "/sections/0/name": DELETE,
            f"{PROVIDER}/name": DELETE,
            f"{PROVIDER}/type": DELETE,
        },
    )
    assert error_pointers(REQUEST, bare) == set()
    assert error_pointers(RESPONSE, bare) == {"/sections/0", PROVIDER}
    extra = mutate(SEED, {f"{PROVIDER}/options/0/colour": "blue"})
    assert error_pointers(REQUEST, extra) == {f"{PROVIDER}/options/0"}


# --- the validator against definition.json ---------------------------------------------


@pytest.mark.parametrize(
    "case", CASES["pass"], ids=[case["name"] for case in CASES["pass"]]
)
def test_pass_case(case: dict[str, Any]) -> None:
    assert validate_custom_fields(case["payload"], DEFINITION) == []


@pytest.mark.parametrize(
    "case", CASES["fail"], ids=[case["name"] for case in CASES["fail"]]
)
def test_fail_case(case: dict[str, Any]) -> None:
    violations = validate_custom_fields(case["payload"], DEFINITION)
    assert [(v.code, v.pointer) for v in violations] == [
        (case["code"], case["pointer"])
    ]
    assert (case["pointer"] or "the top level") in violations[0].message


def test_fixtures_cover_every_code_and_enough_cases() -> None:
    assert {case["code"] for case in CASES["fail"]} == CODES
    assert len(CASES["pass"]) >= 8
    assert len(CASES["fail"]) >= 15


def test_every_violation_is_reported_not_just_the_first() -> None:
    s = DEFINITION["sections"]
    insurance, clinical = s[0], s[1]
    payload = {
        "sections": [
            {
                "token": insurance["token"],
                "fields": [
                    {"token": insurance["fields"][0]["token"], "value": "x"},
                    {"token": insurance["fields"][1]["token"], "value": ""},
                ],
            },
            {
                "token": clinical["token"],
                "fields": [{"token": clinical["fields"][2]["token"], "value": "May 1"}],
            },
            {"token": "5374c8d0-b192-42db-bcd7-7fe0c4fedff6"},
        ],
        "note": "hello",
    }
    assert sorted(found(payload)) == sorted(
        [
            ("value_not_allowed", "/sections/0/fields/0/value"),
            ("empty_value", "/sections/0/fields/1/value"),
            ("bad_date", "/sections/1/fields/0/value"),
            ("unknown_section_token", "/sections/2/token"),
            ("unknown_property", "/note"),
        ]
    )


@given(st.dates())
def test_any_real_date_is_accepted_for_a_date_field(day: datetime.date) -> None:
    clinical = DEFINITION["sections"][1]
    payload = {
        "sections": [
            {
                "token": clinical["token"],
                "fields": [
                    {"token": clinical["fields"][2]["token"], "value": day.isoformat()}
                ],
            }
        ]
    }
    assert found(payload) == []


@pytest.mark.parametrize("payload", [None, [], "sections", 3])
def test_payload_that_is_not_an_object_is_one_violation(payload: object) -> None:
    assert found(payload) == [("schema", "")]


def test_unknown_key_pointer_is_escaped() -> None:
    assert found({"a/b~c": 1}) == [("unknown_property", "/a~1b~0c")]


@pytest.mark.parametrize(
    ("definition", "complaint"),
    [
        (None, "has no patient_custom_fields_definition"),
        ([], "patient_custom_fields_definition object"),
        (
            {"patient_custom_fields_definition": DEFINITION},
            "not the whole settings object",
        ),
        (
            {
                "sections": [
                    {
                        "token": "ef4c43ec-105d-489c-88cc-0f3c5f67dc70",
                        "name": "S",
                        "fields": [{"token": "x"}],
                    }
                ]
            },
            "/sections/0/fields/0",
        ),
        ({"sections": "none"}, "/sections"),
    ],
    ids=[
        "none",
        "list",
        "whole settings",
        "field without name, type, UUID",
        "sections not a list",
    ],
)
def test_bad_definition_raises_value_error(definition: object, complaint: str) -> None:
    with pytest.raises(ValueError, match="definition|settings") as raised:
        validate_custom_fields(SEED, definition)
    assert complaint in str(raised.value)


def test_generated_models_are_accepted_as_they_come() -> None:
    # What a user has in hand: get_settings.sync(...) and patient.custom_fields are models.
    settings = Settings.from_dict({"patient_custom_fields_definition": DEFINITION})
    definition = settings.patient_custom_fields_definition
    assert isinstance(definition, CustomFields)
    assert validate_custom_fields(CustomFields.from_dict(SEED), definition) == validate_custom_fields(SEED, DEFINITION)
    broken = copy.deepcopy(SEED)
    broken["sections"][0]["token"] = "00000000-0000-4000-8000-000000000000"
    assert validate_custom_fields(CustomFields.from_dict(broken), definition) == validate_custom_fields(
        broken, DEFINITION
    ) != []
    with pytest.raises(ValueError, match="not the whole settings object"):
        validate_custom_fields(SEED, settings)
    with pytest.raises(ValueError, match="has no patient_custom_fields_definition"):
        validate_custom_fields(SEED, UNSET)


def test_violation_is_frozen() -> None:
    violation = Violation("/sections", "schema", "message")
    with pytest.raises(dataclasses.FrozenInstanceError):
        violation.code = "other"


def test_load_schema_finds_the_spec_copy() -> None:
    assert load_schema() == SCHEMA


def test_messages_name_the_rule_never_the_answer() -> None:
    # Answers are clinical text; the sandbox's 422 carries these messages.
    section, seen_on, note = (f"0b4b7f4e-8f44-4a8e-9d55-3c8c1b0a000{n}" for n in (1, 2, 3))
    definition = {"sections": [{"token": section, "name": "Referral", "fields": [
        {"token": seen_on, "name": "Seen on", "type": "date"}, {"token": note, "name": "Note", "type": "text"}]}]}
    answers = {"sections": [{"token": section, "fields": [
        {"token": seen_on, "value": "Zephyrine"}, {"token": note, "value": ["Quillfeather"]}]}]}
    violations = validate_custom_fields(answers, definition)
    assert {v.code for v in violations} == {"bad_date", "schema"}, violations
    assert [v.message for v in violations if v.code == "schema"] == [
        "must be of type string (at /sections/0/fields/1/value)"]
    for violation in violations:
        assert "Zephyrine" not in violation.message and "Quillfeather" not in violation.message
