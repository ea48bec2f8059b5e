"""The project modules the sandbox shares with the client and the scripts.

One place for the import fallback: once the client is generated, the filter
grammar and the custom fields validator come from `cliniko_client`; before
that, from their sources in overrides/modules/. The spec loader comes from
scripts/spec_schemas.py. No rule is written twice.
"""

from __future__ import annotations

import importlib
import importlib.util
import sys
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parents[2]
SPEC_PATH = ROOT / "spec" / "openapi.yaml"


def _from_file(name: str, path: Path) -> ModuleType:
    if name in sys.modules:
        return sys.modules[name]
    spec = importlib.util.spec_from_file_location(name, path)
    if spec is None or spec.loader is None or not path.exists():
        raise ImportError(f"cannot import {name}: {path} does not exist")
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module  # dataclasses need the module registered while it executes
    spec.loader.exec_module(module)
    return module


def _client_module(name: str) -> ModuleType:
    try:
        return importlib.import_module(f"cliniko_client.{name}")
    except ImportError:
        return _from_file(f"cliniko_client_{name}", ROOT / "overrides" / "modules" / f"{name}.py")


def _script_module(name: str) -> ModuleType:
    try:
        return importlib.import_module(name)
    except ImportError:
        return _from_file(name, ROOT / "scripts" / f"{name}.py")


filter_grammar = _client_module("filter_grammar")
custom_fields = _client_module("custom_fields")
spec_schemas = _script_module("spec_schemas")
