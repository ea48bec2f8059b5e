"""cliniko-sync into PostgreSQL (cliniko_client.sync.postgres) on a real, throwaway cluster
(tests/support/postgres.py): the mirror equals the account and a SQLite mirror of it, its
bodies are jsonb, an interrupted run changes nothing and the next resumes, two runs at once
take turns, and every way of failing to connect is one line without the password.
"""

from __future__ import annotations

import os
import re
import shlex
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import psycopg
import pytest
from cliniko_client import ClinikoClient
from cliniko_client.api.patients import patch_patient
from cliniko_client.models import PatientUpdate
from cliniko_client.sandbox.testing import SandboxHandle, SandboxOptions, SandboxServer
from cliniko_client.sync.databases import DatabaseError, open_database
from cliniko_client.sync.mirror import Mirror
from cliniko_client.sync.postgres import passwords, public_url
from cliniko_client.sync.resources import synced_resources

from tests.conftest import USER_AGENT
from tests.support import postgres
from tests.support.mirrors import read_mirror
from tests.support.postgres import PostgreSQLServer, free_port
from tests.test_sync import delete

ROOT = Path(__file__).resolve().parent.parent
CLI = Path(sys.executable).with_name("cliniko-sync")


@pytest.fixture
def sandbox(cliniko_sandbox_server: SandboxServer) -> Iterator[SandboxHandle]:
    cliniko_sandbox_server.reset(SandboxOptions(seed_patients=20))
    yield SandboxHandle(cliniko_sandbox_server)


def client_for(handle: SandboxHandle, **kwargs: Any) -> ClinikoClient:
    return handle.client(raise_on_error=True, user_agent=USER_AGENT, **kwargs)


def mirror_tables(target: str | Path) -> dict[str, dict[str, tuple[dict[str, Any], str | None]]]:
    return {name: read_mirror(target, name) for name in synced_resources()}


def assert_mirror_is_account(target: str | Path, handle: SandboxHandle) -> None:
    """Every resource: the same ids; a living record's body as its GET shows it; deletions as the account's."""
    for name in synced_resources():
        account = {record["id"]: record for record in handle.records(name)}
        mirrored = read_mirror(target, name)
        assert mirrored.keys() == account.keys(), name
        for record_id, record in account.items():
            body, deleted_at = mirrored[record_id]
            assert deleted_at == record.get("deleted_at"), f"{name} {record_id}"
            if deleted_at is None:
                assert body == record, f"{name} {record_id} differs"


def test_a_full_copy_equals_the_account_and_a_sqlite_mirror_of_it(sandbox: SandboxHandle, postgresql_url: str,
                                                                 tmp_path: Path) -> None:
    sqlite = tmp_path / "mirror.sqlite3"
    with client_for(sandbox) as client, Mirror(postgresql_url) as mirror, Mirror(sqlite) as other:
        summary = mirror.sync(client, settle=0)
        assert other.sync(client, settle=0).records == summary.records
        again = mirror.sync(client, settle=0)  # quiet: nothing changes
    assert sum(summary.records[name][0] for name in synced_resources()) > len(synced_resources())
    assert again.records == summary.records and not any(sum(c.values()) for c in again.counts.values())
    assert_mirror_is_account(postgresql_url, sandbox)
    assert mirror_tables(postgresql_url) == mirror_tables(sqlite)


def test_bodies_are_jsonb_and_can_be_queried(sandbox: SandboxHandle, postgresql_url: str) -> None:
    patient = sandbox.add_patient(first_name="Jaspreet", last_name="Example")
    with client_for(sandbox) as client, Mirror(postgresql_url) as mirror:
        mirror.sync(client, resources=["patients"])
    with psycopg.connect(postgresql_url) as db:
        row = db.execute("SELECT pg_typeof(body)::text, body->>'first_name' FROM patients WHERE id = %s",
                         (patient["id"],)).fetchone()
        staging = db.execute("SELECT data_type FROM information_schema.columns"
                             " WHERE table_name = 'sync_pending' AND column_name = 'body'").fetchone()
    assert row == ("jsonb", "Jaspreet")
    assert staging == ("jsonb",)


class DiesOnPatientsPage(httpx.BaseTransport):
    """The network goes away at the `n`th request for the patients' list (pages before it arrive)."""

    def __init__(self, n: int) -> None:
        self.inner = httpx.HTTPTransport()
        self.left = n

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith("/patients"):
            self.left -= 1
            if self.left == 0:
                raise httpx.ConnectError("injected: the network went away")
        return self.inner.handle_request(request)


