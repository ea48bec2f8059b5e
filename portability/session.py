"""A scripted session through Prism's validating proxy to the sandbox; openapi-core checks the same exchanges.

    python portability/session.py [BUNDLE]   # default generated/openapi.yaml; also generated/openapi-3.0.yaml

Starts the sandbox and, in front of it, `prism proxy BUNDLE SANDBOX_URL`,
both on 127.0.0.1. Then sends a session that touches every operation of the spec:
a scripted part for patients, custom fields included (every field type; a
radiobuttons question answered only through "other"), success and error answers
alike; then every operation it left out, once, built from the spec alone
(`rest_of_the_spec`), each expected to succeed. An operation the session never
reaches is a finding. Prism marks each request or
response that breaks the spec with an `sl-violations` header; openapi-core validates
every request and response too. Prints one line per finding and a closing count;
exit 1 on any finding (or on an answer with an unexpected status).
"""

from __future__ import annotations

import json
import re
import sys
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

import httpx
from cliniko_client.sandbox.treatment_notes import answered
from cliniko_client.spec_schemas import Spec
from openapi_core import OpenAPI
from openapi_core.datatypes import RequestParameters
from servers import BUNDLE, ROOT, free_port, start, start_sandbox, stop
from werkzeug.datastructures import Headers, ImmutableMultiDict

KEY, RECEPTION_KEY = "sandbox-key-au1", "sandbox-reception-key-au1"
AGENT = "cliniko-openapi portability (maintainers@example.org)"
# openapi-core matches requests against the spec's server; the sandbox stands in for it.
SPEC_HOST, SPEC_BASE = "https://api.au1.cliniko.com", "/v1"


class CoreRequest:
    """An httpx request as openapi-core's Request protocol, addressed to the spec's server."""

    def __init__(self, request: httpx.Request) -> None:
        url = urlsplit(str(request.url))
        self.host_url, self.path = SPEC_HOST, SPEC_BASE + url.path
        self.method = request.method.lower()
        self.body: bytes | None = request.content or None
        self.content_type = request.headers.get("Content-Type", "")
        self.parameters = RequestParameters(
            query=ImmutableMultiDict(parse_qs(url.query, keep_blank_values=True)),
            header=Headers(dict(request.headers)), cookie=ImmutableMultiDict({}))


class CoreResponse:
    def __init__(self, response: httpx.Response) -> None:
        self.data = response.content
        self.status_code = response.status_code
        self.content_type = response.headers.get("Content-Type", "")
        self.headers = Headers(dict(response.headers))


def answers(definition: dict[str, Any], *, other_only: bool) -> dict[str, Any]:
    """An answer to every live field of the account's definition.

    other_only: radiobuttons questions with an enabled "other" are answered through
    "other" alone (no option selected), the case Prism once rejected.
    """
    sections = []
    for section in definition.get("sections", []):
        if section.get("archived"):
            continue
        fields = []
        for field in section.get("fields", []):
            if field.get("archived"):
                continue
            answer: dict[str, Any] = {"token": field["token"]}
            live = [o for o in field.get("options", []) if not o.get("archived")]
            other = field.get("other") or {}
            other_open = other.get("enabled") is True and not other.get("archived")
            if field["type"] in ("text", "paragraph"):
                answer["value"] = "Synthetic answer"
            elif field["type"] == "date":
                answer["value"] = "2024-02-29"
            elif field["type"] == "radiobuttons" and other_only and other_open:
                answer["other"] = {"selected": True, "value": "Something else"}
            elif field["type"] == "radiobuttons":
                answer["options"] = [{"token": live[0]["token"], "selected": True}] if live else []
            else:
                answer["options"] = [{"token": o["token"], "selected": True} for o in live]
                if other_open:
                    answer["other"] = {"selected": True, "value": "A friend of a friend"}
            fields.append(answer)
        sections.append({"token": section["token"], "fields": fields})
    return {"sections": sections}


