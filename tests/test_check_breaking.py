"""Tests of scripts/check_breaking.py: plant one change at a time in a small spec and check the verdict."""

from __future__ import annotations

import copy
import importlib.util
import inspect
import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parent.parent
SCRIPT = ROOT / "scripts" / "check_breaking.py"
BASE = yaml.safe_load((ROOT / "tests" / "fixtures" / "breaking" / "base.yaml").read_text(encoding="utf-8"))

_spec = importlib.util.spec_from_file_location("check_breaking", SCRIPT)
cb = importlib.util.module_from_spec(_spec)
sys.modules["check_breaking"] = cb  # dataclasses look their module up here
_spec.loader.exec_module(cb)

from breaking import engine, pairs  # noqa: E402  (scripts/ is on pythonpath; loaded by check_breaking above)


def schemas(d: dict) -> dict:
    return d["components"]["schemas"]


def props(d: dict, name: str) -> dict:
    return schemas(d)[name]["properties"]


def op(d: dict, path: str, method: str) -> dict:
    return d["paths"][path][method]


def rename(mapping: dict, old: str, new: str) -> None:
    mapping[new] = mapping.pop(old)


def compare(base: dict, head: dict):
    return cb.compare_specs(cb.Spec(base, "BASE", "base.yaml"), cb.Spec(head, "HEAD", "head.yaml"))


def changed(mutate) -> dict:
    head = copy.deepcopy(BASE)
    mutate(head)
    return head


def write(path: Path, doc) -> Path:
    path.write_text(yaml.safe_dump(doc, sort_keys=False), encoding="utf-8")
    return path


def run(*args: str, cwd: Path = ROOT) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, str(SCRIPT), *map(str, args)], cwd=cwd,
                          capture_output=True, text=True, check=False)


def bump_major(d: dict) -> None:
    d["info"]["version"] = "2.0.0"


GET_PATIENT = "GET /patients/{id} response 200 body"
CREATE = "POST /patients request body"

