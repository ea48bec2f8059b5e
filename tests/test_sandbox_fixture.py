"""The sandbox as the package ships it: the `cliniko_sandbox` pytest fixture and the
`cliniko-sandbox` command, used as a user would (the installed package, its pytest11
entry point, its console script). Tests of the app's own rules are in test_sandbox.py.
"""

from __future__ import annotations

import asyncio
import datetime
import os
import re
import socket
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import httpx
import pytest
from cliniko_client import NotFound, acreate_patient_with_location, aiter_patients, iter_patients
from cliniko_client.api.patients import get_patient, list_patients
from cliniko_client.api.settings import get_settings
from cliniko_client.models import PatientCreate
from cliniko_client.sandbox.accounts import default_settings
from cliniko_client.sandbox.testing import SandboxHandle

from tests.conftest import SANDBOX_COMMAND, USER_AGENT, SandboxProcess

DEFINITION = {"sections": [{"token": "0b4b7f4e-8f44-4a8e-9d55-3c8c1b0a0001", "name": "Referral", "fields": [
    {"token": "0b4b7f4e-8f44-4a8e-9d55-3c8c1b0a0002", "name": "Referred by", "type": "text"}]}]}


def user_env() -> dict[str, str]:
    """The environment of a user's shell: nothing of this repository's test run."""
    return {k: v for k, v in os.environ.items() if not k.startswith(("CLINIKO_", "PYTEST_")) and k != "PYTHONPATH"}


# ---- the fixture, used directly -------------------------------------------------------------

def test_the_handle_gives_the_documented_keys_and_a_working_client(cliniko_sandbox: SandboxHandle) -> None:
    assert re.fullmatch(r"http://127\.0\.0\.1:[0-9]+/v1", cliniko_sandbox.base_url)
    assert (cliniko_sandbox.api_key, cliniko_sandbox.reception_api_key, cliniko_sandbox.other_api_key) == (
        "sandbox-key-au1", "sandbox-reception-key-au1", "sandbox-other-key-uk1")
    client = cliniko_sandbox.client(raise_on_error=True)
    active = [p["id"] for p in cliniko_sandbox.patients() if not p["archived_at"] and not p["deleted_at"]]
    assert [str(p.id) for p in iter_patients(client)] == active
    reception = cliniko_sandbox.client(api_key=cliniko_sandbox.reception_api_key)
    assert get_settings.sync_detailed(client=reception).status_code == 403
    assert cliniko_sandbox.api_key not in repr(cliniko_sandbox)


def test_seeded_patients_are_checked_and_seen_by_the_api(cliniko_sandbox: SandboxHandle) -> None:
    ada = cliniko_sandbox.add_patient(first_name="Ada", last_name="Example", email="ada@example.com")
    assert isinstance(ada["id"], str) and ada["links"]["self"] == f"{cliniko_sandbox.base_url}/patients/{ada['id']}"
    client = cliniko_sandbox.client(raise_on_error=True)
    fetched = get_patient.sync(id=ada["id"], client=client)
    assert fetched.email == "ada@example.com"
    with pytest.raises(ValueError, match="email"):
        cliniko_sandbox.add_patient(first_name="Bo", last_name="Example", email="not-an-email")
    with pytest.raises(ValueError, match="last_name"):
        cliniko_sandbox.add_patient(first_name="Bo")
    added = cliniko_sandbox.add_patients(3, occupation="Engineer")
    assert [p["first_name"] for p in added] == ["Patient 1", "Patient 2", "Patient 3"]
    assert {p["occupation"] for p in added} == {"Engineer"}
    # The other account sees none of them, and its own seeding stays its own.
    other = cliniko_sandbox.client(api_key=cliniko_sandbox.other_api_key, raise_on_error=True)
    with pytest.raises(NotFound):
        get_patient.sync(id=ada["id"], client=other)
    theirs = cliniko_sandbox.add_patient(api_key=cliniko_sandbox.other_api_key, first_name="Cy", last_name="Other")
    assert theirs["id"] in {str(p.id) for p in iter_patients(other)}
    assert theirs["id"] not in {str(p.id) for p in iter_patients(client)}


def test_patients_lists_every_stored_state(cliniko_sandbox: SandboxHandle) -> None:
    stored = list(cliniko_sandbox.patients())
    assert len(stored) == 4  # the starter patients: active, archived, merged, deleted
    assert sum(1 for p in stored if p["archived_at"] and not p["merged_at"]) == 1
    assert sum(1 for p in stored if p["merged_at"]) == 1
    assert sum(1 for p in stored if p["deleted_at"]) == 1
    other = list(cliniko_sandbox.patients(api_key=cliniko_sandbox.other_api_key))
    assert len(other) == 4 and not {p["id"] for p in other} & {p["id"] for p in stored}


