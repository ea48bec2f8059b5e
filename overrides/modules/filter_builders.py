"""Typed builders for ``q[]`` filters: the field types behind ``cliniko_client.filters``.

    from cliniko_client.filters import Patients
    iter_patients(client, q=[Patients.last_name.contains("son"),
                             Patients.updated_at.after(last_sync)])

``filters.py`` (rendered from the spec) has one class per filter table of an
operation (``Patients``, ``DeletedPatients``, ``PatientById``...), whose
attributes are the fields below. Each filter is a ``QueryFilter``, a ``str``
(``"last_name:~son"``), so it goes straight into the generated functions' ``q=[...]``. Which operators a field
takes comes from the spec (``filter_fields.FILTER_TABLES``, written from
``x-cliniko-filters``), and every filter is checked with ``filter_grammar.parse``,
the same grammar as the spec's ``q[]`` pattern. Datetimes must be timezone-aware
and are sent in UTC to the second (``2014-08-30T18:00:00Z``); dates as
``YYYY-MM-DD``, with ``*`` wildcards for the parts left out of ``on(...)``.
"""

from __future__ import annotations

import datetime
from collections.abc import Iterable
from typing import Any

from .filter_fields import FILTER_TABLES
from .filter_grammar import FilterError, parse

__all__ = ["BooleanField", "DateField", "DateTimeField", "FilterError", "IntegerField", "QueryFilter", "StringField"]


class QueryFilter(str):
    """One checked ``q[]`` item, ``FIELD:OPERATORVALUE``; ``field``, ``operator`` and ``value`` split it."""

    field: str
    operator: str
    value: str

    def __new__(cls, item: str, operation: str = "listPatients") -> QueryFilter:
        table = _table(operation)
        parsed = parse(item, table["fields"], table["operators"])
        self = super().__new__(cls, item)
        self.field, self.operator, self.value = parsed.field, parsed.operator, parsed.value
        return self


def _table(operation: str) -> dict[str, Any]:
    try:
        return FILTER_TABLES[operation]
    except KeyError:
        raise FilterError(f"operation {operation!r} takes no q[] filters (known: {', '.join(FILTER_TABLES)})") from None


class _Field:
    """A filterable field of one operation; subclasses add the methods of its type."""

    type_name = ""

    def __init__(self, name: str, operation: str = "listPatients") -> None:
        self.name = name
        self.operation = operation

    def __repr__(self) -> str:
        return f"<{self.type_name} filter field {self.name} of {self.operation}>"

    def _filter(self, operator: str, value: str = "") -> QueryFilter:
        table = _table(self.operation)
        declared = table["fields"].get(self.name)
        if declared != self.type_name:
            raise FilterError(
                f"{self.name} is not a {self.type_name} filter of {self.operation} in the spec"
                f" (the spec says {declared or 'not filterable'}); regenerate the client"
            )
        allowed = table["operators"][self.type_name]
        if operator not in allowed:
            raise FilterError(
                f"{self.operation} does not take operator {operator!r} on {self.name} ({self.type_name});"
                f" allowed: {' '.join(allowed)}"
            )
        return QueryFilter(f"{self.name}:{operator}{value}", self.operation)

    def is_not_null(self) -> QueryFilter:
        """``?``: has a value."""
        return self._filter("?")

    def is_null(self) -> QueryFilter:
        """``!?``: has no value."""
        return self._filter("!?")


class StringField(_Field):
    type_name = "String"

    def equals(self, value: str) -> QueryFilter:
        return self._filter("=", _text(value))

    def not_equals(self, value: str) -> QueryFilter:
        return self._filter("!=", _text(value))

    def contains(self, value: str) -> QueryFilter:
        """``~``: contains ``value``."""
        return self._filter("~", _text(value))

    def like(self, pattern: str) -> QueryFilter:
        """``~~``: matches ``pattern``, where ``%`` matches anything (``"%son"``)."""
        return self._filter("~~", _text(pattern))


class IntegerField(_Field):
    type_name = "Integer"

    def equals(self, value: int | str) -> QueryFilter:
        return self._filter("=", _integer(value))

    def in_(self, values: Iterable[int | str]) -> QueryFilter:
        """``=1,2,3``: any of ``values`` (at most 100)."""
        items = [_integer(v) for v in values]
        if not items:
            raise FilterError(f"{self.name}.in_() needs at least one value")
        return self._filter("=", ",".join(items))

    def not_equals(self, value: int | str) -> QueryFilter:
        return self._filter("!=", _integer(value))

    def greater_than(self, value: int | str) -> QueryFilter:
        return self._filter(">", _integer(value))

    def at_least(self, value: int | str) -> QueryFilter:
        return self._filter(">=", _integer(value))

    def less_than(self, value: int | str) -> QueryFilter:
        return self._filter("<", _integer(value))

    def at_most(self, value: int | str) -> QueryFilter:
        return self._filter("<=", _integer(value))


