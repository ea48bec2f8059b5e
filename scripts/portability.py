#!/usr/bin/env python3
"""Run other teams' generators, validators and linters on generated/openapi.yaml (and, for
the checks ending in -3.0, on its OpenAPI 3.0.3 companion generated/openapi-3.0.yaml).

    python scripts/portability.py                 # every check (what `tox -e portability` runs)
    python scripts/portability.py --only orval spectral
    python scripts/portability.py --list

Each check runs a pinned tool the way another team would run it, then:
- every warning it prints must be listed, with its reason, in portability/allowed.yaml
  (and every entry there must still match something);
- its output compiles (`tsc --strict`; Python import and mypy);
- its models parse every example of the spec and every response fixture of
  tests/fixtures, blank dates (`""`) staying blank, never an invalid date.
Outputs go to build/portability/. Exit 1 on any failure, with one line per finding.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import Any

import cli
import yaml

ROOT = Path(__file__).resolve().parent.parent
BUNDLE = ROOT / "generated" / "openapi.yaml"
BUNDLE_30 = ROOT / "generated" / "openapi-3.0.yaml"
HERE = ROOT / "portability"
HARNESS = HERE / "harness"
OUT = ROOT / "build" / "portability"
NODE_BIN = ROOT / "node_modules" / ".bin"
FIXTURES = ROOT / "tests" / "fixtures"
HTTP_METHODS = ("get", "put", "post", "delete", "patch")
FIXTURE_NAME = re.compile(r"^(?:request|response-(?P<status>[1-5][0-9X]{2}))-[A-Za-z0-9_.-]+\.json$")
ENV = dict(os.environ, REDOCLY_TELEMETRY="off", NO_COLOR="1", FORCE_COLOR="0", CI="true")


# ---- the corpus: every example and response fixture, with its schema's name ----------

def _resolve(spec: dict[str, Any], node: Any) -> Any:
    while isinstance(node, dict) and isinstance(node.get("$ref"), str) and node["$ref"].startswith("#/"):
        target: Any = spec
        for part in node["$ref"][2:].split("/"):
            target = target[part.replace("~1", "/").replace("~0", "~")]
        node = target
    return node


def _schema_name(media: dict[str, Any]) -> str | None:
    ref = media.get("schema", {}).get("$ref", "")
    return ref.rsplit("/", 1)[-1] if ref.startswith("#/components/schemas/") else None


def build_corpus(spec: dict[str, Any]) -> list[dict[str, Any]]:
    """Every JSON example (requests and responses) and every fixture of tests/fixtures."""
    corpus: list[dict[str, Any]] = []
    operations: dict[str, dict[str, Any]] = {}
    for path, item in spec["paths"].items():
        for method in HTTP_METHODS:
            if method not in item:
                continue
            operation = item[method]
            op_id = operation["operationId"]
            operations[op_id] = operation
            places: list[tuple[str, str, Any]] = []
            if "requestBody" in operation:
                places.append(("request", "", _resolve(spec, operation["requestBody"])))
            for status, response in operation["responses"].items():
                places.append(("response", str(status), _resolve(spec, response)))
            for direction, status, node in places:
                media = node.get("content", {}).get("application/json")
                name = _schema_name(media) if media else None
                if name is None:
                    continue
                examples = {"example": {"value": media["example"]}} if "example" in media else {}
                examples.update(media.get("examples", {}))
                for example_name, example in examples.items():
                    corpus.append({
                        "where": " ".join(filter(None, (method.upper(), path, direction, status,
                                                        "example", example_name))),
                        "operation": op_id, "direction": direction, "status": status, "schema": name,
                        "document": _resolve(spec, example)["value"],
                    })
    for path in sorted(FIXTURES.glob("*/*.json")):
        match = FIXTURE_NAME.match(path.name)
        operation = operations.get(path.parent.name)
        if not match or operation is None:
            continue
        status = match["status"]
        node = _resolve(spec, operation["requestBody"] if status is None else operation["responses"][status])
        name = _schema_name(node.get("content", {}).get("application/json", {}))
        if name:
            corpus.append({
                "where": str(path.relative_to(ROOT)), "operation": path.parent.name,
                "direction": "request" if status is None else "response", "status": status or "",
                "schema": name, "document": json.loads(path.read_text(encoding="utf-8")),
            })
    return corpus


# ---- running tools -------------------------------------------------------------------

@dataclass
class Result:
    """What one check found: failures, and warning lines still to be matched against allowed.yaml."""
    failures: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)


def run(cmd: list[str], result: Result, what: str, cwd: Path = ROOT, timeout: float = 600) -> str | None:
    """Run a command; on a non-zero exit record `what` and the output's tail as a failure."""
    try:
        proc = subprocess.run(cmd, cwd=cwd, env=ENV, capture_output=True, text=True, timeout=timeout, check=False)
    except subprocess.TimeoutExpired:
        result.failures.append(f"{what}: timed out after {timeout:.0f} s")
        return None
    except FileNotFoundError:
        result.failures.append(f"{what}: {cmd[0]} is not installed (run it through `tox -e portability`)")
        return None
    output = proc.stdout + proc.stderr
    if proc.returncode != 0:
        lines = [line for line in output.splitlines() if line.strip()]
        result.failures.append(f"{what} failed (exit {proc.returncode}):\n    " + "\n    ".join(lines[-40:]))
        return None
    return output


