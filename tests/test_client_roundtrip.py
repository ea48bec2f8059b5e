"""Lossless models and partial updates.

Every response fixture and spec example parses with the generated models and
`to_dict()` gives the same JSON back, unknown properties included. An update
that sets one property sends only that property, and against the sandbox the
others (custom_fields included) stay as they were. Headers (Location, rate
limit) are reachable without raw httpx.
"""

from __future__ import annotations

import asyncio
import datetime
import json
import re
import subprocess
import sys
import textwrap
from decimal import Decimal
from pathlib import Path
from typing import Any

import httpx
import pytest
import yaml
from cliniko_client import (
    ClinikoClient,
    RateLimited,
    RetryPolicy,
    ValidationFailed,
    acreate_patient_with_location,
    create_patient_with_location,
    models,
)
from cliniko_client.api.patients import get_patient, list_patients, patch_patient, update_patient
from cliniko_client.models import (
    ErrorMessage,
    Link,
    Patient,
    PatientCreate,
    PatientList,
    PatientUpdate,
    Settings,
    ValidationError,
)
from cliniko_client.sandbox.testing import SandboxHandle
from cliniko_client.types import Unset
from spec_schemas import load_bundle
from validate_fixtures import mutated

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "fixtures"
EXAMPLES = ROOT / "spec" / "resources" / "patients" / "examples"
UA = "Roundtrip Test (roundtrip@example.com)"
BUNDLE = load_bundle()


def success_models() -> dict[str, Any]:
    """{operationId: the generated model of its 2xx JSON body}, read from the bundle, for every
    operation of every resource (204-only operations have none)."""
    components = BUNDLE.document["components"]
    found: dict[str, Any] = {}
    for _, _, operation, _ in BUNDLE.operations():
        for status in ("200", "201"):
            response = operation["responses"].get(status)
            if response is None:
                continue
            if "$ref" in response:
                response = components["responses"][response["$ref"].rsplit("/", 1)[1]]
            name = response["content"]["application/json"]["schema"]["$ref"].rsplit("/", 1)[1]
            kinds = components["schemas"][name].get("anyOf", [])
            if kinds and all("$ref" in kind for kind in kinds):
                found[operation["operationId"]] = OneOfKinds([getattr(models, k["$ref"].rsplit("/", 1)[1])
                                                              for k in kinds])
            else:
                found[operation["operationId"]] = getattr(models, name)
    return found


class OneOfKinds:
    """The model of a body of one of several kinds (a booking: `anyOf` of models), parsed as the
    generated client parses it: by the first kind, in the spec's order, that takes it."""

    def __init__(self, kinds: list[Any]) -> None:
        self.kinds = kinds

    def from_dict(self, document: Any) -> Any:
        for kind in self.kinds:
            try:
                return kind.from_dict(document)
            except (TypeError, ValueError, AttributeError, KeyError):
                continue
        raise ValueError(f"no kind of {[k.__name__ for k in self.kinds]} takes this body")


# Which model parses each operation's success response, and the error answers.
MODELS: dict[str, Any] = {**success_models(), "settings": Settings, "422": ValidationError, "error": ErrorMessage}


def response_documents() -> list[tuple[str, str, Any]]:
    """(name, operationId, JSON) of every response fixture and response example."""
    found = []
    for path in sorted(FIXTURES.glob("*/response-*.json")):
        status = path.name.split("-")[1]
        # Error answers parse into the error models; success answers into the operation's model.
        model_key = path.parent.name if status.startswith("2") else ("422" if status == "422" else "error")
        found.append((str(path.relative_to(ROOT)), model_key, json.loads(path.read_text(encoding="utf-8"))))
    for path in sorted(ROOT.glob("spec/resources/*/examples/*.yaml")):
        if ".request." in path.name:
            continue
        found.append((str(path.relative_to(ROOT)), path.name.split(".")[0],
                      yaml.safe_load(path.read_text(encoding="utf-8"))["value"]))
    return found


DOCUMENTS = response_documents()


def test_every_response_document_is_found() -> None:
    names = {name for name, _, _ in DOCUMENTS}
    assert len(DOCUMENTS) >= 19 and "tests/fixtures/getPatient/response-200-seed.json" in names


