"""Property tests: schemathesis drives the in-process sandbox from the bundled spec.

Every operation gets generated requests (positive and negative) and every
check; a stateful run follows the spec's OpenAPI links (create -> get /
update / patch / archive / unarchive). Deprecated operations skip the coverage
phase (tests/support/realistic_data.py: their current twins take it). Runs are seeded; set
SCHEMATHESIS_EXAMPLES and SCHEMATHESIS_SEED=random for a longer nightly run.
The one declared exception to pure schema data lives in
tests/support/realistic_data.py (custom_fields tokens come from the account's
definition).
"""

from __future__ import annotations

from collections import Counter

import pytest
import schemathesis
from cliniko_client.sandbox import create_app
from cliniko_client.sandbox.accounts import default_settings
from example_budget import examples_per_operation
from hypothesis import HealthCheck, seed, settings
from hypothesis.stateful import run_state_machine_as_test
from spec_schemas import BUNDLE_PATH, load_bundle

from tests.conftest import SANDBOX_KEY, USER_AGENT, examples_and_seed
from tests.support.realistic_data import (
    register_realistic_values,
    schemathesis_config,
    use_definition,
    use_existing_ids,
    use_integer_ids,
)
from tests.support.stateful import followed_links

# 50 examples for each of the 21 operations of 2.1.0, shared by all (example_budget.py), and
# the coverage phase's deterministic edge cases; the nightly `tox -e fuzz` gives each 500.
EXAMPLES, SEED = examples_and_seed(examples_per_operation(1050, floor=5))
# The app's ids are seeded even in unseeded runs: a replayed scenario must see the same ids.
APP_SEED = SEED if SEED is not None else 20240131
SETTINGS = settings(max_examples=EXAMPLES, deadline=None, derandomize=False,
                    suppress_health_check=list(HealthCheck))



class FreshSandbox:
    """The app under test; `reset()` swaps in a new one (new database, same seeded ids),
    so every stateful scenario starts from the same state and Hypothesis can replay it."""

    def __init__(self) -> None:
        self.app = create_app(seed=APP_SEED)

    def reset(self) -> None:
        self.app = create_app(seed=APP_SEED)

    async def __call__(self, scope, receive, send) -> None:  # noqa: ANN001 - ASGI
        await self.app(scope, receive, send)


# Not the root schemathesis.toml: that one is for the plain CLI.
schema = schemathesis.openapi.from_path(BUNDLE_PATH, config=schemathesis_config(load_bundle().document))
register_realistic_values(schema)
SANDBOX = FreshSandbox()
APP = SANDBOX.app
schema.app = SANDBOX
schema.config.update(headers={"User-Agent": USER_AGENT}, basic_auth=(SANDBOX_KEY, ""))
use_definition(schema, default_settings()["patient_custom_fields_definition"])
use_integer_ids(schema)
# The first account's starter records of every resource (active and archived): ids that exist.
COLLECTIONS = APP.state.sandbox.collections.values()
use_existing_ids(
    schema,
    {c.name: [str(r["id"]) for r in c.storage.list(1, "active+archived", "1", [], "created_at, id", 100, 0)[1]]
     for c in COLLECTIONS},
    {c.name: list(c.resource.belongs_to) for c in COLLECTIONS if c.resource.belongs_to},
)
OPERATIONS = sorted(op.ok().label for op in schema.get_all_operations())
# Calls per operation in this process (a module global: pytest-xdist may tear a module's
# fixtures down between its tests when the worker waits for more).
CALLS: Counter[str] = Counter()


def seeded(test):  # noqa: ANN001, ANN201 - a decorator over Hypothesis tests
    return seed(SEED)(test) if SEED is not None else test


@schema.parametrize()
@SETTINGS
@seeded
def test_api(case: schemathesis.Case, statuses: dict[str, Counter[int]]) -> None:
    response = case.call_and_validate()
    statuses[case.operation.label][response.status_code] += 1
    CALLS[case.operation.label] += 1
    assert response.status_code < 500, response.text


class PatientLifecycle(schema.as_state_machine()):  # type: ignore[misc]
    """Follows the spec's links; records which operations answered 2xx."""

    calls: Counter[str] = Counter()

    def setup(self) -> None:
        SANDBOX.reset()

    def after_call(self, response, case) -> None:  # noqa: ANN001
        assert response.status_code < 500, response.text
        if 200 <= response.status_code < 300:
            PatientLifecycle.calls[case.operation.label] += 1


def test_stateful_links() -> None:
    # 12 steps: among 171 operations, 8 steps of a scenario sometimes never reached a created record.
    PatientLifecycle.calls.clear()
    run_state_machine_as_test(
        PatientLifecycle,
        settings=settings(max_examples=max(10, EXAMPLES // 4), stateful_step_count=12, deadline=None,
                          suppress_health_check=list(HealthCheck), derandomize=SEED is not None),
    )
    # The links were really followed: something was created and then used.
    assert followed_links(PatientLifecycle.calls), PatientLifecycle.calls


def test_every_operation_is_tested(request: pytest.FixtureRequest) -> None:
    assert len(OPERATIONS) == len(list(load_bundle().operations())), OPERATIONS
    # And every operation selected in this run was called: under pytest-xdist, tests that
    # share a node id run once between them (conftest gives each its own).
    selected = {item.operation_label for item in request.session.items if hasattr(item, "operation_label")}
    assert selected <= set(CALLS), f"never called: {sorted(selected - set(CALLS))}"


def test_the_coverage_phase_ran() -> None:
    """The coverage phase's cases are attached when each test runs, not at collection
    (tests/support/lazy_coverage.py); were they lost, an operation would get its spec
    examples and EXAMPLES generated cases only. POST /patients has hundreds of them."""
    calls = CALLS["POST /patients"]
    if not calls:
        pytest.skip("test_api[POST /patients] was not selected")
    assert calls > 10 * EXAMPLES, f"POST /patients: {calls} calls; the coverage phase's cases did not run"
