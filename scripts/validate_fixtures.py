#!/usr/bin/env python3
"""Validate fixtures and the spec's own examples against the spec.

    python scripts/validate_fixtures.py            # every fixture + every spec example
    python scripts/validate_fixtures.py PATH...    # only these fixture files / folders

A fixture's target is its place: tests/fixtures/OPERATION_ID/request-NAME.json
is a request body of that operation, .../response-STATUS-NAME.json a response
body with that status. Custom fields cases (tests/fixtures/custom_fields/) are
checked with the definition-aware validator: pass cases must pass, fail cases
must fail with the violation they name. Mutation cases (tests/fixtures/mutations/
cases.json) change a copy of a fixture (`set` pointers to values, `remove`
pointers) and check it against that fixture's target: pass cases must validate,
fail cases must fail at the pointer with the reason they name.

Exit 0 with a count when everything passes; exit 1 listing every failure as
`file: /json/pointer: reason`.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import cli
from spec_schemas import ROOT, Spec, load_document, load_spec

FIXTURES = ROOT / "tests" / "fixtures"
CUSTOM_FIELDS = FIXTURES / "custom_fields"
MUTATIONS = FIXTURES / "mutations"
FIXTURE_NAME = re.compile(r"^(?:request|response-(?P<status>[1-5][0-9X]{2}))-[A-Za-z0-9_.-]+\.json$")


def fixture_files(paths: list[Path]) -> Iterator[Path]:
    for path in paths:
        if path.is_dir():
            yield from sorted(p for p in path.rglob("*.json") if not {CUSTOM_FIELDS, MUTATIONS} & set(p.parents))
        else:
            yield path


def schema_for_fixture(spec: Spec, path: Path) -> str:
    """The spec location a fixture file must match, from its place; KeyError says why not."""
    match = FIXTURE_NAME.match(path.name)
    if not match:
        raise KeyError(
            "unknown target: name fixtures OPERATION_ID/request-NAME.json or OPERATION_ID/response-STATUS-NAME.json"
        )
    operation_id = path.parent.name
    if match["status"]:
        return spec.response_schema(operation_id, match["status"])
    return spec.request_schema(operation_id)


def check_fixture(spec: Spec, path: Path) -> list[str]:
    where = _display(path)
    if not path.exists():
        return [f"{where}: no such file"]
    try:
        target = schema_for_fixture(spec, path)
    except KeyError as exc:
        return [f"{where}: {exc.args[0]}"]
    try:
        instance = load_document(path)  # JSON keeps the last of repeated keys, as the seed needs
    except ValueError as exc:
        return [str(exc)]
    return [f"{where}: {e.pointer}: {e.reason}" for e in spec.errors_for(instance, target)]


def spec_examples(spec: Spec) -> Iterator[tuple[str, Any, str]]:
    """(where, example value, schema URI) for every example embedded in the spec."""
    for method, path, operation, op_uri in spec.operations():
        label = f"{method.upper()} {path}"
        places: list[tuple[str, str]] = []
        if "requestBody" in operation:
            places.append((f"{label} request", op_uri + "/requestBody"))
        for status in operation.get("responses", {}):
            places.append((f"{label} {status}", f"{op_uri}/responses/{status}"))
        for name, uri in places:
            node, node_uri = spec.locate(uri)
            for media_type, media in node.get("content", {}).items():
                schema_uri = f"{node_uri}/content/{media_type.replace('/', '~1')}/schema"
                if "example" in media:
                    yield f"{name} {media_type} example", media["example"], schema_uri
                for example_name in media.get("examples", {}):
                    example, example_uri = spec.locate(
                        f"{node_uri}/content/{media_type.replace('/', '~1')}/examples/{example_name}"
                    )
                    yield (
                        f"{name} {media_type} example {example_name!r} ({_short(example_uri)})",
                        example["value"],
                        schema_uri,
                    )
        for index, _ in enumerate(operation.get("parameters", [])):
            parameter, param_uri = spec.locate(f"{op_uri}/parameters/{index}")
            for example_name, example in parameter.get("examples", {}).items():
                yield (
                    f"{label} parameter {parameter['name']} example {example_name!r}",
                    example["value"],
                    (param_uri + "/schema"),
                )
            if "example" in parameter:
                yield f"{label} parameter {parameter['name']} example", parameter["example"], param_uri + "/schema"


def check_custom_fields_cases() -> tuple[int, list[str]]:
    """Run the custom fields pass/fail cases through the definition-aware validator."""
    cases_file = CUSTOM_FIELDS / "cases.json"
    if not cases_file.exists():
        return 0, []
    sys.path.insert(0, str(ROOT / "overrides" / "modules"))
    from custom_fields import validate_custom_fields  # the module that ships as cliniko_client.custom_fields

    definition = load_document(CUSTOM_FIELDS / "definition.json")
    cases = load_document(cases_file)
    failures: list[str] = []
    count = 0
    for kind in ("pass", "fail"):
        for case in cases.get(kind, []):
            count += 1
            where = f"{_display(cases_file)}: {kind} case {case.get('name')!r}"
            found = validate_custom_fields(case["payload"], definition)
            if kind == "pass" and found:
                failures += [f"{where}: {v.pointer}: unexpected {v.code}: {v.message}" for v in found]
            if kind == "fail" and not any(v.code == case["code"] and v.pointer == case["pointer"] for v in found):
                got = ", ".join(f"{v.code} at {v.pointer}" for v in found) or "no violation"
                failures.append(f"{where}: expected {case['code']} at {case['pointer']}, got {got}")
    return count, failures


def check_mutation_cases(spec: Spec) -> tuple[int, list[str]]:
    """Run the mutation cases: a fixture, changed, against the fixture's own target."""
    cases_file = MUTATIONS / "cases.json"
    if not cases_file.exists():
        return 0, []
    cases = load_document(cases_file)
    failures: list[str] = []
    count = 0
    for kind in ("pass", "fail"):
        for case in cases.get(kind, []):
            count += 1
            where = f"{_display(cases_file)}: {kind} case {case.get('name')!r}"
            base = FIXTURES / case["base"]
            try:
                target = schema_for_fixture(spec, base)
                instance = mutated(load_document(base), case.get("set", {}), case.get("remove", []))
            except (KeyError, ValueError, IndexError, TypeError) as exc:
                failures.append(f"{where}: cannot apply to {case['base']}: {exc}")
                continue
            found = spec.errors_for(instance, target)
            if kind == "pass" and found:
                failures += [f"{where}: {e.pointer}: unexpected: {e.reason}" for e in found]
            expect = case.get("expect", {})
            if kind == "fail" and not any(
                e.pointer == expect.get("pointer") and expect.get("reason", "") in e.reason for e in found
            ):
                got = "; ".join(f"{e.pointer}: {e.reason}" for e in found) or "it validates"
                failures.append(f"{where}: expected {expect.get('pointer')}: {expect.get('reason')!r}, got {got}")
    return count, failures


