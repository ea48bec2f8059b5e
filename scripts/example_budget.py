"""How many generated examples each operation gets in a schemathesis run.

Each run that fuzzes every operation (tests/test_schemathesis.py, its HTTP twin,
the plain CLI run of CI's portability check) has a fixed budget for the whole
run, shared by the spec's operations: a new resource makes each operation's
share smaller instead of making CI longer, down to a floor. The nightly run
(`tox -e fuzz`, SCHEMATHESIS_EXAMPLES=500) gives every operation the same large
number whatever the budget.
"""

from __future__ import annotations

from pathlib import Path

import yaml

BUNDLE = Path(__file__).resolve().parent.parent / "generated" / "openapi.yaml"
METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")


def operation_count(bundle: Path = BUNDLE) -> int:
    document = yaml.safe_load(bundle.read_text("utf-8"))
    return sum(1 for item in document["paths"].values() for method in item if method in METHODS)


def examples_per_operation(total: int, floor: int, bundle: Path = BUNDLE) -> int:
    """The run's `total` examples shared by the bundle's operations, at least `floor` each."""
    return max(floor, total // operation_count(bundle))