def test_a_run_that_dies_leaves_every_table_as_it_was_and_the_next_resumes(
        cliniko_sandbox_server: SandboxServer, postgresql_url: str) -> None:
    cliniko_sandbox_server.reset(SandboxOptions(seed_patients=20))
    handle = SandboxHandle(cliniko_sandbox_server)
    with Mirror(postgresql_url) as mirror:
        with client_for(handle) as client:
            mirror.sync(client, per_page=50)
        before = mirror_tables(postgresql_url)
        handle.add_patients(200)  # the next run reads 5 pages of patients
        with client_for(handle, retry=None, httpx_args={"transport": DiesOnPatientsPage(3)}) as dying:
            with pytest.raises(httpx.ConnectError):
                mirror.sync(dying, per_page=50)
        assert mirror_tables(postgresql_url) == before  # what it staged is not visible
        with psycopg.connect(postgresql_url) as db:
            (staged,) = db.execute("SELECT count(*) FROM sync_pending WHERE resource = 'patients'").fetchone()
        assert staged >= 50
        # Two patients already staged change before the next run: read again, each row is still written once.
        with psycopg.connect(postgresql_url) as db:
            (updated,), (deleted,) = db.execute("SELECT id FROM sync_pending WHERE resource = 'patients'"
                                                " ORDER BY seq LIMIT 2").fetchall()
        with client_for(handle) as client:
            patch_patient.sync(id=updated, client=client, body=PatientUpdate(occupation="Ranger"))
            delete(handle, deleted)
            summary = mirror.sync(client, per_page=50)
    assert summary.resumed
    assert summary.counts["patients"]["created"] == 199 and summary.counts["patients"]["deleted"] == 1, summary
    assert_mirror_is_account(postgresql_url, handle)


def test_a_second_writer_waits_for_the_first(postgresql_url: str) -> None:
    first, second = open_database(postgresql_url), open_database(postgresql_url)
    entered = threading.Event()

    def other() -> None:
        with second.transaction():
            entered.set()

    try:
        with first.transaction():
            waiting = threading.Thread(target=other)
            waiting.start()
            assert not entered.wait(0.5), "a second transaction ran while the first held the mirror"
        assert entered.wait(10)
        waiting.join()
    finally:
        first.close()
        second.close()


def test_two_syncs_started_at_once_end_with_a_correct_mirror(cliniko_sandbox_server: SandboxServer,
                                                             postgresql_url: str) -> None:
    cliniko_sandbox_server.reset(SandboxOptions(seed_patients=60))
    handle = SandboxHandle(cliniko_sandbox_server)
    start = threading.Barrier(2)
    failures: list[BaseException] = []

    def run() -> None:
        try:
            with client_for(handle) as client:
                start.wait()
                with Mirror(postgresql_url) as mirror:
                    mirror.sync(client, settle=0, per_page=25)  # pages of 25: no second of the seed fills one
        except BaseException as exc:  # reported below, in the test's thread
            failures.append(exc)

    runs = [threading.Thread(target=run) for _ in range(2)]
    for thread in runs:
        thread.start()
    for thread in runs:
        thread.join(120)
    assert not failures, failures
    assert_mirror_is_account(postgresql_url, handle)
    with Mirror(postgresql_url) as mirror, client_for(handle) as client:  # and the next run finds nothing new
        third = mirror.sync(client, settle=0)
        changed = [line for line in third.resource_lines() if "no changes" not in line]
        assert not changed, changed


def test_the_server_failing_mid_run_is_one_line_and_the_next_run_resumes(sandbox: SandboxHandle,
                                                                         postgresql_server: PostgreSQLServer,
                                                                         postgresql_url: str) -> None:
    password = postgresql_server.password
    with Mirror(postgresql_url) as mirror, client_for(sandbox) as client:
        backend = mirror.db.execute("SELECT pg_backend_pid()")[0][0]

        def server_goes_away(batch: Any) -> None:
            with postgresql_server.admin() as admin:
                admin.execute("SELECT pg_terminate_backend(%s)", (backend,))

        with pytest.raises(DatabaseError) as failed:
            mirror.sync(client, on_batch=server_goes_away)
    message = str(failed.value)
    assert "\n" not in message and password not in message, message
    assert message.startswith(f"{postgresql_url.replace(':' + password, '')}: "), message
    assert mirror_tables(postgresql_url) == {name: {} for name in synced_resources()}
    with Mirror(postgresql_url) as mirror, client_for(sandbox) as client:
        assert mirror.sync(client).resumed
    assert_mirror_is_account(postgresql_url, sandbox)


# ---- the command ----------------------------------------------------------------------------


def _cli(*args: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("CLINIKO_", "PG"))}
    env["CLINIKO_API_KEY"] = "sandbox-key-au1"
    return subprocess.run([str(CLI), *args], env=env, capture_output=True, text=True, timeout=60, check=False)


