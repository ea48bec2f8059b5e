"""Every entry of a list, lazily: the walk behind ``iter_<resource>`` and ``aiter_<resource>``.

``walkers.py`` (rendered from the spec's resources) gives each resource its typed
entry points; they all walk here, reading the list from the resource table
(``resources.RESOURCES``): which operations are lists of the resource, the key
and model of their pages, the path parameters a nested list takes.

The first page is requested the way the generated operation builds it (its
path, ``per_page``, ``q[]``, ``sort``); every later page is the URL in
``links.next``, exactly as Cliniko sent it, until there is none. Only one page
is held at a time. Errors raise ``ClinikoError`` subclasses (see ``exceptions``);
rate limits and transient faults are handled by the client's retry transport,
which repeats only the request of the page that failed.

A walk resumes where it failed: when a page still fails (an error, or faults
beyond the retry budget), the exception leaves the walk as it was, and
iterating the same iterator again asks for that page again, never page 1.
"""

from __future__ import annotations

from collections import deque
from collections.abc import AsyncIterator, Iterator, Mapping, Sequence
from typing import Any, Protocol, TypeVar

import httpx

from .client import AuthenticatedClient, Client
from .exceptions import ClinikoError, raise_for_status
from .models.error_message import ErrorMessage
from .types import Unset

Page = TypeVar("Page", covariant=True)


class ListOperation(Protocol[Page]):
    """A generated list module whose 200 answer is a ``Page`` (``list_patients``: ``PatientList``)."""

    # Any arguments: a nested list takes its parent's id too; the resource table says which.
    def _get_kwargs(self, *args: Any, **kwargs: Any) -> dict[str, Any]: ...

    def _parse_response(
        self, *, client: AuthenticatedClient | Client, response: httpx.Response
    ) -> Page | ErrorMessage | str | None: ...


def iter_list(
    client: Client,
    operation: ListOperation[Any],
    lists: Mapping[str, Mapping[str, Any]],
    *,
    q: Sequence[str] | None = None,
    per_page: int = 100,
    sort: str | None = None,
    path: Mapping[str, str | None] | None = None,
) -> Iterator[Any]:
    """Yield every entry of the list ``operation`` answers, one of ``lists`` (a resource's
    lists, ``RESOURCES[resource]``), page after page; ``path`` names the parent of a nested list.
    Checked now, not at the first ``next()``."""
    listed, first = _first_request(operation, lists, per_page, q, sort, path or {})
    return _PageWalk(client, operation, listed, first)


def aiter_list(
    client: Client,
    operation: ListOperation[Any],
    lists: Mapping[str, Mapping[str, Any]],
    *,
    q: Sequence[str] | None = None,
    per_page: int = 100,
    sort: str | None = None,
    path: Mapping[str, str | None] | None = None,
) -> AsyncIterator[Any]:
    """Async ``iter_list``; resumes the same way."""
    listed, first = _first_request(operation, lists, per_page, q, sort, path or {})
    return _AsyncPageWalk(client, operation, listed, first)


def _first_request(
    operation: ListOperation[Any],
    lists: Mapping[str, Mapping[str, Any]],
    per_page: int,
    q: Sequence[str] | None,
    sort: str | None,
    path: Mapping[str, str | None],
) -> tuple[Mapping[str, Any], dict[str, Any]]:
    """The operation's row of the resource table and the request of its first page."""
    module = getattr(operation, "__name__", repr(operation)).removeprefix(f"{__package__}.api.")
    listed = next((row for row in lists.values() if row["module"] == module), None)
    if listed is None:
        known = ", ".join(row["module"].rsplit(".", 1)[-1] for row in lists.values())
        raise ValueError(f"{module} is not a list of this resource; its lists: {known}")
    given = {name: value for name, value in path.items() if value is not None}
    if sorted(given) != sorted(listed["path_parameters"]):
        wanted = ", ".join(f"{name}=" for name in listed["path_parameters"]) or "no path parameters"
        raise ValueError(f"{module.rsplit('.', 1)[-1]} takes {wanted}")
    if not 1 <= per_page <= 100:
        raise ValueError(f"per_page must be between 1 and 100, got {per_page}")
    arguments: dict[str, Any] = {**given, "page": 1, "per_page": per_page}
    # Only what was given: not every list takes q[] or sort.
    if q is not None:
        arguments["q"] = [str(item) for item in q]
    if sort is not None:
        arguments["sort"] = sort
    return listed, operation._get_kwargs(**arguments)


def _page(
    operation: ListOperation[Any], listed: Mapping[str, Any], client: Client, response: httpx.Response
) -> tuple[list[Any], httpx.URL | None]:
    """The entries of one page and the URL of the next (None on the last page)."""
    raise_for_status(response)
    page: Any = operation._parse_response(client=client, response=response)
    if type(page).__name__ != listed["page"]:  # the page model the resource table names: links and entries
        raise ClinikoError(
            f"{response.request.method} {response.url.path} answered {response.status_code}"
            f" without a page of {listed['key']}",
            response,
        )
    entries: list[Any] = getattr(page, listed["attribute"])
    link = page.links.next_
    if isinstance(link, Unset) or not link:
        return entries, None
    next_url = response.url.join(link)
    # The client's credentials go with the request: never follow a link off the API's origin.
    differs = _other_origin(next_url, response.url)
    if differs:
        raise ClinikoError(f"links.next of {response.url.path} points at {differs}; not following it", response)
    return entries, next_url


def _other_origin(url: httpx.URL, origin: httpx.URL) -> str | None:
    """What takes ``url`` off ``origin`` (its scheme, host or port), as the error says it; None if nothing."""
    default_ports = {"http": 80, "https": 443}
    parts = {
        "scheme": (url.scheme, origin.scheme),
        "host": (url.host, origin.host),
        "port": (url.port or default_ports.get(url.scheme), origin.port or default_ports.get(origin.scheme)),
    }
    for part, (theirs, ours) in parts.items():
        if theirs != ours:
            return f"another {part} ({theirs}, not {ours})"
    return None


class _Walk:
    """One walk's state: the request of the next page and the entries in hand.

    A page's entries are taken only once its answer is whole and parsed, so a
    page that raises changes nothing: the next attempt asks for the same page.
    """

    def __init__(
        self, client: Client, operation: ListOperation[Any], listed: Mapping[str, Any], first: dict[str, Any]
    ) -> None:
        self.client = client
        self.operation = operation
        self.listed = listed
        self.request: dict[str, Any] | None = first  # None once the last page is in
        self.entries: deque[Any] = deque()

    def take(self, response: httpx.Response) -> None:
        entries, next_url = _page(self.operation, self.listed, self.client, response)
        self.entries.extend(entries)
        self.request = None if next_url is None else {"method": "GET", "url": next_url}


class _PageWalk(_Walk, Iterator[Any]):
    def __iter__(self) -> _PageWalk:
        return self

    def __next__(self) -> Any:
        while not self.entries:
            if self.request is None:
                raise StopIteration
            self.take(self.client.get_httpx_client().request(**self.request))
        return self.entries.popleft()


class _AsyncPageWalk(_Walk, AsyncIterator[Any]):
    def __aiter__(self) -> _AsyncPageWalk:
        return self

    async def __anext__(self) -> Any:
        while not self.entries:
            if self.request is None:
                raise StopAsyncIteration
            self.take(await self.client.get_async_httpx_client().request(**self.request))
        return self.entries.popleft()
