#!/usr/bin/env python3
"""Benchmark the Python client (cliniko_client): its own cost, then against the sandbox.

    python scripts/bench_client.py [--patients 10000] [--rate 20/2] [--rounds 150] [--calls 2] [--profile]

1. client cost, against a plain static server: one fixed page of 100 patients
   (taken once from the sandbox, one unknown property added to every patient, as
   the live API may add them), answered from memory over keep-alive on
   127.0.0.1, so the server costs next to nothing and the figures measure the
   client side. Contenders, taking turns within each round (rotated order),
   every round `--calls` requests each:
   - raw httpx + ``.json()`` (the baseline, ratio 1.00);
   - httpx + msgspec's JSON decoder, no models (shown, no target: the floor under
     the client, which decodes with it);
   - httpx + a pydantic v2 model of the same page (``TypeAdapter.validate_json``
     on the bytes, pydantic's fastest path; unknown properties kept, ``extra="allow"``);
   - the client: ``list_patients.sync``, ``list_patients.sync_detailed``,
     ``iter_patients`` (one page, no next link).
   Each figure is the median over rounds of the per-round ratio to raw httpx,
   in CPU time of this process (``time.process_time``): the client's own cost,
   unmoved by other work on a shared machine (the static server runs in its own
   process and answers at once, so little waiting is left out). Rounds are short
   (2 pages each by default), so a change of load hits every contender alike.
   Targets: every client contender at most 1.5x raw httpx + ``.json()`` and
   faster than the pydantic baseline. Also printed: per-patient cost of
   ``Patient.from_dict`` and ``to_dict`` (with and without custom fields), and
   a check that nothing is lost (round trip exact, unknown property kept).
2. sandbox-bound figures (the sandbox app, cliniko_client.sandbox, under uvicorn, SQLite and JSON at
   17-28 ms a page dominate both sides; shown, no target), then:
   - rate-limited throughput: iter_patients over every patient of a server
     limited to R requests per W-second window; achieved speed as a fraction of
     what the limit allows, target >= 0.9, with no error and every patient seen
     exactly once. The sandbox's windows start at multiples of W (UNIX time), so
     the least possible time is from the start to the opening of the window in
     which the last page may be fetched;
   - memory: tracemalloc peak while iterating 1,000 and all patients; target:
     the two peaks within 20 MB (one page in memory at a time).

Every server runs in its own process, so its work does not count against the
client. ``--profile`` prints where ``list_patients.sync`` spends its time
(cProfile over the static server) and exits. Exit 1 if a target is missed.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import cProfile
import datetime as dt
import itertools
import json
import math
import os
import pstats
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import tracemalloc
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, Literal

import cli
import httpx
import msgspec
from cliniko_client import ClinikoClient, RetryPolicy, iter_patients
from cliniko_client.api.patients import list_patients
from cliniko_client.decoding import paused_gc
from cliniko_client.models import Patient, PatientList
from pydantic import BaseModel, ConfigDict, Field, TypeAdapter

ROOT = Path(__file__).resolve().parent.parent
KEY = "sandbox-key-au1"  # the sandbox's first account (cliniko_client.sandbox.accounts)
UA = "cliniko-openapi bench (bench@example.com)"
UNKNOWN = "x_bench_future_property"  # added to every patient of the static page
TARGET_VS_RAW = 1.5


# ---- the pydantic v2 baseline: the same page, the same types as the spec ----------------------

class _Model(BaseModel):
    model_config = ConfigDict(extra="allow")  # keep unknown properties, as the client does


class _SelfLink(_Model):
    self_: str = Field(alias="self")


class _Link(_Model):
    links: _SelfLink


class _PageLinks(_Model):
    self_: str = Field(alias="self")
    next_: str | None = Field(default=None, alias="next")
    previous: str | None = None


class _PhoneNumber(_Model):
    number: str
    phone_type: Literal["Fax", "Home", "Mobile", "Other", "Work"]
    normalized_number: str | None = None


class _Pronouns(_Model):
    accusative: str
    nominative: str
    predicative_possessive: str
    pronominal_possessive: str
    reflexive: str


class _Option(_Model):
    token: str
    name: str | None = None
    archived: bool | None = None
    selected: bool | None = None


class _Other(_Model):
    enabled: bool | None = None
    archived: bool | None = None
    selected: bool | None = None
    value: str | None = None


class _CustomField(_Model):
    token: str
    name: str | None = None
    type: Literal["checkboxes", "date", "paragraph", "radiobuttons", "text"] | None = None
    archived: bool | None = None
    value: str | None = None
    options: list[_Option] | None = None
    other: _Other | None = None


class _Section(_Model):
    token: str
    name: str | None = None
    archived: bool | None = None
    fields: list[_CustomField] | None = None


class _CustomFields(_Model):
    sections: list[_Section] | None = None


_DateOrBlank = dt.date | Literal[""] | None
_DateTimeOrBlank = dt.datetime | Literal[""] | None


class _Patient(_Model):
    """As the spec has it since 2.0.0: id, names and timestamps required; everything else nullable."""
    id: int | str
    first_name: str
    last_name: str
    created_at: dt.datetime
    updated_at: dt.datetime
    title: str | None = None
    preferred_first_name: str | None = None
    sex: str | None = None
    gender_identity: str | None = None
    gender: str | None = None
    email: str | None = None
    address_1: str | None = None
    address_2: str | None = None
    address_3: str | None = None
    city: str | None = None
    state: str | None = None
    post_code: str | None = None
    country: str | None = None
    country_code: str | None = None
    time_zone: str | None = None
    occupation: str | None = None
    emergency_contact: str | None = None
    medicare: str | None = None
    medicare_reference_number: str | None = None
    dva_card_number: str | None = None
    notes: str | None = None
    appointment_notes: str | None = None
    old_reference_id: str | None = None
    referral_source: str | None = None
    invoice_default_to: str | None = None
    invoice_email: str | None = None
    invoice_extra_information: str | None = None
    label: str | None = None
    date_of_birth: _DateOrBlank = None
    pronouns: _Pronouns | None = None
    patient_phone_numbers: list[_PhoneNumber] | None = None
    reminder_type: Literal["Email", "None", "SMS", "SMS & Email"] | None = None
    receives_confirmation_emails: bool | None = None
    receives_cancellation_emails: bool | None = None
    accepted_email_marketing: bool | None = None
    accepted_sms_marketing: bool | None = None
    accepted_privacy_policy: bool | None = None
    custom_fields: _CustomFields | None = None
    archived_at: _DateTimeOrBlank = None
    deleted_at: _DateTimeOrBlank = None
    merged_at: _DateTimeOrBlank = None
    merged_with_patient: _Link | None = None
    concession_type: _Link | None = None
    referring_doctor: _Link | None = None
    latest_booking: _Link | None = None
    medical_alerts: _Link | None = None
    invoices: _Link | None = None
    appointments: _Link | None = None
    attendees: _Link | None = None
    relationships: _Link | None = None
    patient_attachments: _Link | None = None
    links: _SelfLink | None = None


class _PatientList(_Model):
    patients: list[_Patient]
    total_entries: int
    links: _PageLinks


PYDANTIC_PAGE = TypeAdapter(_PatientList)
MSGSPEC_JSON = msgspec.json.Decoder()  # the decoder the client uses (cliniko_client.decoding)


# ---- servers ------------------------------------------------------------------------------------

def serve(port: int, patients: int, rate: str | None) -> None:
    """Run the sandbox on 127.0.0.1:port (the child process of `sandbox_server()`)."""
    import uvicorn
    from cliniko_client.sandbox.app import create_app

    limit = None
    if rate:
        requests, seconds = rate.split("/")
        limit = (int(requests), float(seconds))
    app = create_app(rate_limit=limit, seed_patients=patients, seed=1)
    uvicorn.run(app, host="127.0.0.1", port=port, log_level="warning", access_log=False)


def serve_static(port: int, body_file: str) -> None:
    """Answer every request on 127.0.0.1:port with the same 200 JSON page (the child of `static_server()`).

    A bare HTTP/1.1 responder: a request is complete at its blank line (the bench sends only
    GETs, no bodies); connections stay open (keep-alive)."""
    body = Path(body_file).read_bytes()
    answer = (b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
              b"Content-Length: " + str(len(body)).encode() + b"\r\n\r\n" + body)

    class Static(asyncio.Protocol):
        def connection_made(self, transport: asyncio.BaseTransport) -> None:
            assert isinstance(transport, asyncio.Transport)
            self.transport, self.pending = transport, b""

        def data_received(self, data: bytes) -> None:
            self.pending += data
            while (end := self.pending.find(b"\r\n\r\n")) >= 0:
                self.pending = self.pending[end + 4:]
                self.transport.write(answer)

    async def main() -> None:
        server = await asyncio.get_running_loop().create_server(Static, "127.0.0.1", port)
        await server.serve_forever()

    asyncio.run(main())


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@contextlib.contextmanager
def child_server(args: list[str], probe_path: str) -> Iterator[str]:
    """Start this script in server mode (`args`) on a free port; yield its base URL."""
    port = free_port()
    cmd = [sys.executable, __file__, *args[:1], str(port), *args[1:]]
    proc = subprocess.Popen(cmd, cwd=ROOT, env={**os.environ, "PYTHONPATH": str(ROOT)})
    base_url = f"http://127.0.0.1:{port}/v1"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                httpx.get(base_url + probe_path, timeout=1)
                break
            except httpx.TransportError:
                if proc.poll() is not None or time.monotonic() > deadline:
                    raise SystemExit(f"bench: the server on port {port} ({args[0]}) did not start") from None
                time.sleep(0.1)
        yield base_url
    finally:
        proc.terminate()
        proc.wait(timeout=10)


def sandbox_server(patients: int, rate: str | None = None) -> contextlib.AbstractContextManager[str]:
    return child_server(["--serve", "--patients", str(patients), *(["--rate", rate] if rate else [])],
                        "/settings/public")


@contextlib.contextmanager
def static_server(page: dict[str, Any]) -> Iterator[str]:
    with tempfile.TemporaryDirectory() as tmp:
        body_file = Path(tmp) / "page.json"
        body_file.write_text(json.dumps(page), encoding="utf-8")
        with child_server(["--serve-static", str(body_file)], "/patients") as url:
            yield url


def fixed_page(sandbox_url: str) -> dict[str, Any]:
    """Page 1 (100 patients) as the sandbox sends it, made a last page, one unknown property per patient."""
    with httpx.Client(base_url=sandbox_url, auth=(KEY, ""), headers={"User-Agent": UA}) as http:
        page: dict[str, Any] = http.get("/patients", params={"per_page": 100}).raise_for_status().json()
    if len(page["patients"]) != 100:
        raise SystemExit(f"bench: the sandbox's first page holds {len(page['patients'])} patients, expected 100")
    page["links"].pop("next", None)  # one page: iter_patients stops after it
    page["total_entries"] = 100
    for n, patient in enumerate(page["patients"]):
        patient[UNKNOWN] = {"n": n, "note": "a property the spec does not know yet"}
    return page


# ---- 1. client cost against the static server -----------------------------------------------------

Contender = Callable[[], None]


def contenders(url: str) -> tuple[dict[str, Contender], Callable[[], None]]:
    """The calls that take turns, each fetching and parsing the page once; and a closer."""
    client = ClinikoClient(KEY, UA, base_url=url)
    raw = httpx.Client(base_url=url, auth=(KEY, ""), headers={"Accept": "application/json", "User-Agent": UA})
    params = {"page": 1, "per_page": 100}

    def raw_json() -> None:
        response = raw.get("/patients", params=params)
        response.raise_for_status()
        assert len(response.json()["patients"]) == 100

    def fast_decode() -> None:
        response = raw.get("/patients", params=params)
        response.raise_for_status()
        assert len(MSGSPEC_JSON.decode(response.content)["patients"]) == 100

    def pydantic() -> None:
        response = raw.get("/patients", params=params)
        response.raise_for_status()
        assert len(PYDANTIC_PAGE.validate_json(response.content).patients) == 100

    def sync() -> None:
        page = list_patients.sync(client=client, page=1, per_page=100)
        assert isinstance(page, PatientList) and len(page.patients) == 100

    def sync_detailed() -> None:
        page = list_patients.sync_detailed(client=client, page=1, per_page=100).parsed
        assert isinstance(page, PatientList) and len(page.patients) == 100

    def iterate() -> None:
        assert sum(1 for _ in iter_patients(client, per_page=100)) == 100

    calls = {
        "raw httpx + .json()": raw_json,
        "httpx + msgspec decode, no models": fast_decode,
        "httpx + pydantic v2 (validate_json)": pydantic,
        "client: list_patients.sync": sync,
        "client: list_patients.sync_detailed": sync_detailed,
        "client: iter_patients": iterate,
    }

    def close() -> None:
        client.close()
        raw.close()

    return calls, close


def bench_static(url: str, rounds: int, calls_per_round: int) -> dict[str, tuple[float, float]]:
    """{contender: (median CPU ms per page, median over rounds of the ratio to raw httpx)}."""
    calls, close = contenders(url)
    names = list(calls)
    times: dict[str, list[float]] = {name: [] for name in names}
    for n in range(rounds + 1):  # round 0 warms up connections, caches and pydantic's validators
        order = names[n % len(names):] + names[:n % len(names)]  # nobody always goes first
        for name in order:
            call = calls[name]
            start = time.process_time()
            for _ in range(calls_per_round):
                call()
            if n:
                times[name].append((time.process_time() - start) / calls_per_round)
    close()
    baseline = times[names[0]]
    return {name: (statistics.median(times[name]) * 1e3,
                   statistics.median(t / b for t, b in zip(times[name], baseline, strict=True)))
            for name in names}


def per_patient_us(patients: list[dict[str, Any]]) -> tuple[float, float]:
    """(from_dict, to_dict) microseconds per patient, best of 100 passes over `patients`.

    Each pass runs as the client's operations run it, with the cyclic collector paused: a
    collection landing in one pass and not another made these figures swing by half.
    """
    models = [Patient.from_dict(p) for p in patients]
    parse, dump = [], []
    for _ in range(100):
        with paused_gc():
            start = time.process_time()
            for p in patients:
                Patient.from_dict(p)
            parse.append(time.process_time() - start)
            start = time.process_time()
            for m in models:
                m.to_dict()
            dump.append(time.process_time() - start)
    return min(parse) / len(patients) * 1e6, min(dump) / len(patients) * 1e6


def nothing_lost(page: dict[str, Any]) -> str | None:
    """None if the page survives from_dict -> to_dict exactly, unknown properties kept; else what broke."""
    parsed = PatientList.from_dict(page)
    for patient, model in zip(page["patients"], parsed.patients, strict=True):
        if model.additional_properties.get(UNKNOWN) != patient[UNKNOWN]:
            return f"patient {patient['id']}: unknown property {UNKNOWN} not kept"
        if model.to_dict() != patient:
            return f"patient {patient['id']}: to_dict() differs from what the server sent"
    if parsed.to_dict() != page:
        return "the page's to_dict() differs from what the server sent"
    return None


def profile(url: str, pages: int) -> None:
    """cProfile of list_patients.sync over the static server: where a page's time goes."""
    client = ClinikoClient(KEY, UA, base_url=url)
    list_patients.sync(client=client, page=1, per_page=100)  # warm up the connection
    profiler = cProfile.Profile()
    profiler.enable()
    for _ in range(pages):
        list_patients.sync(client=client, page=1, per_page=100)
    profiler.disable()
    client.close()
    stats = pstats.Stats(profiler).strip_dirs().sort_stats("tottime")
    print(f"cProfile: list_patients.sync, {pages} pages of 100 (static server), by own time:")
    stats.print_stats(25)
    stats.sort_stats("cumulative").print_stats(25)


