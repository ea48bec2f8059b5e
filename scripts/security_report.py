#!/usr/bin/env python3
"""Throw bad inputs and cross-account attempts at the sandbox, in-process, and report.

    python scripts/security_report.py [--seed 1] [--examples 40]

Runs against `cliniko_client.sandbox.app.create_app` through Starlette's TestClient (no
network): schemathesis in negative mode over every operation of the spec,
Hypothesis-generated `q[]` filters, oversized and malformed bodies, odd headers,
wrong keys, path traversal in ids, and a key of account A trying every endpoint
of every resource (read, change, archive, list, a record under B's parent) on
the records of account B.

Also: bodies under other Content-Types (text/plain, multipart, none, XML, a
JSON body under a form type), ids written as floats, NUL characters in text,
and forged `Host` headers (on links, `Location` and trailing-slash paths).

Prints the count of bad inputs tried and the responses by status, then five
figures that must be 0: server errors (5xx), bodies leaking internals
(tracebacks, file paths, "sqlite", "Exception"), cross-account reads or
writes that succeeded, inputs the spec refuses that were accepted (float ids,
NUL), and answers that repeat a forged Host. Exit 1 if any is not 0. Seeded,
so a run is repeatable; bounded to well under 3 minutes.
"""

from __future__ import annotations

import base64
import json
import sys
import time
import warnings
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import cli
import httpx
from spec_schemas import BUNDLE_PATH, load_spec

ROOT = Path(__file__).resolve().parent.parent

LEAK_MARKERS = ("Traceback", 'File "', "sqlite", "Exception")
USER_AGENT = "Security Report (security@example.com)"


def auth(key: str, password: str = "") -> str:
    return "Basic " + base64.b64encode(f"{key}:{password}".encode()).decode()


@dataclass
class Tally:
    """Every response seen, and the ones that must not happen."""

    tried: int = 0
    statuses: Counter[int] = field(default_factory=Counter)
    server_errors: list[str] = field(default_factory=list)
    leaks: list[str] = field(default_factory=list)
    cross_account: list[str] = field(default_factory=list)
    accepted: list[str] = field(default_factory=list)  # inputs the spec refuses, answered 2xx
    host_reflected: list[str] = field(default_factory=list)  # answers naming a forged Host
    unsendable: int = 0  # requests the HTTP client itself refused to send (a query over its length limit)

    def record(self, what: str, status: int, body: str) -> None:
        self.tried += 1
        self.statuses[status] += 1
        if status >= 500:
            self.server_errors.append(f"{what} -> {status} {body[:120]!r}")
        if marker := next((m for m in LEAK_MARKERS if m in body), None):
            self.leaks.append(f"{what} -> {status}: body contains {marker!r}: {body[:160]!r}")

    @property
    def failures(self) -> int:
        return (len(self.server_errors) + len(self.leaks) + len(self.cross_account) + len(self.accepted)
                + len(self.host_reflected))


class Target:
    """The sandbox app with two accounts, and a client that records every answer."""

    def __init__(self, seed: int, tally: Tally) -> None:
        warnings.filterwarnings("ignore", message="Using `httpx` with `starlette.testclient`")
        from cliniko_client.sandbox.app import create_app
        from starlette.testclient import TestClient

        self.app = create_app(seed=seed, seed_patients=5)
        accounts = self.app.state.sandbox.directory.accounts
        self.key_a, self.key_b = accounts[0].api_key(), accounts[1].api_key()
        self.client = TestClient(self.app, base_url="http://127.0.0.1", raise_server_exceptions=False)
        self.tally = tally
        self.own_id = str(self.patients_of(self.key_a)[0]["id"])  # so bodies reach validation, not a 404

    def headers(self, key: str | None = None, **extra: str) -> dict[str, str]:
        return {"User-Agent": USER_AGENT, "Accept": "application/json",
                "Authorization": auth(key or self.key_a), **extra}

    def send(self, what: str, method: str, url: str, **kwargs: Any) -> Any:
        headers = kwargs.pop("headers", None) or self.headers()
        try:
            present = {k: v for k, v in headers.items() if v is not None}
            request = self.client.build_request(method, url, headers=present, **kwargs)
            for name in [k for k, v in headers.items() if v is None]:  # really absent, not TestClient's default
                request.headers.pop(name, None)
            response = self.client.send(request, follow_redirects=False)  # a redirect is an answer to judge
        except httpx.InvalidURL:
            # httpx refuses a query part over 64 KiB before anything is sent (negative cases of
            # twenty 2 KB filters, percent-encoded): nothing reached the server to judge.
            self.tally.unsendable += 1
            return None
        except Exception as exc:  # the app itself blew up (TestClient re-raises some)
            self.tally.record(f"{what}: {method} {url[:80]}", 599, f"{type(exc).__name__}: {exc}")
            return None
        self.tally.record(f"{what}: {method} {url[:80]}", response.status_code, response.text)
        return response

    def patients_of(self, key: str) -> list[dict[str, Any]]:
        """Every patient an account has, archived ones included (as that account sees them)."""
        found: dict[str, dict[str, Any]] = {}
        for url in ("/v1/patients?per_page=100&q[]=archived_at:*", "/v1/patients/archived?per_page=100"):
            response = self.client.get(url, headers=self.headers(key))
            for patient in response.json().get("patients", []):
                found[str(patient["id"])] = patient
        return list(found.values())