def test_each_test_gets_a_fresh_state_and_the_same_server(cliniko_sandbox: SandboxHandle,
                                                          cliniko_sandbox_server: Any) -> None:
    # Two uses in one test: the second must not see the first one's patient.
    cliniko_sandbox.add_patient(first_name="Ada", last_name="Example")
    assert len(list(cliniko_sandbox.patients())) == 5
    url = cliniko_sandbox.base_url
    cliniko_sandbox_server.reset()
    fresh = SandboxHandle(cliniko_sandbox_server)
    assert fresh.base_url == url and len(list(fresh.patients())) == 4


def test_a_custom_fields_definition_is_checked_then_served(cliniko_sandbox: SandboxHandle) -> None:
    cliniko_sandbox.set_custom_fields_definition(DEFINITION)
    client = cliniko_sandbox.client(raise_on_error=True)
    served = get_settings.sync(client=client).patient_custom_fields_definition
    assert served is not None and served.to_dict() == DEFINITION
    with pytest.raises(ValueError, match=r"^not a custom fields definition: /patient_custom_fields_definition"):
        cliniko_sandbox.set_custom_fields_definition({"sections": [{"token": "not-a-uuid"}]})
    assert get_settings.sync(client=client).patient_custom_fields_definition.to_dict() == DEFINITION  # unchanged
    cliniko_sandbox.set_custom_fields_definition(None)  # an account without custom fields
    assert get_settings.sync(client=client).patient_custom_fields_definition is None


def test_the_maximum_per_day_segment_is_checked_served_and_applied(cliniko_sandbox: SandboxHandle) -> None:
    with httpx.Client(base_url=cliniko_sandbox.base_url, auth=(cliniko_sandbox.api_key, ""),
                      headers={"User-Agent": USER_AGENT}) as http:
        def first(resource: str) -> str:
            return str(http.get(f"/{resource}").json()[resource][0]["id"])

        business, practitioner, kind = first("businesses"), first("practitioners"), first("appointment_types")
        tomorrow = datetime.date.today() + datetime.timedelta(days=1)
        path = f"/businesses/{business}/practitioners/{practitioner}/appointment_types/{kind}/available_times"
        week = {"from": tomorrow.isoformat(), "to": (tomorrow + datetime.timedelta(days=6)).isoformat(),
                "per_page": "100"}

        def times() -> list[str]:
            return [t["appointment_start"] for t in http.get(path, params=week).json()["available_times"]]

        unlimited = times()
        assert "online_bookings" not in http.get("/settings").json()  # unlimited by default
        cliniko_sandbox.set_max_appointments_per_day_segment(1)
        assert http.get("/settings").json()["online_bookings"] == {"max_appointments_per_day_segment": 1}
        zone = ZoneInfo(http.get(f"/businesses/{business}").json()["time_zone_identifier"])
        parts = [(local.date(), (local.hour >= 12) + (local.hour >= 17)) for local in
                 (datetime.datetime.fromisoformat(t).astimezone(zone) for t in unlimited)]
        assert len(unlimited) > len(set(parts)) > 0  # the seeded week has parts with several times
        assert times() == [t for n, t in enumerate(unlimited) if parts[n] not in parts[:n]]
        with pytest.raises(ValueError, match=r"^not a maximum per day segment: /online_bookings/"):
            cliniko_sandbox.set_max_appointments_per_day_segment(-1)
        cliniko_sandbox.set_max_appointments_per_day_segment(None)
        assert times() == unlimited


@pytest.mark.cliniko_sandbox(seed_patients=7, settings=DEFINITION)
def test_the_marker_seeds_patients_and_sets_the_definition(cliniko_sandbox: SandboxHandle) -> None:
    client = cliniko_sandbox.client(raise_on_error=True)
    assert len(list(iter_patients(client))) == 8
    settings = get_settings.sync(client=client).to_dict()
    assert settings["patient_custom_fields_definition"] == DEFINITION
    assert settings["reminders"] == default_settings()["reminders"]  # the rest stays as by default