NEW_PATIENT = {
    "title": "Dr", "first_name": "Avery", "last_name": "Portable", "preferred_first_name": "Ave",
    "date_of_birth": "1990-01-02", "sex": "Female", "gender_identity": "Woman",
    "pronouns": {"accusative": "her", "nominative": "she", "predicative_possessive": "hers",
                 "pronominal_possessive": "her", "reflexive": "herself"},
    "email": "avery.portable@example.com", "patient_phone_numbers": [
        {"number": "+61 491 570 110", "phone_type": "Mobile"}, {"number": "555-0123", "phone_type": "Home"}],
    "address_1": "1 Example Street", "city": "Melbourne", "state": "VIC", "post_code": "3000",
    "country_code": "AU", "time_zone": "Australia/Melbourne", "occupation": "Tester",
    "emergency_contact": "Sam Portable 555-0199", "notes": "Synthetic person.", "reminder_type": "SMS & Email",
    "receives_confirmation_emails": True, "accepted_email_marketing": False, "accepted_privacy_policy": True,
    "invoice_email": "", "dva_card_number": "", "concession_type_id": None,
}


def session(client: httpx.Client, reception: httpx.Client, stranger: httpx.Client) -> list[tuple[str, int, int]]:
    """The scripted exchanges; returns (label, expected status, status) for each."""
    seen: list[tuple[str, int, int]] = []

    def call(label: str, expected: int, who: httpx.Client, method: str, path: str, **kwargs: Any) -> httpx.Response:
        response = who.request(method, path, **kwargs)
        seen.append((label, expected, response.status_code))
        return response

    definition = call("settings", 200, client, "GET", "/settings").json()["patient_custom_fields_definition"]
    call("public settings", 200, client, "GET", "/settings/public")
    call("settings, reception role", 403, reception, "GET", "/settings")
    call("list", 200, client, "GET", "/patients", params={"per_page": 2, "page": 1})
    call("list, filtered and sorted", 200, client, "GET", "/patients", params=[
        ("q[]", "last_name:~o"), ("q[]", "created_at:>2000-01-01T00:00:00Z"), ("sort", "last_name,created_at:desc")])
    call("list with archived", 200, client, "GET", "/patients", params={"q[]": "archived_at:*", "per_page": 100})
    call("list, wrong key", 401, stranger, "GET", "/patients")
    # A referring doctor must be a contact of the account (issue 22): make one first.
    doctor = call("create a contact, the referring doctor", 201, client, "POST", "/contacts",
                  json={"first_name": "Rowan", "last_name": "Referrer", "type_code": 1})
    created = call("create (other-only radiobuttons)", 201, client, "POST", "/patients",
                   json={**NEW_PATIENT, "referring_doctor_id": str(doctor.json().get("id", "0")),
                         "custom_fields": answers(definition, other_only=True)})
    if created.status_code != 201:
        raise SystemExit(f"session: create answered {created.status_code}: {created.text[:2000]}")
    patient_id = str(created.json()["id"])
    call("create, minimal", 201, client, "POST", "/patients", json={"first_name": "Blake", "last_name": "Minimal"})
    call("create, unknown custom field token (documented 422)", 422, client, "POST", "/patients", json={
        "first_name": "Casey", "last_name": "Token",
        "custom_fields": {"sections": [{"token": "00000000-0000-4000-8000-000000000000", "fields": []}]}})
    call("get", 200, client, "GET", f"/patients/{patient_id}")
    call("get, unknown id", 404, client, "GET", "/patients/1")
    call("put", 200, client, "PUT", f"/patients/{patient_id}",
         json={"appointment_notes": "Go for fist bumps over handshakes.", "date_of_birth": None})
    call("patch (options answers)", 200, client, "PATCH", f"/patients/{patient_id}",
         json={"time_zone": None, "custom_fields": answers(definition, other_only=False)})
    call("patch, clear custom fields", 200, client, "PATCH", f"/patients/{patient_id}", json={"custom_fields": None})
    call("archive", 204, client, "POST", f"/patients/{patient_id}/archive")
    call("get archived without the filter", 404, client, "GET", f"/patients/{patient_id}")
    call("get archived", 200, client, "GET", f"/patients/{patient_id}", params={"q[]": "archived_at:*"})
    call("list archived (merged included)", 200, client, "GET", "/patients/archived", params={"per_page": 100})
    call("unarchive", 200, client, "POST", f"/patients/{patient_id}/unarchive")
    call("delete (deprecated; archives)", 204, client, "DELETE", f"/patients/{patient_id}")
    call("list deleted", 200, client, "GET", "/patients/deleted")
    call("list deleted, filtered", 200, client, "GET", "/patients/deleted",
         params=[("q[]", "deleted_at:>2000-01-01T00:00:00Z"), ("q[]", "id:?")])
    return seen


