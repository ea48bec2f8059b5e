#!/usr/bin/env python3
"""Fail when an OpenAPI 3.x document changes in a way that breaks existing clients.

    python scripts/check_breaking.py BASE HEAD [--allow-major] [--format text|json]
    python scripts/check_breaking.py git:v1.0.0:generated/openapi.yaml generated/openapi.yaml
    python scripts/check_breaking.py releases generated/openapi.yaml   # against the newest release

BASE is the released document, HEAD the proposed one: YAML or JSON files,
git:REF:PATH (read with `git show REF:PATH` in the current repository), or a
folder of releases, openapi-X.Y.Z.yaml, of which the highest X.Y.Z is read. Both
should be bundled single files; internal $refs (#/...) are followed, external
ones are refused.

Direction decides what breaks. A request schema is what clients send, so a
request change breaks when the server accepts less than before. A response
schema is what clients receive, so a response change breaks when the server
may send something clients have not seen (a new type, null, an enum value).
Where the project's issue is stricter, the issue wins: removing an enum value
breaks in both directions, and so does a response field losing null (a
generated client's field type changes).

Removing a request property breaks only when the object forbids additional
properties (additionalProperties or unevaluatedProperties: false): otherwise a
client that still sends it is not rejected, so it is listed as non-breaking.
Constraints (maxLength, minimum, pattern, maxItems, ...) are compared in
requests only. Description and summary edits are counted, not listed.

One change to a named schema (#/components/schemas/X) is a finding in every
place an operation uses it, each with its full location (the JSON report lists
them all, with `schema` and `schema_path`). The text report folds them: one
block per schema naming the places, then each change once.

Exit status: 0 when there is no breaking change, or when HEAD's info.version
bumps the major version (semver), or with --allow-major; 1 when breaking
changes come without a major bump; 2 for bad usage or input.
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
from dataclasses import asdict, dataclass, field
from pathlib import Path
from urllib.parse import unquote

import cli
import yaml

PROG = "check_breaking.py"
METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
ALL_TYPES = frozenset({"null", "boolean", "object", "array", "number", "integer", "string"})
SEMVER = re.compile(r"^v?(\d+)\.(\d+)\.(\d+)(?:[-+][0-9A-Za-z.+-]*)?$")
# Bounds and whether a larger value accepts more.
BOUNDS = {
    "maxLength": True,
    "maxItems": True,
    "maxProperties": True,
    "maximum": True,
    "exclusiveMaximum": True,
    "minLength": False,
    "minItems": False,
    "minProperties": False,
    "minimum": False,
    "exclusiveMinimum": False,
}
# Schema keywords that apply to the value itself (merged across allOf).
KEYWORDS = ("format", "pattern", "multipleOf", "uniqueItems", "deprecated", "readOnly", "writeOnly", *BOUNDS)
# $ref siblings that say nothing about valid values; other siblings turn the $ref into an allOf.
ANNOTATIONS = {"$ref", "description", "summary", "title", "example", "examples", "$comment"}

KINDS = {
    "operation-removed": "an operation (method + path) is gone",
    "operation-added": "a new operation",
    "response-removed": "a non-2xx response status is gone",
    "success-status-changed": "a 2xx response status is gone (e.g. 200 became 201)",
    "response-added": "a new response status",
    "parameter-removed": "a parameter is gone or renamed",
    "parameter-added": "a new optional parameter",
    "required-parameter-added": "a new required parameter",
    "parameter-in-changed": "a parameter moved (query, header, path, cookie)",
    "parameter-style-changed": "a parameter's serialisation (style/explode) changed",
    "request-body-added": "a new optional request body",
    "request-body-removed": "the request body is gone",
    "request-body-required": "the request body became required, or a new required one",
    "media-type-added": "a new media type in a body",
    "media-type-removed": "a media type of a body is gone",
    "response-header-added": "a new response header",
    "response-header-removed": "a response header is gone",
    "property-added": "a new property (optional in requests)",
    "property-removed": "a property is gone or renamed",
    "required-property-added": "a new required request property",
    "required-added": "a parameter or property became required",
    "required-removed": "a parameter or property became optional",
    "additional-properties-forbidden": "a request object no longer accepts unknown properties",
    "type-changed": "the set of JSON types changed",
    "type-narrowed": "fewer JSON types",
    "type-widened": "more JSON types",
    "nullable-removed": "null is no longer allowed",
    "nullable-added": "null is now allowed",
    "enum-value-removed": "an enum value is gone",
    "enum-value-added": "a new enum value",
    "enum-constraint-added": "a free value became an enum",
    "enum-constraint-removed": "an enum became a free value",
    "format-changed": "the format changed, appeared or disappeared",
    "constraint-tightened": "a request constraint accepts less (maxLength lowered, pattern changed, ...)",
    "constraint-loosened": "a request constraint accepts more",
    "security-changed": "the operation's security requirements changed",
    "security-scheme-changed": "a security scheme the operation uses was redefined",
    "deprecated": "an operation, parameter or property became deprecated",
}


class InputError(Exception):
    """Bad usage or input: reported as one line, exit status 2."""


@dataclass(frozen=True)
class Finding:
    kind: str
    location: str
    message: str
    # The named schema (`#/components/schemas/Patient`) the finding lies in, when the operation
    # reaches it by $ref on both sides, and the path inside it: one change to a shared schema
    # is one finding per place it is used, and the text report shows them together.
    schema: str | None = field(default=None, compare=False)
    schema_path: str = field(default="", compare=False)


@dataclass
class Report:
    breaking: list[Finding] = field(default_factory=list)
    non_breaking: list[Finding] = field(default_factory=list)
    description_changes: int = 0


# Boolean schemas and missing schemas become these; constants so their id() is stable.
ANY_SCHEMA: dict = {}
NO_SCHEMA: dict = {"not": {}}


# ---------------------------------------------------------------- loading


RELEASE_NAME = re.compile(r"^openapi-(\d+)\.(\d+)\.(\d+)\.yaml$")


def newest_release(folder: Path, label: str = "BASE") -> Path:
    """FOLDER/openapi-X.Y.Z.yaml with the highest X.Y.Z, by number (1.10.0 is newer than 1.9.0)."""
    releases = {
        tuple(int(n) for n in match.groups()): path
        for path in folder.iterdir()
        if (match := RELEASE_NAME.match(path.name)) and path.is_file()
    }
    if not releases:
        raise InputError(
            f"{label}: directory '{folder}' holds no openapi-X.Y.Z.yaml; pass a bundled OpenAPI file or releases/"
        )
    return releases[max(releases)]


def read_source(source: str, label: str) -> str:
    """Return the text of a file or of git:REF:PATH."""
    if source.startswith("git:"):
        ref, sep, path = source[4:].partition(":")
        if not (ref and sep and path):
            raise InputError(f"{label}: '{source}' is not git:REF:PATH (e.g. git:v1.0.0:generated/openapi.yaml)")
        try:
            found = subprocess.run(
                ["git", "rev-parse", "--verify", "--quiet", f"{ref}^{{commit}}"],
                capture_output=True,
                text=True,
                check=False,
            )
        except FileNotFoundError:
            raise InputError(f"{label}: git is not installed; pass a file instead of '{source}'") from None
        if found.returncode != 0 and found.stderr.strip():  # e.g. not inside a git repository
            raise InputError(f"{label}: cannot read '{source}': {found.stderr.strip().splitlines()[0]}")
        if found.returncode != 0:
            raise InputError(f"{label}: git ref '{ref}' not found; check `git tag` / `git branch -a` or fetch it")
        shown = subprocess.run(["git", "show", f"{ref}:{path}"], capture_output=True, text=True, check=False)
        if shown.returncode != 0:
            raise InputError(
                f"{label}: '{path}' does not exist at git ref '{ref}'; give the path from the repository root"
            )
        return shown.stdout
    path = Path(source)
    if not path.exists():
        raise InputError(
            f"{label}: file '{source}' not found; pass a bundled OpenAPI file such as generated/openapi.yaml"
        )
    if path.is_dir():
        raise InputError(
            f"{label}: '{source}' is a directory; pass a bundled OpenAPI file such as generated/openapi.yaml"
        )
    try:
        return path.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        raise InputError(f"{label}: '{source}' is not UTF-8 text; pass a YAML or JSON file") from None
    except OSError as exc:
        raise InputError(f"{label}: cannot read '{source}': {exc.strerror}") from None


def parse(text: str, source: str, label: str):
    """Parse YAML (JSON is tried first when the text looks like JSON, for exact error positions)."""
    if text.lstrip().startswith("{"):
        try:
            return json.loads(text)
        except json.JSONDecodeError as exc:
            raise InputError(
                f"{label}: invalid JSON in '{source}' at line {exc.lineno}, column {exc.colno}: {exc.msg}"
            ) from None
    try:
        return yaml.safe_load(text)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        where = f" at line {mark.line + 1}, column {mark.column + 1}" if mark else ""
        raise InputError(f"{label}: invalid YAML in '{source}'{where}: {exc.problem or exc.context}") from None
    except yaml.YAMLError as exc:
        raise InputError(f"{label}: invalid YAML in '{source}': {str(exc).splitlines()[0]}") from None


class Spec:
    """One OpenAPI document, with $ref resolution."""

    def __init__(self, root, label: str, source: str):
        if not isinstance(root, dict):
            raise InputError(f"{label}: '{source}' is not an OpenAPI document (expected a mapping with 'openapi: 3.x')")
        if "swagger" in root:
            raise InputError(
                f"{label}: '{source}' is Swagger {root['swagger']}; only OpenAPI 3.x documents are compared"
            )
        if not str(root.get("openapi", "")).startswith("3."):
            raise InputError(f"{label}: '{source}' is not an OpenAPI document (no 'openapi: 3.x' field)")
        info = root.get("info")
        if not isinstance(info, dict) or info.get("version") is None:
            raise InputError(f"{label}: '{source}' has no info.version; add one such as 1.0.0")
        if not isinstance(root.get("paths") or {}, dict):
            raise InputError(f"{label}: 'paths' in '{source}' is not a mapping")
        self.root, self.label, self.source = root, label, source
        self.version = str(info["version"])
        self._made: dict = {}

    def made(self, key, build):
        """Build a derived node once, so its identity is stable (cycle detection relies on it)."""
        if key not in self._made:
            self._made[key] = build()
        return self._made[key]

    def pointer(self, ref: str):
        if not ref.startswith("#"):
            raise InputError(
                f"{self.label}: external $ref '{ref}' is not supported; compare bundled files (redocly bundle)"
            )
        node = self.root
        for raw in ref[1:].split("/")[1:]:
            part = unquote(raw).replace("~1", "/").replace("~0", "~")
            if isinstance(node, dict) and part in node:
                node = node[part]
            elif isinstance(node, list) and part.isdigit() and int(part) < len(node):
                node = node[int(part)]
            else:
                raise InputError(f"{self.label}: $ref '{ref}' points at nothing in '{self.source}'; fix the reference")
        return node

    def resolve(self, node):
        """Follow a chain of $refs to the object it names."""
        chain: list[str] = []
        while isinstance(node, dict) and isinstance(node.get("$ref"), str):
            ref = node["$ref"]
            if ref in chain:
                raise InputError(
                    f"{self.label}: circular $ref {' -> '.join([*chain, ref])}; a $ref must end at an object"
                )
            chain.append(ref)
            node = self.pointer(ref)
        return node

    def schema(self, node) -> dict:
        """Resolve a schema; in OpenAPI 3.1 a $ref with constraining siblings means allOf."""
        if (
            isinstance(node, dict)
            and "$ref" in node
            and any(k not in ANNOTATIONS and not k.startswith("x-") for k in node)
        ):
            return self.made(
                ("ref", id(node)),
                lambda: {"allOf": [{"$ref": node["$ref"]}, {k: v for k, v in node.items() if k != "$ref"}]},
            )
        node = self.resolve(node)
        if node is False:
            return NO_SCHEMA
        return node if isinstance(node, dict) else ANY_SCHEMA


def load_spec(source: str, label: str) -> Spec:
    if not source.startswith("git:") and Path(source).is_dir():
        source = str(newest_release(Path(source), label))
    return Spec(parse(read_source(source, label), source, label), label, source)


# ---------------------------------------------------------------- schema views


@dataclass
class View:
    """What a schema allows once allOf/anyOf/oneOf are folded in."""

    types: frozenset = ALL_TYPES
    enum: frozenset | None = None  # canonical JSON of the allowed values; None = any value
    props: dict = field(default_factory=dict)
    required: set = field(default_factory=set)
    closed: bool = False  # additional properties forbidden
    items: object = None
    extra: object = None  # schema-valued additionalProperties
    keywords: dict = field(default_factory=dict)
    branches: list = field(default_factory=list)  # non-object anyOf/oneOf branches: (pointer, node)


def canon(value) -> str:
    """Comparable text of a JSON value (YAML dates become strings; a self-containing alias gets its id)."""
    try:
        return json.dumps(value, sort_keys=True, ensure_ascii=False, default=str)
    except ValueError:
        return f"<recursive {id(value)}>"


def json_type(value) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int) or (isinstance(value, float) and value.is_integer()):
        return "integer"
    return {float: "number", str: "string", list: "array", dict: "object"}.get(type(value), "string")


def intersect(a, b):
    return b if a is None else a if b is None else a & b


def is_object(v: View) -> bool:
    return bool(v.props) or (v.types - {"null"} == {"object"})


def combine(spec: Spec, how: str, a, b):
    """One schema standing for two (duplicate property names across branches)."""
    if a is None or a is b:
        return b
    if b is None:
        return a
    return spec.made((how, id(a), id(b)), lambda: {how: [a, b]})


def view(spec: Spec, node) -> View:
    return spec.made(("view", id(spec.schema(node))), lambda: build_view(spec, node, frozenset()))


def build_view(spec: Spec, node, active: frozenset) -> View:
    s = spec.schema(node)
    if id(s) in active:  # a schema that contains itself through allOf/anyOf adds nothing new
        return View()
    active = active | {id(s)}
    v = View()
    types = set(ALL_TYPES)
    declared = s.get("type")
    if isinstance(declared, str):
        declared = [declared]
    if isinstance(declared, list):
        types = {t for t in declared if isinstance(t, str) and t in ALL_TYPES}
        if s.get("nullable") is True:  # OpenAPI 3.0 spelling, still met in 3.1 documents
            types.add("null")
    if "number" in types:
        types.add("integer")
    for values in ([s["const"]] if "const" in s else None, s.get("enum")):
        if isinstance(values, list):
            v.enum = intersect(v.enum, frozenset(map(canon, values)))
            types &= {json_type(x) for x in values}
    props = s.get("properties")
    v.props = dict(props) if isinstance(props, dict) else {}
    v.required = (
        {r for r in s.get("required", []) if isinstance(r, str)} if isinstance(s.get("required"), list) else set()
    )
    v.closed = s.get("additionalProperties") is False or s.get("unevaluatedProperties") is False
    v.extra = s["additionalProperties"] if isinstance(s.get("additionalProperties"), dict) else None
    v.items = s["items"] if isinstance(s.get("items"), dict) else None
    v.keywords = {k: s[k] for k in KEYWORDS if k in s}

    for i, branch in enumerate(s["allOf"] if isinstance(s.get("allOf"), list) else []):
        bv = build_view(spec, branch, active)
        types &= bv.types
        v.enum = intersect(v.enum, bv.enum)
        for name, prop in bv.props.items():
            v.props[name] = combine(spec, "allOf", v.props.get(name), prop)
        v.required |= bv.required
        v.closed |= bv.closed
        v.extra = v.extra or bv.extra
        v.items = combine(spec, "allOf", v.items, bv.items)
        for k, value in bv.keywords.items():
            v.keywords.setdefault(k, value)
        v.branches += [(f"/allOf/{i}{p}", n) for p, n in bv.branches]

    for how in ("anyOf", "oneOf"):
        if not isinstance(s.get(how), list) or not s[how]:
            continue
        views = [(i, b, build_view(spec, b, active)) for i, b in enumerate(s[how])]
        types &= set().union(*(bv.types for _, _, bv in views))
        enums = [bv.enum for _, _, bv in views]
        v.enum = intersect(v.enum, None if None in enums else frozenset().union(*enums))
        objects = [bv for _, _, bv in views if is_object(bv)]
        v.branches += [(f"/{how}/{i}", b) for i, b, bv in views if not is_object(bv)]
        if objects:
            merged: dict = {}
            for bv in objects:
                for name, prop in bv.props.items():
                    merged[name] = combine(spec, "anyOf", merged.get(name), prop)
            for name, prop in merged.items():
                v.props[name] = combine(spec, "allOf", v.props.get(name), prop)
            v.required |= set.intersection(*(bv.required for bv in objects))
            v.closed |= all(bv.closed for bv in objects)

    v.types = frozenset(types)
    if v.types == {"null"} and v.enum is None:
        v.enum = frozenset({canon(None)})
    return v


def show_types(types: frozenset) -> str:
    if types == ALL_TYPES:
        return "any"
    if not types:
        return "nothing"
    shown = sorted(types - {"integer"} if "number" in types else types, key=lambda t: (t == "null", t))
    return " | ".join(shown)


def escape(name: str) -> str:
    return name.replace("~", "~0").replace("/", "~1")


# ---------------------------------------------------------------- comparison


def operations(spec: Spec) -> dict:
    """(METHOD, path with {} placeholders) -> (display name, path item, operation)."""
    found = {}
    for path, item in (spec.root.get("paths") or {}).items():
        item = spec.resolve(item)
        if not isinstance(item, dict):
            continue
        for method in METHODS:
            if isinstance(item.get(method), dict):
                key = (method.upper(), re.sub(r"\{[^}]*\}", "{}", str(path)))
                found[key] = (f"{method.upper()} {path}", item, item[method])
    return found


def parameters(spec: Spec, item: dict, op: dict) -> dict:
    """(in, name) -> parameter; operation-level ones override path-level ones."""
    found = {}
    for raw in [*as_list(item.get("parameters")), *as_list(op.get("parameters"))]:
        p = spec.resolve(raw)
        if isinstance(p, dict) and isinstance(p.get("name"), str) and isinstance(p.get("in"), str):
            found[(p["in"], p["name"].lower() if p["in"] == "header" else p["name"])] = p
    return found


def as_list(node) -> list:
    return node if isinstance(node, list) else []


def as_dict(node) -> dict:
    return node if isinstance(node, dict) else {}


def value_schema(spec: Spec, holder: dict):
    """The schema of a parameter or header, given directly or through content."""
    if "schema" in holder:
        return holder["schema"]
    for media in as_dict(holder.get("content")).values():
        return as_dict(spec.resolve(media)).get("schema", ANY_SCHEMA)
    return ANY_SCHEMA


def style(p: dict) -> tuple:
    default = "form" if p["in"] in ("query", "cookie") else "simple"
    chosen = p.get("style", default)
    return chosen, p.get("explode", chosen == "form")


def is_success(status: str) -> bool:
    return bool(re.fullmatch(r"2(\d\d|XX)", status, re.IGNORECASE))


def media_suffix(media_type: str) -> str:
    return "" if media_type == "application/json" else f" ({media_type})"


class Comparer:
    def __init__(self, base: Spec, head: Spec):
        self.base, self.head = base, head
        self.report = Report()
        self._described: set = set()
        self._via: tuple[str, str] | None = None  # (named schema, location where the walk entered it)

    def add(self, breaking: bool, kind: str, location: str, message: str) -> None:
        assert kind in KINDS, kind
        finding = Finding(kind, location, message)
        if self._via:
            schema, entry = self._via
            rest = location[len(entry) :]
            if location.startswith(entry) and rest[:1] in ("", " ", "/"):
                finding = Finding(kind, location, message, schema, rest.lstrip(" "))
        (self.report.breaking if breaking else self.report.non_breaking).append(finding)

    def described(self, b, h) -> None:
        """Count summary/description edits: listing them would bury the findings that matter."""
        for key in ("summary", "description"):
            if isinstance(b, dict) and isinstance(h, dict) and b.get(key) != h.get(key):
                self._described.add((id(b), id(h), key))
        self.report.description_changes = len(self._described)

    def deprecation(self, location: str, b: dict, h: dict, what: str) -> None:
        if h.get("deprecated") is True and b.get("deprecated") is not True:
            self.add(False, "deprecated", location, f"{what} is now deprecated")

    def run(self) -> Report:
        bops, hops = operations(self.base), operations(self.head)
        for key, (name, bitem, bop) in bops.items():
            if key not in hops:
                self.add(True, "operation-removed", name, "operation removed")
                continue
            _, hitem, hop = hops[key]
            self.described(bop, hop)
            self.deprecation(name, bop, hop, "operation")
            self.parameters(name, parameters(self.base, bitem, bop), parameters(self.head, hitem, hop))
            self.request_body(name, bop.get("requestBody"), hop.get("requestBody"))
            self.responses(
                name, as_dict(self.base.resolve(bop.get("responses"))), as_dict(self.head.resolve(hop.get("responses")))
            )
            self.security(name, bop, hop)
        for key, (name, _, _) in hops.items():
            if key not in bops:
                self.add(False, "operation-added", name, "new operation")
        return self.report

    # -- parameters

    def parameters(self, op: str, bps: dict, hps: dict) -> None:
        gone = [k for k in bps if k not in hps]
        new = [k for k in hps if k not in bps]
        for k in list(gone):
            moved = next((n for n in new if n[1] == k[1]), None)
            if moved:
                gone.remove(k)
                new.remove(moved)
                self.add(
                    True,
                    "parameter-in-changed",
                    f"{op} parameter {bps[k]['name']} ({k[0]})",
                    f"parameter moved from {k[0]} to {moved[0]}",
                )
        for k in gone:
            hint = f" (renamed to '{hps[new[0]]['name']}'?)" if len(gone) == 1 and len(new) == 1 else ""
            self.add(True, "parameter-removed", f"{op} parameter {bps[k]['name']} ({k[0]})", f"parameter removed{hint}")
        for k in new:
            p, loc = hps[k], f"{op} parameter {hps[k]['name']} ({k[0]})"
            if p.get("required") is True or k[0] == "path":
                self.add(True, "required-parameter-added", loc, "new required parameter")
            else:
                self.add(False, "parameter-added", loc, "new optional parameter")
        for k, p in bps.items():
            if k in hps:
                self.parameter(f"{op} parameter {p['name']} ({k[0]})", p, hps[k])

    def parameter(self, loc: str, b: dict, h: dict) -> None:
        self.described(b, h)
        self.deprecation(loc, b, h, "parameter")
        breq = b.get("required") is True or b["in"] == "path"
        hreq = h.get("required") is True or h["in"] == "path"
        if hreq and not breq:
            self.add(True, "required-added", loc, "parameter is now required")
        elif breq and not hreq:
            self.add(False, "required-removed", loc, "parameter is now optional")
        if style(b) != style(h):
            self.add(
                True,
                "parameter-style-changed",
                loc,
                "serialisation changed from style={}, explode={} to style={}, explode={}".format(*style(b), *style(h)),
            )
        self.schema(loc, value_schema(self.base, b), value_schema(self.head, h), "request")

    # -- bodies

    def request_body(self, op: str, braw, hraw) -> None:
        b, h = self.base.resolve(braw), self.head.resolve(hraw)
        b, h = (b if isinstance(b, dict) else None), (h if isinstance(h, dict) else None)
        loc = f"{op} request body"
        if h is None:
            if b is not None:
                self.add(True, "request-body-removed", loc, "request body removed")
            return
        if b is None:
            if h.get("required") is True:
                self.add(True, "request-body-required", loc, "new required request body")
            else:
                self.add(False, "request-body-added", loc, "new optional request body")
            return
        self.described(b, h)
        if h.get("required") is True and b.get("required") is not True:
            self.add(True, "request-body-required", loc, "request body is now required")
        self.content(f"{op} request", b.get("content"), h.get("content"), "request")

    def content(self, where: str, bc, hc, direction: str) -> None:
        bc = {str(k).strip().lower(): v for k, v in as_dict(bc).items()}
        hc = {str(k).strip().lower(): v for k, v in as_dict(hc).items()}
        for mt in bc:
            if mt not in hc:
                self.add(True, "media-type-removed", f"{where} body{media_suffix(mt)}", f"media type {mt} removed")
        for mt in hc:
            if mt not in bc:
                self.add(False, "media-type-added", f"{where} body{media_suffix(mt)}", f"new media type {mt}")
            else:
                b, h = as_dict(self.base.resolve(bc[mt])), as_dict(self.head.resolve(hc[mt]))
                self.schema(
                    f"{where} body{media_suffix(mt)}",
                    b.get("schema", ANY_SCHEMA),
                    h.get("schema", ANY_SCHEMA),
                    direction,
                )

    # -- responses

    def responses(self, op: str, bresp: dict, hresp: dict) -> None:
        b = {str(k).upper(): (str(k), v) for k, v in bresp.items()}
        h = {str(k).upper(): (str(k), v) for k, v in hresp.items()}
        head_success = ", ".join(h[k][0] for k in h if is_success(k)) or "none"
        for k, (status, bnode) in b.items():
            loc = f"{op} response {status}"
            if k not in h:
                if is_success(k):
                    self.add(
                        True,
                        "success-status-changed",
                        loc,
                        f"success status {status} removed (HEAD success statuses: {head_success})",
                    )
                else:
                    self.add(True, "response-removed", loc, f"response {status} removed")
                continue
            bn, hn = as_dict(self.base.resolve(bnode)), as_dict(self.head.resolve(h[k][1]))
            self.described(bn, hn)
            self.headers(loc, as_dict(bn.get("headers")), as_dict(hn.get("headers")))
            self.content(loc, bn.get("content"), hn.get("content"), "response")
        for k, (status, _) in h.items():
            if k not in b:
                self.add(False, "response-added", f"{op} response {status}", f"new response {status}")

    def headers(self, where: str, bh: dict, hh: dict) -> None:
        b = {str(k).lower(): (str(k), v) for k, v in bh.items()}
        h = {str(k).lower(): (str(k), v) for k, v in hh.items()}
        for k, (name, node) in b.items():
            if k not in h:
                self.add(True, "response-header-removed", f"{where} header {name}", "response header removed")
                continue
            bn, hn = as_dict(self.base.resolve(node)), as_dict(self.head.resolve(h[k][1]))
            self.schema(f"{where} header {name}", value_schema(self.base, bn), value_schema(self.head, hn), "response")
        for k, (name, _) in h.items():
            if k not in b:
                self.add(False, "response-header-added", f"{where} header {name}", "new response header")

    # -- security

    @staticmethod
    def requirements(spec: Spec, op: dict) -> list[dict]:
        """The operation's alternatives, each {scheme: scopes}; [{}] means no authentication."""
        chosen = op["security"] if "security" in op else spec.root.get("security")
        alts = [
            {str(k): frozenset(map(str, as_list(v))) for k, v in a.items()}
            for a in as_list(chosen)
            if isinstance(a, dict)
        ]
        return alts or [{}]

    def security(self, op: str, bop: dict, hop: dict) -> None:
        balts, halts = self.requirements(self.base, bop), self.requirements(self.head, hop)

        def show(alts: list[dict]) -> str:
            return " or ".join(" + ".join(sorted(a)) or "no authentication" for a in alts)

        # A client that satisfied a BASE alternative must still satisfy some HEAD alternative.
        stranded = [
            a for a in balts if not any(all(s in a and scopes <= a[s] for s, scopes in h.items()) for h in halts)
        ]
        if stranded:
            self.add(
                True,
                "security-changed",
                f"{op} security",
                f"clients using {show(stranded)} are locked out (HEAD requires {show(halts)})",
            )
        elif {frozenset(a.items()) for a in balts} != {frozenset(a.items()) for a in halts}:
            self.add(
                False, "security-changed", f"{op} security", f"security loosened from {show(balts)} to {show(halts)}"
            )
        bschemes = as_dict(as_dict(self.base.root.get("components")).get("securitySchemes"))
        hschemes = as_dict(as_dict(self.head.root.get("components")).get("securitySchemes"))
        used = {s for a in balts for s in a} & {s for a in halts for s in a}
        for name in sorted(used):
            b, h = (
                as_dict(spec.resolve(schemes.get(name)))
                for spec, schemes in ((self.base, bschemes), (self.head, hschemes))
            )
            changed = sorted(k for k in set(b) | set(h) if k != "description" and b.get(k) != h.get(k))
            if changed:
                self.add(
                    True,
                    "security-scheme-changed",
                    f"{op} security {name}",
                    f"security scheme '{name}' changed ({', '.join(changed)})",
                )

    # -- schemas

    def schema(self, where: str, braw, hraw, direction: str, path: str = "", active: frozenset = frozenset()) -> None:
        ref = braw.get("$ref") if isinstance(braw, dict) else None
        outer = self._via
        if isinstance(ref, str) and ref.startswith("#/components/schemas/") and as_dict(hraw).get("$ref") == ref:
            self._via = (ref, f"{where} {path}" if path else where)  # the innermost named schema both share
        try:
            self._schema(where, braw, hraw, direction, path, active)
        finally:
            self._via = outer

    def _schema(self, where: str, braw, hraw, direction: str, path: str, active: frozenset) -> None:
        bs, hs = self.base.schema(braw), self.head.schema(hraw)
        key = (id(bs), id(hs))
        if key in active:  # recursive schema: this pair is already being compared further up
            return
        active = active | {key}
        bv, hv = view(self.base, braw), view(self.head, hraw)
        loc = f"{where} {path}" if path else where
        request = direction == "request"
        self.described(bs, hs)
        self.deprecation(loc, bv.keywords, hv.keywords, "property" if path else "schema")
        self.types(loc, bv.types, hv.types, request)
        self.enums(loc, bv.enum, hv.enum, request)
        self.format(loc, bv.keywords.get("format"), hv.keywords.get("format"), request)
        if request:
            self.constraints(loc, bv.keywords, hv.keywords)
        if "object" in bv.types and "object" in hv.types:
            self.properties(where, path, bv, hv, direction, active)
            if bv.extra is not None or hv.extra is not None:
                self.schema(
                    where,
                    bv.extra or ANY_SCHEMA,
                    hv.extra or ANY_SCHEMA,
                    direction,
                    f"{path}/additionalProperties",
                    active,
                )
        if "array" in bv.types and "array" in hv.types and (bv.items is not None or hv.items is not None):
            self.schema(where, bv.items or ANY_SCHEMA, hv.items or ANY_SCHEMA, direction, f"{path}/items", active)
        for bpath, bnode, hnode in self.pair_branches(bv.branches, hv.branches):
            self.schema(where, bnode, hnode, direction, path + bpath, active)

    def pair_branches(self, bbranches: list, hbranches: list) -> list:
        """Pair non-object anyOf/oneOf branches: identical ones drop out, the rest pair by JSON type."""
        left = list(hbranches)
        pairs, rest = [], []
        for bpath, bnode in bbranches:
            same = next((h for h in left if canon(self.base.schema(bnode)) == canon(self.head.schema(h[1]))), None)
            if same:
                left.remove(same)
            else:
                rest.append((bpath, bnode))
        for bpath, bnode in rest:
            bt = view(self.base, bnode)
            match = next(
                (
                    h
                    for h in left
                    if view(self.head, h[1]).types == bt.types
                    and (view(self.head, h[1]).enum is None) == (bt.enum is None)
                ),
                None,
            )
            match = match or next((h for h in left if view(self.head, h[1]).types == bt.types), None)
            if match:
                left.remove(match)
                pairs.append((bpath, bnode, match[1]))
        return pairs

    def types(self, loc: str, bt: frozenset, ht: frozenset, request: bool) -> None:
        if bt == ht:
            return
        change = f"{show_types(bt)} -> {show_types(ht)}"
        if bt - {"null"} == ht - {"null"}:
            if "null" in bt:
                self.add(True, "nullable-removed", loc, f"null no longer allowed ({change})")
            else:
                self.add(not request, "nullable-added", loc, f"null now allowed ({change})")
        elif ht < bt:
            self.add(request, "type-narrowed", loc, f"type narrowed ({change})")
        elif ht > bt:
            self.add(not request, "type-widened", loc, f"type widened ({change})")
        else:
            self.add(True, "type-changed", loc, f"type changed ({change})")

    def enums(self, loc: str, be, he, request: bool) -> None:
        null = canon(None)  # null comes and goes with the type set, reported there
        if be is not None and he is not None:
            for value in sorted(be - he - {null}):
                self.add(True, "enum-value-removed", loc, f"enum value {value} removed")
            for value in sorted(he - be - {null}):
                why = "" if request else "; generated clients reject unknown values"
                self.add(not request, "enum-value-added", loc, f"enum value {value} added{why}")
        elif be is not None:
            self.add(not request, "enum-constraint-removed", loc, "enum removed: any value of the type is now allowed")
        elif he is not None:
            self.add(request, "enum-constraint-added", loc, f"now restricted to the enum {', '.join(sorted(he))}")

    def format(self, loc: str, bf, hf, request: bool) -> None:
        if bf == hf:
            return
        # Appearing: the server may validate requests more strictly; vanishing: responses may hold anything.
        breaking = (bf is not None and hf is not None) or (request if hf is not None else not request)
        self.add(breaking, "format-changed", loc, f"format changed from {bf or 'none'} to {hf or 'none'}")

    def constraints(self, loc: str, b: dict, h: dict) -> None:
        def number(x) -> bool:
            return isinstance(x, (int, float)) and not isinstance(x, bool)

        for kw, larger_looser in BOUNDS.items():
            old, new = b.get(kw), h.get(kw)
            if old == new:
                continue
            if old is None or new is None:
                tighter = new is not None
                how = f"{kw} {new} added" if tighter else f"{kw} {old} removed"
            elif number(old) and number(new):
                tighter = (new < old) if larger_looser else (new > old)
                how = f"{kw} {'lowered' if new < old else 'raised'} from {old} to {new}"
            else:
                tighter, how = True, f"{kw} changed from {old} to {new}"
            self.add(tighter, "constraint-tightened" if tighter else "constraint-loosened", loc, how)
        old, new = b.get("pattern"), h.get("pattern")
        if old != new:
            tighter = new is not None  # two regexes cannot be compared, so any new one may reject values
            how = (
                f"pattern changed from {old!r} to {new!r}"
                if old and new
                else (f"pattern {new!r} added" if tighter else f"pattern {old!r} removed")
            )
            self.add(tighter, "constraint-tightened" if tighter else "constraint-loosened", loc, how)
        old, new = b.get("multipleOf"), h.get("multipleOf")
        if old != new:
            tighter = new is not None and not (number(old) and number(new) and new and old % new == 0)
            self.add(
                tighter,
                "constraint-tightened" if tighter else "constraint-loosened",
                loc,
                f"multipleOf changed from {old} to {new}",
            )
        if bool(b.get("uniqueItems")) != bool(h.get("uniqueItems")):
            tighter = bool(h.get("uniqueItems"))
            self.add(
                tighter,
                "constraint-tightened" if tighter else "constraint-loosened",
                loc,
                f"uniqueItems changed to {tighter}",
            )

    def properties(self, where: str, path: str, bv: View, hv: View, direction: str, active: frozenset) -> None:
        request = direction == "request"
        hidden = "readOnly" if request else "writeOnly"  # readOnly values are never sent, writeOnly never returned
        bp = {n: p for n, p in bv.props.items() if view(self.base, p).keywords.get(hidden) is not True}
        hp = {n: p for n, p in hv.props.items() if view(self.head, p).keywords.get(hidden) is not True}
        gone = [n for n in bp if n not in hp]
        new = [n for n in hp if n not in bp]
        for n in gone:
            loc = f"{where} {path}/properties/{escape(n)}"
            hint = f" (renamed to '{new[0]}'?)" if len(gone) == 1 and len(new) == 1 else ""
            if not request:
                self.add(True, "property-removed", loc, f"property '{n}' removed from the response{hint}")
            elif hv.closed:
                self.add(
                    True,
                    "property-removed",
                    loc,
                    f"property '{n}' removed and unknown properties are rejected: clients sending it fail{hint}",
                )
            else:
                self.add(
                    False,
                    "property-removed",
                    loc,
                    f"property '{n}' removed; unknown properties are allowed: clients sending it still work{hint}",
                )
        for n in new:
            loc = f"{where} {path}/properties/{escape(n)}"
            if request and n in hv.required:
                self.add(True, "required-property-added", loc, f"new required property '{n}'")
            else:
                self.add(False, "property-added", loc, f"new {'optional ' if request else ''}property '{n}'")
        for n, prop in bp.items():
            if n not in hp:
                continue
            loc = f"{where} {path}/properties/{escape(n)}"
            was, now = n in bv.required, n in hv.required
            if was != now:
                if request:
                    self.add(
                        now,
                        "required-added" if now else "required-removed",
                        loc,
                        "property is now required" if now else "property is now optional",
                    )
                else:
                    self.add(
                        was,
                        "required-removed" if was else "required-added",
                        loc,
                        "property may now be missing from the response" if was else "property is now always present",
                    )
            self.schema(where, prop, hp[n], direction, f"{path}/properties/{escape(n)}", active)
        if request and hv.closed and not bv.closed:
            self.add(
                True,
                "additional-properties-forbidden",
                f"{where} {path}".rstrip(),
                "unknown properties are now rejected",
            )


