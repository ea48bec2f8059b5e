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

import cli

ROOT = Path(__file__).resolve().parent.parent
SPEC_PATH = ROOT / "spec" / "openapi.yaml"
# The spec bundled into one file (generated/openapi.yaml): where every component has its name.
BUNDLE_PATH = ROOT / "generated" / "openapi.yaml"

try:
    from cliniko_client.spec_schemas import (
        SchemaError,
        Spec,
        format_checker,
        is_personal,
        load_document,
    )
except ImportError:  # the package is not installed (tox -e generate, which builds it): use its source
    import importlib.util

    _source = importlib.util.spec_from_file_location("spec_schemas_source", ROOT / "overrides/modules/spec_schemas.py")
    assert _source is not None and _source.loader is not None
    _module = importlib.util.module_from_spec(_source)
    sys.modules[_source.name] = _module  # dataclasses look their module up while it executes
    _source.loader.exec_module(_module)
    SchemaError, Spec, format_checker, is_personal, load_document = (
        _module.SchemaError, _module.Spec, _module.format_checker, _module.is_personal, _module.load_document)

__all__ = ["BUNDLE_PATH", "ROOT", "SPEC_PATH", "SchemaError", "Spec", "format_checker", "is_personal", "load_bundle",
           "load_document", "load_spec"]


def load_spec(path: Path = SPEC_PATH) -> Spec:
    """The hand-written spec (spec/openapi.yaml and the files its `$ref`s reach), checked:
    ValueError with one line at a `$ref` to nothing or a schema that is not JSON Schema."""
    spec = Spec.load(path)
    spec.check()
    return spec


def load_bundle() -> Spec:
    """The bundled spec, whose `components` name every schema, parameter and response
    (the hand-written spec keeps them in the files of spec/shared/ and spec/resources/).
    `tox -e lint` checks that the bundle is current."""
    return Spec.load(BUNDLE_PATH)


def main() -> int:
    parser = cli.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
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
