"""The spec's house rules (redocly/house-rules.mjs): each one, broken on purpose in a copy
of the spec, is reported by `redocly lint` at the place that breaks it."""

from __future__ import annotations

import re
import shutil
import subprocess
from collections.abc import Callable
from pathlib import Path

import node_tools
import pytest
import yaml
from regenerate import LINT_PROBLEM
from spec_schemas import ROOT


def edit(relative: str, change: Callable[[dict], None]) -> Callable[[Path], None]:
    def apply(copy: Path) -> None:
        path = copy / "spec" / relative
        document = yaml.safe_load(path.read_text(encoding="utf-8"))
        change(document)
        path.write_text(yaml.safe_dump(document, sort_keys=False, allow_unicode=True), encoding="utf-8")

    return apply


# (rule, how to break it, the file it is reported in): one file each, so that each
# report can only come from its own breakage.
BREAKAGES = [
    ("house/operation-errors", edit("resources/patients/getPatient.yaml", lambda d: d["responses"].pop("429")),
     "resources/patients/getPatient.yaml"),
    ("house/id-path-not-found", edit("resources/patients/archivePatient.yaml", lambda d: d["responses"].pop("404")),
     "resources/patients/archivePatient.yaml"),
    ("house/write-validation-failed",
     edit("resources/patients/createPatient.yaml", lambda d: d["responses"].pop("422")),
     "resources/patients/createPatient.yaml"),
    ("house/list-shape", edit("resources/patients/listArchivedPatients.yaml", lambda d: d["parameters"].pop(0)),
     "resources/patients/listArchivedPatients.yaml"),
    ("house/operation-id-verb",
     edit("resources/settings/getPublicSettings.yaml", lambda d: d.update(operationId="fetchPublicSettings")),
     "resources/settings/getPublicSettings.yaml"),
    ("house/model-example", edit("resources/settings/schemas.yaml", lambda d: d["Settings"].pop("examples")),
     "resources/settings/schemas.yaml"),
    # The Update's own property; ConcessionTypeCreate's restated `name: {}` stays exempt.
    ("house/property-description",
     edit("resources/concession_types/schemas.yaml",
          lambda d: d["ConcessionTypeUpdate"]["properties"]["name"].pop("description")),
     "resources/concession_types/schemas.yaml"),
]


def lint(copy: Path) -> list[tuple[str, str, str]]:
    """(rule, file relative to spec/, message) of every problem `redocly lint` reports."""
    proc = subprocess.run([node_tools.tool("redocly"), "lint", "spec/openapi.yaml", "--format=github-actions"],
                          cwd=copy, env=node_tools.environment(), capture_output=True, text=True, check=False)
    return [(m["rule"], str((copy / m["file"]).resolve().relative_to((copy / "spec").resolve())), m["message"])
            for m in LINT_PROBLEM.finditer(proc.stdout + proc.stderr)]


@pytest.fixture(scope="module")
def problems(tmp_path_factory: pytest.TempPathFactory) -> list[tuple[str, str, str]]:
    copy = tmp_path_factory.mktemp("house-rules")
    for relative in ("spec", "redocly", "redocly.yaml"):
        source = ROOT / relative
        (shutil.copytree if source.is_dir() else shutil.copyfile)(source, copy / relative)
    for _, breakage, _ in BREAKAGES:
        breakage(copy)
    return lint(copy)


@pytest.mark.parametrize(("rule", "breakage", "file"), BREAKAGES, ids=[b[0] for b in BREAKAGES])
def test_a_broken_house_rule_is_reported_where_it_breaks(rule: str, breakage: object, file: str,
                                                         problems: list[tuple[str, str, str]]) -> None:
    reported = [(where, message) for name, where, message in problems if name == rule]
    assert [where for where, _ in reported] == [file], problems
    # The message says why, not only what: every rule's reason ends its sentence.
    assert re.search(r"[:(] ?\w", reported[0][1]), reported


def test_only_the_planted_breakages_are_reported(problems: list[tuple[str, str, str]]) -> None:
    assert {rule for rule, _, _ in problems} == {rule for rule, _, _ in BREAKAGES}, problems
