#!/usr/bin/env python3
"""The OpenAPI 3.0.3 companion of the bundle, for tools that read only 3.0.

    python scripts/openapi30.py             # what 3.0 changes: counts per kind (README "OpenAPI 3.0")
    python scripts/openapi30.py --verbose   # ... and every place

`scripts/regenerate.py` calls `convert()`: @apiture/openapi-down-convert (pinned in
package.json, run with `--allOf` so a `$ref`'s siblings such as `readOnly` survive as
`allOf: [$ref]` beside them) does what it knows (`openapi`, type arrays with `null` ->
`nullable`, `const` -> one-value `enum`, `examples` -> `example`, `propertyNames` and
`$comment` removed, `info.license.identifier` removed); `finish()` then does what it leaves:

- `info.summary` (3.0's Info has none) is removed; the title and description say the same;
- `anyOf` with a `{type: "null"}` branch -> the branch removed and `nullable: true`, on the
  schema and on each typed branch left (strict 3.0.3 validators read `nullable` only beside
  a `type`); a single `$ref` left becomes `allOf: [$ref]` + `nullable: true`, the idiom
  3.0 generators read as "this model or null";
- `const` that the converter missed (inside `anyOf`) -> one-value `enum`;
- `if`/`then` and `dependentRequired` (cross-field rules of custom fields) are removed:
  3.0 has no conditionals, so those rules are not stated (the 3.0 document accepts more;
  the server still refuses what breaks them).

Every change loosens or keeps what a schema accepts, never narrows it. Whatever 3.1-only
keyword is still left afterwards fails the step with its JSON pointer.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import cli
import node_tools
import yaml

ROOT = Path(__file__).resolve().parent.parent
BUNDLE = ROOT / "generated" / "openapi.yaml"
NOTE = (
    "**OpenAPI 3.0.3 rendering** of the 3.1 contract (`openapi.yaml` beside this file), for tools that read "
    "only 3.0. 3.0 cannot state everything 3.1 does: `null` beside a referenced model is `nullable` on an "
    "`allOf`, and the cross-field rules of custom fields (`if`/`then`, `dependentRequired`, known keys only) "
    "are not stated, so this document accepts somewhat more than the server does. The 3.1 document is the "
    "contract; the project's README, \"OpenAPI 3.0\", lists every difference.\n\n"
)
# What a 3.0 Schema Object may hold (besides x- extensions).
SCHEMA_KEYWORDS = frozenset(
    "title multipleOf maximum exclusiveMaximum minimum exclusiveMinimum maxLength minLength pattern maxItems "
    "minItems uniqueItems maxProperties minProperties required enum type allOf oneOf anyOf not items properties "
    "additionalProperties description format default nullable discriminator readOnly writeOnly xml externalDocs "
    "example deprecated $ref".split()
)
# The converter's --verbose lines, by what they start with.
CONVERTER_LOG = {
    "Warning: Converted schema type array to nullable": "type [T, null] -> T + nullable",
    "Warning: Converting JSON Schema $ref": "$ref with siblings -> allOf [$ref] + siblings",
    "Warning: Converted const": "const -> enum",
    "Warning: Removed unsupported schema keyword propertyNames": "propertyNames removed",
    "Warning: schema $comment deleted": "$comment removed",
    "Warning: Removed info.license.identifier": "info.license.identifier removed",
    "Warning: Replaces examples with examples[0]": "examples -> example (the first)",
}
TYPES_30 = frozenset({"boolean", "object", "array", "number", "integer", "string"})
DROPPED = ("if", "then", "else", "dependentRequired")

Schema = dict[str, Any]


class ConversionFailed(Exception):
    """The 3.0 document could not be made; the message is one line per problem."""


def schemas(doc: dict[str, Any]) -> Iterator[tuple[str, Schema]]:
    """Every top-level schema of the document (components and inline in paths) with its JSON pointer."""
    for name, schema in doc.get("components", {}).get("schemas", {}).items():
        yield f"/components/schemas/{name}", schema

    def walk(node: Any, pointer: str) -> Iterator[tuple[str, Schema]]:
        if isinstance(node, dict):
            for key, value in node.items():
                where = f"{pointer}/{str(key).replace('~', '~0').replace('/', '~1')}"
                if key == "schema" and isinstance(value, dict):
                    yield where, value
                elif key not in ("example", "examples", "schemas"):
                    yield from walk(value, where)
        elif isinstance(node, list):
            for index, value in enumerate(node):
                yield from walk(value, f"{pointer}/{index}")

    yield from walk(doc.get("paths", {}), "/paths")
    yield from walk({k: v for k, v in doc.get("components", {}).items() if k != "schemas"}, "/components")


def subschemas(schema: Schema, pointer: str) -> Iterator[tuple[str, Schema]]:
    """The schema itself and every schema below it, depth first."""
    yield pointer, schema
    for key in ("items", "not", "additionalProperties"):
        if isinstance(schema.get(key), dict):
            yield from subschemas(schema[key], f"{pointer}/{key}")
    for key in ("allOf", "anyOf", "oneOf"):
        for index, part in enumerate(schema.get(key, [])):
            yield from subschemas(part, f"{pointer}/{key}/{index}")
    for name, part in schema.get("properties", {}).items():
        yield from subschemas(part, f"{pointer}/properties/{name}")


def is_null_branch(schema: Any) -> bool:
    return isinstance(schema, dict) and schema.get("type") == "null" and set(schema) <= {"type", "description"}


def finish_schema(schema: Schema, pointer: str, changes: Counter[str], places: list[str]) -> None:
    def note(kind: str) -> None:
        changes[kind] += 1
        places.append(f"{pointer}: {kind}")

    for keyword in DROPPED:
        if keyword in schema:
            del schema[keyword]
            note(f"{keyword} removed")
    if "const" in schema:
        schema["enum"] = [schema.pop("const")]
        note("const -> enum")
    for keyword in ("anyOf", "oneOf"):
        branches = schema.get(keyword)
        if not branches or not any(is_null_branch(b) for b in branches):
            continue
        rest = [b for b in branches if not is_null_branch(b)]
        schema["nullable"] = True
        if len(rest) == 1 and set(rest[0]) == {"$ref"}:
            del schema[keyword]
            schema.setdefault("allOf", []).append(rest[0])
            note(f"{keyword} [$ref, null] -> allOf [$ref] + nullable")
        else:
            schema[keyword] = rest
            for branch in rest:
                if "type" in branch:
                    branch["nullable"] = True
            note(f"{keyword} with null -> nullable")


def finish(doc: dict[str, Any]) -> tuple[Counter[str], list[str]]:
    """Make the converter's output valid 3.0.3 in place; returns the counts per kind and the places."""
    changes: Counter[str] = Counter()
    places: list[str] = []
    if doc["info"].pop("summary", None) is not None:
        changes["info.summary removed"] += 1
        places.append("/info/summary: removed")
    doc["info"]["description"] = NOTE + doc["info"].get("description", "")
    for pointer, top in schemas(doc):
        for where, schema in subschemas(top, pointer):
            finish_schema(schema, where, changes, places)
    left = [
        f"{where}: {problem}"
        for pointer, top in schemas(doc)
        for where, schema in subschemas(top, pointer)
        for problem in not_30(schema)
    ]
    if left:
        raise ConversionFailed("\n".join(f"{line} (not OpenAPI 3.0; teach scripts/openapi30.py)" for line in left))
    return changes, places


