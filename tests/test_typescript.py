"""The generated TypeScript types work for a strict consumer, and a second toolchain
(openapi-typescript, Redocly's strictest lint preset) accepts the bundle cleanly.

- tests/typescript/consumer.ts must compile (`tsc --noEmit -p tests/typescript`);
- each tests/typescript/must_fail/*.ts must NOT compile, with the error its first
  line names (`// expect-error TSxxxx: text`), so it cannot fail for another reason;
- every property of Patient and PatientUpdate admits null and may be absent in the
  TypeScript types exactly where the bundled spec does;
- every property a schema of the bundle requires is required in its TypeScript type.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
from pathlib import Path

import pytest
import yaml
from jsonschema import Draft202012Validator
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

ROOT = Path(__file__).resolve().parent.parent
NODE_BIN = ROOT / "node_modules" / ".bin"
TS_DIR = ROOT / "tests" / "typescript"
BUNDLE = ROOT / "generated" / "openapi.yaml"
MUST_FAIL = sorted((TS_DIR / "must_fail").glob("*.ts"))
EXPECT = re.compile(r"^// expect-error (TS\d+): (.+)$")
ENV = dict(os.environ, REDOCLY_TELEMETRY="off", REDOCLY_SUPPRESS_UPDATE_NOTICE="true")


def tool(name: str) -> str:
    path = NODE_BIN / name
    if not path.exists():
        pytest.fail(f"{path.relative_to(ROOT)} is missing: run `npm ci` in {ROOT}")
    return str(path)


def tsc(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([tool("tsc"), *args], cwd=ROOT, capture_output=True, text=True, check=False)


def test_consumer_compiles() -> None:
    proc = tsc("--noEmit", "-p", str(TS_DIR))
    assert proc.returncode == 0, f"tests/typescript/consumer.ts does not compile:\n{proc.stdout}{proc.stderr}"


def test_must_fail_cases_exist() -> None:
    assert len(MUST_FAIL) >= 4


@pytest.mark.parametrize("case", MUST_FAIL, ids=lambda p: p.stem)
def test_must_fail_case_is_rejected(case: Path, tmp_path: Path) -> None:
    expected = EXPECT.match(case.read_text(encoding="utf-8").splitlines()[0])
    assert expected, f"{case.name}: first line must be `// expect-error TSxxxx: text`"
    code, text = expected.groups()
    # Same strict options as the consumer, one file at a time.
    config = tmp_path / "tsconfig.json"
    config.write_text(json.dumps({"extends": str(TS_DIR / "tsconfig.json"), "files": [str(case)]}), encoding="utf-8")
    proc = tsc("--noEmit", "-p", str(config))
    output = proc.stdout + proc.stderr
    assert proc.returncode != 0, f"{case.name} compiled, but must not"
    errors = [line for line in output.splitlines() if "error TS" in line]
    assert errors and all(f"error {code}:" in line for line in errors), f"{case.name}: expected only {code}:\n{output}"
    assert text in output, f"{case.name}: expected {text!r} in:\n{output}"


def test_openapi_typescript_has_no_warnings(tmp_path: Path) -> None:
    # As regenerate.py runs it (with the project's example-lint override).
    proc = subprocess.run(
        [tool("openapi-typescript"), str(BUNDLE), "--output", str(tmp_path / "schema.d.ts"),
         "--redocly", str(ROOT / "overrides" / "openapi-typescript.redocly.yaml")],
        cwd=ROOT, env=ENV, capture_output=True, text=True, check=False,
    )
    assert proc.returncode == 0, proc.stderr
    noise = [line for line in (proc.stdout + proc.stderr).splitlines() if re.search(r"warn|✘|error", line, re.I)]
    assert noise == []


def redocly_lint(config_text: str, tmp_path: Path) -> list[str]:
    config = tmp_path / "redocly.yaml"
    config.write_text(config_text, encoding="utf-8")
    proc = subprocess.run(
        [tool("redocly"), "lint", str(BUNDLE), "--config", str(config), "--format=json"],
        cwd=ROOT, env=ENV, capture_output=True, text=True, check=False,
    )
    report = json.loads(proc.stdout)
    problems = [
        f"{p['severity']} {p['ruleId']}: {p['message']} at {p['location'][0]['pointer']}" for p in report["problems"]
    ]
    assert (proc.returncode == 0) == (problems == []), proc.stderr
    return problems


def test_bundle_passes_recommended_strict_with_open_response_examples(tmp_path: Path) -> None:
    # The strictest preset, with the one deviation redocly.yaml makes on purpose: examples
    # may carry keys their (deliberately open) response schemas do not list.
    config = (
        "extends:\n  - recommended-strict\n"
        "rules:\n  no-invalid-media-type-examples:\n    severity: error\n    allowAdditionalProperties: true\n"
    )
    assert redocly_lint(config, tmp_path) == []


# ---- null and optional exactly where the spec says ------------------------------------------


def spec_property_facts(schema_name: str) -> list[tuple[str, bool, bool]]:
    """(property, may be null, may be absent) for each property of a schema of the bundle,
    decided by validating against the bundle itself, not by reading its keywords."""
    bundle = yaml.safe_load(BUNDLE.read_text(encoding="utf-8"))
    schema = bundle["components"]["schemas"][schema_name]
    required = set(schema.get("required", []))
    registry = Registry().with_resource("urn:bundle", Resource.from_contents(bundle, DRAFT202012))
    facts = []
    for name in schema["properties"]:
        pointer = f"urn:bundle#/components/schemas/{schema_name}/properties/{name}"
        validator = Draft202012Validator({"$ref": pointer}, registry=registry)
        facts.append((name, validator.is_valid(None), name not in required))
    return facts


@pytest.mark.parametrize("schema_name", ["Patient", "PatientUpdate"])
def test_null_and_optional_exactly_where_the_spec_says(schema_name: str, tmp_path: Path) -> None:
    facts = spec_property_facts(schema_name)
    assert schema_name != "Patient" or sum(nullable for _, nullable, _ in facts) >= 50
    lines = [
        f'import type {{ components }} from "{ROOT / "generated" / "typescript" / "schema"}";',
        f'type T = components["schemas"]["{schema_name}"];',
        "type Is<A, B extends A> = B;",
    ]
    for name, nullable, optional in facts:
        null, absent = str(nullable).lower(), str(optional).lower()
        lines.append(f'export type N_{name} = Is<{null}, null extends T["{name}"] ? true : false>;')
        lines.append(f'export type O_{name} = Is<{absent}, {{}} extends Pick<T, "{name}"> ? true : false>;')
    case = tmp_path / f"{schema_name}_nullability.ts"
    case.write_text("\n".join(lines) + "\n", encoding="utf-8")
    config = tmp_path / "tsconfig.json"
    config.write_text(json.dumps({"extends": str(TS_DIR / "tsconfig.json"), "files": [str(case)]}), encoding="utf-8")
    proc = tsc("--noEmit", "-p", str(config))
    wrong = [lines[int(n) - 1] for n in re.findall(r"_nullability\.ts\((\d+),", proc.stdout)]
    assert proc.returncode == 0, "TypeScript disagrees with the spec (N_: null, O_: optional):\n" + "\n".join(
        wrong or [proc.stdout + proc.stderr])


# ---- required exactly where the spec says -------------------------------------------------


def spec_required_properties() -> list[tuple[str, str]]:
    """(schema, property) for every property a schema of the bundle requires, beside or inside its allOf."""
    bundle = yaml.safe_load(BUNDLE.read_text(encoding="utf-8"))
    pairs = []
    for name, schema in bundle["components"]["schemas"].items():
        required = set(schema.get("required", []))
        for part in schema.get("allOf", []):
            required |= set(part.get("required", []))
        pairs += [(name, prop) for prop in sorted(required)]
    return pairs


def test_every_required_property_is_required_in_typescript(tmp_path: Path) -> None:
    # One check per required property: a value of the type without it must not compile.
    pairs = spec_required_properties()
    assert {("PatientCreate", "first_name"), ("PatientCreate", "last_name")} <= set(pairs)
    lines = [f'import type {{ components }} from "{ROOT / "generated" / "typescript" / "schema"}";',
             'type S = components["schemas"];']
    checks: dict[int, tuple[str, str]] = {}
    for n, (schema, prop) in enumerate(pairs):
        lines.append(f'declare const whole_{n}: S["{schema}"];')
        lines.append(f'const {{ "{prop}": _{n}, ...without_{n} }} = whole_{n};')
        lines.append(f'export const check_{n}: S["{schema}"] = without_{n};')
        checks[len(lines)] = (schema, prop)
    case = tmp_path / "required.ts"
    case.write_text("\n".join(lines) + "\n", encoding="utf-8")
    config = tmp_path / "tsconfig.json"
    config.write_text(json.dumps({"extends": str(TS_DIR / "tsconfig.json"), "files": [str(case)]}), encoding="utf-8")
    proc = tsc("--noEmit", "-p", str(config))
    # Each error with its indented continuation lines (an intersection type names the property there).
    errors = {int(line): text for line, text in re.findall(r"required\.ts\((\d+),\d+\): (error .*(?:\n .*)*)",
                                                          proc.stdout)}
    accepted = [f"{schema}.{prop}" for line, (schema, prop) in checks.items()
                if f"Property '{prop}' is missing" not in errors.get(line, "")]
    assert accepted == [], f"TypeScript accepts these types without a property the spec requires: {accepted}"
    assert set(errors) == set(checks), proc.stdout
