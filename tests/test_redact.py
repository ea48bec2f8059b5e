"""scripts/redact.py: captured responses become fixtures with no personal data left."""

from __future__ import annotations

import copy
import json
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml
from redact import findings, guess_operation, redact, seed_key
from spec_schemas import ROOT, Spec, load_bundle, load_spec

SPEC = load_spec()
SCRIPT = ROOT / "scripts" / "redact.py"
FIXTURES = ROOT / "tests" / "fixtures"
KEY = seed_key("tests")


def _example(name: str) -> Any:
    path = ROOT / "spec" / "resources" / "patients" / "examples" / name
    return yaml.safe_load(path.read_text(encoding="utf-8"))["value"]


# A capture as it could come from a real account: real-looking values everywhere
# (a mobile outside the fictional range, a Medicare number that passes its checksum,
# a gmail address, custom field answers, a property the spec does not know).
CAPTURE: dict[str, Any] = {
    **_example("getPatient.live.yaml"),
    "first_name": "Margaret", "last_name": "Oyelaran-Whitfield", "label": "Mrs Margaret Oyelaran-Whitfield",
    "title": "Mrs", "preferred_first_name": "Maggie", "email": "m.oyelaran.w@gmail.com",
    "invoice_email": "M.Oyelaran.W@gmail.com", "date_of_birth": "1957-11-03", "time_zone": "Australia/Brisbane",
    "address_1": "14 Wattlebird Crescent", "city": "Toowoomba", "state": "Queensland", "post_code": "4350",
    "medicare": "2953167451", "medicare_reference_number": "2", "dva_card_number": "QX901532",
    "notes": "Left knee replacement 2019. Allergic to penicillin. Daughter Tamsin (0413 882 907) drives her.",
    "emergency_contact": "Tamsin Oyelaran 0413882907", "occupation": "Retired pharmacist",
    "patient_phone_numbers": [
        {"phone_type": "Mobile", "number": "0413 882 906", "normalized_number": "+61413882906"},
        {"phone_type": "Home", "number": "(07) 4632 1188", "normalized_number": "+61746321188"},
    ],
    "custom_fields": {"sections": [{
        "name": "Insurance coverage", "token": "ef4c43ec-105d-489c-88cc-0f3c5f67dc70",
        "fields": [
            {"name": "Provider", "type": "radiobuttons", "token": "b16839e0-26a4-48d6-83d6-36658e357c81",
             "options": [{"name": "Great Insurance", "token": "944e2fe0-6730-42fd-b9a2-519f35ceb46a"},
                         {"name": "Super Insurance", "token": "d656a93c-a0b6-43ea-ab50-06fd1a00ea44"}],
             "other": {"enabled": True, "selected": True, "value": "Queensland Teachers Union Health"}},
            {"name": "Policy number", "type": "text", "token": "fdb9c8a0-2984-4d96-8dc1-fbe703a8afdb",
             "value": "QTU-0048812"},
            {"name": "Last claim", "type": "date", "token": "0b0c8f1e-3d7e-4c55-9b57-5b3f0a8e2c11",
             "value": "2024-06-17"},
        ]}]},
    "favourite_practitioner": "Dr Ingrid Halvorsen",
}