# ---- 2. sandbox-bound figures ---------------------------------------------------------------------

def bench_sandbox_overhead(base_url: str, rounds: int) -> tuple[float, float]:
    """(median ms through the client, median ms raw httpx + .json()) for page 1 of 100 from the sandbox."""
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

    times: dict[str, list[float]] = {"client": [], "raw": []}
    for n in range(rounds + 3):
        order = [("client", with_client), ("raw", with_raw)][:: 1 if n % 2 else -1]
        for name, call in order:
            start = time.perf_counter()
            call()
            if n >= 3:  # the first rounds warm up connections and caches
                times[name].append(time.perf_counter() - start)
    raw.close()
    client.close()
    return statistics.median(times["client"]) * 1e3, statistics.median(times["raw"]) * 1e3


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


# ---- command line ---------------------------------------------------------------------------------

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


def _positive(text: str) -> int:
    if not text.isdigit() or int(text) < 1:
        raise argparse.ArgumentTypeError(f"{text!r}: expected a whole number of at least 1")
    return int(text)


Row = tuple[str, str, str, bool]


def client_cost_rows(page: dict[str, Any], static_url: str, rounds: int, calls: int) -> list[Row]:
    rows: list[Row] = []
    figures = bench_static(static_url, rounds, calls)
    pydantic_ratio = figures["httpx + pydantic v2 (validate_json)"][1]
    for name, (ms, ratio) in figures.items():
        measured = f"{ratio:.2f}x ({ms:.2f} CPU ms a page)"
        if name.startswith("client"):
            met = ratio <= TARGET_VS_RAW and ratio < pydantic_ratio
            rows.append((f"  {name}", measured, f"<= {TARGET_VS_RAW:.2f}, < pydantic", met))
        else:
            rows.append((f"  {name}", measured, "baseline" if name.startswith("raw") else "-", True))
    with_cf = [p for p in page["patients"] if p.get("custom_fields")]
    without_cf = [p for p in page["patients"] if not p.get("custom_fields")]
    for label, group in (("without", without_cf), ("with", with_cf)):
        if group:
            parse, dump = per_patient_us(group)
            rows.append((f"  Patient.from_dict / to_dict, {label} custom fields ({len(group)})",
                         f"{parse:.1f} / {dump:.1f} us a patient", "-", True))
    lost = nothing_lost(page)
    rows.append(("  nothing lost: round trip exact, unknown property kept", lost or "yes", "yes", lost is None))
    return rows


