"""A SQLite mirror of an account's patients, kept current by ``iter_changes``.

Tables (the first is the mirror; the others are the sync's own state):

- ``patients(id TEXT PRIMARY KEY, body TEXT NOT NULL, deleted_at TEXT)``: every patient
  the account has or had, ``body`` its JSON as the API last sent it (archived and
  merged patients included; for a patient deleted before it was ever seen, the
  tombstone), ``deleted_at`` NULL unless it is in ``/patients/deleted``.
- ``sync_state(name, value)``: ``checkpoint`` (the last finished run's), ``base_url``
  (the API this mirror follows) and, while a run is unfinished, ``pending`` (its
  last page's checkpoint).
- ``sync_pending(seq, id, kind, body, deleted_at)``: the changes an unfinished run
  has read so far.

Each page a run reads is committed to ``sync_pending`` with its checkpoint, so a run
that dies resumes where it stopped; ``patients`` and ``checkpoint`` change only when
the run finishes, in one transaction. A reader never sees half a run.
"""

from __future__ import annotations

import json
import sqlite3
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..client import Client
from . import Batch, aiter_changes, iter_changes
from .walk import DEFAULT_SETTLE, KINDS

SCHEMA = """
CREATE TABLE IF NOT EXISTS patients (
    id TEXT PRIMARY KEY,
    body TEXT NOT NULL,
    deleted_at TEXT
);
CREATE TABLE IF NOT EXISTS sync_state (name TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS sync_pending (
    seq INTEGER PRIMARY KEY,
    id TEXT NOT NULL,
    kind TEXT NOT NULL,
    body TEXT NOT NULL,
    deleted_at TEXT
);
"""
REQUIRED_COLUMNS = {
    "patients": {"id", "body", "deleted_at"},
    "sync_state": {"name", "value"},
    "sync_pending": {"seq", "id", "kind", "body", "deleted_at"},
}

# Upserts in page order; `WHERE true` parses the ON CONFLICT of an INSERT ... SELECT.
APPLY = """
INSERT INTO patients (id, body, deleted_at)
SELECT id, body, deleted_at FROM sync_pending WHERE true ORDER BY seq
ON CONFLICT (id) DO UPDATE SET
    body = CASE WHEN excluded.deleted_at IS NULL THEN excluded.body ELSE patients.body END,
    deleted_at = excluded.deleted_at
"""


class MirrorError(Exception):
    """The mirror file cannot be used (not SQLite, another schema, another API)."""


@dataclass
class Summary:
    """What one run did: patients per kind of change (each patient counted once),
    requests made, seconds taken, and the mirror's size afterwards."""

    counts: dict[str, int] = field(default_factory=lambda: dict.fromkeys(KINDS, 0))
    requests: int = 0
    seconds: float = 0.0
    patients: int = 0
    deleted: int = 0
    resumed: bool = False

    def line(self) -> str:
        kinds = ", ".join(f"{self.counts[kind]} {kind}" for kind in KINDS)
        resumed = " (resumed an interrupted run)" if self.resumed else ""
        return (
            f"{kinds}; {self.requests} requests; {self.seconds:.1f} s; "
            f"mirror: {self.patients} patients, {self.deleted} of them deleted{resumed}"
        )


