"""The `cliniko_sandbox` pytest fixture (registered through the `pytest11` entry point).

    def test_my_sync(cliniko_sandbox):
        cliniko_sandbox.add_patient(first_name="Ada", last_name="Example")
        client = cliniko_sandbox.client()
        ...

One sandbox server per test session (started on first use), a fresh state for every
test. `@pytest.mark.cliniko_sandbox(seed_patients=100, rate_limit=(200, 60), faults=0.1,
settings={...})` changes how a test's sandbox starts. The server's dependencies come
with the `[sandbox]` extra; without it, only a test that uses the fixture fails, saying so.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from typing import Any

import pytest

MARKER = "cliniko_sandbox"


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers",
        f"{MARKER}(seed_patients=0, rate_limit=None, faults=0.0, seed=1, settings=None): "
        "how this test's Cliniko sandbox starts (rate_limit: (200, 60) or '200/60'; settings: "
        "account settings or a bare custom fields definition)",
    )


@pytest.fixture(scope="session")
def cliniko_sandbox_server() -> Iterator[Any]:
    """The session's sandbox server (`SandboxServer`); tests want `cliniko_sandbox`."""
    missing = None
    try:
        from .testing import SandboxServer
    except ImportError as exc:  # failed outside the except block: no chained traceback
        missing = exc.name
    if missing:
        pytest.fail(
            f"the cliniko_sandbox fixture needs {missing}: pip install 'cliniko-client[sandbox]'", pytrace=False
        )
    server = SandboxServer()
    yield server
    server.stop()


@pytest.fixture
def cliniko_sandbox(request: pytest.FixtureRequest, cliniko_sandbox_server: Any) -> Any:
    """A fresh Cliniko sandbox for this test (`SandboxHandle`)."""
    from .testing import SandboxHandle, SandboxOptions

    marker = request.node.get_closest_marker(MARKER)  # the test's, else its class's or module's
    given = dict(marker.kwargs) if marker else {}
    known = [option.name for option in dataclasses.fields(SandboxOptions)]
    unknown = sorted(set(given) - set(known))
    if marker and marker.args or unknown:
        what = f"unknown option {unknown[0]!r}" if unknown else "options are keyword arguments"
        pytest.fail(f"@pytest.mark.{MARKER}: {what} (known: {', '.join(known)})", pytrace=False)
    try:
        options, problem = SandboxOptions(**given), None
    except ValueError as exc:  # failed outside the except block: no chained traceback
        problem = str(exc)
    if problem is not None:
        pytest.fail(f"@pytest.mark.{MARKER}: {problem}", pytrace=False)
    cliniko_sandbox_server.reset(options)
    return SandboxHandle(cliniko_sandbox_server)
