#!/usr/bin/env python3
"""openapi-python-client, taught one more string format: `format: decimal` becomes
`decimal.Decimal`, never `float` (regenerate.py runs this instead of the plain CLI).

    python scripts/python_generator.py generate --path generated/openapi.yaml ...

The generator (0.29.1, pinned) knows date, date-time, uuid and binary strings only, and
its templates cannot change a property's Python type. So this registers one property
class before the CLI runs: any schema carrying `format: decimal` (`Amount`) or, on a
union, `x-cliniko-decimal: true` (`AmountOrNumber`, whose JSON may also be a number) is
a `DecimalProperty`, rendered by
overrides/templates/property_templates/decimal_property.py.jinja: parsed with
`types.decimal_from_json`, written back as the decimal string. Arguments are the CLI's.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any, ClassVar

from attrs import define, field
from openapi_python_client import schema as oai
from openapi_python_client.parser import properties
from openapi_python_client.parser.properties.protocol import PropertyProtocol, Value, convert_example
from openapi_python_client.strings import PythonIdentifier


@define
class DecimalProperty(PropertyProtocol):
    """A decimal amount: `decimal.Decimal` in Python, a string (or number) in JSON."""

    name: str
    required: bool
    default: Value | None
    python_name: PythonIdentifier
    description: str | None
    example: str | None = field(converter=convert_example)
    numbers: bool = False  # JSON numbers parse too (AmountOrNumber); a plain Amount takes strings only

    _type_string: ClassVar[str] = "Decimal"
    _json_type_string: ClassVar[str] = "str"
    _allowed_locations: ClassVar[set[oai.ParameterLocation]] = {oai.ParameterLocation.QUERY}
    template: ClassVar[str] = "decimal_property.py.jinja"

    def convert_value(self, value: Any) -> Value | None:
        return None  # no amount has a default

    def get_imports(self, *, prefix: str) -> set[str]:
        return super().get_imports(prefix=prefix) | {"from decimal import Decimal", f"from {prefix} import types"}


_property_from_data = properties.property_from_data


def property_from_data(name: Any, required: bool, data: Any, schemas: Any, parent_name: str, config: Any,
                       process_properties: bool = True, roots: Any = None) -> Any:
    if isinstance(data, oai.Schema) and (data.schema_format == "decimal"
                                         or (data.model_extra or {}).get("x-cliniko-decimal") is True):
        return DecimalProperty(name=name, required=required, default=None,
                               python_name=PythonIdentifier(value=name, prefix=config.field_prefix),
                               description=data.description, example=data.example,
                               numbers=data.type != oai.DataType.STRING), schemas
    return _property_from_data(name, required, data, schemas, parent_name, config, process_properties, roots)


def main() -> None:
    # The CLI answers a missing spec with a full traceback: one line instead.
    args = sys.argv[1:]
    spec = args[args.index("--path") + 1] if "--path" in args[:-1] else None
    if spec is not None and not Path(spec).is_file():
        sys.exit(f"python_generator.py: --path {spec}: no such file (regenerate.py passes generated/openapi.yaml)")
    properties.property_from_data = property_from_data  # read at call time by every schema walk
    from openapi_python_client.cli import app

    app()


if __name__ == "__main__":
    main()