# ---- bad inputs ------------------------------------------------------------


def schemathesis_negative(target: Target, examples: int, seed: int) -> None:
    """Every operation of the spec, with data schemathesis generates to break it."""
    import schemathesis
    from hypothesis import HealthCheck, given, settings
    from hypothesis import seed as hypothesis_seed
    from hypothesis.errors import Unsatisfiable
    from schemathesis.generation.modes import GenerationMode

    schema = schemathesis.openapi.from_path(str(BUNDLE_PATH))  # schemathesis does not follow operation files
    schema.app = target.app
    for result in schema.get_all_operations():
        operation = result.ok()

        @hypothesis_seed(seed)
        @settings(max_examples=examples, deadline=None, database=None, suppress_health_check=list(HealthCheck))
        @given(operation.as_strategy(generation_mode=GenerationMode.NEGATIVE))
        def probe(case: Any) -> None:
            request = case.as_transport_kwargs(base_url="http://127.0.0.1/v1")
            headers = {**target.headers(), **request.pop("headers", {})}
            if "data" in request:  # raw bodies: httpx calls them content
                request["content"] = request.pop("data")
            request.pop("cookies", None)
            target.send(f"schemathesis {operation.label}", request.pop("method"), request.pop("url"),
                        headers=headers, **request)

        try:
            probe()
        except Unsatisfiable:
            # Nothing of the request can be made schema-invalid (GET /settings: no parameters,
            # no body, and the headers are sent by the report itself): no negative case exists.
            print(f"  schemathesis negative mode: {operation.label}: nothing to break, no case generated")


def filter_strings(examples: int, seed: int) -> list[str]:
    """q[] items: near misses of the grammar (real fields and operators, odd values) and noise."""
    from hypothesis import HealthCheck, given, settings
    from hypothesis import seed as hypothesis_seed
    from hypothesis import strategies as st

    fields = ["id", "email", "first_name", "created_at", "updated_at", "archived_at", "date_of_birth",
              "accepted_privacy_policy", "last_name", "nope", "", "id:"]
    operators = ["=", "!=", "~", "~~", ">", ">=", "<", "<=", "?", "!?", "*", "", "=="]
    values = st.one_of(st.text(max_size=40), st.text(alphabet="0123456789,-:TZ*%.", max_size=30),
                       st.integers(-2**70, 2**70).map(str), st.just("9" * 300), st.just("%" * 5))
    items = st.one_of(st.builds(lambda f, o, v: f"{f}:{o}{v}", st.sampled_from(fields), st.sampled_from(operators),
                                values), st.text(max_size=60))
    drawn: list[str] = []

    @hypothesis_seed(seed)
    @settings(max_examples=examples, deadline=None, database=None, suppress_health_check=list(HealthCheck))
    @given(items)
    def collect(item: str) -> None:
        drawn.append(item)

    collect()
    return drawn


def bad_filters(target: Target, examples: int, seed: int) -> None:
    for i, item in enumerate(filter_strings(examples, seed)):
        url = ("/v1/patients", "/v1/patients/archived", "/v1/patients/deleted")[i % 3]
        target.send("q[] filter", "GET", url, params=[("q[]", item)])
        target.send("q[] filter, sort", "GET", "/v1/patients", params=[("sort", item), ("per_page", item[:5])])
    target.send("q[] filter on one patient", "GET", "/v1/patients/1", params=[("q[]", "id:=1")])
    target.send("1000 filters", "GET", "/v1/patients", params=[("q[]", "id:?")] * 1000)


