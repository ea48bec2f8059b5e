"""Retries below httpx: a transport that wraps another one.

What is retried, and why:
- 429 (rate limited), any method, after waiting until `X-RateLimit-Reset`
  (or `Retry-After`). Safe even for POST: the server refused the request
  before doing anything with it.
- A connection that could not be made (refused, unreachable, connect or pool
  timeout), any method: the request never left this machine.
- 5xx and every other connection error (reset, closed, timed out while
  sending or reading), only for idempotent methods: GET, HEAD, OPTIONS, PUT,
  PATCH, DELETE. Cliniko's PUT and PATCH are partial updates that give the
  same result when repeated. For these methods the transport reads the whole
  response body before handing the response on, so a connection dropped in
  the middle of a body, or a body shorter than its `Content-Length`, is
  retried like a refused connection (a streamed response is buffered).
- POST (create, archive, unarchive) is NEVER retried once it may have reached
  the server (a 5xx, a reset, a timeout, a cut-off answer): there are no
  idempotency keys, and a create that reached the server before the fault
  would make a second patient.

Backoff is capped exponential with full jitter. Each request gets at most
``max_attempts`` tries and sleeps at most ``max_total_wait`` seconds in all;
when the next wait would exceed that, the last response (or error) is
returned as is, so the caller sees the 429, the 5xx or the transport error.
"""

from __future__ import annotations

import asyncio
import random
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass

import httpx

from .exceptions import rate_limit_reset

IDEMPOTENT_METHODS = frozenset({"GET", "HEAD", "OPTIONS", "PUT", "PATCH", "DELETE"})

# No connection was made: the request was never sent, whatever its method.
NOT_SENT_ERRORS: tuple[type[httpx.TransportError], ...] = (
    httpx.ConnectError,
    httpx.ConnectTimeout,
    httpx.PoolTimeout,
)
# Transport failures where repeating an idempotent request is the right answer.
RETRYABLE_ERRORS: tuple[type[httpx.TransportError], ...] = (
    httpx.ConnectError,
    httpx.ReadError,
    httpx.WriteError,
    httpx.RemoteProtocolError,
    httpx.TimeoutException,
)
NO_BODY_STATUSES = frozenset({204, 304})


def full_jitter(ceiling: float) -> float:
    """A wait anywhere in [0, ceiling]: clients that failed together do not retry together."""
    return random.uniform(0.0, ceiling)


@dataclass(frozen=True)
class RetryPolicy:
    """How to retry; every knob has a default. ``sleep``, ``async_sleep`` and
    ``clock`` (UNIX seconds, like `X-RateLimit-Reset`) are there for tests."""

    max_attempts: int = 5
    """Tries per request, the first included (1 disables retries)."""
    max_total_wait: float = 90.0
    """Seconds of waiting per request, all retries together. Cliniko's window is a minute."""
    backoff_base: float = 0.5
    """First backoff ceiling in seconds; doubles on each retry (full jitter below it)."""
    backoff_cap: float = 30.0
    """Largest backoff ceiling in seconds."""
    rate_limit_fallback: float = 1.0
    """Wait after a 429 whose reset time is missing or already past (clock skew)."""
    sleep: Callable[[float], None] = time.sleep
    async_sleep: Callable[[float], Awaitable[None]] = asyncio.sleep
    clock: Callable[[], float] = time.time
    jitter: Callable[[float], float] = full_jitter

    def __post_init__(self) -> None:
        if self.max_attempts < 1:
            raise ValueError("RetryPolicy.max_attempts must be at least 1")
        if self.max_total_wait < 0 or self.backoff_base < 0 or self.backoff_cap < 0:
            raise ValueError("RetryPolicy waits must not be negative")

    def backoff(self, retry: int) -> float:
        """Wait before retry number ``retry`` (1-based) after a 5xx or connection error."""
        return self.jitter(min(self.backoff_cap, self.backoff_base * 2 ** (retry - 1)))

    def wait_for_rate_limit(self, response: httpx.Response) -> float:
        reset = rate_limit_reset(response.headers, now=self.clock())
        wait = None if reset is None else reset - self.clock()
        return wait if wait is not None and wait > 0 else self.rate_limit_fallback


