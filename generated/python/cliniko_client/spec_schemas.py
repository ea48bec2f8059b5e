"""Load an OpenAPI document and validate JSON against any of its schemas.

One loader for the sandbox, every script and every test that checks data against
the spec, so `$ref`s (internal, and into custom_fields.schema.json next to it)
and formats are resolved the same way everywhere. The repository's scripts load
spec/openapi.yaml with it; the sandbox, the bundled openapi.json shipped here.

    spec = Spec.load(Path("spec/openapi.yaml"))
    errors = spec.errors_for(instance, "#/components/schemas/Patient")
    schema_ref = spec.response_schema("getPatient", "200")
"""

from __future__ import annotations

import json
import re
import zoneinfo
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import datetime
from functools import cache, cached_property
from pathlib import Path
from typing import Any, NamedTuple
from urllib.parse import urljoin, urlsplit

# jsonschema ships no type information; types-jsonschema adds it when installed.
from jsonschema import Draft202012Validator, FormatChecker, validators  # type: ignore[import-untyped, unused-ignore]
from jsonschema.exceptions import ValidationError, best_match  # type: ignore[import-untyped, unused-ignore]
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")


@cache
def _time_zones() -> frozenset[str]:
    return frozenset(zoneinfo.available_timezones())


def _is_integer(checker: Any, instance: Any) -> bool:
    # JSON Schema counts 1.0 as an integer; an id or count written 1.0 or 1e3 is a mistake (see the spec's Id).
    return isinstance(instance, int) and not isinstance(instance, bool)


# Draft 2020-12 where an integer must be written as one: the sandbox and every script check with it.
StrictValidator: Any = validators.extend(
    Draft202012Validator, type_checker=Draft202012Validator.TYPE_CHECKER.redefine("integer", _is_integer)
)

_DATE_TIME = re.compile(r"^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\.[0-9]+)?(Z|[+-][0-9]{2}:[0-9]{2})$")


def format_checker() -> FormatChecker:
    """Formats the spec uses, checked for real (jsonschema only annotates them by
    default, and its date-time/uri checks need optional packages)."""
    checker = FormatChecker(formats=("date", "email", "uuid"))

    @checker.checks("date-time")  # type: ignore[untyped-decorator, unused-ignore]
    def _is_date_time(value: object) -> bool:
        if not isinstance(value, str):
            return True
        if not _DATE_TIME.match(value):
            return False
        try:
            datetime.fromisoformat(value.replace("Z", "+00:00"))
        except ValueError:
            return False
        return True

    @checker.checks("uri")  # type: ignore[untyped-decorator, unused-ignore]
    def _is_uri(value: object) -> bool:
        if not isinstance(value, str):
            return True
        parts = urlsplit(value)
        return bool(parts.scheme and parts.netloc) and not any(c.isspace() for c in value)

    @checker.checks("iana-time-zone")  # type: ignore[untyped-decorator, unused-ignore]
    def _is_time_zone(value: object) -> bool:
        return not isinstance(value, str) or value in _time_zones()

    return checker


