#!/usr/bin/env python3
"""Benchmark the sandbox's calendar at the size of a large clinic.

    python scripts/bench_calendar.py [--patients 100000] [--appointments 1000000] [--seconds 5]

Seeds a temporary SQLite file through scripts/sandbox.py (`--seed-appointments`: synthetic
practitioners of 10,000 appointments each, about three years of half-hour appointments
at 80% of their working hours, the last four weeks ahead of today), then, with one
connection and requests interleaved round by round (a busy machine slows every query
alike), measures against the honest baseline of the same run, an unfiltered page 1 of
`GET /individual_appointments?per_page=100`:

- one practitioner's week, `q[]=practitioner_id:=P&q[]=starts_at:>=T1&q[]=starts_at:<T2`
  (target: within 2x of the baseline);
- a week of that practitioner's available times at their business (target: within 3x),
  and the next available time (no target).

Prints the seeding time, the server's peak memory (VmHWM) after seeding, and each
query's median latency, requests and response size. Exits 1 when a target is missed.

Where the time goes (profiled in-process at 20,000 appointments): a week of free times
reads the practitioner's appointments around the week by the `ends_at` index (those
ending after it starts: the week's and the few weeks ahead, never the years before),
then computes in Python. Reading by `starts_at` instead, or every appointment of the
practitioner as before, made it 16x an unfiltered page at 50,000 appointments. Probing
the zone's UTC offsets hour by hour was then most of the computing (3.56x at 50,000);
cached per zone and UTC day (calendar._changes_on), it is 0.85x there.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

import cli
import httpx
from bench_sandbox import HEADERS, KEY, start_server

TARGETS = {"practitioner's week": 2.0, "week of available times": 3.0}
BASELINE = "unfiltered page 1"


def peak_memory_mib(pid: int) -> float:
    """The process's peak resident memory (Linux: VmHWM), in MiB."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def interleaved(seconds: float, queries: dict[str, Callable[[], httpx.Response]]) -> dict[str, list[float]]:
    """Each query once per round, for about `seconds` per query; latencies per query."""
    latencies: dict[str, list[float]] = {name: [] for name in queries}
    deadline = time.perf_counter() + seconds * len(queries)
    while time.perf_counter() < deadline:
        for name, call in queries.items():
            started = time.perf_counter()
            response = call()
            latencies[name].append(time.perf_counter() - started)
            if response.status_code != 200:
                raise SystemExit(f"bench_calendar: {name}: HTTP {response.status_code}: {response.text[:200]}")
    return latencies


def synthetic_practitioner(client: httpx.Client) -> dict[str, object]:
    """The first synthetic practitioner (scheduling.seed_synthetic_calendar names them)."""
    url: str | None = "/practitioners?per_page=100"
    while url:
        page = client.get(url).json()
        for practitioner in page["practitioners"]:
            if practitioner["last_name"] == "Practitioner 1":
                return practitioner
        url = page["links"].get("next")
    raise SystemExit("bench_calendar: no synthetic practitioner; was the sandbox seeded with --seed-appointments?")


def main(argv: list[str] | None = None) -> int:
    parser = cli.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--patients", type=int, default=100_000, help="synthetic patients (default 100000)")
    parser.add_argument("--appointments", type=int, default=1_000_000,
                        help="synthetic appointments (default 1000000)")
    parser.add_argument("--seconds", type=float, default=5.0, help="duration of each query's share (default 5)")
    args = parser.parse_args(argv)

    with tempfile.TemporaryDirectory(prefix="bench-calendar-") as folder:
        started = time.perf_counter()
        process, url = start_server(Path(folder) / "calendar.sqlite3", args.patients, args.appointments)
        seeded = time.perf_counter() - started
        print(f"seeded {args.patients:,} patients and {args.appointments:,} appointments and serving after"
              f" {seeded:.1f} s; server peak memory {peak_memory_mib(process.pid):.0f} MiB")
        try:
            with httpx.Client(base_url=url, auth=(KEY, ""), headers=HEADERS, timeout=60) as client:
                ratios = run(client, args.seconds)
        finally:
            process.terminate()
            process.wait(timeout=10)
    return 0 if all(ratios[name] <= target for name, target in TARGETS.items()) else 1


def run(client: httpx.Client, seconds: float) -> dict[str, float]:
    practitioner = synthetic_practitioner(client)
    pid = practitioner["id"]
    business = client.get("/businesses?per_page=1").json()["businesses"][0]  # where the synthetic ones work
    kinds = client.get("/appointment_types?per_page=100").json()["appointment_types"]
    kind = next(t for t in kinds if t["duration_in_minutes"] == 30)  # their appointments' type
    monday = date.today() + timedelta(days=7 - date.today().weekday())  # next week: inside the future weeks
    week = [("q[]", f"practitioner_id:={pid}"), ("q[]", f"starts_at:>={monday}T00:00:00Z"),
            ("q[]", f"starts_at:<{monday + timedelta(days=7)}T00:00:00Z"), ("per_page", "100")]
    free = (f"/businesses/{business['id']}/practitioners/{pid}/appointment_types/{kind['id']}/available_times",
            {"from": str(monday), "to": str(monday + timedelta(days=6)), "per_page": "100"})
    queries: dict[str, Callable[[], httpx.Response]] = {
        BASELINE: lambda: client.get("/individual_appointments", params={"per_page": "100"}),
        "practitioner's week": lambda: client.get("/individual_appointments", params=week),
        "week of available times": lambda: client.get(free[0], params=free[1]),
        "next available time": lambda: client.get(free[0].replace("available_times", "next_available_time")),
    }
    sizes = {name: len(call().content) for name, call in queries.items()}
    latencies = interleaved(seconds, queries)
    plain = statistics.median(latencies[BASELINE])
    ratios = {}
    for name, measured in latencies.items():
        p50 = statistics.median(measured)
        ratios[name] = p50 / plain
        target = TARGETS.get(name)
        verdict = "" if name == BASELINE else (
            f"  {ratios[name]:.2f}x the baseline" + (f" ({'within' if ratios[name] <= target else 'OVER'} the"
                                                     f" {target:g}x target)" if target else " (no target)"))
        print(f"{name:<26} p50 {p50 * 1000:8.2f} ms  {len(measured):5d} requests  {sizes[name]:7d} bytes{verdict}")
    return ratios


if __name__ == "__main__":
    sys.exit(main())
