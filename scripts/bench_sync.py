#!/usr/bin/env python3
"""Benchmark `cliniko_client.sync` (the SQLite mirror of `cliniko-sync`) against the sandbox.

    python scripts/bench_sync.py [--patients 100000] [--changes 0,1,10,100,1000] [--rate-limit 200/60]

Prints:
- requests used by an incremental run as a function of the number of changes made
  since the last run, against the least any sync can do (every changed patient read
  once, 100 a page, one short page to see the end, one page of deletions). An
  incremental run must not re-read the account: the target is at most twice that
  least. The changes come in a burst (about 200 a second, far above what one API
  user may write): a second that holds more than a page is walked by id, which
  costs one page more per such second; spread-out changes cost the least.
- the time of a full copy of --patients patients under Cliniko's rate limit
  (--rate-limit, default 200/60), as a ratio of the rate-limit bound: the earliest
  moment the sandbox's fixed windows let the last request through, plus the
  unthrottled time of the requests after it. The target is 1.25x.

Two sandboxes (scripts/sandbox.py, one process each, on 127.0.0.1) are seeded with
the same synthetic patients: one without a rate limit for the incremental runs, one
with it for the timed copy. Changes are made by another user of the same account
(the reception key), so they do not spend the sync's rate limit. At 100,000 patients
the whole run takes about 7 minutes, most of it the rate limit.
"""

from __future__ import annotations

import argparse
import math
import random
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import cli
import httpx
from cliniko_client import ClinikoClient
from cliniko_client.sync.cli import CountingTransport
from cliniko_client.sync.mirror import Mirror

ROOT = Path(__file__).resolve().parent.parent
SYNC_KEY = "sandbox-key-au1"
WRITER_KEY = "sandbox-reception-key-au1"  # another user of the same account: its own rate limit
USER_AGENT = "cliniko-openapi-bench (maintainers@example.org)"
PER_PAGE = 100


def start_server(db: Path, patients: int, *extra: str) -> tuple[subprocess.Popen[str], str]:
    command = [sys.executable, str(ROOT / "scripts" / "sandbox.py"), "--port", "0", "--db", str(db),
               "--seed-patients", str(patients), "--seed", "1", *extra]
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    assert process.stdout is not None
    for line in process.stdout:
        if line.startswith("Base URL: "):
            threading.Thread(target=process.stdout.read, daemon=True).start()
            return process, line.removeprefix("Base URL: ").strip()
    raise SystemExit(f"bench_sync: scripts/sandbox.py exited ({process.wait()}) before serving")


def stop(process: subprocess.Popen[str]) -> None:
    process.terminate()
    process.wait(timeout=30)


def sync_client(url: str, counter: CountingTransport) -> ClinikoClient:
    return ClinikoClient(api_key=SYNC_KEY, user_agent=USER_AGENT, base_url=url, raise_on_error=True,
                         httpx_args={"transport": counter})


def make_changes(writer: httpx.Client, ids: list[str], archived: list[str], count: int, rng: random.Random) -> None:
    """`count` changes by another user: mostly updates, some archives, unarchives and creates."""
    for n in range(count):
        roll = rng.random()
        if roll < 0.1:
            response = writer.post("/patients", json={"first_name": f"Bench {n}", "last_name": "Example"})
        elif roll < 0.2 and ids:
            patient_id = ids.pop(rng.randrange(len(ids)))
            response = writer.post(f"/patients/{patient_id}/archive")
            archived.append(patient_id)
        elif roll < 0.3 and archived:
            patient_id = archived.pop()
            response = writer.post(f"/patients/{patient_id}/unarchive")
            ids.append(patient_id)
        else:
            response = writer.patch(f"/patients/{rng.choice(ids)}", json={"occupation": f"Job {n}"})
        if response.status_code >= 300:
            raise SystemExit(f"bench_sync: a write failed: HTTP {response.status_code}: {response.text[:200]}")


