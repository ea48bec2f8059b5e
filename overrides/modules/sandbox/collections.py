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
| `/NAME/{id}/cancel` | PATCH | `cancel` (sets `cancelled_at` and what the body says) |
| `/PARENT/{id}/NAME` | GET | `nested`: the list of one parent's records (a `belongs_to` reference) |
| anything else below `/NAME` | any | `custom`: answered by the handler registered for its operationId (custom.py) |

What a resource does beyond that (a patient's custom fields, merged patients)
lives in its own small rules module (patients.py); the others use records.py.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from ..spec_schemas import ApiResource, Reference, Spec
from .ecma import compile_ecma
from .filters import FilterTable
from .storage import Storage, Table

# (method, path below /NAME with `{id}` for the record's id) -> endpoint
SHAPES = {
    ("get", ""): "list", ("post", ""): "create",
    ("get", "/archived"): "archived", ("get", "/deleted"): "deleted",
    ("get", "/{id}"): "get", ("put", "/{id}"): "update", ("patch", "/{id}"): "update", ("delete", "/{id}"): "archive",
    ("post", "/{id}/archive"): "archive", ("post", "/{id}/unarchive"): "unarchive",
    ("patch", "/{id}/cancel"): "cancel",
}


@dataclass(frozen=True)
class Endpoint:
    kind: str  # a value of SHAPES, "nested" or "custom"
    operation_id: str
    filters: FilterTable | None  # its q[] table, if it takes filters
    sort: re.Pattern[str] | None  # its `sort` parameter's pattern, if it takes one
    example: dict[str, Any] | None  # its request body's first example, if it takes a body
    success: int = 200  # the operation's 2xx status
    parent: Reference | None = None  # a nested list's: the reference its path's id names


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
    the resources that name this one, whose nested lists lie below its paths)."""
    found: dict[tuple[str, str], Endpoint] = {}
    own = f"/{resource.name}"
    nested_below = {f"{own}/{{id}}/{child}" for child in children}
    nested = {f"/{reference.resource}/{{id}}{own}": reference for reference in resource.belongs_to}
    for method, path, operation, uri in spec.operations():
        parent = nested.get(path) if method == "get" else None
        if path in nested_below:
            continue  # a child's nested list: its own endpoint
        if parent is not None:
            kind = "nested"
        elif path == own or path.startswith(own + "/"):
            kind = SHAPES.get((method, path[len(own):]), "custom")
        else:
            continue
        found[(method, path)] = Endpoint(kind, str(operation["operationId"]), FilterTable.for_operation(spec, uri),
                                         _sort_pattern(spec, uri), _body_example(spec, uri),
                                         min(int(c) for c in operation["responses"] if c.startswith("2")), parent)
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
    """The resource's table: a column per field any of its `q[]` filters (and each property
    naming another record, which its nested lists select by)."""
    columns: dict[str, str] = {}
    for endpoint in endpoints.values():
        if endpoint.filters is not None:
            columns.update(endpoint.filters.fields)
    for reference in resource.belongs_to:
        columns.setdefault(reference.property, "Integer")
    columns.pop("id", None)  # the table's key
    return Table(resource.name, columns)


def collections_of(spec: Spec, db_path: str) -> dict[str, Collection]:
    """Every resource of the spec, with its storage in the database at `db_path`."""
    collections: dict[str, Collection] = {}
    resources = spec.resources()
    for name, resource in resources.items():
        children = {r.name for r in resources.values() if any(ref.resource == name for ref in r.belongs_to)}
        endpoints = endpoints_of(spec, resource, children)
        collections[name] = Collection(resource, Storage(db_path, table_of(resource, endpoints)), endpoints)
    return collections
