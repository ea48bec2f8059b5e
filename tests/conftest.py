"""Shared settings of the sandbox and schemathesis tests."""

from __future__ import annotations

import gc
import os
import random
import shutil
import subprocess
import sys
import threading
from collections import Counter, defaultdict
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from hypothesis import settings

from tests.support import collection_gate, lazy_coverage

# A throwaway PostgreSQL cluster per session and an empty database per test (sync into PostgreSQL).
from tests.support.postgres import postgresql_server, postgresql_url  # noqa: F401

# schemathesis's coverage cases are built when a test runs (both xdist workers collect every file).
lazy_coverage.defer()

# No Hypothesis deadlines: the machine is shared, and speed is measured in benchmarks, not timed tests.
settings.register_profile("no-deadline", deadline=None)
settings.load_profile("no-deadline")

# A key of the sandbox's first account (accounts.default_accounts) and a User-Agent
# in Cliniko's `APP_VENDOR_NAME (APP_VENDOR_EMAIL)` form.
SANDBOX_KEY = "sandbox-key-au1"
OTHER_ACCOUNT_KEY = "sandbox-other-key-uk1"
USER_AGENT = "cliniko-openapi-tests (tests@example.com)"


def examples_and_seed(default_examples: int) -> tuple[int, int | None]:
    """Examples per operation and the Hypothesis seed, from the environment.

    SCHEMATHESIS_EXAMPLES=500 SCHEMATHESIS_SEED=random gives the longer unseeded
    nightly run (`tox -e fuzz`); by default runs are seeded and repeatable.
    """
    examples = int(os.environ.get("SCHEMATHESIS_EXAMPLES", default_examples))
    seed = os.environ.get("SCHEMATHESIS_SEED", "20240131")
    return examples, None if seed == "random" else int(seed)


# The sync property test (tests/test_sync.py) runs the same cases every run: SYNC_TEST_SEED,
# 20240131 unless set; SYNC_TEST_SEED=random draws one. The header of every run shows it, and a
# failure says how to run it again.
_SYNC_SEED = os.environ.get("SYNC_TEST_SEED", "20240131")
SYNC_SEED = random.randrange(2**32) if _SYNC_SEED == "random" else int(_SYNC_SEED)


# The calendar's property test (tests/test_calendar.py) likewise: CALENDAR_TEST_SEED.
_CALENDAR_SEED = os.environ.get("CALENDAR_TEST_SEED", "20240131")
CALENDAR_SEED = random.randrange(2**32) if _CALENDAR_SEED == "random" else int(_CALENDAR_SEED)


def pytest_report_header() -> list[str]:
    return [f"tests/test_sync.py property test seed: SYNC_TEST_SEED={SYNC_SEED}",
            f"tests/test_calendar.py property test seed: CALENDAR_TEST_SEED={CALENDAR_SEED}"]


# ---- what the tests need from the system ---------------------------------------

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "spec" / "openapi.yaml"
# The installed package's console script, next to this interpreter (tox's venv bin/).
SANDBOX_COMMAND = Path(sys.executable).parent / "cliniko-sandbox"


def chromium() -> str | None:
    """Debian's Chromium (tests/test_docs.py renders the HTML reference in it), if installed."""
    return shutil.which("chromium") or shutil.which("chromium-browser")


def docs_browser_missing() -> str | None:
    """One line saying what the browser run of tests/test_docs.py lacks, or None."""
    if chromium() is None:
        return (
            "tests/test_docs.py renders the HTML reference in Chromium, which is not installed: "
            "run `sudo apt-get install -y chromium` (Debian), or leave it out with --deselect tests/test_docs.py"
        )
    if not (ROOT / "node_modules" / "playwright-core").is_dir():
        return f"tests/test_docs.py drives Chromium with node_modules/playwright-core (missing): run `npm ci` in {ROOT}"
    return None


def pytest_ignore_collect(collection_path: Path, config: pytest.Config) -> bool | None:
    # schemathesis modules take minutes to collect: skipped when the run's -k cannot select their tests.
    return True if collection_gate.skip_collecting(collection_path, config, SPEC) else None


