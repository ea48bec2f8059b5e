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
may hold a patient's name in a filter), the status and the server's own `message`
(`This column is not searchable.`; one line, at most 200 characters); a 422 names
the fields that broke a rule. Nothing in them comes from the API key or from a
patient's values (Cliniko's messages, and the sandbox's, never quote them). A 401
from a key without a shard suffix says that the key went to au1 and how to name
another shard.
"""

from __future__ import annotations

import datetime
import json
import math
import re
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

MESSAGE_LIMIT = 200  # Cliniko's messages are a few words; a longer one is cut here
# ClinikoClient marks the requests of a key without a shard suffix (sent to the default shard).
NO_SHARD_SUFFIX = "cliniko_no_shard_suffix"
_WHITESPACE = re.compile(r"\s+")


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
    said = _server_message(response)
    if status >= 500:
        return ServerError(f"{prefix} (a fault on Cliniko's side){said}", response)
    cls = _CLASSES.get(status, ClinikoError)
    message = f"{prefix} {response.reason_phrase}".rstrip() + said
    shard = response.request.extensions.get(NO_SHARD_SUFFIX)
    if status == 401 and shard:
        message += (
            f"; the API key has no shard suffix, so it went to {shard} (older keys have none): for an account on"
            " another shard, end the key with it (-uk1, -au2, ...) or pass base_url=https://api.SHARD.cliniko.com/v1"
        )
    return cls(message, response)


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


def _server_message(response: httpx.Response) -> str:
    """`: MESSAGE` from the body's `message` (or a short plain-text body), unless it only repeats the reason."""
    try:
        response.read()
    except (httpx.StreamError, RuntimeError):  # an async stream not read: no message rather than a new error
        return ""
    text: object = None
    if "json" in response.headers.get("content-type", ""):
        try:
            body = json.loads(response.content)
        except ValueError:
            return ""
        text = body.get("message") if isinstance(body, dict) else None
    elif response.headers.get("content-type", "").startswith("text/plain"):
        text = response.content.decode("utf-8", "replace")  # Cliniko's 401: "HTTP Basic: Access denied."
    if not isinstance(text, str):
        return ""
    text = _WHITESPACE.sub(" ", "".join(c if c.isprintable() else " " for c in text)).strip()
    if not text or text.rstrip(".").casefold() == response.reason_phrase.casefold():
        return ""
    return ": " + (text if len(text) <= MESSAGE_LIMIT else text[: MESSAGE_LIMIT - 1] + "…")


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