class BooleanField(_Field):
    type_name = "Boolean"

    def equals(self, value: bool) -> QueryFilter:
        return self._filter("=", _boolean(value))

    def not_equals(self, value: bool) -> QueryFilter:
        return self._filter("!=", _boolean(value))


class DateTimeField(_Field):
    type_name = "DateTime"

    def after(self, moment: datetime.datetime) -> QueryFilter:
        return self._filter(">", _utc(moment))

    def at_or_after(self, moment: datetime.datetime) -> QueryFilter:
        return self._filter(">=", _utc(moment))

    def before(self, moment: datetime.datetime) -> QueryFilter:
        return self._filter("<", _utc(moment))

    def at_or_before(self, moment: datetime.datetime) -> QueryFilter:
        return self._filter("<=", _utc(moment))

    def any(self) -> QueryFilter:
        """``*``: any value, null included (``archived_at:*`` includes archived patients)."""
        return self._filter("*")


class DateField(_Field):
    type_name = "Date"

    def on(
        self,
        date: datetime.date | None = None,
        *,
        year: int | None = None,
        month: int | None = None,
        day: int | None = None,
    ) -> QueryFilter:
        """``=``: on ``date``, or on every date matching the parts given (``on(month=5)`` is ``****-05-**``)."""
        parts = (year, month, day)
        if date is not None:
            if parts != (None, None, None):
                raise FilterError(f"{self.name}.on() takes a date or parts (year, month, day), not both")
            return self._filter("=", _date(date))
        if parts == (None, None, None):
            raise FilterError(f"{self.name}.on() needs a date or at least one of year, month, day")
        value = f"{_part(year, 1, 9999, 4, 'year')}-{_part(month, 1, 12, 2, 'month')}-{_part(day, 1, 31, 2, 'day')}"
        return self._filter("=", value)

    def after(self, day: datetime.date) -> QueryFilter:
        return self._filter(">", _date(day))

    def on_or_after(self, day: datetime.date) -> QueryFilter:
        return self._filter(">=", _date(day))

    def before(self, day: datetime.date) -> QueryFilter:
        return self._filter("<", _date(day))

    def on_or_before(self, day: datetime.date) -> QueryFilter:
        return self._filter("<=", _date(day))


def _text(value: str) -> str:
    if not isinstance(value, str):
        raise FilterError(f"expected text, got {type(value).__name__}")
    return value


def _integer(value: int | str) -> str:
    # bool is an int in Python, but True is not an id.
    if isinstance(value, bool) or not isinstance(value, int | str) or not str(value).isdigit():
        raise FilterError(f"expected a non-negative integer (int or digits), got {type(value).__name__}")
    return str(value)


def _boolean(value: bool) -> str:
    if not isinstance(value, bool):
        raise FilterError(f"expected True or False, got {type(value).__name__}")
    return "true" if value else "false"


def _utc(moment: datetime.datetime) -> str:
    if not isinstance(moment, datetime.datetime):
        raise FilterError(f"expected a datetime, got {type(moment).__name__}")
    if moment.tzinfo is None or moment.utcoffset() is None:
        raise FilterError(
            "naive datetime: Cliniko compares in UTC, so say which zone you mean,"
            " e.g. datetime.now(timezone.utc) or dt.replace(tzinfo=ZoneInfo('Australia/Melbourne'))"
        )
    return moment.astimezone(datetime.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def _date(day: datetime.date) -> str:
    # A datetime is a date too, but which day it falls on depends on a time zone.
    if isinstance(day, datetime.datetime) or not isinstance(day, datetime.date):
        raise FilterError(f"expected a date (datetime.date), got {type(day).__name__}")
    return f"{day.year:04d}-{day.month:02d}-{day.day:02d}"


def _part(value: int | None, low: int, high: int, width: int, name: str) -> str:
    if value is None:
        return "*" * width
    if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
        raise FilterError(f"{name} must be an integer from {low} to {high}")
    return f"{value:0{width}d}"

