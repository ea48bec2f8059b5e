"""Collect the schemathesis modules only when a `-k` run can select one of their tests.

schemathesis builds every operation's test, coverage-phase cases included, while
pytest collects (about 18 s for tests/test_schemathesis.py alone), and `-k` deselects
only after collecting. So before collecting such a module, its tests' `-k` names are
predicted from its source and the spec (the module, its folder, each test's name,
`NAME[METHOD /path]` for every operation of a `@schema.parametrize()` test, and the
names Hypothesis gives such a test), and the `-k` expression is evaluated on them
as pytest would. `check_prediction` compares the prediction with what pytest really
collected whenever the module is collected, so a prediction that drifts fails the
run that shows it (CI collects everything).
"""

from __future__ import annotations

import ast
from collections.abc import Iterable
from functools import cache
from pathlib import Path

import pytest
import yaml
from _pytest.mark import KeywordMatcher
from _pytest.mark.expression import Expression

SLOW_TO_COLLECT = frozenset({"test_schemathesis.py", "test_schemathesis_http.py"})
METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
# Names Hypothesis sets on a schemathesis test; the last only when it carries explicit examples.
HYPOTHESIS_NAMES = frozenset({"hypothesis", "is_hypothesis_test"})
MAYBE_NAMES = frozenset({"hypothesis_explicit_examples"})


@cache
def operation_labels(spec: Path) -> tuple[str, ...]:
    paths = yaml.safe_load(spec.read_text(encoding="utf-8"))["paths"]
    return tuple(f"{method.upper()} {path}" for path, item in paths.items() for method in METHODS if method in item)


def _is_schema_parametrize(decorator: ast.expr) -> bool:
    return (isinstance(decorator, ast.Call) and isinstance(decorator.func, ast.Attribute)
            and decorator.func.attr == "parametrize" and isinstance(decorator.func.value, ast.Name))


def predicted_names(module: Path, spec: Path) -> dict[str, tuple[frozenset[str], frozenset[str]]]:
    """Item name -> (the `-k` names it will have, the names it may have too), for each test of the module."""
    base = {module.name, module.parent.name}
    items: dict[str, tuple[frozenset[str], frozenset[str]]] = {}
    for node in ast.parse(module.read_text(encoding="utf-8")).body:
        if not isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef) or not node.name.startswith("test"):
            continue
        if any(_is_schema_parametrize(decorator) for decorator in node.decorator_list):
            for label in operation_labels(spec):
                name = f"{node.name}[{label}]"
                items[name] = (frozenset({*base, name, *HYPOTHESIS_NAMES}), MAYBE_NAMES)
        else:
            items[node.name] = (frozenset({*base, node.name}), frozenset())
    return items


def _selects(expression: Expression, names: Iterable[str]) -> bool:
    lowered = [name.lower() for name in names]
    return expression.evaluate(lambda subname, /, **_: any(subname.lower() in name for name in lowered))


def may_select(keyword: str, module: Path, spec: Path) -> bool:
    """Whether `-k keyword` can select a test of the module (with or without the uncertain names)."""
    expression = Expression.compile(keyword)
    return any(_selects(expression, names) or _selects(expression, names | maybe)
               for names, maybe in predicted_names(module, spec).values())


def skip_collecting(path: Path, config: pytest.Config, spec: Path) -> bool:
    """True for a slow-to-collect module that the run's `-k` cannot select and the command line did not name."""
    keyword = config.option.keyword.strip()
    if path.name not in SLOW_TO_COLLECT or not keyword or config.option.markexpr:
        return False
    if any(Path(arg.split("::", 1)[0]).resolve() == path.resolve() for arg in config.args):
        return False
    try:
        return not may_select(keyword, path, spec)
    except SyntaxError:
        return False  # pytest itself reports the malformed expression


def check_prediction(items: Iterable[pytest.Item], spec: Path) -> None:
    """Raise UsageError when a collected test of a slow module has `-k` names the prediction lacks."""
    predictions: dict[Path, dict[str, tuple[frozenset[str], frozenset[str]]]] = {}
    for item in items:
        if item.path.name not in SLOW_TO_COLLECT:
            continue
        if item.path not in predictions:
            predictions[item.path] = predicted_names(item.path, spec)
        predicted, maybe = predictions[item.path].get(item.name, (frozenset(), frozenset()))
        real = frozenset(KeywordMatcher.from_item(item)._names)
        if not predicted or not predicted <= real <= predicted | maybe:
            raise pytest.UsageError(
                f"tests/support/collection_gate.py predicts the -k names {sorted(predicted)} for {item.nodeid},"
                f" pytest gave it {sorted(real)}: update the prediction, or -k runs may skip this test"
            )
