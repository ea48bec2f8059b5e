"""A sandbox for tests: one server per test session, a fresh state per test.

`SandboxServer` runs uvicorn on 127.0.0.1 (a free port) in a background thread and
serves whichever app it currently holds; `reset()` swaps in a brand-new app (new
in-memory database, the starter patients), which costs milliseconds where starting
a server costs a second. `SandboxHandle` is what the `cliniko_sandbox` fixture
gives a test: the base URL, the keys, clients wired to it, and ways to seed it.
"""

from __future__ import annotations

import base64
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

import httpx
import uvicorn
from starlette.types import ASGIApp, Receive, Scope, Send

from ..cliniko import ClinikoClient
from .accounts import Account, default_accounts, settings_from
from .app import Sandbox, create_app
from .patients import render
from .validation import MAX_REQUEST_HEAD

DEFAULT_USER_AGENT = "cliniko-sandbox tests (tests@example.com)"


@dataclass(frozen=True)
class SandboxOptions:
    """How a fresh sandbox starts: `@pytest.mark.cliniko_sandbox(**these)` per test.

    Checked when made: a wrong option is one clear ValueError, not a broken sandbox.
    """

    seed_patients: int = 0  # synthetic patients in the first account, besides the starter ones
    rate_limit: tuple[int, float] | str | None = None  # per user: (200, 60) or "200/60"; None: no limit
    faults: float = 0.0  # share of requests answered 503/429 or dropped mid-response
    seed: int | None = 1  # ids, synthetic data and faults repeat from run to run; None: random
    settings: dict[str, Any] | None = field(default=None)  # account settings, or a bare custom fields definition

    def __post_init__(self) -> None:
        if isinstance(self.seed_patients, bool) or not isinstance(self.seed_patients, int) or self.seed_patients < 0:
            raise ValueError(f"seed_patients={self.seed_patients!r}: expected a whole number, 0 or more")
        if isinstance(self.rate_limit, str):
            from argparse import ArgumentTypeError

            from .server import rate_limit  # the --rate-limit option's own parser

            try:
                object.__setattr__(self, "rate_limit", rate_limit(self.rate_limit))
            except ArgumentTypeError as exc:
                raise ValueError(f"rate_limit={self.rate_limit!r}: expected REQUESTS/SECONDS, e.g. 200/60") from exc
        elif self.rate_limit is not None:
            limit = self.rate_limit
            if not (isinstance(limit, tuple | list) and len(limit) == 2 and isinstance(limit[0], int)
                    and isinstance(limit[1], int | float) and limit[0] >= 1 and limit[1] > 0):
                raise ValueError(f"rate_limit={limit!r}: expected (requests, seconds), e.g. (200, 60)")
            object.__setattr__(self, "rate_limit", (limit[0], float(limit[1])))
        if isinstance(self.faults, bool) or not isinstance(self.faults, int | float) or not 0 <= self.faults <= 1:
            raise ValueError(f"faults={self.faults!r}: expected a share of requests from 0 to 1, e.g. 0.05")
        if self.seed is not None and (isinstance(self.seed, bool) or not isinstance(self.seed, int)):
            raise ValueError(f"seed={self.seed!r}: expected a whole number or None")
        if self.settings is not None:
            try:
                object.__setattr__(self, "settings", settings_from(self.settings))
            except ValueError as exc:
                raise ValueError(f"settings: {exc}") from None