def bad_bodies(target: Target) -> None:
    json_headers = target.headers(**{"Content-Type": "application/json"})
    big = b'{"first_name": "' + b"a" * (2 * 1024 * 1024) + b'", "last_name": "x"}'

    def chunks() -> Iterator[bytes]:  # no Content-Length: the size is only known while reading
        for start in range(0, len(big), 65536):
            yield big[start:start + 65536]

    bodies: list[tuple[str, Any]] = [
        ("oversized body", big), ("oversized chunked body", chunks),
        ("truncated JSON", b'{"first_name": "A'), ("not JSON", b"first_name=A&last_name=B"),
        ("empty body", b""), ("JSON null", b"null"), ("JSON string", b'"patient"'), ("JSON list", b"[]"),
        ("deep nesting", b"[" * 100000 + b"]" * 100000), ("deep objects", b'{"a":' * 5000 + b"1" + b"}" * 5000),
        ("NaN", b'{"first_name": NaN, "last_name": Infinity}'), ("huge number", b'{"first_name": 1e999}'),
        ("invalid UTF-8", b'{"first_name": "\xff\xfe", "last_name": "x"}'),
        ("lone surrogate", b'{"first_name": "\\ud800", "last_name": "x"}'),
        ("NUL in text", b'{"first_name": "A\\u0000B", "last_name": "x"}'),
        ("wrong types", b'{"first_name": ["A"], "last_name": {"x": 1}, "patient_phone_numbers": "0491570156"}'),
        ("custom fields junk", b'{"first_name": "A", "last_name": "B", "custom_fields": {"sections": [{"token": 1}]}}'),
        ("many phone numbers", json.dumps({"first_name": "A", "last_name": "B", "patient_phone_numbers":
                                           [{"number": "0491570156", "phone_type": "Mobile"}] * 5000}).encode()),
        ("huge id", b'{"first_name": "A", "last_name": "B", "concession_type_id": 99999999999999999999999}'),
    ]
    for name, body in bodies:
        content = body() if callable(body) else body
        target.send(f"body: {name}", "POST", "/v1/patients", headers=json_headers, content=content)
        content = body() if callable(body) else body
        target.send(f"body: {name}", "PATCH", f"/v1/patients/{target.own_id}", headers=json_headers, content=content)
    target.send("form body", "POST", "/v1/patients", content=b"first_name=A&last_name=B",
                headers=target.headers(**{"Content-Type": "application/x-www-form-urlencoded"}))
    target.send("lying Content-Length", "POST", "/v1/patients", content=b'{"first_name": "A"}',
                headers=target.headers(**{"Content-Type": "application/json", "Content-Length": "99999999999"}))


# Valid JSON bodies that the spec refuses all the same (a 2xx for any is a finding).
REFUSED_BODIES: list[tuple[str, dict[str, Any]]] = [
    ("float id", {"concession_type_id": 1.0}),
    ("float id with an exponent", {"referring_doctor_id": 1e3}),
    ("float id that lost digits", {"concession_type_id": 836447129235883061.0}),
    ("fractional id", {"referring_doctor_id": 12.5}),
    ("NUL in a name", {"last_name": "Example\u0000"}),
    ("NUL in an email", {"email": "ada\u0000@example.com"}),
    ("NUL in notes", {"notes": "line\u0000line"}),
    ("NUL alone", {"preferred_first_name": "\u0000"}),
    ("NUL in pronouns", {"pronouns": dict.fromkeys(["accusative", "nominative", "predicative_possessive",
                                                    "pronominal_possessive", "reflexive"], "they\u0000")}),
]


def refused_bodies(target: Target) -> None:
    for name, fields in REFUSED_BODIES:
        for method, url, body in (("POST", "/v1/patients", {"first_name": "Ada", "last_name": "Example", **fields}),
                                  ("PATCH", f"/v1/patients/{target.own_id}", fields)):
            response = target.send(f"refused body: {name}", method, url, json=body)
            if response is not None and 200 <= response.status_code < 300:
                target.tally.accepted.append(f"{name}: {method} {url} -> {response.status_code}")


CONTENT_TYPES = [None, "text/plain", "multipart/form-data; boundary=x", "application/xml",
                 "application/x-www-form-urlencoded", "application/x-www-form-urlencoded; charset=utf-8",
                 "application/json; charset=latin-1", "application/json-patch+json", "*/*", "a" * 2000]


