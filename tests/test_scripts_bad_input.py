"""Every script answers bad input with one line and exit 1 or 2, never a traceback.

Each script runs as a user runs it (`python scripts/NAME.py ...`, the tox env's
Python) in a copy of the repository where one thing is broken: the spec (a `$ref`
to a component that does not exist), a fixture or example file (malformed), or a
file that is missing. The answer must be exit 1 or 2 and exactly one line on
stderr that names the broken file (with a line or JSON pointer where there is one).
Where a kind of input is not one the script reads, the table says why.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SCRIPTS = ROOT / "scripts"
# What a copy of the repository needs for the scripts to run in it (node_modules is linked).
COPIED = ["spec", "scripts", "overrides", "generated", "releases", "tests/fixtures", "portability", "redocly.yaml",
          "redocly", "package.json", "package-lock.json"]
FIXTURE = "tests/fixtures/getPatient/response-200-seed.json"
EXAMPLE = "spec/resources/patients/examples/getPatient.seed.yaml"


def break_spec(repo: Path) -> None:
    spec = repo / "spec" / "resources" / "patients" / "schemas.yaml"
    text = spec.read_text(encoding="utf-8")
    broken = text.replace("schemas.yaml#/DateOrBlank'", "schemas.yaml#/DateOrBlnk'", 1)
    assert broken != text
    spec.write_text(broken, encoding="utf-8")


def replace_in(relative: str, old: str, new: str) -> Callable[[Path], None]:
    def mutate(repo: Path) -> None:
        path = repo / relative
        text = path.read_text(encoding="utf-8")
        assert old in text, (relative, old)
        path.write_text(text.replace(old, new, 1), encoding="utf-8")

    return mutate


LIST_PATIENTS = "spec/resources/patients/listPatients.yaml"
PATIENT_PARAMETERS = "spec/resources/patients/parameters.yaml"


def break_fixture(repo: Path) -> None:
    path = repo / FIXTURE
    path.write_text(path.read_text(encoding="utf-8")[:200], encoding="utf-8")  # cut short: malformed JSON


def break_example(repo: Path) -> None:
    path = repo / EXAMPLE
    path.write_text("value:\n  id: [1, 2\n  first_name: John\n", encoding="utf-8")  # malformed YAML


def remove(relative: str) -> Callable[[Path], None]:
    def mutate(repo: Path) -> None:
        (repo / relative).unlink()

    return mutate


def nothing(repo: Path) -> None:
    pass


@dataclass(frozen=True)
class Case:
    script: str
    kind: str  # broken spec, broken fixture, missing file
    args: tuple[str, ...]
    mutate: Callable[[Path], None]
    names: str  # the one line must contain this (the file, and a line or pointer where there is one)


BROKEN_SPEC_POINTER = "spec/resources/patients/schemas.yaml: /Patient/properties/date_of_birth/$ref"

LIST_ALERTS = "spec/resources/medical_alerts/listMedicalAlerts.yaml"

CASES = [
    # regenerate.py reads the spec and its examples (Redocly lints both).
    Case("regenerate.py", "broken spec", ("--check",), break_spec, "spec/resources/patients/schemas.yaml:"),
    Case("regenerate.py", "broken fixture", ("--check",), break_example, EXAMPLE + ":"),
    Case("regenerate.py", "missing file", ("--check",), remove("spec/custom_fields.schema.json"),
         "spec/resources/patients/schemas.yaml:"),
    Case("regenerate.py", "missing file", ("--check",), remove("spec/resources/patients/getPatient.yaml"),
         "spec/openapi.yaml: /paths/~1patients~1{id}/get/$ref: 'resources/patients/getPatient.yaml' points to a file"),
    # The resource description (x-cliniko-resource) and the filters are checked with the spec.
    Case("regenerate.py", "broken spec", ("--check",), replace_in(LIST_PATIENTS, "x-cliniko-resource:", "x-other:"),
         "spec/resources/patients/listPatients.yaml: /x-cliniko-resource: missing; the list of /patients"),
    Case("regenerate.py", "broken spec", ("--check",), replace_in(LIST_PATIENTS, "name: patients", "name: patient"),
         "listPatients.yaml: /x-cliniko-resource/name: 'patient' must be the collection's path segment"),
    Case("regenerate.py", "broken spec", ("--check",),
         replace_in(LIST_ALERTS, "[{resource: patients, property: patient_id}]", "{resource: patients}"),
         "listMedicalAlerts.yaml: /x-cliniko-resource/belongs_to: must be a list of {resource, property}"),
    Case("regenerate.py", "broken spec", ("--check",),
         replace_in(LIST_ALERTS, "[{resource: patients, property: patient_id}]",
                    "[{resource: patients, property: patient_id}, {resource: doctors, property: doctor_id}]"),
         "listMedicalAlerts.yaml: /x-cliniko-resource/belongs_to/1/resource: 'doctors' is not a resource of the spec"),
    Case("regenerate.py", "broken spec", ("--check",),
         replace_in(PATIENT_PARAMETERS, "    first_name: String", "    nickname: String\n    first_name: String"),
         "parameters.yaml: /PatientFilters/x-cliniko-filters/nickname: the records answered have no property"),
    Case("regenerate.py", "broken spec", ("--check",),
         replace_in("spec/resources/settings/schemas.yaml", "\n  examples:", "\n  x-examples:"),
         "spec/resources/settings/schemas.yaml:1:1: model Settings must have `examples`"),
    # validate_fixtures.py reads the spec, its examples and the fixtures.
    Case("validate_fixtures.py", "broken spec", (), break_spec, BROKEN_SPEC_POINTER),
    Case("validate_fixtures.py", "broken fixture", (FIXTURE,), break_fixture, FIXTURE + ":"),
    Case("validate_fixtures.py", "missing file", ("tests/fixtures/getPatient/response-200-gone.json",), nothing,
         "response-200-gone.json"),
    # spec_schemas.py lists the spec's operations.
    Case("spec_schemas.py", "broken spec", (), break_spec, BROKEN_SPEC_POINTER),
    Case("spec_schemas.py", "broken fixture", (), break_example, EXAMPLE + ":"),
    Case("spec_schemas.py", "missing file", (), remove(EXAMPLE), "getPatient.seed.yaml"),
    # check_breaking.py compares two bundled documents given as arguments (no fixtures).
    Case("check_breaking.py", "broken spec", ("releases/openapi-1.0.0.yaml", EXAMPLE), break_example, EXAMPLE),
    Case("check_breaking.py", "missing file", ("releases/openapi-1.0.0.yaml", "gone.yaml"), nothing, "gone.yaml"),
    # build_docs.py renders a bundled document given with --spec (no fixtures).
    Case("build_docs.py", "broken spec", ("--spec", EXAMPLE, "--output", "build/x.html"), break_example, EXAMPLE),
    Case("build_docs.py", "missing file", ("--spec", "gone.yaml", "--output", "build/x.html"), nothing, "gone.yaml"),
    # redact.py reads a captured response (a fixture) and the spec.
    Case("redact.py", "broken spec", (FIXTURE,), break_spec, BROKEN_SPEC_POINTER),
    Case("redact.py", "broken fixture", (FIXTURE,), break_fixture, FIXTURE + ":"),
    Case("redact.py", "missing file", ("gone.json",), nothing, "gone.json"),
    # sandbox.py answers by the spec bundled in the installed package; it reads a settings file.
    Case("sandbox.py", "broken fixture", ("--settings", FIXTURE, "--port", "0"), break_fixture, FIXTURE),
    Case("sandbox.py", "missing file", ("--settings", "gone.json", "--port", "0"), nothing, "gone.json"),
    Case("sandbox.py", "missing folder", ("--db", "gone/sandbox.sqlite3", "--port", "0"), nothing,
         "folder gone does not exist"),
    # contract_test.py and security_report.py run schemathesis over the spec.
    Case("contract_test.py", "broken spec", ("--url", "http://127.0.0.1:9/v1", "--api-key", "k"), break_spec,
         BROKEN_SPEC_POINTER),
    Case("security_report.py", "broken spec", (), break_spec, BROKEN_SPEC_POINTER),
    # portability.py runs other teams' tools on the bundle (slow); a missing bundle stops it first.
    Case("portability.py", "missing file", (), remove("generated/openapi.yaml"), "generated/openapi.yaml"),
    Case("portability.py", "bad argument", ("--only", "nosuch"), nothing, "--only"),
    # openapi30.py reports on the bundle's 3.0 rendering; a missing bundle stops it first.
    Case("openapi30.py", "missing file", (), remove("generated/openapi.yaml"), "generated/openapi.yaml"),
    Case("openapi30.py", "bad argument", ("--nosuch",), nothing, "--nosuch"),
    # prepare_env.py compares package-lock.json with what node_modules holds.
    Case("prepare_env.py", "missing file", ("--node",), remove("package-lock.json"), "package-lock.json"),
    Case("prepare_env.py", "broken fixture", ("--node",), lambda repo: (repo / "package-lock.json").write_text("{"),
         "package-lock.json"),
    Case("prepare_env.py", "bad argument", (), nothing, "--node"),
    # python_generator.py is openapi-python-client's CLI with one more format; it reads the bundle.
    Case("python_generator.py", "missing file", ("generate", "--path", "gone.yaml", "--output-path", "out"), nothing,
         "gone.yaml"),
    # The benchmarks read no files; bad arguments are their bad input.
    Case("bench_client.py", "bad argument", ("--rate", "fast"), nothing, "--rate"),
    Case("bench_sandbox.py", "bad argument", ("--patients", "many"), nothing, "--patients"),
    Case("bench_calendar.py", "bad argument", ("--appointments", "lots"), nothing, "--appointments"),
    Case("bench_sync.py", "bad argument", ("--changes", "some"), nothing, "--changes"),
    Case("bench_fixture.py", "bad argument", ("--tests", "all"), nothing, "--tests"),
]


def test_every_script_has_bad_input_cases() -> None:
    runnable = {p.name for p in SCRIPTS.glob("*.py") if 'if __name__ == "__main__"' in p.read_text(encoding="utf-8")}
    assert runnable == {case.script for case in CASES}


@pytest.fixture(scope="module")
def pristine(tmp_path_factory: pytest.TempPathFactory) -> Path:
    repo = tmp_path_factory.mktemp("repo")
    for relative in COPIED:
        source, target = ROOT / relative, repo / relative
        target.parent.mkdir(parents=True, exist_ok=True)
        if source.is_dir():
            shutil.copytree(source, target, ignore=shutil.ignore_patterns("__pycache__", ".ruff_cache"))
        else:
            shutil.copy2(source, target)
    (repo / "node_modules").symlink_to(ROOT / "node_modules")
    return repo


@pytest.mark.parametrize("case", CASES, ids=[f"{c.script}-{c.kind.replace(' ', '-')}" for c in CASES])
def test_bad_input_is_one_line_and_exit_1_or_2(case: Case, pristine: Path, tmp_path: Path) -> None:
    repo = tmp_path / "repo"
    shutil.copytree(pristine, repo, symlinks=True)
    case.mutate(repo)
    env = {k: v for k, v in os.environ.items() if k != "CLINIKO_API_KEY"}
    proc = subprocess.run(
        [sys.executable, str(repo / "scripts" / case.script), *case.args],
        cwd=repo, env=env, capture_output=True, text=True, timeout=300, check=False,
    )
    output = proc.stdout + proc.stderr
    assert "Traceback" not in output, output[-3000:]
    assert proc.returncode in (1, 2), f"exit {proc.returncode}:\n{output[-3000:]}"
    lines = [line for line in proc.stderr.splitlines() if line.strip()]
    assert len(lines) == 1, f"expected one line on stderr, got {len(lines)}:\n{proc.stderr[-3000:]}"
    assert case.names in lines[0], lines[0]


@pytest.mark.parametrize("script", ["validate_fixtures.py", "regenerate.py", "bench_client.py"])
def test_a_python_without_the_tools_gets_one_line_saying_how_to_run(script: str, pristine: Path) -> None:
    # -S: no site-packages, as a system Python without the project's requirements.
    proc = subprocess.run([sys.executable, "-S", str(pristine / "scripts" / script)],
                          cwd=pristine, capture_output=True, text=True, timeout=60, check=False)
    lines = [line for line in proc.stderr.splitlines() if line.strip()]
    assert proc.returncode == 1 and len(lines) == 1, proc.stderr
    assert "is not installed" in lines[0] and "tox" in lines[0]


def test_regenerate_finds_its_tools_without_its_environment_on_path(pristine: Path) -> None:
    # Run by its environment's Python alone (PATH without that environment's bin/): the
    # generator's ruff post-hook must still be found, or it says "ruff is not in PATH".
    env = dict(os.environ, PATH=os.pathsep.join(
        p for p in os.environ.get("PATH", "").split(os.pathsep) if Path(p) != Path(sys.executable).parent))
    proc = subprocess.run([sys.executable, str(pristine / "scripts" / "regenerate.py"), "--check"],
                          cwd=pristine, env=env, capture_output=True, text=True, timeout=300, check=False)
    assert proc.returncode == 0, proc.stderr[-3000:]
    assert "is in sync" in proc.stdout
