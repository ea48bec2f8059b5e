"""What a schema allows, once allOf/anyOf/oneOf are folded in: the View the rules compare."""

from __future__ import annotations

import json
from dataclasses import dataclass, field

from breaking.load import Spec

ALL_TYPES = frozenset({"null", "boolean", "object", "array", "number", "integer", "string"})
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
