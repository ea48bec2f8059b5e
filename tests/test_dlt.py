"""cliniko_client.dlt against the sandbox, loaded into dlt's DuckDB destination: the tables
equal the account after a load and after changes; the next load reads only what changed;
a load that fails mid-extract changes nothing and the next catches up; a record reported
twice in one load keeps its later report; a package extracted but never loaded is loaded
by the next run.

Each test has its own pipelines folder and DuckDB file under tmp_path. dlt's telemetry is
off (tox.ini sets RUNTIME__DLTHUB_TELEMETRY=false; a test checks it stayed off): no network.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any

import dlt
import duckdb
import httpx
import pytest
from cliniko_client import ClinikoClient
from cliniko_client.api.individual_appointments import cancel_individual_appointment
from cliniko_client.api.patients import archive_patient, create_patient, patch_patient
from cliniko_client.dlt import cliniko_source
from cliniko_client.models import IndividualAppointmentCancellation, PatientCreate, PatientUpdate
from cliniko_client.sandbox import app as sandbox_app
from cliniko_client.sandbox.testing import SandboxHandle, SandboxOptions, SandboxServer
from cliniko_client.sync.cli import CountingTransport
from cliniko_client.sync.resources import synced_resources
from dlt.common.runtime import anon_tracker
from dlt.pipeline.exceptions import PipelineStepFailed

USER_AGENT = "cliniko-openapi-tests (tests@example.com)"
Tables = dict[str, dict[str, dict[str, Any]]]  # resource -> id -> body


@pytest.fixture
def sandbox(cliniko_sandbox_server: SandboxServer) -> Iterator[SandboxHandle]:
    cliniko_sandbox_server.reset(SandboxOptions(seed_patients=60))
    yield SandboxHandle(cliniko_sandbox_server)


def pipeline_in(folder: Path) -> dlt.Pipeline:
    return dlt.pipeline("cliniko_test", pipelines_dir=str(folder / "pipelines"), dataset_name="cliniko",
                        destination=dlt.destinations.duckdb(str(folder / "mirror.duckdb")))


def client_for(handle: SandboxHandle, transport: httpx.BaseTransport | None = None, **kwargs: Any) -> ClinikoClient:
    return handle.client(raise_on_error=True, user_agent=USER_AGENT,
                         httpx_args={"transport": transport or httpx.HTTPTransport()}, **kwargs)


def loaded(folder: Path) -> Tables:
    """Every table of the DuckDB file: id -> body (a table not made yet: empty)."""
    path = folder / "mirror.duckdb"
    if not path.exists():
        return {name: {} for name in synced_resources()}
    with duckdb.connect(str(path), read_only=True) as db:
        made = {name for (name,) in db.execute(
            "SELECT table_name FROM information_schema.tables WHERE table_schema = 'cliniko'").fetchall()}
        return {name: {record_id: json.loads(body) for record_id, body in
                       db.execute(f"SELECT id, body FROM cliniko.{name}").fetchall()} if name in made else {}
                for name in synced_resources()}


def account(handle: SandboxHandle) -> tuple[Tables, dict[str, set[str]]]:
    """The account as it is: (resource -> id -> body of every record not deleted, resource -> deleted ids)."""
    living: Tables = {name: {} for name in synced_resources()}
    deleted: dict[str, set[str]] = {name: set() for name in synced_resources()}
    for name in synced_resources():
        for record in handle.records(name):
            if record.get("deleted_at"):
                deleted[name].add(record["id"])
            else:
                living[name][record["id"]] = record
    return living, deleted


def assert_loaded_is_account(folder: Path, handle: SandboxHandle, resources: Sequence[str] | None = None) -> None:
    tables = loaded(folder)
    living, deleted = account(handle)
    for name in resources or synced_resources():
        assert not deleted[name] & tables[name].keys(), f"{name}: deleted records still loaded"
        assert tables[name].keys() == living[name].keys(), f"{name}: other records than the account's"
        for record_id, body in living[name].items():
            assert tables[name][record_id] == body, f"{name} {record_id} differs"


def rows_loaded(pipeline: dlt.Pipeline) -> dict[str, int]:
    """Rows the last run extracted per resource (the resources with any)."""
    counts = pipeline.last_trace.last_normalize_info.row_counts
    return {name: n for name, n in counts.items() if name in synced_resources() and n}


def checkpoints(pipeline: dlt.Pipeline) -> dict[str, Any]:
    resources = pipeline.state.get("sources", {}).get("cliniko", {}).get("resources", {})
    return {name: state.get("checkpoint") for name, state in resources.items()}


def delete_in_storage(handle: SandboxHandle, resource: str, record_id: str) -> None:
    """What deleting a record in Cliniko's UI does: only a tombstone stays listed (the API's
    DELETE of a medical alert archives it)."""

    def change(state: str, record: dict[str, Any]) -> bool:
        record["deleted_at"] = sandbox_app.now()
        return True

    sandbox = handle._server.app.state.sandbox
    account_id = int(handle._account(None).id)
    assert sandbox.collections[resource].storage.update(account_id, int(record_id), change) is not None


def make_changes(handle: SandboxHandle, client: ClinikoClient) -> dict[str, int]:
    """Create, update and archive a patient, cancel an appointment, delete a medical alert;
    returns the records changed per resource."""
    living, _ = account(handle)
    patients = sorted(pid for pid, body in living["patients"].items() if not body["archived_at"])
    create_patient.sync(client=client, body=PatientCreate(first_name="Dlt", last_name="Example"))
    patch_patient.sync(id=patients[0], client=client, body=PatientUpdate(occupation="Data engineer"))
    archive_patient.sync_detailed(id=patients[1], client=client)
    appointment = next(aid for aid, body in living["individual_appointments"].items() if not body["cancelled_at"])
    cancel_individual_appointment.sync_detailed(id=appointment, client=client,
                                                body=IndividualAppointmentCancellation(cancellation_reason=50))
    delete_in_storage(handle, "medical_alerts", next(iter(living["medical_alerts"])))
    return {"patients": 3, "individual_appointments": 1, "medical_alerts": 1}


def test_a_load_equals_the_account_and_the_next_reads_only_what_changed(sandbox: SandboxHandle,
                                                                          tmp_path: Path) -> None:
    pipeline = pipeline_in(tmp_path)
    requests = CountingTransport(httpx.HTTPTransport())
    with client_for(sandbox, requests) as client:
        pipeline.run(cliniko_source(client, settle=0, per_page=25))
        assert_loaded_is_account(tmp_path, sandbox)
        assert any(account(sandbox)[1].values())  # the seeded deleted patient: never loaded
        full = requests.sent

        requests.sent = 0
        pipeline.run(cliniko_source(client, settle=0, per_page=25))
        quiet = requests.sent
        assert rows_loaded(pipeline) == {}
        # One page of each list read by updated_at, one of each deleted list: not the account's pages.
        lists = sum(len(r.views) + (r.deleted is not None) for r in synced_resources().values())
        assert quiet == lists < full

        changed = make_changes(sandbox, client)
        requests.sent = 0
        pipeline.run(cliniko_source(client, settle=0, per_page=25))
        assert requests.sent == quiet
        assert rows_loaded(pipeline) == changed
    assert_loaded_is_account(tmp_path, sandbox)
    # No usage telemetry: dlt started no tracker.
    assert anon_tracker._ANON_TRACKER_ENDPOINT is None


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


def test_a_load_that_fails_mid_extract_changes_nothing_and_the_next_catches_up(sandbox: SandboxHandle,
                                                                                 tmp_path: Path) -> None:
    pipeline = pipeline_in(tmp_path)
    requests = CountingTransport(httpx.HTTPTransport())
    with client_for(sandbox, requests) as client:
        pipeline.run(cliniko_source(client, settle=0))
        changed = make_changes(sandbox, client)
    before, state = loaded(tmp_path), checkpoints(pipeline)
    lists = sum(len(r.views) + (r.deleted is not None) for r in synced_resources().values())
    # Dying after the first request, in the middle and before the last: whatever the resources
    # read by then, the tables and their checkpoints stay those of the last load.
    for n in (1, lists // 2, lists - 1):
        with client_for(sandbox, FailAfter(n), retry=None) as dying, pytest.raises(PipelineStepFailed) as failed:
            pipeline.run(cliniko_source(dying, settle=0))
        assert failed.value.step == "extract"
        assert loaded(tmp_path) == before
        assert checkpoints(pipeline) == state
    with client_for(sandbox) as client:
        pipeline.run(cliniko_source(client, settle=0))
    assert rows_loaded(pipeline) == changed  # from the last loaded checkpoint: the changes, not everything
    assert_loaded_is_account(tmp_path, sandbox)


def test_a_package_extracted_but_not_loaded_is_loaded_by_the_next_run(sandbox: SandboxHandle,
                                                                       tmp_path: Path) -> None:
    # The process died after the extract: its package (records and checkpoints) waits on disk.
    pipeline = pipeline_in(tmp_path)
    with client_for(sandbox) as client:
        pipeline.run(cliniko_source(client, settle=0))
        make_changes(sandbox, client)
        pipeline.extract(cliniko_source(client, settle=0))
        assert pipeline.has_pending_data
        pipeline = pipeline_in(tmp_path)  # a new process
        pipeline.run(cliniko_source(client, settle=0))  # loads the waiting package, reads nothing new
        assert not pipeline.has_pending_data
        assert_loaded_is_account(tmp_path, sandbox)
        pipeline.run(cliniko_source(client, settle=0))
        assert rows_loaded(pipeline) == {}  # its checkpoints were loaded with it


class AfterFirstPage(httpx.BaseTransport):
    """Runs `write` once, between the first page of patients and the next request for them."""

    def __init__(self, write: Callable[[], None]) -> None:
        self.inner = httpx.HTTPTransport()
        self.write = write
        self.pages = 0

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith("/patients"):
            self.pages += 1
            if self.pages == 2:
                self.write()
        return self.inner.handle_request(request)


def test_a_record_reported_twice_in_one_load_keeps_its_later_report(sandbox: SandboxHandle,
                                                                      tmp_path: Path) -> None:
    # Changed after the walk read them: each patient of the first page comes again later in the
    # same load, updated or deleted; the table keeps the later report (dedup_sort on change_seq).
    pipeline = pipeline_in(tmp_path)
    first_page = sorted(sandbox.patients(), key=lambda p: (p["updated_at"], p["id"]))[:4]
    updated, deleted = first_page[0]["id"], first_page[1]["id"]

    def write() -> None:
        with client_for(sandbox) as writer:
            patch_patient.sync(id=updated, client=writer, body=PatientUpdate(occupation="Changed mid-walk"))
        delete_in_storage(sandbox, "patients", deleted)

    with client_for(sandbox, AfterFirstPage(write)) as client:
        pipeline.run(cliniko_source(client, resources=["patients"], settle=0, per_page=5))
    living, _ = account(sandbox)
    assert rows_loaded(pipeline)["patients"] > len(living["patients"])  # some were reported twice
    assert loaded(tmp_path)["patients"][updated]["occupation"] == "Changed mid-walk"
    assert_loaded_is_account(tmp_path, sandbox, ["patients"])


def test_one_resource_per_mirrored_resource_and_bad_names_fail_clearly(sandbox: SandboxHandle) -> None:
    with client_for(sandbox) as client:
        source = cliniko_source(client)
        assert list(source.resources) == list(synced_resources())
        patients = source.resources["patients"]
        assert patients.write_disposition == "merge"
        assert patients.compute_table_schema()["columns"]["deleted_at"]["hard_delete"] is True
        bookings = cliniko_source(client, resources=["bookings"])
        assert list(bookings.resources) == ["group_appointments", "individual_appointments", "unavailable_blocks"]
        with pytest.raises(ValueError, match="no resource named 'nope'"):
            cliniko_source(client, resources=["nope"])
