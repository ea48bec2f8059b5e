"""The schemathesis modules are collected under `-k` only when it can select one of their tests."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

import pytest
from spec_schemas import load_bundle

from tests.conftest import ROOT, SPEC
from tests.support.collection_gate import may_select, predicted_names, skip_collecting

IN_PROCESS = ROOT / "tests" / "test_schemathesis.py"
OVER_HTTP = ROOT / "tests" / "test_schemathesis_http.py"


def test_the_prediction_names_every_operation_of_a_parametrized_test() -> None:
    names = predicted_names(IN_PROCESS, SPEC)
    assert "test_api[GET /patients/{id}]" in names and "test_stateful_links" in names
    operations = len(list(load_bundle().operations()))
    assert len([name for name in names if name.startswith("test_api[")]) == operations
    assert "hypothesis" in names["test_api[GET /patients]"][0] and "hypothesis" not in names["test_stateful_links"][0]


@pytest.mark.parametrize(("keyword", "module", "selects"), [
    ("filters", IN_PROCESS, False),
    ("test_spec or sandbox_hostile", IN_PROCESS, False),
    ("GET and patients", IN_PROCESS, True),  # an operation's label
    ("stateful", IN_PROCESS, True),
    ("schemathesis", IN_PROCESS, True),  # the module's name
    ("not filters", IN_PROCESS, True),
    ("not hypothesis", IN_PROCESS, True),  # test_stateful_links has no Hypothesis names
    ("hypothesis and not test_api", IN_PROCESS, False),
    ("hypothesis and over_http", IN_PROCESS, False),
    ("hypothesis and over_http", OVER_HTTP, True),  # test_api_over_http
    ("explicit_examples", IN_PROCESS, True),  # a name schemathesis may or may not give
    ("not explicit_examples and GET", IN_PROCESS, True),
])
def test_a_keyword_selects_what_pytest_would(keyword: str, module: Path, selects: bool) -> None:
    assert may_select(keyword, module, SPEC) is selects


def config(keyword: str, *args: str, markexpr: str = "") -> pytest.Config:
    return SimpleNamespace(option=SimpleNamespace(keyword=keyword, markexpr=markexpr), args=list(args))  # type: ignore[return-value]


def test_only_a_keyword_that_cannot_select_skips_a_slow_module() -> None:
    assert skip_collecting(IN_PROCESS, config("filters"), SPEC)
    assert not skip_collecting(IN_PROCESS, config(""), SPEC)  # no -k: everything
    assert not skip_collecting(IN_PROCESS, config("stateful"), SPEC)
    assert not skip_collecting(ROOT / "tests" / "test_spec.py", config("filters"), SPEC)  # not slow: pytest decides
    assert not skip_collecting(IN_PROCESS, config("filters", markexpr="slow"), SPEC)  # -m: not predicted
    assert not skip_collecting(IN_PROCESS, config("filters", "tests/test_schemathesis.py::test_api"), SPEC)
    assert not skip_collecting(IN_PROCESS, config("(("), SPEC)  # pytest reports the bad expression
