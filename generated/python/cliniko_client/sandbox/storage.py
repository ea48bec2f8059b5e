"""Patients in SQLite (sqlite3, no ORM).

A patient is stored whole as JSON in `data`; the properties that `q[]` filters
and `sort` use are copied into columns (written in one place, `_columns`) so
SQLite can filter and order with indexes. `state` says which list a patient is
in: active, archived (merged included) or deleted.

Lists fetch one page of ids through a covering index first and only then the
patients themselves, so a deep page costs about what page 1 costs.

Writes never lose each other: a change to a stored patient reads, changes and
writes it in one `BEGIN IMMEDIATE` transaction (`update`), holding the write
lock from the read to the commit, so two writers (or two processes on one
`--db` file) cannot both start from the same old record. A create inserts and
never replaces.
"""

from __future__ import annotations

import json
import sqlite3
import threading
from collections.abc import Callable, Iterable
from typing import Any

FILTER_COLUMNS = (
    "created_at",
    "updated_at",
    "archived_at",
    "deleted_at",
    "first_name",
    "last_name",
    "preferred_first_name",
    "email",
    "old_reference_id",
    "date_of_birth",
    "accepted_privacy_policy",
)
COLUMNS = ("id", "account_id", "state", *FILTER_COLUMNS, "data")

SCHEMA = """
CREATE TABLE IF NOT EXISTS patients (
    id INTEGER PRIMARY KEY,
    account_id INTEGER NOT NULL,
    state TEXT NOT NULL CHECK (state IN ('active', 'archived', 'deleted')),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    archived_at TEXT,
    deleted_at TEXT,
    first_name TEXT,
    last_name TEXT,
    preferred_first_name TEXT,
    email TEXT,
    old_reference_id TEXT,
    date_of_birth TEXT,
    accepted_privacy_policy INTEGER,
    data TEXT NOT NULL
);
-- The default order (created_at, id) of each list of each account; updated_at rides along so
-- that `q[]=updated_at:>...` in that order filters in the index, without reading each row.
CREATE INDEX IF NOT EXISTS patients_by_created_updated ON patients (account_id, state, created_at, id, updated_at);
-- Incremental sync: q[]=updated_at:>...
CREATE INDEX IF NOT EXISTS patients_by_updated ON patients (account_id, state, updated_at, id);
-- Sync of deletions: /patients/deleted?q[]=deleted_at:>...
CREATE INDEX IF NOT EXISTS patients_by_deleted ON patients (account_id, state, deleted_at, id);
-- Name searches and sort=last_name.
CREATE INDEX IF NOT EXISTS patients_by_last_name ON patients (account_id, state, last_name, id);
-- cliniko_client.sync's walk, q[]=archived_at:* (two states) by updated_at: one ordered scan, no sort.
CREATE INDEX IF NOT EXISTS patients_by_updated_any ON patients (account_id, updated_at, id, state);
"""

# Which states each list shows.
VIEWS = {
    "patients": ("active",),
    "patients+archived": ("active", "archived"),
    "archived": ("archived",),
    "deleted": ("deleted",),
}


def _columns(account_id: int, patient: dict[str, Any]) -> tuple[Any, ...]:
    if patient.get("deleted_at"):
        state = "deleted"
    elif patient.get("archived_at"):
        state = "archived"
    else:
        state = "active"
    policy = patient.get("accepted_privacy_policy")
    values = {name: patient.get(name) for name in FILTER_COLUMNS}
    values["accepted_privacy_policy"] = None if policy is None else int(policy)
    return (int(patient["id"]), account_id, state, *values.values(), json.dumps(patient))