def compare_specs(base: Spec, head: Spec) -> Report:
    try:
        return Comparer(base, head).run()
    except RecursionError:
        raise InputError("schemas nest too deeply to compare; check for a runaway $ref structure") from None


# ---------------------------------------------------------------- verdict and output


def major(version: str) -> int | None:
    m = SEMVER.match(version.strip())
    return int(m.group(1)) if m else None


def verdict(report: Report, base: Spec, head: Spec, allow_major: bool) -> tuple[int, str]:
    """Exit status and the line that explains it."""
    versions = f"BASE {base.version} -> HEAD {head.version}"
    n = len(report.breaking)
    if not n:
        return 0, "no breaking changes"
    bm, hm = major(base.version), major(head.version)
    if bm is not None and hm is not None and hm > bm:
        return 0, f"{n} breaking change(s) allowed by the major version bump of info.version ({versions})"
    if allow_major:
        return 0, f"{n} breaking change(s) accepted because of --allow-major ({versions})"
    message = f"breaking changes require a major version bump of info.version ({versions})"
    for label, version, m in (("BASE", base.version, bm), ("HEAD", head.version, hm)):
        if m is None:
            message += f"; {label} info.version '{version}' is not MAJOR.MINOR.PATCH"
    return 1, message


def render_text(report: Report, base: Spec, head: Spec, message: str) -> str:
    lines = [f"BASE {base.source} ({base.version}) -> HEAD {head.source} ({head.version})"]
    for title, findings in (("BREAKING", report.breaking), ("NON-BREAKING", report.non_breaking)):
        shown = grouped(findings)
        distinct = sum(len(entries) for _, _, entries in shown)
        lines.append(f"{title} ({len(findings)}{f', {distinct} distinct' if distinct != len(findings) else ''}):")
        for schema, places, entries in shown:
            if schema is None:
                lines += [f"  [{f.kind}] {f.location}: {f.message}" for f in entries]
                continue
            lines.append(f"  {schema}, in each of {len(places)} places:")
            lines += [f"      {place}" for place in places]
            lines += [f"    [{f.kind}] {f.schema_path or '(the schema itself)'}: {f.message}" for f in entries]
    if report.description_changes:
        lines.append(f"{report.description_changes} description/summary change(s), not listed.")
    lines.append(message)
    return "\n".join(lines)


