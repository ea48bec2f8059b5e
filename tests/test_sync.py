"""cliniko_client.sync against the sandbox: nothing lost while others write, one-second
collisions, kinds of change, crash and resume, and the `cliniko-sync` command.

The sandbox's clock is frozen in most tests (`Clock`): every write lands in the
same second until a test ticks it, which is exactly where a naive sync loses data.
Deletions and merges happen in Cliniko's UI, not through the API; `delete` and
`merge` make them directly in the sandbox's storage.

The property test is seeded (SYNC_TEST_SEED, shown in pytest's header; `random` draws one) and
its fixed examples pin the cases a seed may miss; a failure names the seed to run it again.
"""

from __future__ import annotations

import asyncio
import json
import os
import pty
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any
from unittest import mock

import httpx
import pytest
from cliniko_client import ClinikoClient, RetryPolicy
from cliniko_client.api.patients import archive_patient, patch_patient, unarchive_patient
from cliniko_client.models import PatientUpdate
from cliniko_client.resources import RESOURCES
from cliniko_client.sandbox import app as sandbox_app
from cliniko_client.sandbox.testing import SandboxHandle, SandboxOptions, SandboxServer
from cliniko_client.sync import CheckpointError, achanges_since, changes_since, iter_changes
from cliniko_client.sync.cli import CountingTransport
from cliniko_client.sync.mirror import Mirror
from cliniko_client.sync.resources import choose, synced_resources
from cliniko_client.sync.walk import Walk
from hypothesis import HealthCheck, example, given, note, seed, settings
from hypothesis import strategies as st

from tests.conftest import SYNC_SEED
from tests.support.mirrors import read_mirror
from tests.support.postgres import fresh_database

USER_AGENT = "cliniko-openapi-tests (tests@example.com)"
PATIENTS = ("patients",)  # the tests of the walk's rules read one resource: its pages are the ones counted
CLI = Path(sys.executable).with_name("cliniko-sync")


# ---- the sandbox's clock and the writes of "other users" -----------------------------


class Clock:
    """The sandbox's `now()`, frozen on a whole second until `tick()`."""

    def __init__(self) -> None:
        self.moment = datetime.now(UTC).replace(microsecond=0)

    def __call__(self) -> str:
        return self.moment.strftime("%Y-%m-%dT%H:%M:%SZ")

    def tick(self, seconds: int = 1) -> None:
        self.moment += timedelta(seconds=seconds)


@contextmanager
def frozen_clock() -> Iterator[Clock]:
    clock = Clock()
    with mock.patch.object(sandbox_app, "now", clock):
        yield clock


def _sandbox(handle: SandboxHandle) -> Any:
    return handle._server.app.state.sandbox


def _account_id(handle: SandboxHandle) -> int:
    return int(handle._account(None).id)


def delete(handle: SandboxHandle, record_id: str, resource: str = "patients") -> None:
    """What deleting a record in Cliniko's UI does: only a tombstone stays listed."""

    def change(state: str, record: dict[str, Any]) -> bool:
        record["deleted_at"] = sandbox_app.now()
        return True

    _sandbox(handle).collections[resource].storage.update(_account_id(handle), int(record_id), change)


def merge(handle: SandboxHandle, patient_id: str, into_id: str) -> None:
    """What merging two patients in Cliniko's UI does to the one merged away."""

    def change(state: str, patient: dict[str, Any]) -> bool:
        stamp = sandbox_app.now()
        patient.update(archived_at=stamp, merged_at=stamp, merged_with_id=int(into_id), updated_at=stamp)
        return True

    _sandbox(handle).storage.update(_account_id(handle), int(patient_id), change)


def account_now(handle: SandboxHandle, resource: str = "patients") -> tuple[dict[str, dict[str, Any]], dict[str, str]]:
    """A resource of the account as it is: (id -> body of every living record, id -> deleted_at)."""
    living: dict[str, dict[str, Any]] = {}
    deleted: dict[str, str] = {}
    for record in handle.records(resource):
        if record.get("deleted_at"):
            deleted[str(record["id"])] = record["deleted_at"]
        else:
            living[str(record["id"])] = record
    return living, deleted


def mirror_now(target: Path | str, resource: str = "patients") -> tuple[dict[str, dict[str, Any]], dict[str, str]]:
    rows = read_mirror(target, resource)
    living = {rid: body for rid, (body, deleted_at) in rows.items() if deleted_at is None}
    deleted = {rid: deleted_at for rid, (_, deleted_at) in rows.items() if deleted_at is not None}
    return living, deleted


def assert_mirror_is_account(target: Path | str, handle: SandboxHandle,
                             resources: tuple[str, ...] | None = None) -> None:
    """Every table of the mirror (``resources``, default: all) holds its resource as the account does."""
    for resource in resources or tuple(synced_resources()):
        living, deleted = account_now(handle, resource)
        mirrored, mirrored_deleted = mirror_now(target, resource)
        assert mirrored_deleted == deleted, resource
        assert mirrored.keys() == living.keys(), resource
        for record_id, body in living.items():
            assert mirrored[record_id] == body, f"{resource} {record_id} differs"


