#!/usr/bin/env python3
"""Benchmark `cliniko_client.sync` (the mirror of `cliniko-sync`, every resource) against the sandbox.

    python scripts/bench_sync.py [--patients 100000] [--appointments 1000000] [--changes 0,1,10,100,1000]
                                 [--rate-limit 200/60] [--fast-limit 2000/60] [--small 2000]

The account: --patients synthetic patients and --appointments appointments (with their
practitioners, scripts/sandbox.py's --seed-appointments), and in proportion to the
appointments the invoices, items, treatment notes, alerts, cases, contacts and the rest
(the sandbox's synthetic.py: at 1,000,000 appointments, 350,000 more records). It is
seeded once and copied for each sandbox below (one process each, on 127.0.0.1). Prints:

- a full copy of every resource without a rate limit: records, requests, time, and the
  peak memory of a process doing only that copy, beside the same for an account
  --small patients (and appointments in proportion): the target is a flat memory, at
  most 1.5x the small account's peak whatever the account's size.
- requests used by an incremental run (from the large copy above, its sandbox still up)
  as a function of the number of changes made since the last run (patients edited,
  archived and created; appointments moved and cancelled; alerts added: by another user
  of the same account, the reception key),
  against the least any sync can do: every changed record read once, 100 a page, one
  short page to see the end of each list, one page of each deleted list. Target: at
  most twice that least. The changes come in a burst (a second holding more than a page
  is walked by id, one page more per such second).
- the time of a full copy under a rate limit, as a ratio of the rate-limit bound: the
  earliest moment the sandbox's fixed windows let the last request through, plus the
  unthrottled time of the requests after it (or, if longer, the unthrottled time of them
  all: a limit the sandbox cannot reach does not bind). Target 1.10x. The large account is copied
  under --fast-limit (at 200 a minute it would take hours), the small one under
  --rate-limit (Cliniko's 200 a minute), to show the ratio holds there.
"""

from __future__ import annotations

import argparse
import json
import math
import random
import resource
import shutil
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
from cliniko_client.sync.mirror import Mirror, Summary
from cliniko_client.sync.resources import synced_resources

ROOT = Path(__file__).resolve().parent.parent
SYNC_KEY = "sandbox-key-au1"
WRITER_KEY = "sandbox-reception-key-au1"  # another user of the same account: its own rate limit
USER_AGENT = "cliniko-openapi-bench (maintainers@example.org)"
PER_PAGE = 100


def seed(db: Path, patients: int, appointments: int) -> float:
    """Seed an account into `db` (a sandbox started and stopped); seconds taken."""
    started = time.perf_counter()
    process, _ = start_server(db, "--seed-patients", str(patients), "--seed-appointments", str(appointments))
    stop(process)
    return time.perf_counter() - started


def start_server(db: Path, *extra: str) -> tuple[subprocess.Popen[str], str]:
    command = [sys.executable, str(ROOT / "scripts" / "sandbox.py"), "--port", "0", "--db", str(db), "--seed", "1",
               *extra]
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    assert process.stdout is not None
    for line in process.stdout:
        if line.startswith("Base URL: "):
            threading.Thread(target=process.stdout.read, daemon=True).start()
            return process, line.removeprefix("Base URL: ").strip()
    raise SystemExit(f"bench_sync: scripts/sandbox.py exited ({process.wait()}) before serving")


def serve_copy(seeded: Path, db: Path, *extra: str) -> tuple[subprocess.Popen[str], str]:
    """A sandbox on a copy of the seeded account (a restart on a seeded file does not seed again)."""
    shutil.copyfile(seeded, db)
    return start_server(db, *extra)


def stop(process: subprocess.Popen[str]) -> None:
    process.terminate()
    process.wait(timeout=60)


def sync_client(url: str, counter: CountingTransport) -> ClinikoClient:
    return ClinikoClient(api_key=SYNC_KEY, user_agent=USER_AGENT, base_url=url, raise_on_error=True,
                         httpx_args={"transport": counter})


def copy_in_child(url: str, db: Path) -> dict[str, float]:
    """A full copy in a fresh process: its records, requests, seconds and peak memory (MiB)."""
    out = subprocess.run([sys.executable, __file__, "--child-copy", url, str(db)], check=True,
                         capture_output=True, text=True).stdout
    return dict(json.loads(out.strip().splitlines()[-1]))


