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
| `/NAME/inactive`, `/NAME/cancelled`, `/NAME/active` | GET | `scoped`: the records its rules module picks |
| `/PARENT/{id}/NAME[SUFFIX]` | GET | `nested`: the records naming the parent (`belongs_to`), or those it names |
| anything else below `/NAME` | any | `custom`: answered by the handler registered for its operationId (custom.py) |

A nested list's SUFFIX (NESTED_SUFFIXES: `/inactive`, `/deleted`, `/cancelled`) makes it the list of
that shape under the parent: `/deleted` the deleted records, the others as its rules module scopes them.

A nested list that no reference joins to its parent (a patient case's invoices, joined
through their appointments) is `custom` too, when a handler is registered for it.

What a resource does beyond that (a patient's custom fields, merged patients)
lives in its own small rules module (patients.py); the others use records.py. A
resource stored as another (`stored_as`: the legacy `/appointments`) has no table
of its own; legacy.py answers its endpoints from the other's. A resource whose
records are several others' (`union_of`: bookings) reads their tables (unions.py).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from ..spec_schemas import ApiResource, Reference, Spec
from .custom import CUSTOM_HANDLERS
from .ecma import compile_ecma
from .filters import FilterTable
from .storage import Storage, Table
from .unions import UnionStorage

# (method, path below /NAME with `{id}` for the record's id) -> endpoint
SHAPES = {
    ("get", ""): "list", ("post", ""): "create",
    ("get", "/archived"): "archived", ("get", "/deleted"): "deleted",
    ("get", "/{id}"): "get", ("put", "/{id}"): "update", ("patch", "/{id}"): "update", ("delete", "/{id}"): "archive",
    ("post", "/{id}/archive"): "archive", ("post", "/{id}/unarchive"): "unarchive",
    ("patch", "/{id}/cancel"): "cancel",
    # Lists of some of a resource's records, each as its rules module scopes it (RecordRules.scope).
    ("get", "/inactive"): "scoped", ("get", "/cancelled"): "scoped", ("get", "/active"): "scoped",
}
# What may follow `/PARENT/{id}/NAME` in a nested list's path (the parent's inactive practitioners, a
# practitioner's deleted or cancelled legacy appointments): the list of that shape, under the parent.
NESTED_SUFFIXES = ("", "/inactive", "/deleted", "/cancelled")


@dataclass(frozen=True)
class Endpoint:
    kind: str  # a value of SHAPES, "nested" or "custom"
    operation_id: str
    filters: FilterTable | None  # its q[] table, if it takes filters
    sort: re.Pattern[str] | None  # its `sort` parameter's pattern, if it takes one
    example: dict[str, Any] | None  # its request body's first example, if it takes a body
    success: int = 200  # the operation's 2xx status
    parent: Reference | None = None  # a nested list's: the reference its path's id names
    reverse: bool = False  # a nested list of the records the parent names (its `parent.property`)
    path: str = ""  # as the spec writes it; a list's rules scope it by its path (RecordRules.scope)
    listed: str = ""  # a nested list's kind of list, by its suffix: `list`, `deleted` or `scoped`


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


def endpoints_of(spec: Spec, resource: ApiResource,
                 resources: dict[str, ApiResource]) -> dict[tuple[str, str], Endpoint]:
    """The spec's operations on one resource's paths, by the shape of each path. The nested
    lists below its paths (`/NAME/{id}/OTHER`) are the other resource's endpoints."""
    found: dict[tuple[str, str], Endpoint] = {}
    own = f"/{resource.name}"
    # Its records under a record they name, and under a record that names them (a list of ids).
    nested = {f"/{reference.resource}/{{id}}{own}{suffix}": (reference, False, suffix)
              for reference in resource.belongs_to for suffix in NESTED_SUFFIXES}
    nested |= {f"/{other.name}/{{id}}{own}{suffix}": (reference, True, suffix) for other in resources.values()
               for reference in other.belongs_to if reference.resource == resource.name
               and reference.property.endswith("_ids") for suffix in NESTED_SUFFIXES}
    nested_below = {f"{own}/{{id}}/{other}{suffix}" for other in resources for suffix in NESTED_SUFFIXES}
    for method, path, operation, uri in spec.operations():
        parent, reverse, suffix = nested.get(path, (None, False, "")) if method == "get" else (None, False, "")
        listed = SHAPES[("get", suffix)] if parent is not None else ""  # `/deleted`: a deleted list below it
        if parent is not None:
            kind = "nested"
            if reverse:
                parent = Reference(path.split("/")[1], parent.property)
        elif path in nested_below and str(operation["operationId"]) not in CUSTOM_HANDLERS:
            continue  # another resource's nested list: its endpoint (unless a handler answers it)
        elif path == own or path.startswith(own + "/"):
            kind = SHAPES.get((method, path[len(own):]), "custom")
        else:
            continue
        found[(method, path)] = Endpoint(kind, str(operation["operationId"]), FilterTable.for_operation(spec, uri),
                                         _sort_pattern(spec, uri), _body_example(spec, uri),
                                         min(int(c) for c in operation["responses"] if c.startswith("2")), parent,
                                         reverse, path, listed)
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
    endpoints = {name: endpoints_of(spec, resource, resources) for name, resource in resources.items()}
    # A union's members have its columns too, so its filters run on each of them (unions.py).
    union_columns: dict[str, dict[str, str]] = {}
    for union in (resource for resource in resources.values() if resource.union_of):
        for member in union.union_of:
            union_columns.setdefault(member, {}).update(table_of(union, endpoints[union.name]).columns)
    # A resource stored as another (legacy.py) shares that one's storage, and a union reads its
    # members' (unions.py): the resources with records of their own come first.
    for name, resource in sorted(resources.items(), key=lambda item: bool(item[1].stored_as or item[1].union_of)):
        if resource.stored_as:
            storage = collections[resource.stored_as].storage
        elif resource.union_of:
            storage = UnionStorage({member: collections[member].storage for member in resource.union_of})
        else:
            table = table_of(resource, endpoints[name])
            storage = Storage(db_path, Table(name, {**union_columns.get(name, {}), **table.columns}))
        collections[name] = Collection(resource, storage, endpoints[name])
    served = {key for collection in collections.values() for key in collection.endpoints}
    for method, path, _, _ in spec.operations():
        if path.strip("/").split("/")[0] in resources and (method, path) not in served:
            raise ValueError(f"{method.upper()} {path}: no resource of the spec serves it; a nested list "
                             "needs a belongs_to reference between the two resources")
    return collections