def python_tool(name: str) -> str:
    """A console script installed next to this Python (the tox env's), else from PATH."""
    beside = Path(sys.executable).parent / name
    return str(beside) if beside.exists() else name


def node_tool(name: str) -> str:
    return str(NODE_BIN / name)


def fresh(path: Path) -> Path:
    shutil.rmtree(path, ignore_errors=True)
    path.mkdir(parents=True)
    return path


def write_corpus_ts(corpus: list[dict[str, Any]], where: Path) -> None:
    # One string parsed at run time: tsc infers a literal's type, and for over a thousand
    # documents that union is "too complex to represent" (TS2590).
    text = json.dumps(json.dumps(corpus, ensure_ascii=False), ensure_ascii=False)
    (where / "corpus.ts").write_text(
        "import type { Entry } from './dates';\n\nexport const corpus: Entry[] = JSON.parse(" + text + ");\n",
        encoding="utf-8")
    for name in ("dates.ts", "tsconfig.json"):
        shutil.copy(HARNESS / name, where / name)


def summary(output: str) -> str:
    """The harness's closing line (`TOOL: N documents parsed, M failures`)."""
    lines = [line for line in output.splitlines() if "documents parsed" in line]
    return lines[-1] if lines else output.strip().splitlines()[-1]


def compile_and_run_ts(work: Path, harness: str, result: Result, tool: str) -> None:
    shutil.copy(HARNESS / harness, work / harness)
    # One strict compile that also emits the JavaScript to run (noEmitOnError: nothing runs on an error).
    if run([node_tool("tsc"), "-p", str(work)], result, f"{tool}: tsc --strict") is None:
        return
    output = run(["node", str(work / "js" / harness.replace(".ts", ".js"))], result, f"{tool}: parsing the corpus")
    if output is not None:
        result.notes.append(summary(output))


def warning_lines(output: str, pattern: str) -> list[str]:
    return [line.strip() for line in output.splitlines() if re.search(pattern, line)]


def type_check_examples(corpus: list[dict[str, Any]], work: Path, import_line: str,
                        type_of: Callable[[dict[str, Any]], str], result: Result, tool: str) -> None:
    """For type-only outputs: every document, written as a TypeScript literal of its type, must compile."""
    lines = [import_line, ""]
    for index, entry in enumerate(corpus):
        lines.append(f"// {entry['where']}")
        literal = json.dumps(entry["document"], ensure_ascii=False)
        lines.append(f"export const doc{index}: {type_of(entry)} = {literal};")
    (work / "examples.ts").write_text("\n".join(lines) + "\n", encoding="utf-8")
    shutil.copy(HARNESS / "tsconfig.json", work / "tsconfig.json")
    if run([node_tool("tsc"), "--noEmit", "-p", str(work)], result,
           f"{tool}: examples as typed literals (tsc --strict)"):
        result.notes.append(f"{tool}: {len(corpus)} documents type-check as their schemas")


# ---- the checks ----------------------------------------------------------------------