def child_copy(url: str, db: Path) -> None:
    counter = CountingTransport(httpx.HTTPTransport())
    started = time.perf_counter()
    with Mirror(db) as mirror, sync_client(url, counter) as client:
        summary = mirror.sync(client)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux
    print(json.dumps({"records": sum(n for n, _ in summary.records.values()), "requests": counter.sent,
                      "least": least_requests(summary), "seconds": time.perf_counter() - started, "peak_mib": peak}))


def least_requests(summary: Summary) -> int:
    """The fewest requests that read what `summary` reports: per resource, its changed records
    at 100 a page plus a short page to see the end of each list, and a page of its deleted list."""
    least = 0
    for name, found in synced_resources().items():
        changed = sum(summary.counts.get(name, {}).values())
        least += math.ceil((changed + 1) / PER_PAGE) + len(found.views) - 1 + bool(found.deleted)
    return least


class Writer:
    """Another user of the account: patients edited, archived and created, appointments moved and
    cancelled, alerts added."""

    def __init__(self, url: str, mirror: Mirror) -> None:
        self.http = httpx.Client(base_url=url, auth=(WRITER_KEY, ""), timeout=30,
                                 headers={"User-Agent": USER_AGENT, "Accept": "application/json"})
        self.patients = self._living(mirror, "patients")
        self.appointments = self._living(mirror, "individual_appointments", "cancelled_at")
        self.rng = random.Random(1)

    @staticmethod
    def _living(mirror: Mirror, table: str, also: str = "archived_at") -> list[str]:
        rows = mirror.db.execute(f"SELECT id, body FROM {table} WHERE deleted_at IS NULL")
        return [rid for rid, body in rows if not json.loads(body).get("archived_at") and not json.loads(body).get(also)]

    def change(self, count: int) -> None:
        for n in range(count):
            roll = self.rng.random()
            patient = self.rng.choice(self.patients)
            if roll < 0.05:
                response = self.http.post("/patients", json={"first_name": f"Bench {n}", "last_name": "Example"})
            elif roll < 0.1:
                response = self.http.post("/medical_alerts", json={"name": f"Alert {n}", "patient_id": patient})
            elif roll < 0.15 and len(self.patients) > 1:
                self.patients.remove(patient)
                response = self.http.post(f"/patients/{patient}/archive")
            elif roll < 0.45:
                response = self.http.patch(f"/patients/{patient}", json={"occupation": f"Job {n}"})
            elif roll < 0.55 and len(self.appointments) > 1:
                appointment = self.appointments.pop(self.rng.randrange(len(self.appointments)))
                response = self.http.patch(f"/individual_appointments/{appointment}/cancel",
                                           json={"cancellation_reason": 50})
            else:
                appointment = self.rng.choice(self.appointments)
                response = self.http.patch(f"/individual_appointments/{appointment}", json={"notes": f"Moved {n}"})
            if response.status_code >= 300:
                raise SystemExit(f"bench_sync: a write failed: HTTP {response.status_code}: {response.text[:200]}")


def incremental(url: str, mirror_path: Path, changes: list[int]) -> bool:
    """One incremental run per entry of `changes`, on a mirror of the account at `url`; targets met?"""
    counter = CountingTransport(httpx.HTTPTransport())
    ok = True
    with Mirror(mirror_path) as mirror, sync_client(url, counter) as client:
        writer = Writer(url, mirror)
        print(f"{'changes':>8} {'records':>8} {'requests':>9} {'least':>6} {'ratio':>7}")
        for count in changes:
            writer.change(count)
            time.sleep(1.1)  # past the second of the last write: the overlap re-reads only it
            before = counter.sent
            summary = mirror.sync(client)
            used = counter.sent - before
            reported = sum(sum(kinds.values()) for kinds in summary.counts.values())
            least = least_requests(summary)
            verdict = "" if used <= 2 * least else "  OVER the target (2x the least)"
            print(f"{count:>8} {reported:>8} {used:>9} {least:>6} {used / least:>6.2f}x{verdict}")
            ok = ok and used <= 2 * least
    return ok