def content_types(target: Target) -> None:
    """A valid JSON body and a form body under every Content-Type, and none: a 4xx or a 2xx, never a 5xx."""
    json_body = json.dumps({"first_name": "Ada", "last_name": "Example"}).encode()
    multipart = b'--x\r\nContent-Disposition: form-data; name="first_name"\r\n\r\nAda\r\n--x--\r\n'
    for content_type in CONTENT_TYPES:
        headers = target.headers(**({} if content_type is None else {"Content-Type": content_type}))
        if content_type is None:
            headers["Content-Type"] = None  # type: ignore[assignment]
        for content in (json_body, b"first_name=Ada&last_name=Example", multipart):
            target.send(f"Content-Type {content_type!r}", "POST", "/v1/patients", headers=headers, content=content)
            target.send(f"Content-Type {content_type!r}", "PATCH", f"/v1/patients/{target.own_id}",
                        headers=headers, content=content)


FORGED_HOSTS = ["evil.example", "evil.example:8443", "127.0.0.1@evil.example", "evil.example/v1",
                "evil.example#", "EVIL.EXAMPLE", "[::1]:1@evil.example", "evil.example" + "x" * 500]


def forged_hosts(target: Target) -> None:
    """Links, Location and trailing-slash paths under a Host header that is not the server's."""
    for host in FORGED_HOSTS:
        headers = target.headers(Host=host)
        anonymous = {**headers, "Authorization": None}
        for what, method, url, kwargs in [
            ("list", "GET", "/v1/patients?per_page=2", {}),
            ("list, trailing slash", "GET", "/v1/patients/?per_page=2", {}),
            ("list, trailing slash, no key", "GET", "/v1/patients/", {"headers": anonymous}),
            ("one patient", "GET", f"/v1/patients/{target.own_id}", {}),
            ("create", "POST", "/v1/patients", {"json": {"first_name": "Ada", "last_name": "Example"}}),
            ("unknown path, trailing slash", "GET", "/v1/nothing/", {}),
        ]:
            response = target.send(f"Host {host[:30]!r}: {what}", method, url,
                                   **{"headers": headers, **kwargs})
            if response is None:
                continue
            answer = response.text + " ".join(response.headers.get_list("location"))
            if "evil" in answer.lower():
                target.tally.host_reflected.append(f"{what} under Host {host[:30]!r}: {method} {url} -> "
                                                   f"{response.status_code} names the forged host")


def bad_headers(target: Target) -> None:
    base = target.headers()
    cases: list[tuple[str, dict[str, str]]] = [
        ("no User-Agent", {**base, "User-Agent": None}),  # type: ignore[dict-item]
        ("empty User-Agent", {**base, "User-Agent": ""}),
        ("huge User-Agent", {**base, "User-Agent": "x" * 64 * 1024}),
        ("UTF-8 User-Agent", {**base, "User-Agent": "Zoë Clinic (zoë@example.com)".encode()}),  # type: ignore[dict-item]
        ("control chars in User-Agent", {**base, "User-Agent": b"A\x01B (a@example.com)"}),  # type: ignore[dict-item]
        ("huge Accept", {**base, "Accept": "application/json;" * 4000}),
        ("Accept html", {**base, "Accept": "text/html"}),
        ("no Authorization", {**base, "Authorization": None}),  # type: ignore[dict-item]
        ("unknown key", {**base, "Authorization": auth("not-a-key-au1")}),
        ("key of another shard", {**base, "Authorization": auth(target.key_a.rsplit("-", 1)[0] + "-uk1")}),
        ("key with a password", {**base, "Authorization": auth(target.key_a, "secret")}),
        ("key of B with A's shard", {**base, "Authorization": auth(target.key_b.rsplit("-", 1)[0] + "-au1")}),
        ("Bearer key", {**base, "Authorization": "Bearer " + target.key_a}),
        ("not base64", {**base, "Authorization": "Basic !!!notbase64"}),
        ("base64 of binary", {**base, "Authorization": "Basic " + base64.b64encode(b"\xff\xfe:").decode()}),
        ("huge Authorization", {**base, "Authorization": "Basic " + "A" * 100000}),
        ("SQL in key", {**base, "Authorization": auth("' OR '1'='1")}),
        ("many headers", {**base, **{f"X-Extra-{i}": "y" * 100 for i in range(500)}}),
    ]
    for name, headers in cases:
        for method, url in (("GET", "/v1/patients"), ("GET", "/v1/settings"), ("POST", "/v1/patients/1/archive")):
            target.send(f"header: {name}", method, url, headers=headers)
    target.send("very long URL", "GET", "/v1/patients?" + "page=1&" * 5000)


