#!/usr/bin/env python3
"""Benchmark the Python client (cliniko_client) against the local sandbox server.

    python scripts/bench_client.py [--patients 10000] [--rate 50/2] [--rounds 40]

Three figures, each with its target:
1. overhead: one page of 100 patients fetched and parsed through the client
   (list_patients.sync -> PatientList) vs raw httpx + json on the same server,
   runs interleaved; median time ratio, target <= 1.3;
2. rate-limited throughput: iter_patients over every patient of a server
   limited to R requests per W-second window; achieved speed as a fraction of
   what the limit allows, target >= 0.9, with no error and every patient seen
   exactly once. The sandbox's windows start at multiples of W (UNIX time), so
   the least possible time is from the start to the opening of the window in
   which the last page may be fetched;
3. memory: tracemalloc peak while iterating 1,000 and all patients; target:
   the two peaks within 20 MB (one page in memory at a time).

The servers are the sandbox app (cliniko_client.sandbox) under uvicorn, each in its own
process so the server's work does not count against the client. Exit 1 if a
target is missed.
"""

from __future__ import annotations

import argparse
import contextlib
import itertools
import math
import os
import socket
import statistics
import subprocess
import sys
import time
import tracemalloc
from collections.abc import Iterator
from pathlib import Path

import cli
import httpx
from cliniko_client import ClinikoClient, RetryPolicy, iter_patients
from cliniko_client.api.patients import list_patients
from cliniko_client.models import PatientList

ROOT = Path(__file__).resolve().parent.parent
KEY = "sandbox-key-au1"  # the sandbox's first account (cliniko_client.sandbox.accounts)
UA = "cliniko-openapi bench (bench@example.com)"


def serve(port: int, patients: int, rate: str | None) -> None:
    """Run the sandbox on 127.0.0.1:port (the child process of `server()`)."""
    import uvicorn
    from cliniko_client.sandbox.app import create_app

    limit = None
    if rate:
        requests, seconds = rate.split("/")
        limit = (int(requests), float(seconds))
    app = create_app(rate_limit=limit, seed_patients=patients, seed=1)
    uvicorn.run(app, host="127.0.0.1", port=port, log_level="warning", access_log=False)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@contextlib.contextmanager
def server(patients: int, rate: str | None = None) -> Iterator[str]:
    port = free_port()
    cmd = [sys.executable, __file__, "--serve", str(port), "--patients", str(patients)]
    if rate:
        cmd += ["--rate", rate]
    proc = subprocess.Popen(cmd, cwd=ROOT, env={**os.environ, "PYTHONPATH": str(ROOT)})
    base_url = f"http://127.0.0.1:{port}/v1"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                httpx.get(base_url + "/settings/public", timeout=1)
                break
            except httpx.TransportError:
                if proc.poll() is not None or time.monotonic() > deadline:
                    raise SystemExit(f"bench: the sandbox on port {port} did not start") from None
                time.sleep(0.1)
        yield base_url
    finally:
        proc.terminate()
        proc.wait(timeout=10)


def bench_overhead(base_url: str, rounds: int) -> tuple[float, float, float]:
    """(median ms through the client, median ms raw, median ms of PatientList.from_dict alone)."""
    client = ClinikoClient(KEY, UA, base_url=base_url)
    raw = httpx.Client(base_url=base_url, auth=(KEY, ""), headers={"Accept": "application/json", "User-Agent": UA})
    params = {"page": 1, "per_page": 100}

    def with_client() -> None:
        page = list_patients.sync(client=client, page=1, per_page=100)
        assert isinstance(page, PatientList) and len(page.patients) == 100

    def with_raw() -> None:
        response = raw.get("/patients", params=params)
        response.raise_for_status()
        assert len(response.json()["patients"]) == 100

    def parse_only() -> None:
        PatientList.from_dict(body)

    body = raw.get("/patients", params=params).json()
    times: dict[str, list[float]] = {"client": [], "raw": [], "parse": []}
    for n in range(rounds + 3):
        # Alternate which goes first, so neither always meets a warm or cold server.
        order = [("client", with_client), ("raw", with_raw), ("parse", parse_only)][:: 1 if n % 2 else -1]
        for name, call in order:
            start = time.perf_counter()
            call()
            if n >= 3:  # the first rounds warm up connections and caches
                times[name].append(time.perf_counter() - start)
    raw.close()
    return tuple(statistics.median(times[name]) * 1e3 for name in ("client", "raw", "parse"))  # type: ignore[return-value]


