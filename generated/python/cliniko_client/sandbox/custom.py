"""Endpoints no generic handler serves, by operationId: the ones whose path has none of
collections.SHAPES (`GET /individual_appointments/{id}/conflicts`, available times).

A module that answers one registers a factory here with `@handles("operationId")`;
the factory gets the Sandbox, the collection whose path it lies under and the
endpoint, and returns the handler. The sandbox refuses to start, in one line, if
the spec has an operation of an unknown shape with no handler registered.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .app import Handler, Sandbox
    from .collections import Collection, Endpoint

    CustomHandler = Callable[[Sandbox, Collection, Endpoint], Handler]

CUSTOM_HANDLERS: dict[str, Any] = {}  # operationId -> CustomHandler


def handles(operation_id: str) -> Callable[[Any], Any]:
    """Register the decorated factory as the handler of `operation_id`."""

    def register(factory: Any) -> Any:
        CUSTOM_HANDLERS[operation_id] = factory
        return factory

    return register