class _Attempts:
    """The decision logic shared by the sync and async transports."""

    def __init__(self, policy: RetryPolicy, request: httpx.Request) -> None:
        self.policy = policy
        self.request = request
        self.idempotent = request.method.upper() in IDEMPOTENT_METHODS
        self.attempt = 1
        self.waited = 0.0

    def _allowed(self, wait: float) -> float | None:
        if self.attempt >= self.policy.max_attempts or self.waited + wait > self.policy.max_total_wait:
            return None
        self.attempt += 1
        self.waited += wait
        return wait

    def after_response(self, response: httpx.Response) -> float | None:
        """Seconds to wait before retrying, or None to return this response."""
        if response.status_code == 429:
            return self._allowed(self.policy.wait_for_rate_limit(response))
        if response.status_code >= 500 and self.idempotent:
            return self._allowed(self.policy.backoff(self.attempt))
        return None

    def after_error(self, error: httpx.TransportError) -> float | None:
        """Seconds to wait before retrying, or None to re-raise the error."""
        if isinstance(error, NOT_SENT_ERRORS) or (isinstance(error, RETRYABLE_ERRORS) and self.idempotent):
            return self._allowed(self.policy.backoff(self.attempt))
        return None

    def whole(self, response: httpx.Response, body: bytes) -> httpx.Response:
        """The response again, its body held in memory; a body cut short raises RemoteProtocolError."""
        declared = response.headers.get("content-length", "")
        expected = int(declared) if declared.isdigit() else None
        if self.request.method.upper() == "HEAD" or response.status_code in NO_BODY_STATUSES:
            expected = None
        if expected is not None and len(body) < expected:
            raise httpx.RemoteProtocolError(
                f"the response body was cut short: {len(body)} of {expected} bytes", request=self.request
            )
        return httpx.Response(
            response.status_code,
            headers=response.headers,
            stream=httpx.ByteStream(body),
            extensions=response.extensions,
            request=self.request,
        )


class RetryTransport(httpx.BaseTransport):
    """Wraps a sync transport (default ``httpx.HTTPTransport()``) with ``policy``."""

    def __init__(self, inner: httpx.BaseTransport | None = None, policy: RetryPolicy | None = None) -> None:
        self.inner = inner if inner is not None else httpx.HTTPTransport()
        self.policy = policy if policy is not None else RetryPolicy()

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        attempts = _Attempts(self.policy, request)
        while True:
            try:
                response = self.inner.handle_request(request)
                wait = attempts.after_response(response)
                if wait is None:
                    return self._read(attempts, response) if attempts.idempotent else response
                response.close()  # free the connection before waiting
            except httpx.TransportError as error:
                wait = attempts.after_error(error)
                if wait is None:
                    raise
            self.policy.sleep(wait)

    @staticmethod
    def _read(attempts: _Attempts, response: httpx.Response) -> httpx.Response:
        stream = response.stream
        if not isinstance(stream, httpx.SyncByteStream):
            raise TypeError("the wrapped transport is async; use AsyncRetryTransport")
        try:
            body = b"".join(stream)
        finally:
            response.close()
        return attempts.whole(response, body)

    def close(self) -> None:
        self.inner.close()


class AsyncRetryTransport(httpx.AsyncBaseTransport):
    """Wraps an async transport (default ``httpx.AsyncHTTPTransport()``) with ``policy``."""

    def __init__(self, inner: httpx.AsyncBaseTransport | None = None, policy: RetryPolicy | None = None) -> None:
        self.inner = inner if inner is not None else httpx.AsyncHTTPTransport()
        self.policy = policy if policy is not None else RetryPolicy()

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        attempts = _Attempts(self.policy, request)
        while True:
            try:
                response = await self.inner.handle_async_request(request)
                wait = attempts.after_response(response)
                if wait is None:
                    return await self._read(attempts, response) if attempts.idempotent else response
                await response.aclose()
            except httpx.TransportError as error:
                wait = attempts.after_error(error)
                if wait is None:
                    raise
            await self.policy.async_sleep(wait)

    @staticmethod
    async def _read(attempts: _Attempts, response: httpx.Response) -> httpx.Response:
        stream = response.stream
        if not isinstance(stream, httpx.AsyncByteStream):
            raise TypeError("the wrapped transport is sync; use RetryTransport")
        try:
            body = b"".join([chunk async for chunk in stream])
        finally:
            await response.aclose()
        return attempts.whole(response, body)

    async def aclose(self) -> None:
        await self.inner.aclose()
