"""`cliniko-sync`: keep a mirror of a Cliniko account up to date, in SQLite or PostgreSQL.

    CLINIKO_API_KEY=... cliniko-sync --db MIRROR.sqlite3 --user-agent "NAME (EMAIL)" [--base-url URL]
    CLINIKO_API_KEY=... cliniko-sync --db postgresql://USER@HOST/DB --user-agent "..." [--resources a,b]

The first run copies every record of every resource (archived, merged, cancelled and
deleted ones included); each later run reads only what changed since. A run prints a
summary: changes, requests used, time, then one line per resource (its changes per kind
and its records in the mirror). On a terminal it also shows its progress (the resource
being read, pages, changes, rate-limit waits) on stderr.

The mirror changes only when a run finishes, all at once. A run that is interrupted
(Ctrl-C, a crash, the network) leaves the mirror as it was, and the next run resumes
where it stopped. One table per resource, named as its path (`patients`,
`individual_appointments`), `(id, body, deleted_at)`: `body` is the record's JSON as the
API last sent it; `deleted_at` is set for deleted records.

Exit status: 0 up to date; 1 the API or the network failed; 2 bad arguments, key or
database; 130 interrupted.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from typing import NoReturn, TextIO

import httpx

from ..cliniko import ClinikoClient
from ..exceptions import ClinikoError, Forbidden, Unauthorized
from ..retry import RetryPolicy
from . import Batch
from .databases import DatabaseError, is_url
from .mirror import Mirror, MirrorError
from .resources import choose
from .walk import CheckpointError

PROG = "cliniko-sync"


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        # One line, not usage + error: the reader needs what is wrong and where help is.
        self.exit(2, f"{PROG}: {message} (see {PROG} --help)\n")


class CountingTransport(httpx.BaseTransport):
    """Counts every HTTP request sent, retries included (they count against the rate limit)."""

    def __init__(self, inner: httpx.BaseTransport) -> None:
        self.inner = inner
        self.sent = 0

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        self.sent += 1
        return self.inner.handle_request(request)

    def close(self) -> None:
        self.inner.close()


class Progress:
    """One self-overwriting status line on a terminal; silent otherwise."""

    def __init__(self, stream: TextIO) -> None:
        self.stream = stream
        self.live = stream.isatty()
        self.resource = ""
        self.pages = 0
        self.changes = 0
        self.waits = 0
        self.waited = 0.0

    def batch(self, batch: Batch) -> None:
        if batch.resource != self.resource:  # counts are per resource
            self.resource, self.pages, self.changes = batch.resource, 0, 0
        self.pages += 1
        self.changes += len(batch.changes)
        self.show()

    def wait(self, seconds: float) -> None:
        self.waits += 1
        self.waited += seconds
        self.show(f"; waiting {seconds:.0f} s for the rate limit")
        time.sleep(seconds)

    def show(self, extra: str = "") -> None:
        if self.live:
            waits = f", {self.waits} rate-limit waits ({self.waited:.0f} s)" if self.waits else ""
            where = f"{self.resource}: {self.pages} pages, {self.changes} changes"
            self.stream.write(f"\r\x1b[K{PROG}: {where}{waits}{extra}")
            self.stream.flush()

    def clear(self) -> None:
        if self.live:
            self.stream.write("\r\x1b[K")
            self.stream.flush()


def main(argv: list[str] | None = None) -> int:
    parser = _Parser(prog=PROG, description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--db", required=True, metavar="MIRROR.sqlite3 | postgresql://...",
                        help="the mirror: a SQLite file (created on the first run) or a PostgreSQL database's URL "
                             "(the database must exist; needs the package's postgresql extra)")
    parser.add_argument("--resources", metavar="a,b", type=_resources,
                        help="the resources to mirror, by name (default: all): " + ", ".join(choose(None)))
    parser.add_argument("--user-agent", required=True, metavar='"NAME (EMAIL)"',
                        help='who is calling, as Cliniko asks: e.g. "Example Clinic Sync (dev@example.com)"')
    parser.add_argument("--base-url", metavar="URL",
                        help="the API's base URL (default: Cliniko, the shard from the key; "
                             "a sandbox: http://127.0.0.1:8000/v1)")
    args = parser.parse_args(argv)

    api_key = os.environ.get("CLINIKO_API_KEY", "")
    if not api_key.strip():
        return _fail(2, "CLINIKO_API_KEY is not set; export your Cliniko API key first")
    progress = Progress(sys.stderr)
    counter = CountingTransport(httpx.HTTPTransport())
    try:
        client = ClinikoClient(api_key=api_key, user_agent=args.user_agent, base_url=args.base_url,
                               retry=RetryPolicy(sleep=progress.wait), httpx_args={"transport": counter})
    except ValueError as exc:
        message = str(exc).replace("user_agent", "--user-agent").replace("base_url", "--base-url")
        return _fail(2, message.replace("api_key", "CLINIKO_API_KEY"))

    existed = is_url(args.db) or os.path.exists(args.db)  # a database server's: never removed here
    try:
        mirror = Mirror(args.db)
    except MirrorError as exc:
        return _fail(2, f"--db {exc}")
    staged = False

    def on_batch(batch: Batch) -> None:
        nonlocal staged
        staged = True
        progress.batch(batch)

    try:
        with mirror, client:
            summary = mirror.sync(client, resources=args.resources, on_batch=on_batch)
    except KeyboardInterrupt:
        progress.clear()
        return _fail(130, "interrupted; the mirror is unchanged and the next run resumes where this one stopped")
    except Unauthorized:
        return _failed(progress, args.db, existed, staged,
                       "the API key was refused (401); check CLINIKO_API_KEY and that --base-url is its shard's")
    except Forbidden:
        return _failed(progress, args.db, existed, staged, "this key's user may not list one of the resources (403);"
                       " choose the others with --resources")
    except ClinikoError as exc:
        return _failed(progress, args.db, existed, staged, f"{exc}; the next run resumes where this one stopped")
    except httpx.TransportError as exc:
        where = args.base_url or client.base_url
        return _failed(progress, args.db, existed, staged,
                       f"cannot reach {where} ({type(exc).__name__}); check --base-url and the network")
    except DatabaseError as exc:  # the database failed mid-run (a server gone): nothing half-written
        return _failed(progress, args.db, existed, staged, f"--db {exc}; the next run resumes where this one stopped")
    except (MirrorError, CheckpointError) as exc:
        return _failed(progress, args.db, existed, staged, f"--db {exc}", status=2)
    progress.clear()
    summary.requests = counter.sent  # every HTTP request, retries included
    print(f"{PROG}: {summary.line()}")
    for line in summary.resource_lines():
        print(f"  {line}")
    return 0


def _resources(text: str) -> tuple[str, ...]:
    try:
        return choose([name.strip() for name in text.split(",") if name.strip()])
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def _fail(status: int, message: str) -> int:
    print(f"{PROG}: {message}", file=sys.stderr)
    return status


def _failed(progress: Progress, db: str, existed: bool, staged: bool, message: str, status: int = 1) -> int:
    progress.clear()
    if not existed and not staged:
        # Nothing was read: leave no empty mirror file behind.
        for suffix in ("", "-wal", "-shm", "-journal"):
            try:
                os.remove(db + suffix)
            except FileNotFoundError:
                pass
    return _fail(status, message)


if __name__ == "__main__":
    sys.exit(main())