@pytest.fixture
def sandbox(cliniko_sandbox_server: SandboxServer) -> Iterator[SandboxHandle]:
    cliniko_sandbox_server.reset(SandboxOptions(seed_patients=20))
    yield SandboxHandle(cliniko_sandbox_server)


def client_for(handle: SandboxHandle, **kwargs: Any) -> ClinikoClient:
    return handle.client(raise_on_error=True, user_agent=USER_AGENT, **kwargs)


# ---- the property: other users write while a sync runs --------------------------------

OPERATIONS = st.sampled_from(["create", "update", "update", "archive", "unarchive", "delete", "merge", "tick",
                               "book", "move", "cancel", "alert", "archive_alert", "delete_alert", "note"])
STEP = st.one_of(st.just(("page", 0, 0)), st.tuples(OPERATIONS, st.integers(0, 10**6), st.integers(0, 10**6)))


def _link_id(record: dict[str, Any], name: str) -> str:
    return str(record[name]["links"]["self"].rsplit("/", 1)[1])


class Writers:
    """Other users of the account: each step one write, through the API where Cliniko has one.
    Patients are created, edited, archived, merged and deleted; appointments booked, moved and
    cancelled; alerts added, archived and deleted; notes edited."""

    def __init__(self, handle: SandboxHandle, client: ClinikoClient, clock: Clock) -> None:
        self.handle, self.client, self.clock = handle, client, clock
        self.http = client.get_httpx_client()
        self.created = 0
        self.recent: list[str] = []  # written lately: a second write in the same second is the hard case

    def living(self, resource: str) -> list[dict[str, Any]]:
        return sorted((r for r in self.handle.records(resource) if not r.get("deleted_at")), key=lambda r: r["id"])

    def ids(self) -> list[str]:
        return [p["id"] for p in self.living("patients")]

    def pick(self, resource: str, a: int, **where: Any) -> dict[str, Any] | None:
        records = [r for r in self.living(resource) if all(r.get(k) == v for k, v in where.items())]
        recent = [r for r in records if r["id"] in self.recent[-2:]]
        pool = recent or records
        if not pool:
            return None
        record = pool[a % len(pool)]
        self.recent.append(record["id"])
        return record

    def do(self, operation: str, a: int, b: int) -> None:
        if operation == "tick":
            self.clock.tick()
        elif operation in ("book", "move", "cancel"):
            self.appointment(operation, a, b)
        elif operation in ("alert", "archive_alert", "delete_alert"):
            self.alert(operation, a, b)
        elif operation == "note":
            note_ = self.pick("treatment_notes", a)
            if note_ is not None:
                self.http.patch(f"/treatment_notes/{note_['id']}", json={"title": f"Note {b}"}).raise_for_status()
        else:
            self.patient(operation, a, b)

    def patient(self, operation: str, a: int, b: int) -> None:
        ids = self.ids()
        recent = [pid for pid in self.recent[-2:] if pid in ids]
        pool = recent if recent and b % 3 else ids
        target = pool[a % len(pool)] if pool else None
        if target is not None:
            self.recent.append(target)
        if operation == "create" or target is None:
            self.created += 1
            self.recent.append(self.handle.add_patient(first_name=f"Writer {self.created}", last_name="Example")["id"])
        elif operation == "update":
            patch_patient.sync(id=target, client=self.client, body=PatientUpdate(occupation=f"Job {b}"))
        elif operation == "archive":
            archive_patient.sync_detailed(id=target, client=self.client)
        elif operation == "unarchive":
            unarchive_patient.sync_detailed(id=target, client=self.client)
        elif operation == "delete":
            delete(self.handle, target)
        elif operation == "merge" and len(ids) > 1:
            merge(self.handle, target, ids[(a + 1 + b % (len(ids) - 1)) % len(ids)])

    def appointment(self, operation: str, a: int, b: int) -> None:
        starts = datetime(2030, 1, 7, 1, tzinfo=UTC) + timedelta(minutes=30 * (b % 500))
        times = {"starts_at": starts.strftime("%Y-%m-%dT%H:%M:%SZ"),
                 "ends_at": (starts + timedelta(minutes=30)).strftime("%Y-%m-%dT%H:%M:%SZ")}
        target = self.pick("individual_appointments", a, cancelled_at=None, archived_at=None)
        if operation == "book" or target is None:
            template = target or self.living("individual_appointments")[0]
            ids = self.ids()
            body = {f"{name}_id": _link_id(template, name) for name in ("practitioner", "business", "appointment_type")}
            body["patient_id"] = ids[a % len(ids)] if ids else _link_id(template, "patient")
            self.recent.append(self.http.post("/individual_appointments", json={**body, **times}).json()["id"])
        elif operation == "move":
            self.http.patch(f"/individual_appointments/{target['id']}", json=times).raise_for_status()
        else:
            cancel = {"cancellation_reason": 50}
            self.http.patch(f"/individual_appointments/{target['id']}/cancel", json=cancel).raise_for_status()

    def alert(self, operation: str, a: int, b: int) -> None:
        target = self.pick("medical_alerts", a, archived_at=None)
        if operation == "alert" or target is None:
            ids = self.ids()
            if ids:
                alert = {"name": f"Alert {b}", "patient_id": ids[a % len(ids)]}
                self.recent.append(self.http.post("/medical_alerts", json=alert).json()["id"])
        elif operation == "archive_alert":
            self.http.post(f"/medical_alerts/{target['id']}/archive").raise_for_status()
        else:  # deleted in Cliniko's UI (the API's DELETE archives): the alert moves to its deleted list
            delete(self.handle, target["id"], "medical_alerts")


