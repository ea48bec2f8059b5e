"""A mirror in PostgreSQL (psycopg 3: the package's ``postgresql`` extra).

Bodies are ``jsonb`` (the same JSON value the API sent; PostgreSQL keeps neither its key
order nor its spacing), so they can be queried: ``SELECT body->>'first_name' FROM
patients``. The database must exist; the mirror makes its tables in the connection's
current schema. A transaction of a run holds an advisory lock of that schema, so two
runs on one mirror take turns at writing (the second waits) and never interleave the
statements of a page or of the run's end.

Every failure is a ``DatabaseError`` of one line, naming the database by its URL without
the password, which no message ever holds.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from typing import Any
from urllib.parse import unquote

from .databases import Database, DatabaseError

try:
    import psycopg
    from psycopg.conninfo import conninfo_to_dict, make_conninfo
except ImportError as exc:  # the postgresql extra is not installed: PostgreSQL() says so
    _missing: ImportError | None = exc
else:
    _missing = None

# Taken by every transaction of a run, per schema (mirrors in other schemas need not wait).
LOCK = "SELECT pg_advisory_xact_lock(hashtext('cliniko-sync ' || coalesce(current_schema(), '')))"
CONNECT_DEFAULTS = {"connect_timeout": "10", "application_name": "cliniko-sync"}  # unless the URL sets them
UNREACHABLE = (
    "connection refused",
    "failed to resolve host",
    "could not translate host name",
    "timeout expired",
    "no route to host",
    "network is unreachable",
)


class PostgreSQL(Database):
    json_type = "JSONB"
    json_param = "CAST(? AS jsonb)"  # the compact JSON text the API sent, stored as jsonb
    serial_type = "BIGSERIAL"

    def __init__(self, url: str) -> None:
        self.where = public_url(url)
        self._secrets = passwords(url)
        if _missing is not None:
            raise DatabaseError(
                f"{self.where}: a PostgreSQL mirror needs psycopg, which is not installed: "
                "pip install 'cliniko-client[postgresql]'"
            )
        try:
            params = conninfo_to_dict(url)
        except psycopg.Error as exc:
            raise self._error(
                f"not a URL PostgreSQL can read ({self._line(exc)}); "
                "write it as postgresql://USER:PASSWORD@HOST:PORT/DATABASE"
            ) from None
        defaults = {name: value for name, value in CONNECT_DEFAULTS.items() if name not in params}
        try:
            self.db = psycopg.connect(make_conninfo(url, **defaults), autocommit=True)
        except psycopg.Error as exc:
            raise self._connect_error(exc, params) from None

    # ---- errors ---------------------------------------------------------------------

    def _line(self, exc: BaseException) -> str:
        """The first line of a psycopg message, without libpq's prefixes and the password."""
        text = (str(exc).strip().splitlines() or [type(exc).__name__])[0]
        text = text.removeprefix("connection is bad: ").removeprefix("connection failed: ")
        if text.startswith("connection to server at ") and " failed: " in text:
            text = text.split(" failed: ", 1)[1]
        text = text.removeprefix("FATAL:").strip()
        for secret in self._secrets:
            text = text.replace(secret, "***")
        return text

    def _error(self, message: str) -> DatabaseError:
        for secret in self._secrets:
            message = message.replace(secret, "***")
        return DatabaseError(f"{self.where}: {message}")

    def _connect_error(self, exc: psycopg.Error, params: dict[str, Any]) -> DatabaseError:
        line = self._line(exc)
        lowered = line.lower()
        database = params.get("dbname") or params.get("user") or "NAME"
        if f'database "{database}" does not exist' in line:
            return self._error(f"database {database} does not exist; create it first: createdb {database}")
        if "authentication failed" in lowered or "no password supplied" in lowered or 'role "' in line:
            return self._error(f"the server refused the login ({line}); check the URL's user and password")
        if any(reason in lowered for reason in UNREACHABLE):
            where = f"{params.get('host') or 'localhost'}:{params.get('port') or 5432}"
            return self._error(
                f"cannot reach a PostgreSQL server at {where} ({line}); "
                "is it running, and are the URL's host and port right?"
            )
        if lowered.startswith("invalid "):  # an option libpq checks as it connects (a port that is not a number)
            return self._error(
                f"not a URL PostgreSQL can read ({line}); write it as postgresql://USER:PASSWORD@HOST:PORT/DATABASE"
            )
        return self._error(f"cannot connect ({line})")

    @contextmanager
    def _errors(self) -> Iterator[None]:
        try:
            yield
        except psycopg.Error as exc:
            raise self._error(self._line(exc)) from None

    # ---- Database -------------------------------------------------------------------

    def execute(self, sql: str, params: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
        with self._errors():
            cursor = self.db.execute(_placeholders(sql), tuple(params))
            return cursor.fetchall() if cursor.description is not None else []

    def executemany(self, sql: str, rows: Iterable[Sequence[Any]]) -> None:
        with self._errors(), self.db.cursor() as cursor:
            cursor.executemany(_placeholders(sql), [tuple(row) for row in rows])

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """BEGIN, the lock (a second run waits here), ... COMMIT, or ROLLBACK on any exception."""
        with self._errors(), self.db.transaction():
            self.db.execute(LOCK)
            yield

    def columns(self, table: str) -> set[str]:
        rows = self.execute(
            "SELECT column_name FROM information_schema.columns"
            " WHERE table_schema = current_schema() AND table_name = ?",
            (table,),
        )
        return {str(name) for (name,) in rows}

    def close(self) -> None:
        self.db.close()


def _placeholders(sql: str) -> str:
    """The mirror's ``?`` placeholders as psycopg's ``%s`` (a ``%`` of the SQL kept as itself)."""
    return sql.replace("%", "%%").replace("?", "%s")


def _parts(url: str) -> tuple[str, str, str, list[str]]:
    """``url`` as (``scheme://``, user part, hosts and path, query parameters). The user part
    ends at the last ``@``: a password may hold a ``/`` or ``@`` that was not escaped."""
    scheme, sep, rest = url.partition("://")
    before, _, query = rest.partition("?")
    user, _, after = before.rpartition("@")
    return scheme + sep, user, after, [p for p in query.split("&") if p]


def public_url(url: str) -> str:
    """``url`` without its password (of the user part, or a ``password=`` parameter): for messages."""
    start, user, after, query = _parts(url)
    kept = [p for p in query if not p.lower().startswith("password=")]
    return start + (user.split(":", 1)[0] + "@" if user else "") + after + ("?" + "&".join(kept) if kept else "")


def passwords(url: str) -> list[str]:
    """The password ``url`` holds, as written and decoded, longest first: never shown."""
    _, user, _, query = _parts(url)
    found = [user.split(":", 1)[1]] if ":" in user else []
    found += [p.split("=", 1)[1] for p in query if p.lower().startswith("password=")]
    return sorted({text for secret in found for text in (secret, unquote(secret)) if text}, key=len, reverse=True)
