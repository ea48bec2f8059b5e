"""The rules: one class per kind of finding, each saying when it breaks clients.

Direction decides what breaks. A request is what clients send, so a request change breaks
when the server accepts less than before. A response is what clients receive, so a
response change breaks when the server may send something clients have not seen (a new
type, null, an enum value). Where the project's issue is stricter, the issue wins:
removing an enum value breaks in both directions, and so does a response field losing
null (a generated client's field type changes).

Each rule has one method per level it looks at (pairs.LEVELS), yielding a Change per
finding; the engine (engine.py) does the walking. A rule's docstring opens with the
kind's one-line summary (printed by --help) and goes on to say why.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from breaking.pairs import Change, Keyed, Pair, Properties, Rule, SchemaPair, Schemas, Security, rule
from breaking.views import BOUNDS, canon, show_types

# ---------------------------------------------------------------- operations and schemas of the document


@rule
class OperationRemoved(Rule):
    """An operation (method + path) is gone.

    Every client that calls it now gets 404 or 405."""

    kind = "operation-removed"

    def operations(self, pair: Keyed) -> Iterator[Change]:
        for key in pair.removed():
            yield Change(True, pair.at(key), "operation removed")


@rule
class OperationAdded(Rule):
    """A new operation.

    No client calls what it does not know of: a new resource's operations land here."""

    kind = "operation-added"

    def operations(self, pair: Keyed) -> Iterator[Change]:
        for key in pair.added():
            yield Change(False, pair.at(key), "new operation")


@rule
class SchemaAdded(Rule):
    """A new named schema that no operation of BASE uses (a new resource's models).

    Generated clients gain a model and lose nothing. A new named schema that operations of
    BASE do use was inline before (or replaces another): the walk compares what those
    operations send and receive, so it is not listed here."""

    kind = "schema-added"

    def schemas(self, pair: Schemas) -> Iterator[Change]:
        for name in pair.added():
            if pair.labels[name] not in pair.used:
                yield Change(False, pair.at(name), f"new schema '{name}'")


# ---------------------------------------------------------------- one operation


def newly_deprecated(b: dict, h: dict) -> bool:
    return h.get("deprecated") is True and b.get("deprecated") is not True


@rule
class Deprecated(Rule):
    """An operation, parameter or property became deprecated.

    Clients keep working; deprecation announces a later removal, so it is listed."""

    kind = "deprecated"

    def operation(self, pair: Pair) -> Iterator[Change]:
        if newly_deprecated(pair.base, pair.head):
            yield Change(False, pair.location, "operation is now deprecated")

    def parameter(self, pair: Pair) -> Iterator[Change]:
        if newly_deprecated(pair.base, pair.head):
            yield Change(False, pair.location, "parameter is now deprecated")

    def schema(self, pair: SchemaPair) -> Iterator[Change]:
        if newly_deprecated(pair.base.keywords, pair.head.keywords):
            yield Change(False, pair.location, f"{'property' if pair.path else 'schema'} is now deprecated")


def show_security(alternatives: list[dict]) -> str:
    return " or ".join(" + ".join(sorted(a)) or "no authentication" for a in alternatives)


@rule
class SecurityChanged(Rule):
    """The operation's security requirements changed.

    Breaking when a client that met one of BASE's alternatives meets none of HEAD's (a new
    scheme or scope is demanded): it is locked out. Fewer demands are listed, not breaking."""

    kind = "security-changed"

    def security(self, pair: Pair) -> Iterator[Change]:
        b: Security = pair.base
        h: Security = pair.head
        stranded = [
            a
            for a in b.alternatives
            if not any(all(s in a and scopes <= a[s] for s, scopes in alt.items()) for alt in h.alternatives)
        ]
        if stranded:
            how = f"are locked out (HEAD requires {show_security(h.alternatives)})"
            yield Change(True, pair.location, f"clients using {show_security(stranded)} {how}")
        elif {frozenset(a.items()) for a in b.alternatives} != {frozenset(a.items()) for a in h.alternatives}:
            how = f"security loosened from {show_security(b.alternatives)} to {show_security(h.alternatives)}"
            yield Change(False, pair.location, how)


