"""`q[]` filters and `sort`: from query parameters to SQL.

The grammar is the spec's: the field table (`x-cliniko-filters`), the operators
per type (`info.x-cliniko-filter-operators`) and the item `pattern` are read
from spec/openapi.yaml, and items are split with the same filter_grammar module
the client uses. A `q[]` that breaks the grammar is a 400.

Semantics (facts page): several filters are ANDed; String `~` contains
(case-insensitive), `~~` is a wildcard match where only `%` is special; Date
parts may be `*` wildcards; Integer `=` takes a comma list; `?` is "has a
value" and `!?` "has none" (a blank string counts as none); `archived_at:*`
adds archived patients to the list. A field outside the list's table is
Cliniko's 400 "This column is not searchable." (its words on /patients/deleted,
2018; the sandbox uses them on every list, the same filter code answering).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from typing import Any

from starlette.datastructures import QueryParams

from .. import filter_grammar
from ..spec_schemas import Spec
from .ecma import compile_ecma
from .errors import ApiError
from .storage import is_list_of_ids

INT64_MAX = 2**63 - 1  # SQLite's integer range; no stored id reaches it
NOT_SEARCHABLE = "This column is not searchable."


@dataclass(frozen=True)
class FilterTable:
    """What one `q[]` parameter of the spec accepts."""

    fields: dict[str, str]  # field -> type
    operators: dict[str, list[str]]  # type -> operators
    pattern: re.Pattern[str]
    max_items: int | None

    @classmethod
    def for_operation(cls, spec: Spec, operation_uri: str) -> FilterTable | None:
        """The table of the operation's `q[]` parameter, or None if it takes no filters."""
        operation, _ = spec.locate(operation_uri)
        for index, _ in enumerate(operation.get("parameters", [])):
            parameter, _ = spec.locate(f"{operation_uri}/parameters/{index}")
            if parameter.get("name") == "q[]":
                return cls.from_parameter(spec.document, parameter)
        return None

    @classmethod
    def from_parameter(cls, document: dict[str, Any], node: dict[str, Any]) -> FilterTable:
        operators = {**document["info"]["x-cliniko-filter-operators"], **node.get("x-cliniko-filter-operators", {})}
        return cls(
            fields=node["x-cliniko-filters"],
            operators=operators,
            pattern=compile_ecma(node["schema"]["items"]["pattern"]),
            max_items=node["schema"].get("maxItems"),
        )


def filter_items(query: QueryParams) -> list[str]:
    """The request's filters: every `q[]`, or else the last bare `q`.

    Cliniko applied `q=FIELD:OPVALUE` (no brackets) as one filter, the last one
    winning (2019), as Rails reads a repeated plain parameter. Both at once has no
    recorded answer; the sandbox refuses it rather than drop filters silently.
    """
    items, bare = query.getlist("q[]"), query.getlist("q")
    if items and bare:
        raise ApiError(400, "send every filter as q[]=FIELD:OPERATORVALUE: q and q[] together would drop filters")
    return items or bare[-1:]


@dataclass(frozen=True)
class Where:
    """A SQL condition with its parameters, plus whether archived patients join the list."""

    sql: str
    params: list[Any]
    includes_archived: bool


def parse_filters(items: list[str], table: FilterTable) -> Where:
    """Turn the `q[]` items of a request into one ANDed SQL condition."""
    if table.max_items is not None and len(items) > table.max_items:
        raise ApiError(400, f"at most {table.max_items} q[] filters are accepted")
    clauses: list[str] = []
    params: list[Any] = []
    includes_archived = False
    for item in items:
        field, colon, _ = item.partition(":")
        if colon and field not in table.fields:
            # Cliniko's own words for a field outside the list's searchable columns (staff answer, 2018).
            raise ApiError(400, NOT_SEARCHABLE)
        # The spec's own pattern (ECMA-262, unanchored search), so the server accepts exactly what the spec does.
        # Messages name the field and the rule, never the value: it may be a patient's name.
        try:
            parsed = filter_grammar.parse(item, table.fields, table.operators)
        except filter_grammar.FilterError as exc:
            raise ApiError(400, str(exc)) from None
        if not table.pattern.search(item):
            raise ApiError(
                400,
                f"the filter on {parsed.field} breaks the q[] pattern of the spec"
                " (FIELD:OPERATORVALUE with a filterable field and operator)",
            )
        if parsed.operator == "*":
            # "Any value, includes archived" (facts page), on any DateTime field.
            includes_archived = True
            continue
        sql, values = _condition(parsed.field, table.fields[parsed.field], parsed.operator, parsed.value)
        clauses.append(sql)
        params += values
    return Where(" AND ".join(clauses) or "1", params, includes_archived)


