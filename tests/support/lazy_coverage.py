"""Build schemathesis's coverage-phase cases when a test runs, not when it is collected.

schemathesis builds every operation's coverage cases (its deterministic edge cases,
attached as Hypothesis explicit examples) while pytest collects the test: about 150 s
of CPU and 1.7 GB for tests/test_schemathesis.py. pytest-xdist collects every file in
every worker, so each worker paid it, though one runs the file. `defer()` replaces the
builder's step with one that records what to build on the test function; the
`pytest_runtest_setup` hook in conftest.py calls `build()`, which attaches the very
same cases, in the same order, before Hypothesis reads them (it reads a test's explicit
examples when the test is called).
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import Any

from schemathesis.generation.hypothesis import builder

PENDING = "_cliniko_pending_coverage"
_eager = builder.add_coverage


def _deferred(test: Callable[..., Any], *args: Any, **kwargs: Any) -> Callable[..., Any]:
    setattr(test, PENDING, partial(_eager, test, *args, **kwargs))
    return test


def defer() -> None:
    """From now on, tests built by schemathesis get their coverage cases when they run."""
    builder.add_coverage = _deferred


def build(function: object) -> None:
    """Attach the coverage cases recorded on `function` (or a function it wraps), once."""
    while function is not None:
        pending = getattr(function, PENDING, None)
        if pending is not None:
            delattr(function, PENDING)
            if pending() is not getattr(pending, "args", (None,))[0]:
                raise RuntimeError("schemathesis's add_coverage returned another function: coverage cases lost")
            return
        function = getattr(function, "__wrapped__", None)