def throttled_copy(url: str, folder: Path, limit: int, window: float, per_request: float, label: str) -> float:
    """A full copy under the rate limit; its time as a ratio of the rate-limit bound."""
    counter = CountingTransport(httpx.HTTPTransport())
    with Mirror(folder / f"throttled-{label}.sqlite3") as mirror, sync_client(url, counter) as client:
        started_wall = time.time()
        started = time.perf_counter()
        summary = mirror.sync(client)
        took = time.perf_counter() - started
    pages = summary.requests  # the pages the copy needed; counter.sent adds the 429s
    # The sandbox's windows start at multiples of `window` (wall clock); the last of `pages`
    # requests can go no earlier than the opening of window number ceil(pages / limit) - 1.
    last_window = math.ceil(pages / limit) - 1
    opens = (started_wall - started_wall % window) + last_window * window - started_wall
    # Nor faster than the sandbox answers unthrottled: where the limit does not bind, that is the bound.
    bound = max(max(opens, 0.0) + (pages - last_window * limit) * per_request, pages * per_request)
    ratio = took / bound
    verdict = "within" if ratio <= 1.10 else "OVER"
    records = sum(n for n, _ in summary.records.values())
    print(f"full copy of the {label} account under {limit}/{window:g}: {records} records, {pages} pages "
          f"({counter.sent} HTTP requests with the 429s), {took:.1f} s; the rate-limit bound is {bound:.1f} s: "
          f"{ratio:.2f}x ({verdict} the 1.10x target)")
    return ratio


def rate(text: str) -> tuple[int, float]:
    limit, window = text.split("/")
    return int(limit), float(window)


def main(argv: list[str] | None = None) -> int:
    if argv is None and sys.argv[1:2] == ["--child-copy"]:
        child_copy(sys.argv[2], Path(sys.argv[3]))
        return 0
    sys.stdout.reconfigure(line_buffering=True)  # type: ignore[attr-defined]  # each figure as it comes, under tox too
    parser = cli.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--patients", type=int, default=100_000, help="synthetic patients (default 100000)")
    parser.add_argument("--appointments", type=int, default=1_000_000, help="appointments (default 1000000)")
    parser.add_argument("--small", type=int, default=2_000, help="the small account's patients (default 2000)")
    parser.add_argument("--changes", default="0,1,10,100,1000",
                        help="changes before each incremental run (default 0,1,10,100,1000)")
    parser.add_argument("--rate-limit", default="200/60", help="the small account's copy's limit (default 200/60)")
    parser.add_argument("--fast-limit", default="2000/60", help="the large account's copy's limit (default 2000/60)")
    args = parser.parse_args(argv)
    try:
        changes = [int(n) for n in args.changes.split(",")]
        slow, fast = rate(args.rate_limit), rate(args.fast_limit)
    except ValueError:
        parser.error("--changes takes whole numbers separated by commas; a limit is REQUESTS/SECONDS")
    small_appointments = args.appointments * args.small // max(args.patients, 1)

    with tempfile.TemporaryDirectory(prefix="bench-sync-") as name:
        folder = Path(name)
        took = seed(folder / "large.sqlite3", args.patients, args.appointments)
        seed(folder / "small.sqlite3", args.small, small_appointments)
        print(f"seeded {args.patients} patients and {args.appointments} appointments in {took:.0f} s")
        peaks, per_request, ok = {}, {}, True
        for label, patients in (("small", args.small), ("large", args.patients)):
            process, url = serve_copy(folder / f"{label}.sqlite3", folder / f"{label}-free.sqlite3")
            try:
                copy = copy_in_child(url, folder / f"{label}-mirror.sqlite3")
                peaks[label] = copy["peak_mib"]
                each = per_request[label] = copy["seconds"] / copy["requests"]  # its bound below uses it
                print(f"full copy of the {label} account ({patients} patients) without a rate limit: "
                      f"{copy['records']:.0f} records, {copy['requests']:.0f} requests (the least: "
                      f"{copy['least']:.0f}, {copy['requests'] / copy['least']:.2f}x), {copy['seconds']:.1f} s "
                      f"({each * 1000:.0f} ms a request), peak {copy['peak_mib']:.0f} MiB")
                if label == "large":  # the incremental runs go on from this copy, on the same sandbox
                    ok = incremental(url, folder / f"{label}-mirror.sqlite3", changes)
            finally:
                stop(process)
        growth = peaks["large"] / peaks["small"]
        flat = growth <= 1.5
        print(f"peak memory: large {growth:.2f}x the small account's ({'flat' if flat else 'OVER the 1.5x target'})")
        ratios = []
        for label, (limit, window) in (("large", fast), ("small", slow)):
            process, url = serve_copy(folder / f"{label}.sqlite3", folder / f"{label}-limited.sqlite3",
                                      "--rate-limit", f"{limit}/{window:g}")
            try:
                ratios.append(throttled_copy(url, folder, limit, window, per_request[label], label))
            finally:
                stop(process)
    return 0 if ok and flat and max(ratios) <= 1.10 else 1


if __name__ == "__main__":
    sys.exit(main())