def check_openapi_generator_python(corpus: list[dict[str, Any]], bundle: Path = BUNDLE) -> Result:
    result, work = Result(), fresh(OUT / ("openapi-generator-python" + ("-3.0" if bundle == BUNDLE_30 else "")))
    output = run([python_tool("openapi-generator-cli"), "generate", "-i", str(bundle), "-g", "python",
                  "-o", str(work / "gen"), "--package-name", "cliniko_oag"],
                 result, "openapi-generator python: generate")
    if output is None:
        return result
    result.warnings = warning_lines(output, r"\b(WARN|ERROR)\b")
    gen = work / "gen"
    if run([sys.executable, "-c", "import cliniko_oag, cliniko_oag.api, cliniko_oag.models"], result,
           "openapi-generator python: import", cwd=gen) is None:
        return result
    run([sys.executable, "-m", "mypy", "--no-incremental", "--cache-dir", os.devnull, "cliniko_oag"], result,
        "openapi-generator python: mypy", cwd=gen)
    (work / "corpus.json").write_text(json.dumps(corpus), encoding="utf-8")
    output = run([sys.executable, str(HARNESS / "parse_models.py"), "openapi-generator", str(work / "corpus.json"),
                  str(gen)], result, "openapi-generator python: parsing the corpus")
    if output is not None:
        result.notes.append(summary(output))
    return result


def check_openapi_generator_typescript(corpus: list[dict[str, Any]]) -> Result:
    result, work = Result(), fresh(OUT / "openapi-generator-typescript-fetch")
    output = run([python_tool("openapi-generator-cli"), "generate", "-i", str(BUNDLE), "-g", "typescript-fetch",
                  "-o", str(work / "gen")], result, "openapi-generator typescript-fetch: generate")
    if output is None:
        return result
    result.warnings = warning_lines(output, r"\b(WARN|ERROR)\b")
    write_corpus_ts(corpus, work)
    compile_and_run_ts(work, "typescript-fetch.ts", result, "openapi-generator typescript-fetch")
    return result


def check_datamodel_codegen(corpus: list[dict[str, Any]]) -> Result:
    # As a team that type-checks would run it: constraints as Field(...) arguments (mypy
    # rejects constr() in annotations), and Sequence fields (the spec's response/request
    # variants refine an array's items; mypy rejects that override on an invariant list).
    result, work = Result(), fresh(OUT / "datamodel-codegen")
    output = run([python_tool("datamodel-codegen"), "--input", str(BUNDLE), "--input-file-type", "openapi",
                  "--output-model-type", "pydantic_v2.BaseModel", "--target-python-version", "3.11",
                  "--formatters", "builtin", "--field-constraints", "--use-generic-container-types",
                  "--output", str(work / "models.py")],
                 result, "datamodel-codegen: generate")
    if output is None:
        return result
    result.warnings = warning_lines(output, r"Warning\b|\bWARN")
    if run([sys.executable, "-c", "import models"], result, "datamodel-codegen: import", cwd=work) is None:
        return result
    run([sys.executable, "-m", "mypy", "--no-incremental", "--cache-dir", os.devnull, "models.py"], result,
        "datamodel-codegen: mypy", cwd=work)
    (work / "corpus.json").write_text(json.dumps(corpus), encoding="utf-8")
    output = run([sys.executable, str(HARNESS / "parse_models.py"), "datamodel-codegen", str(work / "corpus.json"),
                  str(work)], result, "datamodel-codegen: parsing the corpus")
    if output is not None:
        result.notes.append(summary(output))
    return result


def check_openapi_ts(corpus: list[dict[str, Any]]) -> Result:
    result, work = Result(), fresh(OUT / "openapi-ts")
    output = run([node_tool("openapi-ts"), "-f", str(HERE / "openapi-ts.config.mjs")], result,
                 "@hey-api/openapi-ts: generate")
    if output is None:
        return result
    result.warnings = warning_lines(output, r"(?i)warn|⚠|error")
    write_corpus_ts(corpus, work)
    compile_and_run_ts(work, "openapi-ts.ts", result, "@hey-api/openapi-ts")
    return result


