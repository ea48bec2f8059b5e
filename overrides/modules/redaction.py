"""A ``repr`` for models that keeps personal data out of logs and tracebacks.

Every generated model's ``__repr__`` calls ``redacted_repr``. Properties the
spec marks ``x-pii: true`` (table in ``pii_fields``, generated from the spec)
show as ``<redacted>``; unknown properties the server added show their names
only, since nothing says whether they are personal. ``to_dict()`` and the
attributes themselves still give everything.

Also here: a log filter that keeps `q[]` filter values (personal data) out of
httpx's request log lines.
"""

from __future__ import annotations

import logging

import attrs
import httpx

from .pii_fields import PII_FIELDS
from .types import Unset

REDACTED = "<redacted>"


def redacted_repr(model: object) -> str:
    """``Patient(id='1', first_name=<redacted>, ...)``: values of non-personal properties only."""
    cls = type(model)
    if not attrs.has(cls):
        return object.__repr__(model)
    personal = PII_FIELDS.get(cls.__name__, frozenset())
    parts = []
    for attribute in attrs.fields(cls):
        name = attribute.name
        value = getattr(model, name)
        if name == "additional_properties":
            if value:
                parts.append(f"additional_properties=<{len(value)} unknown: {', '.join(sorted(value))}>")
        elif isinstance(value, Unset):
            continue  # not sent / not received: nothing to show
        elif name in personal:
            parts.append(f"{name}={REDACTED}")
        else:
            parts.append(f"{name}={value!r}")
    return f"{cls.__name__}({', '.join(parts)})"


class QueryStringLogFilter(logging.Filter):
    """httpx logs every request's full URL at INFO, and `q[]` filters carry names,
    emails and birth dates. This filter replaces the query string in httpx's log
    records with a marker; the path (which holds only ids) stays."""

    def filter(self, record: logging.LogRecord) -> bool:
        if isinstance(record.args, tuple):
            record.args = tuple(_without_query(arg) for arg in record.args)
        return True


def _without_query(arg: object) -> object:
    if isinstance(arg, httpx.URL) and arg.query:
        return f"{arg.copy_with(query=None)}?<query redacted>"
    return arg


def install_log_filter() -> None:
    """Attach ``QueryStringLogFilter`` to httpx's logger (once; called by ``ClinikoClient``)."""
    logger = logging.getLogger("httpx")
    if not any(isinstance(f, QueryStringLogFilter) for f in logger.filters):
        logger.addFilter(QueryStringLogFilter())