# A capture of an older record, as the API answers for it: the 2017 property set (nothing
# added since: no sex, pronouns, time_zone, medicare, custom_fields, accepted_*...) with null
# text, a null phone list and a null reminder_type, next to real-looking values.
CAPTURE_OLDER: dict[str, Any] = {
    "id": 31822907, "created_at": "2016-11-21T04:02:13Z", "updated_at": "2017-05-08T00:47:31Z",
    "label": "Jarrah Bramwell-Okafor", "title": None, "first_name": "Jarrah", "last_name": "Bramwell-Okafor",
    "gender": "Male", "date_of_birth": "1971-09-14", "email": "jarrah.bo@bigpond.com",
    "address_1": "3/88 Ironbark Road", "address_2": None, "address_3": None, "city": "Wagga Wagga",
    "state": None, "post_code": "2650", "country": None, "occupation": None,
    "emergency_contact": "Nkechi Bramwell-Okafor 0422 615 903", "notes": None, "old_reference_id": "MC-20931",
    "invoice_default_to": None, "invoice_email": None, "invoice_extra_information": None, "referral_source": None,
    "reminder_type": None, "archived_at": None, "deleted_at": None, "patient_phone_numbers": None,
    "medical_alerts": {"links": {"self": "https://api.au1.cliniko.com/v1/patients/31822907/medical_alerts"}},
    "invoices": {"links": {"self": "https://api.au1.cliniko.com/v1/patients/31822907/invoices"}},
    "appointments": {"links": {"self": "https://api.au1.cliniko.com/v1/patients/31822907/appointments"}},
    "links": {"self": "https://api.au1.cliniko.com/v1/patients/31822907"},
}
LATER_PROPERTIES = ("sex", "gender_identity", "pronouns", "time_zone", "preferred_first_name", "medicare",
                    "medicare_reference_number", "dva_card_number", "appointment_notes", "custom_fields",
                    "accepted_privacy_policy", "accepted_email_marketing", "accepted_sms_marketing",
                    "receives_confirmation_emails", "receives_cancellation_emails", "country_code")

SOURCES: list[tuple[str, Any, str, str]] = [
    (path.relative_to(ROOT).as_posix(), json.loads(path.read_text(encoding="utf-8")), path.parent.name,
     path.name.split("-")[1])
    for path in sorted([*FIXTURES.glob("*/response-*-seed.json"), *FIXTURES.glob("*/response-2*-2017.json"),
                        *FIXTURES.glob("*/response-*-nulls.json")])
] + [
    (f"spec/resources/patients/examples/{name}", _example(name), name.split(".")[0], status)
    for name, status in [("getPatient.live.yaml", "200"), ("listPatients.live.yaml", "200"),
                         ("createPatient.live.yaml", "201"), ("listArchivedPatients.merged.yaml", "200")]
] + [("capture", CAPTURE, "getPatient", "200"), ("older capture", CAPTURE_OLDER, "getPatient", "200"),
      ("older capture in a list", {"patients": [CAPTURE_OLDER, CAPTURE], "total_entries": 2,
                                   "links": {"self": "https://api.au1.cliniko.com/v1/patients?page=1"}},
       "listPatients", "200")]


def leaves(value: Any, pointer: str = "") -> Iterator[tuple[str, Any]]:
    if isinstance(value, dict):
        for key, item in value.items():
            yield from leaves(item, f"{pointer}/{key.replace('~', '~0').replace('/', '~1')}")
    elif isinstance(value, list):
        for i, item in enumerate(value):
            yield from leaves(item, f"{pointer}/{i}")
    else:
        yield pointer, value


def run(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, str(SCRIPT), *args], capture_output=True, text=True, input=stdin,
                          cwd=ROOT, timeout=60)


@pytest.fixture(scope="module", params=SOURCES, ids=[s[0] for s in SOURCES])
def redacted(request: pytest.FixtureRequest) -> tuple[Any, Any, Any, str]:
    _, before, operation, status = request.param
    schema = SPEC.response_schema(operation, status)
    assert SPEC.errors_for(before, schema) == [], "the source itself must be valid"
    after, redactor = redact(copy.deepcopy(before), SPEC, schema, KEY)
    return before, after, redactor, schema


def test_output_validates(redacted: tuple[Any, Any, Any, str]) -> None:
    _, after, _, schema = redacted
    assert SPEC.errors_for(after, schema) == []


def test_no_personal_value_survives(redacted: tuple[Any, Any, Any, str]) -> None:
    before, after, redactor, _ = redacted
    after_leaves = dict(leaves(after))
    kept = {v for p, v in leaves(before) if p not in redactor.personal}  # also said in a non-personal place
    personal = {p: v for p, v in leaves(before) if p in redactor.personal and isinstance(v, str) and v}
    # Only a vocabulary the schema pins (custom field tokens and types) may stay.
    pinned = {v for p, v in personal.items() if after_leaves.get(p) == v}
    assert all(SPEC.errors_for(v, _UUID) == [] or v in _FIELD_TYPES for v in pinned), pinned
    secrets = set(personal.values()) - kept - pinned
    output = [v for _, v in leaves(after) if isinstance(v, str)]
    for secret in secrets:
        assert secret not in output
        if len(secret) >= 4:
            assert not any(secret in text for text in output), f"{secret!r} leaked"