# (id, change to HEAD, kind, location): each must be listed as breaking.
BREAKING = [
    ("operation removed", lambda d: d["paths"]["/patients/{id}"].pop("delete"),
     "operation-removed", "DELETE /patients/{id}"),
    ("error response removed", lambda d: op(d, "/patients/{id}", "get")["responses"].pop("404"),
     "response-removed", "GET /patients/{id} response 404"),
    ("201 became 200", lambda d: rename(op(d, "/patients", "post")["responses"], "201", "200"),
     "success-status-changed", "POST /patients response 201"),
    ("204 became 200", lambda d: rename(op(d, "/patients/{id}", "delete")["responses"], "204", "200"),
     "success-status-changed", "DELETE /patients/{id} response 204"),
    ("parameter removed", lambda d: op(d, "/patients", "get")["parameters"].pop(1),
     "parameter-removed", "GET /patients parameter per_page (query)"),
    ("parameter renamed", lambda d: d["components"]["parameters"]["Page"].update(name="page_number"),
     "parameter-removed", "GET /patients parameter page (query)"),
    ("parameter moved to a header", lambda d: d["components"]["parameters"]["PerPage"].update({"in": "header"}),
     "parameter-in-changed", "GET /patients parameter per_page (query)"),
    ("parameter became required", lambda d: d["components"]["parameters"]["PerPage"].update(required=True),
     "required-added", "GET /patients parameter per_page (query)"),
    ("new required parameter", lambda d: op(d, "/patients", "get")["parameters"].append(
        {"name": "business_id", "in": "query", "required": True, "schema": {"type": "string"}}),
     "required-parameter-added", "GET /patients parameter business_id (query)"),
    ("parameter serialisation changed", lambda d: op(d, "/patients", "get")["parameters"][2].update(explode=False),
     "parameter-style-changed", "GET /patients parameter q[] (query)"),
    ("request body became required", lambda d: op(d, "/patients/{id}", "patch")["requestBody"].update(required=True),
     "request-body-required", "PATCH /patients/{id} request body"),
    ("request body removed", lambda d: op(d, "/patients/{id}", "patch").pop("requestBody"),
     "request-body-removed", "PATCH /patients/{id} request body"),
    ("new required request property", lambda d: (props(d, "PatientCreate").update(email={"type": "string"}),
                                                 schemas(d)["PatientCreate"]["required"].append("email")),
     "required-property-added", f"{CREATE} /properties/email"),
    ("request property became required", lambda d: schemas(d)["PatientCreate"]["required"].append("notes"),
     "required-added", f"{CREATE} /properties/notes"),
    ("property removed from a closed request object", lambda d: props(d, "PatientUpdate").pop("notes"),
     "property-removed", "PATCH /patients/{id} request body /properties/notes"),
    ("request object closed", lambda d: schemas(d)["PatientCreate"].update(additionalProperties=False),
     "additional-properties-forbidden", CREATE),
    ("response property removed", lambda d: props(d, "Patient").pop("appointment_count"),
     "property-removed", f"{GET_PATIENT} /properties/appointment_count"),
    ("response property removed, seen in a list", lambda d: props(d, "Patient").pop("appointment_count"),
     "property-removed", "GET /patients response 200 body /properties/patients/items/properties/appointment_count"),
    ("response property removed, seen through the recursive link",
     lambda d: props(d, "Patient").pop("appointment_count"),
     "property-removed", f"{GET_PATIENT} /properties/linked_patient/properties/appointment_count"),
    ("response property renamed", lambda d: rename(props(d, "Patient"), "appointment_count", "appointments_count"),
     "property-removed", f"{GET_PATIENT} /properties/appointment_count"),
    ("response property became optional", lambda d: schemas(d)["Patient"]["required"].remove("last_name"),
     "required-removed", f"{GET_PATIENT} /properties/last_name"),
    ("response type changed", lambda d: props(d, "Patient")["appointment_count"].update(type="string"),
     "type-changed", f"{GET_PATIENT} /properties/appointment_count"),
    ("response type widened", lambda d: props(d, "Patient")["appointment_count"].update(type=["integer", "string"]),
     "type-widened", f"{GET_PATIENT} /properties/appointment_count"),
    ("response field became nullable", lambda d: props(d, "Patient")["first_name"].update(type=["string", "null"]),
     "nullable-added", f"{GET_PATIENT} /properties/first_name"),
    ("nullable removed from a response field", lambda d: props(d, "Patient")["title"].update(type="string"),
     "nullable-removed", f"{GET_PATIENT} /properties/title"),
    ("null branch of an anyOf removed", lambda d: props(d, "Patient")["linked_patient"]["anyOf"].pop(),
     "nullable-removed", f"{GET_PATIENT} /properties/linked_patient"),
    ("digit-string ids no longer accepted", lambda d: schemas(d)["Id"]["anyOf"].pop(),
     "type-narrowed", "GET /patients/{id} parameter id (path)"),
    ("request type changed", lambda d: d["components"]["parameters"]["PerPage"]["schema"].update(type="string"),
     "type-changed", "GET /patients parameter per_page (query)"),
    ("null no longer accepted in a request", lambda d: props(d, "PatientCreate")["accepts_sms"].update(type="boolean"),
     "nullable-removed", f"{CREATE} /properties/accepts_sms"),
    ("enum value removed from a request", lambda d: schemas(d)["ReminderType"]["enum"].remove("Email"),
     "enum-value-removed", f"{CREATE} /properties/reminder_type"),
    ("enum value removed from a response", lambda d: props(d, "PhoneNumber")["phone_type"]["enum"].remove("Fax"),
     "enum-value-removed", f"{GET_PATIENT} /properties/patient_phone_numbers/items/properties/phone_type"),
    ("enum value added to a response", lambda d: schemas(d)["ReminderType"]["enum"].append("Post"),
     "enum-value-added", f"{GET_PATIENT} /properties/reminder_type"),
    ("free request value became an enum", lambda d: props(d, "PatientCreate")["notes"].update(enum=["-"]),
     "enum-constraint-added", f"{CREATE} /properties/notes"),
    ("response enum became free text", lambda d: props(d, "PhoneNumber")["phone_type"].pop("enum"),
     "enum-constraint-removed", f"{GET_PATIENT} /properties/patient_phone_numbers/items/properties/phone_type"),
    ("maxLength lowered", lambda d: props(d, "PatientCreate")["first_name"].update(maxLength=50),
     "constraint-tightened", f"{CREATE} /properties/first_name"),
    ("minimum raised", lambda d: d["components"]["parameters"]["Page"]["schema"].update(minimum=2),
     "constraint-tightened", "GET /patients parameter page (query)"),
    ("maximum lowered", lambda d: d["components"]["parameters"]["PerPage"]["schema"].update(maximum=50),
     "constraint-tightened", "GET /patients parameter per_page (query)"),
    ("pattern changed in an anyOf branch", lambda d: schemas(d)["Id"]["anyOf"][1].update(pattern="^[1-9][0-9]*$"),
     "constraint-tightened", "GET /patients/{id} parameter id (path) /anyOf/1"),
    ("maxItems lowered", lambda d: props(d, "PatientCreate")["patient_phone_numbers"].update(maxItems=3),
     "constraint-tightened", f"{CREATE} /properties/patient_phone_numbers"),
    ("response format changed", lambda d: props(d, "Patient")["date_of_birth"].update(format="date-time"),
     "format-changed", f"{GET_PATIENT} /properties/date_of_birth"),
    ("request format added", lambda d: props(d, "PatientCreate")["notes"].update(format="email"),
     "format-changed", f"{CREATE} /properties/notes"),
    ("operation needs another scheme", lambda d: (
        d["components"]["securitySchemes"].update(apiKey={"type": "apiKey", "in": "header", "name": "X-Key"}),
        op(d, "/patients", "post").update(security=[{"apiKey": []}])),
     "security-changed", "POST /patients security"),
    ("security scheme redefined", lambda d: d["components"]["securitySchemes"]["basicAuth"].update(scheme="bearer"),
     "security-scheme-changed", "GET /patients security basicAuth"),
    ("request media type removed", lambda d: rename(op(d, "/patients", "post")["requestBody"]["content"],
                                                    "application/json", "application/x-www-form-urlencoded"),
     "media-type-removed", CREATE),
    ("response media type removed", lambda d: rename(op(d, "/patients/{id}", "get")["responses"]["200"]["content"],
                                                     "application/json", "application/vnd.api+json"),
     "media-type-removed", GET_PATIENT),
    ("response header removed", lambda d: op(d, "/patients", "get")["responses"]["200"].pop("headers"),
     "response-header-removed", "GET /patients response 200 header X-RateLimit-Reset"),
    ("response header type changed",
     lambda d: op(d, "/patients", "get")["responses"]["200"]["headers"]["X-RateLimit-Reset"]["schema"].update(
         type="string"),
     "type-changed", "GET /patients response 200 header X-RateLimit-Reset"),
]

