"""A mirror of an account, kept current by ``iter_changes``: in a SQLite file or a
PostgreSQL database (``databases.py``), the same tables in both.

Tables (one per mirrored resource; the others are the sync's own state):

- ``patients``, ``individual_appointments``, ``medical_alerts``... (each resource's
  name, its path): ``(id TEXT PRIMARY KEY, body NOT NULL, deleted_at TEXT)``. Every
  record the account has or had, ``body`` its JSON as the API last sent it (TEXT in
  SQLite, ``jsonb`` in PostgreSQL; archived, merged and cancelled records included; for
  a record deleted before it was ever seen, its deleted list's entry), ``deleted_at``
  NULL unless it is in its resource's deleted list.
- ``sync_state(name, value)``: ``schema`` (this format), ``checkpoint`` (the last
  finished run's), ``base_url`` (the API this mirror follows) and, while a run is
  unfinished, ``pending`` (its last page's checkpoint).
- ``sync_pending(seq, resource, id, kind, body, deleted_at)``: the changes an unfinished
  run has read so far.

Each page a run reads is committed to ``sync_pending`` with its checkpoint, so a run
that dies resumes where it stopped; the resources' tables and ``checkpoint`` change
only when the run finishes, in one transaction. A reader never sees half a run.
"""

from __future__ import annotations

import json
import time
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..client import Client
from . import Batch, aiter_changes, iter_changes
from .databases import Database, DatabaseError, open_database
from .resources import synced_resources
from .walk import DEFAULT_SETTLE, KINDS, Walk, archive_state

SCHEMA_VERSION = "cliniko-sync/2"
STATE_TABLES = {
    "sync_state": "(name TEXT PRIMARY KEY, value TEXT NOT NULL)",
    "sync_pending": "(seq {serial} PRIMARY KEY, resource TEXT NOT NULL, id TEXT NOT NULL, kind TEXT NOT NULL,"
                    " body {json} NOT NULL, deleted_at TEXT)",
}
RECORD_COLUMNS = {"id", "body", "deleted_at"}
REQUIRED_COLUMNS = {"sync_state": {"name", "value"}, "sync_pending": {"seq", "resource", "id", "kind", "body"}}

# A run's changes, applied per resource in two statements. The last body read of a record
# is kept (a record read twice in a run: its later body); a deletion read after it sets
# deleted_at and keeps that body (or, for a record never seen, the deleted list's entry).
# Each statement touches a row at most once, as PostgreSQL's ON CONFLICT requires.
APPLY_BODIES = """
INSERT INTO {table} (id, body, deleted_at)
SELECT id, body, NULL FROM sync_pending p
WHERE resource = ? AND deleted_at IS NULL
  AND seq = (SELECT max(seq) FROM sync_pending q WHERE q.resource = p.resource AND q.id = p.id
             AND q.deleted_at IS NULL)
ON CONFLICT (id) DO UPDATE SET body = excluded.body, deleted_at = NULL
"""
APPLY_DELETIONS = """
INSERT INTO {table} (id, body, deleted_at)
SELECT id, body, deleted_at FROM sync_pending p
WHERE resource = ? AND deleted_at IS NOT NULL
  AND seq = (SELECT max(seq) FROM sync_pending q WHERE q.resource = p.resource AND q.id = p.id)
ON CONFLICT (id) DO UPDATE SET deleted_at = excluded.deleted_at
"""
# Records per kind of change in the unfinished run, each counted once: its first and last
# kinds decide (created stays created, deleted wins).
COUNTS = """
SELECT CASE WHEN f.kind = 'created' AND l.kind <> 'deleted' THEN 'created' ELSE l.kind END, count(*)
FROM (SELECT min(seq) AS first_seq, max(seq) AS last_seq FROM sync_pending WHERE resource = ? GROUP BY id) g
JOIN sync_pending f ON f.seq = g.first_seq JOIN sync_pending l ON l.seq = g.last_seq
GROUP BY 1
"""


class MirrorError(Exception):
    """The mirror cannot be used (not a database, another schema, another API)."""


@dataclass
class Summary:
    """What one run did: per resource, records per kind of change (each counted once) and
    the mirror's records afterwards (and how many of them are deleted); requests made,
    seconds taken."""

    counts: dict[str, Counter[str]] = field(default_factory=dict)  # resource -> kind -> records
    records: dict[str, tuple[int, int]] = field(default_factory=dict)  # resource -> (records, deleted)
    requests: int = 0
    seconds: float = 0.0
    resumed: bool = False

    def total(self, kind: str) -> int:
        return sum(counts[kind] for counts in self.counts.values())

    def line(self) -> str:
        changed = sum(sum(counts.values()) for counts in self.counts.values())
        records = sum(n for n, _ in self.records.values())
        resumed = " (resumed an interrupted run)" if self.resumed else ""
        return (f"{changed} changes in {len(self.records)} resources; {self.requests} requests; "
                f"{self.seconds:.1f} s; mirror: {records} records{resumed}")

    def resource_lines(self) -> list[str]:
        """One line per resource: its changes per kind, and its records in the mirror."""
        lines = []
        for name, (records, deleted) in self.records.items():
            counts = self.counts.get(name, Counter())
            kinds = ", ".join(f"{counts[kind]} {kind}" for kind in KINDS if counts[kind]) or "no changes"
            lines.append(f"{name}: {kinds}; {records} in the mirror, {deleted} of them deleted")
        return lines


