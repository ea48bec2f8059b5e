"""The resources the sandbox serves, read from the spec: one `Collection` each.

Every resource of the spec (`x-cliniko-resource` on its list, read by
`Spec.resources()`) becomes a table (its columns: every field its operations'
`q[]` can filter on, and the property naming its parent) and a set of
endpoints. The endpoints are the spec's own operations, found by the shape of
their paths, so a resource added to the spec is served without a route
written for it:

| path | method | endpoint |
|---|---|---|
| `/NAME` | GET, POST | `list`, `create` |
| `/NAME/archived`, `/NAME/deleted` | GET | `archived`, `deleted` |
| `/NAME/{id}` | GET, PUT, PATCH, DELETE | `get`, `update`, `update`, `archive` (DELETE is the deprecated archive) |
| `/NAME/{id}/archive`, `/NAME/{id}/unarchive` | POST | `archive`, `unarchive` |
| `/PARENT/{id}/NAME` | GET | `nested`: the list of one parent's records (`belongs_to`) |

What a resource does beyond that (a patient's custom fields, merged patients)
lives in its own small rules module (patients.py); the others use records.py.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from ..spec_schemas import ApiResource, Spec
from .ecma import compile_ecma
from .filters import FilterTable
from .storage import Storage, Table

# (method, path below /NAME with `{id}` for the record's id) -> endpoint
SHAPES = {
    ("get", ""): "list",
    ("post", ""): "create",
    ("get", "/archived"): "archived",
    ("get", "/deleted"): "deleted",
    ("get", "/{id}"): "get",
    ("put", "/{id}"): "update",
    ("patch", "/{id}"): "update",
    ("delete", "/{id}"): "archive",
    ("post", "/{id}/archive"): "archive",
    ("post", "/{id}/unarchive"): "unarchive",
}


@dataclass(frozen=True)
class Endpoint:
    kind: str  # a value of SHAPES, or "nested"
    operation_id: str
    filters: FilterTable | None  # its q[] table, if it takes filters
    sort: re.Pattern[str] | None  # its `sort` parameter's pattern, if it takes one
    example: dict[str, Any] | None  # its request body's first example, if it takes a body


@dataclass
class Collection:
    """One resource as the sandbox serves it."""

    resource: ApiResource
    storage: Storage
    # (method, path as the spec writes it) -> what answers it
    endpoints: dict[tuple[str, str], Endpoint] = field(default_factory=dict)

    @property
    def name(self) -> str:
        return self.resource.name

    def endpoint(self, kind: str) -> Endpoint | None:
        return next((e for e in self.endpoints.values() if e.kind == kind), None)

    @property
    def list_filters(self) -> FilterTable:
        found = self.endpoint("list")
        assert found is not None and found.filters is not None, f"{self.name}: its list takes no q[]"
        return found.filters


def endpoints_of(spec: Spec, resource: ApiResource, children: set[str]) -> dict[tuple[str, str], Endpoint]:
    """The spec's operations on one resource's paths, by the shape of each path (`children`:
    the resources that belong to this one, whose nested lists lie below its paths)."""
    found: dict[tuple[str, str], Endpoint] = {}
    own = f"/{resource.name}"
    nested_below = {f"{own}/{{id}}/{child}" for child in children}
    for method, path, operation, uri in spec.operations():
        if path in nested_below:
            continue  # a child's nested list: its own endpoint
        if path == own or path.startswith(own + "/"):
            kind = SHAPES.get((method, path[len(own) :]))
        elif resource.belongs_to and path == f"/{resource.belongs_to[0]}/{{id}}{own}" and method == "get":
            kind = "nested"
        else:
            continue
        if kind is None:
            raise ValueError(
                f"{method.upper()} {path}: the sandbox knows no endpoint of this shape "
                f"({', '.join(f'{m.upper()} {own}{p}' for m, p in SHAPES)})"
            )
        found[(method, path)] = Endpoint(
            kind,
            str(operation["operationId"]),
            FilterTable.for_operation(spec, uri),
            _sort_pattern(spec, uri),
            _body_example(spec, uri),
        )
    return found


def _sort_pattern(spec: Spec, operation_uri: str) -> re.Pattern[str] | None:
    operation, _ = spec.locate(operation_uri)
    for index, _ in enumerate(operation.get("parameters", [])):
        parameter, _ = spec.locate(f"{operation_uri}/parameters/{index}")
        if parameter.get("name") == "sort":
            return compile_ecma(parameter["schema"]["pattern"])
    return None


def _body_example(spec: Spec, operation_uri: str) -> dict[str, Any] | None:
    operation, _ = spec.locate(operation_uri)
    if "requestBody" not in operation:
        return None
    body, body_uri = spec.locate(f"{operation_uri}/requestBody")
    for name in body.get("content", {}).get("application/json", {}).get("examples", {}):
        example, _ = spec.locate(f"{body_uri}/content/application~1json/examples/{name}")
        return dict(example["value"]) if isinstance(example.get("value"), dict) else None
    return None


def table_of(resource: ApiResource, endpoints: dict[tuple[str, str], Endpoint]) -> Table:
    """The resource's table: a column per field any of its `q[]` filters (and its parent's property)."""
    columns: dict[str, str] = {}
    for endpoint in endpoints.values():
        if endpoint.filters is not None:
            columns.update(endpoint.filters.fields)
    if resource.belongs_to:
        columns.setdefault(resource.belongs_to[1], "Integer")
    columns.pop("id", None)  # the table's key
    return Table(resource.name, columns)


def collections_of(spec: Spec, db_path: str) -> dict[str, Collection]:
    """Every resource of the spec, with its storage in the database at `db_path`."""
    collections: dict[str, Collection] = {}
    resources = spec.resources()
    for name, resource in resources.items():
        children = {r.name for r in resources.values() if r.belongs_to and r.belongs_to[0] == name}
        endpoints = endpoints_of(spec, resource, children)
        collections[name] = Collection(resource, Storage(db_path, table_of(resource, endpoints)), endpoints)
    return collections
