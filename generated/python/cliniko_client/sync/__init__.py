"""Incremental sync of a whole account that loses nothing.

    from cliniko_client.sync import iter_changes

    checkpoint = load()                      # None the first time: a full copy
    for batch in iter_changes(client, checkpoint):
        for change in batch.changes:         # change.resource, change.kind, change.id, change.body
            apply(change)
        save(batch.checkpoint)               # with the changes, in one transaction

Each change is one record of one resource (``patients``, ``individual_appointments``,
``medical_alerts``... every resource the spec lists; ``resources=["patients"]`` chooses):
``created``, ``updated``, ``archived``, ``unarchived``, ``merged``, ``cancelled`` or
``deleted``, with its JSON exactly as the API sent it. A checkpoint is plain JSON,
opaque: keep the last one you applied and pass it back next time; a run that stopped
half-way (crash, network, Ctrl-C) resumes from it.

What it guarantees: after a run that ends while nobody writes, every record of the
chosen resources (archived, merged and cancelled ones included) has been reported with
its current body and every deletion reported, even when records changed during the
walk and several changes shared one second. A record that changes during a run may be
reported twice in it; apply changes in order (each carries the whole body: upsert by
resource and id). Which lists it reads for each resource: ``resources``.

``changes_since`` collects a whole run in memory (small accounts, tests);
``aiter_changes`` / ``achanges_since`` are the async twins. ``cliniko_client.sync.mirror``
keeps a SQLite copy up to date with this, and ``cliniko-sync`` is its command. How it
walks: see ``walk``.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any

import httpx

from ..client import Client
from ..exceptions import ClinikoError, raise_for_status
from .resources import choose, synced_resources
from .walk import DEFAULT_SETTLE, KINDS, ArchiveStates, Batch, Change, CheckpointError, PageError, Request, Walk

__all__ = [
    "KINDS",
    "Batch",
    "Change",
    "CheckpointError",
    "Changes",
    "achanges_since",
    "aiter_changes",
    "changes_since",
    "choose",
    "iter_changes",
    "synced_resources",
]


@dataclass(frozen=True)
class Changes:
    """A whole run: every change in order, the checkpoint for the next run, requests made."""

    changes: list[Change]
    checkpoint: dict[str, Any] = field(repr=False)
    requests: int


def _page(walk: Walk, response: httpx.Response) -> Batch:
    raise_for_status(response)
    try:
        return walk.receive(response.json(), response.headers.get("date"))
    except (ValueError, PageError) as exc:  # not JSON, or not a page of the list asked
        raise ClinikoError(f"GET {response.url.path} answered {response.status_code} with {exc}", response) from None


def _request(http: httpx.Client | httpx.AsyncClient, request: Request) -> Any:
    return http.get(request.path, params=tuple(request.params))


def iter_changes(
    client: Client,
    checkpoint: dict[str, Any] | None = None,
    *,
    settle: float = DEFAULT_SETTLE,
    per_page: int = 100,
    resources: Sequence[str] | None = None,
    archive_states: ArchiveStates | None = None,
) -> Iterator[Batch]:
    """The changes since ``checkpoint`` (None: everything), one ``Batch`` per page read.

    ``settle``: seconds a write may take to become visible after its ``updated_at``
    (the next run re-reads that much; 0 trusts the one-second rule alone).
    ``per_page`` (1-100) trades requests for page size. ``resources``: the names to
    read (None: all; ``bookings`` stands for the three kinds it lists). ``archive_states``:
    where you keep a copy and apply each batch before taking the next, a function
    ``(resource, ids) -> {id: "archived" | "merged"}`` answering from that copy, so the
    checkpoint need not remember every archived record (``Walk``). Raises ``ClinikoError``
    subclasses (the batches already yielded stay valid), ``CheckpointError`` for a
    checkpoint this sync did not write.
    """
    # A bad checkpoint or resource name fails here, not at next().
    walk = Walk(checkpoint, settle=settle, per_page=per_page, resources=resources, archive_states=archive_states)
    return _iter(client, walk)


def _iter(client: Client, walk: Walk) -> Iterator[Batch]:
    http = client.get_httpx_client()
    while not walk.done:
        yield _page(walk, _request(http, walk.next_request()))


def aiter_changes(
    client: Client,
    checkpoint: dict[str, Any] | None = None,
    *,
    settle: float = DEFAULT_SETTLE,
    per_page: int = 100,
    resources: Sequence[str] | None = None,
    archive_states: ArchiveStates | None = None,
) -> AsyncIterator[Batch]:
    """Async ``iter_changes``: ``async for batch in aiter_changes(client, checkpoint): ...``"""
    walk = Walk(checkpoint, settle=settle, per_page=per_page, resources=resources, archive_states=archive_states)
    return _aiter(client, walk)


async def _aiter(client: Client, walk: Walk) -> AsyncIterator[Batch]:
    http = client.get_async_httpx_client()
    while not walk.done:
        yield _page(walk, await _request(http, walk.next_request()))


def changes_since(
    client: Client,
    checkpoint: dict[str, Any] | None = None,
    *,
    settle: float = DEFAULT_SETTLE,
    per_page: int = 100,
    resources: Sequence[str] | None = None,
) -> Changes:
    """A whole run at once (held in memory): ``result.changes``, ``result.checkpoint``."""
    changes: list[Change] = []
    requests = 0
    batch = None
    for batch in iter_changes(client, checkpoint, settle=settle, per_page=per_page, resources=resources):
        changes += batch.changes
        requests += 1
    assert batch is not None
    return Changes(changes, batch.checkpoint, requests)


async def achanges_since(
    client: Client,
    checkpoint: dict[str, Any] | None = None,
    *,
    settle: float = DEFAULT_SETTLE,
    per_page: int = 100,
    resources: Sequence[str] | None = None,
) -> Changes:
    """Async ``changes_since``."""
    changes: list[Change] = []
    requests = 0
    batch = None
    async for batch in aiter_changes(client, checkpoint, settle=settle, per_page=per_page, resources=resources):
        changes += batch.changes
        requests += 1
    assert batch is not None
    return Changes(changes, batch.checkpoint, requests)