Operation = tuple[str, str, str, str]  # operationId, METHOD, path template, the operation's URI
ACTIONS = ("archive", "unarchive", "cancel")  # what changes a record's state: after every other write


def operations_of(spec: Spec) -> list[Operation]:
    return [(str(op["operationId"]), method.upper(), path, uri) for method, path, op, uri in spec.operations()]


def operation_of(request: httpx.Request, operations: list[Operation]) -> str | None:
    """The operationId a request was sent to: literal paths before templated ones
    (/patients/archived is not /patients/{id})."""
    for operation_id, method, template, _ in sorted(operations, key=lambda o: o[2].count("{")):
        if method == request.method and re.fullmatch(re.sub(r"\{[^}]+\}", "[^/]+", template), request.url.path):
            return operation_id
    return None


def step(operation: Operation) -> int:
    """Reads first, then creates, then updates; what archives, cancels or deletes a record last."""
    _, method, path, _ = operation
    if method != "GET" and path.rsplit("/", 1)[-1] in ACTIONS:
        return 3
    return {"GET": 0, "POST": 1, "PUT": 2, "PATCH": 2, "DELETE": 4}[method]


def rest_of_the_spec(client: httpx.Client, spec: Spec, left: list[Operation]) -> list[tuple[str, int, int]]:
    """Each operation in `left` once, built from the spec alone; (operationId, its 2xx, status).

    A path's ids name records that exist: the segment before each parameter names the
    resource (/businesses/{business_id}/practitioners/{practitioner_id}/...); reads take the
    first record its list shows, writes the last (the one this session made, if it made one).
    A create's body is the operation's first request example, every record it names
    (`x-cliniko-resource.belongs_to`) pointed at one of the account's; an update's is its
    example holding the record's own values (the examples of the 2016 docs move times into
    2016). Free times are asked from tomorrow for a week (never before today). A read that
    found nothing (a patient's referral source exists after its first write) is tried again
    last, on the record the writes used.
    """
    resources = spec.resources()
    listed: dict[str, list[str]] = {}
    tomorrow = datetime.now(UTC).date() + timedelta(days=1)

    def ids(resource: str) -> list[str]:
        if resource not in listed:
            page = client.get(f"/{resource}", params={"per_page": 100})
            listed[resource] = [str(r["id"]) for r in page.json().get(resource, [])] if page.is_success else []
        return listed[resource] or ["1"]

    def send(operation: Operation, pick: int) -> tuple[str, int, int]:
        operation_id, method, path, uri = operation
        node, _ = spec.locate(uri)
        segments = path.strip("/").split("/")
        url = "/" + "/".join(ids(segments[i - 1])[pick] if s.startswith("{") else s for i, s in enumerate(segments))
        params = {"from": str(tomorrow), "to": str(tomorrow + timedelta(days=6))} if "available_time" in path else {}
        body = first_example(spec, f"{uri}/requestBody") if "requestBody" in node else None
        if body is not None and method == "POST":
            resource = resources.get(segments[0])
            for reference in resource.belongs_to if resource else ():
                if reference.property in body:  # a record's own resource (a repeat's first) stays unset
                    named = None if reference.resource == segments[0] else ids(reference.resource)[0]
                    body[reference.property] = [named] if isinstance(body[reference.property], list) else named
        elif body is not None and path.endswith("}"):  # an update of the record at `url`
            current = client.get(url)
            body = {**body, **{k: v for k, v in current.json().items() if k in body}} if current.is_success else body
        if body is not None:
            fit_to_account(client, body, ids)
        expected = min(int(status) for status in node["responses"] if status.startswith("2"))
        response = client.request(method, url, params=params, json=body)
        if method == "POST" and len(segments) == 1 and response.is_success:  # later writes change this one
            listed[segments[0]].append(str(response.json()["id"]))
        label = operation_id if response.is_success else f"{operation_id} ({response.text[:300]})"
        return label, expected, expected if response.is_success else response.status_code

    seen = {operation: send(operation, 0 if operation[1] == "GET" else -1) for operation in sorted(left, key=step)}
    for operation, (_, expected, status) in list(seen.items()):
        if operation[1] == "GET" and status != expected:
            seen[operation] = send(operation, -1)
    return list(seen.values())