# (id, change to HEAD, kind, location): each must be listed as non-breaking, and nothing as breaking.
NON_BREAKING = [
    ("new operation", lambda d: d["paths"].update({"/patients/{id}/archive": {"post": {
        "parameters": [{"$ref": "#/components/parameters/PatientId"}],
        "responses": {"204": {"description": "Archived."}}}}}),
     "operation-added", "POST /patients/{id}/archive"),
    ("new optional parameter", lambda d: op(d, "/patients", "get")["parameters"].append(
        {"name": "updated_since", "in": "query", "schema": {"type": "string", "format": "date-time"}}),
     "parameter-added", "GET /patients parameter updated_since (query)"),
    ("new optional request property", lambda d: props(d, "PatientCreate").update(email={"type": "string"}),
     "property-added", f"{CREATE} /properties/email"),
    ("new response property", lambda d: props(d, "Patient").update(email={"type": "string"}),
     "property-added", f"{GET_PATIENT} /properties/email"),
    ("property removed from an open request object", lambda d: props(d, "PatientCreate").pop("notes"),
     "property-removed", f"{CREATE} /properties/notes"),
    ("new enum value in a request", lambda d: op(d, "/patients", "get")["parameters"][3]["schema"]["enum"].append(
        "first_name"),
     "enum-value-added", "GET /patients parameter sort (query)"),
    ("request enum became free text", lambda d: op(d, "/patients", "get")["parameters"][3]["schema"].pop("enum"),
     "enum-constraint-removed", "GET /patients parameter sort (query)"),
    ("response value became an enum", lambda d: props(d, "Patient")["first_name"].update(enum=["Jo", "Sam"]),
     "enum-constraint-added", f"{GET_PATIENT} /properties/first_name"),
    ("maxLength raised", lambda d: props(d, "PatientCreate")["first_name"].update(maxLength=255),
     "constraint-loosened", f"{CREATE} /properties/first_name"),
    ("maxItems removed", lambda d: props(d, "PatientCreate")["patient_phone_numbers"].pop("maxItems"),
     "constraint-loosened", f"{CREATE} /properties/patient_phone_numbers"),
    ("minimum lowered", lambda d: d["components"]["parameters"]["Page"]["schema"].update(minimum=0),
     "constraint-loosened", "GET /patients parameter page (query)"),
    ("operation deprecated", lambda d: op(d, "/patients/{id}", "get").update(deprecated=True),
     "deprecated", "GET /patients/{id}"),
    ("parameter deprecated", lambda d: d["components"]["parameters"]["Page"].update(deprecated=True),
     "deprecated", "GET /patients parameter page (query)"),
    ("response property deprecated", lambda d: props(d, "Patient")["appointment_count"].update(deprecated=True),
     "deprecated", f"{GET_PATIENT} /properties/appointment_count"),
    ("new error response", lambda d: op(d, "/patients", "get")["responses"].update(
        {"429": {"description": "Too many requests."}}),
     "response-added", "GET /patients response 429"),
    ("request accepts another type", lambda d: d["components"]["parameters"]["PerPage"]["schema"].update(
        type=["integer", "string"]),
     "type-widened", "GET /patients parameter per_page (query)"),
    ("request accepts null", lambda d: props(d, "PatientCreate")["notes"].update(type=["string", "null"]),
     "nullable-added", f"{CREATE} /properties/notes"),
    ("request property became optional", lambda d: schemas(d)["PatientCreate"]["required"].remove("last_name"),
     "required-removed", f"{CREATE} /properties/last_name"),
    ("alternative request shape added", lambda d: schemas(d).update(PatientCreate={"anyOf": [
        schemas(d)["PatientCreate"],
        {"type": "object", "required": ["patient_id"], "properties": {"patient_id": {"type": "string"}}}]}),
     "property-added", f"{CREATE} /properties/patient_id"),
    ("response property now always present", lambda d: schemas(d)["Patient"]["required"].append("date_of_birth"),
     "required-added", f"{GET_PATIENT} /properties/date_of_birth"),
    ("request format dropped", lambda d: props(d, "PatientCreate")["date_of_birth"].pop("format"),
     "format-changed", f"{CREATE} /properties/date_of_birth"),
    ("request media type added", lambda d: op(d, "/patients", "post")["requestBody"]["content"].update(
        {"application/x-www-form-urlencoded": {"schema": {"$ref": "#/components/schemas/PatientCreate"}}}),
     "media-type-added", f"{CREATE} (application/x-www-form-urlencoded)"),
    ("optional request body added", lambda d: op(d, "/patients/{id}", "delete").update(
        requestBody={"content": {"application/json": {"schema": {"type": "object"}}}}),
     "request-body-added", "DELETE /patients/{id} request body"),
    ("anonymous access allowed", lambda d: op(d, "/patients", "get").update(security=[{"basicAuth": []}, {}]),
     "security-changed", "GET /patients security"),
    ("new response header", lambda d: op(d, "/patients/{id}", "get")["responses"]["200"].update(
        headers={"X-Request-Id": {"schema": {"type": "string"}}}),
     "response-header-added", "GET /patients/{id} response 200 header X-Request-Id"),
    ("new schema of a new operation", lambda d: (
        schemas(d).update(Alert={"type": "object", "properties": {"name": {"type": "string"}}}),
        d["paths"].update({"/alerts": {"get": {"responses": {"200": {"description": "An alert.", "content": {
            "application/json": {"schema": {"$ref": "#/components/schemas/Alert"}}}}}}}})),
     "schema-added", "#/components/schemas/Alert"),
]


