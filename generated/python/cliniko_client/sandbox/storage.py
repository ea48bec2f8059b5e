"""A resource's records in SQLite (sqlite3, no ORM), one table per resource.

A record is stored whole as JSON in `data`; the properties that `q[]` filters
and `sort` use are copied into columns (written in one place, `Table.row`) so
SQLite can filter and order with indexes: one index per filterable column, the
default order (created_at, id) and the sync's walk (updated_at, id). Which
columns a table has comes from the spec (`Table`, made by collections.py from
the resource's `x-cliniko-filters`). `state` says which list a record is in:
active, archived (merged patients included) or deleted.

Lists fetch one page of ids through a covering index first and only then the
records themselves, so a deep page costs about what page 1 costs.

Writes never lose each other: a change to a stored record reads, changes and
writes it in one `BEGIN IMMEDIATE` transaction (`update`), holding the write
lock from the read to the commit, so two writers (or two processes on one
`--db` file) cannot both start from the same old record. A create inserts and
never replaces.
"""

from __future__ import annotations

import json
import re
import sqlite3
import threading
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

# The SQL type of a column of each x-cliniko-filters type (booleans as 0/1).
SQL_TYPES = {"DateTime": "TEXT", "Date": "TEXT", "String": "TEXT", "Integer": "INTEGER", "Boolean": "INTEGER"}
# Columns every table has whatever its filters, the timestamps its default order and states need.
ALWAYS = {"created_at": "DateTime", "updated_at": "DateTime", "archived_at": "DateTime", "deleted_at": "DateTime"}
NAME = re.compile(r"^[a-z][a-z0-9_]*$")


def is_list_of_ids(column: str) -> bool:
    """Whether a column holds a list of ids (`appointment_type_ids`), as Cliniko names them.
    Stored as a JSON array of strings; its filters and nested lists ask "contains"."""
    return column.endswith("_ids")


# Which states each list shows.
VIEWS = {
    "active": ("active",),
    "active+archived": ("active", "archived"),
    "archived": ("archived",),
    "deleted": ("deleted",),
}


@dataclass(frozen=True)
class Room:
    """A limit on the records a new one joins (a class's places): at most `places` records
    of the account match `where` (SQL over the table's columns, with `params`); a new
    record past it is refused with `refusal`."""

    where: str
    params: list[Any]
    places: int
    refusal: Exception


@dataclass(frozen=True)
class Table:
    """One resource's table: its name and its filterable columns with their filter types."""

    name: str
    columns: dict[str, str]  # column -> x-cliniko-filters type, `id` excluded (the key)

    def __post_init__(self) -> None:
        # Names go into SQL text: only plain identifiers (they come from the spec, checked here once).
        for name in (self.name, *self.columns):
            if not NAME.match(name):
                raise ValueError(f"{name!r} cannot name a table or column")

    @property
    def filter_columns(self) -> tuple[str, ...]:
        return tuple({**ALWAYS, **self.columns})

    @property
    def booleans(self) -> frozenset[str]:
        return frozenset(name for name, kind in self.columns.items() if kind == "Boolean")

    def schema(self) -> str:
        columns = {**ALWAYS, **self.columns}
        definitions = ",\n    ".join(
            f"{name} {SQL_TYPES[kind]}" + (" NOT NULL" if name in ("created_at", "updated_at") else "")
            for name, kind in columns.items()
        )
        t = self.name
        lines = [
            f"CREATE TABLE IF NOT EXISTS {t} (\n    id INTEGER PRIMARY KEY,\n    account_id INTEGER NOT NULL,\n"
            f"    state TEXT NOT NULL CHECK (state IN ('active', 'archived', 'deleted')),\n    {definitions},\n"
            "    data TEXT NOT NULL\n);",
            # The default order (created_at, id) of each list of each account; updated_at rides along so
            # that `q[]=updated_at:>...` in that order filters in the index, without reading each row.
            f"CREATE INDEX IF NOT EXISTS {t}_by_created_updated ON {t}"
            " (account_id, state, created_at, id, updated_at);",
            # cliniko_client.sync's walk, q[]=archived_at:* (two states) by updated_at: one ordered scan, no sort.
            f"CREATE INDEX IF NOT EXISTS {t}_by_updated_any ON {t} (account_id, updated_at, id, state);",
        ]
        # One index per filterable column: every filter (and sort) of the spec is indexed. A list of
        # ids is searched inside its JSON (small lists of a few records), by account and state.
        lines += [f"CREATE INDEX IF NOT EXISTS {t}_by_{c} ON {t} (account_id, state, {c}, id);" for c in columns]
        return "\n".join(lines)

    def row(self, account_id: int, record: dict[str, Any]) -> tuple[Any, ...]:
        if record.get("deleted_at"):
            state = "deleted"
        elif record.get("archived_at"):
            state = "archived"
        else:
            state = "active"
        values = []
        for name in self.filter_columns:
            value = record.get(name)
            if value is None and is_list_of_ids(name):  # a record naming one patient lists that one
                value = None if record.get(name[:-1]) is None else [record[name[:-1]]]
            if is_list_of_ids(name) and value is not None:
                value = json.dumps([str(v) for v in value])
            values.append(int(value) if name in self.booleans and value is not None else value)
        return (int(record["id"]), account_id, state, *values, json.dumps(record))

    @property
    def all_columns(self) -> tuple[str, ...]:
        return ("id", "account_id", "state", *self.filter_columns, "data")


