"""What a mirror holds, read straight from its database (a SQLite file or PostgreSQL)."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path
from typing import Any


def read_mirror(target: str | Path, table: str) -> dict[str, tuple[dict[str, Any], str | None]]:
    """Every row of ``table`` in the mirror at ``target`` (a SQLite file's path or a
    ``postgresql://`` URL): id -> (body as a dict, deleted_at). Empty when there is no such table."""
    if isinstance(target, str) and target.startswith(("postgresql://", "postgres://")):
        import psycopg

        with psycopg.connect(target) as db:
            if db.execute("SELECT to_regclass(%s)", (table,)).fetchone() == (None,):
                return {}
            rows = db.execute(f"SELECT id, body, deleted_at FROM {table}").fetchall()  # jsonb: read as dicts
        return {row[0]: (row[1], row[2]) for row in rows}
    db = sqlite3.connect(target)
    try:
        if not db.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", (table,)).fetchall():
            return {}
        rows = db.execute(f"SELECT id, body, deleted_at FROM {table}").fetchall()
    finally:
        db.close()
    return {row[0]: (json.loads(row[1]), row[2]) for row in rows}