class _Swappable:
    """An ASGI app that forwards to whichever app it holds now."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        await self.app(scope, receive, send)


class SandboxServer:
    """uvicorn on 127.0.0.1 in a daemon thread, serving a swappable sandbox app."""

    def __init__(self, options: SandboxOptions | None = None, start_timeout: float = 30.0) -> None:
        self._front = _Swappable(self._new_app(options or SandboxOptions()))
        config = uvicorn.Config(self._front, host="127.0.0.1", port=0, log_level="warning",
                                access_log=False, lifespan="off", h11_max_incomplete_event_size=MAX_REQUEST_HEAD)
        self._server = uvicorn.Server(config)
        self._thread = threading.Thread(target=self._server.run, name="cliniko-sandbox", daemon=True)
        self._thread.start()
        deadline = time.monotonic() + start_timeout
        while not self._server.started:
            if not self._thread.is_alive() or time.monotonic() > deadline:
                raise RuntimeError("the Cliniko sandbox server did not start on 127.0.0.1")
            time.sleep(0.005)
        port = self._server.servers[0].sockets[0].getsockname()[1]
        self.base_url = f"http://127.0.0.1:{port}/v1"

    @staticmethod
    def _new_app(options: SandboxOptions) -> Any:
        accounts = default_accounts(options.settings)  # None: the default settings
        limit = options.rate_limit if isinstance(options.rate_limit, tuple) else None  # a str became a tuple
        return create_app(":memory:", rate_limit=limit, faults=options.faults, accounts=accounts,
                          seed_patients=options.seed_patients, seed=options.seed)

    @property
    def app(self) -> Any:
        """The Starlette app being served now."""
        return self._front.app

    def reset(self, options: SandboxOptions | None = None) -> None:
        """Forget everything: a new app with a new database, as at start."""
        old: Any = self._front.app
        self._front.app = self._new_app(options or SandboxOptions())
        old.state.sandbox.close()

    def stop(self) -> None:
        self._server.should_exit = True
        self._thread.join(timeout=10)
        self.app.state.sandbox.close()


class SandboxHandle:
    """One test's sandbox: where it is, its keys, clients, and seeding."""

    def __init__(self, server: SandboxServer) -> None:
        self._server = server
        self.base_url: str = server.base_url
        accounts = self._accounts
        self.api_key: str = accounts[0].api_key(0)  # the first account, a role that may do everything
        self.reception_api_key: str = accounts[0].api_key(1)  # the same account; 403 on GET /settings
        self.other_api_key: str = accounts[1].api_key(0)  # a second, fully isolated account
        self.user_agent: str = DEFAULT_USER_AGENT

    def __repr__(self) -> str:
        return f"SandboxHandle(base_url={self.base_url!r})"

    @property
    def _sandbox(self) -> Sandbox:
        sandbox: Sandbox = self._server.app.state.sandbox
        return sandbox

    @property
    def _accounts(self) -> list[Account]:
        return self._sandbox.directory.accounts

    def _account(self, api_key: str | None) -> Account:
        token = base64.b64encode(f"{api_key or self.api_key}:".encode()).decode("ascii")
        found = self._sandbox.directory.authenticate(f"Basic {token}")
        if found is None:
            raise ValueError("api_key is not a key of this sandbox (use .api_key or .other_api_key)")
        return found[0]

    @property
    def app(self) -> Any:
        """The Starlette app behind this test's sandbox (for your own ASGI transport)."""
        return self._server.app

    # ---- clients ---------------------------------------------------------------

    def client(self, **kwargs: Any) -> ClinikoClient:
        """A `ClinikoClient` for this sandbox (sync and async calls alike), over HTTP.

        Keyword arguments go to `ClinikoClient`; `api_key` and `user_agent` default to
        the first account's key and a test User-Agent.
        """
        kwargs.setdefault("api_key", self.api_key)
        kwargs.setdefault("user_agent", self.user_agent)
        return ClinikoClient(base_url=self.base_url, **kwargs)

    def asgi_client(self, **kwargs: Any) -> ClinikoClient:
        """A `ClinikoClient` for async calls that reaches the app in-process (`httpx.ASGITransport`),
        without a socket. Sync calls need `client()`."""
        kwargs.setdefault("api_key", self.api_key)
        kwargs.setdefault("user_agent", self.user_agent)
        httpx_args = dict(kwargs.pop("httpx_args", None) or {})
        httpx_args["transport"] = httpx.ASGITransport(app=self._server.app)
        return ClinikoClient(base_url=self.base_url, httpx_args=httpx_args, **kwargs)

    # ---- seeding ---------------------------------------------------------------

    def add_patient(self, *, api_key: str | None = None, **fields: Any) -> dict[str, Any]:
        """Create a patient directly (no request, no rate limit), checked by the create rules
        of the spec; returns it as the API shows it. `first_name` and `last_name` are required.

        A broken body raises ValueError with Cliniko's 422 errors.
        """
        from .errors import ApiError

        try:
            patient = self._sandbox.add_patient(self._account(api_key), fields)
        except ApiError as exc:
            raise ValueError(f"not a valid patient: {exc.errors or exc.message}") from None
        return render(patient, self.base_url)

    def add_patients(self, count: int, **fields: Any) -> list[dict[str, Any]]:
        """`count` patients named "Patient N Example", with `fields` in common."""
        return [self.add_patient(**{"first_name": f"Patient {n}", "last_name": "Example", **fields})
                for n in range(1, count + 1)]

    def set_custom_fields_definition(self, definition: dict[str, Any] | None, *,
                                     api_key: str | None = None) -> None:
        """The account's `patient_custom_fields_definition` (`{"sections": [...]}`, or None), as
        `GET /settings` will show it and as patients' `custom_fields` are checked against.
        A definition the spec would not accept raises ValueError naming the problem."""
        account = self._account(api_key)
        try:
            checked = settings_from({**account.settings, "patient_custom_fields_definition": definition})
        except ValueError as exc:
            raise ValueError(f"not a custom fields definition: {exc}") from None
        account.settings["patient_custom_fields_definition"] = checked["patient_custom_fields_definition"]

    def set_max_appointments_per_day_segment(self, limit: int | None, *, api_key: str | None = None) -> None:
        """How many available times online bookings show in each morning, afternoon and evening
        (`online_bookings.max_appointments_per_day_segment`, as `GET /settings` will show it);
        None: unlimited, the default. A value the spec would not accept raises ValueError."""
        account = self._account(api_key)
        online = {**account.settings.get("online_bookings", {}), "max_appointments_per_day_segment": limit}
        try:
            checked = settings_from({**account.settings, "online_bookings": online})
        except ValueError as exc:
            raise ValueError(f"not a maximum per day segment: {exc}") from None
        account.settings["online_bookings"] = checked["online_bookings"]

    def records(self, resource: str, *, api_key: str | None = None) -> Iterator[dict[str, Any]]:
        """Every record of ``resource`` (``medical_alerts``) in the account as stored (archived,
        cancelled, inactive and deleted ones included), oldest first, each as its GET shows it."""
        account = self._account(api_key)
        storage = self._sandbox.collections[resource].storage
        rules = self._sandbox.rules[resource]
        for view in ("active+archived", "deleted"):
            _, found = storage.list(account.id, view, "1", [], "created_at, id", 10**9, 0)
            for record in found:
                yield rules.render(record, self.base_url)

    def patients(self, *, api_key: str | None = None) -> Iterator[dict[str, Any]]:
        """Every patient of the account as stored (archived and deleted included), oldest first."""
        account = self._account(api_key)
        for view in ("active+archived", "deleted"):
            _, found = self._sandbox.storage.list(account.id, view, "1", [], "created_at, id", 10**9, 0)
            for patient in found:
                yield render(patient, self.base_url)
