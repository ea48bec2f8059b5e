"""Security of the sandbox and of the filter grammar: a smaller, seeded version of
scripts/security_report.py (account isolation, no 5xx, no leaked internals, 413)."""

from __future__ import annotations

import importlib
import importlib.util
import json
import re
from types import ModuleType
from typing import Any

import pytest
import security_report as report
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from spec_schemas import ROOT, load_bundle, load_spec


def _filter_grammar() -> ModuleType:
    try:
        return importlib.import_module("cliniko_client.filter_grammar")
    except ImportError:  # client not installed yet: the source it is generated from
        path = ROOT / "overrides" / "modules" / "filter_grammar.py"
        spec = importlib.util.spec_from_file_location("filter_grammar_source", path)
        assert spec is not None and spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        import sys

        sys.modules[spec.name] = module  # dataclasses need the module registered
        spec.loader.exec_module(module)
        return module


grammar = _filter_grammar()
SPEC = load_spec()
FILTERS = load_bundle().document["components"]["parameters"]["PatientFilters"]
FIELDS: dict[str, str] = FILTERS["x-cliniko-filters"]
OPERATORS: dict[str, list[str]] = SPEC.document["info"]["x-cliniko-filter-operators"]
PATTERN = re.compile(FILTERS["schema"]["items"]["pattern"])
SETTINGS = settings(max_examples=150, deadline=None, database=None, derandomize=True,
                    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])


class Recorder(report.Target):
    """The report's target, keeping every response so the tests can look at them."""

    def __init__(self) -> None:
        super().__init__(seed=3, tally=report.Tally())
        self.responses: list[tuple[str, Any]] = []

    def send(self, what: str, method: str, url: str, **kwargs: Any) -> Any:
        response = super().send(what, method, url, **kwargs)
        self.responses.append((f"{what}: {method} {url[:80]}", response))
        return response


@pytest.fixture(scope="module")
def target() -> Recorder:
    return Recorder()


def collections(target: Recorder) -> list[Any]:
    return list(target.app.state.sandbox.collections.values())


RESOURCES = sorted(load_bundle().resources())  # every resource of the spec, which the sandbox serves


@pytest.fixture(scope="module")
def victims(target: Recorder) -> dict[str, tuple[Any, list[dict[str, Any]]]]:
    """{resource: (its collection, account B's records)}."""
    found = {}
    for collection in collections(target):
        records = report.records_of(target, collection, target.key_b)
        assert records, f"account B needs {collection.name} to attack"
        own = report.records_of(target, collection, target.key_a)
        assert not {r["id"] for r in records} & {r["id"] for r in own}
        found[collection.name] = (collection, records)
    return found


# ---- account isolation --------------------------------------------------------


@pytest.mark.parametrize("resource", RESOURCES)
def test_a_key_of_account_a_cannot_touch_account_b(target: Recorder, victims: dict[str, Any], resource: str) -> None:
    collection, records = victims[resource]
    before = report.records_of(target, collection, target.key_b)
    victim = records[0]
    tried = 0
    for what, method, url, kwargs in report.attempts_on(collection, victim):
        response = target.send(what, method, url, **kwargs)
        tried += 1
        assert not report.breached(response, collection, victim), f"A could {what}: {method} {url}"
        if re.search(r" by (?!id)", what):  # A may have records with the same value: only B's must not show
            assert response.status_code == 200, what
        elif " by id" in what:
            assert response.status_code == 200 and response.json()["total_entries"] == 0, what
        elif method == "POST" and url.endswith(f"/{resource}"):  # a new record under B's parent
            assert response.status_code == 422, what
        else:
            assert response.status_code == 404 and response.json() == {"message": "Not found"}, what
    assert tried >= len(collection.endpoints)  # each endpoint tried (referral sources have one: a list)
    assert report.records_of(target, collection, target.key_b) == before, f"B's {resource} changed"


@pytest.mark.parametrize("resource", RESOURCES)
def test_the_same_attempts_by_account_b_succeed(target: Recorder, victims: dict[str, Any], resource: str) -> None:
    """The isolation test is not vacuous: B itself can read and find its record."""
    collection, records = victims[resource]
    victim = next(r for r in records if not r.get("deleted_at"))
    own = target.headers(target.key_b)
    # Every state, where records have states (practitioners are only active or not).
    everything = [("q[]", "archived_at:*")] if "archived" in collection.resource.states else []
    if collection.endpoint("get"):  # referral sources are read at their patient's path only
        assert target.send("own read", "GET", f"/v1/{resource}/{victim['id']}", headers=own,
                           params=everything).status_code == 200
    listed = target.send("own list", "GET", f"/v1/{resource}", headers=own,
                         params=[("q[]", f"id:={victim['id']}"), *everything])
    assert report.breached(listed, collection, victim), "B finds its own record by id"