@rule
class SecuritySchemeChanged(Rule):
    """A security scheme the operation uses was redefined.

    Its type, location, name or flows changed: credentials that worked are sent the old way."""

    kind = "security-scheme-changed"

    def security(self, pair: Pair) -> Iterator[Change]:
        b: Security = pair.base
        h: Security = pair.head
        for name in sorted(b.schemes.keys() & h.schemes.keys()):
            old, new = b.schemes[name], h.schemes[name]
            changed = sorted(k for k in old.keys() | new.keys() if k != "description" and old.get(k) != new.get(k))
            if changed:
                message = f"security scheme '{name}' changed ({', '.join(changed)})"
                yield Change(True, f"{pair.location} {name}", message)


# ---------------------------------------------------------------- parameters


def moved(pair: Keyed) -> dict:
    """Removed (in, name) -> the added key with the same name somewhere else (query -> header...)."""
    new, found = pair.added(), {}
    for key in pair.removed():
        there = next((k for k in new if k[1] == key[1]), None)
        if there:
            new.remove(there)
            found[key] = there
    return found


def unmoved(pair: Keyed) -> tuple[list, list]:
    """The removed and the added parameters, those that only moved left out."""
    went = moved(pair)
    return [k for k in pair.removed() if k not in went], [k for k in pair.added() if k not in went.values()]


def required(parameter: dict) -> bool:
    return parameter.get("required") is True or parameter["in"] == "path"


def style(parameter: dict) -> tuple:
    default = "form" if parameter["in"] in ("query", "cookie") else "simple"
    chosen = parameter.get("style", default)
    return chosen, parameter.get("explode", chosen == "form")


@rule
class ParameterInChanged(Rule):
    """A parameter moved (query, header, path, cookie).

    Clients still send it where it was, and the server no longer looks there."""

    kind = "parameter-in-changed"

    def parameters(self, pair: Keyed) -> Iterator[Change]:
        for key, there in moved(pair).items():
            yield Change(True, pair.at(key), f"parameter moved from {key[0]} to {there[0]}")


@rule
class ParameterRemoved(Rule):
    """A parameter is gone or renamed.

    Clients still send it: the server ignores it (the call does something else) or rejects it."""

    kind = "parameter-removed"

    def parameters(self, pair: Keyed) -> Iterator[Change]:
        gone, new = unmoved(pair)
        hint = f" (renamed to '{pair.head[new[0]]['name']}'?)" if len(gone) == 1 and len(new) == 1 else ""
        for key in gone:
            yield Change(True, pair.at(key), f"parameter removed{hint}")


@rule
class RequiredParameterAdded(Rule):
    """A new required parameter.

    Clients do not send it, so every call they make is now rejected."""

    kind = "required-parameter-added"

    def parameters(self, pair: Keyed) -> Iterator[Change]:
        for key in unmoved(pair)[1]:
            if required(pair.head[key]):
                yield Change(True, pair.at(key), "new required parameter")


@rule
class ParameterAdded(Rule):
    """A new optional parameter.

    Clients that do not send it get what they got before."""

    kind = "parameter-added"

    def parameters(self, pair: Keyed) -> Iterator[Change]:
        for key in unmoved(pair)[1]:
            if not required(pair.head[key]):
                yield Change(False, pair.at(key), "new optional parameter")


@rule
class ParameterStyleChanged(Rule):
    """A parameter's serialisation (style/explode) changed.

    Clients serialise it as before (`a,b` versus `a&a=b`) and the server reads it another way."""

    kind = "parameter-style-changed"

    def parameter(self, pair: Pair) -> Iterator[Change]:
        if style(pair.base) != style(pair.head):
            how = "style={}, explode={} to style={}, explode={}".format(*style(pair.base), *style(pair.head))
            yield Change(True, pair.location, f"serialisation changed from {how}")