# Amounts that older documents send as JSON numbers (`AmountOrNumber`: `"quantity": 1`): the client
# keeps the value exactly as a Decimal and writes it back as the decimal string Cliniko sends today.
NUMBER_AMOUNTS = {name for schema in load_bundle().document["components"]["schemas"].values()
                  for name, prop in schema.get("properties", {}).items()
                  if prop.get("$ref") == "#/components/schemas/AmountOrNumber"}


def as_written_back(document: Any) -> Any:
    if isinstance(document, list):
        return [as_written_back(item) for item in document]
    if not isinstance(document, dict):
        return document
    return {key: str(Decimal(repr(value))) if key in NUMBER_AMOUNTS and isinstance(value, int | float)
            and not isinstance(value, bool) else as_written_back(value) for key, value in document.items()}


@pytest.mark.parametrize(("name", "operation", "document"), DOCUMENTS, ids=[d[0] for d in DOCUMENTS])
def test_models_round_trip_every_response(name: str, operation: str, document: Any) -> None:
    model = MODELS[operation].from_dict(document)
    # The same JSON, byte for byte once serialised: timestamps keep their `Z`, ids their type.
    assert json.dumps(model.to_dict(), sort_keys=True) == json.dumps(as_written_back(document), sort_keys=True)


def test_ids_and_blank_values_keep_their_shape() -> None:
    seed = json.loads((FIXTURES / "getPatient" / "response-200-seed.json").read_text(encoding="utf-8"))
    live = {**seed, "id": "836447129235883061", "date_of_birth": None, "archived_at": None, "deleted_at": ""}
    assert Patient.from_dict(seed).id == 1  # an integer stays an integer
    out = Patient.from_dict(live).to_dict()
    assert out["id"] == "836447129235883061"  # a 64-bit id as a string keeps every digit
    assert (out["date_of_birth"], out["archived_at"], out["deleted_at"]) == (None, None, "")
    blank = Patient.from_dict({**seed, "date_of_birth": ""}).to_dict()
    assert blank["date_of_birth"] == ""


def test_unknown_properties_survive_at_every_level() -> None:
    seed = json.loads((FIXTURES / "getPatient" / "response-200-seed.json").read_text(encoding="utf-8"))
    extended = json.loads(json.dumps(seed))
    extended["brand_new_property"] = {"nested": [1, 2, {"deep": True}]}
    extended["links"]["brand_new_link"] = "https://api.au1.cliniko.com/v1/x"
    extended["patient_phone_numbers"][0]["extension"] = "12"
    extended["appointments"]["count"] = 3
    section = extended["custom_fields"]["sections"][0]
    section["description"] = "new section key"
    section["fields"][0]["help_text"] = "new field key"
    section["fields"][0]["options"][0]["colour"] = "blue"
    out = Patient.from_dict(extended).to_dict()
    assert out == extended

    page = {"patients": [extended], "total_entries": 1, "links": {"self": "https://x.test/v1/patients"}, "meta": 1}
    assert PatientList.from_dict(page).to_dict() == page


# ---- older records: null everywhere but the names, and absent later fields ----------------

ALWAYS_PRESENT = {"id", "first_name", "last_name", "created_at", "updated_at"}


def fixture(name: str) -> Any:
    return json.loads((FIXTURES / name).read_text(encoding="utf-8"))


def test_null_text_booleans_reminder_type_and_phone_list_parse_and_stay_null() -> None:
    document = fixture("getPatient/response-200-live-imported-nulls.json")
    patient = Patient.from_dict(document)
    assert (patient.title, patient.email, patient.city, patient.notes, patient.medicare) == (None,) * 5
    assert (patient.accepted_email_marketing, patient.receives_confirmation_emails) == (None, None)
    assert (patient.reminder_type, patient.patient_phone_numbers, patient.label, patient.country_code) == (None,) * 4
    assert isinstance(patient.invoices, Link) and patient.first_name == "Wren"
    out = patient.to_dict()
    assert out == document
    nulls = {k for k, v in document.items() if v is None}
    assert {k for k, v in out.items() if v is None} == nulls and len(nulls) > 40