def mutated(document: Any, changes: dict[str, Any], removals: list[str]) -> Any:
    """A copy of `document` with each pointer of `changes` set and each of `removals` removed."""
    copy = json.loads(json.dumps(document))
    for pointer, value in [*changes.items(), *((p, _REMOVE) for p in removals)]:
        *parents, last = [part.replace("~1", "/").replace("~0", "~") for part in pointer.split("/")[1:]]
        node = copy
        for part in parents:
            node = node[int(part)] if isinstance(node, list) else node[part]
        key: Any = int(last) if isinstance(node, list) else last
        if value is _REMOVE:
            del node[key]
        else:
            node[key] = value
    return copy


_REMOVE = object()


def _display(path: Path) -> str:
    try:
        return str(path.resolve().relative_to(ROOT))
    except ValueError:
        return str(path)


def _short(uri: str) -> str:
    return uri.replace(ROOT.resolve().as_uri() + "/", "")


def main() -> int:
    parser = cli.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument(
        "paths", nargs="*", type=Path, help="fixture files or folders (default: all and the spec's examples)"
    )
    args = parser.parse_args()

    try:
        spec = load_spec()
    except ValueError as exc:
        print(f"validate_fixtures: {exc}", file=sys.stderr)
        return 1
    failures: list[str] = []
    checked = 0
    for path in fixture_files(args.paths or [FIXTURES]):
        checked += 1
        failures += check_fixture(spec, path)
    if not args.paths:
        for where, value, schema_uri in spec_examples(spec):
            checked += 1
            failures += [f"spec {where}: {e.pointer}: {e.reason}" for e in spec.errors_for(value, schema_uri)]
        count, case_failures = check_custom_fields_cases()
        checked += count
        failures += case_failures
        count, case_failures = check_mutation_cases(spec)
        checked += count
        failures += case_failures
    failures = list(dict.fromkeys(failures))  # allOf layers can report one problem twice
    for line in failures:
        print(line, file=sys.stderr)
    if failures:
        print(f"{len(failures)} failure(s) in {checked} checked")  # stderr holds the failures alone
        return 1
    print(f"{checked} fixtures and examples valid")
    return 0


if __name__ == "__main__":
    sys.exit(main())
