"""The sandbox loses no write: read-modify-write is atomic.

A request whose body arrives late (its headers are in, the body is held while
another write finishes) must apply its change to the record as it is when the
body has arrived, not to the record as it was when the headers came. The held
requests are driven at the ASGI level, so the interleaving is exact: the held
body is released only once the app is waiting for it. The load test runs the
real server (uvicorn, a subprocess) with many concurrent writers.
"""

from __future__ import annotations

import asyncio
import base64
import json
import sqlite3
import threading
import warnings
from pathlib import Path
from typing import Any

import httpx
from cliniko_client.sandbox import create_app
from cliniko_client.sandbox.storage import Storage

from tests.conftest import SANDBOX_KEY, USER_AGENT, running_sandbox

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    from starlette.types import ASGIApp, Message

AUTH = "Basic " + base64.b64encode(f"{SANDBOX_KEY}:".encode()).decode()
HEADERS = {"User-Agent": USER_AGENT, "Authorization": AUTH}


class HeldRequest:
    """A request whose headers reach the app at once and whose body waits for `release()`."""

    def __init__(self, app: ASGIApp, method: str, path: str, body: dict[str, Any]) -> None:
        self.raw = json.dumps(body).encode()
        self.waiting = asyncio.Event()  # the app asked for the body
        self.released = asyncio.Event()
        self.messages: list[Message] = []
        headers = [(k.lower().encode(), v.encode()) for k, v in HEADERS.items()]
        headers += [(b"content-type", b"application/json"), (b"content-length", str(len(self.raw)).encode()),
                    (b"host", b"127.0.0.1")]
        scope = {"type": "http", "asgi": {"version": "3.0"}, "http_version": "1.1", "method": method,
                 "scheme": "http", "path": path, "raw_path": path.encode(), "query_string": b"", "root_path": "",
                 "headers": headers, "server": ("127.0.0.1", 80), "client": ("127.0.0.1", 50000)}
        self.task = asyncio.create_task(app(scope, self._receive, self._send))

    async def _receive(self) -> Message:
        self.waiting.set()
        await self.released.wait()
        return {"type": "http.request", "body": self.raw, "more_body": False}

    async def _send(self, message: Message) -> None:
        self.messages.append(message)

    async def finish(self) -> tuple[int, bytes]:
        self.released.set()
        await asyncio.wait_for(self.task, 10)
        status = next(m["status"] for m in self.messages if m["type"] == "http.response.start")
        return status, b"".join(m.get("body", b"") for m in self.messages if m["type"] == "http.response.body")


async def race(held_method: str, held_body: dict[str, Any], other: tuple[str, str, dict[str, Any] | None],
               *, archived: bool = False) -> dict[str, Any]:
    """Create a patient (archived if asked), hold `held_method`'s body, let `other` finish,
    send the held body; return the patient as stored afterwards."""
    app = create_app(seed=3)
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://127.0.0.1", headers=HEADERS) as http:
        created = await http.post("/v1/patients", json={"first_name": "Ada", "last_name": "Example"})
        path = f"/v1/patients/{created.json()['id']}"
        if archived:
            assert (await http.post(f"{path}/archive")).status_code == 204
        held = HeldRequest(app, held_method, path, held_body)
        await asyncio.wait_for(held.waiting.wait(), 10)
        method, suffix, body = other
        answer = await http.request(method, path + suffix, json=body)
        assert answer.status_code < 300, answer.text
        status, text = await held.finish()
        assert status == 200, text
        stored = await http.get(path, params={"q[]": "archived_at:*"})
        assert stored.status_code == 200
        result: dict[str, Any] = stored.json()
        return result


def test_a_patch_with_a_late_body_keeps_a_patch_that_finished_meanwhile() -> None:
    stored = asyncio.run(race("PATCH", {"city": "Hobart"}, ("PATCH", "", {"occupation": "Welder"})))
    assert (stored["city"], stored["occupation"]) == ("Hobart", "Welder")


def test_a_patch_with_a_late_body_keeps_an_archive_that_finished_meanwhile() -> None:
    stored = asyncio.run(race("PATCH", {"city": "Hobart"}, ("POST", "/archive", None)))
    assert stored["city"] == "Hobart"
    assert stored["archived_at"], "the PATCH undid the archive"


