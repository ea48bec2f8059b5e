"""Privacy: models print no personal values, and the API key shows up nowhere
(reprs, exception text, log records at DEBUG, httpx's and httpcore's included)."""

from __future__ import annotations

import base64
import json
import logging
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest
import yaml
from cliniko_client import ClinikoClient, ClinikoError, RetryPolicy, iter_patients
from cliniko_client.api.patients import get_patient
from cliniko_client.models import Patient, PatientCreate, PatientList, PhoneNumber
from cliniko_client.pii_fields import PII_FIELDS
from cliniko_client.redaction import REDACTED
from cliniko_client.spec_schemas import is_personal

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "fixtures"
SEED_PATIENT = json.loads((FIXTURES / "getPatient" / "response-200-seed.json").read_text(encoding="utf-8"))
PERSONAL_VALUES = ["Peter", "Patientman", "2001-05-26", "peter@example.com", "61444444444", "Smith Street",
                   "ABC-12345", "Insurance #123456"]
KEY = "priv4te-key-bodyXYZ-uk1"
UA = "Privacy Test (privacy@example.com)"
SECRETS = [KEY, "priv4te-key-bodyXYZ", base64.b64encode(f"{KEY}:".encode()).decode()]


# ---- redacted repr --------------------------------------------------------------------------


def test_patient_repr_shows_id_not_personal_values() -> None:
    patient = Patient.from_dict(SEED_PATIENT)
    text = repr(patient)
    assert text.startswith("Patient(id=1,")
    assert f"first_name={REDACTED}" in text and "reminder_type='None'" in text
    for value in PERSONAL_VALUES:
        assert value not in text
    assert str(patient) == text  # str() of a model is its repr: a log line "%s" is safe too
    # Nothing is lost: the values are still there for code that asks for them.
    assert patient.first_name == "Peter" and patient.to_dict()["email"] == "peter@example.com"


def test_nested_models_are_redacted_too() -> None:
    page = PatientList.from_dict(json.loads((FIXTURES / "listPatients" / "response-200-seed.json").read_text()))
    text = repr(page)
    assert "total_entries=" in text
    for value in PERSONAL_VALUES:
        assert value not in text
    phone = PhoneNumber.from_dict({"number": "61444444444", "phone_type": "Mobile", "normalized_number": "+61444"})
    assert repr(phone) == f"PhoneNumber(number={REDACTED}, phone_type='Mobile', normalized_number={REDACTED})"


def test_request_models_are_redacted_and_unset_fields_left_out() -> None:
    body = PatientCreate(first_name="Peter", last_name="Patientman", reminder_type="SMS")
    assert repr(body) == f"PatientCreate(first_name={REDACTED}, last_name={REDACTED}, reminder_type='SMS')"


def test_unknown_properties_show_their_names_only() -> None:
    patient = Patient.from_dict({**SEED_PATIENT, "nickname": "Petey", "loyalty_tier": "gold"})
    text = repr(patient)
    assert "additional_properties=<2 unknown: loyalty_tier, nickname>" in text
    assert "Petey" not in text and "gold" not in text
    assert patient.to_dict()["nickname"] == "Petey"


def test_pii_table_follows_the_spec_markings() -> None:
    spec = yaml.safe_load((ROOT / "generated" / "openapi.yaml").read_text(encoding="utf-8"))
    properties = spec["components"]["schemas"]["Patient"]["properties"]
    marked = {name for name, schema in properties.items() if is_personal(schema.get("x-pii"))}
    assert PII_FIELDS["Patient"] == marked
    # Clinical text (`x-pii: clinical`) is personal too: a note's repr shows neither title nor content.
    assert {"title", "content", "author_name"} <= PII_FIELDS["TreatmentNote"]
    assert {"first_name", "date_of_birth", "email", "custom_fields"} <= PII_FIELDS["Patient"]
    assert "id" not in PII_FIELDS["Patient"] and "created_at" not in PII_FIELDS["Patient"]
    # PatientCreate is allOf PatientUpdate: it inherits the markings.
    assert PII_FIELDS["PatientCreate"] == PII_FIELDS["PatientUpdate"]


# ---- the API key ----------------------------------------------------------------------------


class _Handler(BaseHTTPRequestHandler):
    seen_authorization: list[str] = []

    def do_GET(self) -> None:  # noqa: N802 (http.server's naming)
        _Handler.seen_authorization.append(self.headers.get("Authorization", ""))
        status, body, headers = self.server.answers.get(self.path.split("?")[0], (404, {"message": "Not found"}, {}))  # type: ignore[attr-defined]
        payload = json.dumps(body).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(payload)))
        for name, value in headers.items():
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(payload)

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 (http.server's signature)
        pass  # keep the test output clean


@pytest.fixture
def server() -> Iterator[str]:
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    httpd.answers = {  # type: ignore[attr-defined]
        "/v1/patients/1": (200, SEED_PATIENT, {}),
        "/v1/patients/2": (401, {"message": "HTTP Basic: Access denied."}, {}),
        "/v1/patients": (429, {"message": "Too many requests"}, {"X-RateLimit-Reset": "4102444800"}),
        "/v1/patients/3": (422, {"message": "Validation Failed", "errors": {"email": "is invalid"}}, {}),
    }
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    _Handler.seen_authorization.clear()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}/v1"
    finally:
        httpd.shutdown()
        httpd.server_close()


