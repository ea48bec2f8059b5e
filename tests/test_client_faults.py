"""The retry layer against connections that break mid-answer, and against the sandbox's faults.

A response body dropped or cut short is retried for idempotent methods exactly
as a refused connection is (the same attempt and wait budgets), sync and async;
a POST that may have reached the server is never sent twice; a walk over a
faulty sandbox (`--faults 0.2`) returns every patient exactly once.
"""

from __future__ import annotations

import asyncio
from collections import Counter
from collections.abc import AsyncIterator, Iterator
from typing import Any

import httpx
import pytest
from cliniko_client import ClinikoClient, Forbidden, aiter_patients, iter_patients
from cliniko_client.api.patients import get_patient, patch_patient
from cliniko_client.models.patient import Patient
from cliniko_client.models.patient_update import PatientUpdate
from cliniko_client.retry import RetryPolicy

from tests.conftest import SANDBOX_KEY, USER_AGENT, running_sandbox
from tests.test_client import KEY, SEED_PATIENT, UA, FakeTime, json_response, make_client, paged_server, sequence


class CutShort(httpx.SyncByteStream, httpx.AsyncByteStream):
    """A body that sends its first bytes, then the connection breaks (or just ends early)."""

    def __init__(self, first: bytes, error: Exception | None) -> None:
        self.first = first
        self.error = error

    def __iter__(self) -> Iterator[bytes]:
        yield self.first
        if self.error is not None:
            raise self.error

    async def __aiter__(self) -> AsyncIterator[bytes]:
        yield self.first
        if self.error is not None:
            raise self.error


def dropped(error: Exception | None = None, declared: int = 4096) -> httpx.Response:
    """A 200 that promises `declared` bytes and breaks after a few (as the sandbox's `drop` fault)."""
    error = error if error is not None else httpx.RemoteProtocolError("peer closed connection without sending "
                                                                      "complete message body")
    return httpx.Response(200, headers={"Content-Type": "application/json", "Content-Length": str(declared)},
                          stream=CutShort(b'{"patients": [', error))


def truncated() -> httpx.Response:
    """A body that ends early without an error (what an in-process ASGI transport shows)."""
    return httpx.Response(200, headers={"Content-Type": "application/json", "Content-Length": "4096"},
                          stream=CutShort(b'{"patients": [', None))


@pytest.mark.parametrize("broken", [dropped, truncated, lambda: dropped(httpx.ReadError("reset by peer"))])
def test_a_get_whose_body_breaks_is_retried(broken: Any) -> None:
    time = FakeTime()
    handler, seen = sequence(broken(), json_response(200, SEED_PATIENT))
    assert isinstance(get_patient.sync(id="1", client=make_client(handler, retry=time.policy())), Patient)
    assert len(seen) == 2 and time.sleeps == [0.5]  # the backoff of a refused connection


def test_a_body_that_keeps_breaking_raises_within_the_same_budget_as_a_refused_connection() -> None:
    for first_failure in (dropped(), httpx.ConnectError("refused")):
        time = FakeTime()
        handler, seen = sequence(first_failure, dropped())
        with pytest.raises(httpx.RemoteProtocolError):
            make_client(handler, retry=time.policy(max_attempts=4)).get_httpx_client().get("/patients")
        assert len(seen) == 4 and time.sleeps == [0.5, 1.0, 2.0]


def test_a_truncated_body_that_stays_truncated_says_so() -> None:
    handler, _ = sequence(truncated())
    with pytest.raises(httpx.RemoteProtocolError, match="cut short: 14 of 4096 bytes"):
        make_client(handler, retry=FakeTime().policy(max_attempts=2)).get_httpx_client().get("/patients")


@pytest.mark.parametrize("method", ["PUT", "PATCH", "DELETE"])
def test_idempotent_writes_are_retried_when_the_answer_breaks(method: str) -> None:
    handler, seen = sequence(dropped(), json_response(200, SEED_PATIENT))
    response = make_client(handler, retry=FakeTime().policy()).get_httpx_client().request(method, "/patients/1")
    assert response.status_code == 200 and response.json()["id"] == SEED_PATIENT["id"] and len(seen) == 2