class Mirror:
    """One mirror file. ``Mirror(path).sync(client)`` brings it up to date."""

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        if not self.path.parent.is_dir():
            raise MirrorError(f"{self.path}: folder {self.path.parent} does not exist")
        if self.path.exists() and not self.path.is_file():
            raise MirrorError(f"{self.path}: not a file")
        try:
            self.db = sqlite3.connect(self.path, isolation_level=None)
            self._check_schema()  # before any write: a file that is not ours stays as it was
            self.db.execute("PRAGMA journal_mode = WAL")  # readers go on reading during a run
            self.db.executescript(SCHEMA)
        except sqlite3.DatabaseError as exc:
            raise MirrorError(f"{self.path}: not a usable SQLite file ({exc})") from None

    def _check_schema(self) -> None:
        for table, needed in REQUIRED_COLUMNS.items():
            columns = {row[1] for row in self.db.execute(f"PRAGMA table_info({table})")}
            if columns and not needed <= columns:
                raise MirrorError(
                    f"{self.path}: table {table} lacks columns {', '.join(sorted(needed - columns))};"
                    " is this a cliniko-sync mirror?"
                )

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> Mirror:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # ---- state ----------------------------------------------------------------------

    def _state(self, name: str) -> str | None:
        row = self.db.execute("SELECT value FROM sync_state WHERE name = ?", (name,)).fetchone()
        return None if row is None else str(row[0])

    def _set_state(self, name: str, value: str) -> None:
        self.db.execute(
            "INSERT INTO sync_state (name, value) VALUES (?, ?)"
            " ON CONFLICT (name) DO UPDATE SET value = excluded.value",
            (name, value),
        )

    def checkpoint(self) -> dict[str, Any] | None:
        """Where the next run starts: an unfinished run's last page, else the last run's end."""
        text = self._state("pending") or self._state("checkpoint")
        return None if text is None else dict(json.loads(text))

    def _bind(self, base_url: str) -> None:
        """A mirror follows one API: refuse to mix in another's patients."""
        known = self._state("base_url")
        if known is None:
            with self._transaction():
                self._set_state("base_url", base_url)
        elif known != base_url:
            raise MirrorError(f"{self.path} mirrors {known}, not {base_url}; use another --db for another account")

    def _transaction(self) -> Any:
        return _Transaction(self.db)

    # ---- a run ----------------------------------------------------------------------

    def _stage(self, batch: Batch) -> Counter[str]:
        """One page: its changes and checkpoint, committed together. The run's last page
        also applies every staged change to ``patients``; returns the run's counts then."""
        with self._transaction():
            self.db.executemany(
                "INSERT INTO sync_pending (id, kind, body, deleted_at) VALUES (?, ?, ?, ?)",
                [
                    (c.id, c.kind, c.json, c.body.get("deleted_at") if c.kind == "deleted" else None)
                    for c in batch.changes
                ],
            )
            checkpoint = json.dumps(batch.checkpoint, separators=(",", ":"))
            if not batch.done:
                self._set_state("pending", checkpoint)
                return Counter()
            counts = self._counts()
            self.db.execute(APPLY)
            self._set_state("checkpoint", checkpoint)
            self.db.execute("DELETE FROM sync_state WHERE name = 'pending'")
            self.db.execute("DELETE FROM sync_pending")
        return counts

    def _counts(self) -> Counter[str]:
        """Patients per kind in the unfinished run, each counted once (its first and last
        kinds decide: created stays created, deleted wins)."""
        first: dict[str, str] = {}
        last: dict[str, str] = {}
        for patient_id, kind in self.db.execute("SELECT id, kind FROM sync_pending ORDER BY seq"):
            first.setdefault(patient_id, kind)
            last[patient_id] = kind
        counts: Counter[str] = Counter()
        for patient_id, kind in last.items():
            counts["created" if first[patient_id] == "created" and kind != "deleted" else kind] += 1
        return counts

    def _summary(self, counts: Counter[str], requests: int, started: float, resumed: bool) -> Summary:
        patients, deleted = self.db.execute("SELECT count(*), count(deleted_at) FROM patients").fetchone()
        summary = Summary(
            requests=requests, seconds=time.monotonic() - started, patients=patients, deleted=deleted, resumed=resumed
        )
        summary.counts.update(counts)
        return summary

    def sync(
        self,
        client: Client,
        *,
        settle: float = DEFAULT_SETTLE,
        per_page: int = 100,
        on_batch: Callable[[Batch], None] | None = None,
    ) -> Summary:
        """Bring the mirror up to date; ``on_batch`` sees each page as it is committed."""
        started = time.monotonic()
        self._bind(client._base_url)
        resumed = self._state("pending") is not None
        requests = 0
        counts: Counter[str] = Counter()
        for batch in iter_changes(client, self.checkpoint(), settle=settle, per_page=per_page):
            counts += self._stage(batch)
            requests += 1  # one page each
            if on_batch is not None:
                on_batch(batch)
        return self._summary(counts, requests, started, resumed)

    async def async_sync(
        self,
        client: Client,
        *,
        settle: float = DEFAULT_SETTLE,
        per_page: int = 100,
        on_batch: Callable[[Batch], None] | None = None,
    ) -> Summary:
        """Async ``sync`` (the SQLite writes are short and run in the event loop's thread)."""
        started = time.monotonic()
        self._bind(client._base_url)
        resumed = self._state("pending") is not None
        requests = 0
        counts: Counter[str] = Counter()
        async for batch in aiter_changes(client, self.checkpoint(), settle=settle, per_page=per_page):
            counts += self._stage(batch)
            requests += 1  # one page each
            if on_batch is not None:
                on_batch(batch)
        return self._summary(counts, requests, started, resumed)


class _Transaction:
    """BEGIN IMMEDIATE ... COMMIT, or ROLLBACK on any exception (Ctrl-C included)."""

    def __init__(self, db: sqlite3.Connection) -> None:
        self.db = db

    def __enter__(self) -> None:
        self.db.execute("BEGIN IMMEDIATE")

    def __exit__(self, kind: type[BaseException] | None, *rest: object) -> None:
        self.db.execute("COMMIT" if kind is None else "ROLLBACK")