class Crash(Exception):
    """A crash injected between two pages of a run."""


# The canonical losses, always tried: a second write in the second already read; the same
# with a crash between the pages.
@example(steps=[("create", 0, 0), ("page", 0, 0), ("update", 0, 1), ("page", 0, 0), ("update", 0, 1)],
         per_page=3, crash_at=None)
@example(steps=[("update", 1, 0), ("page", 0, 0), ("archive", 1, 1), ("page", 0, 0), ("unarchive", 1, 1),
                ("page", 0, 0), ("delete", 1, 1)], per_page=2, crash_at=2)
# More deletions than a page of the deleted list holds, of patients already mirrored: the first
# run copies the account (the "page" steps outlast it), the later runs see the patients go.
@example(steps=[("page", 0, 0)] * 8 + [("delete", 0, 0)] * 5, per_page=2, crash_at=None)
# The same with a crash while the deletions are read.
@example(steps=[("page", 0, 0)] * 8 + [("delete", 0, 0)] * 5 + [("page", 0, 0)] * 4, per_page=2, crash_at=11)
# Other resources: an appointment booked, then moved and cancelled in the second already read (the
# same record each time); an alert added, archived and deleted across pages, with a crash between.
@example(steps=[("book", 0, 0), ("page", 0, 0), ("move", 0, 1), ("page", 0, 0), ("cancel", 0, 1)],
         per_page=2, crash_at=None)
@example(steps=[("alert", 0, 0), ("page", 0, 0), ("archive_alert", 0, 0), ("page", 0, 0), ("note", 0, 0),
                ("page", 0, 0), ("delete_alert", 0, 0)], per_page=3, crash_at=3)
@seed(SYNC_SEED)
@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(steps=st.lists(STEP, min_size=1, max_size=40), per_page=st.integers(2, 6),
       crash_at=st.one_of(st.none(), st.integers(0, 40)))
@pytest.mark.parametrize("destination", ["sqlite", "postgresql"])
def test_mirror_equals_account_after_one_quiet_sync(cliniko_sandbox_server: SandboxServer, tmp_path_factory: Any,
                                                    request: pytest.FixtureRequest, destination: str,
                                                    steps: list[tuple[str, int, int]], per_page: int,
                                                    crash_at: int | None) -> None:
    note(f"run again: SYNC_TEST_SEED={SYNC_SEED} tox -e tests -- tests/test_sync.py -k one_quiet_sync")
    cliniko_sandbox_server.reset(SandboxOptions(seed_patients=6))
    handle = SandboxHandle(cliniko_sandbox_server)
    with ExitStack() as stack:
        if destination == "postgresql":
            target: Path | str = stack.enter_context(fresh_database(request.getfixturevalue("postgresql_server")))
        else:
            target = tmp_path_factory.mktemp("mirror") / "mirror.sqlite3"
        _sync_while_others_write(handle, target, steps, per_page, crash_at)
        assert_mirror_is_account(target, handle)


def _sync_while_others_write(handle: SandboxHandle, target: Path | str, steps: list[tuple[str, int, int]],
                             per_page: int, crash_at: int | None) -> None:
    with frozen_clock() as clock, client_for(handle) as client, Mirror(target) as mirror:
        writers = Writers(handle, client, clock)
        pending = list(steps)
        pages = 0

        def between_pages(batch: Any) -> None:
            # Other users' writes until the next "page" step; then the sync reads its next page.
            nonlocal pages
            pages += 1
            if crash_at is not None and pages == crash_at:
                raise Crash
            while pending:
                operation, a, b = pending.pop(0)
                if operation == "page":
                    return
                writers.do(operation, a, b)

        while pending:  # runs one after another, writes interleaved with their pages
            try:
                mirror.sync(client, settle=0, per_page=per_page, on_batch=between_pages)
            except Crash:
                pass
        mirror.sync(client, settle=0, per_page=per_page)  # nobody writes now


