"""Parse every document of the corpus with a Python generator's models.

    python parse_models.py openapi-generator CORPUS.json PACKAGE_DIR
    python parse_models.py datamodel-codegen CORPUS.json MODULE_DIR

The corpus (written by scripts/portability.py) lists each example and fixture
with the name of its schema. A document must parse into the model of that name
(so a renamed model fails too), and each blank date (`""` in archived_at,
deleted_at, merged_at, date_of_birth) must come out as `""`, a null as None,
and a real date as a date. Prints one line per failure; exit 1 if any.
"""

from __future__ import annotations

import datetime
import importlib
import json
import sys
from typing import Any

DATE_KEYS = {"archived_at", "deleted_at", "merged_at", "date_of_birth"}


def unwrap(value: Any) -> Any:
    """The plain value inside openapi-generator's anyOf wrappers and pydantic RootModels."""
    for _ in range(5):
        if hasattr(value, "actual_instance"):
            value = value.actual_instance
        elif getattr(type(value), "__pydantic_root_model__", False):
            value = value.root
        else:
            break
    return value


def check_dates(source: Any, parsed: Any, where: str) -> list[str]:
    """Compare the JSON document with the parsed model, following the same keys."""
    parsed = unwrap(parsed)
    problems: list[str] = []
    if isinstance(source, dict):
        for key, value in source.items():
            if parsed is None or not hasattr(parsed, key):
                continue  # a key the model does not name (kept, if at all, in additional properties)
            child = unwrap(getattr(parsed, key))
            if key in DATE_KEYS:
                ok = (child == "" if value == "" else child is None if value is None
                      else isinstance(child, (datetime.date, datetime.datetime)))
                if not ok:
                    problems.append(f"{where}/{key}: {value!r} was parsed as {child!r}")
            else:
                problems += check_dates(value, child, f"{where}/{key}")
    elif isinstance(source, list) and isinstance(parsed, list):
        for index, (value, child) in enumerate(zip(source, parsed, strict=False)):
            problems += check_dates(value, child, f"{where}/{index}")
    return problems


def parse(kind: str, module: Any, name: str, document: Any) -> Any:
    cls = getattr(module, name, None)
    if cls is None:
        raise LookupError(f"no model named {name!r}")
    if kind == "openapi-generator":
        parsed = cls.from_json(json.dumps(document))
        if parsed is None:
            raise ValueError("from_json returned None")
        return parsed
    return cls.model_validate(document)


def main() -> int:
    kind, corpus_path, import_dir = sys.argv[1:4]
    sys.path.insert(0, import_dir)
    module = importlib.import_module("cliniko_oag.models" if kind == "openapi-generator" else "models")
    corpus = json.loads(open(corpus_path, encoding="utf-8").read())
    failures = 0
    for entry in corpus:
        try:
            parsed = parse(kind, module, entry["schema"], entry["document"])
        except Exception as exc:  # any failure to parse is a finding, reported in one line
            first = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
            print(f"{entry['where']}: {entry['schema']} does not parse: {first}")
            failures += 1
            continue
        for problem in check_dates(entry["document"], parsed, entry["where"]):
            print(problem)
            failures += 1
    print(f"{kind}: {len(corpus)} documents parsed, {failures} failures")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
