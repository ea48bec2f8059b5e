"""A patient record: defaults, partial updates, and how the API shows it.

The writable properties are the spec's PatientUpdate properties; a new patient
starts with each of them blank (`""`, or `null` where the spec allows it), as
the live API sends them. PUT and PATCH change only the properties sent.
Responses carry ids as strings of digits and absolute links.
"""

from __future__ import annotations

import copy
from contextlib import AbstractContextManager, nullcontext
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .accounts import Account
    from .storage import Room
    from .validation import BodyRules

# Defaults that are not "blank": what Cliniko sets on a new patient.
NON_BLANK_DEFAULTS: dict[str, Any] = {
    "receives_confirmation_emails": True,
    "receives_cancellation_emails": True,
    "accepted_email_marketing": False,
    "patient_phone_numbers": [],
}
# Sent by clients but kept out of responses (the spec marks them writeOnly).
WRITE_ONLY = ("concession_type_id", "referring_doctor_id", "unsubscribe_sms_marketing")
VALUE_TYPES = ("text", "paragraph", "date")
# Related lists below the patient's own URL (seed, and patient_attachments live)...
NESTED = ("medical_alerts", "invoices", "appointments", "patient_attachments")
# ...and those the live API links as a filtered top-level list (`/v1/attendees?q[]=patient_id:=ID`).
FILTERED = ("attendees", "relationships")
# What each entry of /patients/deleted carries: the seed's tombstone (default), the
# 2018 staff answer's (plus `id`), or the 2020 docs' whole record.
DELETED_ENTRIES = ("seed", "with-id", "whole")


def _nullable(schema: dict[str, Any]) -> bool:
    types = schema.get("type")
    return (isinstance(types, list) and "null" in types) or any(
        branch.get("type") == "null" for branch in schema.get("anyOf", [])
    )


def blank_patient(writable: dict[str, Any], reminder_type: str) -> dict[str, Any]:
    """Every writable property at its initial value (`writable`: PatientUpdate's properties)."""
    patient: dict[str, Any] = {}
    for name, schema in writable.items():
        if name in WRITE_ONLY:
            continue
        if name in NON_BLANK_DEFAULTS:
            patient[name] = copy.deepcopy(NON_BLANK_DEFAULTS[name])
        elif _nullable(schema):
            patient[name] = None
        else:
            patient[name] = ""
    patient["reminder_type"] = reminder_type
    patient.update(gender=None, accepted_sms_marketing=False, archived_at=None, deleted_at=None,
                   merged_at=None, merged_with_id=None, concession_type_id=None, referring_doctor_id=None)
    return patient


def apply_changes(patient: dict[str, Any], body: dict[str, Any], definition: dict[str, Any] | None) -> None:
    """Write the properties of a validated body onto the patient; the others stay."""
    for name, value in body.items():
        if name == "unsubscribe_sms_marketing":
            if value is True:
                patient["accepted_sms_marketing"] = False
        elif name == "patient_phone_numbers":
            patient[name] = [_phone_number(number) for number in value]
        elif name == "custom_fields":
            patient[name] = None if value is None else render_custom_fields(value, definition or {"sections": []})
        elif name in ("concession_type_id", "referring_doctor_id"):
            patient[name] = None if value is None else str(int(value))  # "007" and 7 are the same id
        else:
            patient[name] = copy.deepcopy(value)


def _phone_number(number: dict[str, Any]) -> dict[str, Any]:
    digits = "".join(c for c in number["number"] if c.isdigit())
    normalized = "+" + digits if number["number"].startswith("+") else None
    return {"number": number["number"], "phone_type": number["phone_type"], "normalized_number": normalized}


def render_custom_fields(answers: dict[str, Any], definition: dict[str, Any]) -> dict[str, Any]:
    """A request's answers (tokens only, already validated against the definition)
    as the API returns them: names and types from the definition, every option of
    an answered choice question listed, the chosen ones `selected: true`."""
    sections = {section["token"]: section for section in definition.get("sections", [])}
    rendered = []
    for answer in answers.get("sections", []):
        section = sections[answer["token"]]
        fields = {field["token"]: field for field in section.get("fields", [])}
        rendered.append({
            "name": section["name"],
            "token": section["token"],
            "fields": [_render_field(fields[field["token"]], field) for field in answer.get("fields", [])],
        })
    return {"sections": rendered}


