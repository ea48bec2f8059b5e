"""The sync walk, without I/O: which request comes next, and what a page means.

A run reads two lists, in this order:

1. ``GET /patients?q[]=archived_at:*&q[]=updated_at:>=T&sort=updated_at,id&per_page=100``,
   always page 1, moving ``T`` to the ``updated_at`` of the last patient on each page.
   This is keyset paging: a patient changed mid-walk gets a newer ``updated_at`` and
   so moves *ahead* of the walk, never behind it (offset pages would skip one).
   ``>=`` (not ``>``) re-reads the second ``T`` itself: ``updated_at`` shows whole
   seconds, and more patients may have changed in that second after the page was
   read. Patients already reported with the same body are not reported again.
   When a whole page shares one second, that second is walked by id from its start
   (``updated_at:>=T``, ``updated_at:<T+1s``, ``id:>LAST``, ``sort=id``; within one
   second Cliniko may order by a finer time than it shows, not by id), then the walk
   goes on from ``T+1s``: by id again if ``T`` filled more than a page (a burst of
   writes: this saves re-reading a page per second), else as before.
2. ``GET /patients/deleted?q[]=deleted_at:>=D``, page after page (a new deletion can
   only push entries later, so nothing is skipped; duplicates are dropped).

The next run starts from ``min(newest updated_at seen, server time at the start of
this run - settle)``, the server time read from the first answer's ``Date`` header.
``settle`` (seconds) covers a write whose ``updated_at`` was stamped before it became
visible; at 0 the one-second rule alone is relied on.

The checkpoint is plain JSON (strings, lists, dicts), opaque to users: where the
walk is, the bodies reported at or after its watermark (to drop repeats), and which
patients are archived or merged (to tell "unarchived" and "merged" apart).
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from email.utils import parsedate_to_datetime
from typing import Any

from ..models.deleted_patient import DeletedPatient
from ..models.patient import Patient

FORMAT = "cliniko-sync/1"
KINDS = ("created", "updated", "archived", "unarchived", "merged", "deleted")
DEFAULT_SETTLE = 5.0
ONE_SECOND = timedelta(seconds=1)


class CheckpointError(ValueError):
    """The checkpoint was not written by this sync (or was edited)."""


class PageError(ValueError):
    """An answer that is not a page of the list the walk asked for."""


@dataclass(frozen=True)
class Change:
    """One patient that changed since the checkpoint.

    ``kind``: ``created``, ``updated``, ``archived``, ``unarchived``, ``merged`` or
    ``deleted``; ``id``: the patient's id (a string of digits); ``body``: the patient's
    JSON exactly as the API sent it (for ``deleted``: the tombstone, ``deleted_at``
    and ``links``), parsed; ``json``: the same as compact JSON text, ready to store.
    The repr shows no personal values.
    """

    kind: str
    id: str
    body: dict[str, Any] = field(repr=False)
    json: str = field(repr=False, compare=False)

    def __repr__(self) -> str:
        return f"Change(kind={self.kind!r}, id={self.id!r})"

    def patient(self) -> Patient | DeletedPatient:
        """The body as the generated model (``DeletedPatient`` for a deletion)."""
        return DeletedPatient.from_dict(self.body) if self.kind == "deleted" else Patient.from_dict(self.body)


@dataclass(frozen=True)
class Batch:
    """The changes one page (one request) brought, and the checkpoint to keep once they are applied.

    Save ``checkpoint`` together with ``changes`` (one transaction): a run that stops
    after this batch resumes from there. ``done`` marks the last batch of a run.
    """

    changes: list[Change]
    checkpoint: dict[str, Any] = field(repr=False)
    done: bool


@dataclass(frozen=True)
class Request:
    path: str
    params: list[tuple[str, str]]


def _second(text: str) -> datetime:
    """A timestamp of the API (UTC, ``Z``, maybe with a fraction) down to its whole second."""
    moment = datetime.fromisoformat(text.replace("Z", "+00:00").replace("z", "+00:00"))
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC).replace(microsecond=0)


def _text(moment: datetime) -> str:
    return moment.strftime("%Y-%m-%dT%H:%M:%SZ")


def stamp(text: str) -> str:
    """The whole-second ``YYYY-MM-DDTHH:MM:SSZ`` form of an API timestamp (compared as text)."""
    return _text(_second(text))


def compact_json(body: dict[str, Any]) -> str:
    """A body as compact JSON, its keys in the API's order."""
    return json.dumps(body, ensure_ascii=False, separators=(",", ":"))


def digest(text: str) -> str:
    """A short fingerprint of a body's JSON: equal bodies, equal digests."""
    return hashlib.blake2b(text.encode("utf-8"), digest_size=12).hexdigest()


def server_time(date_header: str | None) -> datetime:
    """The server's clock from an HTTP ``Date`` header; this machine's clock without one."""
    if date_header:
        try:
            return parsedate_to_datetime(date_header).astimezone(UTC).replace(microsecond=0)
        except (TypeError, ValueError):
            pass
    return datetime.now(UTC).replace(microsecond=0)


