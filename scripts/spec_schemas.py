#!/usr/bin/env python3
"""The repository's spec, loaded with the package's loader.

The loader and validator live in the package (`cliniko_client.spec_schemas`,
source overrides/modules/spec_schemas.py), shared with the sandbox; this module
adds where the hand-written spec is in a checkout.

    python scripts/spec_schemas.py    # list the operations and where each is
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from cliniko_client.spec_schemas import SchemaError, Spec, format_checker, load_document

ROOT = Path(__file__).resolve().parent.parent
SPEC_PATH = ROOT / "spec" / "openapi.yaml"

__all__ = ["ROOT", "SPEC_PATH", "SchemaError", "Spec", "format_checker", "load_document", "load_spec"]


def load_spec(path: Path = SPEC_PATH) -> Spec:
    """The hand-written spec (spec/openapi.yaml and the files its `$ref`s reach)."""
    return Spec.load(path)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.parse_args()
    try:
        spec = load_spec()
    except ValueError as exc:
        print(f"spec_schemas: {exc}", file=sys.stderr)
        return 1
    for method, path, operation, _ in spec.operations():
        print(f"{operation['operationId']:<22} {method.upper():<6} {path}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
