"""The sync walk, without I/O: which request comes next, and what a page means.

A run reads each chosen resource in turn (``resources.py`` says which lists), and for
each resource two kinds of list, in this order:

1. Its lists read by ``updated_at`` (``GET /patients?q[]=archived_at:*&q[]=updated_at:>=T
   &sort=updated_at,id&per_page=100``; practitioners also ``/practitioners/inactive``),
   always page 1, moving ``T`` to the ``updated_at`` of the last record on each page.
   This is keyset paging: a record changed mid-walk gets a newer ``updated_at`` and
   so moves *ahead* of the walk, never behind it (offset pages would skip one).
   ``>=`` (not ``>``) re-reads the second ``T`` itself: ``updated_at`` shows whole
   seconds, and more records may have changed in that second after the page was
   read. Records already reported with the same body are not reported again.
   When a whole page shares one second, that second is walked by id from its start
   (``updated_at:>=T``, ``updated_at:<T+1s``, ``id:>LAST``, ``sort=id``; within one
   second Cliniko may order by a finer time than it shows, not by id), then the walk
   goes on from ``T+1s``: by id again if ``T`` filled more than a page (a burst of
   writes: this saves re-reading a page per second), else as before.
2. Its deleted list, where it has one: ``GET /patients/deleted?q[]=deleted_at:>=D``,
   page after page (a new deletion can only push entries later, so nothing is
   skipped; duplicates are dropped).

The next run starts each list from the run's start: the server time read from the first
answer's ``Date`` header, less ``settle`` (seconds: a write whose ``updated_at`` was
stamped before it became visible). When the newest second read ended before that start,
every write of it was visible and read, so the next run starts just after it instead (a
quiet run reads one short page, not that second again). At ``settle=0`` the one-second
rule alone is relied on.

The checkpoint is plain JSON (strings, lists, dicts), opaque to users: per resource and
list, where the walk is and the bodies reported at or after its watermark (to drop
repeats), and which records are archived or merged (to tell "unarchived" apart; the
mirror answers that from its tables instead: ``archive_states``).
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from email.utils import parsedate_to_datetime
from typing import Any

from .resources import SyncedResource, choose, synced_resources

FORMAT = "cliniko-sync/2"
OLD_FORMATS = ("cliniko-sync/1",)  # patients only; its finished checkpoints carry over
KINDS = ("created", "updated", "archived", "unarchived", "merged", "cancelled", "deleted")
DEFAULT_SETTLE = 5.0
ONE_SECOND = timedelta(seconds=1)
# (resource, ids) -> {id: "archived" | "merged"} for those of the ids a copy holds archived or merged.
ArchiveStates = Callable[[str, Sequence[str]], Mapping[str, str]]


class CheckpointError(ValueError):
    """The checkpoint was not written by this sync (or was edited)."""


class PageError(ValueError):
    """An answer that is not a page of the list the walk asked for."""


@dataclass(frozen=True)
class Change:
    """One record that changed since the checkpoint.

    ``resource``: its resource (``patients``, ``individual_appointments``); ``kind``:
    ``created``, ``updated``, ``archived``, ``unarchived``, ``merged``, ``cancelled`` or
    ``deleted``; ``id``: the record's id (a string of digits); ``body``: its JSON exactly
    as the API sent it (for ``deleted``: the deleted list's entry), parsed; ``json``: the
    same as compact JSON text, ready to store. The repr shows no personal or clinical values.
    """

    kind: str
    id: str
    body: dict[str, Any] = field(repr=False)
    json: str = field(repr=False, compare=False)
    resource: str = "patients"

    def __repr__(self) -> str:
        return f"Change(resource={self.resource!r}, kind={self.kind!r}, id={self.id!r})"

    def model(self) -> Any:
        """The body as its generated model (``Patient``; a deletion: its deleted list's entry
        model, ``DeletedPatient``)."""
        from .. import models

        resource = synced_resources()[self.resource]
        names = resource.deleted_models if self.kind == "deleted" else resource.models
        problem: Exception | None = None
        for name in names:  # an entry of one of several kinds: the first that reads it
            try:
                return getattr(models, name).from_dict(self.body)
            except (KeyError, TypeError, ValueError) as exc:
                problem = exc
        raise ValueError(f"{self!r}: its body is none of {', '.join(names)} ({type(problem).__name__})")

    def patient(self) -> Any:
        """A patient's change as ``Patient`` (``DeletedPatient`` for a deletion)."""
        if self.resource != "patients":
            raise TypeError(f"a change of {self.resource}, not of patients: use model()")
        return self.model()


@dataclass(frozen=True)
class Batch:
    """The changes one page (one request) brought, and the checkpoint to keep once they are applied.

    Save ``checkpoint`` together with ``changes`` (one transaction): a run that stops
    after this batch resumes from there. ``done`` marks the last batch of a run;
    ``resource`` is the resource whose list the page was.
    """

    changes: list[Change]
    checkpoint: dict[str, Any] = field(repr=False)
    done: bool
    resource: str = "patients"


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


def archive_state(body: Mapping[str, Any]) -> str | None:
    """``merged``, ``archived`` or None (neither): what a record's body shows."""
    if body.get("merged_at"):
        return "merged"
    return "archived" if body.get("archived_at") else None


class ResourceWalk:
    """One resource's part of a run: its lists by ``updated_at``, then its deleted list.

    ``state``: what the last finished run left for this resource (see ``_empty_state``);
    ``run``: where an unfinished run stopped in it (None: at its start); ``archive_states``:
    see ``Walk``."""

    def __init__(self, resource: SyncedResource, state: dict[str, Any], run: dict[str, Any] | None,
                 per_page: int, archive_states: ArchiveStates | None = None) -> None:
        self.resource = resource
        self.per_page = per_page
        self.archive_states = archive_states
        # path -> {"since": T, "seen": {id: [updated_at, digest]}}, one per list read by updated_at
        self.views: dict[str, dict[str, Any]] = {
            view.path: state["views"].get(view.path, {"since": None, "seen": {}}) for view in resource.views
        }
        self.deleted_since: str | None = state["deleted_since"]
        self.deleted_seen: dict[str, str] = state["deleted_seen"]  # id -> deleted_at
        # id -> "archived" | "merged": kept in the checkpoint, unless a copy answers archive_states
        self.archived: dict[str, str] = state["archived"] if archive_states is None else {}
        run = run or {}
        self.view: int = run.get("view", 0)
        self.phase: str = run.get("phase", "views")
        self.after: str | None = run["after"] if run else self._current()["since"]
        self.tie_id: str | None = run.get("tie_id")
        self.page: int = run.get("page", 1)
        self.max_updated: str | None = run.get("max_updated")
        self.max_deleted: str | None = run.get("max_deleted")
        self.done = False

    def _current(self) -> dict[str, Any]:
        return self.views[self.resource.views[self.view].path]

    # ---- requests ---------------------------------------------------------------

    def next_request(self) -> Request:
        per_page = ("per_page", str(self.per_page))
        if self.phase == "views":
            view = self.resource.views[self.view]
            params = list(view.params)
            if self.after is not None:
                params.append(("q[]", f"updated_at:>={self.after}"))
            if self.tie_id is not None and self.after is not None:
                # One second holds more than a page: walk it by id.
                params += [("q[]", f"updated_at:<{_text(_second(self.after) + ONE_SECOND)}"),
                           ("q[]", f"id:>{self.tie_id}"), ("sort", "id")]
            else:
                params.append(("sort", "updated_at,id"))
            return Request(view.path, [*params, ("page", "1"), per_page])
        assert self.resource.deleted is not None
        params = [] if self.deleted_since is None else [("q[]", f"deleted_at:>={self.deleted_since}")]
        return Request(self.resource.deleted, [*params, ("page", str(self.page)), per_page])

    # ---- answers ----------------------------------------------------------------

    def receive(self, page: Any, started: str) -> list[Change]:
        key = self.resource.name
        entries = page.get(key) if isinstance(page, dict) else None
        if not isinstance(entries, list) or not all(isinstance(entry, dict) for entry in entries):
            raise PageError(f"the answer has no list of {key}")
        if self.phase == "views":
            return self._updated(entries, started)
        return self._deleted(entries, page, started)

    def _updated(self, entries: list[dict[str, Any]], started: str) -> list[Change]:
        view = self._current()
        changes = []
        known = self.archived
        if self.archive_states is not None and entries:  # asked once a page, of the copy that holds the records
            known = dict(self.archive_states(self.resource.name, [_id_of(body) for body in entries]))
        for body in entries:
            record_id = _id_of(body)
            updated = _optional_stamp(body.get("updated_at"))
            if updated is None:
                raise PageError(f"{self.resource.name} {record_id} has no updated_at")
            text = compact_json(body)
            fingerprint = digest(text)
            if self.max_updated is None or updated > self.max_updated:
                self.max_updated = updated  # the newest read, changed or not: where the next run may start
            if view["seen"].get(record_id, [None, None])[1] == fingerprint:
                continue  # read again through the overlap, unchanged
            changes.append(Change(self._kind(record_id, body, view, known), record_id, body, text,
                                  self.resource.name))
            view["seen"][record_id] = [updated, fingerprint]
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
            self._forget_older_than(view, _watermark(view["since"], self.max_updated, started))
            self._next_list(started)
            return changes
        # Keep what this run re-reads (from `after`) and what the next run re-reads (from the
        # newest time seen, when that is before `after`: a crowded second walked past).
        self._forget_older_than(view, min(t for t in (self.after, started, self.max_updated) if t is not None))
        return changes

    @staticmethod
    def _kind(record_id: str, body: dict[str, Any], view: dict[str, Any], known: dict[str, str]) -> str:
        """What changed, by priority: merged, archived, unarchived, cancelled, created, updated
        (``known``: which records were archived or merged before this body; kept up to date)."""
        before, now = known.get(record_id), archive_state(body)
        if now is None:
            known.pop(record_id, None)
        else:
            known[record_id] = now
        if now is not None and now != before:
            return now
        if now is None and before is not None:
            return "unarchived"
        # `since` is the watermark this run started from (it moves only when the run ends).
        since = view["since"]
        cancelled = _optional_stamp(body.get("cancelled_at"))
        if cancelled is not None and (since is None or cancelled >= since):
            return "cancelled"  # one way: no map of cancelled records needed, its time tells
        created = _optional_stamp(body.get("created_at"))
        is_new = since is None or (created is not None and created >= since)
        return "created" if is_new and record_id not in view["seen"] else "updated"

    def _next_list(self, started: str) -> None:
        """This list is read to its end: note where the next run starts it, then the next list."""
        view = self._current()
        view["since"] = _watermark(view["since"], self.max_updated, started)
        self.view += 1
        self.tie_id, self.max_updated = None, None
        if self.view < len(self.resource.views):
            self.after = self._current()["since"]
        elif self.resource.deleted is not None:
            self.phase = "deleted"
        else:
            self.done = True

    def _deleted(self, entries: list[dict[str, Any]], page: dict[str, Any], started: str) -> list[Change]:
        changes = []
        for body in entries:
            record_id = _id_of(body)
            deleted = _optional_stamp(body.get("deleted_at"))
            if deleted is None:
                raise PageError(f"deleted {self.resource.name} {record_id} has no deleted_at")
            if self.deleted_seen.get(record_id) == deleted:
                continue
            changes.append(Change("deleted", record_id, body, compact_json(body), self.resource.name))
            self.deleted_seen[record_id] = deleted
            self.archived.pop(record_id, None)
            for view in self.views.values():
                view["seen"].pop(record_id, None)
            if self.max_deleted is None or deleted > self.max_deleted:
                self.max_deleted = deleted
        links = page.get("links")
        has_next = isinstance(links, dict) and bool(links.get("next"))
        if len(entries) >= self.per_page and has_next:
            self.page += 1
        else:
            self.deleted_since = _watermark(self.deleted_since, self.max_deleted, started)
            self.deleted_seen = {rid: at for rid, at in self.deleted_seen.items() if at >= self.deleted_since}
            self.done = True
        return changes

    @staticmethod
    def _forget_older_than(view: dict[str, Any], horizon: str) -> None:
        """Bodies older than ``horizon`` cannot be read again, in this run or the next."""
        seen = view["seen"]
        for record_id in [rid for rid, (updated, _) in seen.items() if updated < horizon]:
            del seen[record_id]

    # ---- the checkpoint ---------------------------------------------------------

    def state(self) -> dict[str, Any]:
        return {
            "views": {path: {"since": view["since"], "seen": {rid: list(e) for rid, e in view["seen"].items()}}
                      for path, view in self.views.items()},
            "deleted_since": self.deleted_since,
            "deleted_seen": dict(self.deleted_seen),
            "archived": dict(self.archived),
        }

    def run(self) -> dict[str, Any]:
        return {"view": self.view, "phase": self.phase, "after": self.after, "tie_id": self.tie_id,
                "page": self.page, "max_updated": self.max_updated, "max_deleted": self.max_deleted}


class Walk:
    """One run of the sync as a state machine: ``next_request()``, then ``receive(...)``
    with the answer, until ``done``. Drivers (sync and async) do the HTTP.

    ``resources``: the names to mirror (None: every resource; see ``resources.choose``).
    A checkpoint of an unfinished run finishes that run, with the resources it chose.
    ``archive_states``: for a driver that keeps a copy of the records (the mirror), which
    of a page's records the copy holds archived or merged, to tell "unarchived"; without it
    the checkpoint keeps that map itself, and grows with the account's archived records."""

    def __init__(self, checkpoint: dict[str, Any] | None, *, settle: float = DEFAULT_SETTLE,
                 per_page: int = 100, resources: Sequence[str] | None = None,
                 archive_states: ArchiveStates | None = None) -> None:
        if not 1 <= per_page <= 100:
            raise ValueError(f"per_page must be between 1 and 100, got {per_page}")
        if settle < 0:
            raise ValueError("settle must be 0 or more seconds")
        chosen = choose(resources)  # a bad name fails here, before a request
        self.per_page = per_page
        self.archive_states = archive_states
        self.settle = timedelta(seconds=settle)
        state = _load(checkpoint)
        self.states: dict[str, dict[str, Any]] = state["resources"]
        run = state["run"]
        if run is not None:
            chosen = tuple(run["resources"])
        self.chosen = chosen
        self.started: str | None = run["started"] if run else None
        self.index: int = run["index"] if run else 0
        self.done = False
        self.current = self._walk(run)

    def _walk(self, run: dict[str, Any] | None) -> ResourceWalk:
        name = self.chosen[self.index]
        state = self.states.get(name) or _empty_state()
        return ResourceWalk(synced_resources()[name], state, run["resource"] if run else None, self.per_page,
                            self.archive_states)

    @property
    def resource(self) -> str:
        """The resource the next request reads."""
        return self.current.resource.name

    def next_request(self) -> Request:
        return self.current.next_request()

    def receive(self, page: Any, date_header: str | None) -> Batch:
        """The changes in one answered page (``page``: its parsed JSON)."""
        if self.done:
            raise RuntimeError("this walk is finished; start a new one from its last checkpoint")
        if self.started is None:
            self.started = _text(server_time(date_header) - self.settle)
        name = self.resource
        changes = self.current.receive(page, self.started)
        if self.current.done:
            self.states[name] = self.current.state()
            self.index += 1
            if self.index < len(self.chosen):
                self.current = self._walk(None)
            else:
                self.done = True
        return Batch(changes, self.checkpoint(), self.done, name)

    def checkpoint(self) -> dict[str, Any]:
        """The state after everything received so far, as plain JSON."""
        states = dict(self.states)
        run = None
        if not self.done:
            states[self.resource] = self.current.state()
            run = {"started": self.started, "resources": list(self.chosen), "index": self.index,
                   "resource": self.current.run()}
        return {"format": FORMAT, "resources": states, "run": run}


def _watermark(previous: str | None, newest_read: str | None, started: str) -> str:
    """Where the next run starts a list this run read to its end: after the newest second read
    when that second ended before the run's start (every write of it was visible then, and
    this run read the list after), else the run's start (a later second may still fill)."""
    known = max((t for t in (previous, newest_read) if t is not None), default=started)
    return _text(_second(known) + ONE_SECOND) if known < started else started


def _empty_state() -> dict[str, Any]:
    return {"views": {}, "deleted_since": None, "deleted_seen": {}, "archived": {}}


def _load(checkpoint: dict[str, Any] | None) -> dict[str, Any]:
    if checkpoint is None:
        return {"resources": {}, "run": None}
    if isinstance(checkpoint, dict) and checkpoint.get("format") in OLD_FORMATS:
        checkpoint = _from_patients_only(checkpoint)
    if not isinstance(checkpoint, dict) or checkpoint.get("format") != FORMAT:
        raise CheckpointError(f"not a checkpoint of this sync (expected format {FORMAT!r}); start from None")
    try:
        resources = {}
        for name, state in checkpoint["resources"].items():
            if name not in synced_resources():
                raise ValueError(f"unknown resource {name}")
            resources[name] = {
                "views": {str(path): {"since": _optional_stamp(view["since"]),
                                      "seen": {str(k): [stamp(v[0]), str(v[1])] for k, v in view["seen"].items()}}
                          for path, view in state["views"].items()},
                "deleted_since": _optional_stamp(state["deleted_since"]),
                "deleted_seen": {str(k): stamp(v) for k, v in state["deleted_seen"].items()},
                "archived": {str(k): str(v) for k, v in state["archived"].items()},
            }
        run = checkpoint["run"]
        if run is not None:
            if not isinstance(run, dict) or not isinstance(run["resource"], dict):
                raise TypeError("run")
            choose(run["resources"])
            if not 0 <= run["index"] < len(run["resources"]):
                raise IndexError("run index")
    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise CheckpointError(f"the checkpoint is damaged ({exc}); start from None for a full copy") from None
    return {"resources": resources, "run": run}


def _from_patients_only(old: dict[str, Any]) -> dict[str, Any]:
    """A finished checkpoint of the patients-only sync (format 1) as this format's patients
    part: the next run goes on with patients and copies every other resource in full."""
    if old.get("run") is not None:
        raise CheckpointError("the checkpoint is of an unfinished run of an older cliniko-sync (patients only);"
                              " finish it with that version, or start from None for a full copy")
    try:
        view = {"since": old["since"], "seen": old["seen"]}
        patients = {"views": {"/patients": view}, "deleted_since": old["deleted_since"],
                    "deleted_seen": old["deleted_seen"], "archived": old["archived"]}
    except (KeyError, TypeError) as exc:
        raise CheckpointError(f"the checkpoint is damaged ({exc}); start from None for a full copy") from None
    return {"format": FORMAT, "resources": {"patients": patients}, "run": None}