def test_a_2017_record_keeps_its_later_fields_absent() -> None:
    document = fixture("getPatient/response-200-2017.json")
    patient = Patient.from_dict(document)
    for later in ("sex", "gender_identity", "pronouns", "time_zone", "preferred_first_name", "medicare",
                  "appointment_notes", "custom_fields", "accepted_privacy_policy", "receives_cancellation_emails",
                  "country_code", "attendees"):
        assert isinstance(getattr(patient, later), Unset), later
    out = patient.to_dict()
    assert set(out) == set(document), "nothing invented on the way back out"
    assert out == document
    page = fixture("listPatients/response-200-2017.json")
    parsed = PatientList.from_dict(page)
    assert parsed.patients[1].patient_phone_numbers is None and parsed.patients[1].reminder_type is None
    assert PatientList.from_dict(page).to_dict() == page


def test_only_the_always_present_properties_make_a_patient() -> None:
    document = {k: v for k, v in fixture("getPatient/response-200-2017.json").items() if k in ALWAYS_PRESENT}
    assert Patient.from_dict(document).to_dict() == document
    for missing in sorted(ALWAYS_PRESENT):
        with pytest.raises(KeyError):
            Patient.from_dict({k: v for k, v in document.items() if k != missing})


MUTATIONS = fixture("mutations/cases.json")
PATIENT_BASES = ("getPatient/", "listPatients/")


def mutation(case: dict[str, Any]) -> Any:
    return mutated(fixture(case["base"]), case.get("set", {}), case.get("remove", []))


@pytest.mark.parametrize("case", [c for c in MUTATIONS["pass"] if c["base"].startswith(PATIENT_BASES)],
                         ids=lambda c: c["name"])
def test_valid_mutations_round_trip(case: dict[str, Any]) -> None:
    document = mutation(case)
    model = Patient if case["base"].startswith("getPatient/") else PatientList
    assert json.dumps(model.from_dict(document).to_dict(), sort_keys=True) == json.dumps(document, sort_keys=True)


# Every invalid patient response of tests/fixtures/mutations/cases.json, which the spec and the
# validator refuse, the client refuses too: a missing required property (KeyError), or a value
# or value the spec does not allow (TypeError naming the property).
INVALID_RESPONSES = [c for c in MUTATIONS["fail"] if c["base"].startswith(PATIENT_BASES)]


@pytest.mark.parametrize("case", INVALID_RESPONSES, ids=lambda c: c["name"])
def test_invalid_responses_do_not_parse(case: dict[str, Any]) -> None:
    model = Patient if case["base"].startswith("getPatient/") else PatientList
    with pytest.raises((KeyError, TypeError)) as refused:
        model.from_dict(mutation(case))
    if refused.type is TypeError:
        (pointer,) = case["set"]
        named = [part for part in pointer.split("/") if part and not part.isdigit()][-1]
        assert re.search(rf"(^|: ){named}: ", str(refused.value)), refused.value


def test_nullable_fields_are_typed_not_any(tmp_path: Path) -> None:
    """mypy --strict sees `str | None | Unset`, so using one unchecked is a type error, and a
    checked use is not (were the field `Any`, both would pass)."""
    consumer = tmp_path / "consumer.py"
    consumer.write_text(textwrap.dedent("""\
        from cliniko_client.models import Patient


        def city(patient: Patient) -> str:
            return patient.city


        def city_checked(patient: Patient) -> str:
            return patient.city if isinstance(patient.city, str) else ""


        def sms(patient: Patient) -> bool:
            return patient.accepted_sms_marketing is True and patient.first_name.startswith("W")
        """), encoding="utf-8")
    proc = subprocess.run([sys.executable, "-m", "mypy", "--strict", "--no-incremental", str(consumer)],
                          capture_output=True, text=True, check=False, cwd=tmp_path)
    errors = [line for line in proc.stdout.splitlines() if ": error:" in line]
    assert len(errors) == 1 and "consumer.py:5:" in errors[0], proc.stdout
    assert 'got "str | Unset | None", expected "str"' in errors[0] or "Unset" in errors[0], errors[0]


def test_update_of_one_field_sends_only_that_field() -> None:
    assert PatientUpdate(appointment_notes="x").to_dict() == {"appointment_notes": "x"}
    assert PatientUpdate(referral_source=None).to_dict() == {"referral_source": None}  # null clears it
    assert PatientCreate(first_name="John", last_name="Snow").to_dict() == {"first_name": "John", "last_name": "Snow"}
    example = yaml.safe_load((EXAMPLES / "updatePatient.request.one_field.yaml").read_text(encoding="utf-8"))
    assert PatientUpdate.from_dict(example["value"]).to_dict() == example["value"]