def _id_of(entry: dict[str, Any]) -> str:
    """A patient's or tombstone's id: ``id`` if sent, else the last segment of ``links.self``."""
    value = entry.get("id")
    if isinstance(value, int | str) and str(value).isdigit():
        return str(value)
    links = entry.get("links")
    link = links.get("self") if isinstance(links, dict) else None
    if isinstance(link, str):
        last = link.split("?")[0].rstrip("/").rsplit("/", 1)[-1]
        if last.isdigit():
            return last
    raise PageError("an entry of the page has neither an id nor a links.self ending in one")


def _optional_stamp(value: Any) -> str | None:
    return stamp(value) if isinstance(value, str) and value else None


class Walk:
    """One run of the sync as a state machine: ``next_request()``, then ``receive(...)``
    with the answer, until ``done``. Drivers (sync and async) do the HTTP."""

    def __init__(self, checkpoint: dict[str, Any] | None, *, settle: float = DEFAULT_SETTLE,
                 per_page: int = 100) -> None:
        if not 1 <= per_page <= 100:
            raise ValueError(f"per_page must be between 1 and 100, got {per_page}")
        if settle < 0:
            raise ValueError("settle must be 0 or more seconds")
        self.per_page = per_page
        self.settle = timedelta(seconds=settle)
        state = _load(checkpoint)
        self.since: str | None = state["since"]
        self.seen: dict[str, list[str]] = state["seen"]  # id -> [updated_at, digest]
        self.deleted_since: str | None = state["deleted_since"]
        self.deleted_seen: dict[str, str] = state["deleted_seen"]  # id -> deleted_at
        self.archived: dict[str, str] = state["archived"]  # id -> "archived" | "merged"
        run = state["run"] or {}
        self.started: str | None = run.get("started")
        self.phase: str = run.get("phase", "patients")
        self.after: str | None = run.get("after", self.since)
        self.tie_id: str | None = run.get("tie_id")
        self.page: int = run.get("page", 1)
        self.max_updated: str | None = run.get("max_updated")
        self.max_deleted: str | None = run.get("max_deleted")
        self.done = False

    # ---- requests ---------------------------------------------------------------

    def next_request(self) -> Request:
        per_page = ("per_page", str(self.per_page))
        if self.phase == "patients":
            params = [("q[]", "archived_at:*")]
            if self.after is not None:
                params.append(("q[]", f"updated_at:>={self.after}"))
            if self.tie_id is not None and self.after is not None:
                # One second holds more than a page: walk it by id.
                params += [("q[]", f"updated_at:<{_text(_second(self.after) + ONE_SECOND)}"),
                           ("q[]", f"id:>{self.tie_id}"), ("sort", "id")]
            else:
                params.append(("sort", "updated_at,id"))
            return Request("/patients", [*params, ("page", "1"), per_page])
        params = [] if self.deleted_since is None else [("q[]", f"deleted_at:>={self.deleted_since}")]
        return Request("/patients/deleted", [*params, ("page", str(self.page)), per_page])

    # ---- answers ----------------------------------------------------------------

    def receive(self, page: Any, date_header: str | None) -> Batch:
        """The changes in one answered page (``page``: its parsed JSON)."""
        if self.done:
            raise RuntimeError("this walk is finished; start a new one from its last checkpoint")
        if self.started is None:
            self.started = _text(server_time(date_header) - self.settle)
        entries = page.get("patients") if isinstance(page, dict) else None
        if not isinstance(entries, list) or not all(isinstance(entry, dict) for entry in entries):
            raise PageError("the answer has no list of patients")
        if self.phase == "patients":
            changes = self._patients(entries)
        else:
            changes = self._deleted(entries, page)
        return Batch(changes, self.checkpoint(), self.done)

    def _patients(self, entries: list[dict[str, Any]]) -> list[Change]:
        changes = []
        for body in entries:
            patient_id = _id_of(body)
            updated = _optional_stamp(body.get("updated_at"))
            if updated is None:
                raise PageError(f"patient {patient_id} has no updated_at")
            text = compact_json(body)
            fingerprint = digest(text)
            if self.seen.get(patient_id, [None, None])[1] == fingerprint:
                continue  # read again through the overlap, unchanged
            changes.append(Change(self._kind(patient_id, body), patient_id, body, text))
            self.seen[patient_id] = [updated, fingerprint]
            if self.max_updated is None or updated > self.max_updated:
                self.max_updated = updated
        full = len(entries) >= self.per_page
        if self.tie_id is not None:
            if full:
                self.tie_id = _id_of(entries[-1])
            else:  # the second is done; go on after it
                assert self.after is not None
                crowded = self.tie_id != "0"  # it filled a page: in a burst, the next second may too
                self.after = _text(_second(self.after) + ONE_SECOND)
                self.tie_id = "0" if crowded else None
        elif full:
            first, last = stamp(entries[0]["updated_at"]), stamp(entries[-1]["updated_at"])
            self.after = last
            if first == last:  # a page of one second: walk all of it by id
                self.tie_id = "0"
        else:
            self.phase = "deleted"
        self._forget_older_than(self._horizon())
        return changes

    def _kind(self, patient_id: str, body: dict[str, Any]) -> str:
        """What changed, by priority: merged, archived, unarchived, created, updated."""
        before = self.archived.get(patient_id)
        if body.get("merged_at"):
            now = "merged"
        elif body.get("archived_at"):
            now = "archived"
        else:
            now = None
        if now is None:
            self.archived.pop(patient_id, None)
        else:
            self.archived[patient_id] = now
        if now is not None and now != before:
            return now
        if now is None and before is not None:
            return "unarchived"
        created = _optional_stamp(body.get("created_at"))
        # `since` is the watermark this run started from (it moves only when the run ends).
        is_new = self.since is None or (created is not None and created >= self.since)
        return "created" if is_new and patient_id not in self.seen else "updated"

    def _deleted(self, entries: list[dict[str, Any]], page: dict[str, Any]) -> list[Change]:
        changes = []
        for body in entries:
            patient_id = _id_of(body)
            deleted = _optional_stamp(body.get("deleted_at"))
            if deleted is None:
                raise PageError(f"deleted patient {patient_id} has no deleted_at")
            if self.deleted_seen.get(patient_id) == deleted:
                continue
            changes.append(Change("deleted", patient_id, body, compact_json(body)))
            self.deleted_seen[patient_id] = deleted
            self.archived.pop(patient_id, None)
            self.seen.pop(patient_id, None)
            if self.max_deleted is None or deleted > self.max_deleted:
                self.max_deleted = deleted
        links = page.get("links")
        has_next = isinstance(links, dict) and bool(links.get("next"))
        if len(entries) >= self.per_page and has_next:
            self.page += 1
        else:
            self._finish()
        return changes

    def _horizon(self) -> str:
        """Bodies older than this cannot be read again, in this run or the next."""
        assert self.started is not None
        if self.phase == "patients" and self.after is not None:
            return min(self.after, self.started)
        # The walk is past every patient (or has not moved yet): keep what the next run re-reads.
        return _watermark(self.since, self.max_updated, self.started)

    def _forget_older_than(self, horizon: str) -> None:
        for patient_id in [pid for pid, (updated, _) in self.seen.items() if updated < horizon]:
            del self.seen[patient_id]

    def _finish(self) -> None:
        assert self.started is not None
        self.since = _watermark(self.since, self.max_updated, self.started)
        self.deleted_since = _watermark(self.deleted_since, self.max_deleted, self.started)
        self._forget_older_than(self.since)
        self.deleted_seen = {pid: at for pid, at in self.deleted_seen.items() if at >= self.deleted_since}
        self.done = True

    # ---- the checkpoint ---------------------------------------------------------

    def checkpoint(self) -> dict[str, Any]:
        """The state after everything received so far, as plain JSON."""
        run = None if self.done else {
            "started": self.started, "phase": self.phase, "after": self.after, "tie_id": self.tie_id,
            "page": self.page, "max_updated": self.max_updated, "max_deleted": self.max_deleted,
        }
        return {
            "format": FORMAT,
            "since": self.since,
            "seen": {pid: list(entry) for pid, entry in self.seen.items()},
            "deleted_since": self.deleted_since,
            "deleted_seen": dict(self.deleted_seen),
            "archived": dict(self.archived),
            "run": run,
        }