def ids(cases: list) -> list[str]:
    return [case[0] for case in cases]


@pytest.mark.parametrize(("name", "mutate", "kind", "location"), BREAKING, ids=ids(BREAKING))
def test_breaking_change_is_reported(name, mutate, kind, location):
    report = compare(BASE, changed(mutate))
    found = [(f.kind, f.location) for f in report.breaking]
    assert len(set(report.breaking)) == len(report.breaking), "the same finding twice"
    assert (kind, location) in found, f"{name}: got {report.breaking}"
    assert (kind, location) not in [(f.kind, f.location) for f in report.non_breaking]


@pytest.mark.parametrize(("name", "mutate", "kind", "location"), NON_BREAKING, ids=ids(NON_BREAKING))
def test_non_breaking_change_is_listed_but_passes(name, mutate, kind, location):
    report = compare(BASE, changed(mutate))
    assert (kind, location) in [(f.kind, f.location) for f in report.non_breaking], f"{name}: got {report}"
    assert report.breaking == []


def test_every_kind_is_exercised():
    exercised = {case[2] for case in BREAKING + NON_BREAKING}
    assert exercised == set(cb.KINDS)


@pytest.mark.parametrize("rule", pairs.RULES, ids=lambda r: r.kind)
def test_each_rule_is_a_small_named_class_that_says_why(rule):
    summary, _, why = (inspect.getdoc(rule) or "").partition("\n\n")
    assert summary and why.strip(), f"{rule.kind}: the docstring needs a summary line, then why it breaks or not"
    assert rule.levels(), f"{rule.kind}: no method named after a level ({', '.join(pairs.LEVELS)})"
    public = {name for name, value in vars(type(rule)).items() if callable(value) and not name.startswith("_")}
    assert public <= set(pairs.LEVELS), f"{rule.kind}: {public - set(pairs.LEVELS)} is not a level; never called"
    assert len(inspect.getsource(type(rule)).splitlines()) <= 40, f"{rule.kind}: a rule should stay small"
    assert [r.kind for r in pairs.RULES].count(rule.kind) == 1


def test_a_new_kind_of_finding_is_one_new_rule(monkeypatch):
    class OperationIdChanged(pairs.Rule):
        """An operation's operationId changed.

        Generated clients name their methods after it."""

        kind = "operation-id-changed"

        def operation(self, pair):
            if pair.base.get("operationId") != pair.head.get("operationId"):
                yield pairs.Change(True, pair.location, "operationId changed")

    monkeypatch.setattr(engine, "RULES", [*pairs.RULES, OperationIdChanged()])
    report = compare(BASE, changed(lambda d: op(d, "/patients", "get").update(operationId="listAllPatients")))
    assert [(f.kind, f.location) for f in report.breaking] == [("operation-id-changed", "GET /patients")]