BAD_IDS = ["..", "../settings", "..%2Fsettings", "%2e%2e%2fsettings", "1%2F..%2F..%2Fsettings", "1/../../settings",
           "-1", "0", "1.5", "1e5", "0x10", "%20 1", "1%00", "9223372036854775808", "99999999999999999999999",
           "9" * 500, "1;DROP TABLE patients", "'1'", "%F0%9F%92%A9", "１２３", "null", "archived", "deleted"]


def bad_ids(target: Target) -> None:
    for bad in BAD_IDS:
        for method, suffix in (("GET", ""), ("PUT", ""), ("PATCH", ""), ("DELETE", ""),
                               ("POST", "/archive"), ("POST", "/unarchive")):
            body = {"json": {"first_name": "A"}} if method in ("PUT", "PATCH") else {}
            target.send(f"id {bad!r}", method, f"/v1/patients/{bad}{suffix}", **body)


# ---- account isolation -------------------------------------------------------
# For every resource the sandbox serves (its collections, read from the spec), a key of
# account A tries every endpoint of that resource on each of account B's records.


def records_of(target: Target, collection: Any, key: str) -> list[dict[str, Any]]:
    """Every record of one resource an account has, archived and deleted ones included (as stored)."""
    account = next(a for a in target.app.state.sandbox.directory.accounts if a.api_key() == key)
    found: list[dict[str, Any]] = []
    for view in ("active+archived", "deleted"):
        found += collection.storage.list(account.id, view, "1", [], "created_at, id", 10**6, 0)[1]
    return found


def attempts_on(collection: Any, record: dict[str, Any]) -> Iterator[tuple[str, str, str, dict[str, Any]]]:
    """(what, method, url, request kwargs) a key of account A tries on one of B's records."""
    rid, name = str(record["id"]), collection.name
    for (method, path), endpoint in collection.endpoints.items():
        kind, fields = endpoint.kind, endpoint.filters.fields if endpoint.filters else {}
        # A filter that includes every state of the list: archived_at:* (the deleted list: deleted_at:*).
        everything = next((f"{f}:*" for f in ("archived_at", "deleted_at") if fields.get(f) == "DateTime"), None)
        url = "/v1" + path.replace("{id}", rid)
        what = f"{name} {endpoint.operation_id}"
        if kind == "get":
            yield what, "GET", url, {}
            if everything:
                yield f"{what}, all states", "GET", url, {"params": [("q[]", everything)]}
        elif kind == "update":
            yield what, method.upper(), url, {"json": endpoint.example or {}}
        elif kind in ("archive", "unarchive"):
            yield what, method.upper(), url, {}
        elif kind == "nested" and endpoint.parent is not None:
            parent_id = record.get(endpoint.parent.property)
            yield what, "GET", "/v1" + path.replace("{id}", str(parent_id)), {}
        elif kind == "create":
            for _, field_name in collection.resource.belongs_to:
                if record.get(field_name):  # a new record naming B's record
                    named = record[field_name]
                    value = [str(v) for v in named] if isinstance(named, list) else str(named)
                    yield f"{what} naming B's {field_name}", "POST", url, {"json": {**(endpoint.example or {}),
                                                                                     field_name: value}}
        elif kind in ("list", "archived", "deleted") and "id" in fields:
            extra = [("q[]", everything)] if everything else []
            yield f"{what} by id", "GET", url, {"params": [("q[]", f"id:={rid}"), *extra]}
            yield f"{what} by id range", "GET", url, {"params": [("q[]", f"id:>={rid}"), ("q[]", f"id:<={rid}")]}
            yield f"{what} by id list", "GET", url, {"params": [("q[]", f"id:=1,{rid},2"), *extra]}
            for field_name, kind_of in fields.items():  # by a value only B's record has (an email, a name)
                value = record.get(field_name)
                if kind_of == "String" and isinstance(value, str) and value:
                    yield f"{what} by {field_name}", "GET", url, {"params": [("q[]", f"{field_name}:={value}"),
                                                                               *extra]}