_CUSTOM_FIELDS = SPEC.uri.rsplit("/", 1)[0] + "/custom_fields.schema.json"
_UUID = _CUSTOM_FIELDS + "#/$defs/CustomFieldToken"
_FIELD_TYPES = set(SPEC.locate(_CUSTOM_FIELDS + "#/$defs/CustomFieldType")[0]["enum"])


def test_non_personal_values_identical(redacted: tuple[Any, Any, Any, str]) -> None:
    before, after, redactor, _ = redacted
    after_leaves = dict(leaves(after))
    for pointer, value in leaves(before):
        if pointer not in redactor.personal:
            assert after_leaves[pointer] == value, pointer


def is_choice(pointer: str) -> bool:
    """A custom field answer's choice (which option / other the patient picked) and its
    dependent `other.value`: redaction removes these rather than inventing other answers."""
    return pointer.endswith("/selected") or pointer.endswith("/other/value")


def test_empty_and_null_preserved(redacted: tuple[Any, Any, Any, str]) -> None:
    before, after, _, _ = redacted
    after_leaves = dict(leaves(after))
    assert list(after_leaves) == [p for p, _ in leaves(before) if not is_choice(p)], "same structure"
    for pointer, value in leaves(before):
        if value in ("", None) and not isinstance(value, bool):
            assert after_leaves[pointer] == value, pointer


def test_redacted_output_looks_synthetic(redacted: tuple[Any, Any, Any, str]) -> None:
    _, after, _, _ = redacted
    found = [(p, why) for p, v in leaves(after) if isinstance(v, str) for why in findings(v)]
    assert found == []


def test_capture_values_become_safe_and_keep_their_format() -> None:
    schema = SPEC.response_schema("getPatient", "200")
    after, _ = redact(copy.deepcopy(CAPTURE), SPEC, schema, KEY)
    assert list(findings(json.dumps(CAPTURE))), "the capture plants real-looking data"
    assert after["email"].endswith("@example.com")
    assert after["email"] == after["invoice_email"], "emails match ignoring case"
    assert after["medicare"].isdigit() and len(after["medicare"]) == 10
    mobile, home = after["patient_phone_numbers"]
    assert mobile["number"].startswith("0491 570 ") and len(mobile["number"]) == len("0413 882 906")
    assert mobile["normalized_number"] == "+61" + mobile["number"].replace(" ", "")[1:], "same number, same fake"
    assert home["number"].startswith("(07) 5550 ")
    assert after["dva_card_number"][0] in "NVQSWT" and len(after["dva_card_number"]) == len("QX901532")
    assert after["time_zone"] != CAPTURE["time_zone"] and "/" in after["time_zone"]
    assert after["date_of_birth"] != CAPTURE["date_of_birth"] and len(after["date_of_birth"]) == 10
    assert len(after["notes"]) == len(CAPTURE["notes"])
    assert after["favourite_practitioner"] != CAPTURE["favourite_practitioner"], "unknown strings are redacted"
    fields = after["custom_fields"]["sections"][0]["fields"]
    original = CAPTURE["custom_fields"]["sections"][0]["fields"]
    assert [f["token"] for f in fields] == [f["token"] for f in original]
    assert [f["type"] for f in fields] == [f["type"] for f in original]
    assert original[0]["other"]["selected"] is True and "value" in original[0]["other"]
    assert fields[0]["other"] == {"enabled": True}, "the choice and its text are removed"
    assert not any("selected" in o for f in fields for o in f.get("options", [])), "no option stays chosen"
    assert fields[1]["value"] != "QTU-0048812"
    assert fields[2]["value"] != "2024-06-17" and SPEC.errors_for(fields[2]["value"], _DATE) == []
    assert [p.get("selected") for s in [fields[0]] for p in s["options"]] == [None, None]


