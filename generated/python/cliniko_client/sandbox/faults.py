"""Rate limiting and fault injection: the ways the live API says "not now".

Rate limit (facts page): N requests per window per user; over it, 429 with
`X-RateLimit-Reset` (UNIX seconds when the window resets) and, like the live
API, no `Retry-After`: a client that waits for `Retry-After` alone must fail
here as it would there.

Fault injection: a share of requests, picked by a seedable RNG, is answered
with 503, or a 429, or the connection is dropped. A drop starts a response,
sends part of its body and returns: uvicorn then closes the connection (it logs
one line, "ASGI callable returned without completing response"), and the
client sees a broken connection (httpx: RemoteProtocolError). In-process ASGI
transports just see a truncated body.
"""

from __future__ import annotations

import math
import random
import time
from collections.abc import Callable
from typing import Any

from starlette.responses import JSONResponse
from starlette.types import ASGIApp, Receive, Scope, Send

from .errors import ApiError

FAULT_KINDS = ("503", "429", "drop")


def rate_limited(reset_at: float) -> ApiError:
    reset = math.ceil(reset_at)
    return ApiError(429, "Too many requests", headers={"X-RateLimit-Reset": str(reset)})


class RateLimiter:
    """Fixed windows of `seconds`, `limit` requests per user in each."""

    def __init__(self, limit: int, seconds: float, clock: Callable[[], float] = time.time) -> None:
        if limit < 1 or seconds <= 0:
            raise ValueError("a rate limit needs at least 1 request per a positive number of seconds")
        self.limit = limit
        self.seconds = seconds
        self.clock = clock
        self._windows: dict[str, tuple[float, int]] = {}

    def check(self, user: str) -> None:
        """Count one request of `user`; raise the 429 if it is over the limit."""
        now = self.clock()
        start = now - now % self.seconds
        window_start, count = self._windows.get(user, (start, 0))
        if window_start != start:
            count = 0
        self._windows[user] = (start, count + 1)
        if count + 1 > self.limit:
            raise rate_limited(start + self.seconds)


class FaultInjection:
    """ASGI middleware answering a share `rate` of requests with a fault instead of the app."""

    def __init__(
        self, app: ASGIApp, rate: float, seed: int | None = None, clock: Callable[[], float] = time.time
    ) -> None:
        if not 0.0 <= rate <= 1.0:
            raise ValueError("the fault rate is a share of requests, from 0 to 1")
        self.app = app
        self.rate = rate
        self.random = random.Random(seed)
        self.clock = clock

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or self.rate == 0 or self.random.random() >= self.rate:
            await self.app(scope, receive, send)
            return
        kind = self.random.choice(FAULT_KINDS)
        if kind == "drop":
            await _drop(send)
            return
        if kind == "429":
            now = self.clock()
            response: Any = rate_limited(now + 1).response()
        else:
            response = JSONResponse({"message": "Service unavailable"}, status_code=503, headers={"Retry-After": "1"})
        await response(scope, receive, send)


async def _drop(send: Send) -> None:
    # Promise a body, send a part of it, and stop: the server closes the connection.
    await send(
        {
            "type": "http.response.start",
            "status": 200,
            "headers": [(b"content-type", b"application/json"), (b"content-length", b"4096")],
        }
    )
    await send({"type": "http.response.body", "body": b'{"patients": [', "more_body": True})