# ---------------------------------------------------------------- required, in parameters and properties


@rule
class RequiredAdded(Rule):
    """A parameter or property became required.

    In a request, clients that leave it out are now rejected. In a response it is a promise
    more: the property is always present (not breaking)."""

    kind = "required-added"

    def parameter(self, pair: Pair) -> Iterator[Change]:
        if required(pair.head) and not required(pair.base):
            yield Change(True, pair.location, "parameter is now required")

    def properties(self, pair: Properties) -> Iterator[Change]:
        for name in pair.common():
            if name in pair.head_view.required and name not in pair.base_view.required:
                how = "property is now required" if pair.request else "property is now always present"
                yield Change(pair.request, pair.at(name), how)


@rule
class RequiredRemoved(Rule):
    """A parameter or property became optional.

    In a request, clients that send it still work. In a response, clients that read it find
    it missing: a generated client's field becomes optional, and code that relied on it fails."""

    kind = "required-removed"

    def parameter(self, pair: Pair) -> Iterator[Change]:
        if required(pair.base) and not required(pair.head):
            yield Change(False, pair.location, "parameter is now optional")

    def properties(self, pair: Properties) -> Iterator[Change]:
        for name in pair.common():
            if name in pair.base_view.required and name not in pair.head_view.required:
                how = "property is now optional" if pair.request else "property may now be missing from the response"
                yield Change(not pair.request, pair.at(name), how)


# ---------------------------------------------------------------- bodies and media types


@rule
class RequestBodyAdded(Rule):
    """A new optional request body.

    Clients that send none get what they got before."""

    kind = "request-body-added"

    def request_body(self, pair: Pair) -> Iterator[Change]:
        if pair.base is None and pair.head is not None and pair.head.get("required") is not True:
            yield Change(False, pair.location, "new optional request body")


@rule
class RequestBodyRemoved(Rule):
    """The request body is gone.

    Clients still send one, which the server now ignores or rejects."""

    kind = "request-body-removed"

    def request_body(self, pair: Pair) -> Iterator[Change]:
        if pair.base is not None and pair.head is None:
            yield Change(True, pair.location, "request body removed")


@rule
class RequestBodyRequired(Rule):
    """The request body became required, or a new required one.

    Clients that send no body are now rejected."""

    kind = "request-body-required"

    def request_body(self, pair: Pair) -> Iterator[Change]:
        if pair.head is None or pair.head.get("required") is not True:
            return
        if pair.base is None:
            yield Change(True, pair.location, "new required request body")
        elif pair.base.get("required") is not True:
            yield Change(True, pair.location, "request body is now required")


@rule
class MediaTypeAdded(Rule):
    """A new media type in a body.

    Requests: clients keep sending the old one. Responses: sent only to clients that ask for it."""

    kind = "media-type-added"

    def content(self, pair: Keyed) -> Iterator[Change]:
        for media_type in pair.added():
            yield Change(False, pair.at(media_type), f"new media type {media_type}")


@rule
class MediaTypeRemoved(Rule):
    """A media type of a body is gone.

    Clients that send it are rejected (415); clients that ask for it get 406 or another format."""

    kind = "media-type-removed"

    def content(self, pair: Keyed) -> Iterator[Change]:
        for media_type in pair.removed():
            yield Change(True, pair.at(media_type), f"media type {media_type} removed")


# ---------------------------------------------------------------- responses and headers


def is_success(status: str) -> bool:
    return bool(re.fullmatch(r"2(\d\d|XX)", status, re.IGNORECASE))