@pytest.mark.cliniko_sandbox(rate_limit=(2, 60))
def test_the_marker_sets_a_rate_limit(cliniko_sandbox: SandboxHandle) -> None:
    client = cliniko_sandbox.client(retry=None)  # the client's own retry would wait out the minute
    statuses = [list_patients.sync_detailed(client=client).status_code for _ in range(3)]
    assert statuses == [200, 200, 429]


@pytest.mark.cliniko_sandbox(faults=1.0)
def test_the_marker_injects_faults(cliniko_sandbox: SandboxHandle) -> None:
    seen = set()
    for _ in range(20):
        try:
            seen.add(httpx.get(f"{cliniko_sandbox.base_url}/settings/public", auth=(cliniko_sandbox.api_key, ""),
                               headers={"User-Agent": USER_AGENT}).status_code)
        except httpx.RemoteProtocolError:
            seen.add(0)
    assert seen == {0, 429, 503}


def test_the_async_twin_reaches_the_app_in_process(cliniko_sandbox: SandboxHandle) -> None:
    cliniko_sandbox.add_patients(2, last_name="Async")

    async def main() -> tuple[str, list[str]]:
        client = cliniko_sandbox.asgi_client(raise_on_error=True)
        _, location = await acreate_patient_with_location(client, PatientCreate(first_name="Ada", last_name="Async"))
        names = [p.first_name async for p in aiter_patients(client, per_page=1) if p.last_name == "Async"]
        return location, names

    location, names = asyncio.run(main())
    assert location.startswith(f"{cliniko_sandbox.base_url}/patients/")
    assert sorted(names) == ["Ada", "Patient 1", "Patient 2"]
    # The same state over HTTP.
    assert "Ada" in {p["first_name"] for p in cliniko_sandbox.patients()}
    with pytest.raises(TypeError, match="async"):
        list_patients.sync(client=cliniko_sandbox.asgi_client())


# ---- the plugin, as a user's own test run meets it -------------------------------------------

def run_user_tests(tmp_path: Path, source: str, *args: str) -> subprocess.CompletedProcess[str]:
    """pytest on one test file in an empty folder: only the installed package's plugin."""
    (tmp_path / "test_user.py").write_text(textwrap.dedent(source), encoding="utf-8")
    return subprocess.run([sys.executable, "-m", "pytest", "-p", "no:cacheprovider", *args], cwd=tmp_path,
                          env=user_env(), capture_output=True, text=True, timeout=300, check=False)


def test_one_server_per_session_and_a_fresh_state_per_test(tmp_path: Path) -> None:
    result = run_user_tests(tmp_path, """
        from cliniko_client import iter_patients

        urls = []

        def test_first(cliniko_sandbox):
            urls.append(cliniko_sandbox.base_url)
            cliniko_sandbox.add_patient(first_name="Ada", last_name="Example")
            assert len(list(iter_patients(cliniko_sandbox.client()))) == 2

        def test_second(cliniko_sandbox):
            assert urls == [cliniko_sandbox.base_url]  # the same server...
            assert len(list(iter_patients(cliniko_sandbox.client()))) == 1  # ...and a fresh state
    """, "-q")
    assert result.returncode == 0 and "2 passed" in result.stdout, result.stdout + result.stderr


def test_the_plugin_registers_its_fixture_and_marker(tmp_path: Path) -> None:
    (tmp_path / "test_nothing.py").write_text("")
    fixtures = subprocess.run([sys.executable, "-m", "pytest", "--fixtures", "-p", "no:cacheprovider"],
                              cwd=tmp_path, env=user_env(), capture_output=True, text=True, timeout=120, check=False)
    assert "cliniko_sandbox -- " in fixtures.stdout and "A fresh Cliniko sandbox for this test" in fixtures.stdout
    markers = subprocess.run([sys.executable, "-m", "pytest", "--markers", "-p", "no:cacheprovider"],
                             cwd=tmp_path, env=user_env(), capture_output=True, text=True, timeout=120, check=False)
    assert "@pytest.mark.cliniko_sandbox(seed_patients=0" in markers.stdout


WRONG_MARKERS = {
    "seed_patient=5": "@pytest.mark.cliniko_sandbox: unknown option 'seed_patient' (known: seed_patients,",
    "5": "@pytest.mark.cliniko_sandbox: options are keyword arguments",
    "faults=2": "@pytest.mark.cliniko_sandbox: faults=2: expected a share of requests from 0 to 1",
    "rate_limit='200'": "@pytest.mark.cliniko_sandbox: rate_limit='200': expected REQUESTS/SECONDS, e.g. 200/60",
    "rate_limit=(0, 60)": "@pytest.mark.cliniko_sandbox: rate_limit=(0, 60): expected (requests, seconds)",
    "seed_patients=-1": "@pytest.mark.cliniko_sandbox: seed_patients=-1: expected a whole number, 0 or more",
    "settings={'sections': [{'token': 'x'}]}": "@pytest.mark.cliniko_sandbox: settings: "
                                               "/patient_custom_fields_definition",
}