_DATE = SPEC.uri + "#/components/schemas/DateOrBlank"


def test_same_value_same_replacement_across_patients() -> None:
    page = _example("listPatients.live.yaml")
    first = page["patients"][0]
    twin = {**copy.deepcopy(first), "id": "836447129235880001", "first_name": "Someone", "email": first["email"]}
    other = {**copy.deepcopy(first), "id": "836447129235880002", "email": "different@example.com"}
    page = {**page, "patients": [first, twin, other], "total_entries": 3}
    after, _ = redact(page, SPEC, SPEC.response_schema("listPatients", "200"), KEY)
    emails = [p["email"] for p in after["patients"]]
    assert emails[0] == emails[1] != emails[2]
    assert after["patients"][0]["first_name"] != after["patients"][1]["first_name"]


def test_personal_means_exactly_the_x_pii_true_properties() -> None:
    """Redact's notion of personal comes from the markings, not from a list of its own."""
    patient = {**CAPTURE, "gender": "Female", "country_code": "AU", "referral_source": "Friend"}
    patient.pop("favourite_practitioner")
    _, redactor = redact(copy.deepcopy(patient), SPEC, SPEC.response_schema("getPatient", "200"), KEY)
    schemas = load_bundle().document["components"]["schemas"]
    properties = schemas["Patient"]["properties"]
    marked = {name for name, prop in properties.items() if prop["x-pii"] is True and name in patient}
    assert {p.split("/")[1] for p in redactor.personal} == marked
    phone_props = schemas["PhoneNumber"]["properties"]
    nested = {p.split("/")[-1] for p in redactor.personal if p.startswith("/patient_phone_numbers/")}
    assert nested == {name for name, prop in phone_props.items() if prop.get("x-pii", True)}


def _spec_copy(tmp_path: Path, edit: Any) -> Path:
    shutil.copytree(ROOT / "spec", tmp_path / "spec")
    edit(tmp_path / "spec")
    return tmp_path / "spec" / "openapi.yaml"


def test_a_newly_marked_property_is_redacted(tmp_path: Path) -> None:
    def mark_label(spec_dir: Path) -> None:
        # `label` is personal already; unmark it in the copy, then compare with the real spec.
        path = spec_dir / "resources" / "patients" / "schemas.yaml"
        document = yaml.safe_load(path.read_text(encoding="utf-8"))
        document["Patient"]["properties"]["label"]["x-pii"] = False
        path.write_text(yaml.safe_dump(document, sort_keys=False), encoding="utf-8")

    spec_path = _spec_copy(tmp_path, mark_label)
    capture = tmp_path / "capture.json"
    capture.write_text(json.dumps({**CAPTURE, "label": "Zelda Quartermaine"}), encoding="utf-8")
    unmarked = run(str(capture), "--spec", str(spec_path), "--seed", "1")
    marked = run(str(capture), "--seed", "1")
    assert marked.returncode == unmarked.returncode == 0, marked.stderr + unmarked.stderr
    assert json.loads(unmarked.stdout)["label"] == "Zelda Quartermaine"
    assert json.loads(marked.stdout)["label"] not in ("Zelda Quartermaine", "")


def test_nested_x_pii_false_inside_custom_fields_is_kept(tmp_path: Path) -> None:
    """custom_fields is personal as a whole; a nested `x-pii: false` (nearest marking
    wins) keeps the definition's names while answers are still replaced."""
    def mark_names(spec_dir: Path) -> None:
        path = spec_dir / "custom_fields.schema.json"
        document = json.loads(path.read_text(encoding="utf-8"))
        document["$defs"]["CustomFieldName"]["x-pii"] = False
        path.write_text(json.dumps(document), encoding="utf-8")

    spec = Spec.load(_spec_copy(tmp_path, mark_names))
    after, _ = redact(copy.deepcopy(CAPTURE), spec, spec.response_schema("getPatient", "200"), KEY)
    fields, original = (p["custom_fields"]["sections"][0]["fields"] for p in (after, CAPTURE))
    assert [f["name"] for f in fields] == [f["name"] for f in original]
    assert fields[1]["value"] != original[1]["value"]