@rule
class SuccessStatusChanged(Rule):
    """A 2xx response status is gone (e.g. 200 became 201).

    Generated clients parse the body only for the statuses they know: the answer is lost."""

    kind = "success-status-changed"

    def responses(self, pair: Keyed) -> Iterator[Change]:
        now = ", ".join(status for key, (status, _) in pair.head.items() if is_success(key)) or "none"
        for key in pair.removed():
            if is_success(key):
                message = f"success status {pair.base[key][0]} removed (HEAD success statuses: {now})"
                yield Change(True, pair.at(key), message)


@rule
class ResponseRemoved(Rule):
    """A non-2xx response status is gone.

    Clients that handle it by its documented body no longer get that body."""

    kind = "response-removed"

    def responses(self, pair: Keyed) -> Iterator[Change]:
        for key in pair.removed():
            if not is_success(key):
                yield Change(True, pair.at(key), f"response {pair.base[key][0]} removed")


@rule
class ResponseAdded(Rule):
    """A new response status.

    It documents what the server may already answer (an error, a rate limit); listed, not breaking."""

    kind = "response-added"

    def responses(self, pair: Keyed) -> Iterator[Change]:
        for key in pair.added():
            yield Change(False, pair.at(key), f"new response {pair.head[key][0]}")


@rule
class ResponseHeaderAdded(Rule):
    """A new response header.

    Clients that do not read it are not affected."""

    kind = "response-header-added"

    def headers(self, pair: Keyed) -> Iterator[Change]:
        for key in pair.added():
            yield Change(False, pair.at(key), "new response header")


@rule
class ResponseHeaderRemoved(Rule):
    """A response header is gone.

    Clients that read it (X-RateLimit-Reset to wait, say) find nothing."""

    kind = "response-header-removed"

    def headers(self, pair: Keyed) -> Iterator[Change]:
        for key in pair.removed():
            yield Change(True, pair.at(key), "response header removed")


# ---------------------------------------------------------------- properties


@rule
class PropertyAdded(Rule):
    """A new property (optional in requests).

    Clients that do not send it or do not read it are not affected."""

    kind = "property-added"

    def properties(self, pair: Properties) -> Iterator[Change]:
        for name in pair.added():
            if not (pair.request and name in pair.head_view.required):
                yield Change(False, pair.at(name), f"new {'optional ' if pair.request else ''}property '{name}'")


@rule
class RequiredPropertyAdded(Rule):
    """A new required request property.

    Clients do not send it, so the server rejects what they send."""

    kind = "required-property-added"

    def properties(self, pair: Properties) -> Iterator[Change]:
        for name in pair.added():
            if pair.request and name in pair.head_view.required:
                yield Change(True, pair.at(name), f"new required property '{name}'")


@rule
class PropertyRemoved(Rule):
    """A property is gone or renamed.

    Responses: clients that read it find nothing. Requests: breaking only when the object
    rejects unknown properties (additionalProperties or unevaluatedProperties: false);
    otherwise a client that still sends it is not rejected, so it is listed as non-breaking."""

    kind = "property-removed"

    def properties(self, pair: Properties) -> Iterator[Change]:
        gone, new = pair.removed(), pair.added()
        hint = f" (renamed to '{new[0]}'?)" if len(gone) == 1 and len(new) == 1 else ""
        for name in gone:
            if not pair.request:
                yield Change(True, pair.at(name), f"property '{name}' removed from the response{hint}")
            elif pair.head_view.closed:
                how = "removed and unknown properties are rejected: clients sending it fail"
                yield Change(True, pair.at(name), f"property '{name}' {how}{hint}")
            else:
                how = "removed; unknown properties are allowed: clients sending it still work"
                yield Change(False, pair.at(name), f"property '{name}' {how}{hint}")


# ---------------------------------------------------------------- one schema: types, enums, formats, constraints


def null_only(pair: SchemaPair) -> bool:
    """The types differ by null alone (reported as nullable-*, not as a type change)."""
    return pair.base.types != pair.head.types and pair.base.types - {"null"} == pair.head.types - {"null"}


