#!/usr/bin/env python3
"""Benchmark the `cliniko_sandbox` pytest fixture's start costs.

    python scripts/bench_fixture.py [--tests 50]

The fixture starts one server per test session and resets its state before each
test. Prints, measured in this run:
- session start: a fresh interpreter importing the sandbox and starting its server
  (the spec loaded, uvicorn listening), against the same interpreter's bare start;
- per test: `reset()` (a new app and in-memory database) against the honest
  alternative, a new server per test (start + stop), and their ratio; the target
  is a reset at least 10x cheaper;
- as a user sees it: pytest on --tests tests that use the fixture against the same
  tests without it, in an empty folder (the installed package's plugin).
Exits 1 if the target is missed.
"""

from __future__ import annotations

import argparse
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import cli  # one-line bad usage; a Python without the tools says how to run it

TARGET_RATIO = 10.0
START = """
import time
started = time.perf_counter()
from cliniko_client.sandbox.testing import SandboxServer
imported = time.perf_counter()
server = SandboxServer()
listening = time.perf_counter()
server.stop()
print(imported - started, listening - imported)
"""


def median_seconds(action: Callable[[], object], runs: int) -> float:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        action()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def python(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH" and not k.startswith("PYTEST_")}
    return subprocess.run([sys.executable, *args], cwd=cwd, env=env, capture_output=True, text=True, check=True)


def session_start(runs: int) -> tuple[float, float, float]:
    """(bare interpreter, import of the sandbox, server start) in fresh processes, medians."""
    bare = median_seconds(lambda: python("-c", "pass"), runs)
    parts = [tuple(float(x) for x in python("-c", START).stdout.split()) for _ in range(runs)]
    return bare, statistics.median(p[0] for p in parts), statistics.median(p[1] for p in parts)


def pytest_seconds(folder: Path, tests: int, fixture: bool, runs: int) -> float:
    """pytest's own "N passed in S s" (the session, not the interpreter's start), median of runs."""
    argument = "cliniko_sandbox" if fixture else ""
    body = "    assert cliniko_sandbox.api_key\n" if fixture else "    assert True\n"
    source = "".join(f"def test_{n}({argument}):\n{body}\n" for n in range(tests))
    (folder / "test_bench.py").write_text(source, encoding="utf-8")
    seconds = []
    for _ in range(runs):
        output = python("-m", "pytest", "-q", "-p", "no:cacheprovider", "test_bench.py", cwd=folder).stdout
        seconds.append(float(re.findall(rf"{tests} passed in ([0-9.]+)s", output)[-1]))
    return statistics.median(seconds)


def main() -> int:
    parser = cli.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--tests", type=int, default=50, help="tests per pytest run (default 50)")
    parser.add_argument("--runs", type=int, default=5, help="fresh processes for the session start (default 5)")
    args = parser.parse_args()
    if args.tests < 1 or args.runs < 1:
        parser.error("--tests and --runs must be 1 or more")

    from cliniko_client.sandbox.testing import SandboxOptions, SandboxServer

    bare, imported, listening = session_start(args.runs)
    print(f"session start: import {imported * 1000:.0f} ms + server {listening * 1000:.0f} ms "
          f"(a bare interpreter starts in {bare * 1000:.0f} ms)")

    server = SandboxServer()
    try:
        reset = median_seconds(server.reset, 50)
        seeded = SandboxOptions(seed_patients=100)
        reset_seeded = median_seconds(lambda: server.reset(seeded), 20)
    finally:
        server.stop()
    new_server = median_seconds(lambda: SandboxServer().stop(), 10)
    ratio = new_server / reset
    print(f"per test: reset {reset * 1000:.1f} ms (with seed_patients=100: {reset_seeded * 1000:.1f} ms); "
          f"a new server per test {new_server * 1000:.0f} ms: {ratio:.0f}x (target: at least {TARGET_RATIO:.0f}x)")

    with tempfile.TemporaryDirectory() as folder:
        plain = pytest_seconds(Path(folder), args.tests, fixture=False, runs=3)
        with_fixture = pytest_seconds(Path(folder), args.tests, fixture=True, runs=3)
    per_test = (with_fixture - plain) / args.tests
    print(f"pytest, {args.tests} tests: {plain:.2f} s without the fixture, {with_fixture:.2f} s with it "
          f"(session start and resets included: {per_test * 1000:.1f} ms a test)")
    if ratio < TARGET_RATIO:
        print(f"MISSED: a reset is only {ratio:.1f}x cheaper than a new server", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