# ---- the command line -------------------------------------------------------


def test_cli_writes_json_and_is_deterministic_with_a_seed(tmp_path: Path) -> None:
    path = FIXTURES / "getPatient" / "response-200-seed.json"
    one, two, three = run(str(path), "--seed", "5"), run(str(path), "--seed", "5"), run(str(path), "--seed", "6")
    assert one.returncode == 0 and one.stderr == ""
    assert one.stdout == two.stdout != three.stdout
    assert json.loads(one.stdout)["id"] == 1
    unseeded = run(str(path)), run(str(path))
    assert unseeded[0].stdout != unseeded[1].stdout, "without --seed the key is random"


def test_cli_turns_an_older_capture_into_a_fixture_with_the_same_keys_and_nulls(tmp_path: Path) -> None:
    """Issue 9: a capture full of nulls and without the later properties used to be refused
    ("/address_1: None is not of type 'string'")."""
    assert not set(LATER_PROPERTIES) & set(CAPTURE_OLDER)
    capture = tmp_path / "older.json"
    capture.write_text(json.dumps(CAPTURE_OLDER), encoding="utf-8")
    result = run(str(capture), "--seed", "9")
    assert result.returncode == 0 and result.stderr == "", result.stderr
    out = json.loads(result.stdout)
    assert list(out) == list(CAPTURE_OLDER), "the same keys in the same order: nothing invented, nothing lost"
    assert {k for k, v in out.items() if v is None} == {k for k, v in CAPTURE_OLDER.items() if v is None}
    assert out["email"].endswith("@example.com") and out["first_name"] != "Jarrah"
    assert out["emergency_contact"] != CAPTURE_OLDER["emergency_contact"] and list(findings(result.stdout)) == []
    assert SPEC.errors_for(out, SPEC.response_schema("getPatient", "200")) == []


def test_cli_guesses_the_operation_and_takes_stdin() -> None:
    body = (FIXTURES / "listDeletedPatients" / "response-200-seed.json").read_text(encoding="utf-8")
    assert guess_operation(json.loads(body)) == ("listDeletedPatients", "200")
    assert guess_operation({"patients": []}) == ("listPatients", "200")
    assert guess_operation(_example("settings.yaml")) == ("getSettings", "200")
    result = run("-", stdin=body)
    assert result.returncode == 0 and json.loads(result.stdout) == json.loads(body)


def test_cli_reports_unknown_properties_on_stderr(tmp_path: Path) -> None:
    capture = tmp_path / "capture.json"
    capture.write_text(json.dumps(CAPTURE), encoding="utf-8")
    result = run(str(capture), "--operation", "getPatient", "--status", "200")
    assert result.returncode == 0
    assert "/favourite_practitioner" in result.stderr and "redacted" in result.stderr
    assert "Halvorsen" not in result.stdout


@pytest.mark.parametrize(
    ("content", "args", "message"),
    [
        ('{"patients": [', [], "malformed JSON"),
        (None, [], "cannot read"),
        ('{"first_name": "x"}', [], "does not match the getPatient 200 response schema"),
        ("{}", ["--operation", "nopeOperation"], "no operation 'nopeOperation'"),
        ("{}", ["--operation", "getPatient", "--status", "201"], "documents no 201 response"),
        ("[1, 2]", [], "expected a JSON object"),
    ],
)
def test_cli_fails_with_one_clear_line(tmp_path: Path, content: str | None, args: list[str], message: str) -> None:
    path = tmp_path / "in.json"
    if content is not None:
        path.write_text(content, encoding="utf-8")
    result = run(str(path), *args)
    assert result.returncode == 1
    assert result.stdout == ""
    assert message in result.stderr and len(result.stderr.strip().splitlines()) == 1
    assert "Traceback" not in result.stderr


def test_cli_help() -> None:
    result = run("--help")
    assert result.returncode == 0 and "x-pii" in result.stdout