def types_change(pair: SchemaPair) -> str:
    return f"{show_types(pair.base.types)} -> {show_types(pair.head.types)}"


@rule
class AdditionalPropertiesForbidden(Rule):
    """A request object no longer accepts unknown properties.

    Clients that send a property the schema does not name (an older or newer field) are rejected."""

    kind = "additional-properties-forbidden"

    def schema(self, pair: SchemaPair) -> Iterator[Change]:
        b, h = pair.base, pair.head
        if pair.request and "object" in b.types and "object" in h.types and h.closed and not b.closed:
            yield Change(True, pair.location, "unknown properties are now rejected")


@rule
class NullableRemoved(Rule):
    """Null is no longer allowed.

    Requests: clients that send null are rejected. Responses: not a risk on the wire, but a
    generated client's field type changes from optional to plain, so code must change."""

    kind = "nullable-removed"

    def schema(self, pair: SchemaPair) -> Iterator[Change]:
        if null_only(pair) and "null" in pair.base.types:
            yield Change(True, pair.location, f"null no longer allowed ({types_change(pair)})")


@rule
class NullableAdded(Rule):
    """Null is now allowed.

    Responses: clients that read the value as a string (say) meet null and fail."""

    kind = "nullable-added"

    def schema(self, pair: SchemaPair) -> Iterator[Change]:
        if null_only(pair) and "null" in pair.head.types:
            yield Change(not pair.request, pair.location, f"null now allowed ({types_change(pair)})")


@rule
class TypeNarrowed(Rule):
    """Fewer JSON types.

    Requests: clients that send a type no longer allowed are rejected."""

    kind = "type-narrowed"

    def schema(self, pair: SchemaPair) -> Iterator[Change]:
        if not null_only(pair) and pair.head.types < pair.base.types:
            yield Change(pair.request, pair.location, f"type narrowed ({types_change(pair)})")


@rule
class TypeWidened(Rule):
    """More JSON types.

    Responses: clients meet a type they do not parse."""

    kind = "type-widened"

    def schema(self, pair: SchemaPair) -> Iterator[Change]:
        if not null_only(pair) and pair.head.types > pair.base.types:
            yield Change(not pair.request, pair.location, f"type widened ({types_change(pair)})")


@rule
class TypeChanged(Rule):
    """The set of JSON types changed.

    Neither side's types contain the other's: breaking both ways."""

    kind = "type-changed"

    def schema(self, pair: SchemaPair) -> Iterator[Change]:
        b, h = pair.base.types, pair.head.types
        if b != h and not null_only(pair) and not h < b and not h > b:
            yield Change(True, pair.location, f"type changed ({types_change(pair)})")


NULL = canon(None)  # null comes and goes with the type set, reported there


@rule
class EnumValueRemoved(Rule):
    """An enum value is gone.

    Requests: clients that send it are rejected. Responses: generated clients' enum types
    lose a member, so code that names it no longer compiles (the issue counts it both ways)."""

    kind = "enum-value-removed"

    def schema(self, pair: SchemaPair) -> Iterator[Change]:
        b, h = pair.base.enum, pair.head.enum
        if b is not None and h is not None:
            for value in sorted(b - h - {NULL}):
                yield Change(True, pair.location, f"enum value {value} removed")


@rule
class EnumValueAdded(Rule):
    """A new enum value.

    Responses: generated clients reject values they do not know. Requests: nobody has to send it."""

    kind = "enum-value-added"

    def schema(self, pair: SchemaPair) -> Iterator[Change]:
        b, h = pair.base.enum, pair.head.enum
        if b is not None and h is not None:
            why = "" if pair.request else "; generated clients reject unknown values"
            for value in sorted(h - b - {NULL}):
                yield Change(not pair.request, pair.location, f"enum value {value} added{why}")