def not_30(schema: Schema) -> list[str]:
    problems = [f"keyword {key!r}" for key in schema if key not in SCHEMA_KEYWORDS and not key.startswith("x-")]
    if "type" in schema and not (isinstance(schema["type"], str) and schema["type"] in TYPES_30):
        problems.append(f"type {schema['type']!r}")
    return problems


class _Dumper(yaml.SafeDumper):
    """Multi-line text as YAML literal blocks, as readable as the 3.1 bundle."""

    def represent_str(self, data: str) -> yaml.ScalarNode:
        return self.represent_scalar("tag:yaml.org,2002:str", data, style="|" if "\n" in data else None)


_Dumper.add_representer(str, _Dumper.represent_str)


def down_convert(bundle: Path, target: Path) -> dict[str, Any]:
    """The converter's output of `bundle` (written to `target`), as a dict."""
    cmd = [node_tools.tool("openapi-down-convert"), "--allOf", "--input", str(bundle), "--output", str(target)]
    proc = subprocess.run(cmd, env=node_tools.environment(), capture_output=True, text=True, check=False)
    if proc.returncode != 0:
        raise ConversionFailed(f"openapi-down-convert exited {proc.returncode}: {node_tools.tidy(proc.stderr)}")
    loaded: dict[str, Any] = yaml.safe_load(target.read_text(encoding="utf-8"))
    return loaded


def convert(bundle: Path, target: Path) -> tuple[Counter[str], list[str]]:
    """Write the 3.0.3 document of `bundle` to `target`; returns what finish() changed."""
    doc = down_convert(bundle, target)
    changes, places = finish(doc)
    header = "# Generated by scripts/regenerate.py (scripts/openapi30.py) from spec/openapi.yaml. Do not edit.\n"
    body = yaml.dump(doc, Dumper=_Dumper, sort_keys=False, allow_unicode=True, width=120)
    target.write_text(header + body, encoding="utf-8")
    return changes, places


def converter_changes(bundle: Path) -> Counter[str]:
    """What the converter itself changed, from its --verbose log (one `Warning:` line each)."""
    with tempfile.TemporaryDirectory() as tmp:
        cmd = [node_tools.tool("openapi-down-convert"), "--allOf", "--verbose", "--input", str(bundle),
               "--output", str(Path(tmp) / "out.yaml")]
        proc = subprocess.run(cmd, env=node_tools.environment(), capture_output=True, text=True, check=False)
    counts: Counter[str] = Counter()
    for line in proc.stderr.splitlines():
        kinds = [kind for prefix, kind in CONVERTER_LOG.items() if line.startswith(prefix)]
        if kinds or (line.startswith("Warning: ") and "Converting from OpenAPI 3.1" not in line):
            counts[kinds[0] if kinds else line.removeprefix("Warning: ")] += 1
    return counts


def main() -> int:
    parser = cli.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--verbose", action="store_true", help="list every place finish() changed")
    args = parser.parse_args()
    if not BUNDLE.is_file():
        print(f"openapi30.py: {BUNDLE.relative_to(ROOT)} is missing: run `tox -e generate` first", file=sys.stderr)
        return 1
    try:
        with tempfile.TemporaryDirectory() as tmp:
            changes, places = convert(BUNDLE, Path(tmp) / "openapi-3.0.yaml")
        converted = converter_changes(BUNDLE)
    except (ConversionFailed, node_tools.MissingTool) as exc:
        for line in str(exc).splitlines():
            print(f"openapi30.py: {line}", file=sys.stderr)
        return 1
    print("openapi-down-convert:")
    for kind, count in converted.most_common():
        print(f"  {count:4d}  {kind}")
    print("finish():")
    for kind, count in changes.most_common():
        print(f"  {count:4d}  {kind}")
    if args.verbose:
        print("\n".join(places))
    return 0


if __name__ == "__main__":
    sys.exit(main())