# ---- the one-second rule, crowded seconds, kinds -----------------------------------------


def test_a_change_in_the_same_second_as_the_last_read_is_not_lost(sandbox: SandboxHandle) -> None:
    with frozen_clock(), client_for(sandbox) as client:
        first = sandbox.add_patient(first_name="Ada", last_name="Example")
        run = changes_since(client, None, settle=0, resources=PATIENTS)
        # Same second as everything the first run read: `updated_at:>` that second would miss it.
        patch_patient.sync(id=first["id"], client=client, body=PatientUpdate(occupation="Engineer"))
        later = sandbox.add_patient(first_name="Grace", last_name="Example")
        again = changes_since(client, run.checkpoint, settle=0, resources=PATIENTS)
        assert sorted((c.kind, c.id) for c in again.changes) == sorted(
            [("updated", first["id"]), ("created", later["id"])])
        assert next(c.body for c in again.changes if c.id == first["id"])["occupation"] == "Engineer"
        quiet = changes_since(client, again.checkpoint, settle=0, resources=PATIENTS)
        assert quiet.changes == []  # read again through the overlap, not reported again
        assert quiet.requests == 2  # one page of patients, one of deletions: not the account


def test_more_patients_in_one_second_than_a_page_holds(sandbox: SandboxHandle) -> None:
    with frozen_clock(), client_for(sandbox) as client:
        base = changes_since(client, None, settle=0, resources=PATIENTS)
        crowd = {sandbox.add_patient(first_name=f"Crowd {n}", last_name="Example")["id"] for n in range(23)}
        run = changes_since(client, base.checkpoint, settle=0, per_page=5, resources=PATIENTS)
        assert [c.kind for c in run.changes] == ["created"] * 23
        assert {c.id for c in run.changes} == crowd
        # A page finds the crowded second, 5 walk it by id, one tries the next second by id (bursts
        # go on), one more shows the walk is past it, then deletions.
        assert run.requests <= 10
        assert changes_since(client, run.checkpoint, settle=0, per_page=5, resources=PATIENTS).changes == []

    # A crowded second long before the run (the seed's daily availabilities share one): it ended
    # before the run started, every write of it was read, so the next run starts after it: one
    # short page, nothing reported (re-reading it, it would have to know those bodies to stay silent).
    with client_for(sandbox) as client:
        first = changes_since(client, None, per_page=10, resources=["daily_availabilities"])
        assert len(first.changes) > 10
        quiet = changes_since(client, first.checkpoint, per_page=10, resources=["daily_availabilities"])
        assert (quiet.changes, quiet.requests) == ([], 1)


def test_each_kind_of_change_is_named(sandbox: SandboxHandle) -> None:
    with frozen_clock() as clock, client_for(sandbox) as client:
        first = changes_since(client, None, resources=PATIENTS)
        kinds = {c.kind for c in first.changes}
        assert kinds == {"created", "archived", "merged", "deleted"}  # the starter patients
        by_kind: dict[str, list[str]] = {}
        for change in first.changes:
            by_kind.setdefault(change.kind, []).append(change.id)
        active = by_kind["created"]
        clock.tick()
        archive_patient.sync_detailed(id=active[0], client=client)
        unarchive_patient.sync_detailed(id=by_kind["archived"][0], client=client)
        patch_patient.sync(id=active[1], client=client, body=PatientUpdate(occupation="Nurse"))
        merge(sandbox, active[2], active[1])
        delete(sandbox, active[3])
        new = sandbox.add_patient(first_name="New", last_name="Example")
        clock.tick()
        second = changes_since(client, first.checkpoint, resources=PATIENTS)
        assert {c.id: c.kind for c in second.changes} == {
            active[0]: "archived", by_kind["archived"][0]: "unarchived", active[1]: "updated",
            active[2]: "merged", active[3]: "deleted", new["id"]: "created",
        }
        assert repr(second.changes[0]).startswith("Change(resource='patients', kind=")
        models = {c.kind: c.patient() for c in second.changes}
        assert str(models["created"].id) == new["id"] and models["deleted"].deleted_at
        assert "Example" not in repr(second.changes)  # no personal values in reprs