@rule
class EnumConstraintAdded(Rule):
    """A free value became an enum.

    Requests: clients that send another value are rejected."""

    kind = "enum-constraint-added"

    def schema(self, pair: SchemaPair) -> Iterator[Change]:
        if pair.base.enum is None and pair.head.enum is not None:
            message = f"now restricted to the enum {', '.join(sorted(pair.head.enum))}"
            yield Change(pair.request, pair.location, message)


@rule
class EnumConstraintRemoved(Rule):
    """An enum became a free value.

    Responses: clients meet values outside the enum they were generated with."""

    kind = "enum-constraint-removed"

    def schema(self, pair: SchemaPair) -> Iterator[Change]:
        if pair.base.enum is not None and pair.head.enum is None:
            message = "enum removed: any value of the type is now allowed"
            yield Change(not pair.request, pair.location, message)


@rule
class FormatChanged(Rule):
    """The format changed, appeared or disappeared.

    A changed format breaks both ways (a date is parsed as a date-time). One appearing may
    make the server validate requests more strictly; one vanishing lets responses hold
    anything of the type, where clients parse the format."""

    kind = "format-changed"

    def schema(self, pair: SchemaPair) -> Iterator[Change]:
        b, h = pair.base.keywords.get("format"), pair.head.keywords.get("format")
        if b != h:
            breaking = (b is not None and h is not None) or (pair.request if h is not None else not pair.request)
            yield Change(breaking, pair.location, f"format changed from {b or 'none'} to {h or 'none'}")


def is_number(x) -> bool:
    return isinstance(x, (int, float)) and not isinstance(x, bool)


def constraint_changes(b: dict, h: dict) -> Iterator[tuple[bool, str]]:
    """(accepts less, how) for each changed constraint keyword of a request value."""
    for kw, larger_looser in BOUNDS.items():
        old, new = b.get(kw), h.get(kw)
        if old == new:
            continue
        if old is None or new is None:
            yield new is not None, f"{kw} {new} added" if new is not None else f"{kw} {old} removed"
        elif is_number(old) and is_number(new):
            tighter = (new < old) if larger_looser else (new > old)
            yield tighter, f"{kw} {'lowered' if new < old else 'raised'} from {old} to {new}"
        else:
            yield True, f"{kw} changed from {old} to {new}"
    old, new = b.get("pattern"), h.get("pattern")
    if old != new:  # two regexes cannot be compared, so any new one may reject values
        if old and new:
            yield True, f"pattern changed from {old!r} to {new!r}"
        else:
            yield new is not None, f"pattern {new!r} added" if new is not None else f"pattern {old!r} removed"
    old, new = b.get("multipleOf"), h.get("multipleOf")
    if old != new:
        yield (
            new is not None and not (is_number(old) and is_number(new) and new and old % new == 0),
            (f"multipleOf changed from {old} to {new}"),
        )
    if bool(b.get("uniqueItems")) != bool(h.get("uniqueItems")):
        yield bool(h.get("uniqueItems")), f"uniqueItems changed to {bool(h.get('uniqueItems'))}"


@rule
class ConstraintTightened(Rule):
    """A request constraint accepts less (maxLength lowered, pattern changed, ...).

    Clients that send a value the old constraint allowed may now be rejected. Compared in
    requests only: what a response may hold is the server's affair."""

    kind = "constraint-tightened"

    def schema(self, pair: SchemaPair) -> Iterator[Change]:
        if pair.request:
            for tighter, how in constraint_changes(pair.base.keywords, pair.head.keywords):
                if tighter:
                    yield Change(True, pair.location, how)


@rule
class ConstraintLoosened(Rule):
    """A request constraint accepts more.

    Everything clients sent before is still accepted."""

    kind = "constraint-loosened"

    def schema(self, pair: SchemaPair) -> Iterator[Change]:
        if pair.request:
            for tighter, how in constraint_changes(pair.base.keywords, pair.head.keywords):
                if not tighter:
                    yield Change(False, pair.location, how)