def test_update_request_body_on_the_wire() -> None:
    bodies: list[Any] = []
    seed = json.loads((FIXTURES / "updatePatient" / "response-200-seed.json").read_text(encoding="utf-8"))

    def handler(request: httpx.Request) -> httpx.Response:
        bodies.append(json.loads(request.content))
        return httpx.Response(200, json=seed)

    client = ClinikoClient("k-au1", UA, retry=None, httpx_args={"transport": httpx.MockTransport(handler)})
    update_patient.sync(id="1", client=client, body=PatientUpdate(appointment_notes="Fist bumps"))
    patch_patient.sync(id="1", client=client, body=PatientUpdate(time_zone="Australia/Melbourne"))
    assert bodies == [{"appointment_notes": "Fist bumps"}, {"time_zone": "Australia/Melbourne"}]


def test_create_patient_with_location() -> None:
    seed = json.loads((FIXTURES / "createPatient" / "response-201-seed.json").read_text(encoding="utf-8"))
    location = "https://api.au1.cliniko.com/v1/patients/1"

    def handler(request: httpx.Request) -> httpx.Response:
        if json.loads(request.content)["first_name"] == "":
            errors = {"first_name": "can't be blank"}
            return httpx.Response(422, json={"message": "Validation Failed", "errors": errors})
        return httpx.Response(201, json=seed, headers={"Location": location})

    client = ClinikoClient("k-au1", UA, retry=None, httpx_args={"transport": httpx.MockTransport(handler)})
    patient, url = create_patient_with_location(client, PatientCreate(first_name="Peter", last_name="Patientman"))
    assert isinstance(patient, Patient) and url == location
    with pytest.raises(ValidationFailed) as info:
        create_patient_with_location(client, PatientCreate(first_name="", last_name="y"))
    assert info.value.errors == {"first_name": "can't be blank"}


# ---- end to end against the sandbox --------------------------------------------------------

# The package's own fixture (`cliniko_sandbox`), reached in-process by its async twin
# `asgi_client()` (httpx.ASGITransport): no socket, as a user's async tests would.
FULL_CREATE = yaml.safe_load((EXAMPLES / "createPatient.request.full.yaml").read_text(encoding="utf-8"))["value"]


def test_partial_update_against_the_sandbox_leaves_other_fields(cliniko_sandbox: SandboxHandle) -> None:
    async def main() -> tuple[dict[str, Any], dict[str, Any], dict[str, Any], str]:
        client = cliniko_sandbox.asgi_client(user_agent=UA)
        created, location = await acreate_patient_with_location(client, PatientCreate.from_dict(FULL_CREATE))
        assert isinstance(created.id, str | int)
        before = created.to_dict()
        updated = await update_patient.asyncio(id=str(created.id), client=client,
                                               body=PatientUpdate(appointment_notes="Fist bumps"))
        patched = await patch_patient.asyncio(id=str(created.id), client=client,
                                              body=PatientUpdate(occupation="Engineer"))
        fetched = await get_patient.asyncio(id=str(created.id), client=client)
        assert isinstance(updated, Patient) and isinstance(patched, Patient) and isinstance(fetched, Patient)
        return before, updated.to_dict(), fetched.to_dict(), location

    before, updated, after, location = asyncio.run(main())
    assert location.endswith(f"/v1/patients/{before['id']}")
    assert updated["appointment_notes"] == "Fist bumps"
    assert after["appointment_notes"] == "Fist bumps" and after["occupation"] == "Engineer"
    assert before["custom_fields"] and after["custom_fields"] == before["custom_fields"]
    unchanged = {k: v for k, v in before.items() if k not in ("appointment_notes", "occupation", "updated_at")}
    assert {k: after[k] for k in unchanged} == unchanged


@pytest.mark.cliniko_sandbox(rate_limit="1/3600")
def test_rate_limit_reset_reachable_from_the_sandbox(cliniko_sandbox: SandboxHandle) -> None:
    async def main() -> None:
        client = cliniko_sandbox.asgi_client(user_agent=UA, raise_on_error=True, retry=RetryPolicy(max_total_wait=0))
        await list_patients.asyncio(client=client)  # the one request of the window
        await list_patients.asyncio(client=client)

    with pytest.raises(RateLimited) as info:
        asyncio.run(main())
    assert info.value.reset_at is not None and info.value.reset_at > datetime.datetime.now(datetime.UTC)
    assert info.value.response.headers["X-RateLimit-Reset"]