def bench_rate_limited(base_url: str, limit: int, window: float) -> tuple[float, int, int, float, float]:
    """(fraction of the bound, patients seen, total_entries, elapsed s, bound s)."""
    client = ClinikoClient(KEY, UA, base_url=base_url, retry=RetryPolicy(max_total_wait=10 * window))
    first = list_patients.sync(client=client, per_page=1)
    assert isinstance(first, PatientList)
    total = first.total_entries
    time.sleep(window - time.time() % window + 0.01)  # start on a fresh window, the 1 request above forgotten
    start = time.time()
    ids = [str(patient.id) for patient in iter_patients(client, per_page=100)]
    elapsed = time.time() - start
    pages = math.ceil(total / 100)
    window_start = start - start % window
    bound = max(window_start + (math.ceil(pages / limit) - 1) * window - start, 0.0)
    # A bound of 0 (everything fits in one window) would make any run look slow; use the pure time then.
    fraction = bound / elapsed if bound else 1.0
    if len(ids) != total or len(set(ids)) != total:
        raise SystemExit(f"bench: saw {len(ids)} patients ({len(set(ids))} distinct), expected {total} once each")
    return fraction, len(ids), total, elapsed, bound


def bench_memory(base_url: str, count: int) -> float:
    """Peak MB allocated while iterating `count` patients (counting, not keeping them)."""
    client = ClinikoClient(KEY, UA, base_url=base_url)
    client.get_httpx_client()
    tracemalloc.start()
    seen = sum(1 for _ in itertools.islice(iter_patients(client, per_page=100), count))
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    if seen != count:
        raise SystemExit(f"bench: only {seen} patients to iterate, expected {count}")
    return peak / 1e6


def _rate(text: str) -> str:
    parts = text.split("/")
    if len(parts) != 2 or not parts[0].isdigit() or int(parts[0]) < 1:
        raise argparse.ArgumentTypeError(f"{text!r}: expected REQUESTS/SECONDS, e.g. 20/2")
    try:
        if float(parts[1]) <= 0:
            raise ValueError
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r}: SECONDS must be a positive number") from None
    return text


def main() -> int:
    parser = cli.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--patients", type=int, default=10_000, help="synthetic patients in the sandbox")
    # The limit must bind: the sandbox serves ~15 pages of 100 a second here, so 20 per 2 s (10/s).
    parser.add_argument("--rate", default="20/2", type=_rate,
                        help="rate limit of the throughput server, REQUESTS/SECONDS")
    parser.add_argument("--rounds", type=int, default=40, help="interleaved rounds of the overhead figure")
    parser.add_argument("--serve", type=int, metavar="PORT", help=argparse.SUPPRESS)  # child process mode
    args = parser.parse_args()
    if args.serve:
        serve(args.serve, args.patients, args.rate if "--rate" in sys.argv else None)
        return 0

    limit, window = int(args.rate.split("/")[0]), float(args.rate.split("/")[1])
    rows = []
    with server(args.patients) as plain, server(args.patients, args.rate) as limited:
        client_ms, raw_ms, parse_ms = bench_overhead(plain, args.rounds)
        ratio = client_ms / raw_ms
        rows.append(("page of 100: client / raw httpx (median)", f"{ratio:.2f}x ({client_ms:.1f} vs {raw_ms:.1f} ms)",
                     "<= 1.30", ratio <= 1.3))
        rows.append(("  of which model parsing (PatientList.from_dict)", f"{parse_ms:.1f} ms", "-", True))
        fraction, seen, total, elapsed, bound = bench_rate_limited(limited, limit, window)
        rows.append((f"{seen} patients at {args.rate} req/s: share of the limit", f"{fraction:.2f}"
                     f" ({elapsed:.1f} s, bound {bound:.1f} s)", ">= 0.90", fraction >= 0.9))
        rows.append(("every patient seen exactly once", f"{seen}/{total}", "all", seen == total))
        small, large = bench_memory(plain, 1_000), bench_memory(plain, args.patients)
        rows.append((f"peak memory, 1,000 vs {args.patients:,} patients", f"{small:.1f} MB vs {large:.1f} MB",
                     "within 20 MB", large - small <= 20))

    width = max(len(r[0]) for r in rows)
    print(f"{'figure':<{width}}  {'measured':<34} {'target':<12} met")
    for name, measured, target, met in rows:
        print(f"{name:<{width}}  {measured:<34} {target:<12} {'yes' if met else 'NO'}")
    return 0 if all(r[3] for r in rows) else 1


if __name__ == "__main__":
    sys.exit(main())