@pytest.mark.parametrize("path", ["/patients", "/patients/1/archive", "/patients/1/unarchive"])
def test_a_post_whose_answer_breaks_is_never_sent_again(path: str) -> None:
    handler, seen = sequence(dropped(), json_response(201, SEED_PATIENT))
    http = make_client(handler, retry=FakeTime().policy()).get_httpx_client()
    with pytest.raises(httpx.RemoteProtocolError):
        http.post(path, json={"first_name": "Ada", "last_name": "Example"})
    assert len(seen) == 1


def test_a_post_is_retried_when_the_connection_was_never_made() -> None:
    time = FakeTime()
    handler, seen = sequence(httpx.ConnectError("refused"), httpx.ConnectTimeout("no answer to SYN"),
                             json_response(201, SEED_PATIENT))
    response = make_client(handler, retry=time.policy()).get_httpx_client().post("/patients", json={})
    assert response.status_code == 201 and len(seen) == 3 and time.sleeps == [0.5, 1.0]


def test_a_post_is_not_retried_after_a_timeout_that_may_have_reached_the_server() -> None:
    handler, seen = sequence(httpx.ReadTimeout("slow"), json_response(201, SEED_PATIENT))
    with pytest.raises(httpx.ReadTimeout):
        make_client(handler, retry=FakeTime().policy()).get_httpx_client().post("/patients", json={})
    assert len(seen) == 1


def test_async_body_breaks_are_retried_and_posts_are_not() -> None:
    time = FakeTime()
    handler, seen = sequence(dropped(), truncated(), json_response(200, SEED_PATIENT))
    post_handler, posts = sequence(dropped(), json_response(201, SEED_PATIENT))

    async def main() -> None:
        client = ClinikoClient(KEY, UA, retry=time.policy(), httpx_args={"transport": httpx.MockTransport(handler)})
        assert isinstance(await get_patient.asyncio(id="1", client=client), Patient)
        poster = ClinikoClient(KEY, UA, retry=time.policy(),
                               httpx_args={"transport": httpx.MockTransport(post_handler)})
        with pytest.raises(httpx.RemoteProtocolError):
            await poster.get_async_httpx_client().post("/patients", json={})

    asyncio.run(main())
    assert len(seen) == 3 and time.sleeps == [0.5, 1.0] and len(posts) == 1


def test_a_streamed_get_still_streams_its_buffered_body() -> None:
    handler, _ = sequence(dropped(), json_response(200, SEED_PATIENT))
    with make_client(handler, retry=FakeTime().policy()).get_httpx_client().stream("GET", "/patients/1") as response:
        assert b"".join(response.iter_bytes()).startswith(b"{")


def test_iter_patients_resumes_at_the_page_that_failed() -> None:
    handler, _ = paged_server(total=9, per_page=3)
    pages: list[str] = []
    broken = {"2": 2}  # page 2's body breaks twice

    def flaky(request: httpx.Request) -> httpx.Response:
        page = request.url.params.get("page", "1")
        pages.append(page)
        if broken.get(page):
            broken[page] -= 1
            return dropped()
        return handler(request)

    ids = [p.id for p in iter_patients(make_client(flaky, retry=FakeTime().policy()), per_page=3)]
    assert ids == [str(n) for n in range(1, 10)]
    assert pages == ["1", "2", "2", "2", "3"]  # not from page 1 again


def test_aiter_patients_resumes_at_the_page_that_failed() -> None:
    handler, _ = paged_server(total=6, per_page=2)
    pages: list[str] = []
    broken = {"3": 1}

    def flaky(request: httpx.Request) -> httpx.Response:
        page = request.url.params.get("page", "1")
        pages.append(page)
        if broken.get(page):
            broken[page] -= 1
            return truncated()
        return handler(request)

    async def main() -> list[str]:
        client = ClinikoClient(KEY, UA, retry=FakeTime().policy(), httpx_args={"transport": httpx.MockTransport(flaky)})
        return [p.id async for p in aiter_patients(client, per_page=2)]

    assert asyncio.run(main()) == [str(n) for n in range(1, 7)]
    assert pages == ["1", "2", "3", "3"]


