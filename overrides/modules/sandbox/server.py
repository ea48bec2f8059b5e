"""`cliniko-sandbox`: serve the Cliniko sandbox on 127.0.0.1.

    cliniko-sandbox --port 8000
    cliniko-sandbox --port 8000 --db sandbox.sqlite3 --seed-patients 100000
    cliniko-sandbox --rate-limit 200/60 --faults 0.05 --seed 1 --settings settings.json

Prints the API's base URL (`http://127.0.0.1:PORT/v1`) and ready-to-use API
keys, then serves until interrupted. Only synthetic patients are ever created.
Faults (`--faults RATE`): that share of requests is answered 503 or 429, or
the connection is dropped mid-response (uvicorn logs one line per drop).
"""

from __future__ import annotations

import argparse
import re
import socket
import sqlite3
import sys
import time
from pathlib import Path
from typing import NoReturn

EXTRA_MISSING = "cliniko-sandbox: {} is not installed; install the extra: pip install 'cliniko-client[sandbox]'"


def rate_limit(text: str) -> tuple[int, float]:
    match = re.fullmatch(r"([0-9]+)/([0-9]+(?:\.[0-9]+)?)", text)
    if not match or int(match[1]) < 1 or float(match[2]) <= 0:
        raise argparse.ArgumentTypeError(f"{text!r}: expected REQUESTS/SECONDS, e.g. 200/60")
    return int(match[1]), float(match[2])


def share(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        value = -1.0
    if not 0.0 <= value <= 1.0:
        raise argparse.ArgumentTypeError(f"{text!r}: expected a share of requests from 0 to 1, e.g. 0.05")
    return value


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:  # one line, not argparse's usage block first
        self.exit(2, f"{self.prog}: {message} (see --help)\n")


def main(argv: list[str] | None = None) -> int:
    parser = _Parser(prog="cliniko-sandbox", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--port", type=int, default=8000, help="port on 127.0.0.1 (0 picks a free one; default 8000)")
    parser.add_argument("--db", default=":memory:", help="SQLite file to keep patients in (default: in memory)")
    parser.add_argument("--seed-patients", type=int, default=0, metavar="N",
                        help="add N synthetic patients to the first account of a new database")
    parser.add_argument("--seed-appointments", type=int, default=0, metavar="N",
                        help="add N synthetic appointments (and practitioners to hold them) to the first account")
    parser.add_argument("--rate-limit", type=rate_limit, metavar="REQUESTS/SECONDS",
                        help="per-user limit, e.g. 200/60 (Cliniko's); default: none")
    parser.add_argument("--faults", type=share, default=0.0, metavar="RATE",
                        help="share of requests answered with 503, 429 or a dropped connection")
    parser.add_argument("--seed", type=int, help="seed ids, synthetic patients and faults for repeatable runs")
    parser.add_argument("--settings", type=Path, metavar="FILE.json",
                        help="account settings (or a bare custom fields definition) for every account")
    parser.add_argument("--deleted-entries", choices=("seed", "with-id", "whole"), default="seed",
                        help="what each /patients/deleted entry carries: deleted_at and links (seed, the default),"
                             " plus id (a 2018 staff answer), or the whole record (the 2020 docs)")
    args = parser.parse_args(argv)
    for option in ("seed_patients", "seed_appointments"):
        if getattr(args, option) < 0:
            parser.error(f"--{option.replace('_', '-')} must be 0 or more")
    if not 0 <= args.port <= 65535:
        parser.error(f"--port {args.port}: expected 0 to 65535")

    try:  # the server's dependencies come with the [sandbox] extra only
        import uvicorn

        from .accounts import default_accounts, load_settings
        from .app import create_app
        from .validation import MAX_REQUEST_HEAD
    except ImportError as exc:
        print(EXTRA_MISSING.format(exc.name), file=sys.stderr)
        return 2

    try:
        accounts = default_accounts(load_settings(args.settings)) if args.settings else default_accounts()
    except ValueError as exc:
        parser.error(f"--settings: {exc}")
    folder = Path(args.db).parent
    if args.db != ":memory:" and not folder.is_dir():  # SQLite would say only "unable to open database file"
        parser.error(f"--db {args.db}: folder {folder} does not exist; create it or name a file in an existing one")
    started = time.monotonic()
    try:
        app = create_app(args.db, rate_limit=args.rate_limit, faults=args.faults, accounts=accounts,
                         seed_patients=args.seed_patients, seed_appointments=args.seed_appointments, seed=args.seed,
                         deleted_entries=args.deleted_entries)
    except (OSError, sqlite3.Error) as exc:  # a missing folder, a file that is not SQLite, ...
        parser.error(f"--db {args.db}: {exc}")
    took = time.monotonic() - started
    synthetic = [f"{n} synthetic {what}" for n, what in ((args.seed_patients, "patients"),
                                                         (args.seed_appointments, "appointments")) if n]
    seeded = f" ({' and '.join(synthetic)} in {took:.1f} s)" if synthetic else ""

    config = uvicorn.Config(app, host="127.0.0.1", port=args.port, log_level="warning", access_log=False,
                            h11_max_incomplete_event_size=MAX_REQUEST_HEAD)
    server = uvicorn.Server(config)

    # Print the address once the socket is bound (a --port 0 gets its real port).
    original_startup = server.startup

    async def startup(sockets: list[socket.socket] | None = None) -> None:
        await original_startup(sockets)
        port = server.servers[0].sockets[0].getsockname()[1]
        print(f"Cliniko sandbox{seeded}", flush=True)
        print(f"Base URL: http://127.0.0.1:{port}/v1", flush=True)
        for account in accounts:
            keys = ", ".join(account.api_key(n) for n in range(len(account.users)))
            print(f"API keys of {account.name!r} ({account.shard}): {keys}", flush=True)
        print(f"Try: curl -u {accounts[0].api_key()}: -H 'User-Agent: Me (me@example.com)' "
              f"http://127.0.0.1:{port}/v1/patients", flush=True)

    server.startup = startup  # type: ignore[method-assign]
    try:
        server.run()
    except SystemExit:  # uvicorn exits when it cannot bind, having logged why (port in use, ...)
        pass
    if not server.started:
        print(f"cliniko-sandbox: could not serve on 127.0.0.1:{args.port} (--port 0 picks a free one)",
              file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