# The longest test files, started first: pytest-xdist hands out whole files in collection
# order (tox.ini: --dist loadfile --no-loadscope-reorder), and one of these started last leaves
# a core idle. Longest first as measured (--durations, 2 workers): 537, 521, 172, 186, 123, 112 s.
LONGEST_FIRST = ("test_security.py", "test_schemathesis.py", "test_breaking_gate.py", "test_sandbox.py",
                 "test_sync.py", "test_schemathesis_http.py")


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    collection_gate.check_prediction(items, SPEC)
    # schemathesis gives every operation's test its function's node id (`...::test_api`), and
    # pytest-xdist schedules by node id: of tests sharing one, it ran one. Each gets its own name.
    for item in items:
        if getattr(item, "operation_label", None) and not item.nodeid.endswith(f"::{item.name}"):
            item._id = type(item._id).parse(f"{item.nodeid.rsplit('::', 1)[0]}::{item.name}")  # pytest 9's NodeId
    items.sort(key=lambda item: (LONGEST_FIRST.index(item.path.name) if item.path.name in LONGEST_FIRST
                                 else len(LONGEST_FIRST)))
    # Stop before the first test rather than fail the browser tests after minutes of others.
    if any("rendered" in getattr(item, "fixturenames", ()) for item in items):
        problem = docs_browser_missing()
        if problem:
            raise pytest.UsageError(problem)


def pytest_runtest_setup(item: pytest.Item) -> None:
    lazy_coverage.build(getattr(item, "obj", None))


def pytest_collection_finish(session: pytest.Session) -> None:
    # Collection leaves GBs of long-lived objects (the schemathesis schemas, their coverage
    # cases); frozen, the garbage collector stops scanning them again during every test.
    gc.collect()
    gc.freeze()


# ---- fixtures ------------------------------------------------------------------
# A running sandbox: most tests take the package's own `cliniko_sandbox` fixture (its
# pytest plugin, as a user's tests would). SandboxProcess/running_sandbox run the
# package's `cliniko-sandbox` command instead, for tests that need a server before
# pytest's fixtures exist (schemathesis loads its schema at collection) or in its own
# process (its log output; many client threads against a server not sharing their GIL).


class SandboxProcess:
    """`cliniko-sandbox --port 0` in a subprocess; `.url` is its base URL; `stop()` may be called twice."""

    def __init__(self, *args: str, timeout: float = 60.0) -> None:
        command = [str(SANDBOX_COMMAND), "--port", "0", *args]
        self.process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
                                        cwd=ROOT)
        self.banner: list[str] = []  # what it printed up to its base URL
        try:
            self.url = self._base_url(timeout)
        except BaseException:
            self.stop()
            raise
        # Keep reading its output so a chatty server never blocks on a full pipe.
        threading.Thread(target=self.process.stdout.read, daemon=True).start()  # type: ignore[union-attr]

    def _base_url(self, timeout: float) -> str:
        found: list[str] = []

        def read() -> None:
            for line in self.process.stdout:  # type: ignore[union-attr]
                self.banner.append(line)
                if line.startswith("Base URL: "):
                    found.append(line.removeprefix("Base URL: ").strip())
                if line.startswith("Try: "):  # the banner's last line
                    return

        reader = threading.Thread(target=read, daemon=True)
        reader.start()
        reader.join(timeout)
        if not found:
            raise RuntimeError(f"cliniko-sandbox did not start within {timeout} s; it said:\n{''.join(self.banner)}")
        return found[0]

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()


@contextmanager
def running_sandbox(*args: str) -> Iterator[str]:
    """`cliniko-sandbox` for the duration of a `with` block; yields its base URL."""
    server = SandboxProcess(*args)
    try:
        yield server.url
    finally:
        server.stop()


@pytest.fixture(scope="module")
def statuses() -> Iterator[dict[str, Counter[int]]]:
    """Statuses per operation; at the end, every operation that ran must have had a 2xx.

    Without this a run with a wrong key passes: every answer is a documented 401.
    """
    seen: dict[str, Counter[int]] = defaultdict(Counter)
    yield seen
    never_ok = {op: dict(counts) for op, counts in seen.items() if not any(200 <= s < 300 for s in counts)}
    assert not never_ok, f"operations that never succeeded (statuses seen): {never_ok}"