def _assert_no_secret(text: str) -> None:
    for secret in SECRETS:
        assert secret not in text


def test_key_absent_from_reprs_exceptions_and_debug_logs(server: str, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)  # root, so httpx and httpcore records are captured too
    client = ClinikoClient(KEY, UA, base_url=server, retry=RetryPolicy(max_total_wait=0), raise_on_error=True)
    _assert_no_secret(repr(client) + str(client) + repr(vars(client)))

    patient = get_patient.sync(id="1", client=client)
    assert isinstance(patient, Patient)
    errors: list[ClinikoError] = []
    for call in (lambda: get_patient.sync(id="2", client=client),
                 lambda: get_patient.sync(id="3", client=client),
                 lambda: get_patient.sync(id="404", client=client),
                 lambda: list(iter_patients(client))):
        with pytest.raises(ClinikoError) as info:
            call()
        errors.append(info.value)
    assert [e.status_code for e in errors] == [401, 422, 404, 429]
    for error in errors:
        _assert_no_secret(str(error) + repr(error) + repr(error.args) + repr(error.response.request.headers))

    # The key was sent (so the checks above are not vacuous)...
    assert _Handler.seen_authorization and all(h == "Basic " + SECRETS[2] for h in _Handler.seen_authorization)
    # ...and the loggers did speak at DEBUG, without it.
    loggers = {record.name.split(".")[0] for record in caplog.records}
    assert {"httpx", "httpcore"} <= loggers
    for record in caplog.records:
        _assert_no_secret(record.getMessage() + repr(record.args))


# ---- filter values (names, emails) stay out of httpx's request log lines -------------------


def test_httpx_log_lines_carry_no_filter_values(caplog: pytest.LogCaptureFixture) -> None:
    import httpx
    from cliniko_client.api.patients import list_patients

    page = {"patients": [], "total_entries": 0, "links": {"self": "https://api.uk1.cliniko.com/v1/patients"}}
    transport = httpx.MockTransport(lambda request: httpx.Response(200, json=page))
    client = ClinikoClient(api_key=KEY, user_agent=UA, httpx_args={"transport": transport})
    with caplog.at_level(logging.DEBUG):
        list_patients.sync(client=client, q=["last_name:~Patientman", "email:=peter@example.com"])
    lines = [record.getMessage() for record in caplog.records if record.name == "httpx"]
    assert any("GET https://api.uk1.cliniko.com/v1/patients?<query redacted>" in line for line in lines), lines
    assert not any("Patientman" in line or "peter" in line for line in lines)


# ---- treatment notes (issue 22): clinical text in no repr, exception or log ---------------------

CLINICAL = "Synthetic complaint of lower back pain since Tuesday"


def _note_with(edit: Any) -> dict[str, Any]:
    note = json.loads((FIXTURES / "getTreatmentNote" / "response-200-seed.json").read_text())
    edit(note, note["content"]["sections"][0]["questions"][0])
    return note


@pytest.mark.parametrize("edit", [
    lambda n, q: q.update(type=CLINICAL),  # an unknown question type: the enum error must not echo it
    lambda n, q: (q.update(answer=5), n.update(title=CLINICAL)),
    lambda n, q: n.update(content=CLINICAL),
    lambda n, q: q.update(answers=[CLINICAL]),
    lambda n, q: q.update(name=CLINICAL, answer={"text": CLINICAL}),
], ids=["question-type", "answer-int", "content-str", "answer-item", "answer-object"])
def test_a_failing_parse_of_a_note_does_not_echo_its_content(edit: Any) -> None:
    from cliniko_client.models import TreatmentNote

    with pytest.raises(Exception) as caught:  # noqa: PT011 - whichever error, its words are what matter
        TreatmentNote.from_dict(_note_with(edit))
    import traceback

    # What a log's exc_info shows: the whole chain as Python prints it.
    assert CLINICAL not in "".join(traceback.format_exception(caught.value))


def test_a_notes_repr_and_log_lines_carry_no_clinical_text(caplog: pytest.LogCaptureFixture) -> None:
    from cliniko_client.models import TreatmentNote

    note = TreatmentNote.from_dict(_note_with(lambda n, q: (q.update(answer=CLINICAL), n.update(title=CLINICAL))))
    with caplog.at_level(logging.DEBUG):
        logging.getLogger("cliniko_client").info("read %r", note)
    assert CLINICAL not in repr(note) and CLINICAL not in caplog.text
    assert "Natasha Hermiston" not in repr(note)  # the author's name too
    assert note.to_dict()["title"] == CLINICAL  # the data itself is intact