def medical_alerts(d: dict) -> None:
    """A whole new resource, as Cliniko's medical alerts: 8 operations on new paths, 3 new schemas
    that use the existing Id schema and the existing parameters and responses."""
    alert, alerts = {"$ref": "#/components/schemas/MedicalAlert"}, {"$ref": "#/components/schemas/MedicalAlertList"}
    schemas(d).update(
        MedicalAlert={"type": "object", "required": ["id", "name"], "properties": {
            "id": {"$ref": "#/components/schemas/Id"}, "name": {"type": "string"},
            "archived_at": {"type": ["string", "null"], "format": "date-time"}}},
        MedicalAlertCreate={"type": "object", "required": ["name", "patient_id"], "properties": {
            "name": {"type": "string"}, "patient_id": {"$ref": "#/components/schemas/Id"}}},
        MedicalAlertList={"type": "object", "properties": {"medical_alerts": {"type": "array", "items": alert}}},
    )

    def answer(status: str, schema: dict | None = None) -> dict:
        body = {"content": {"application/json": {"schema": schema}}} if schema else {}
        return {"responses": {status: {"description": "ok", **body},
                              "401": {"$ref": "#/components/responses/Unauthorized"}}}

    create = {"requestBody": {"required": True, "content": {"application/json": {
        "schema": {"$ref": "#/components/schemas/MedicalAlertCreate"}}}}}
    by_id = [{"$ref": "#/components/parameters/PatientId"}]
    d["paths"].update({
        "/medical_alerts": {"get": {"parameters": [{"$ref": "#/components/parameters/Page"}], **answer("200", alerts)},
                            "post": {**create, **answer("201", alert)}},
        "/medical_alerts/{id}": {"parameters": by_id, "get": answer("200", alert),
                                 "patch": {**create, **answer("200", alert)}, "delete": answer("204")},
        "/medical_alerts/{id}/archive": {"parameters": by_id, "post": answer("200", alert)},
        "/medical_alerts/{id}/unarchive": {"parameters": by_id, "post": answer("200", alert)},
        "/patients/{patient_id}/medical_alerts": {"get": {"parameters": [
            {"name": "patient_id", "in": "path", "required": True, "schema": {"$ref": "#/components/schemas/Id"}}],
            **answer("200", alerts)}},
    })


def test_a_whole_new_resource_is_a_non_breaking_addition(tmp_path, base_file):
    report = compare(BASE, changed(medical_alerts))
    assert report.breaking == []
    assert sorted((f.kind, f.location) for f in report.non_breaking) == sorted([
        *[("operation-added", name) for name in (
            "GET /medical_alerts", "POST /medical_alerts", "GET /medical_alerts/{id}", "PATCH /medical_alerts/{id}",
            "DELETE /medical_alerts/{id}", "POST /medical_alerts/{id}/archive",
            "POST /medical_alerts/{id}/unarchive", "GET /patients/{patient_id}/medical_alerts")],
        *[("schema-added", f"#/components/schemas/{name}")
          for name in ("MedicalAlert", "MedicalAlertCreate", "MedicalAlertList")],
    ])
    result = run(base_file, write(tmp_path / "head.yaml", changed(medical_alerts)))  # same info.version
    assert result.returncode == 0, result.stdout + result.stderr
    assert "\n      8  operation-added  (not in a named schema)\n      3  schema-added     (not in a named schema)\n" \
        in result.stdout


def test_a_new_schema_that_existing_operations_use_is_compared_not_listed():
    def shared_alert(d):
        medical_alerts(d)
        props(d, "Patient").update(alert={"$ref": "#/components/schemas/MedicalAlert"})

    report = compare(BASE, changed(shared_alert))
    added = {f.location for f in report.non_breaking if f.kind == "schema-added"}
    assert added == {"#/components/schemas/MedicalAlertCreate", "#/components/schemas/MedicalAlertList"}
    assert ("property-added", f"{GET_PATIENT} /properties/alert") in [(f.kind, f.location) for f in report.non_breaking]


@pytest.mark.parametrize(("name", "mutate"), [
    ("identical", lambda d: None),
    ("anyOf branches reordered", lambda d: schemas(d)["Id"]["anyOf"].reverse()),
    ("inline schema moved to a component", lambda d: (
        schemas(d).update(Notes=props(d, "PatientCreate")["notes"]),
        props(d, "PatientCreate").update(notes={"$ref": "#/components/schemas/Notes"}))),
    ("object split into an allOf", lambda d: schemas(d).update(PatientCreate={"allOf": [
        {"type": "object", "properties": schemas(d)["PatientCreate"]["properties"]},
        {"required": ["first_name", "last_name"]}]})),
    ("type list written as anyOf", lambda d: props(d, "Patient").update(
        title={"anyOf": [{"type": "string"}, {"type": "null"}]})),
    ("required readOnly property in a request", lambda d: (
        props(d, "PatientCreate").update(id={"type": "string", "readOnly": True}),
        schemas(d)["PatientCreate"]["required"].append("id"))),
])
def test_equivalent_spec_gives_no_findings(name, mutate):
    report = compare(BASE, changed(mutate))
    assert report.breaking == [] and report.non_breaking == [], f"{name}: got {report}"


def test_description_changes_are_counted_not_listed():
    head = changed(lambda d: (props(d, "Patient")["title"].update(description="Mr, Ms, Dr, ..."),
                              op(d, "/patients", "get").update(summary="List every patient")))
    report = compare(BASE, head)
    assert report.breaking == [] and report.non_breaking == []
    assert report.description_changes == 2


def test_rename_hint_names_the_new_property():
    report = compare(BASE, changed(lambda d: rename(props(d, "Patient"), "appointment_count", "appointments_count")))
    assert any("renamed to 'appointments_count'?" in f.message for f in report.breaking)
    assert any(f.kind == "property-added" for f in report.non_breaking)


