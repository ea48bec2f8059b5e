"""The spec the sandbox answers by: the bundled `openapi.json` shipped in the package.

scripts/regenerate.py places it next to the client (it is generated/openapi.yaml
as JSON), so the sandbox's rules (request schemas, filter fields, the id and sort
patterns, the settings example) are read from the same document the client was
generated from, in a repository checkout and in an installed package alike.
"""

from __future__ import annotations

import functools
from pathlib import Path
from typing import Any

from ..spec_schemas import Spec

BUNDLED_SPEC = Path(__file__).resolve().parent.parent / "openapi.json"


@functools.cache
def bundled_spec() -> Spec:
    """The bundled spec, loaded once per process (the file does not change)."""
    return Spec.load(BUNDLED_SPEC)


def settings_example() -> dict[str, Any]:
    """The first example of `GET /settings`'s answer in the spec."""
    spec = bundled_spec()
    _, operation_uri = spec.operation("getSettings")
    response, response_uri = spec.locate(f"{operation_uri}/responses/200")
    first = next(iter(response["content"]["application/json"]["examples"]))
    example, _ = spec.locate(f"{response_uri}/content/application~1json/examples/{first}")
    value: dict[str, Any] = example["value"]
    return value