def test_the_mirror_tells_unarchived_from_its_tables_and_its_checkpoint_stays_small(sandbox: SandboxHandle,
                                                                                   tmp_path: Path) -> None:
    # A map of every archived record in the checkpoint would grow with the account and be written
    # with every page: the mirror answers "was it archived" from its tables instead.
    path = tmp_path / "mirror.sqlite3"
    with frozen_clock() as clock, client_for(sandbox) as client, Mirror(path) as mirror:
        mirror.sync(client, resources=PATIENTS)
        assert mirror.checkpoint()["resources"]["patients"]["archived"] == {}
        with sqlite3.connect(path) as db:
            bodies = [json.loads(body) for (body,) in db.execute("SELECT body FROM patients WHERE deleted_at IS NULL")]
        archived = next(b["id"] for b in bodies if b["archived_at"] and not b.get("merged_at"))
        active = [b["id"] for b in bodies if not b["archived_at"]]
        clock.tick()
        archive_patient.sync_detailed(id=active[0], client=client)
        unarchive_patient.sync_detailed(id=archived, client=client)
        merge(sandbox, active[1], active[2])
        patch_patient.sync(id=active[2], client=client, body=PatientUpdate(occupation="Nurse"))
        clock.tick()
        summary = mirror.sync(client, resources=PATIENTS)
        assert summary.counts["patients"] == {"archived": 1, "unarchived": 1, "merged": 1, "updated": 1}
        clock.tick()
        patch_patient.sync(id=archived, client=client, body=PatientUpdate(occupation="Nurse"))
        archive_patient.sync_detailed(id=active[2], client=client)
        clock.tick()
        assert mirror.sync(client, resources=PATIENTS).counts["patients"] == {"updated": 1, "archived": 1}
        assert mirror.checkpoint()["resources"]["patients"]["archived"] == {}


def test_checkpoints_are_plain_json_and_checked(sandbox: SandboxHandle) -> None:
    with client_for(sandbox) as client:
        run = changes_since(client, None, resources=PATIENTS)
        assert json.loads(json.dumps(run.checkpoint)) == run.checkpoint
        with pytest.raises(CheckpointError, match="not a checkpoint"):
            iter_changes(client, {"since": "2020-01-01T00:00:00Z"})
        damaged = {**run.checkpoint, "resources": {"patients": {"views": "nonsense"}}}
        with pytest.raises(CheckpointError, match="damaged"):
            iter_changes(client, damaged)
        with pytest.raises(ValueError, match="no resource named 'nonsense'"):
            iter_changes(client, None, resources=["nonsense"])


def test_every_resource_with_records_of_its_own_is_mirrored() -> None:
    # The sync reads the spec's resource table: a resource whose main list lacked the walk's
    # filters would be left out, silently but for this test.
    own = {name for name, lists in RESOURCES.items() if not next(iter(lists.values()))["view_of"]}
    assert set(synced_resources()) == own
    assert set(choose(["bookings"])) == {"individual_appointments", "group_appointments", "unavailable_blocks"}
    assert choose(["appointments"]) == ("individual_appointments",)


def test_the_next_watermark_is_the_first_answers_date_minus_settle() -> None:
    # No patients, no deletions: the watermark comes from the server's clock alone, `settle` before it.
    walk = Walk(None, settle=5, resources=PATIENTS)
    assert walk.next_request().path == "/patients"
    walk.receive({"patients": [], "links": {}}, "Wed, 01 Jan 2025 12:00:00 GMT")
    assert walk.next_request().path == "/patients/deleted"
    batch = walk.receive({"patients": [], "links": {}}, "Wed, 01 Jan 2025 12:00:07 GMT")  # the first Date counts
    assert batch.done
    state = batch.checkpoint["resources"]["patients"]
    assert (state["views"]["/patients"]["since"], state["deleted_since"]) == ("2025-01-01T11:59:55Z",) * 2


@pytest.mark.parametrize(("newest", "since"), [
    ("2025-01-01T10:00:00Z", "2025-01-01T10:00:01Z"),  # ended before the run's start: read whole, go past it
    ("2025-01-01T11:59:54Z", "2025-01-01T11:59:55Z"),  # the last second before the start
    ("2025-01-01T11:59:55Z", "2025-01-01T11:59:55Z"),  # the start's own second may still fill: read it again
    ("2025-01-01T11:59:58Z", "2025-01-01T11:59:55Z"),  # after the start: from the start
])
def test_the_next_run_starts_after_a_second_that_ended_before_the_run(newest: str, since: str) -> None:
    walk = Walk(None, settle=5, resources=PATIENTS)
    older = {"id": "1", "created_at": "2024-06-01T00:00:00Z", "updated_at": "2024-06-01T00:00:00Z"}
    walk.receive({"patients": [older, {**older, "id": "2", "updated_at": newest}], "links": {}},
                 "Wed, 01 Jan 2025 12:00:00 GMT")
    batch = walk.receive({"patients": [], "links": {}}, None)
    assert batch.checkpoint["resources"]["patients"]["views"]["/patients"]["since"] == since


def test_async_twins_report_the_same(sandbox: SandboxHandle, tmp_path: Path) -> None:
    with client_for(sandbox) as client:
        expected = changes_since(client, None)
    result = asyncio.run(achanges_since(client_for(sandbox), None))
    assert {c.resource for c in result.changes} == set(synced_resources())
    assert [(c.resource, c.kind, c.id, c.body) for c in result.changes] == [
        (c.resource, c.kind, c.id, c.body) for c in expected.changes]
    with Mirror(tmp_path / "mirror.sqlite3") as mirror:
        summary = asyncio.run(mirror.async_sync(client_for(sandbox)))
    assert summary.counts["patients"]["created"] == 21 and summary.requests == expected.requests
    assert_mirror_is_account(tmp_path / "mirror.sqlite3", sandbox)