def test_a_put_with_a_late_body_keeps_an_unarchive_that_finished_meanwhile() -> None:
    stored = asyncio.run(race("PUT", {"notes": "Prefers mornings"}, ("POST", "/unarchive", None), archived=True))
    assert stored["notes"] == "Prefers mornings"
    assert stored["archived_at"] is None, "the PUT undid the unarchive"


def test_two_storages_on_one_file_keep_both_changes_of_one_patient(tmp_path: Path) -> None:
    # Two sandboxes on one --db file; the first pauses between reading the patient and writing it.
    # The second must not read meanwhile: its lock wait is cut to "locked" at once here (it would
    # otherwise wait for the first), and it tries again once the first is done.
    path = str(tmp_path / "sandbox.sqlite3")
    table = create_app().state.sandbox.storage.table  # the patients' table, as the sandbox makes it from the spec
    first, second = Storage(path, table), Storage(path, table)
    stamp = "2025-01-01T00:00:00Z"
    first.save(1, {"id": 7, "created_at": stamp, "updated_at": stamp, "first_name": "Ada", "last_name": "Example"})
    second._db.execute("PRAGMA busy_timeout = 0")
    read, resume = threading.Event(), threading.Event()

    def set_occupation_slowly(state: str, patient: dict[str, Any]) -> bool:
        patient["occupation"] = "Engineer"
        read.set()
        resume.wait(10)
        return True

    def set_city(state: str, patient: dict[str, Any]) -> bool:
        patient["city"] = "Hobart"
        return True

    writer = threading.Thread(target=first.update, args=(1, 7, set_occupation_slowly))
    writer.start()
    assert read.wait(10)
    try:
        second.update(1, 7, set_city)
    except sqlite3.OperationalError as error:  # the first holds the patient from its read to its commit
        assert "locked" in str(error)
        resume.set()
        writer.join(10)
        second.update(1, 7, set_city)
    resume.set()
    writer.join(10)
    found = first.get(1, 7)
    assert found is not None
    assert (found[1].get("occupation"), found[1].get("city")) == ("Engineer", "Hobart")
    first.close()
    second.close()


# Text fields that a writer each owns: a lost update shows as a field left blank.
FIELDS = ("title", "sex", "gender_identity", "address_1", "address_2", "address_3", "city", "state", "post_code",
          "occupation", "emergency_contact", "medicare", "medicare_reference_number", "notes", "appointment_notes",
          "old_reference_id", "referral_source", "invoice_default_to", "invoice_extra_information",
          "preferred_first_name")


def test_many_writers_on_one_patient_lose_nothing() -> None:
    rounds = 10
    with running_sandbox("--seed", "5") as url:
        clients = [httpx.Client(base_url=url, auth=(SANDBOX_KEY, ""), headers={"User-Agent": USER_AGENT},
                                timeout=30) for _ in FIELDS]
        try:
            lost: list[str] = []
            statuses: list[int] = []
            for round_number in range(rounds):
                created = clients[0].post("/patients", json={"first_name": "Ada", "last_name": "Example"})
                assert created.status_code == 201, created.text
                path = f"/patients/{created.json()['id']}"
                start = threading.Barrier(len(FIELDS))

                def write(client: httpx.Client, name: str, value: str, path: str = path,
                          start: threading.Barrier = start) -> None:
                    start.wait()
                    statuses.append(client.patch(path, json={name: value}).status_code)

                writers = [threading.Thread(target=write, args=(client, name, f"{name} {round_number}"))
                           for client, name in zip(clients, FIELDS, strict=True)]
                for writer in writers:
                    writer.start()
                for writer in writers:
                    writer.join()
                stored = clients[0].get(path).json()
                lost += [f"round {round_number}: {name}" for name in FIELDS if stored[name] != f"{name} {round_number}"]
        finally:
            for client in clients:
                client.close()
    assert statuses == [200] * rounds * len(FIELDS)
    assert not lost, f"{len(lost)} of {rounds * len(FIELDS)} acknowledged updates lost: {lost[:5]}"
