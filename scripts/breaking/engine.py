"""The engine: walk BASE and HEAD side by side and show every pair it meets to the rules.

The walk goes from the document down. Operations pair up by method and path (placeholder
names ignored); in each operation, its parameters (by where and name), request body,
responses (by status), response headers (by name, any case), media types and security;
bodies, parameters and headers lead to schemas, and a schema to its properties, items,
additionalProperties and non-object anyOf/oneOf branches. A schema pair already being
compared further up is not compared again, so recursive schemas end.

At each step the engine makes a pair (pairs.py: the thing in BASE, the thing in HEAD,
where it is, whether clients send it or receive it) and calls every rule that has a
method named after that level. The engine decides what is compared with what; the rules
(rules.py) decide what is a finding and whether it breaks clients.

One change to a named schema (#/components/schemas/X) is a finding in every place an
operation uses it, each with its full location; `schema` and `schema_path` say which
named schema (the innermost one both sides reach by the same $ref) and where in it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

import breaking.rules  # noqa: F401  (registers the rules in pairs.RULES)
from breaking.load import ANY_SCHEMA, InputError, Spec, as_dict, as_list
from breaking.pairs import LEVELS, RULES, Change, Keyed, Pair, Properties, SchemaPair, Schemas, Security
from breaking.views import View, canon, view

METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")


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


def compare_specs(base: Spec, head: Spec) -> Report:
    try:
        return Walker(base, head).run()
    except RecursionError:
        raise InputError("schemas nest too deeply to compare; check for a runaway $ref structure") from None


# ---------------------------------------------------------------- what the walk reads from a document


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


def security(spec: Spec, op: dict) -> Security:
    chosen = op["security"] if "security" in op else spec.root.get("security")
    alternatives = [
        {str(k): frozenset(map(str, as_list(v))) for k, v in a.items()} for a in as_list(chosen) if isinstance(a, dict)
    ] or [{}]
    defined = as_dict(as_dict(spec.root.get("components")).get("securitySchemes"))
    used = {name for a in alternatives for name in a}
    return Security(alternatives, {name: as_dict(spec.resolve(defined.get(name))) for name in sorted(used)})


def value_schema(spec: Spec, holder: dict):
    """The schema of a parameter or header, given directly or through content."""
    if "schema" in holder:
        return holder["schema"]
    for media in as_dict(holder.get("content")).values():
        return as_dict(spec.resolve(media)).get("schema", ANY_SCHEMA)
    return ANY_SCHEMA


def refs(spec: Spec, nodes: list) -> set[str]:
    """The internal $refs these nodes reach, following each one."""
    found: set[str] = set()
    seen: set[int] = set()  # node ids: a YAML alias may make a node contain itself
    todo = list(nodes)
    while todo:
        node = todo.pop()
        if id(node) in seen or not isinstance(node, (dict, list)):
            continue
        seen.add(id(node))
        ref = node.get("$ref") if isinstance(node, dict) else None
        if isinstance(ref, str) and ref.startswith("#") and ref not in found:
            found.add(ref)
            todo.append(spec.pointer(ref))
        todo.extend(node.values() if isinstance(node, dict) else node)
    return found


def escape(name: str) -> str:
    return name.replace("~", "~0").replace("/", "~1")


def labelled(base: dict, head: dict, label) -> dict:
    """key -> label(key, entry) for the keys of both sides, BASE's entry where both have one."""
    return {k: label(k, entry) for k, entry in {**head, **base}.items()}


# ---------------------------------------------------------------- the walk