# ---- crash and resume ----------------------------------------------------------------------


def test_faults_on_the_way_are_retried_and_lose_nothing(cliniko_sandbox_server: SandboxServer,
                                                        tmp_path: Path) -> None:
    # A fifth of the answers are 503s, 429s or connections dropped mid-body.
    cliniko_sandbox_server.reset(SandboxOptions(seed_patients=250, faults=0.2))
    handle = SandboxHandle(cliniko_sandbox_server)
    fast = RetryPolicy(max_attempts=10, backoff_base=0.01, backoff_cap=0.05, rate_limit_fallback=0.01)
    attempts = CountingTransport(httpx.HTTPTransport())
    with Mirror(tmp_path / "mirror.sqlite3") as mirror, \
            client_for(handle, retry=fast, httpx_args={"transport": attempts}) as client:
        first = mirror.sync(client, per_page=50)
        handle.add_patient(first_name="Late", last_name="Example")
        summary = mirror.sync(client, per_page=50)
    assert attempts.sent > first.requests + summary.requests  # faults happened, and were retried
    assert summary.counts["patients"]["created"] == 1
    assert_mirror_is_account(tmp_path / "mirror.sqlite3", handle)


class FailAfter(httpx.BaseTransport):
    """Lets `n` requests through, then the network goes away."""

    def __init__(self, n: int) -> None:
        self.inner = httpx.HTTPTransport()
        self.left = n

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        self.left -= 1
        if self.left < 0:
            raise httpx.ConnectError("injected: the network went away")
        return self.inner.handle_request(request)


def test_a_run_that_dies_leaves_the_mirror_as_it_was_and_the_next_resumes(
        cliniko_sandbox_server: SandboxServer, tmp_path: Path) -> None:
    cliniko_sandbox_server.reset(SandboxOptions(seed_patients=300))
    handle = SandboxHandle(cliniko_sandbox_server)
    path = tmp_path / "mirror.sqlite3"
    with Mirror(path) as mirror, client_for(handle, retry=None, httpx_args={"transport": FailAfter(2)}) as dying:
        with pytest.raises(httpx.ConnectError):
            mirror.sync(dying, per_page=50, resources=PATIENTS)
        assert mirror_now(path) == ({}, {})  # nothing of the unfinished run is visible
        with client_for(handle) as client:
            summary = mirror.sync(client, per_page=50)  # the unfinished run's resources, not all
    assert summary.resumed
    assert summary.requests == 6  # pages 3 to 7 of 7 and the deletions, not the first two again
    assert summary.counts["patients"]["created"] == 301
    assert_mirror_is_account(path, handle, PATIENTS)


