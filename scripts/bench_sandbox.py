#!/usr/bin/env python3
"""Benchmark the sandbox on 100,000 synthetic patients.

    python scripts/bench_sandbox.py [--patients 100000] [--seconds 5]

Seeds a temporary SQLite file through scripts/sandbox.py, which serves it with
uvicorn in ONE process on 127.0.0.1; this script is the client (httpx, one
connection, requests one after another). Prints requests/s and latency
percentiles for:
- GET /patients/{id} (random existing ids),
- GET /patients?per_page=100&q[]=last_name:~son (a filtered page),
- page 1 and page 500 of a filtered list (per_page=100, q[]=created_at:>=...),
  and their ratio; the target is page 500 within 2x of page 1;
- the queries of an incremental sync (cliniko_client.sync): `q[]=updated_at:>=T`
  sorted by `updated_at,id`, with and without `q[]=archived_at:*`, for a T that
  matches nearly every patient and one that matches half, against an unfiltered
  page 1; the target is each within 2x of it.
Each scenario runs for --seconds (default 5), so the whole run stays bounded
(seeding 100,000 patients takes about 20-40 s on 2 cores).
"""

from __future__ import annotations

import argparse
import random
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from pathlib import Path

import cli
import httpx

ROOT = Path(__file__).resolve().parent.parent
KEY = "sandbox-key-au1"
HEADERS = {"User-Agent": "cliniko-openapi-bench (maintainers@example.org)", "Accept": "application/json"}
DEEP_FILTER = "created_at:>=2015-02-01T00:00:00Z"  # matches ~99% of the synthetic patients
# Synthetic patients' updated_at spans 2015-2026: the first matches ~all of them, the second about half.
SYNC_SINCE = ("2015-01-01T00:00:00Z", "2020-07-01T00:00:00Z")


def start_server(db: Path, patients: int, appointments: int = 0) -> tuple[subprocess.Popen[str], str]:
    """scripts/sandbox.py on a free port, seeded (repeatably) with that many synthetic records."""
    command = [sys.executable, str(ROOT / "scripts" / "sandbox.py"), "--port", "0", "--db", str(db),
               "--seed-patients", str(patients), "--seed-appointments", str(appointments), "--seed", "1"]
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    assert process.stdout is not None
    for line in process.stdout:
        print(f"  sandbox: {line.rstrip()}")
        if line.startswith("Base URL: "):
            # Drain the rest of its output so the server never blocks on a full pipe.
            threading.Thread(target=process.stdout.read, daemon=True).start()
            return process, line.removeprefix("Base URL: ").strip()
    raise SystemExit(f"bench_sandbox: scripts/sandbox.py exited ({process.wait()}) before serving")


def measure(name: str, seconds: float, call: Callable[[], httpx.Response]) -> list[float]:
    """Call repeatedly for `seconds`; print requests/s and latency percentiles."""
    latencies: list[float] = []
    deadline = time.perf_counter() + seconds
    while time.perf_counter() < deadline:
        started = time.perf_counter()
        response = call()
        latencies.append(time.perf_counter() - started)
        if response.status_code != 200:
            raise SystemExit(f"bench_sandbox: {name}: HTTP {response.status_code}: {response.text[:200]}")
    latencies.sort()
    p50 = statistics.median(latencies) * 1000
    p99 = latencies[min(len(latencies) - 1, int(len(latencies) * 0.99))] * 1000
    print(f"{name:<72} {len(latencies) / seconds:8.1f} req/s   p50 {p50:7.2f} ms   p99 {p99:7.2f} ms")
    return latencies