def main() -> int:
    parser = cli.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--patients", type=int, default=10_000, help="synthetic patients in the sandbox")
    # The limit must bind: the sandbox serves ~15 pages of 100 a second here, so 20 per 2 s (10/s).
    parser.add_argument("--rate", default="20/2", type=_rate,
                        help="rate limit of the throughput server, REQUESTS/SECONDS")
    parser.add_argument("--rounds", type=_positive, default=150, help="rounds of the client-cost figures")
    parser.add_argument("--calls", type=_positive, default=2, help="pages each contender fetches per round")
    parser.add_argument("--profile", action="store_true",
                        help="print a cProfile of list_patients.sync against the static server, then exit")
    parser.add_argument("--serve", type=int, metavar="PORT", help=argparse.SUPPRESS)  # child process modes
    parser.add_argument("--serve-static", nargs=2, metavar=("PORT", "BODY"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.serve:
        serve(args.serve, args.patients, args.rate if "--rate" in sys.argv else None)
        return 0
    if args.serve_static:
        serve_static(int(args.serve_static[0]), args.serve_static[1])
        return 0

    limit, window = int(args.rate.split("/")[0]), float(args.rate.split("/")[1])
    rows: list[Row] = []
    with sandbox_server(args.patients) as plain:
        page = fixed_page(plain)
        with static_server(page) as static:
            if args.profile:
                profile(static, 200)
                return 0
            rows.append(("client cost: page of 100 from a static server, median of per-round ratios"
                         " to raw httpx", "", "", True))
            rows += client_cost_rows(page, static, args.rounds, args.calls)

        rows.append(("sandbox-bound: the server's SQLite + JSON dominate both sides", "", "", True))
        client_ms, raw_ms = bench_sandbox_overhead(plain, 40)
        rows.append(("  page of 100: client / raw httpx + .json() (median)",
                     f"{client_ms / raw_ms:.2f}x ({client_ms:.1f} vs {raw_ms:.1f} ms)", "-", True))
        with sandbox_server(args.patients, args.rate) as limited:
            fraction, seen, total, elapsed, bound = bench_rate_limited(limited, limit, window)
        rows.append((f"  {seen} patients at {args.rate} req/s: share of the limit",
                     f"{fraction:.2f} ({elapsed:.1f} s, bound {bound:.1f} s)", ">= 0.90", fraction >= 0.9))
        rows.append(("  every patient seen exactly once", f"{seen}/{total}", "all", seen == total))
        small, large = bench_memory(plain, 1_000), bench_memory(plain, args.patients)
        rows.append((f"  peak memory, 1,000 vs {args.patients:,} patients", f"{small:.1f} MB vs {large:.1f} MB",
                     "within 20 MB", large - small <= 20))

    width = max(len(r[0]) for r in rows if r[1])
    print(f"{'figure':<{width}}  {'measured':<30} {'target':<22} met")
    for name, measured, target, met in rows:
        if not measured:  # a heading
            print(name)
            continue
        print(f"{name:<{width}}  {measured:<30} {target:<22} {'yes' if met else 'NO'}")
    return 0 if all(r[3] for r in rows) else 1


if __name__ == "__main__":
    sys.exit(main())
