"""Where a mirror lives: a SQLite file (the default, embedded) or a PostgreSQL database.

``open_database(target)`` takes a path or a ``postgresql://`` URL. The mirror writes one
SQL for both: ``?`` placeholders, ``ON CONFLICT`` upserts, and the two differences named
here: the column type of JSON bodies, and how a JSON text parameter is written.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any


class DatabaseError(Exception):
    """The database cannot be used: one line saying which and why (never a password)."""


class Database:
    """One connection. ``transaction()``: a transaction that one writer holds at a time."""

    where: str  # the path, or the URL without its password: for messages
    json_type: str  # the column type of bodies
    json_param: str  # a placeholder for JSON text
    serial_type: str  # the column type of a key numbered as rows are added

    def setup(self) -> None:
        """Settings for a mirror, once its schema is known to be ours (nothing by default)."""

    def execute(self, sql: str, params: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
        raise NotImplementedError

    def executemany(self, sql: str, rows: Iterable[Sequence[Any]]) -> None:
        raise NotImplementedError

    def transaction(self) -> Any:
        raise NotImplementedError

    def columns(self, table: str) -> set[str]:
        """The columns of ``table``; empty when there is no such table."""
        raise NotImplementedError

    def close(self) -> None:
        raise NotImplementedError


def is_url(target: str) -> bool:
    return target.startswith(("postgresql://", "postgres://"))


def open_database(target: str | Path) -> Database:
    """The database ``target`` names: a ``postgresql://`` URL (psycopg 3, the ``postgresql``
    extra), else a SQLite file's path (created if missing; its folder must exist)."""
    if isinstance(target, str) and is_url(target):
        from .postgres import PostgreSQL

        return PostgreSQL(target)
    return SQLite(Path(target))


class SQLite(Database):
    json_type = "TEXT"
    json_param = "?"
    serial_type = "INTEGER"  # INTEGER PRIMARY KEY: the rowid, numbered as rows are added

    def __init__(self, path: Path) -> None:
        self.where = str(path)
        if not path.parent.is_dir():
            raise DatabaseError(f"{path}: folder {path.parent} does not exist")
        if path.exists() and not path.is_file():
            raise DatabaseError(f"{path}: not a file")
        try:
            self.db = sqlite3.connect(path, isolation_level=None)
            self.db.execute("PRAGMA schema_version").fetchone()  # reads the header: not SQLite fails here
        except sqlite3.DatabaseError as exc:
            raise DatabaseError(f"{path}: not a usable SQLite file ({exc})") from None

    def setup(self) -> None:
        self.db.execute("PRAGMA journal_mode = WAL")  # readers go on reading during a run

    def execute(self, sql: str, params: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
        try:
            return self.db.execute(sql, params).fetchall()
        except sqlite3.DatabaseError as exc:
            raise DatabaseError(f"{self.where}: {exc}") from None

    def executemany(self, sql: str, rows: Iterable[Sequence[Any]]) -> None:
        try:
            self.db.executemany(sql, rows)
        except sqlite3.DatabaseError as exc:
            raise DatabaseError(f"{self.where}: {exc}") from None

    def transaction(self) -> Any:
        return _Transaction(self, "BEGIN IMMEDIATE")

    def columns(self, table: str) -> set[str]:
        return {row[1] for row in self.execute(f"PRAGMA table_info({table})")}

    def close(self) -> None:
        self.db.close()


class _Transaction:
    """``begin`` ... COMMIT, or ROLLBACK on any exception (Ctrl-C included)."""

    def __init__(self, db: Database, begin: str) -> None:
        self.db = db
        self.begin = begin

    def __enter__(self) -> None:
        self.db.execute(self.begin)

    def __exit__(self, kind: type[BaseException] | None, *rest: object) -> None:
        self.db.execute("COMMIT" if kind is None else "ROLLBACK")
