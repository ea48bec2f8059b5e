"""A throwaway PostgreSQL cluster for the tests: `postgresql_server` (one per test session,
each xdist worker its own) and `postgresql_url` (a fresh, empty database per test).

The cluster lives in a temporary folder, listens on 127.0.0.1 on a free port only (its
socket in that folder), and logs in with passwords: an admin that makes and drops the
tests' databases, and the test role that owns them (what a mirror connects as). initdb
refuses to run as root, so as root the cluster runs as the `postgres` system user
(Debian's package makes it). Where PostgreSQL is missing the tests skip, saying why, but
under CI=true they fail: a check that never ran is not done.
"""

from __future__ import annotations

import itertools
import os
import pwd
import secrets
import shutil
import socket
import subprocess
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest

if TYPE_CHECKING:
    import psycopg

TEST_ROLE = "cliniko_sync"
ADMIN_ROLE = "cliniko_admin"
# Settings for a cluster whose data is thrown away: no waiting for the disk.
SETTINGS = {"fsync": "off", "synchronous_commit": "off", "full_page_writes": "off", "listen_addresses": "'127.0.0.1'"}


def bin_dir() -> Path | None:
    """The PostgreSQL programs: on PATH, else Debian's newest /usr/lib/postgresql/N/bin."""
    found = shutil.which("initdb")
    if found:
        return Path(found).parent
    versions = sorted(Path("/usr/lib/postgresql").glob("*/bin/initdb"), key=lambda p: int(p.parent.parent.name))
    return versions[-1].parent if versions else None


def missing() -> str | None:
    """What the cluster needs and this machine lacks, in one line; None when nothing."""
    if bin_dir() is None:
        return "PostgreSQL is not installed (initdb not found): sudo apt-get install -y postgresql"
    if os.geteuid() == 0:
        try:
            pwd.getpwnam("postgres")
        except KeyError:
            return "running as root, and there is no `postgres` user to run initdb as (apt-get install postgresql)"
    try:
        import psycopg  # noqa: F401
    except ImportError:
        return "psycopg is not installed (requirements/tools.txt pins it)"
    return None


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@dataclass
class PostgreSQLServer:
    """A running cluster: its port, the test role's password, and how it started."""

    folder: Path
    port: int
    password: str
    started_in: float  # seconds: initdb and start

    def url(self, database: str, *, user: str = TEST_ROLE, password: str | None = None) -> str:
        return f"postgresql://{user}:{self.password if password is None else password}@127.0.0.1:{self.port}/{database}"

    def admin(self) -> psycopg.Connection[Any]:
        """A connection of the admin role (autocommit), to make and drop databases."""
        import psycopg

        return psycopg.connect(self.url("postgres", user=ADMIN_ROLE), autocommit=True)


def _as_cluster_user(command: list[str], cwd: Path) -> subprocess.CompletedProcess[str]:
    if os.geteuid() == 0:
        command = ["runuser", "-u", "postgres", "--", *command]
    return subprocess.run(command, cwd=cwd, capture_output=True, text=True, check=False, timeout=120)


def start_cluster() -> PostgreSQLServer:
    started = time.monotonic()
    programs = bin_dir()
    assert programs is not None
    folder = Path(tempfile.mkdtemp(prefix="cliniko-pg-"))
    password = secrets.token_urlsafe(12)
    (folder / "pwfile").write_text(password + "\n", encoding="utf-8")
    if os.geteuid() == 0:
        user = pwd.getpwnam("postgres")
        os.chown(folder, user.pw_uid, user.pw_gid)
        os.chown(folder / "pwfile", user.pw_uid, user.pw_gid)
    data = folder / "data"
    done = _as_cluster_user([str(programs / "initdb"), "-D", str(data), "-U", ADMIN_ROLE,
                             "--pwfile", str(folder / "pwfile"), "--auth", "scram-sha-256", "-E", "UTF8",
                             "--locale", "C", "--no-sync"], folder)
    if done.returncode:
        shutil.rmtree(folder, ignore_errors=True)
        raise RuntimeError(f"initdb failed:\n{done.stdout}\n{done.stderr}")
    port = 0
    for _ in range(3):  # a free port can be taken between the probe and the start
        port = free_port()
        settings = {**SETTINGS, "port": str(port), "unix_socket_directories": f"'{folder}'"}
        options = " ".join(f"-c {name}={value}" for name, value in settings.items())
        done = _as_cluster_user([str(programs / "pg_ctl"), "-D", str(data), "-l", str(folder / "log"), "-w",
                                 "-o", options, "start"], folder)
        if done.returncode == 0:
            break
    else:
        log = (folder / "log").read_text(encoding="utf-8", errors="replace")[-2000:]
        shutil.rmtree(folder, ignore_errors=True)
        raise RuntimeError(f"pg_ctl start failed:\n{done.stdout}\n{done.stderr}\n{log}")
    server = PostgreSQLServer(folder, port, password, 0.0)
    with server.admin() as admin:
        admin.execute(f"CREATE ROLE {TEST_ROLE} LOGIN PASSWORD '{password}'")
    server.started_in = time.monotonic() - started
    return server


def stop_cluster(server: PostgreSQLServer) -> None:
    programs = bin_dir()
    assert programs is not None
    _as_cluster_user([str(programs / "pg_ctl"), "-D", str(server.folder / "data"), "-m", "immediate", "stop"],
                     server.folder)
    shutil.rmtree(server.folder, ignore_errors=True)


def require() -> None:
    """Skip, saying why, where the machine lacks what the cluster needs; under CI=true, fail."""
    problem = missing()
    if problem:
        if os.environ.get("CI") == "true":
            pytest.fail(f"the PostgreSQL tests cannot run under CI: {problem}")
        pytest.skip(problem)


@pytest.fixture(scope="session")
def postgresql_server() -> Iterator[PostgreSQLServer]:
    require()
    server = start_cluster()
    try:
        yield server
    finally:
        stop_cluster(server)


_names = itertools.count(1)


@contextmanager
def fresh_database(server: PostgreSQLServer) -> Iterator[str]:
    """A fresh, empty database owned by the test role, as a URL with its password; dropped after."""
    name = f"mirror_{os.getpid()}_{next(_names)}"
    with server.admin() as admin:
        admin.execute(f"CREATE DATABASE {name} OWNER {TEST_ROLE}")
    try:
        yield server.url(name)
    finally:
        with server.admin() as admin:
            admin.execute(f"DROP DATABASE {name} WITH (FORCE)")


@pytest.fixture
def postgresql_url(postgresql_server: PostgreSQLServer) -> Iterator[str]:
    """A fresh, empty database for one test (``fresh_database``)."""
    with fresh_database(postgresql_server) as url:
        yield url