def test_a_wrong_marker_fails_that_test_alone_with_one_line(tmp_path: Path) -> None:
    source = "import pytest\n\ndef test_unmarked(cliniko_sandbox):\n    pass\n"
    for number, marker in enumerate(WRONG_MARKERS):
        source += f"\n@pytest.mark.cliniko_sandbox({marker})\ndef test_marked_{number}(cliniko_sandbox):\n    pass\n"
    result = run_user_tests(tmp_path, source, "-q")
    assert result.returncode == 1, result.stdout + result.stderr
    assert f"1 passed, {len(WRONG_MARKERS)} errors" in result.stdout, result.stdout
    for number, message in enumerate(WRONG_MARKERS.values()):
        errors = result.stdout.split(f"ERROR at setup of test_marked_{number} ", 1)[1].split("\n___", 1)[0]
        errors = errors.split("=====", 1)[0]
        lines = [line for line in errors.splitlines() if line.strip("_ ")]
        assert len(lines) == 1 and message in lines[0], errors  # one line, no traceback
    assert "Traceback" not in result.stdout, result.stdout


# ---- the command ---------------------------------------------------------------------------

def sandbox_command(*args: str, timeout: float = 60) -> subprocess.CompletedProcess[str]:
    return subprocess.run([str(SANDBOX_COMMAND), *args], env=user_env(), capture_output=True, text=True,
                          timeout=timeout, check=False)


def test_the_command_serves_and_prints_its_url_and_keys() -> None:
    server = SandboxProcess("--seed-patients", "5", "--seed", "1")
    try:
        banner = "".join(server.banner)
        assert re.fullmatch(r"http://127\.0\.0\.1:[0-9]+/v1", server.url)
        assert "(5 synthetic patients in" in banner
        for key in ("sandbox-key-au1", "sandbox-reception-key-au1", "sandbox-other-key-uk1"):
            assert key in banner
        listed = httpx.get(f"{server.url}/patients", auth=("sandbox-key-au1", ""), headers={"User-Agent": USER_AGENT})
        assert listed.status_code == 200 and listed.json()["total_entries"] == 6
    finally:
        server.stop()


def test_the_command_explains_itself() -> None:
    result = sandbox_command("--help")
    assert result.returncode == 0
    for option in ("--port", "--db", "--seed-patients", "--rate-limit", "--faults", "--seed", "--settings"):
        assert option in result.stdout


@pytest.fixture
def busy_port() -> Any:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        yield taken.getsockname()[1]


def test_the_command_refuses_bad_options_with_one_line(tmp_path: Path, busy_port: int) -> None:
    bad_definition = tmp_path / "bad.json"
    bad_definition.write_text('{"sections": [{"token": "x"}]}')
    not_json = tmp_path / "not.json"
    not_json.write_text("{")
    cases = [
        (["--rate-limit", "200"], "--rate-limit: '200': expected REQUESTS/SECONDS"),
        (["--faults", "2"], "--faults: '2': expected a share of requests from 0 to 1"),
        (["--seed-patients", "-1"], "--seed-patients must be 0 or more"),
        (["--port", "70000"], "--port 70000: expected 0 to 65535"),
        (["--settings", str(tmp_path / "missing.json")], "No such file or directory"),
        (["--settings", str(bad_definition)], "/patient_custom_fields_definition/sections/0"),
        (["--settings", str(not_json)], f"--settings: {not_json}:1:2: malformed JSON"),
        (["--db", str(tmp_path / "no" / "such" / "folder.sqlite3")], "--db "),
    ]
    for args, message in cases:
        result = sandbox_command(*args)
        assert result.returncode == 2, (args, result.stderr)
        assert message in result.stderr and "Traceback" not in result.stderr, (args, result.stderr)
        assert len(result.stderr.strip().splitlines()) == 1, (args, result.stderr)
    in_use = sandbox_command("--port", str(busy_port), timeout=30)
    assert in_use.returncode == 1 and f"could not serve on 127.0.0.1:{busy_port}" in in_use.stderr
    assert "Traceback" not in in_use.stderr
