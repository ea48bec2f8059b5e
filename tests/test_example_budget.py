"""Each fuzzing run's budget is shared by the spec's operations (scripts/example_budget.py)."""

from __future__ import annotations

from pathlib import Path

import yaml
from example_budget import examples_per_operation, operation_count


def bundle_with(tmp_path: Path, operations: int) -> Path:
    paths = {f"/things{n}": {"get": {"operationId": f"listThings{n}"}, "parameters": []} for n in range(operations)}
    path = tmp_path / "openapi.yaml"
    path.write_text(yaml.safe_dump({"openapi": "3.1.0", "paths": paths}), "utf-8")
    return path


def test_the_budget_is_shared_by_the_operations_down_to_a_floor(tmp_path: Path) -> None:
    assert examples_per_operation(2100, floor=10, bundle=bundle_with(tmp_path, 21)) == 100
    assert examples_per_operation(2100, floor=10, bundle=bundle_with(tmp_path, 140)) == 15
    assert examples_per_operation(2100, floor=10, bundle=bundle_with(tmp_path, 400)) == 10


def test_the_spec_s_operations_are_counted() -> None:
    bundle = yaml.safe_load(Path("generated/openapi.yaml").read_text("utf-8"))
    assert operation_count() == sum(len([m for m in item if m != "parameters"]) for item in bundle["paths"].values())