def _watermark(previous: str | None, newest_seen: str | None, started: str) -> str:
    """Where the next run starts: the newest timestamp known, but never after the run's start."""
    known = max((t for t in (previous, newest_seen) if t is not None), default=started)
    return min(known, started)


def _load(checkpoint: dict[str, Any] | None) -> dict[str, Any]:
    empty: dict[str, Any] = {
        "since": None, "seen": {}, "deleted_since": None, "deleted_seen": {}, "archived": {}, "run": None,
    }
    if checkpoint is None:
        return empty
    if not isinstance(checkpoint, dict) or checkpoint.get("format") != FORMAT:
        raise CheckpointError(f"not a checkpoint of this sync (expected format {FORMAT!r}); start from None")
    try:
        state = {key: checkpoint[key] for key in empty}
        for key in ("since", "deleted_since"):
            if state[key] is not None:
                state[key] = stamp(state[key])
        state["seen"] = {str(k): [stamp(v[0]), str(v[1])] for k, v in state["seen"].items()}
        state["deleted_seen"] = {str(k): stamp(v) for k, v in state["deleted_seen"].items()}
        state["archived"] = {str(k): str(v) for k, v in state["archived"].items()}
        if state["run"] is not None and not isinstance(state["run"], dict):
            raise TypeError("run")
    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise CheckpointError(f"the checkpoint is damaged ({exc}); start from None for a full copy") from None
    return state
