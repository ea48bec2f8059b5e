"""The breaking-change gate, wired to the released baselines in releases/.

The gate (scripts/check_breaking.py, which has its own unit tests) must pass for
the current bundle against the newest release, and must catch breaking changes
planted in a copy of the current bundle unless info.version's major is bumped.
"""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml
from check_breaking import newest_release

ROOT = Path(__file__).resolve().parent.parent
BUNDLE = ROOT / "generated" / "openapi.yaml"
RELEASES = ROOT / "releases"
GATE = ROOT / "scripts" / "check_breaking.py"

Spec = dict[str, Any]


def gate(base: Path, head: Path) -> subprocess.CompletedProcess[str]:
    assert GATE.exists(), "scripts/check_breaking.py is missing"
    return subprocess.run(
        [sys.executable, str(GATE), str(base), str(head)], cwd=ROOT, capture_output=True, text=True, check=False
    )


def test_newest_release_is_picked_by_semver(tmp_path: Path) -> None:
    for version in ("1.9.0", "1.10.0", "1.2.3"):
        (tmp_path / f"openapi-{version}.yaml").touch()
    (tmp_path / "notes.yaml").touch()
    (tmp_path / "openapi-9.0.0.yaml.orig").touch()
    assert newest_release(tmp_path).name == "openapi-1.10.0.yaml"


def test_gate_given_the_folder_compares_with_the_newest_release(tmp_path: Path) -> None:
    # tox.ini's gate passes releases/ itself, so a new release needs no edit there.
    older = yaml.safe_load(BUNDLE.read_text(encoding="utf-8"))
    (tmp_path / "openapi-1.9.0.yaml").write_text(yaml.safe_dump(older), encoding="utf-8")
    remove_operation(older)
    (tmp_path / "openapi-1.10.0.yaml").write_text(yaml.safe_dump(older), encoding="utf-8")
    proc = gate(tmp_path, BUNDLE)
    assert f"BASE {tmp_path / 'openapi-1.10.0.yaml'}" in proc.stdout, proc.stdout + proc.stderr


def test_tox_gate_compares_with_the_releases_folder() -> None:
    tox_ini = (ROOT / "tox.ini").read_text(encoding="utf-8")
    assert "python scripts/check_breaking.py releases generated/openapi.yaml" in tox_ini


def test_baseline_matches_its_file_name() -> None:
    release = newest_release(RELEASES)
    version = yaml.safe_load(release.read_text(encoding="utf-8"))["info"]["version"]
    assert release.name == f"openapi-{version}.yaml"


def test_current_bundle_passes_the_gate() -> None:
    proc = gate(RELEASES, BUNDLE)
    assert proc.returncode == 0, proc.stdout + proc.stderr


def test_passing_report_is_short() -> None:
    """A count per kind and named schema, not the hundreds of findings behind them (issue 20)."""
    # Against 1.0.0: hundreds of findings, allowed by the major version bump since.
    proc = gate(RELEASES / "openapi-1.0.0.yaml", BUNDLE)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert len(proc.stdout.splitlines()) <= 40, proc.stdout
    assert "[" not in proc.stdout, "a passing report counts findings, --verbose lists them"


def remove_operation(spec: Spec) -> None:
    del spec["paths"]["/patients/{id}/archive"]["post"]


def response_field_not_nullable(spec: Spec) -> None:
    spec["components"]["schemas"]["Patient"]["properties"]["preferred_first_name"]["type"] = "string"


def remove_enum_value(spec: Spec) -> None:
    spec["components"]["schemas"]["ReminderType"]["enum"].remove("SMS & Email")


def add_required_request_property(spec: Spec) -> None:
    spec["components"]["schemas"]["PatientCreate"]["allOf"][0]["required"].append("email")


PLANTED = [remove_operation, response_field_not_nullable, remove_enum_value, add_required_request_property]


def planted(tmp_path: Path, change: Callable[[Spec], None], version: str | None = None) -> Path:
    spec = yaml.safe_load(BUNDLE.read_text(encoding="utf-8"))
    change(spec)
    if version:
        spec["info"]["version"] = version
    head = tmp_path / "openapi.yaml"
    head.write_text(yaml.safe_dump(spec, sort_keys=False, allow_unicode=True), encoding="utf-8")
    return head


@pytest.mark.parametrize("change", PLANTED, ids=lambda c: c.__name__)
def test_planted_breaking_change_is_caught(change: Callable[[Spec], None], tmp_path: Path) -> None:
    proc = gate(BUNDLE, planted(tmp_path, change))
    assert proc.returncode == 1, f"{change.__name__} not caught (exit {proc.returncode}):\n{proc.stdout}{proc.stderr}"


@pytest.mark.parametrize("change", PLANTED, ids=lambda c: c.__name__)
def test_major_bump_lets_breaking_change_through(change: Callable[[Spec], None], tmp_path: Path) -> None:
    current = yaml.safe_load(BUNDLE.read_text(encoding="utf-8"))["info"]["version"]
    bumped = f"{int(current.split('.')[0]) + 1}.0.0"
    proc = gate(BUNDLE, planted(tmp_path, change, version=bumped))
    assert proc.returncode == 0, proc.stdout + proc.stderr


def test_unchanged_copy_passes(tmp_path: Path) -> None:
    # The round trip through PyYAML alone must not look like a breaking change.
    proc = gate(BUNDLE, planted(tmp_path, lambda spec: None))
    assert proc.returncode == 0, proc.stdout + proc.stderr
