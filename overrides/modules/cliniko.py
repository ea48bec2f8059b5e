"""``ClinikoClient``: the generated ``Client`` set up the way Cliniko wants to be called.

- the shard (and so the base URL) comes from the API key's suffix;
- HTTP Basic auth with the key as user name, ``Accept: application/json`` and a
  ``User-Agent`` of the form ``NAME (EMAIL)``, checked when the client is built;
- HTTPS only (plain http only to this machine, for the sandbox);
- timeouts and retries (``retry.RetryPolicy``) on by default;
- the key never shows up in ``repr``/``str``, logs or exception messages.

Every generated ``api.*.sync(client=...)`` function accepts it.
"""

from __future__ import annotations

import ipaddress
import re
from collections.abc import Callable
from typing import Any

import httpx

from .api.patients import create_patient
from .client import Client
from .exceptions import NO_SHARD_SUFFIX, ClinikoError, raise_for_status
from .models.patient import Patient
from .models.patient_create import PatientCreate
from .redaction import install_log_filter
from .retry import AsyncRetryTransport, RetryPolicy, RetryTransport

SHARD_PATTERN = re.compile(r"^[a-z]{2}[0-9]{1,2}$")
DEFAULT_SHARD = "au1"  # keys without a shard suffix belong to au1
DEFAULT_TIMEOUT = httpx.Timeout(30.0, connect=10.0)

# "APP_VENDOR_NAME (APP_VENDOR_EMAIL)": a name, then an email address in parentheses.
USER_AGENT_PATTERN = re.compile(r"^[^\x00-\x1f()]*[^\s()] +\([^\s@()]+@[^\s@()]+\.[^\s@().]+\)$")


def shard_suffix(api_key: str) -> str | None:
    """The shard in the key's suffix after its LAST hyphen (the body may contain hyphens), if it has one."""
    _, hyphen, suffix = api_key.rpartition("-")
    return suffix if hyphen and SHARD_PATTERN.match(suffix) else None


def shard_from_key(api_key: str) -> str:
    """The key's shard: its suffix, or au1 for a key without one (older keys have none)."""
    return shard_suffix(api_key) or DEFAULT_SHARD


def _check_api_key(api_key: object) -> str:
    # The messages never repeat the value: it may be the key itself.
    if not isinstance(api_key, str) or not api_key:
        raise ValueError("api_key must be a non-empty string (your Cliniko API key)")
    if ":" in api_key or any(c.isspace() or not c.isprintable() for c in api_key):
        raise ValueError("api_key contains a colon, whitespace or control character; is it really a Cliniko API key?")
    return api_key


def _check_user_agent(user_agent: object) -> str:
    if not isinstance(user_agent, str) or not USER_AGENT_PATTERN.fullmatch(user_agent):
        # Not echoed: arguments swapped by mistake would put the API key here.
        raise ValueError(
            'user_agent must look like "APP_VENDOR_NAME (APP_VENDOR_EMAIL)", e.g. '
            '"Example Clinic Sync (dev@example.com)"; Cliniko may refuse requests without one'
        )
    return user_agent


def _is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def _check_base_url(base_url: str) -> str:
    url = httpx.URL(base_url)
    if url.userinfo:
        raise ValueError("base_url must not carry credentials; pass the key as api_key")
    if not url.host:
        raise ValueError("base_url must be an absolute URL such as https://api.au1.cliniko.com/v1")
    if url.scheme == "https" or (url.scheme == "http" and _is_loopback(url.host)):
        return base_url.rstrip("/")
    raise ValueError(
        f"base_url must use https (plain http is only allowed to this machine: 127.0.0.0/8, ::1, localhost),"
        f" got scheme {url.scheme!r} for host {url.host!r}"
    )


def _raise_on_error(response: httpx.Response) -> None:
    raise_for_status(response)


async def _araise_on_error(response: httpx.Response) -> None:
    if not 200 <= response.status_code < 300:
        await response.aread()  # error_for reads the body of a 422 synchronously
    raise_for_status(response)