@pytest.mark.parametrize(("where", "expected"), [
    ("bad URL", "not a URL PostgreSQL can read"),
    ("wrong password", 'the server refused the login (password authentication failed for user "cliniko_sync")'),
    ("no database", "database no_such_mirror does not exist; create it first: createdb no_such_mirror"),
    ("closed port", "cannot reach a PostgreSQL server at 127.0.0.1:{closed}"),
])
def test_the_command_says_in_one_line_why_it_cannot_use_the_database(
        where: str, expected: str, postgresql_server: PostgreSQLServer, postgresql_url: str) -> None:
    secret = postgresql_server.password
    closed = free_port()
    url = {
        "bad URL": postgresql_url.replace("@127.0.0.1", "@[::1"),  # libpq quotes the whole URL in its message
        "wrong password": postgresql_url.replace(secret, "wrong-" + secret[::-1]),
        "no database": postgresql_url.rsplit("/", 1)[0] + "/no_such_mirror",
        "closed port": postgresql_url.replace(f":{postgresql_server.port}/", f":{closed}/"),
    }[where]
    done = _cli("--db", url, "--user-agent", USER_AGENT, "--base-url", "http://127.0.0.1:9/v1")  # never reached
    assert done.returncode == 2, done
    assert done.stdout == "" and done.stderr.count("\n") == 1, done.stderr
    assert done.stderr.startswith(f"cliniko-sync: --db {public_url(url)}: "), done.stderr
    assert expected.format(closed=closed) in done.stderr, done.stderr
    assert not [s for s in passwords(url) + [secret] if s in done.stderr], done.stderr
    with psycopg.connect(postgresql_url) as db:  # nothing written
        assert db.execute("SELECT count(*) FROM information_schema.tables"
                          " WHERE table_schema = 'public'").fetchone() == (0,)


@pytest.mark.parametrize(("url", "public", "secrets"), [
    ("postgresql://sync:s3cret@db.example.com:5432/mirror", "postgresql://sync@db.example.com:5432/mirror",
     ["s3cret"]),
    ("postgres://sync:p%40ss%2Fword@127.0.0.1/m?sslmode=require", "postgres://sync@127.0.0.1/m?sslmode=require",
     ["p%40ss%2Fword", "p@ss/word"]),
    # A password written with a / or @ unescaped: libpq misreads the URL, and quotes it.
    ("postgresql://sync:pa/ss@word@127.0.0.1/m", "postgresql://sync@127.0.0.1/m", ["pa/ss@word"]),
    ("postgresql://127.0.0.1/m?user=sync&password=hunter2&port=5433", "postgresql://127.0.0.1/m?user=sync&port=5433",
     ["hunter2"]),
    ("postgresql://sync@127.0.0.1/m", "postgresql://sync@127.0.0.1/m", []),
])
def test_a_url_is_shown_without_its_password(url: str, public: str, secrets: list[str]) -> None:
    assert public_url(url) == public
    assert passwords(url) == secrets


def test_the_readme_shows_the_postgresql_command_and_it_runs(sandbox: SandboxHandle, postgresql_url: str) -> None:
    readme = (ROOT / "generated" / "python" / "README.md").read_text(encoding="utf-8")
    block = readme.split("### Into PostgreSQL", 1)[1].split("```sh\n", 1)[1].split("```", 1)[0]
    assert 'pip install "cliniko-client[postgresql]"' in block
    (line,) = [line for line in block.replace("\\\n", "").splitlines() if "cliniko-sync" in line]
    words = shlex.split(line)
    assert words[:2] == ["CLINIKO_API_KEY=sandbox-key-au1", "cliniko-sync"], words
    # The README's database and sandbox are the reader's; here, the test's.
    args = [postgresql_url if re.match(r"postgresql://", word) else word for word in words[2:]]
    args[args.index("--base-url") + 1] = sandbox.base_url
    done = _cli(*args)
    assert done.returncode == 0 and done.stderr == "", done
    assert done.stdout.startswith("cliniko-sync: "), done.stdout
    assert_mirror_is_account(postgresql_url, sandbox)


def test_without_postgresql_the_tests_skip_but_fail_under_ci(monkeypatch: pytest.MonkeyPatch) -> None:
    def outcome() -> BaseException:
        try:
            postgres.require()
        except BaseException as exc:  # a skip or a failure: caught here, or it would end this test
            return exc
        raise AssertionError("the tests would run without PostgreSQL")

    monkeypatch.setattr(postgres, "missing", lambda: "PostgreSQL is not installed")
    monkeypatch.delenv("CI", raising=False)
    skipped = outcome()
    assert isinstance(skipped, pytest.skip.Exception) and "PostgreSQL is not installed" in str(skipped)
    monkeypatch.setenv("CI", "true")
    failed = outcome()
    assert isinstance(failed, pytest.fail.Exception), repr(failed)
    assert "cannot run under CI: PostgreSQL is not installed" in str(failed)