class Storage:
    """One resource's records (`table`) in the SQLite database at `path`."""

    def __init__(self, path: str, table: Table) -> None:
        self.table = table
        # One connection behind a lock: the app may call from more than one thread.
        self._db = sqlite3.connect(path, check_same_thread=False, isolation_level=None)
        self._lock = threading.Lock()
        self._db.execute("PRAGMA journal_mode = WAL" if path != ":memory:" else "PRAGMA journal_mode = MEMORY")
        self._db.execute("PRAGMA synchronous = NORMAL")
        self._db.execute("PRAGMA cache_size = -65536")  # 64 MiB: bulk seeding keeps the indexes in memory
        self._db.executescript(table.schema())
        self._t = table.name
        self._placeholders = ", ".join("?" * len(table.all_columns))

    def close(self) -> None:
        self._db.close()

    def count(self, account_id: int) -> int:
        with self._lock:
            row = self._db.execute(f"SELECT count(*) FROM {self._t} WHERE account_id = ?", (account_id,)).fetchone()
        return int(row[0])

    def id_exists(self, record_id: int) -> bool:
        with self._lock:
            return self._db.execute(f"SELECT 1 FROM {self._t} WHERE id = ?", (record_id,)).fetchone() is not None

    def save(self, account_id: int, record: dict[str, Any]) -> None:
        """Insert or replace one record whole (seeding and tests; requests use insert and update)."""
        self.save_many(account_id, [record])

    def insert(self, account_id: int, record: dict[str, Any], room: Room | None = None) -> bool:
        """Add a new record; False (nothing written) if its id is taken. With `room`, only while
        fewer than `room.places` records of the account match `room.where`, else `room.refusal`
        is raised: counted and inserted in one `BEGIN IMMEDIATE` transaction, so two inserts
        racing for the last place cannot both win."""
        with self._lock:
            self._db.execute("BEGIN IMMEDIATE")
            try:
                if room is not None:
                    taken = self._db.execute(
                        f"SELECT count(*) FROM {self._t} WHERE account_id = ? AND ({room.where})",
                        (account_id, *room.params),
                    ).fetchone()[0]
                    if taken >= room.places:
                        raise room.refusal
                self._db.execute(
                    f"INSERT INTO {self._t} ({', '.join(self.table.all_columns)}) VALUES ({self._placeholders})",
                    self.table.row(account_id, record),
                )
            except sqlite3.IntegrityError:
                self._db.execute("ROLLBACK")
                return False
            except BaseException:
                self._db.execute("ROLLBACK")
                raise
            self._db.execute("COMMIT")
        return True

    def update(
        self, account_id: int, record_id: int, change: Callable[[str, dict[str, Any]], bool]
    ) -> tuple[str, dict[str, Any]] | None:
        """Read, change and write one record atomically; None if the account has no such record.

        `change(state, record)` edits the record in place and says whether to write it;
        an exception it raises rolls everything back. Returns (state, record) as left.
        """
        with self._lock:
            self._db.execute("BEGIN IMMEDIATE")  # the write lock now, not at the first write
            try:
                row = self._db.execute(
                    f"SELECT state, data FROM {self._t} WHERE account_id = ? AND id = ?", (account_id, record_id)
                ).fetchone()
                if row is None:
                    self._db.execute("ROLLBACK")
                    return None
                state, record = row[0], json.loads(row[1])
                if change(state, record):
                    columns = self.table.row(account_id, record)
                    if columns[0] != record_id:
                        raise ValueError("a change must not alter the record's id")
                    assignments = ", ".join(f"{name} = ?" for name in self.table.all_columns[1:])
                    self._db.execute(f"UPDATE {self._t} SET {assignments} WHERE id = ?", (*columns[1:], record_id))
                    state = columns[2]
            except BaseException:
                self._db.execute("ROLLBACK")
                raise
            self._db.execute("COMMIT")
        return state, record

    def save_many(self, account_id: int, records: Iterable[dict[str, Any]]) -> None:
        """Insert or replace records in one transaction (seeding 100,000 takes seconds)."""
        sql = f"INSERT OR REPLACE INTO {self._t} ({', '.join(self.table.all_columns)}) VALUES ({self._placeholders})"
        with self._lock:
            self._db.execute("BEGIN")
            try:
                # In id order: appending to the table's B-tree is much faster than random inserts.
                rows = sorted((self.table.row(account_id, r) for r in records), key=lambda row: row[0])
                self._db.executemany(sql, rows)
            except BaseException:
                self._db.execute("ROLLBACK")
                raise
            self._db.execute("COMMIT")

    def get(self, account_id: int, record_id: int) -> tuple[str, dict[str, Any]] | None:
        """(state, record) of one of the account's records, or None."""
        with self._lock:
            row = self._db.execute(
                f"SELECT state, data FROM {self._t} WHERE account_id = ? AND id = ?", (account_id, record_id)
            ).fetchone()
        return None if row is None else (row[0], json.loads(row[1]))

    def ids_where(self, account_id: int, where: str, params: list[Any]) -> list[int]:
        """The ids of the account's records, in every state, that `where` (SQL over the columns) picks."""
        with self._lock:
            rows = self._db.execute(
                f"SELECT id FROM {self._t} WHERE account_id = ? AND ({where})", [account_id, *params]
            ).fetchall()
        return [row[0] for row in rows]

    def first_keys(
        self, account_id: int, view: str, where: str, params: list[Any], order_by: str, limit: int
    ) -> tuple[int, list[tuple[Any, ...]]]:
        """(total matching, the first `limit` of them as their `order_by` values followed by the
        id), read from the indexes only: what merging this table's records with others' needs."""
        scope, scope_params = _scope(account_id, view, where, params)
        keys = ", ".join(key.split()[0] for key in order_by.split(","))
        with self._lock:
            total = self._db.execute(f"SELECT count(*) FROM {self._t} WHERE {scope}", scope_params).fetchone()[0]
            rows = self._db.execute(
                f"SELECT {keys}, id FROM {self._t} WHERE {scope} ORDER BY {order_by} LIMIT ?", [*scope_params, limit]
            ).fetchall()
        return total, [tuple(row) for row in rows]

    def list(
        self, account_id: int, view: str, where: str, params: list[Any], order_by: str, limit: int, offset: int
    ) -> tuple[int, list[dict[str, Any]]]:
        """(total matching, one page of records). `where` and `order_by` come from filters.py."""
        scope, scope_params = _scope(account_id, view, where, params)
        t = self._t
        with self._lock:
            total = self._db.execute(f"SELECT count(*) FROM {t} WHERE {scope}", scope_params).fetchone()[0]
            if offset >= total:
                return total, []
            rows = self._db.execute(
                f"SELECT p.data FROM (SELECT id FROM {t} WHERE {scope} ORDER BY {order_by} LIMIT ? OFFSET ?)"
                f" AS page JOIN {t} AS p ON p.id = page.id ORDER BY {_qualified(order_by)}",
                [*scope_params, limit, offset],
            ).fetchall()
        return total, [json.loads(data) for (data,) in rows]


def _scope(account_id: int, view: str, where: str, params: list[Any]) -> tuple[str, list[Any]]:
    """SQL and parameters: the account's records in the states of `view` that `where` picks."""
    states = VIEWS[view]
    return (
        f"account_id = ? AND state IN ({', '.join('?' * len(states))}) AND ({where})",
        [account_id, *states, *params],
    )


def _qualified(order_by: str) -> str:
    """The same ORDER BY on the joined table's columns."""
    return ", ".join(f"p.{key.strip()}" for key in order_by.split(","))