class Storage:
    def __init__(self, path: str = ":memory:") -> None:
        # One connection behind a lock: the app may call from more than one thread.
        self._db = sqlite3.connect(path, check_same_thread=False, isolation_level=None)
        self._lock = threading.Lock()
        self._db.execute("PRAGMA journal_mode = WAL" if path != ":memory:" else "PRAGMA journal_mode = MEMORY")
        self._db.execute("PRAGMA synchronous = NORMAL")
        self._db.execute("PRAGMA cache_size = -65536")  # 64 MiB: bulk seeding keeps the indexes in memory
        self._db.executescript(SCHEMA)

    def close(self) -> None:
        self._db.close()

    def count(self, account_id: int) -> int:
        with self._lock:
            row = self._db.execute("SELECT count(*) FROM patients WHERE account_id = ?", (account_id,)).fetchone()
        return int(row[0])

    def id_exists(self, patient_id: int) -> bool:
        with self._lock:
            return self._db.execute("SELECT 1 FROM patients WHERE id = ?", (patient_id,)).fetchone() is not None

    def save(self, account_id: int, patient: dict[str, Any]) -> None:
        """Insert or replace one patient whole (seeding and tests; requests use insert and update)."""
        self.save_many(account_id, [patient])

    def insert(self, account_id: int, patient: dict[str, Any]) -> bool:
        """Add a new patient; False (nothing written) if its id is taken."""
        placeholders = ", ".join("?" * len(COLUMNS))
        with self._lock:
            try:
                self._db.execute(
                    f"INSERT INTO patients ({', '.join(COLUMNS)}) VALUES ({placeholders})",
                    _columns(account_id, patient),
                )
            except sqlite3.IntegrityError:
                return False
        return True

    def update(
        self, account_id: int, patient_id: int, change: Callable[[str, dict[str, Any]], bool]
    ) -> tuple[str, dict[str, Any]] | None:
        """Read, change and write one patient atomically; None if the account has no such patient.

        `change(state, patient)` edits the patient in place and says whether to write it;
        an exception it raises rolls everything back. Returns (state, patient) as left.
        """
        with self._lock:
            self._db.execute("BEGIN IMMEDIATE")  # the write lock now, not at the first write
            try:
                row = self._db.execute(
                    "SELECT state, data FROM patients WHERE account_id = ? AND id = ?", (account_id, patient_id)
                ).fetchone()
                if row is None:
                    self._db.execute("ROLLBACK")
                    return None
                state, patient = row[0], json.loads(row[1])
                if change(state, patient):
                    columns = _columns(account_id, patient)
                    if columns[0] != patient_id:
                        raise ValueError("a change must not alter the patient's id")
                    assignments = ", ".join(f"{name} = ?" for name in COLUMNS[1:])
                    self._db.execute(f"UPDATE patients SET {assignments} WHERE id = ?", (*columns[1:], patient_id))
                    state = columns[2]
            except BaseException:
                self._db.execute("ROLLBACK")
                raise
            self._db.execute("COMMIT")
        return state, patient

    def save_many(self, account_id: int, patients: Iterable[dict[str, Any]]) -> None:
        """Insert or replace patients in one transaction (seeding 100,000 takes seconds)."""
        placeholders = ", ".join("?" * len(COLUMNS))
        sql = f"INSERT OR REPLACE INTO patients ({', '.join(COLUMNS)}) VALUES ({placeholders})"
        with self._lock:
            self._db.execute("BEGIN")
            try:
                # In id order: appending to the table's B-tree is much faster than random inserts.
                rows = sorted((_columns(account_id, p) for p in patients), key=lambda row: row[0])
                self._db.executemany(sql, rows)
            except BaseException:
                self._db.execute("ROLLBACK")
                raise
            self._db.execute("COMMIT")

    def get(self, account_id: int, patient_id: int) -> tuple[str, dict[str, Any]] | None:
        """(state, patient) of one of the account's patients, or None."""
        with self._lock:
            row = self._db.execute(
                "SELECT state, data FROM patients WHERE account_id = ? AND id = ?", (account_id, patient_id)
            ).fetchone()
        return None if row is None else (row[0], json.loads(row[1]))

    def list(
        self, account_id: int, view: str, where: str, params: list[Any], order_by: str, limit: int, offset: int
    ) -> tuple[int, list[dict[str, Any]]]:
        """(total matching, one page of patients). `where` and `order_by` come from filters.py."""
        states = VIEWS[view]
        scope = f"account_id = ? AND state IN ({', '.join('?' * len(states))}) AND ({where})"
        scope_params = [account_id, *states, *params]
        with self._lock:
            total = self._db.execute(f"SELECT count(*) FROM patients WHERE {scope}", scope_params).fetchone()[0]
            if offset >= total:
                return total, []
            rows = self._db.execute(
                f"SELECT p.data FROM (SELECT id FROM patients WHERE {scope} ORDER BY {order_by} LIMIT ? OFFSET ?)"
                f" AS page JOIN patients AS p ON p.id = page.id ORDER BY {_qualified(order_by)}",
                [*scope_params, limit, offset],
            ).fetchall()
        return total, [json.loads(data) for (data,) in rows]


def _qualified(order_by: str) -> str:
    """The same ORDER BY on the joined table's columns."""
    return ", ".join(f"p.{key.strip()}" for key in order_by.split(","))