def test_a_walk_that_raised_resumes_at_the_failed_page_when_iterated_again() -> None:
    handler, _ = paged_server(total=9, per_page=3)
    pages: list[str] = []
    broken = {"2": 1, "3": 1}  # without retries, pages 2 and 3 each fail once

    def flaky(request: httpx.Request) -> httpx.Response:
        page = request.url.params.get("page", "1")
        pages.append(page)
        if broken.get(page):
            broken[page] -= 1
            return dropped() if page == "2" else httpx.Response(403, json={"message": "not now"})
        return handler(request)

    walk = iter_patients(make_client(flaky, raise_on_error=True), per_page=3)
    ids = [next(walk).id for _ in range(3)]
    with pytest.raises(httpx.RemoteProtocolError):
        next(walk)
    with pytest.raises(Forbidden):
        for patient in walk:
            ids.append(patient.id)
    ids += [p.id for p in walk]
    assert ids == [str(n) for n in range(1, 10)]
    assert pages == ["1", "2", "2", "3", "3"]
    assert list(walk) == []  # a finished walk stays finished


def test_an_async_walk_that_raised_resumes_at_the_failed_page() -> None:
    handler, _ = paged_server(total=4, per_page=2)
    pages: list[str] = []
    broken = {"2": 1}

    def flaky(request: httpx.Request) -> httpx.Response:
        page = request.url.params.get("page", "1")
        pages.append(page)
        if broken.get(page):
            broken[page] -= 1
            raise httpx.ConnectError("refused")
        return handler(request)

    async def main() -> list[str]:
        client = ClinikoClient(KEY, UA, retry=None, httpx_args={"transport": httpx.MockTransport(flaky)})
        walk = aiter_patients(client, per_page=2)
        ids = [(await anext(walk)).id, (await anext(walk)).id]
        with pytest.raises(httpx.ConnectError):
            await anext(walk)
        return ids + [p.id async for p in walk]

    assert asyncio.run(main()) == ["1", "2", "3", "4"]
    assert pages == ["1", "2", "2"]


# ---- against a real, faulty sandbox -----------------------------------------------------


class Recording(httpx.HTTPTransport):
    """The network transport, counting the bodies that broke on their way in."""

    def __init__(self) -> None:
        super().__init__()
        self.broken: Counter[str] = Counter()

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        response = super().handle_request(request)
        inner, broken = response.stream, self.broken

        class Watched(httpx.SyncByteStream):
            def __iter__(self) -> Iterator[bytes]:
                try:
                    yield from inner  # type: ignore[misc]
                except httpx.TransportError as error:
                    broken[type(error).__name__] += 1
                    raise

            def close(self) -> None:
                inner.close()  # type: ignore[union-attr]

        response.stream = Watched()
        return response


def quick_policy() -> RetryPolicy:
    # The default budgets; only the waiting is skipped (the faults' 429s ask for a second).
    return RetryPolicy(sleep=lambda seconds: None, async_sleep=_no_wait)


async def _no_wait(seconds: float) -> None:
    await asyncio.sleep(0)


def test_walks_over_a_faulty_sandbox_return_every_patient_exactly_once() -> None:
    with running_sandbox("--seed-patients", "300", "--faults", "0.2", "--seed", "11") as url:
        network = Recording()
        client = ClinikoClient(SANDBOX_KEY, USER_AGENT, base_url=url, retry=quick_policy(),
                               httpx_args={"transport": network})
        ids = [p.id for p in iter_patients(client, per_page=10)]
        # The total, asked until an answer comes through whole.
        total = client.get_httpx_client().get("/patients", params={"per_page": 1}).json()["total_entries"]
        assert len(ids) == len(set(ids)) == total > 300
        assert network.broken["RemoteProtocolError"] > 0, "no connection dropped: the test proved nothing"

        async def walk() -> list[str]:
            async_client = ClinikoClient(SANDBOX_KEY, USER_AGENT, base_url=url, retry=quick_policy())
            return [p.id async for p in aiter_patients(async_client, per_page=10)]

        assert sorted(asyncio.run(walk())) == sorted(ids)

        # Idempotent writes and reads over the same faults: none raises, every change is there.
        for round_number, patient_id in enumerate(ids[:40]):
            changed = patch_patient.sync(id=patient_id, client=client,
                                          body=PatientUpdate(occupation=f"Round {round_number}"))
            assert isinstance(changed, Patient), changed
            fetched = get_patient.sync(id=patient_id, client=client)
            assert isinstance(fetched, Patient) and fetched.occupation == f"Round {round_number}"
        client.close()