class ClinikoClient(Client):
    """A client for one Cliniko account.

    ``ClinikoClient(api_key, user_agent)`` talks to ``https://api.{shard}.cliniko.com/v1``,
    the shard read from the key. ``base_url`` points it elsewhere (a sandbox).
    ``retry=None`` turns retries off. ``raise_on_error=True`` makes every non-2xx
    answer raise a ``ClinikoError`` subclass (see ``exceptions``) instead of the
    generated functions returning the parsed error body. ``httpx_args`` go to
    ``httpx.Client``/``httpx.AsyncClient``; a ``transport`` there (sync or async,
    e.g. ``httpx.MockTransport`` or ``httpx.ASGITransport``) is wrapped with the retries.
    """

    def __init__(
        self,
        api_key: str,
        user_agent: str,
        *,
        base_url: str | None = None,
        timeout: httpx.Timeout | float | None = DEFAULT_TIMEOUT,
        retry: RetryPolicy | None = RetryPolicy(),  # noqa: B008 (frozen, shared safely)
        raise_on_error: bool = False,
        httpx_args: dict[str, Any] | None = None,
    ) -> None:
        api_key = _check_api_key(api_key)
        user_agent = _check_user_agent(user_agent)
        install_log_filter()  # filter values are personal data; keep them out of httpx's logs
        httpx_args = dict(httpx_args or {})
        for reserved in ("auth", "base_url", "event_hooks"):
            if reserved in httpx_args:
                raise ValueError(f"httpx_args must not set {reserved!r}; ClinikoClient sets it")
        self._setup(
            auth=httpx.BasicAuth(api_key, ""),
            shard=shard_from_key(api_key),
            # A 401 then says the key went to au1 for want of a suffix (with base_url, the caller chose).
            shard_guessed=base_url is None and shard_suffix(api_key) is None,
            base_url=base_url,
            headers={"Accept": "application/json", "User-Agent": user_agent},
            cookies={},
            timeout=timeout if timeout is None or isinstance(timeout, httpx.Timeout) else httpx.Timeout(timeout),
            retry=retry,
            raise_on_error=raise_on_error,
            httpx_args=httpx_args,
        )

    def _setup(
        self,
        *,
        auth: httpx.BasicAuth,
        shard: str,
        shard_guessed: bool,
        base_url: str | None,
        headers: dict[str, str],
        cookies: dict[str, str],
        timeout: httpx.Timeout | None,
        retry: RetryPolicy | None,
        raise_on_error: bool,
        httpx_args: dict[str, Any],
    ) -> None:
        url = _check_base_url(base_url) if base_url is not None else f"https://api.{shard}.cliniko.com/v1"
        super().__init__(base_url=url, headers=headers, cookies=cookies, timeout=timeout, httpx_args=httpx_args)
        # The key lives only inside the auth object, whose repr does not show it.
        self._auth: httpx.BasicAuth = auth
        self._shard: str = shard
        self._shard_guessed: bool = shard_guessed
        self._retry: RetryPolicy | None = retry
        self._raise_on_error: bool = raise_on_error

    @property
    def shard(self) -> str:
        return self._shard

    @property
    def base_url(self) -> str:
        return self._base_url

    def __repr__(self) -> str:
        return f"ClinikoClient(shard={self._shard!r}, base_url={self._base_url!r})"

    __str__ = __repr__

    def _evolve(self, **changes: Any) -> ClinikoClient:
        # attrs.evolve (used by the generated with_* methods) cannot call our __init__.
        new = type(self).__new__(type(self))
        settings: dict[str, Any] = dict(
            auth=self._auth,
            shard=self._shard,
            shard_guessed=self._shard_guessed,
            base_url=self._base_url,
            headers=self._headers,
            cookies=self._cookies,
            timeout=self._timeout,
            retry=self._retry,
            raise_on_error=self._raise_on_error,
            httpx_args=self._httpx_args,
        )
        new._setup(**{**settings, **changes})
        return new

    def with_headers(self, headers: dict[str, str]) -> ClinikoClient:
        """A new client like this one with additional headers."""
        return self._evolve(headers={**self._headers, **headers})

    def with_cookies(self, cookies: dict[str, str]) -> ClinikoClient:
        """A new client like this one with additional cookies."""
        return self._evolve(cookies={**self._cookies, **cookies})

    def with_timeout(self, timeout: httpx.Timeout) -> ClinikoClient:
        """A new client like this one with another timeout."""
        return self._evolve(timeout=timeout)

    def _client_args(self) -> dict[str, Any]:
        args = {k: v for k, v in self._httpx_args.items() if k != "transport"}
        return dict(
            base_url=self._base_url,
            cookies=self._cookies,
            headers=self._headers,
            timeout=self._timeout,
            verify=self._verify_ssl,
            follow_redirects=False,  # a redirect must not carry the key to another host
            auth=self._auth,
            **args,
        )

    def _hooks(self, *, is_async: bool) -> dict[str, list[Callable[..., Any]]]:
        hooks: dict[str, list[Callable[..., Any]]] = {"request": [], "response": []}
        if self._shard_guessed:
            hooks["request"].append(self._amark_guessed_shard if is_async else self._mark_guessed_shard)
        if self._raise_on_error:
            hooks["response"].append(_araise_on_error if is_async else _raise_on_error)
        return hooks

    def _mark_guessed_shard(self, request: httpx.Request) -> None:
        request.extensions[NO_SHARD_SUFFIX] = self._shard  # read by exceptions.error_for on a 401

    async def _amark_guessed_shard(self, request: httpx.Request) -> None:
        self._mark_guessed_shard(request)

    def get_httpx_client(self) -> httpx.Client:
        """The underlying ``httpx.Client`` (built on first use) with auth, retries and hooks."""
        if self._client is None:
            given = self._httpx_args.get("transport")
            if given is not None and not isinstance(given, httpx.BaseTransport):
                raise TypeError("httpx_args['transport'] is async; use the async API (asyncio*) with it")
            inner = given if given is not None else httpx.HTTPTransport(verify=self._verify_ssl)
            transport = inner if self._retry is None else RetryTransport(inner, self._retry)
            hooks = self._hooks(is_async=False)
            self._client = httpx.Client(transport=transport, event_hooks=hooks, **self._client_args())
        return self._client

    def get_async_httpx_client(self) -> httpx.AsyncClient:
        """The underlying ``httpx.AsyncClient`` (built on first use) with auth, retries and hooks."""
        if self._async_client is None:
            given = self._httpx_args.get("transport")
            if given is not None and not isinstance(given, httpx.AsyncBaseTransport):
                raise TypeError("httpx_args['transport'] is sync; use the sync API with it")
            inner = given if given is not None else httpx.AsyncHTTPTransport(verify=self._verify_ssl)
            transport = inner if self._retry is None else AsyncRetryTransport(inner, self._retry)
            hooks = self._hooks(is_async=True)
            self._async_client = httpx.AsyncClient(transport=transport, event_hooks=hooks, **self._client_args())
        return self._async_client

    def close(self) -> None:
        """Close the underlying httpx client(s) opened so far (sync only)."""
        if self._client is not None:
            self._client.close()


def _created(response: httpx.Response) -> tuple[Patient, str]:
    raise_for_status(response)
    location = response.headers.get("Location")
    if location is None:
        raise ClinikoError(
            f"{response.request.method} {response.request.url.path} answered {response.status_code} without Location",
            response,
        )
    return Patient.from_dict(response.json()), location


def create_patient_with_location(client: Client, body: PatientCreate) -> tuple[Patient, str]:
    """Create a patient; return it and its URL (the ``Location`` header).

    Raises a ``ClinikoError`` subclass on any non-2xx answer (``ValidationFailed``
    for a 422). Never retried on 5xx or connection errors: a repeat could create
    a second patient.
    """
    response = client.get_httpx_client().request(**create_patient._get_kwargs(body=body))
    return _created(response)


async def acreate_patient_with_location(client: Client, body: PatientCreate) -> tuple[Patient, str]:
    """Async ``create_patient_with_location``."""
    response = await client.get_async_httpx_client().request(**create_patient._get_kwargs(body=body))
    return _created(response)