def breached(response: Any, collection: Any, record: dict[str, Any]) -> bool:
    """Did this answer to a key of A give away or change B's record?"""
    if response is None or not 200 <= response.status_code < 300:
        return False
    try:
        body = response.json()
    except ValueError:
        return True  # a 2xx that is not even JSON: treat as a breach to look at
    if isinstance(body, dict) and isinstance(body.get(collection.name), list):
        mine = f"/{collection.name}/{record['id']}"
        return any(str(r.get("id")) == str(record["id"]) or r.get("links", {}).get("self", "").endswith(mine)
                   for r in body[collection.name])
    return True  # a 2xx on B's id (read, change, archive) or under B's parent is a breach whatever it says


def cross_account(target: Target) -> int:
    """Every attempt of A on B's records of every resource; returns how many were made."""
    made = 0
    for collection in target.app.state.sandbox.collections.values():
        victims = records_of(target, collection, target.key_b)
        own = {str(r["id"]) for r in records_of(target, collection, target.key_a)}
        if not victims or own & {str(r["id"]) for r in victims}:
            raise RuntimeError(f"the sandbox did not give accounts A and B separate {collection.name} to test with")
        before = json.dumps(sorted(victims, key=lambda r: str(r["id"])), sort_keys=True)
        for record in victims:
            for what, method, url, kwargs in attempts_on(collection, record):
                response = target.send(f"cross-account {what}", method, url, **kwargs)
                made += 1
                if breached(response, collection, record):
                    target.tally.cross_account.append(f"A could {what}: {method} {url} -> {response.status_code}")
        after = json.dumps(sorted(records_of(target, collection, target.key_b), key=lambda r: str(r["id"])),
                           sort_keys=True)
        if before != after:
            target.tally.cross_account.append(f"B's {collection.name} changed while only A's key wrote")
    return made


# ---- the report --------------------------------------------------------------


def run(seed: int, examples: int, log: Callable[[str], None]) -> Tally:
    tally = Tally()
    target = Target(seed, tally)
    started = time.monotonic()
    for name, step in [
        ("schemathesis negative mode, every operation", lambda: schemathesis_negative(target, examples, seed)),
        ("q[] filters", lambda: bad_filters(target, examples * 4, seed)),
        ("bodies", lambda: bad_bodies(target)),
        ("bodies the spec refuses (float ids, NUL)", lambda: refused_bodies(target)),
        ("Content-Types", lambda: content_types(target)),
        ("forged Host headers", lambda: forged_hosts(target)),
        ("headers and keys", lambda: bad_headers(target)),
        ("ids", lambda: bad_ids(target)),
        ("cross-account", lambda: cross_account(target)),
    ]:
        before = tally.tried
        step()
        log(f"  {name}: {tally.tried - before} requests ({time.monotonic() - started:.0f}s)")
    return tally


def main(argv: list[str] | None = None) -> int:
    parser = cli.ArgumentParser(description="Bad inputs and cross-account attempts against the sandbox; "
                                                 "exit 1 on any 5xx, leaked internals or cross-account success.")
    parser.add_argument("--seed", type=int, default=1, help="seed for the sandbox and the generators (default 1)")
    parser.add_argument("--examples", type=int, default=60,
                        help="schemathesis examples per operation; filters get 4x (default 60)")
    args = parser.parse_args(argv)
    try:
        load_spec()  # a broken spec: one line here, not deep inside schemathesis
    except ValueError as exc:
        print(f"security_report: {exc}", file=sys.stderr)
        return 1
    try:
        tally = run(args.seed, args.examples, print)
    except Exception as exc:  # a broken sandbox or toolchain: one line, not a traceback
        print(f"security_report: could not run: {type(exc).__name__}: {exc}", file=sys.stderr)
        return 1
    print(f"bad inputs tried: {tally.tried}")
    print("responses by status: " + ", ".join(f"{s}: {n}" for s, n in sorted(tally.statuses.items())))
    if tally.unsendable:
        print(f"not sent (the HTTP client refused a URL over its length limit): {tally.unsendable}")
    for label, found in [("server errors (5xx)", tally.server_errors),
                         ("bodies with tracebacks/internals", tally.leaks),
                         ("cross-account reads/writes that succeeded", tally.cross_account),
                         ("refused inputs accepted (float ids, NUL)", tally.accepted),
                         ("answers repeating a forged Host", tally.host_reflected)]:
        print(f"{label}: {len(found)} (must be 0)")
        for line in found[:10]:
            print(f"    {line}")
    return 1 if tally.failures else 0


if __name__ == "__main__":
    sys.exit(main())