def test_response_narrowing_other_than_null_is_not_breaking():
    def only_integer_ids(d):
        schemas(d)["Id"]["anyOf"].pop()
        d["components"]["parameters"]["PatientId"]["schema"] = {"type": ["integer", "string"]}  # keep requests as-is

    report = compare(BASE, changed(only_integer_ids))
    assert report.breaking == []
    assert ("type-narrowed", f"{GET_PATIENT} /properties/id") in [(f.kind, f.location) for f in report.non_breaking]


def test_enum_value_added_is_breaking_in_responses_only():
    report = compare(BASE, changed(lambda d: schemas(d)["ReminderType"]["enum"].append("Post")))
    assert f"{CREATE} /properties/reminder_type" in [f.location for f in report.non_breaking]
    assert f"{CREATE} /properties/reminder_type" not in [f.location for f in report.breaking]


def test_same_type_branches_pair_with_their_twin():
    def dates(*formats):
        return {"anyOf": [{"type": "string", "format": f} for f in formats] + [{"type": "null"}]}

    base = changed(lambda d: props(d, "Patient").update(date_of_birth=dates("date", "date-time")))
    head = changed(lambda d: props(d, "Patient").update(date_of_birth=dates("date-time", "date")))
    assert compare(base, head).breaking == []
    head = changed(lambda d: props(d, "Patient").update(date_of_birth=dates("date-time", "time")))
    assert ("format-changed", f"{GET_PATIENT} /properties/date_of_birth/anyOf/0") in [
        (f.kind, f.location) for f in compare(base, head).breaking]


def recursive_doc(node_schema: dict) -> dict:
    return {
        "openapi": "3.1.0", "info": {"title": "t", "version": "1.0.0"},
        "paths": {"/nodes": {"get": {"responses": {"200": {"description": "ok", "content": {
            "application/json": {"schema": {"$ref": "#/components/schemas/Node"}}}}}}}},
        "components": {"schemas": {
            "Node": node_schema,
            "Other": {"anyOf": [{"$ref": "#/components/schemas/Node"}, {"$ref": "#/components/schemas/Other"}]},
        }},
    }


@pytest.mark.parametrize("node", [
    {"type": "object", "properties": {"name": {"type": "string"}, "child": {"$ref": "#/components/schemas/Node"},
                                      "children": {"type": "array", "items": {"$ref": "#/components/schemas/Node"}}}},
    {"allOf": [{"$ref": "#/components/schemas/Node"}, {"type": "object", "properties": {"name": {"type": "string"}}}]},
    {"type": "object", "properties": {"name": {"type": "string"}, "other": {"$ref": "#/components/schemas/Other"}}},
], ids=["through properties", "through allOf", "through anyOf"])
def test_recursive_schemas_terminate_and_still_compare(node):
    doc = recursive_doc(node)
    assert compare(doc, copy.deepcopy(doc)).breaking == []
    head = copy.deepcopy(doc)
    target = head["components"]["schemas"]["Node"]
    (target.get("properties") or target["allOf"][1]["properties"]).pop("name")
    locations = [f.location for f in compare(doc, head).breaking]
    assert "GET /nodes response 200 body /properties/name" in locations


def test_yaml_alias_cycle_terminates():
    node: dict = {"type": "object", "properties": {}}
    node["properties"]["self"] = node  # what `&a {... self: *a}` loads as
    doc = recursive_doc(node)
    assert compare(doc, copy.deepcopy(doc)).breaking == []


@pytest.mark.parametrize(("base", "head", "allow", "status", "says"), [
    ("1.2.0", "1.3.0", False, 1,
     "breaking changes require a major version bump of info.version (BASE 1.2.0 -> HEAD 1.3.0)"),
    ("1.2.0", "2.0.0", False, 0, "allowed by the major version bump"),
    ("1.2.0", "v2.0.0-rc.1", False, 0, "allowed by the major version bump"),
    ("2.0.0", "1.9.0", False, 1, "require a major version bump"),
    ("1.2.0", "1.3.0", True, 0, "accepted because of --allow-major"),
    ("1.2.0", "next", False, 1, "HEAD info.version 'next' is not MAJOR.MINOR.PATCH"),
])
def test_verdict_follows_the_major_version(base, head, allow, status, says):
    def doc(version):
        return cb.Spec(dict(BASE, info={"title": "t", "version": version}), "X", "x.yaml")

    report = cb.Report(breaking=[cb.Finding("operation-removed", "GET /x", "operation removed")])
    got_status, message = cb.verdict(report, doc(base), doc(head), allow)
    assert got_status == status and says in message
    assert cb.verdict(cb.Report(), doc(base), doc(head), allow) == (0, "no breaking changes")


# ---------------------------------------------------------------- the command


@pytest.fixture
def base_file(tmp_path: Path) -> Path:
    return write(tmp_path / "base.yaml", BASE)


@pytest.mark.parametrize("case", [c for c in BREAKING if c[0] in {
    "operation removed", "enum value removed from a response", "nullable removed from a response field",
    "new required request property"}], ids=lambda c: c[0])