def grouped(findings: list[Finding]) -> list[tuple[str | None, list[str], list[Finding]]]:
    """Findings in report order, with those that repeat one change to a shared schema in
    several places folded into one block: (schema, places, one finding per change). A
    finding seen in one place only stays on its own line (schema None)."""
    places: dict[tuple, list[str]] = {}
    for f in findings:
        if f.schema is not None:
            place = f.location[: len(f.location) - len(f.schema_path)].rstrip()
            places.setdefault((f.schema, f.kind, f.schema_path, f.message), []).append(place)
    blocks: dict[tuple, tuple[str | None, list[str], list[Finding]]] = {}
    for i, f in enumerate(findings):
        where = places.get((f.schema, f.kind, f.schema_path, f.message), [])
        if len(where) < 2:
            blocks[("single", i)] = (None, [], [f])
            continue
        block = blocks.setdefault((f.schema, tuple(where)), (f.schema, where, []))
        if not any((g.kind, g.schema_path, g.message) == (f.kind, f.schema_path, f.message) for g in block[2]):
            block[2].append(f)
    return list(blocks.values())


def render_json(report: Report, base: Spec, head: Spec, status: int, message: str) -> str:
    return json.dumps(
        {
            "base": {"source": base.source, "version": base.version},
            "head": {"source": head.source, "version": head.version},
            "breaking": [asdict(f) for f in report.breaking],
            "non_breaking": [asdict(f) for f in report.non_breaking],
            "description_changes": report.description_changes,
            "passed": status == 0,
            "message": message,
        },
        indent=2,
    )


def main(argv: list[str] | None = None) -> int:
    kinds = "\n".join(f"  {k:32} {v}" for k, v in KINDS.items())
    parser = cli.ArgumentParser(
        prog=PROG,
        description=__doc__,
        epilog=f"finding kinds:\n{kinds}",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("base", metavar="BASE", help="released document: a file, git:REF:PATH or a folder of releases")
    parser.add_argument("head", metavar="HEAD", help="proposed document: a file or git:REF:PATH")
    parser.add_argument(
        "--allow-major",
        action="store_true",
        help="report breaking changes but exit 0 even without a major version bump",
    )
    parser.add_argument("--format", choices=("text", "json"), default="text", help="output format (default: text)")
    args = parser.parse_args(argv)
    try:
        base = load_spec(args.base, "BASE")
        head = load_spec(args.head, "HEAD")
        report = compare_specs(base, head)
    except InputError as exc:
        print(f"{PROG}: {exc}", file=sys.stderr)
        return 2
    status, message = verdict(report, base, head, args.allow_major)
    if args.format == "json":
        print(render_json(report, base, head, status, message))
        if status:
            print(message, file=sys.stderr)
    else:
        print(render_text(report, base, head, message))
    return status


if __name__ == "__main__":
    sys.exit(main())