def _condition(field: str, field_type: str, operator: str, value: str) -> tuple[str, list[Any]]:
    if is_list_of_ids(field):
        return _list_of_ids(field, operator, value)
    if operator == "?":
        blank = f" AND {field} != ''" if field_type == "String" else ""
        return f"({field} IS NOT NULL{blank})", []
    if operator == "!?":
        blank = f" OR {field} = ''" if field_type == "String" else ""
        return f"({field} IS NULL{blank})", []
    if field_type == "String":
        return _string(field, operator, value)
    if field_type == "Integer":
        return _integer(field, operator, value)
    if field_type == "Boolean":
        sql_op = "IS" if operator == "=" else "IS NOT"  # `!=true` includes "no answer" (null)
        return f"{field} {sql_op} ?", [1 if value == "true" else 0]
    if field_type == "Date":
        return _date(field, operator, value)
    return _date_time(field, operator, value)


def _string(field: str, operator: str, value: str) -> tuple[str, list[Any]]:
    value = unicodedata.normalize("NFC", value)  # stored text is NFC (validation.normalized)
    if operator == "=":
        return f"{field} = ?", [value]
    if operator == "!=":
        return f"{field} IS NOT ?", [value]
    if operator == "~":
        return f"instr(lower({field}), lower(?)) > 0", [value]
    # `~~`: `%` is the wildcard; `_` and the escape character match themselves.
    escaped = value.replace("\\", "\\\\").replace("_", "\\_")
    return f"{field} LIKE ? ESCAPE '\\'", [escaped]


def _integer(field: str, operator: str, value: str) -> tuple[str, list[Any]]:
    # Clamp to SQLite's range: no id equals INT64_MAX, so every comparison keeps its meaning.
    numbers = [min(int(number), INT64_MAX) for number in value.split(",")]
    if operator == "=":
        return f"{field} IN ({','.join('?' * len(numbers))})", numbers
    sql_op = {"!=": "IS NOT"}.get(operator, operator)
    return f"{field} {sql_op} ?", numbers


def contains(field: str) -> str:
    """SQL: a list-of-ids column holds the id given as the parameter."""
    return f"EXISTS (SELECT 1 FROM json_each({field}) WHERE CAST(value AS INTEGER) = ?)"


def _list_of_ids(field: str, operator: str, value: str) -> tuple[str, list[Any]]:
    """A list of ids (`appointment_type_ids:=ID`) matches when one of its ids does."""
    if operator == "?":
        return f"(json_array_length({field}) > 0)", []
    if operator == "!?":
        return f"({field} IS NULL OR json_array_length({field}) = 0)", []
    inner, numbers = _integer("CAST(value AS INTEGER)", operator, value)
    return f"EXISTS (SELECT 1 FROM json_each({field}) WHERE {inner})", numbers


def _date(field: str, operator: str, value: str) -> tuple[str, list[Any]]:
    """Compare only the parts of YYYY-MM-DD that are not `*` wildcards."""
    parts = [(start, text) for start, text in ((1, value[0:4]), (6, value[5:7]), (9, value[8:10])) if "*" not in text]
    if not parts:
        return f"{field} IS NOT NULL", []
    left = ", ".join(f"substr({field}, {start}, {len(text)})" for start, text in parts)
    right = ", ".join("?" * len(parts))
    return f"({field} IS NOT NULL AND ({left}) {operator} ({right}))", [text for _, text in parts]


def _date_time(field: str, operator: str, value: str) -> tuple[str, list[Any]]:
    """Stored timestamps are whole UTC seconds (`...:SSZ`), compared as text.

    A value with a fraction lies between two whole seconds: `> 10.5` is `> 10`,
    `< 10.5` is `<= 10`.
    """
    seconds, dot, fraction = value.rstrip("Z").partition(".")
    if dot and fraction.strip("0"):
        operator = {">=": ">", ">": ">", "<=": "<=", "<": "<="}[operator]
    return f"{field} {operator} ?", [seconds + "Z"]


SORT_DIRECTIONS = {"asc": "ASC", "desc": "DESC"}


def parse_sort(sort: str | None, order: str | None, sortable: dict[str, str], pattern: re.Pattern[str] | None) -> str:
    """`sort=field1,field2:desc` (and the deprecated `order=asc|desc`) to ORDER BY.

    `order` sets the direction of keys that name none (and of the default key).
    The id breaks ties, so pages never overlap.
    """
    if order is not None and order not in SORT_DIRECTIONS:
        raise ApiError(400, "order must be asc or desc")
    default = SORT_DIRECTIONS[order or "asc"]
    if sort is None or pattern is None:
        return f"created_at {default}, id {default}"
    if not pattern.search(sort):  # not quoted: a client may have put anything there
        raise ApiError(400, f"sort must be a comma list of {', '.join(sortable)}, each with an optional :asc or :desc")
    keys = []
    for key in sort.split(","):
        name, _, direction = key.partition(":")
        keys.append(f"{name} {SORT_DIRECTIONS[direction] if direction else default}")
    return ", ".join([*keys, f"id {default}"])


def where_of(query: QueryParams, table: FilterTable | None) -> Where:
    """A request's `q[]` filters under an endpoint's table; an endpoint without one searches nothing."""
    items = filter_items(query)
    if table is None:
        if items:
            raise ApiError(400, NOT_SEARCHABLE)
        return Where("1", [], False)
    return parse_filters(items, table)