class Mirror:
    """One mirror. ``Mirror(path_or_url).sync(client)`` brings it up to date."""

    def __init__(self, target: str | Path) -> None:
        try:
            self.db: Database = open_database(target)
        except DatabaseError as exc:
            raise MirrorError(str(exc)) from None
        self.where = self.db.where
        try:
            self._check_schema()  # before any write: a database that is not ours stays as it was
            self.db.setup()
            with self.db.transaction():
                if self._older:  # its staging table gains a column: made again, empty as it is
                    self.db.execute("DROP TABLE sync_pending")
                for table, columns in STATE_TABLES.items():
                    self.db.execute(f"CREATE TABLE IF NOT EXISTS {table} "
                                    + columns.format(serial=self.db.serial_type, json=self.db.json_type))
                self.db.execute("CREATE INDEX IF NOT EXISTS sync_pending_record ON sync_pending (resource, id, seq)")
                self._set_state("schema", SCHEMA_VERSION)
        except DatabaseError as exc:
            self.db.close()
            raise MirrorError(str(exc)) from None
        except MirrorError:
            self.db.close()
            raise

    def _check_schema(self) -> None:
        # A mirror of the patients-only cliniko-sync (format 1) carries over: the same patients
        # table, its checkpoint read as this format's patients part; not in an unfinished run.
        pending_columns = self.db.columns("sync_pending")
        self._older = bool(pending_columns) and "resource" not in pending_columns
        if self._older and self._state("pending") is not None:
            raise MirrorError(f"{self.where}: an unfinished run of an older cliniko-sync (patients only); finish it "
                              "with that version first, or sync into a new --db")
        for table, needed in REQUIRED_COLUMNS.items():
            columns = self.db.columns(table)
            if table == "sync_pending" and self._older:
                continue
            if columns and not needed <= columns:
                raise MirrorError(f"{self.where}: table {table} lacks columns {', '.join(sorted(needed - columns))};"
                                  " is this a cliniko-sync mirror?")
        for name in synced_resources():  # a table of the same name that is not a mirror's
            columns = self.db.columns(name)
            if columns and not RECORD_COLUMNS <= columns:
                raise MirrorError(f"{self.where}: table {name} lacks columns "
                                  f"{', '.join(sorted(RECORD_COLUMNS - columns))}; is this a cliniko-sync mirror?")
        if self.db.columns("sync_state"):
            schema = self._state("schema")
            if schema not in (None, SCHEMA_VERSION):
                raise MirrorError(f"{self.where}: a mirror of format {schema}, not {SCHEMA_VERSION}: made by "
                                  "another version of cliniko-sync; use that version or a new --db")

    def _ensure_tables(self, resources: Sequence[str]) -> None:
        with self.db.transaction():
            for name in resources:
                self.db.execute(f"CREATE TABLE IF NOT EXISTS {name} "
                                f"(id TEXT PRIMARY KEY, body {self.db.json_type} NOT NULL, deleted_at TEXT)")

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> Mirror:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # ---- state ----------------------------------------------------------------------

    def _state(self, name: str) -> str | None:
        rows = self.db.execute("SELECT value FROM sync_state WHERE name = ?", (name,))
        return None if not rows else str(rows[0][0])

    def _set_state(self, name: str, value: str) -> None:
        self.db.execute("INSERT INTO sync_state (name, value) VALUES (?, ?)"
                        " ON CONFLICT (name) DO UPDATE SET value = excluded.value", (name, value))

    def checkpoint(self) -> dict[str, Any] | None:
        """Where the next run starts: an unfinished run's last page, else the last run's end."""
        text = self._state("pending") or self._state("checkpoint")
        return None if text is None else dict(json.loads(text))

    def _bind(self, base_url: str) -> None:
        """A mirror follows one API: refuse to mix in another's records."""
        known = self._state("base_url")
        if known is None:
            with self.db.transaction():
                self._set_state("base_url", base_url)
        elif known != base_url:
            raise MirrorError(f"{self.where} mirrors {known}, not {base_url}; use another --db for another account")

    # ---- a run ----------------------------------------------------------------------

    def _archive_states(self, resource: str, ids: Sequence[str]) -> dict[str, str]:
        """Which of `ids` the mirror holds archived or merged: their last body staged in this run,
        else their body in the table (the walk asks once a page, rather than keep a map of every
        archived record in the checkpoint)."""
        marks = ", ".join("?" * len(ids))
        bodies = dict(self.db.execute(f"SELECT id, body FROM {resource} WHERE id IN ({marks})", tuple(ids)))
        bodies.update(self.db.execute(f"SELECT id, body FROM sync_pending WHERE resource = ? AND id IN ({marks})"
                                      " ORDER BY seq", (resource, *ids)))
        states = {}
        for record_id, body in bodies.items():
            state = archive_state(body if isinstance(body, dict) else json.loads(body))
            if state is not None:
                states[record_id] = state
        return states

    def _stage(self, batch: Batch, chosen: Sequence[str]) -> dict[str, Counter[str]]:
        """One page: its changes and checkpoint, committed together. The run's last page
        also applies every staged change; returns the run's counts per resource then."""
        with self.db.transaction():
            self.db.executemany(
                "INSERT INTO sync_pending (resource, id, kind, body, deleted_at)"
                f" VALUES (?, ?, ?, {self.db.json_param}, ?)",
                [(c.resource, c.id, c.kind, c.json, c.body.get("deleted_at") if c.kind == "deleted" else None)
                 for c in batch.changes],
            )
            checkpoint = json.dumps(batch.checkpoint, separators=(",", ":"))
            if not batch.done:
                self._set_state("pending", checkpoint)
                return {}
            counts = {}
            for name in chosen:
                counts[name] = Counter({kind: n for kind, n in self.db.execute(COUNTS, (name,))})
                self.db.execute(APPLY_BODIES.format(table=name), (name,))
                self.db.execute(APPLY_DELETIONS.format(table=name), (name,))
            self._set_state("checkpoint", checkpoint)
            self.db.execute("DELETE FROM sync_state WHERE name = 'pending'")
            self.db.execute("DELETE FROM sync_pending")
        return counts

    def _summary(self, counts: dict[str, Counter[str]], chosen: Sequence[str], requests: int, started: float,
                 resumed: bool) -> Summary:
        summary = Summary(counts=counts, requests=requests, seconds=time.monotonic() - started, resumed=resumed)
        for name in chosen:
            (records, deleted), = self.db.execute(f"SELECT count(*), count(deleted_at) FROM {name}")
            summary.records[name] = (int(records), int(deleted))
        return summary

    def _start(self, client: Client, resources: Sequence[str] | None) -> tuple[tuple[str, ...], dict[str, Any] | None]:
        """Before a run: the API checked, the resources it reads (an unfinished run's own), their tables."""
        self._bind(client._base_url)
        checkpoint = self.checkpoint()
        chosen = Walk(checkpoint, resources=resources).chosen  # a bad name or checkpoint fails here
        self._ensure_tables(chosen)
        return chosen, checkpoint

    def sync(self, client: Client, *, settle: float = DEFAULT_SETTLE, per_page: int = 100,
             resources: Sequence[str] | None = None, on_batch: Callable[[Batch], None] | None = None) -> Summary:
        """Bring the mirror up to date (``resources``: the names to read, None: all); ``on_batch``
        sees each page as it is committed."""
        started = time.monotonic()
        chosen, checkpoint = self._start(client, resources)
        resumed = self._state("pending") is not None
        requests = 0
        counts: dict[str, Counter[str]] = {}
        for batch in iter_changes(client, checkpoint, settle=settle, per_page=per_page, resources=chosen,
                                  archive_states=self._archive_states):
            counts = self._stage(batch, chosen) or counts
            requests += 1  # one page each
            if on_batch is not None:
                on_batch(batch)
        return self._summary(counts, chosen, requests, started, resumed)

    async def async_sync(self, client: Client, *, settle: float = DEFAULT_SETTLE, per_page: int = 100,
                         resources: Sequence[str] | None = None,
                         on_batch: Callable[[Batch], None] | None = None) -> Summary:
        """Async ``sync`` (the database writes are short and run in the event loop's thread)."""
        started = time.monotonic()
        chosen, checkpoint = self._start(client, resources)
        resumed = self._state("pending") is not None
        requests = 0
        counts: dict[str, Counter[str]] = {}
        async for batch in aiter_changes(client, checkpoint, settle=settle, per_page=per_page, resources=chosen,
                                         archive_states=self._archive_states):
            counts = self._stage(batch, chosen) or counts
            requests += 1  # one page each
            if on_batch is not None:
                on_batch(batch)
        return self._summary(counts, chosen, requests, started, resumed)

