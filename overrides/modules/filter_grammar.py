"""The grammar of Cliniko's `q[]` filters: `FIELD:OPERATORVALUE`.

One definition of which operators each field type takes and what a value of
that type looks like, used in three places so they cannot disagree:
- the spec's `q[]` item `pattern` is `item_pattern(...)` of its
  `x-cliniko-filters` table (a test checks this);
- the client's filter builder formats and checks filters with it;
- the sandbox server parses the filters it receives with it.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

# What follows an operator, by field type (and, for Integer `=`, a comma list).
VALUE_PATTERNS: dict[str, str] = {
    # Months 01-12, days 01-31, hours 00-23: a pattern cannot know month lengths, the server can.
    "DateTime": r"[0-9]{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12][0-9]|3[01])T(?:[01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9]"
    r"(?:\.[0-9]{1,6})?Z",
    "Date": r"(?:[0-9]{4}|\*{4})-(?:0[1-9]|1[0-2]|\*{2})-(?:0[1-9]|[12][0-9]|3[01]|\*{2})",
    "Integer": r"[0-9]{1,19}",
    "String": r"[^\x00-\x1f]{0,255}",
    "Boolean": r"(?:true|false)",
}
INTEGER_LIST_PATTERN = r"[0-9]{1,19}(?:,[0-9]{1,19}){0,99}"

# Operators that take no value: `?` not null, `!?` null, `*` any value (archived included).
NO_VALUE_OPERATORS = ("?", "!?", "*")


class FilterError(ValueError):
    """A filter that the API would not accept; the message names the field and the rule.

    Never the value: a filter's value may be a patient's name (`last_name:=...`), and
    the sandbox answers with these messages.
    """


@dataclass(frozen=True)
class Filter:
    field: str
    operator: str
    value: str = ""

    def __str__(self) -> str:
        return f"{self.field}:{self.operator}{self.value}"


def value_pattern(field_type: str, operator: str) -> str | None:
    """Regex for the value after `operator` on a field of `field_type`; None if it takes no value."""
    if operator in NO_VALUE_OPERATORS:
        return None
    if field_type == "Integer" and operator == "=":
        return INTEGER_LIST_PATTERN
    return VALUE_PATTERNS[field_type]


def _escape(operator: str) -> str:
    # Escape only what regex syntax needs, so the pattern is also valid ECMA-262 (JS, Redocly).
    return "".join("\\" + c if c in "?*+.()[]{}|^$\\" else c for c in operator)


def _longest_first(operators: Sequence[str]) -> list[str]:
    # `~~` before `~`, `>=` before `>`: a regex alternation and a parser both need it.
    return sorted(operators, key=lambda op: (-len(op), operators.index(op)))


def _type_alternatives(field_type: str, operators: Sequence[str]) -> str:
    valued = [op for op in _longest_first(operators) if op not in NO_VALUE_OPERATORS]
    parts: list[str] = []
    if field_type == "Integer" and "=" in valued:
        parts.append("=" + INTEGER_LIST_PATTERN)
        valued.remove("=")
    if valued:
        parts.append("(?:" + "|".join(_escape(op) for op in valued) + ")" + VALUE_PATTERNS[field_type])
    parts += [_escape(op) for op in operators if op in NO_VALUE_OPERATORS]
    return "(?:" + "|".join(parts) + ")"


def item_pattern(fields: Mapping[str, str], operators: Mapping[str, Sequence[str]]) -> str:
    """The anchored regex a `q[]` item must match, for a table {field: type}."""
    by_type: dict[str, list[str]] = {}
    for field, field_type in fields.items():
        by_type.setdefault(field_type, []).append(field)
    branches = []
    for field_type, names in by_type.items():
        name_part = names[0] if len(names) == 1 else "(?:" + "|".join(names) + ")"
        branches.append(f"{name_part}:{_type_alternatives(field_type, operators[field_type])}")
    return "^(?:" + "|".join(branches) + ")$"


def parse(item: str, fields: Mapping[str, str], operators: Mapping[str, Sequence[str]]) -> Filter:
    """Split one `q[]` item into field, operator and value, checking all three."""
    field, sep, rest = item.partition(":")
    if not sep:
        raise FilterError("a filter has no ':' (expected FIELD:OPERATORVALUE)")
    if field not in fields:  # not named: what stands before the ':' may be anything the caller typed
        raise FilterError(f"a filter's field is not filterable here (filterable: {', '.join(fields)})")
    field_type = fields[field]
    allowed = operators[field_type]
    for operator in _longest_first(allowed):
        if operator in NO_VALUE_OPERATORS:
            if rest == operator:
                return Filter(field, operator)
            continue
        if rest.startswith(operator):
            value = rest[len(operator) :]
            pattern = value_pattern(field_type, operator)
            if pattern is not None and re.fullmatch(pattern, value):
                return Filter(field, operator, value)
    raise FilterError(
        f"the filter on {field}: {field} is a {field_type}; operators {' '.join(allowed)}"
        f" with values like {_VALUE_HINTS[field_type]}"
    )


_VALUE_HINTS = {
    "DateTime": "2014-08-30T18:00:00Z (UTC)",
    "Date": "2001-05-26 or ****-05-**",
    "Integer": "123 (or 1,2,3 after =)",
    "String": "any text up to 255 characters",
    "Boolean": "true or false",
}