def test_a_run_whose_last_write_fails_leaves_the_mirror_as_it_was(sandbox: SandboxHandle, tmp_path: Path,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    # The run's end (apply the staged changes, save the checkpoint) is one transaction.
    path = tmp_path / "mirror.sqlite3"
    set_state = Mirror._set_state

    def checkpoint_write_fails(self: Mirror, name: str, value: str) -> None:
        if name == "checkpoint":
            raise sqlite3.OperationalError("injected: the disk is full")
        set_state(self, name, value)

    with client_for(sandbox) as client, Mirror(path) as mirror:
        mirror.sync(client)
        before = {resource: mirror_now(path, resource) for resource in synced_resources()}
        sandbox.add_patient(first_name="Late", last_name="Example")
        with monkeypatch.context() as patched:
            patched.setattr(Mirror, "_set_state", checkpoint_write_fails)
            with pytest.raises(sqlite3.OperationalError, match="injected"):
                mirror.sync(client)
        assert {resource: mirror_now(path, resource) for resource in synced_resources()} == before
        mirror.sync(client)
    assert_mirror_is_account(path, sandbox)


def _patients_only_mirror(path: Path, handle: SandboxHandle) -> None:
    """A mirror as the patients-only cliniko-sync (format 1) left it after a finished run."""
    with client_for(handle) as client:
        run = changes_since(client, None, resources=PATIENTS)
    state = run.checkpoint["resources"]["patients"]
    old = {"format": "cliniko-sync/1", "since": state["views"]["/patients"]["since"],
           "seen": state["views"]["/patients"]["seen"], "deleted_since": state["deleted_since"],
           "deleted_seen": state["deleted_seen"], "archived": state["archived"], "run": None}
    with sqlite3.connect(path) as db:
        db.executescript("CREATE TABLE patients (id TEXT PRIMARY KEY, body TEXT NOT NULL, deleted_at TEXT);"
                         "CREATE TABLE sync_state (name TEXT PRIMARY KEY, value TEXT NOT NULL);"
                         "CREATE TABLE sync_pending (seq INTEGER PRIMARY KEY, id TEXT NOT NULL, kind TEXT NOT NULL,"
                         " body TEXT NOT NULL, deleted_at TEXT)")
        db.executemany("INSERT INTO patients VALUES (?, ?, ?)",
                       [(c.id, c.json, c.body["deleted_at"] if c.kind == "deleted" else None) for c in run.changes])
        db.executemany("INSERT INTO sync_state VALUES (?, ?)",
                       [("checkpoint", json.dumps(old)), ("base_url", handle.base_url)])


def test_a_mirror_of_the_patients_only_sync_carries_over(sandbox: SandboxHandle, tmp_path: Path) -> None:
    path = tmp_path / "mirror.sqlite3"
    _patients_only_mirror(path, sandbox)
    with client_for(sandbox) as client, Mirror(path) as mirror:
        summary = mirror.sync(client)
    assert summary.counts["patients"] == {}  # its patients went on from their checkpoint: nothing new
    assert summary.counts["medical_alerts"]["created"] == 1  # the other resources: a full copy
    assert_mirror_is_account(path, sandbox)

    unfinished = tmp_path / "unfinished.sqlite3"
    _patients_only_mirror(unfinished, sandbox)
    with sqlite3.connect(unfinished) as db:
        db.execute("INSERT INTO sync_state VALUES ('pending', '{}')")
    before = unfinished.read_bytes()
    process = _cli("--db", str(unfinished), "--user-agent", USER_AGENT, "--base-url", sandbox.base_url)
    _, err = process.communicate(timeout=60)
    assert process.returncode == 2 and err.count("\n") == 1 and "an unfinished run of an older cliniko-sync" in err
    assert unfinished.read_bytes() == before


def _cli(*args: str, key: str = "sandbox-key-au1", **popen: Any) -> Any:
    env = {k: v for k, v in os.environ.items() if not k.startswith("CLINIKO_")}
    if key:
        env["CLINIKO_API_KEY"] = key
    popen.setdefault("stderr", subprocess.PIPE)
    return subprocess.Popen([str(CLI), *args], env=env, stdout=subprocess.PIPE, text=True, **popen)


def test_killed_mid_walk_the_command_recovers_on_the_next_run(cliniko_sandbox_server: SandboxServer,
                                                              tmp_path: Path) -> None:
    # A rate limit slows the walk down enough to kill it half-way (2,000 patients: 21 pages).
    cliniko_sandbox_server.reset(SandboxOptions(seed_patients=2000, rate_limit=(4, 1.0)))
    handle = SandboxHandle(cliniko_sandbox_server)
    path = tmp_path / "mirror.sqlite3"
    args = ("--db", str(path), "--user-agent", USER_AGENT, "--base-url", handle.base_url, "--resources", "patients")
    process = _cli(*args)
    deadline = time.monotonic() + 60
    staged = 0
    while staged < 5 and time.monotonic() < deadline and process.poll() is None:
        time.sleep(0.05)
        if path.exists():
            with sqlite3.connect(path) as db:
                try:
                    staged = db.execute("SELECT count(*) FROM sync_pending").fetchone()[0] // 100
                except sqlite3.OperationalError:  # not created yet
                    staged = 0
    assert process.poll() is None, f"the run ended before it could be killed: {process.communicate()}"
    process.send_signal(signal.SIGKILL)
    process.wait()
    assert mirror_now(path) == ({}, {})  # the killed run changed nothing visible

    cliniko_sandbox_server.app.state.sandbox.limiter = None  # the next run need not crawl
    out, err = _cli(*args).communicate(timeout=120)
    assert err == ""
    assert "patients: 2001 created" in out and "resumed" in out, out
    requests = int(out.split(" requests")[0].rsplit(" ", 1)[1])
    assert requests < 21, out  # it went on from where it was killed
    assert_mirror_is_account(path, handle, PATIENTS)


# ---- the command ---------------------------------------------------------------------------


def test_the_command_mirrors_then_reports_only_changes(sandbox: SandboxHandle, tmp_path: Path) -> None:
    path = tmp_path / "mirror.sqlite3"
    args = ("--db", str(path), "--user-agent", USER_AGENT, "--base-url", sandbox.base_url)
    out, err = _cli(*args).communicate(timeout=60)
    lines = out.splitlines()
    assert len(lines) == 1 + len(synced_resources()) and err == ""  # a summary, a line per resource, no progress
    least = sum(len(r.views) + bool(r.deleted) for r in synced_resources().values())  # a page of each list
    assert lines[0].startswith(f"cliniko-sync: 81 changes in {len(synced_resources())} resources; {least} requests;")
    assert "  patients: 21 created, 1 archived, 1 merged, 1 deleted; 24 in the mirror, 1 of them deleted" in lines
    assert "  individual_appointments: 3 created, 1 cancelled; 4 in the mirror, 0 of them deleted" in lines
    assert_mirror_is_account(path, sandbox)
    sandbox.add_patient(first_name="Late", last_name="Example")
    out, _ = _cli(*args).communicate(timeout=60)
    assert out.startswith("cliniko-sync: 1 changes in"), out
    assert "  patients: 1 created; 25 in the mirror, 1 of them deleted" in out.splitlines(), out
    assert "  medical_alerts: no changes; 1 in the mirror, 0 of them deleted" in out.splitlines(), out
    assert_mirror_is_account(path, sandbox)


def test_on_a_terminal_the_command_shows_progress_and_rate_limit_waits(cliniko_sandbox_server: SandboxServer,
                                                                       tmp_path: Path) -> None:
    cliniko_sandbox_server.reset(SandboxOptions(seed_patients=400, rate_limit=(3, 1.0)))
    handle = SandboxHandle(cliniko_sandbox_server)
    leader, follower = pty.openpty()
    process = _cli("--db", str(tmp_path / "m.sqlite3"), "--user-agent", USER_AGENT, "--base-url", handle.base_url,
                   "--resources", "patients", stderr=follower)
    os.close(follower)
    out, _ = process.communicate(timeout=60)
    shown = b""
    while True:
        try:
            chunk = os.read(leader, 65536)
        except OSError:  # the terminal closed with the process
            break
        if not chunk:
            break
        shown += chunk
    os.close(leader)
    assert process.returncode == 0, out
    text = shown.decode()
    assert "patients: 6 pages, 404 changes" in text and "rate-limit waits" in text, text
    assert "  patients: 401 created, 1 archived, 1 merged, 1 deleted; 404 in the mirror, 1 of them deleted" in out, out


@pytest.mark.parametrize(("args", "key", "expected"), [
    ((), "k-au1", "the following arguments are required: --db, --user-agent"),
    (("--db", "{db}", "--user-agent", "Nobody"), "k-au1", "--user-agent must look like"),
    (("--db", "{db}", "--user-agent", USER_AGENT), "", "CLINIKO_API_KEY is not set"),
    (("--db", "/nonexistent/folder/m.sqlite3", "--user-agent", USER_AGENT), "k-au1", "does not exist"),
    (("--db", "{db}", "--user-agent", USER_AGENT, "--resources", "patients,nonsense"), "k-au1",
     "no resource named 'nonsense'; the resources are: appointment_types,"),
    (("--db", "{db}", "--user-agent", USER_AGENT, "--base-url", "http://example.com/v1"), "k-au1",
     "must use https"),
])
def test_bad_arguments_get_one_line(tmp_path: Path, args: tuple[str, ...], key: str, expected: str) -> None:
    db = tmp_path / "m.sqlite3"
    process = _cli(*(a.replace("{db}", str(db)) for a in args), key=key)
    out, err = process.communicate(timeout=30)
    assert process.returncode == 2
    assert out == "" and err.count("\n") == 1 and expected in err, err
    assert not db.exists()


def test_a_file_that_is_not_a_mirror_is_refused_untouched(tmp_path: Path) -> None:
    db = tmp_path / "notes.sqlite3"
    with sqlite3.connect(db) as other:
        other.execute("CREATE TABLE patients (name TEXT)")
    before = db.read_bytes()
    process = _cli("--db", str(db), "--user-agent", USER_AGENT, "--base-url", "http://127.0.0.1:9/v1")
    _, err = process.communicate(timeout=30)
    assert process.returncode == 2 and err.count("\n") == 1 and "lacks columns" in err, err
    assert db.read_bytes() == before


def test_a_bad_key_or_no_server_get_one_line_and_the_mirror_stays(sandbox: SandboxHandle, tmp_path: Path) -> None:
    path = tmp_path / "mirror.sqlite3"
    args = ("--db", str(path), "--user-agent", USER_AGENT, "--base-url", sandbox.base_url)
    process = _cli(*args, key="wrong-key-au1")
    _, err = process.communicate(timeout=30)
    assert process.returncode == 1 and err.count("\n") == 1 and "API key was refused (401)" in err, err
    assert "wrong-key" not in err
    assert not path.exists()  # nothing read, nothing left behind

    _cli(*args).communicate(timeout=60)
    before = mirror_now(path)
    process = _cli("--db", str(path), "--user-agent", USER_AGENT, "--base-url", "http://127.0.0.1:9/v1")
    _, err = process.communicate(timeout=60)
    assert process.returncode == 2 and "mirrors http://127.0.0.1" in err  # another API: refused
    unreachable = tmp_path / "fresh.sqlite3"
    process = _cli("--db", str(unreachable), "--user-agent", USER_AGENT, "--base-url", "http://127.0.0.1:9/v1")
    _, err = process.communicate(timeout=60)
    assert process.returncode == 1 and err.count("\n") == 1 and "cannot reach http://127.0.0.1:9/v1" in err, err
    assert not unreachable.exists()
    assert mirror_now(path) == before