def _render_field(field: dict[str, Any], answer: dict[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {"name": field["name"], "type": field["type"], "token": field["token"]}
    if field["type"] in VALUE_TYPES:
        if "value" in answer:
            out["value"] = answer["value"]
        return out
    chosen = {o["token"] for o in answer.get("options", []) if o.get("selected") is True}
    out["options"] = [
        {"name": o["name"], "token": o["token"], **({"selected": True} if o["token"] in chosen else {})}
        for o in field.get("options", [])
    ]
    if isinstance(field.get("other"), dict):
        other: dict[str, Any] = {"enabled": field["other"].get("enabled") is True}
        given = answer.get("other") or {}
        if given.get("selected") is True:
            other["selected"] = True
            if "value" in given:
                other["value"] = given["value"]
        out["other"] = other
    return out


def _link(url: str) -> dict[str, Any]:
    return {"links": {"self": url}}


def render(patient: dict[str, Any], base_url: str) -> dict[str, Any]:
    """The patient as GET /patients/{id} shows it."""
    url = f"{base_url}/patients/{patient['id']}"
    shown = {name: value for name, value in patient.items() if name not in (*WRITE_ONLY, "merged_with_id")}
    shown["id"] = str(patient["id"])
    shown["label"] = " ".join(part for part in (patient["title"], patient["first_name"], patient["last_name"]) if part)
    shown["merged_with_patient"] = _link(f"{base_url}/patients/{patient['merged_with_id']}") if patient.get(
        "merged_with_id") else None
    concession, doctor = patient.get("concession_type_id"), patient.get("referring_doctor_id")
    shown["concession_type"] = _link(f"{base_url}/concession_types/{concession}") if concession else None
    shown["referring_doctor"] = _link(f"{base_url}/contacts/{doctor}") if doctor else None
    shown["latest_booking"] = None
    for related in NESTED:
        shown[related] = _link(f"{url}/{related}")
    for related in FILTERED:
        shown[related] = _link(f"{base_url}/{related}?q[]=patient_id:={patient['id']}")
    shown["links"] = {"self": url}
    return shown


def render_deleted(patient: dict[str, Any], base_url: str, shape: str = "seed") -> dict[str, Any]:
    """An entry of /patients/deleted in one of the DELETED_ENTRIES shapes."""
    if shape == "whole":
        return render(patient, base_url)
    entry = {"deleted_at": patient["deleted_at"], "links": {"self": f"{base_url}/patients/{patient['id']}"}}
    return {"id": str(patient["id"]), **entry} if shape == "with-id" else entry


class PatientRules:
    """What a patient does beyond what the spec's description of a resource says: its
    blank defaults, custom fields checked against the account's definition, the
    properties a create or update writes, and how responses show it."""

    noun = "patient"

    def __init__(self, writable: dict[str, Any], body_rules: BodyRules, deleted_entries: str) -> None:
        if deleted_entries not in DELETED_ENTRIES:
            raise ValueError(f"deleted_entries must be one of {', '.join(DELETED_ENTRIES)}, not {deleted_entries!r}")
        self.writable = writable  # PatientUpdate's properties
        self.body_rules = body_rules
        self.deleted_entries = deleted_entries

    def blank(self, account: Account) -> dict[str, Any]:
        return blank_patient(self.writable, account.default_reminder_type)

    def check(self, operation: str, body: Any, account: Account) -> None:
        self.body_rules.check(operation, body, account.custom_fields_definition, self.noun)

    def apply(self, record: dict[str, Any], body: dict[str, Any], account: Account) -> None:
        apply_changes(record, body, account.custom_fields_definition)

    def render(self, record: dict[str, Any], base_url: str) -> dict[str, Any]:
        return render(record, base_url)

    def scope(self, path: str) -> tuple[str, list[Any]]:
        return "1", []

    def attach(self, sandbox: Any) -> None:
        pass

    def room(self, record: dict[str, Any], account: Account) -> Room | None:
        return None  # a patient takes no place

    def written(self, record: dict[str, Any], account: Account) -> None:
        pass  # nothing follows from a patient's record

    def guard(self) -> AbstractContextManager[object]:
        return nullcontext()  # no other resource's write checks a patient's in its own

    def example(self) -> None:
        """Patients are seeded by seeding.py, never from an example."""
        return None

    def render_deleted(self, record: dict[str, Any], base_url: str) -> dict[str, Any]:
        return render_deleted(record, base_url, self.deleted_entries)
