"""Every patient of a list, lazily: ``iter_patients`` and ``aiter_patients``.

The first page is requested the way the generated operation builds it (its
path, ``per_page``, ``q[]``, ``sort``); every later page is the URL in
``links.next``, exactly as Cliniko sent it, until there is none. Only one page
is held at a time. Errors raise ``ClinikoError`` subclasses (see ``exceptions``);
rate limits and transient faults are handled by the client's retry transport,
which repeats only the request of the page that failed.

A walk resumes where it failed: when a page still fails (an error, or faults
beyond the retry budget), the exception leaves the walk as it was, and
iterating the same iterator again asks for that page again, never page 1.

Works with ``list_patients`` (default), ``list_archived_patients`` and
``list_deleted_patients`` (which yields ``DeletedPatient`` tombstones).
"""

from __future__ import annotations

from collections import deque
from collections.abc import AsyncIterator, Iterator, Sequence
from typing import Any, Protocol, overload

import httpx

from .api.patients import list_patients
from .client import AuthenticatedClient, Client
from .exceptions import ClinikoError, raise_for_status
from .models.deleted_patient import DeletedPatient
from .models.deleted_patient_list import DeletedPatientList
from .models.error_message import ErrorMessage
from .models.patient import Patient
from .models.patient_list import PatientList
from .types import UNSET, Unset


class PatientListOperation(Protocol):
    """A generated list module whose pages hold patients (list_patients, list_archived_patients)."""

    def _get_kwargs(
        self,
        *,
        page: int | Unset = ...,
        per_page: int | Unset = ...,
        q: list[str] | Unset = ...,
        sort: str | Unset = ...,
    ) -> dict[str, Any]: ...

    def _parse_response(
        self, *, client: AuthenticatedClient | Client, response: httpx.Response
    ) -> ErrorMessage | PatientList | str | None: ...


class DeletedPatientListOperation(Protocol):
    """The generated list module whose pages hold tombstones (list_deleted_patients)."""

    def _get_kwargs(
        self,
        *,
        page: int | Unset = ...,
        per_page: int | Unset = ...,
        q: list[str] | Unset = ...,
        sort: str | Unset = ...,
    ) -> dict[str, Any]: ...

    def _parse_response(
        self, *, client: AuthenticatedClient | Client, response: httpx.Response
    ) -> DeletedPatientList | ErrorMessage | str | None: ...


AnyListOperation = PatientListOperation | DeletedPatientListOperation


def _first_request(
    operation: AnyListOperation, per_page: int, q: Sequence[str] | None, sort: str | None
) -> dict[str, Any]:
    if not 1 <= per_page <= 100:
        raise ValueError(f"per_page must be between 1 and 100, got {per_page}")
    return operation._get_kwargs(
        page=1,
        per_page=per_page,
        q=UNSET if q is None else [str(item) for item in q],
        sort=UNSET if sort is None else sort,
    )


def _page(
    operation: AnyListOperation, client: Client, response: httpx.Response
) -> tuple[list[Patient] | list[DeletedPatient], httpx.URL | None]:
    """The entries of one page and the URL of the next (None on the last page)."""
    raise_for_status(response)
    page = operation._parse_response(client=client, response=response)
    if not isinstance(page, PatientList | DeletedPatientList):
        raise ClinikoError(
            f"{response.request.method} {response.url.path} answered {response.status_code} without a page of patients",
            response,
        )
    link = page.links.next_
    if isinstance(link, Unset) or not link:
        return page.patients, None
    next_url = response.url.join(link)
    # The client's credentials go with the request: never follow a link off the API's origin.
    differs = _other_origin(next_url, response.url)
    if differs:
        raise ClinikoError(f"links.next of {response.url.path} points at {differs}; not following it", response)
    return page.patients, next_url


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


@overload
def iter_patients(
    client: Client,
    *,
    operation: PatientListOperation = ...,
    q: Sequence[str] | None = None,
    per_page: int = 100,
    sort: str | None = None,
) -> Iterator[Patient]: ...


@overload
def iter_patients(
    client: Client,
    *,
    operation: DeletedPatientListOperation,
    q: Sequence[str] | None = None,
    per_page: int = 100,
    sort: str | None = None,
) -> Iterator[DeletedPatient]: ...


def iter_patients(
    client: Client,
    *,
    operation: AnyListOperation = list_patients,
    q: Sequence[str] | None = None,
    per_page: int = 100,
    sort: str | None = None,
) -> Iterator[Patient] | Iterator[DeletedPatient]:
    """Yield every entry of the list ``operation`` answers, page after page.

    ``q`` takes ``q[]`` filters (strings, or ``cliniko_client.filters`` filters);
    ``per_page`` (1-100) trades requests for page size; ``sort`` as the API takes it.
    Raises a ``ClinikoError`` subclass (or the ``httpx`` error) if a page fails;
    iterating the same iterator again resumes at that page.
    """
    first = _first_request(operation, per_page, q, sort)  # checked now, not at the first next()
    return _iter_pages(client, operation, first)


class _Walk:
    """One walk's state: the request of the next page and the entries in hand.

    A page's entries are taken only once its answer is whole and parsed, so a
    page that raises changes nothing: the next attempt asks for the same page.
    """

    def __init__(self, client: Client, operation: AnyListOperation, first: dict[str, Any]) -> None:
        self.client = client
        self.operation = operation
        self.request: dict[str, Any] | None = first  # None once the last page is in
        self.entries: deque[Any] = deque()

    def take(self, response: httpx.Response) -> None:
        entries, next_url = _page(self.operation, self.client, response)
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


def _iter_pages(client: Client, operation: AnyListOperation, first: dict[str, Any]) -> Iterator[Any]:
    return _PageWalk(client, operation, first)


@overload
def aiter_patients(
    client: Client,
    *,
    operation: PatientListOperation = ...,
    q: Sequence[str] | None = None,
    per_page: int = 100,
    sort: str | None = None,
) -> AsyncIterator[Patient]: ...


@overload
def aiter_patients(
    client: Client,
    *,
    operation: DeletedPatientListOperation,
    q: Sequence[str] | None = None,
    per_page: int = 100,
    sort: str | None = None,
) -> AsyncIterator[DeletedPatient]: ...


def aiter_patients(
    client: Client,
    *,
    operation: AnyListOperation = list_patients,
    q: Sequence[str] | None = None,
    per_page: int = 100,
    sort: str | None = None,
) -> AsyncIterator[Patient] | AsyncIterator[DeletedPatient]:
    """Async ``iter_patients``: ``async for patient in aiter_patients(client): ...``; resumes the same way."""
    first = _first_request(operation, per_page, q, sort)
    return _aiter_pages(client, operation, first)


class _AsyncPageWalk(_Walk, AsyncIterator[Any]):
    def __aiter__(self) -> _AsyncPageWalk:
        return self

    async def __anext__(self) -> Any:
        while not self.entries:
            if self.request is None:
                raise StopAsyncIteration
            self.take(await self.client.get_async_httpx_client().request(**self.request))
        return self.entries.popleft()


def _aiter_pages(client: Client, operation: AnyListOperation, first: dict[str, Any]) -> AsyncIterator[Any]:
    return _AsyncPageWalk(client, operation, first)