@SETTINGS
@given(data=st.data())
def test_random_operations_of_a_on_ids_of_b_fail(target: Recorder, victims: dict[str, Any],
                                                  data: st.DataObject) -> None:
    collection, records = victims[data.draw(st.sampled_from(RESOURCES), label="resource")]
    victim = data.draw(st.sampled_from(records), label="victim")
    attempts = list(report.attempts_on(collection, victim))
    what, method, url, kwargs = data.draw(st.sampled_from(attempts), label="attempt")
    body = data.draw(st.dictionaries(st.sampled_from(["first_name", "notes", "email", "archived_at", "name"]),
                                     st.text(max_size=20), max_size=3), label="body")
    if method in ("PUT", "PATCH"):
        kwargs = {**kwargs, "json": body}
    response = target.send(what, method, url, **kwargs)
    assert not report.breached(response, collection, victim), f"A could {what}: {method} {url}"


# ---- bad inputs -----------------------------------------------------------------


def test_bad_inputs_get_json_errors_without_internals(target: Recorder) -> None:
    start = len(target.responses)
    report.bad_bodies(target)
    report.bad_headers(target)
    report.bad_ids(target)
    seen = target.responses[start:]
    assert len(seen) >= 150
    for what, response in seen:
        assert response is not None and response.status_code < 500, what
        if response.status_code >= 400:
            body = response.json()  # every failure is JSON...
            assert isinstance(body, dict) and isinstance(body.get("message"), str), what
            assert not any(marker in response.text for marker in report.LEAK_MARKERS), (what, response.text)
    statuses = {response.status_code for _, response in seen}
    assert {400, 401, 404, 413, 422} <= statuses, "the probes reach every kind of rejection"


def test_float_ids_nul_content_types_and_forged_hosts(target: Recorder) -> None:
    start = len(target.responses)
    report.refused_bodies(target)
    report.content_types(target)
    report.forged_hosts(target)
    seen = target.responses[start:]
    assert len(seen) >= 100
    for what, response in seen:
        assert response is not None and response.status_code < 500, what
        assert not 300 <= response.status_code < 400, (what, "no redirect, least of all to a forged Host")
        if what.startswith("refused body"):
            assert response.status_code == 422, (what, response.text)
    assert target.tally.accepted == [] and target.tally.host_reflected == []


def test_schemathesis_negative_mode_finds_no_server_error(target: Recorder) -> None:
    before = target.tally.tried
    # 1 per operation: test_schemathesis.py fuzzes every operation in both modes at length.
    report.schemathesis_negative(target, examples=1, seed=3)
    assert target.tally.tried - before >= 12 * 5
    assert target.tally.server_errors == [] and target.tally.leaks == []


@pytest.mark.parametrize("chunked", [False, True], ids=["content-length", "chunked"])
def test_a_body_over_the_size_limit_gets_413(target: Recorder, chunked: bool) -> None:
    from cliniko_client.sandbox.validation import MAX_BODY_BYTES

    body = json.dumps({"first_name": "A", "last_name": "B", "notes": "x" * MAX_BODY_BYTES}).encode()
    content: Any = iter([body[i:i + 65536] for i in range(0, len(body), 65536)]) if chunked else body
    response = target.send("oversized", "POST", "/v1/patients", content=content,
                           headers=target.headers(**{"Content-Type": "application/json"}))
    assert response.status_code == 413 and response.json() == {"message": "Request body too large"}
    small = target.send("at the limit", "POST", "/v1/patients", json={"first_name": "A", "last_name": "B"})
    assert small.status_code == 201


# ---- the filter grammar -------------------------------------------------------------

NEAR_MISSES = st.builds(
    lambda field, op, value: f"{field}:{op}{value}",
    st.sampled_from([*FIELDS, "nope", "", "ID"]),
    st.sampled_from(sorted({op for ops in OPERATORS.values() for op in ops} | {"", "==", "=>"})),
    st.one_of(st.text(max_size=30), st.text(alphabet="0123456789-:TZ*.,", max_size=30),
              st.sampled_from(["2014-08-30T18:00:00Z", "****-05-**", "true", "1,2,3", "x" * 256, "1" * 20])),
)


@settings(max_examples=2000, deadline=None, database=None, derandomize=True)
@given(item=st.one_of(NEAR_MISSES, st.text(max_size=80)))
def test_filter_parser_agrees_with_the_spec_pattern(item: str) -> None:
    try:
        parsed = grammar.parse(item, FIELDS, OPERATORS)
    except grammar.FilterError:
        assert not PATTERN.search(item), f"the spec accepts {item!r} but the parser refuses it"
        return
    assert PATTERN.search(item), f"the parser accepts {item!r} but the spec's q[] pattern does not"
    assert str(parsed) == item