def incremental(url: str, folder: Path, changes: list[int]) -> tuple[bool, float]:
    """Full copy, then one incremental run per entry of `changes`; (targets met, s per request)."""
    counter = CountingTransport(httpx.HTTPTransport())
    ok = True
    with Mirror(folder / "incremental.sqlite3") as mirror, sync_client(url, counter) as client:
        started = time.perf_counter()
        summary = mirror.sync(client)
        took = time.perf_counter() - started
        per_request = took / counter.sent
        print(f"full copy without a rate limit: {summary.patients} patients, {counter.sent} requests, "
              f"{took:.1f} s ({per_request * 1000:.0f} ms a request)")
        rows = mirror.db.execute("SELECT id, json_extract(body, '$.archived_at') FROM patients"
                                 " WHERE deleted_at IS NULL").fetchall()
        ids = [pid for pid, archived_at in rows if archived_at is None]
        archived = [pid for pid, archived_at in rows if archived_at is not None]
        rng = random.Random(1)
        print(f"{'changes':>8} {'patients':>9} {'requests':>9} {'least':>6} {'ratio':>7}")
        with httpx.Client(base_url=url, auth=(WRITER_KEY, ""), timeout=30,
                          headers={"User-Agent": USER_AGENT, "Accept": "application/json"}) as writer:
            for count in changes:
                make_changes(writer, ids, archived, count, rng)
                time.sleep(1.1)  # past the second of the last write: the overlap re-reads only it
                before = counter.sent
                summary = mirror.sync(client)
                used = counter.sent - before
                reported = sum(summary.counts.values())  # patients changed (some twice)
                least = math.ceil((reported + 1) / PER_PAGE) + 1
                verdict = "" if used <= 2 * least else "  OVER the target (2x the least)"
                print(f"{count:>8} {reported:>9} {used:>9} {least:>6} {used / least:>6.2f}x{verdict}")
                ok = ok and used <= 2 * least
    return ok, per_request


def throttled_copy(url: str, folder: Path, limit: int, window: float, per_request: float) -> float:
    """A full copy under the rate limit; its time as a ratio of the rate-limit bound."""
    counter = CountingTransport(httpx.HTTPTransport())
    with Mirror(folder / "throttled.sqlite3") as mirror, sync_client(url, counter) as client:
        started_wall = time.time()
        started = time.perf_counter()
        summary = mirror.sync(client)
        took = time.perf_counter() - started
    pages = summary.requests  # the pages the copy needed; counter.sent adds the 429s
    # The sandbox's windows start at multiples of `window` (wall clock); the last of `pages`
    # requests can go no earlier than the opening of window number ceil(pages / limit) - 1.
    last_window = math.ceil(pages / limit) - 1
    opens = (started_wall - started_wall % window) + last_window * window - started_wall
    bound = max(opens, 0.0) + (pages - last_window * limit) * per_request
    ratio = took / bound
    verdict = "within" if ratio <= 1.25 else "OVER"
    print(f"full copy under {limit}/{window:g}: {summary.patients} patients, {pages} pages "
          f"({counter.sent} HTTP requests with the 429s), {took:.1f} s; the rate-limit bound is {bound:.1f} s: "
          f"{ratio:.2f}x ({verdict} the 1.25x target)")
    return ratio


def main(argv: list[str] | None = None) -> int:
    parser = cli.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--patients", type=int, default=100_000, help="synthetic patients (default 100000)")
    parser.add_argument("--changes", default="0,1,10,100,1000",
                        help="changes before each incremental run (default 0,1,10,100,1000)")
    parser.add_argument("--rate-limit", default="200/60", help="the timed copy's limit (default 200/60)")
    args = parser.parse_args(argv)
    try:
        changes = [int(n) for n in args.changes.split(",")]
        limit_text, window_text = args.rate_limit.split("/")
        limit, window = int(limit_text), float(window_text)
    except ValueError:
        parser.error("--changes takes whole numbers separated by commas; --rate-limit REQUESTS/SECONDS")

    with tempfile.TemporaryDirectory(prefix="bench-sync-") as name:
        folder = Path(name)
        process, url = start_server(folder / "free.sqlite3", args.patients)
        try:
            ok, per_request = incremental(url, folder, changes)
        finally:
            stop(process)
        process, url = start_server(folder / "limited.sqlite3", args.patients, "--rate-limit", args.rate_limit)
        try:
            ratio = throttled_copy(url, folder, limit, window, per_request)
        finally:
            stop(process)
    return 0 if ok and ratio <= 1.25 else 1


if __name__ == "__main__":
    sys.exit(main())