class Walker:
    def __init__(self, base: Spec, head: Spec):
        self.base, self.head = base, head
        self.report = Report()
        self._described: set = set()
        self._via: tuple[str, str] | None = None  # (named schema, location where the walk entered it)
        self._checks = {level: [(r.kind, getattr(r, level)) for r in RULES if level in r.levels()] for level in LEVELS}

    def check(self, level: str, pair: Pair) -> None:
        """Show the pair to every rule of its level and record what they find."""
        for kind, method in self._checks[level]:
            for change in method(pair):
                self.add(kind, change)

    def add(self, kind: str, change: Change) -> None:
        finding = Finding(kind, change.location, change.message)
        if self._via:
            schema, entry = self._via
            rest = change.location[len(entry) :]
            if change.location.startswith(entry) and rest[:1] in ("", " ", "/"):
                finding = Finding(kind, change.location, change.message, schema, rest.lstrip(" "))
        (self.report.breaking if change.breaking else self.report.non_breaking).append(finding)

    def described(self, b, h) -> None:
        """Count summary/description edits: listing them would bury the findings that matter."""
        for key in ("summary", "description"):
            if isinstance(b, dict) and isinstance(h, dict) and b.get(key) != h.get(key):
                self._described.add((id(b), id(h), key))
        self.report.description_changes = len(self._described)

    def run(self) -> Report:
        bops, hops = operations(self.base), operations(self.head)
        names = labelled(bops, hops, lambda k, e: e[0])
        self.check("operations", Keyed(base=bops, head=hops, location="", labels=names))
        bschemas, hschemas = (as_dict(as_dict(s.root.get("components")).get("schemas")) for s in (self.base, self.head))
        named = labelled(bschemas, hschemas, lambda k, e: f"#/components/schemas/{escape(str(k))}")
        kept = [node for key, (_, item, op) in hops.items() if key in bops for node in (op, item.get("parameters"))]
        used = frozenset(refs(self.head, kept))
        self.check("schemas", Schemas(base=bschemas, head=hschemas, location="", labels=named, used=used))
        for key, (name, bitem, bop) in bops.items():
            if key in hops:
                self.operation(name, bitem, bop, hops[key][1], hops[key][2])
        return self.report

    def operation(self, name: str, bitem: dict, bop: dict, hitem: dict, hop: dict) -> None:
        self.described(bop, hop)
        self.check("operation", Pair(base=bop, head=hop, location=name))
        self.parameters(name, parameters(self.base, bitem, bop), parameters(self.head, hitem, hop))
        self.request_body(name, bop.get("requestBody"), hop.get("requestBody"))
        self.responses(
            name, as_dict(self.base.resolve(bop.get("responses"))), as_dict(self.head.resolve(hop.get("responses")))
        )
        self.check(
            "security",
            Pair(base=security(self.base, bop), head=security(self.head, hop), location=f"{name} security"),
        )

    def parameters(self, op: str, bps: dict, hps: dict) -> None:
        labels = labelled(bps, hps, lambda k, p: f" parameter {p['name']} ({k[0]})")
        pair = Keyed(base=bps, head=hps, location=op, labels=labels, request=True)
        self.check("parameters", pair)
        for k, b in bps.items():
            if k in hps:
                self.described(b, hps[k])
                self.check("parameter", Pair(base=b, head=hps[k], location=pair.at(k), request=True))
                self.schema(pair.at(k), value_schema(self.base, b), value_schema(self.head, hps[k]), True)

    def request_body(self, op: str, braw, hraw) -> None:
        b, h = (node if isinstance(node, dict) else None for node in (self.base.resolve(braw), self.head.resolve(hraw)))
        self.check("request_body", Pair(base=b, head=h, location=f"{op} request body", request=True))
        if b is not None and h is not None:
            self.described(b, h)
            self.content(f"{op} request", b.get("content"), h.get("content"), True)

    def content(self, where: str, bc, hc, request: bool) -> None:
        bc, hc = ({str(k).strip().lower(): v for k, v in as_dict(c).items()} for c in (bc, hc))
        suffix = labelled(bc, hc, lambda mt, _: "" if mt == "application/json" else f" ({mt})")
        pair = Keyed(base=bc, head=hc, location=f"{where} body", labels=suffix, request=request)
        self.check("content", pair)
        for mt in hc:
            if mt in bc:
                b, h = as_dict(self.base.resolve(bc[mt])), as_dict(self.head.resolve(hc[mt]))
                self.schema(pair.at(mt), b.get("schema", ANY_SCHEMA), h.get("schema", ANY_SCHEMA), request)

    def responses(self, op: str, bresp: dict, hresp: dict) -> None:
        b, h = ({str(k).upper(): (str(k), v) for k, v in r.items()} for r in (bresp, hresp))
        pair = Keyed(base=b, head=h, location=op, labels=labelled(b, h, lambda k, e: f" response {e[0]}"))
        self.check("responses", pair)
        for k, (_, bnode) in b.items():
            if k in h:
                bn, hn = as_dict(self.base.resolve(bnode)), as_dict(self.head.resolve(h[k][1]))
                self.described(bn, hn)
                self.headers(pair.at(k), as_dict(bn.get("headers")), as_dict(hn.get("headers")))
                self.content(pair.at(k), bn.get("content"), hn.get("content"), False)

    def headers(self, where: str, bh: dict, hh: dict) -> None:
        b, h = ({str(k).lower(): (str(k), v) for k, v in hs.items()} for hs in (bh, hh))
        pair = Keyed(base=b, head=h, location=where, labels=labelled(b, h, lambda k, e: f" header {e[0]}"))
        self.check("headers", pair)
        for k, (_, node) in b.items():
            if k in h:
                bn, hn = as_dict(self.base.resolve(node)), as_dict(self.head.resolve(h[k][1]))
                self.schema(pair.at(k), value_schema(self.base, bn), value_schema(self.head, hn), False)

    # -- schemas

    def schema(self, where: str, braw, hraw, request: bool, path: str = "", active: frozenset = frozenset()) -> None:
        ref = braw.get("$ref") if isinstance(braw, dict) else None
        outer = self._via
        if isinstance(ref, str) and ref.startswith("#/components/schemas/") and as_dict(hraw).get("$ref") == ref:
            self._via = (ref, f"{where} {path}" if path else where)  # the innermost named schema both share
        try:
            self._schema(where, braw, hraw, request, path, active)
        finally:
            self._via = outer

    def _schema(self, where: str, braw, hraw, request: bool, path: str, active: frozenset) -> None:
        bs, hs = self.base.schema(braw), self.head.schema(hraw)
        key = (id(bs), id(hs))
        if key in active:  # recursive schema: this pair is already being compared further up
            return
        active = active | {key}
        bv, hv = view(self.base, braw), view(self.head, hraw)
        self.described(bs, hs)
        location = f"{where} {path}" if path else where
        self.check("schema", SchemaPair(base=bv, head=hv, location=location, request=request, path=path))
        if "object" in bv.types and "object" in hv.types:
            self.properties(where, path, bv, hv, request, active)
            if bv.extra is not None or hv.extra is not None:
                extra = f"{path}/additionalProperties"
                self.schema(where, bv.extra or ANY_SCHEMA, hv.extra or ANY_SCHEMA, request, extra, active)
        if "array" in bv.types and "array" in hv.types and (bv.items is not None or hv.items is not None):
            self.schema(where, bv.items or ANY_SCHEMA, hv.items or ANY_SCHEMA, request, f"{path}/items", active)
        for bpath, bnode, hnode in self.pair_branches(bv.branches, hv.branches):
            self.schema(where, bnode, hnode, request, path + bpath, active)

    def properties(self, where: str, path: str, bv: View, hv: View, request: bool, active: frozenset) -> None:
        hidden = "readOnly" if request else "writeOnly"  # readOnly values are never sent, writeOnly never returned
        bp = {n: p for n, p in bv.props.items() if view(self.base, p).keywords.get(hidden) is not True}
        hp = {n: p for n, p in hv.props.items() if view(self.head, p).keywords.get(hidden) is not True}
        labels = labelled(bp, hp, lambda n, _: f"/properties/{escape(n)}")
        pair = Properties(
            base=bp, head=hp, location=f"{where} {path}", labels=labels, request=request, base_view=bv, head_view=hv
        )
        self.check("properties", pair)
        for n, prop in bp.items():
            if n in hp:
                self.schema(where, prop, hp[n], request, f"{path}/properties/{escape(n)}", active)

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