def test_command_fails_without_major_bump_and_passes_with_one(tmp_path, base_file, case):
    _name, mutate, kind, location = case
    head = write(tmp_path / "head.yaml", changed(mutate))
    result = run(base_file, head)
    assert result.returncode == 1, result.stdout + result.stderr
    assert_listed(result.stdout, kind, location)
    assert "breaking changes require a major version bump of info.version (BASE 1.2.0 -> HEAD 1.2.0)" in result.stdout

    bumped = write(tmp_path / "bumped.yaml", changed(lambda d: (mutate(d), bump_major(d))))
    result = run(base_file, bumped)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "allowed by the major version bump" in result.stdout


def assert_listed(text: str, kind: str, location: str) -> None:
    """The text report shows the finding: on its own line, or, when it repeats one change to a
    shared schema in several places, as a line of that schema's block that names the place."""
    if f"[{kind}] {location}:" in text:
        return
    blocks = re.findall(r"^  (#/components/schemas/\S+), in each of \d+ places:\n((?:      .*\n)+)((?:    \[.*\n)+)",
                        text, re.MULTILINE)
    for _schema, places, lines in blocks:
        for place in places.split("\n"):
            place = place.strip()
            if place and location.startswith(place):
                rest = location[len(place):].strip() or "(the schema itself)"
                if f"    [{kind}] {rest}:" in lines:
                    return
    raise AssertionError(f"[{kind}] {location} not in:\n{text}")


def test_text_report_folds_one_change_to_a_shared_schema(tmp_path, base_file):
    head = write(tmp_path / "head.yaml", changed(lambda d: (props(d, "Patient").pop("appointment_count"),
                                                            d["paths"]["/patients/{id}"].pop("delete"))))
    result = run(base_file, head)
    report = json.loads(run(base_file, head, "--format", "json").stdout)
    removed = [f for f in report["breaking"] if f["kind"] == "property-removed"]
    assert len(removed) > 2 and {f["schema"] for f in removed} == {"#/components/schemas/Patient"}
    assert len({f["location"] for f in removed}) == len(removed)
    text = result.stdout
    assert text.count("[property-removed] /properties/appointment_count:") == 1
    assert f"BREAKING ({len(report['breaking'])}, " in text and " distinct):" in text
    assert f"      {GET_PATIENT}\n" in text
    assert "\n  [operation-removed] DELETE /patients/{id}: operation removed\n" in text, "a single finding stays single"
    for finding in report["breaking"]:
        assert_listed(text, finding["kind"], finding["location"])


def test_text_report_counts_per_kind_and_schema_and_lists_with_verbose(tmp_path, base_file):
    head = write(tmp_path / "head.yaml", changed(lambda d: (
        props(d, "Patient")["first_name"].update(type=["string", "null"]),
        schemas(d)["Patient"]["required"].remove("last_name"),
        op(d, "/patients/{id}", "get")["responses"].pop("404"),
        props(d, "Patient").update(email={"type": "string"}),
        bump_major(d))))
    report = json.loads(run(base_file, head, "--format", "json").stdout)
    findings = report["breaking"] + report["non_breaking"]
    result = run(base_file, head)
    assert result.returncode == 0 and "[" not in result.stdout, "a passing report lists no finding"
    rows = re.findall(r"^ +(\d+)  (\S+) +(\S+(?: \S+ \S+ \S+ schema\))?)(?: \((\d+) distinct\))?$",
                      result.stdout, re.MULTILINE)
    counted = {(kind, schema): int(n) for n, kind, schema, _ in rows}
    expected: dict = {}
    for f in findings:
        key = (f["kind"], f["schema"] or "(not in a named schema)")
        expected[key] = expected.get(key, 0) + 1
    assert counted == expected and sum(counted.values()) > len(counted), result.stdout
    assert "Each finding: --verbose, or --format json." in result.stdout
    verbose = run(base_file, head, "--verbose").stdout
    for f in findings:
        assert_listed(verbose, f["kind"], f["location"])
    assert "Each finding" not in verbose


def test_command_allow_major(tmp_path, base_file):
    head = write(tmp_path / "head.yaml", changed(BREAKING[0][1]))
    result = run(base_file, head, "--allow-major")
    assert result.returncode == 0 and "accepted because of --allow-major" in result.stdout


def test_command_identical_and_non_breaking_pass(tmp_path, base_file):
    result = run(base_file, base_file)
    assert result.returncode == 0 and "BREAKING (0)" in result.stdout and "no breaking changes" in result.stdout
    head = write(tmp_path / "head.json", changed(NON_BREAKING[0][1]))
    head.write_text(json.dumps(changed(NON_BREAKING[0][1])), encoding="utf-8")  # JSON input works too
    result = run(base_file, head)
    assert result.returncode == 0
    assert "NON-BREAKING (1):\n      1  operation-added  (not in a named schema)\n" in result.stdout
    result = run(base_file, head, "--verbose")
    assert result.returncode == 0
    assert "NON-BREAKING (1):\n  [operation-added] POST /patients/{id}/archive: new operation" in result.stdout


