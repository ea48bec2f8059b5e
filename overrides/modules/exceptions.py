"""Exceptions for Cliniko's error answers, one class per kind of failure.

The generated ``api.*.sync()`` functions return the parsed error body for
documented statuses (an ``Error``, a ``ValidationError`` or the text of a 401)
and never raise. To get exceptions instead, either

- call ``raise_for_status(response)`` on what a generated ``*_detailed()``
  function returns (or on an ``httpx.Response``), or
- build the client with ``ClinikoClient(..., raise_on_error=True)``: every
  non-2xx answer then raises before the generated code parses it,

and the helpers of this package (``iter_patients``, ``create_patient_with_location``)
always raise. Messages name the method, the path (never the query string, which
may hold a patient's name in a filter) and the status; a 422 names the fields
that broke a rule. Nothing in them comes from the API key or a patient's values.
"""

from __future__ import annotations

import datetime
import json
import math
import time
from collections.abc import Mapping
from typing import Any

import httpx

from .types import Response


class ClinikoError(Exception):
    """Cliniko answered with a status that is not 2xx (or with something unusable).

    ``status_code``, ``method`` and ``path`` say which request failed;
    ``response`` is the httpx response (its headers, e.g. rate-limit ones).
    """

    def __init__(self, message: str, response: httpx.Response) -> None:
        super().__init__(message)
        self.response = response
        self.status_code = response.status_code
        self.method = response.request.method
        self.path = response.request.url.path  # never the query: filters may name a patient


class ValidationFailed(ClinikoError):
    """422: the body broke a rule. ``errors`` maps each property to what is wrong with it."""

    def __init__(self, message: str, response: httpx.Response, *, errors: dict[str, str | None]) -> None:
        super().__init__(message, response)
        self.errors = errors


class Unauthorized(ClinikoError):
    """401: the API key is missing, wrong, or belongs to another shard."""


class Forbidden(ClinikoError):
    """403: the key's user has a role that may not do this."""


class NotFound(ClinikoError):
    """404: no such patient (or it is archived and `q[]=archived_at:*` was not sent)."""


class RateLimited(ClinikoError):
    """429: too many requests. ``reset_at`` (UTC) is when the window resets, if the server said."""

    def __init__(self, message: str, response: httpx.Response, *, reset_at: datetime.datetime | None) -> None:
        super().__init__(message, response)
        self.reset_at = reset_at


class ServerError(ClinikoError):
    """5xx: a fault on Cliniko's side; reads are safe to retry later."""


_CLASSES: dict[int, type[ClinikoError]] = {401: Unauthorized, 403: Forbidden, 404: NotFound}


def rate_limit_reset(headers: Mapping[str, str], now: float | None = None) -> float | None:
    """UNIX time at which a 429's window resets: `X-RateLimit-Reset`, else `Retry-After` seconds."""
    reset = headers.get("X-RateLimit-Reset")
    if reset is not None:
        try:
            value = float(reset)
        except ValueError:
            value = math.nan
        if math.isfinite(value):
            return value
    retry_after = headers.get("Retry-After")
    if retry_after is not None:
        try:
            seconds = float(retry_after)
        except ValueError:
            return None  # an HTTP date; Cliniko does not send one
        if math.isfinite(seconds):
            return (time.time() if now is None else now) + max(seconds, 0.0)
    return None


def error_for(response: httpx.Response) -> ClinikoError | None:
    """The exception for a non-2xx response (None for 2xx). Reads the body if needed."""
    status = response.status_code
    if 200 <= status < 300:
        return None
    method, path = response.request.method, response.request.url.path
    prefix = f"{method} {path} answered {status}"
    if status == 422:
        errors = _validation_errors(response)
        fields = ", ".join(errors) or "no field named"
        return ValidationFailed(f"{prefix} Validation Failed: {fields}", response, errors=errors)
    if status == 429:
        reset = rate_limit_reset(response.headers)
        reset_at = None if reset is None else datetime.datetime.fromtimestamp(reset, datetime.UTC)
        when = "" if reset_at is None else f"; the window resets at {reset_at:%Y-%m-%dT%H:%M:%SZ}"
        return RateLimited(f"{prefix} Too Many Requests{when}", response, reset_at=reset_at)
    if status >= 500:
        return ServerError(f"{prefix} (a fault on Cliniko's side)", response)
    cls = _CLASSES.get(status, ClinikoError)
    return cls(f"{prefix} {response.reason_phrase}".rstrip(), response)


def raise_for_status(response: Response[Any] | httpx.Response) -> None:
    """Raise the matching ``ClinikoError`` subclass if the response is not 2xx.

    ``response`` is what a generated ``*_detailed()`` function returns, or an
    ``httpx.Response``. The exception's ``response`` is always the httpx one.
    """
    if isinstance(response, Response):
        if response.http_response is None:
            raise TypeError("this Response was not built by a generated *_detailed() function; it has no request")
        response = response.http_response
    error = error_for(response)
    if error is not None:
        raise error


def _validation_errors(response: httpx.Response) -> dict[str, str | None]:
    response.read()
    try:
        body = json.loads(response.content)
    except ValueError:
        return {}
    errors = body.get("errors") if isinstance(body, dict) else None
    if not isinstance(errors, dict):
        return {}
    return {str(k): (v if isinstance(v, str) or v is None else str(v)) for k, v in errors.items()}