def check_orval(corpus: list[dict[str, Any]]) -> Result:
    result, work = Result(), fresh(OUT / "orval")
    output = run([node_tool("orval"), "--config", str(HERE / "orval.config.cjs")], result, "orval: generate")
    if output is None:
        return result
    result.warnings = warning_lines(output, r"(?i)warn|⚠|error")
    type_check_examples(corpus, work, "import type * as T from './gen/cliniko';",
                        lambda entry: f"T.{entry['schema']}", result, "orval")
    return result


def check_openapi_typescript(corpus: list[dict[str, Any]]) -> Result:
    result, work = Result(), fresh(OUT / "openapi-typescript")
    gen = fresh(work / "gen")
    output = run([node_tool("openapi-typescript"), str(BUNDLE), "--output", str(gen / "schema.ts")], result,
                 "openapi-typescript: generate")
    if output is None:
        return result
    result.warnings = warning_lines(output, r"(?i)warn|⚠|✘|error")
    type_check_examples(corpus, work, "import type { components } from './gen/schema';",
                        lambda entry: f"components['schemas']['{entry['schema']}']", result, "openapi-typescript")
    return result


def check_spectral(corpus: list[dict[str, Any]]) -> Result:
    """`spectral:oas`: no finding at all; the OWASP ruleset: no error (rules that do not
    apply are switched off, with their reasons, in .spectral.yaml)."""
    result = Result()
    proc = subprocess.run([node_tool("spectral"), "lint", str(BUNDLE), "--ruleset", str(ROOT / ".spectral.yaml"),
                           "--format", "json", "--quiet", "--fail-severity", "hint"],
                          cwd=ROOT, env=ENV, capture_output=True, text=True, check=False)
    try:
        findings = json.loads(proc.stdout or "[]")
    except json.JSONDecodeError:
        result.failures.append(f"spectral: no JSON report (exit {proc.returncode}): {proc.stderr.strip()[:2000]}")
        return result
    severities = ["error", "warning", "info", "hint"]
    owasp_warnings: dict[str, int] = {}
    for finding in findings:
        code, severity = str(finding["code"]), severities[finding["severity"]]
        where = "/" + "/".join(str(p) for p in finding.get("path", []))
        if code.startswith("owasp:") and severity != "error":
            owasp_warnings[code] = owasp_warnings.get(code, 0) + 1
            continue
        result.failures.append(f"spectral {severity} {code} at {where}: {finding['message']}")
    oas = sum(1 for f in findings if not str(f["code"]).startswith("owasp:"))
    errors = sum(1 for f in findings if str(f["code"]).startswith("owasp:") and f["severity"] == 0)
    result.notes.append(f"spectral: spectral:oas {oas} findings; OWASP {errors} errors, "
                        f"{sum(owasp_warnings.values())} warnings {dict(sorted(owasp_warnings.items()))}")
    return result


def check_prism(corpus: list[dict[str, Any]], bundle: Path = BUNDLE) -> Result:
    """Prism's validating proxy in front of the sandbox, openapi-core on the same exchanges."""
    result = Result()
    output = run([sys.executable, str(HERE / "session.py"), str(bundle)], result,
                 f"prism proxy + openapi-core session on {bundle.name}", timeout=300)
    if output is not None:
        result.notes.append(output.strip().splitlines()[-1])
    return result


def check_schemathesis(corpus: list[dict[str, Any]]) -> Result:
    """The plain CLI command with the root schemathesis.toml: one seed, without the coverage
    phase (deterministic: tests/test_schemathesis.py runs it in-process on every change; over
    HTTP it alone took 7 minutes of CI)."""
    result = Result()
    output = run([sys.executable, str(HERE / "schemathesis_cli.py"), "--quick-seeds", "1"], result,
                 "schemathesis CLI against the sandbox", timeout=900)
    if output is not None:
        result.notes += output.strip().splitlines()
    return result