def test_command_json_report(tmp_path, base_file):
    head = write(tmp_path / "head.yaml", changed(lambda d: (props(d, "Patient").pop("appointment_count"),
                                                            props(d, "Patient")["title"].update(description="x"))))
    result = run(base_file, head, "--format", "json")
    assert result.returncode == 1
    report = json.loads(result.stdout)
    assert report["passed"] is False
    assert report["base"] == {"source": str(base_file), "version": "1.2.0"}
    assert {"kind": "property-removed", "location": f"{GET_PATIENT} /properties/appointment_count",
            "message": "property 'appointment_count' removed from the response",
            "schema": "#/components/schemas/Patient",
            "schema_path": "/properties/appointment_count"} in report["breaking"]
    assert report["description_changes"] == 1
    assert "require a major version bump" in result.stderr


def git(cwd: Path, *args: str) -> None:
    env = dict(os.environ, GIT_AUTHOR_NAME="t", GIT_AUTHOR_EMAIL="t@example.org",
               GIT_COMMITTER_NAME="t", GIT_COMMITTER_EMAIL="t@example.org")
    subprocess.run(["git", *args], cwd=cwd, env=env, check=True, capture_output=True)


def test_command_reads_base_from_git(tmp_path):
    repo = tmp_path / "repo"
    repo.mkdir()
    git(repo, "init", "-q")
    write(repo / "openapi.yaml", BASE)
    git(repo, "add", "openapi.yaml")
    git(repo, "commit", "-q", "-m", "v1.2.0")
    git(repo, "tag", "v1.2.0")
    write(repo / "openapi.yaml", changed(BREAKING[0][1]))
    result = run("git:v1.2.0:openapi.yaml", "openapi.yaml", cwd=repo)
    assert result.returncode == 1 and "[operation-removed] DELETE /patients/{id}" in result.stdout

    for source, says in [("git:v9.9.9:openapi.yaml", "git ref 'v9.9.9' not found"),
                         ("git:v1.2.0:missing.yaml", "'missing.yaml' does not exist at git ref 'v1.2.0'")]:
        result = run(source, "openapi.yaml", cwd=repo)
        assert result.returncode == 2 and says in result.stderr, result.stderr


BAD_INPUT = [
    ("missing file", lambda tmp: tmp / "nope.yaml", "BASE: file"),
    ("directory without releases", lambda tmp: tmp, "holds no openapi-X.Y.Z.yaml"),
    ("invalid YAML", lambda tmp: write_text(tmp / "bad.yaml", "openapi: 3.1.0\ninfo:\n  version: [1\n"),
     "invalid YAML in"),
    ("invalid JSON", lambda tmp: write_text(tmp / "bad.json", '{\n  "openapi": "3.1.0",\n}'),
     "invalid JSON in"),
    ("not a mapping", lambda tmp: write_text(tmp / "list.yaml", "- a\n- b\n"), "is not an OpenAPI document"),
    ("Swagger 2", lambda tmp: write_text(tmp / "s.yaml", "swagger: '2.0'\ninfo: {version: 1.0.0}\n"),
     "only OpenAPI 3.x"),
    ("no info.version", lambda tmp: write_text(tmp / "v.yaml", "openapi: 3.1.0\ninfo: {title: t}\npaths: {}\n"),
     "has no info.version"),
    ("dangling $ref", lambda tmp: write(tmp / "r.yaml", changed(
        lambda d: props(d, "Patient").update(id={"$ref": "#/components/schemas/Nope"}))),
     "$ref '#/components/schemas/Nope' points at nothing"),
    ("external $ref", lambda tmp: write(tmp / "e.yaml", changed(
        lambda d: props(d, "Patient").update(id={"$ref": "./id.yaml"}))), "external $ref './id.yaml' is not supported"),
    ("circular $ref chain", lambda tmp: write(tmp / "c.yaml", changed(
        lambda d: schemas(d).update(Id={"$ref": "#/components/schemas/Id"}))), "circular $ref"),
    ("malformed git source", lambda tmp: "git:v1.2.0", "is not git:REF:PATH"),
]


def write_text(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


@pytest.mark.parametrize(("name", "make", "says"), BAD_INPUT, ids=ids(BAD_INPUT))
def test_bad_input_exits_2_with_one_clear_line(tmp_path, base_file, name, make, says):
    bad = make(tmp_path)
    # Parse problems are found before comparing, $ref problems while comparing: BASE is the bad one either way.
    result = run(bad, base_file)
    assert result.returncode == 2, result.stdout + result.stderr
    assert "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1, result.stderr
    assert says in result.stderr


def test_invalid_yaml_names_the_line(tmp_path, base_file):
    bad = write_text(tmp_path / "bad.yaml", "openapi: 3.1.0\ninfo:\n  version: 1.0.0\n  title: [oops\n")
    result = run(base_file, bad)
    assert result.returncode == 2 and "HEAD: invalid YAML" in result.stderr and "line 5" in result.stderr


@pytest.mark.parametrize("args", [[], ["only-one.yaml"], ["a.yaml", "b.yaml", "--format", "xml"]])
def test_usage_errors_exit_2(args):
    result = run(*args)
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1 and "see --help" in result.stderr


def test_help_lists_the_kinds():
    result = run("--help")
    assert result.returncode == 0 and "--allow-major" in result.stdout
    assert all(kind in result.stdout for kind in cb.KINDS)
