"""Property tests over real HTTP: schemathesis against scripts/sandbox.py in a subprocess.

The same checks as test_schemathesis.py, with fewer examples: this proves the
served app (uvicorn, sockets, absolute links built from the real host) behaves
like the in-process one. The server binds a free 127.0.0.1 port and is stopped
at the end of the module.
"""

from __future__ import annotations

import atexit
from collections import Counter
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
import schemathesis
from hypothesis import HealthCheck, seed, settings
from hypothesis.stateful import run_state_machine_as_test
from spec_schemas import BUNDLE_PATH, load_bundle

from tests.conftest import SANDBOX_KEY, USER_AGENT, SandboxProcess, examples_and_seed
from tests.support.realistic_data import (
    register_realistic_values,
    schemathesis_config,
    use_definition,
    use_existing_ids,
    use_integer_ids,
)
from tests.support.stateful import followed_links

# 5 per operation: the served app is the in-process one (test_schemathesis.py fuzzes it at
# length); this proves the serving. An id operation still names existing records from its
# first example on (ids are taken in turn: realistic_data._pick).
EXAMPLES, SEED = examples_and_seed(5)


# schemathesis needs the schema (and so the server's URL) when it collects the tests, so the
# server starts at import; the fixture below stops it when the module's tests are done.
# (schemathesis.pytest.from_fixture would start it lazily, but fails on pytest 9.2:
# "'Function' object has no attribute '_nodeid'".)
SERVER = SandboxProcess(*(["--seed", str(SEED)] if SEED is not None else []))
atexit.register(SERVER.stop)


@pytest.fixture(scope="module", autouse=True)
def _stop_the_server_at_the_end() -> Iterator[None]:
    yield
    SERVER.stop()


def _load_schema(url: str) -> Any:
    # Not the root schemathesis.toml: that one is for the plain CLI.
    loaded = schemathesis.openapi.from_path(BUNDLE_PATH, config=schemathesis_config(load_bundle().document))
    register_realistic_values(loaded)
    loaded.config.update(base_url=url, headers={"User-Agent": USER_AGENT}, basic_auth=(SANDBOX_KEY, ""))
    # The coverage phase's hundreds of edge cases per operation run in-process
    # (test_schemathesis.py); over HTTP, generated examples and the links suffice.
    loaded.config.phases.coverage.enabled = False
    with httpx.Client(auth=(SANDBOX_KEY, ""), headers={"User-Agent": USER_AGENT}) as client:
        account_settings = client.get(f"{url}/settings").json()
        resources = load_bundle().resources()
        # Archived records too, where records have that state (practitioners are only active or not).
        listed = {name: client.get(f"{url}/{name}", params={
            "q[]": "archived_at:*" if "archived" in resource.states else [], "per_page": 3}).json()[name]
            for name, resource in resources.items()}
    # Data the account can really accept: its own custom fields tokens, its own records' ids.
    use_definition(loaded, account_settings["patient_custom_fields_definition"])
    use_integer_ids(loaded)
    use_existing_ids(loaded, {name: [record["id"] for record in records] for name, records in listed.items()},
                     {name: list(r.belongs_to) for name, r in resources.items() if r.belongs_to})
    return loaded


schema = _load_schema(SERVER.url)


@schema.parametrize()
@settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=list(HealthCheck))
@(seed(SEED) if SEED is not None else (lambda test: test))
def test_api_over_http(case: schemathesis.Case, statuses: dict[str, Counter[int]]) -> None:
    response = case.call_and_validate()
    statuses[case.operation.label][response.status_code] += 1
    assert response.status_code < 500, response.text


def test_stateful_links_over_http() -> None:
    calls: Counter[str] = Counter()

    class Lifecycle(schema.as_state_machine()):  # type: ignore[misc]
        def after_call(self, response, case) -> None:  # noqa: ANN001
            assert response.status_code < 500, response.text
            if 200 <= response.status_code < 300:
                calls[case.operation.label] += 1

    # 25 runs of 8 steps: with 121 operations, 10 of 6 sometimes made no create whose links to follow.
    run_state_machine_as_test(Lifecycle, settings=settings(
        max_examples=25, stateful_step_count=8, deadline=None, suppress_health_check=list(HealthCheck),
        derandomize=SEED is not None))
    assert followed_links(calls), calls
