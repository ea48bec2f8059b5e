"""Read a mirror's table back, whatever holds it (a SQLite file here)."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path
from typing import Any


def read_mirror(target: Path | str, table: str) -> dict[str, tuple[dict[str, Any], str | None]]:
    """id -> (body, deleted_at) of every row of ``table``; empty when the table does not exist."""
    with sqlite3.connect(target) as db:
        if not db.execute("SELECT 1 FROM sqlite_master WHERE name = ?", (table,)).fetchone():
            return {}
        rows = db.execute(f"SELECT id, body, deleted_at FROM {table}").fetchall()
    return {rid: (json.loads(body), deleted_at) for rid, body, deleted_at in rows}