CHECKS: dict[str, Callable[[list[dict[str, Any]]], Result]] = {
    "spectral": check_spectral,
    "openapi-generator-python": check_openapi_generator_python,
    "openapi-generator-typescript-fetch": check_openapi_generator_typescript,
    "datamodel-codegen": check_datamodel_codegen,
    "openapi-ts": check_openapi_ts,
    "orval": check_orval,
    "openapi-typescript": check_openapi_typescript,
    "prism": check_prism,
    # The OpenAPI 3.0.3 companion, read by tools that take only 3.0 (README, "OpenAPI 3.0").
    "openapi-generator-python-3.0": partial(check_openapi_generator_python, bundle=BUNDLE_30),
    "prism-3.0": partial(check_prism, bundle=BUNDLE_30),
    "schemathesis": check_schemathesis,
}


# ---- allowed warnings and temporary known failures -----------------------------------

def load_allowed() -> tuple[dict[str, list[dict[str, str]]], dict[str, str]]:
    try:
        data = yaml.safe_load((HERE / "allowed.yaml").read_text(encoding="utf-8")) or {}
    except OSError as exc:
        raise SystemExit(f"portability/allowed.yaml: cannot read ({exc.strerror})") from None
    except yaml.YAMLError as exc:
        first = str(exc).splitlines()[0]
        raise SystemExit(f"portability/allowed.yaml: not valid YAML: {first}; fix the file") from None
    warnings = data.get("warnings") or {}
    for tool, entries in warnings.items():
        if tool not in CHECKS:
            raise SystemExit(f"portability/allowed.yaml: /warnings/{tool}: no such check; one of {', '.join(CHECKS)}")
        for index, entry in enumerate(entries):
            if not entry.get("match") or not entry.get("reason"):
                raise SystemExit(f"portability/allowed.yaml: /warnings/{tool}/{index}: needs `match` and `reason`")
    known = data.get("known-failures") or {}
    for tool in known:
        if tool not in CHECKS:
            raise SystemExit(f"portability/allowed.yaml: /known-failures/{tool}: no such check")
    return warnings, known


def judge_warnings(tool: str, lines: list[str], allowed: list[dict[str, str]]) -> Iterator[str]:
    used = [False] * len(allowed)
    for line in lines:
        hits = [i for i, entry in enumerate(allowed) if re.search(entry["match"], line)]
        for i in hits:
            used[i] = True
        if not hits:
            yield f"unlisted warning: {line}"
    for entry, was_used in zip(allowed, used, strict=True):
        if not was_used:
            yield f"portability/allowed.yaml lists {entry['match']!r}, which {tool} no longer prints: remove it"


def main(argv: list[str] | None = None) -> int:
    parser = cli.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--only", nargs="+", choices=list(CHECKS), metavar="CHECK", help="run only these checks")
    parser.add_argument("--list", action="store_true", help="list the checks and exit")
    args = parser.parse_args(argv)
    if args.list:
        print("\n".join(CHECKS))
        return 0
    allowed, known = load_allowed()
    if not BUNDLE.is_file():
        print(f"portability: {BUNDLE.relative_to(ROOT)} is missing: run `tox -e generate` first", file=sys.stderr)
        return 1
    spec = yaml.safe_load(BUNDLE.read_text(encoding="utf-8"))
    corpus = build_corpus(spec)
    OUT.mkdir(parents=True, exist_ok=True)
    print(f"corpus: {len(corpus)} documents ({sum(1 for e in corpus if 'example' in e['where'])} spec examples, "
          f"{sum(1 for e in corpus if 'example' not in e['where'])} fixtures)")
    failed: list[str] = []
    for name in args.only or list(CHECKS):
        started = time.monotonic()
        result = CHECKS[name](corpus)
        problems = result.failures + list(judge_warnings(name, result.warnings, allowed.get(name, [])))
        took = time.monotonic() - started
        for note in result.notes:
            print(f"  {note}")
        if name in known:
            if problems:
                print(f"KNOWN FAILURE {name} ({took:.1f} s): {known[name]}")
                for problem in problems:
                    print(f"    {problem}")
            else:
                print(f"FAIL {name} ({took:.1f} s): passes now; remove it from known-failures in "
                      "portability/allowed.yaml")
                failed.append(name)
            continue
        print(f"{'FAIL' if problems else 'ok  '} {name} ({took:.1f} s)")
        for problem in problems:
            print(f"    {problem}")
        if problems:
            failed.append(name)
    if failed:
        print(f"portability: {len(failed)} checks failed: {', '.join(failed)}")
        return 1
    print("portability: every check passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