def load_document(path: Path) -> Any:
    """Parse a YAML or JSON file; raises ValueError naming the file and line."""
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise ValueError(f"{path}: cannot read ({exc.strerror})") from None
    if path.suffix == ".json":
        try:
            return json.loads(text)
        except json.JSONDecodeError as exc:
            raise ValueError(f"{path}:{exc.lineno}:{exc.colno}: malformed JSON: {exc.msg}") from None
    import yaml  # type: ignore[import-untyped]  # YAML files only: the package ships its spec as JSON

    try:
        return yaml.safe_load(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f":{mark.line + 1}:{mark.column + 1}" if mark else ""
        raise ValueError(f"{path}{where}: malformed YAML: {getattr(exc, 'problem', exc)}") from None


# What a resource's records can be besides live: `archived_at`, `deleted_at`, `cancelled_at` set.
RESOURCE_STATES = ("archived", "deleted", "cancelled")


# The classes of `x-pii`: not personal, personal (identifies or describes a person), and
# clinical free text, the most sensitive (redacted to a fixed placeholder, never kept).
PII_CLASSES: tuple[object, ...] = (False, True, "clinical")


def is_personal(marking: object) -> bool:
    """Whether an `x-pii` marking makes a value personal (`true`, or `clinical`)."""
    return marking is True or marking == "clinical"


class Reference(NamedTuple):
    """A record another one names: (patients, patient_id) for a medical alert's patient."""

    resource: str  # the resource named, a collection of the spec: patients
    property: str  # the record's property naming it: patient_id (an id, or an array of ids)


@dataclass(frozen=True)
class ApiResource:
    """One collection of the API, as its `x-cliniko-resource` describes it."""

    name: str  # the list key, the path segment: patients, medical_alerts
    list_operation: str  # listPatients
    states: tuple[str, ...]  # which of RESOURCE_STATES its records carry
    belongs_to: tuple[Reference, ...]  # every record its records name: ((patients, patient_id),)
    where: str = field(compare=False, repr=False)  # file and JSON pointer of its list, for messages
    # The resource whose records these are, under older names (the legacy /appointments are
    # individual_appointments); None for a resource with records of its own.
    stored_as: str | None = None
    # The resources whose records together are these (bookings: appointments, classes and
    # unavailable blocks); empty for a resource with records of its own.
    union_of: tuple[str, ...] = ()


@dataclass(frozen=True)
class ResourceList:
    """One list operation of a resource (`Spec.lists`): a GET whose 200 body is a page of its records."""

    operation_id: str  # listDeletedPatients
    kind: str  # main (GET /NAME), a state (GET /NAME/archived, /NAME/deleted), nested (GET /PARENT/{id}/NAME)
    path: str
    path_parameters: tuple[str, ...]  # the names of its path's parameters, in the path's order
    page: str  # URI of the page's schema, where it really is (#/components/schemas/PatientList in the bundle)
    item: str  # URI of the schema of its entries (#/components/schemas/DeletedPatient)


@dataclass(frozen=True)
class SchemaError:
    pointer: str  # JSON pointer into the validated instance
    reason: str


@dataclass
class Spec:
    path: Path
    document: dict[str, Any]
    registry: Registry = field(repr=False)
    files: dict[str, Any] = field(default_factory=dict, repr=False)  # file URI -> contents, the spec's included

    @classmethod
    def load(cls, path: Path) -> Spec:
        document = load_document(path)
        if not isinstance(document, dict) or "openapi" not in document:
            raise ValueError(f"{path}: not an OpenAPI document (no `openapi` key)")
        registry: Registry = Registry()
        files: dict[str, Any] = {}
        # Every file next to the spec that a $ref can reach, under its file URI
        # (and its $id, for the JSON Schema).
        for file in sorted(path.parent.rglob("*")):
            if file.suffix not in (".yaml", ".yml", ".json") or not file.is_file():
                continue
            contents = document if file == path else load_document(file)
            files[file.resolve().as_uri()] = contents
            resource = Resource.from_contents(contents, default_specification=DRAFT202012)
            registry = registry.with_resource(file.resolve().as_uri(), resource)
            if isinstance(contents, dict) and isinstance(contents.get("$id"), str):
                registry = registry.with_resource(contents["$id"], resource)
        return cls(path=path, document=document, registry=registry, files=files)

    def check(self) -> None:
        """Raise ValueError, one line (file, JSON pointer, what to do), at the first
        `$ref` of the spec that points nowhere or the first schema that is not valid
        JSON Schema 2020-12 (`type: intger`). Without this a tool meets such a spec
        deep inside a validator, as a traceback. Redocly lint reports the same."""
        # Every file the root reaches, through operation files and shared parts, in the
        # order met: a missing file is reported at the first `$ref` that names it.
        reached = [self.uri]
        for uri in reached:
            for pointer, ref in _refs(self.files[uri], ""):
                target = _join(uri, ref)
                if target.split("#")[0] in self.files and target.split("#")[0] not in reached:
                    reached.append(target.split("#")[0])
                try:
                    self.registry.resolver().lookup(target)
                except Exception:  # referencing raises several kinds; each means "not there"
                    document = target.split("#")[0]
                    what = "a file that does not exist" if document not in self.files else "nothing in that file"
                    raise ValueError(
                        f"{_display(uri)}: {pointer}/$ref: {ref!r} points to {what}; "
                        "fix the reference or add what it names"
                    ) from None
        for uri, contents in self.files.items():
            for pointer, schema in _schemas(contents, uri):
                error = best_match(_META.iter_errors(schema))
                if error is not None:
                    # "'intger' is not one of [...]" says more than "not valid under any of the given schemas".
                    error = next((e for e in error.context or () if e.validator == "enum"), error)
                    where = pointer + "".join("/" + _escape(str(p)) for p in error.absolute_path)
                    raise ValueError(
                        f"{_display(uri)}: {where}: {error.message[:200]}; fix it to valid JSON Schema 2020-12"
                    )

        self.resources()

    def resources(self) -> dict[str, ApiResource]:
        """Every resource the spec declares: `x-cliniko-resource` on the list operation of
        each collection (`GET /NAME`). Raises ValueError, one line (file, JSON pointer, what
        to do), at a collection without its description, a description that does not fit
        its list, or a `q[]` filter naming a property the records do not have."""
        found: dict[str, ApiResource] = {}
        for method, path, operation, uri in self.operations():
            where = f"{_display(uri)}: {uri.split('#', 1)[1]}"
            described = operation.get("x-cliniko-resource")
            segments = path.strip("/").split("/")
            if method == "get" and len(segments) == 1 and str(operation.get("operationId", "")).startswith("list"):
                if not isinstance(described, dict):
                    raise ValueError(
                        f"{where}/x-cliniko-resource: missing; the list of /{segments[0]} "
                        "describes its resource (name, states)"
                    )
                found[segments[0]] = self._resource(described, operation, uri, where, segments[0])
            elif described is not None:
                raise ValueError(
                    f"{where}/x-cliniko-resource: only the list of a collection (GET /NAME) "
                    "describes its resource; move it there"
                )
        for resource in found.values():
            for index, reference in enumerate(resource.belongs_to):
                if reference.resource not in found:
                    raise ValueError(
                        f"{resource.where}/x-cliniko-resource/belongs_to/{index}/resource: "
                        f"{reference.resource!r} is not a resource of the spec; name one of "
                        f"{', '.join(sorted(found))}"
                    )
            own = sorted(n for n, r in found.items() if r.stored_as is None and not r.union_of)
            stored = found.get(resource.stored_as or resource.name)
            if stored is None or stored.stored_as is not None:
                raise ValueError(
                    f"{resource.where}/x-cliniko-resource/stored_as: {resource.stored_as!r} is not a "
                    f"resource with records of its own; name one of {', '.join(own)}"
                )
            for index, member in enumerate(resource.union_of):
                if member not in own:
                    raise ValueError(
                        f"{resource.where}/x-cliniko-resource/union_of/{index}: {member!r} is not a "
                        f"resource with records of its own; name one of {', '.join(own)}"
                    )
        for _, _, operation, uri in self.operations():
            self._check_filters(operation, uri, found)
        return found

    def _resource(
        self, described: dict[str, Any], operation: dict[str, Any], uri: str, where: str, segment: str
    ) -> ApiResource:
        here = f"{where}/x-cliniko-resource"
        name, states, belongs_to = described.get("name"), described.get("states", []), described.get("belongs_to", [])
        stored_as, union_of = described.get("stored_as"), described.get("union_of", [])
        if name != segment:
            raise ValueError(f"{here}/name: {name!r} must be the collection's path segment {segment!r}")
        if name not in self._list_keys(uri):
            raise ValueError(f"{here}/name: {name!r} must be the key of the list in the 200 response")
        if not isinstance(states, list) or not set(states) <= set(RESOURCE_STATES):
            raise ValueError(f"{here}/states: {states!r} must be a list of {', '.join(RESOURCE_STATES)}")
        if not isinstance(belongs_to, list):
            raise ValueError(
                f"{here}/belongs_to: must be a list of {{resource, property}}, e.g. "
                "[{resource: patients, property: patient_id}]"
            )
        if not (isinstance(union_of, list) and all(isinstance(member, str) for member in union_of)):
            raise ValueError(
                f"{here}/union_of: must be a list of resources, e.g. [individual_appointments, group_appointments]"
            )
        references = []
        for index, reference in enumerate(belongs_to):
            if not (isinstance(reference, dict) and set(reference) == {"resource", "property"}):
                raise ValueError(
                    f"{here}/belongs_to/{index}: must be {{resource, property}}, e.g. "
                    "{resource: patients, property: patient_id}"
                )
            references.append(Reference(str(reference["resource"]), str(reference["property"])))
        return ApiResource(
            name=name,
            list_operation=str(operation["operationId"]),
            states=tuple(states),
            belongs_to=tuple(references),
            where=where,
            stored_as=None if stored_as is None else str(stored_as),
            union_of=tuple(union_of),
        )

    def lists(self, resource: ApiResource) -> list[ResourceList]:
        """The list operations of a resource, its main list first: every GET whose path names
        the resource and whose 200 body holds an array under its name (the list key)."""
        found: list[ResourceList] = []
        for method, path, operation, uri in self.operations():
            segments = [s for s in path.strip("/").split("/") if not s.startswith("{")]
            if method != "get" or resource.name not in segments or "200" not in operation.get("responses", {}):
                continue
            keys = self._list_keys(uri)
            if resource.name not in keys:
                continue
            if segments[0] != resource.name:
                kind = "nested"
            else:
                kind = "/".join(segments[1:]) or "main"
            page = self.locate(self.response_schema_of(uri, "200"))[1]
            found.append(
                ResourceList(
                    operation_id=str(operation["operationId"]),
                    kind=kind,
                    path=path,
                    path_parameters=self._path_parameters(path, uri),
                    page=page,
                    item=self.locate(keys[resource.name])[1],
                )
            )
        return sorted(found, key=lambda found_list: found_list.kind != "main")

    def _path_parameters(self, path: str, operation_uri: str) -> tuple[str, ...]:
        """The names of the `in: path` parameters of an operation (its own and its path item's)."""
        names: set[str] = set()
        for owner in (f"{self.uri}#/paths/{_escape(path)}", operation_uri):
            owner_node, _ = self.locate(owner)
            for index, _ in enumerate(owner_node.get("parameters", [])):
                parameter, _ = self.locate(f"{owner}/parameters/{index}")
                if isinstance(parameter, dict) and parameter.get("in") == "path":
                    names.add(str(parameter["name"]))
        return tuple(sorted(names, key=path.find))

    def _list_keys(self, uri: str) -> dict[str, str]:
        """{key: URI of the items' schema} of the array properties of an operation's 200 JSON body."""
        try:
            schema, schema_uri = self.locate(self.response_schema_of(uri, "200"))
        except KeyError:
            return {}
        properties = self.properties(schema, schema_uri)
        return {
            key: f"{prop_uri}/items"
            for key, (prop, prop_uri) in properties.items()
            if isinstance(prop, dict) and prop.get("type") == "array" and "items" in prop
        }

    def properties(self, schema: Any, uri: str) -> dict[str, tuple[Any, str]]:
        """{name: (schema, its URI)} of an object schema's properties, through $ref and allOf;
        of a record that is one of several kinds (a booking: `anyOf` of objects), every kind's."""
        found: dict[str, tuple[Any, str]] = {}
        if not isinstance(schema, dict):
            return found
        for index, _ in enumerate(schema.get("allOf", [])):
            part, part_uri = self.locate(f"{uri}/allOf/{index}")
            found.update(self.properties(part, part_uri))
        for index, _ in enumerate(schema.get("anyOf", [])):  # the first kind naming a property describes it
            part, part_uri = self.locate(f"{uri}/anyOf/{index}")
            for name, found_at in self.properties(part, part_uri).items():
                found.setdefault(name, found_at)
        for key in schema.get("properties", {}):
            found[key] = self.locate(f"{uri}/properties/{_escape(key)}")
        return found

    def _check_filters(self, operation: dict[str, Any], uri: str, resources: dict[str, ApiResource]) -> None:
        """Each `q[]` filter of an operation names a property of the records it answers with
        (the list's items, or the record itself), the property naming a record they belong to,
        or `X_id` of a link `X` they carry."""
        for index, _ in enumerate(operation.get("parameters", [])):
            parameter, parameter_uri = self.locate(f"{uri}/parameters/{index}")
            if not (isinstance(parameter, dict) and parameter.get("name") == "q[]"):
                continue
            lists = self._list_keys(uri)
            if len(lists) == 1:
                items, items_uri = self.locate(next(iter(lists.values())))
                known = set(self.properties(items, items_uri))
                parents = {ref.property for r in resources.values() if r.name in lists for ref in r.belongs_to}
            else:
                record, record_uri = self.locate(self.response_schema_of(uri, "200"))
                known, parents = set(self.properties(record, record_uri)), set()
            # `X_id` filters by the record an `X` link names (unavailable_block_type_id) too.
            linked = {f"{name}_id" for name in known}
            for field_name in parameter.get("x-cliniko-filters", {}):
                if field_name not in known | parents | linked:
                    raise ValueError(
                        f"{_display(parameter_uri)}: {parameter_uri.split('#', 1)[1]}/x-cliniko-filters/"
                        f"{_escape(field_name)}: the records answered have no property {field_name!r}; "
                        "filter on one of their properties"
                    )

    def response_schema_of(self, operation_uri: str, status: str) -> str:
        """URI of the JSON body schema of one response of the operation at `operation_uri`."""
        response, response_uri = self.locate(f"{operation_uri}/responses/{status}")
        return self._json_schema_uri(response, response_uri, f"{operation_uri} {status} response")

    # Read once: the sandbox asks for both thousands of times while it starts (resolving the path and
    # walking the operations were two thirds of `create_app`). A Spec is not edited once loaded.
    @cached_property
    def uri(self) -> str:
        return self.path.resolve().as_uri()

    def locate(self, uri: str) -> tuple[Any, str]:
        """The node at an absolute `file:...#/pointer` URI, following Reference
        Objects (`$ref`) across files; returns it with the URI where it really is."""
        while True:
            resolved = self.registry.resolver().lookup(uri)
            node = resolved.contents
            if not (isinstance(node, dict) and isinstance(node.get("$ref"), str)):
                return node, uri if "#" in uri else uri + "#"  # a whole file: pointers go after `#`
            uri = _join(uri, node["$ref"])

    def operations(self) -> Iterator[tuple[str, str, dict[str, Any], str]]:
        """(method, path, operation, its URI) for every operation in the spec."""
        return iter(self._operations)

    @cached_property
    def _operations(self) -> tuple[tuple[str, str, dict[str, Any], str], ...]:
        found = []
        for path, item in self.document.get("paths", {}).items():
            for method in HTTP_METHODS:
                if method in item:
                    # An operation may live in a file of its own (`get: {$ref: resources/...}`).
                    operation, uri = self.locate(f"{self.uri}#/paths/{_escape(path)}/{method}")
                    found.append((method, path, operation, uri))
        return tuple(found)

    def operation(self, operation_id: str) -> tuple[dict[str, Any], str]:
        for _, _, op, uri in self.operations():
            if op.get("operationId") == operation_id:
                return op, uri
        known = ", ".join(sorted(op["operationId"] for _, _, op, _ in self.operations()))
        raise KeyError(f"no operation {operation_id!r} in the spec (known: {known})")

    def request_schema(self, operation_id: str) -> str:
        """URI of the JSON request body schema of an operation."""
        op, uri = self.operation(operation_id)
        if "requestBody" not in op:
            raise KeyError(f"operation {operation_id!r} takes no request body")
        body, body_uri = self.locate(uri + "/requestBody")
        return self._json_schema_uri(body, body_uri, f"{operation_id} request body")

    def response_schema(self, operation_id: str, status: str) -> str:
        """URI of the JSON body schema of one documented response of an operation."""
        op, uri = self.operation(operation_id)
        responses = op.get("responses", {})
        if status not in responses:
            documented = ", ".join(responses)
            raise KeyError(f"operation {operation_id!r} documents no {status} response (it has {documented})")
        response, response_uri = self.locate(f"{uri}/responses/{status}")
        return self._json_schema_uri(response, response_uri, f"{operation_id} {status} response")

    @staticmethod
    def _json_schema_uri(node: dict[str, Any], uri: str, what: str) -> str:
        if "application/json" not in node.get("content", {}):
            raise KeyError(f"{what} has no application/json body")
        return uri + "/content/application~1json/schema"

    def errors_for(self, instance: Any, schema_uri: str) -> list[SchemaError]:
        """Every way `instance` breaks the schema at `schema_uri`, with JSON pointers."""
        validator = StrictValidator({"$ref": schema_uri}, registry=self.registry, format_checker=format_checker())
        errors = sorted(validator.iter_errors(instance), key=lambda e: [str(p) for p in e.absolute_path])
        # Once each: a create's required id is checked by both of its allOf branches.
        return list(dict.fromkeys(SchemaError(_pointer(error), _reason(error)) for error in errors))


# The JSON Schema 2020-12 meta-schema: what a schema in the spec must itself be.
_META = Draft202012Validator(Draft202012Validator.META_SCHEMA)
# Keys whose values are data, not spec structure: a "$ref" or "schema" inside them means nothing.
_DATA_KEYS = frozenset({"example", "examples", "value", "default", "const", "enum"})
# Keys whose values map names (of properties, schemas, examples...) to objects: no keyword there is data.
_NAME_MAPS = frozenset(
    {
        "properties",
        "patternProperties",
        "$defs",
        "dependentSchemas",
        "schemas",
        "paths",
        "responses",
        "parameters",
        "headers",
        "links",
        "content",
        "requestBodies",
        "securitySchemes",
        "callbacks",
        "pathItems",
        "variables",
    }
)


def _refs(node: Any, pointer: str, names: bool = False) -> Iterator[tuple[str, str]]:
    """(JSON pointer of the object, its $ref) for every `$ref` in a document; the
    values of examples are data and are skipped, but a `$ref` to an example is not."""
    if isinstance(node, dict):
        if not names and isinstance(node.get("$ref"), str):
            yield pointer, node["$ref"]
        for key, value in node.items():
            where = f"{pointer}/{_escape(str(key))}"
            if names or key not in _DATA_KEYS:
                yield from _refs(value, where, names=not names and key in _NAME_MAPS)
            elif key == "examples" and isinstance(value, dict):  # name -> Example Object or its $ref
                for name, example in value.items():
                    if isinstance(example, dict) and isinstance(example.get("$ref"), str):
                        yield f"{where}/{_escape(str(name))}", example["$ref"]
    elif isinstance(node, list):
        for index, item in enumerate(node):
            yield from _refs(item, f"{pointer}/{index}")


# In the split spec, a file of this name maps names to schemas (spec/shared/schemas.yaml,
# spec/resources/<resource>/schemas.yaml); the bundle lists them under components/schemas.
SCHEMA_FILE_NAME = "schemas.yaml"


def _schemas(document: Any, uri: str) -> Iterator[tuple[str, Any]]:
    """(pointer, schema) of the outermost schemas of a file: a JSON Schema file (one
    with `$schema`) as a whole; every entry of a `schemas.yaml` file and of an OpenAPI
    document's components/schemas; every `schema` of a parameter, header or media type
    in any other part of the spec (an operation's file, shared responses...)."""
    if not isinstance(document, dict):
        return
    if "$schema" in document:
        yield "", document
        return
    named = document.get("components", {}).get("schemas") or {}
    prefix = "/components/schemas/"
    if uri.endswith("/" + SCHEMA_FILE_NAME):
        named, prefix = document, "/"
    for name, schema in named.items():
        yield f"{prefix}{_escape(name)}", schema
    if prefix == "/":
        return

    def walk(node: Any, pointer: str) -> Iterator[tuple[str, Any]]:
        if isinstance(node, dict):
            for key, value in node.items():
                if key == "schema":
                    yield f"{pointer}/schema", value
                elif key not in _DATA_KEYS and not (pointer == "/components" and key == "schemas"):
                    yield from walk(value, f"{pointer}/{_escape(str(key))}")
        elif isinstance(node, list):
            for index, item in enumerate(node):
                yield from walk(item, f"{pointer}/{index}")

    yield from walk(document, "")


def _display(uri: str) -> str:
    """A file URI as a path relative to the working directory when it is below it."""
    path = Path(urlsplit(uri).path)
    try:
        return str(path.relative_to(Path.cwd()))
    except ValueError:
        return str(path)


def _escape(token: str) -> str:
    return token.replace("~", "~0").replace("/", "~1")


def _join(base_uri: str, ref: str) -> str:
    """Resolve a $ref against the URI of the document it appears in."""
    document = base_uri.split("#", 1)[0]
    return document + ref if ref.startswith("#") else urljoin(document, ref)


def _deepest(error: ValidationError) -> ValidationError:
    """For anyOf/oneOf failures, the branch error that got furthest into the instance:
    `custom_fields: anyOf failed` says less than `/custom_fields/sections/0/token: not a uuid`.
    At equal depth, a branch that took the value's type (`'Text' is not one of [...]`) says
    more than one that did not, and the `null` branch of a nullable value says least."""

    def telling(e: ValidationError) -> tuple[int, bool, bool, int]:
        is_type = e.validator == "type"
        return len(e.absolute_path), not is_type, not (is_type and e.validator_value == "null"), -len(e.message)

    while error.context:
        error = max(error.context, key=telling)
    return error


def _pointer(error: ValidationError) -> str:
    return "".join("/" + _escape(str(part)) for part in _deepest(error).absolute_path) or "/"


def _reason(error: ValidationError) -> str:
    message: str = _deepest(error).message
    return message[:300]