def main(argv: list[str] | None = None) -> int:
    parser = cli.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--patients", type=int, default=100_000, help="synthetic patients to seed (default 100000)")
    parser.add_argument("--seconds", type=float, default=5.0, help="duration of each scenario (default 5)")
    args = parser.parse_args(argv)

    with tempfile.TemporaryDirectory(prefix="bench-sandbox-") as folder:
        started = time.perf_counter()
        process, url = start_server(Path(folder) / "patients.sqlite3", args.patients)
        print(f"seeded and serving after {time.perf_counter() - started:.1f} s: {url}")
        try:
            with httpx.Client(base_url=url, auth=(KEY, ""), headers=HEADERS, timeout=30) as client:
                listed = client.get("/patients", params={"per_page": 100, "page": 7}).json()["patients"]
                ids = [patient["id"] for patient in listed]
                rng = random.Random(1)
                measure("GET /patients/{id}", args.seconds, lambda: client.get(f"/patients/{rng.choice(ids)}"))
                measure("GET /patients?per_page=100&q[]=last_name:~son", args.seconds,
                        lambda: client.get("/patients", params={"per_page": 100, "q[]": "last_name:~son"}))
                total = client.get("/patients", params={"per_page": 1, "q[]": DEEP_FILTER}).json()["total_entries"]
                if total < 500 * 100:
                    raise SystemExit(f"bench_sandbox: only {total} patients match {DEEP_FILTER}; page 500 needs 50,000")
                pages = {}
                for page in (1, 500):
                    pages[page] = measure(f"GET /patients?per_page=100&q[]={DEEP_FILTER} page {page}", args.seconds,
                                          lambda page=page: client.get("/patients", params={
                                              "per_page": 100, "page": page, "q[]": DEEP_FILTER}))
                ratio = statistics.median(pages[500]) / statistics.median(pages[1])
                verdict = "within" if ratio <= 2 else "OVER"
                print(f"page 500 / page 1 median latency: {ratio:.2f}x ({verdict} the 2x target; {total} matching)")
                ratios = [ratio, *sync_queries(client, args.seconds)]
        finally:
            process.terminate()
            process.wait(timeout=10)
    return 0 if max(ratios) <= 2 else 1


def sync_queries(client: httpx.Client, seconds: float) -> list[float]:
    """The sync's keyset pages against an unfiltered page 1, requests interleaved (one of
    each per round, so a busy machine slows all alike); returns their latency ratios."""
    queries: dict[str, list[tuple[str, str]]] = {"GET /patients?per_page=100 (unfiltered page 1)": []}
    for since in SYNC_SINCE:
        for archived in (True, False):
            params = [("q[]", "archived_at:*")] if archived else []
            params += [("q[]", f"updated_at:>={since}"), ("sort", "updated_at,id")]
            queries["GET /patients?" + "&".join(f"{k}={v}" for k, v in params)] = params
    # Informational: the same filter in the default order (created_at), as a naive sync sends it.
    queries[f"GET /patients?q[]=updated_at:>={SYNC_SINCE[1]} (default order; no target)"] = [
        ("q[]", f"updated_at:>={SYNC_SINCE[1]}")]
    latencies: dict[str, list[float]] = {name: [] for name in queries}
    deadline = time.perf_counter() + seconds * len(queries)
    while time.perf_counter() < deadline:
        for name, params in queries.items():
            started = time.perf_counter()
            response = client.get("/patients", params=[*params, ("per_page", "100")])
            latencies[name].append(time.perf_counter() - started)
            if response.status_code != 200:
                raise SystemExit(f"bench_sandbox: {name}: HTTP {response.status_code}: {response.text[:200]}")
    baseline, *names = queries
    plain = statistics.median(latencies[baseline])
    print(f"{baseline:<100} p50 {plain * 1000:7.2f} ms")
    ratios = []
    for name in names:
        ratio = statistics.median(latencies[name]) / plain
        informational = "no target" in name
        verdict = "" if informational else " (within the 2x target)" if ratio <= 2 else " (OVER the 2x target)"
        print(f"{name:<100} p50 {statistics.median(latencies[name]) * 1000:7.2f} ms  {ratio:.2f}x page 1{verdict}")
        if not informational:
            ratios.append(ratio)
    return ratios


if __name__ == "__main__":
    sys.exit(main())