def fit_to_account(client: httpx.Client, body: dict[str, Any], ids: Callable[[str], list[str]]) -> None:
    """What a request example names that no `belongs_to` states: a referral source's referrer
    (a patient or a contact; the example's is a contact), and a new treatment note's content,
    which answers the template the note names (the example's answers the spec's example template)."""
    if "referrer_id" in body:
        body["referrer_id"] = ids("contacts")[0]
    if "content" in body and body.get("treatment_note_template_id"):
        template = client.get(f"/treatment_note_templates/{body['treatment_note_template_id']}").json()
        body["content"] = answered(template.get("content") or {})


def first_example(spec: Spec, body_uri: str) -> dict[str, Any]:
    """The first example of a request body, as a new dict."""
    body, where = spec.locate(body_uri)
    for name in body["content"]["application/json"].get("examples", {}):
        example, _ = spec.locate(f"{where}/content/application~1json/examples/{name}")
        return dict(example["value"])
    return {}


def main() -> int:
    bundle = Path(sys.argv[1]) if len(sys.argv) > 1 else BUNDLE
    spec = Spec.load(BUNDLE)  # the requests come from the 3.1 bundle, also when Prism checks the 3.0 one
    operations = operations_of(spec)
    logs = ROOT / "build" / "portability" / f"session-{bundle.stem}"
    sandbox, sandbox_url = start_sandbox(logs)
    prism = None
    findings: list[str] = []
    try:
        prism, prism_url = start([str(ROOT / "node_modules" / ".bin" / "prism"), "proxy", str(bundle), sandbox_url,
                                  "--host", "127.0.0.1", "--port", str(free_port())],
                                 r"Prism is listening on (http://127\.0\.0\.1:[0-9]+)", logs / "prism.log")
        exchanges: list[tuple[httpx.Request, httpx.Response]] = []

        def keep(response: httpx.Response) -> None:
            response.read()
            exchanges.append((response.request, response))

        def client(key: str) -> httpx.Client:
            return httpx.Client(base_url=prism_url, auth=(key, ""), timeout=30, event_hooks={"response": [keep]},
                                headers={"User-Agent": AGENT, "Accept": "application/json"})

        with client(KEY) as main_client, client(RECEPTION_KEY) as reception, client("wrong-key") as stranger:
            seen = session(main_client, reception, stranger)
            scripted = {operation_of(request, operations) for request, _ in exchanges}
            seen += rest_of_the_spec(main_client, spec, [o for o in operations if o[0] not in scripted])
        for label, expected, status in seen:
            if status != expected:
                findings.append(f"{label}: expected {expected}, got {status}")
        # openapi-core reads 3.0's `nullable` strictly (only beside a `type`), so it refuses `null`
        # where the 3.0 bundle says `allOf: [$ref]` + `nullable` (README, "OpenAPI 3.0"): Prism alone there.
        api = OpenAPI.from_file_path(str(bundle)) if bundle.name == BUNDLE.name else None
        for request, response in exchanges:
            where = f"{request.method} {request.url.path}?{request.url.query.decode()} -> {response.status_code}"
            violations = response.headers.get("sl-violations")
            if violations:
                for violation in json.loads(violations):
                    findings.append(f"prism: {where}: {'/'.join(violation['location'])}: {violation['message']}")
            if api is None:
                continue
            try:
                api.validate_request(CoreRequest(request))
                api.validate_response(CoreRequest(request), CoreResponse(response))
            except Exception as exc:  # openapi-core's errors carry the schema errors in __cause__
                cause = exc.__cause__
                detail = "; ".join(str(e.message) for e in getattr(cause, "schema_errors", [])) or str(cause or "")
                findings.append(f"openapi-core: {where}: {exc}{': ' + detail if detail else ''}")
    finally:
        if prism is not None:
            stop(prism)
        stop(sandbox)
    reached = {operation_of(request, operations) for request, _ in exchanges}
    findings += [f"{operation_id}: never reached by the session" for operation_id, *_ in operations
                 if operation_id not in reached]
    for finding in findings:
        print(finding)
    tools = "prism proxy" if api is None else "prism proxy + openapi-core"
    print(f"{tools} on {bundle.name}: {len(exchanges)} exchanges, {len(reached - {None})} of {len(operations)} "
          f"operations, {len(findings)} findings")
    return 1 if findings else 0


if __name__ == "__main__":
    sys.exit(main())
