"""The hand-written client layer: ClinikoClient, errors, retries, pagination, filters.

Faults are injected with httpx.MockTransport; time is faked through RetryPolicy's
sleep/clock, so nothing here waits for real.
"""

from __future__ import annotations

import asyncio
import base64
import datetime
import json
import re
from collections.abc import Callable
from http import HTTPStatus
from pathlib import Path
from typing import Any

import httpx
import pytest
import yaml
from cliniko_client import (
    ClinikoClient,
    ClinikoError,
    Forbidden,
    NotFound,
    RateLimited,
    RetryPolicy,
    ServerError,
    Unauthorized,
    ValidationFailed,
    aiter_patients,
    filters,
    iter_patients,
    raise_for_status,
)
from cliniko_client.api.patients import (
    archive_patient,
    create_patient,
    get_patient,
    list_archived_patients,
    list_deleted_patients,
    list_patients,
)
from cliniko_client.cliniko import shard_from_key
from cliniko_client.exceptions import error_for
from cliniko_client.filter_fields import FILTER_CLASSES, FILTER_TABLES
from cliniko_client.filters import (
    BooleanField,
    DateField,
    DateTimeField,
    DeletedPatients,
    FilterError,
    IntegerField,
    PatientById,
    Patients,
    QueryFilter,
    StringField,
)
from cliniko_client.models import DeletedPatient, Patient, PatientCreate
from cliniko_client.retry import AsyncRetryTransport, RetryTransport

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "fixtures"
KEY = "sEcReT-kEy-body-0123456789-au2"
UA = "Example Clinic Sync (dev@example.com)"
SEED_PATIENT = json.loads((FIXTURES / "getPatient" / "response-200-seed.json").read_text(encoding="utf-8"))


class FakeTime:
    """A clock that only moves when the retry layer sleeps."""

    def __init__(self, now: float = 1_700_000_000.0) -> None:
        self.now = now
        self.sleeps: list[float] = []

    def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self.now += seconds

    async def async_sleep(self, seconds: float) -> None:
        self.sleep(seconds)

    def policy(self, **knobs: Any) -> RetryPolicy:
        knobs.setdefault("jitter", lambda ceiling: ceiling)  # deterministic: the full ceiling
        return RetryPolicy(sleep=self.sleep, async_sleep=self.async_sleep, clock=lambda: self.now, **knobs)


Handler = Callable[[httpx.Request], httpx.Response]


def make_client(handler: Handler, *, retry: RetryPolicy | None = None, **kwargs: Any) -> ClinikoClient:
    return ClinikoClient(KEY, UA, retry=retry, httpx_args={"transport": httpx.MockTransport(handler)}, **kwargs)


def sequence(*answers: httpx.Response | Exception) -> tuple[Handler, list[httpx.Request]]:
    """A handler answering with `answers` in turn (the last one repeats), recording requests."""
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        answer = answers[min(len(seen), len(answers)) - 1]
        if isinstance(answer, Exception):
            raise answer
        return answer

    return handler, seen


def json_response(status: int, body: Any, headers: dict[str, str] | None = None) -> httpx.Response:
    return httpx.Response(status, json=body, headers=headers)


# ---- ClinikoClient ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("key", "shard"),
    [
        ("abc-def-au2", "au2"),
        ("abcdef", "au1"),
        ("body-with-many-hyphens-uk1", "uk1"),
        ("abc-ca12", "ca12"),
        ("abc-def-xyz", "au1"),  # not a shard: the suffix is part of the body
        ("abc-AU2", "au1"),
        ("abc-au123", "au1"),
        ("abc-au2-x", "au1"),  # only the LAST hyphen counts
    ],
)
def test_shard_from_key_suffix_after_last_hyphen(key: str, shard: str) -> None:
    assert shard_from_key(key) == shard
    client = ClinikoClient(key, UA)
    assert client.shard == shard
    assert client.base_url == f"https://api.{shard}.cliniko.com/v1"


def test_requests_carry_basic_auth_accept_and_user_agent() -> None:
    handler, seen = sequence(json_response(200, SEED_PATIENT))
    patient = get_patient.sync(id="1", client=make_client(handler))
    assert isinstance(patient, Patient)
    request = seen[0]
    assert str(request.url) == "https://api.au2.cliniko.com/v1/patients/1"
    assert request.headers["Authorization"] == "Basic " + base64.b64encode(f"{KEY}:".encode()).decode()
    assert request.headers["Accept"] == "application/json"
    assert request.headers["User-Agent"] == UA


@pytest.mark.parametrize("user_agent", [UA, "MyApp/1.2 (ops@clinic.example.co.uk)", "X (a+b@c.io)"])
def test_user_agent_accepted(user_agent: str) -> None:
    assert ClinikoClient(KEY, user_agent).shard == "au2"


@pytest.mark.parametrize(
    "user_agent",
    ["", "Example Clinic Sync", "(dev@example.com)", "Example (dev@example)", "Example (not an email)",
     "Example dev@example.com", "Example (dev@example.com", "Ex\nample (dev@example.com)", KEY,
     "App\n (a@example.com)", "App (a@example.com)\n"],  # a newline would break the header line
)
def test_user_agent_refused_with_clear_error_that_does_not_echo_it(user_agent: str) -> None:
    with pytest.raises(ValueError, match=r"APP_VENDOR_NAME \(APP_VENDOR_EMAIL\)") as info:
        ClinikoClient(KEY, user_agent)
    assert KEY not in str(info.value)


def test_swapped_arguments_do_not_leak_the_key() -> None:
    with pytest.raises(ValueError) as info:
        ClinikoClient(UA, KEY)  # user agent given as key, key as user agent
    assert KEY not in str(info.value)


@pytest.mark.parametrize("api_key", ["", "key with space", "key:colon"])
def test_api_key_checked(api_key: str) -> None:
    with pytest.raises(ValueError, match="api_key"):
        ClinikoClient(api_key, UA)


@pytest.mark.parametrize(
    "base_url",
    ["http://127.0.0.1:8000/v1", "http://127.5.6.7/v1", "http://localhost:9/v1", "http://[::1]:8000/v1",
     "https://sandbox.example.org/v1/"],
)
def test_base_url_override(base_url: str) -> None:
    client = ClinikoClient(KEY, UA, base_url=base_url)
    assert client.base_url == base_url.rstrip("/")
    assert client.shard == "au2"


@pytest.mark.parametrize(
    "base_url",
    ["http://api.au1.cliniko.com/v1", "http://10.0.0.1/v1", "http://128.0.0.1/v1", "http://localhost.evil.com/v1",
     "ftp://127.0.0.1/v1", "https://user:pass@api.au1.cliniko.com/v1", "/v1"],
)
def test_plain_http_refused_except_loopback(base_url: str) -> None:
    with pytest.raises(ValueError, match="base_url"):
        ClinikoClient(KEY, UA, base_url=base_url)


def test_timeouts_on_by_default() -> None:
    timeout = ClinikoClient(KEY, UA).get_httpx_client().timeout
    assert timeout.read == 30.0 and timeout.connect == 10.0


def test_repr_shows_shard_and_base_url_only() -> None:
    client = ClinikoClient(KEY, UA)
    client.get_httpx_client()
    for text in (repr(client), str(client)):
        assert text == "ClinikoClient(shard='au2', base_url='https://api.au2.cliniko.com/v1')"
        assert KEY not in text


def test_with_headers_keeps_auth_shard_and_retries() -> None:
    handler, seen = sequence(httpx.Response(503), json_response(200, SEED_PATIENT))
    time = FakeTime()
    client = make_client(handler, retry=time.policy()).with_headers({"X-Trace": "1"})
    assert isinstance(client, ClinikoClient) and client.shard == "au2"
    assert isinstance(get_patient.sync(id="1", client=client), Patient)
    assert seen[-1].headers["X-Trace"] == "1" and seen[-1].headers["User-Agent"] == UA
    assert seen[-1].headers["Authorization"].startswith("Basic ")
    assert len(seen) == 2


def test_reserved_httpx_args_refused() -> None:
    with pytest.raises(ValueError, match="auth"):
        ClinikoClient(KEY, UA, httpx_args={"auth": ("someone", "")})


# ---- errors -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("status", "cls"),
    [(401, Unauthorized), (403, Forbidden), (404, NotFound), (422, ValidationFailed), (429, RateLimited),
     (500, ServerError), (503, ServerError), (400, ClinikoError)],
)
def test_raise_for_status_picks_the_class(status: int, cls: type[ClinikoError]) -> None:
    request = httpx.Request("GET", "https://api.au1.cliniko.com/v1/patients?q%5B%5D=last_name%3A~Patientman")
    body = {"message": "x", "errors": {"first_name": "can't be blank"}}
    response = httpx.Response(status, json=body, request=request)
    with pytest.raises(cls) as info:
        raise_for_status(response)
    error = info.value
    assert type(error) is cls
    assert (error.status_code, error.method, error.path) == (status, "GET", "/v1/patients")
    assert str(error).startswith(f"GET /v1/patients answered {status}")
    assert "Patientman" not in str(error)  # the query (a patient's name in a filter) is left out


def test_the_servers_message_is_in_the_error() -> None:
    request = httpx.Request("GET", "https://api.au1.cliniko.com/v1/patients/deleted?q%5B%5D=first_name%3A%3DAda")
    with pytest.raises(ClinikoError) as info:
        raise_for_status(httpx.Response(400, json={"message": "This column is not searchable."}, request=request))
    assert str(info.value) == "GET /v1/patients/deleted answered 400 Bad Request: This column is not searchable."


@pytest.mark.parametrize(("answer", "said"), [
    (httpx.Response(404, json={"message": "Not found"}), ""),  # repeats the reason: said once
    (httpx.Response(401, text="HTTP Basic: Access denied.\n"), ": HTTP Basic: Access denied."),  # Cliniko's text 401
    (httpx.Response(400, json={"message": "two\nlines\x00 "}), ": two lines"),  # one line, printable
    (httpx.Response(400, json={"message": "x" * 500}), ": " + "x" * 199 + "…"),  # cut short
    (httpx.Response(400, json={"errors": ["no message"]}), ""),
    (httpx.Response(400, json=["a list"]), ""),
    (httpx.Response(400, content=b"{not json", headers={"Content-Type": "application/json"}), ""),
    (httpx.Response(502, html="<html>Bad gateway from a proxy</html>"), ""),  # HTML: not a message
    (httpx.Response(503, json={"message": "Service unavailable"}), ""),  # its reason again
    (httpx.Response(500, json={"message": "Try again in a minute"}), ": Try again in a minute"),
])
def test_the_message_is_one_short_line_or_nothing(answer: httpx.Response, said: str) -> None:
    answer.request = httpx.Request("GET", "https://api.au1.cliniko.com/v1/patients")
    error = error_for(answer)
    assert error is not None and str(error).endswith(
        f"{answer.reason_phrase}{said}" if answer.status_code < 500 else f"side){said}")


def unauthorized(_: httpx.Request) -> httpx.Response:
    return httpx.Response(401, text="HTTP Basic: Access denied.")


@pytest.mark.parametrize("is_async", [False, True])
def test_a_401_says_a_key_without_suffix_went_to_au1(is_async: bool) -> None:
    key = "0123456789abcdefSECRET"
    transport = httpx.MockTransport(unauthorized)
    client = ClinikoClient(key, UA, raise_on_error=True, retry=None, httpx_args={"transport": transport})
    with pytest.raises(Unauthorized) as info:
        if is_async:
            asyncio.run(list_patients.asyncio(client=client))
        else:
            list_patients.sync(client=client.with_headers({"X-Test": "1"}))  # an evolved client keeps the note
    message = str(info.value)
    assert message.startswith("GET /v1/patients answered 401 Unauthorized: HTTP Basic: Access denied.; ")
    assert "no shard suffix, so it went to au1" in message and "-uk1" in message and "base_url=" in message
    assert key not in message and "SECRET" not in message
    # raise_for_status on a detailed response says the same.
    plain = ClinikoClient(key, UA, retry=None, httpx_args={"transport": transport})
    with pytest.raises(Unauthorized, match="no shard suffix"):
        raise_for_status(list_patients.sync_detailed(client=plain))


@pytest.mark.parametrize(("key", "base_url"), [("0123456789abcdef-au1", None), ("0123456789abcdef-uk1", None),
                                               ("0123456789abcdef", "https://api.uk1.cliniko.com/v1")])
def test_a_401_of_a_key_with_its_shard_says_nothing_of_suffixes(key: str, base_url: str | None) -> None:
    client = ClinikoClient(key, UA, base_url=base_url, raise_on_error=True, retry=None,
                           httpx_args={"transport": httpx.MockTransport(unauthorized)})
    with pytest.raises(Unauthorized) as info:
        list_patients.sync(client=client.with_headers({"X-Test": "1"}))
    assert str(info.value) == "GET /v1/patients answered 401 Unauthorized: HTTP Basic: Access denied."


def test_raise_for_status_passes_2xx() -> None:
    raise_for_status(httpx.Response(204, request=httpx.Request("POST", "https://x.test/v1/patients/1/archive")))


def test_validation_failed_carries_errors_and_names_fields_only() -> None:
    body = {"message": "Validation Failed", "errors": {"email": "is invalid", "first_name": None}}
    request = httpx.Request("POST", "https://api.au1.cliniko.com/v1/patients")
    with pytest.raises(ValidationFailed) as info:
        raise_for_status(httpx.Response(422, json=body, request=request))
    assert info.value.errors == {"email": "is invalid", "first_name": None}
    assert str(info.value) == "POST /v1/patients answered 422 Validation Failed: email, first_name"


def test_rate_limited_carries_reset_time() -> None:
    request = httpx.Request("GET", "https://api.au1.cliniko.com/v1/patients")
    with pytest.raises(RateLimited) as info:
        raise_for_status(httpx.Response(429, headers={"X-RateLimit-Reset": "1767225600"}, request=request))
    assert info.value.reset_at == datetime.datetime(2026, 1, 1, tzinfo=datetime.UTC)
    assert "2026-01-01T00:00:00Z" in str(info.value)


def test_raise_for_status_on_a_detailed_response() -> None:
    # The package guide's path: raise_on_error=False, then raise_for_status(sync_detailed(...)).
    handler, _ = sequence(json_response(404, {"message": "Not found"}), httpx.Response(204))
    client = make_client(handler)
    response = get_patient.sync_detailed(id="7", client=client)
    with pytest.raises(NotFound, match="^GET /v1/patients/7 answered 404 Not Found$") as info:
        raise_for_status(response)
    assert info.value.response is response.http_response
    assert repr(response).count("http_response") == 0  # the raw response stays out of reprs
    raise_for_status(archive_patient.sync_detailed(id="7", client=client))  # 2xx: nothing raised


def test_raise_for_status_on_a_hand_made_response_says_why_not() -> None:
    from cliniko_client.types import Response

    hand_made = Response(status_code=HTTPStatus.NOT_FOUND, content=b"", headers={}, parsed=None)
    with pytest.raises(TypeError, match="not built by a generated"):
        raise_for_status(hand_made)


def test_raise_on_error_makes_generated_functions_raise() -> None:
    handler, _ = sequence(json_response(404, {"message": "Not found"}))
    with pytest.raises(NotFound, match="GET /v1/patients/7 answered 404"):
        get_patient.sync(id="7", client=make_client(handler, raise_on_error=True))
    # Without it the generated function returns the parsed error body, as generated.
    assert get_patient.sync(id="7", client=make_client(handler)).message == "Not found"  # type: ignore[union-attr]


def test_raise_on_error_handles_non_json_server_errors() -> None:
    # The generated parser would fail on this HTML body; the hook raises first.
    handler, _ = sequence(httpx.Response(503, text="<html>Service unavailable</html>"))
    with pytest.raises(ServerError):
        get_patient.sync(id="1", client=make_client(handler, raise_on_error=True))


def test_raise_on_error_async_reads_the_validation_body() -> None:
    body = {"message": "Validation Failed", "errors": {"last_name": "can't be blank"}}
    handler, _ = sequence(json_response(422, body))

    async def main() -> None:
        client = make_client(handler, raise_on_error=True)
        await create_patient.asyncio(client=client, body=PatientCreate(first_name="A", last_name=" "))

    with pytest.raises(ValidationFailed) as info:
        asyncio.run(main())
    assert info.value.errors == {"last_name": "can't be blank"}


# ---- retries ------------------------------------------------------------------------------


def test_429_waits_until_x_ratelimit_reset_then_retries() -> None:
    time = FakeTime()
    reset = str(int(time.now) + 7)
    handler, seen = sequence(json_response(429, {"message": "Too many"}, {"X-RateLimit-Reset": reset}),
                             json_response(200, SEED_PATIENT))
    assert isinstance(get_patient.sync(id="1", client=make_client(handler, retry=time.policy())), Patient)
    assert time.sleeps == [7.0] and len(seen) == 2


def test_429_honours_retry_after() -> None:
    time = FakeTime()
    handler, seen = sequence(json_response(429, {"message": "Too many"}, {"Retry-After": "3"}),
                             json_response(200, SEED_PATIENT))
    get_patient.sync(id="1", client=make_client(handler, retry=time.policy()))
    assert time.sleeps == [3.0] and len(seen) == 2


def test_429_with_past_reset_still_waits_a_little() -> None:
    time = FakeTime()
    handler, _ = sequence(json_response(429, {"message": "x"}, {"X-RateLimit-Reset": str(int(time.now) - 5)}),
                          json_response(200, SEED_PATIENT))
    get_patient.sync(id="1", client=make_client(handler, retry=time.policy(rate_limit_fallback=1.5)))
    assert time.sleeps == [1.5]


def test_503_then_200_retries_a_get_with_backoff() -> None:
    time = FakeTime()
    handler, seen = sequence(httpx.Response(503, text="busy"), httpx.Response(502), json_response(200, SEED_PATIENT))
    patient = get_patient.sync(id="1", client=make_client(handler, retry=time.policy(backoff_base=0.5)))
    assert isinstance(patient, Patient)
    assert len(seen) == 3 and time.sleeps == [0.5, 1.0]


def test_connection_errors_retried_for_get() -> None:
    time = FakeTime()
    handler, seen = sequence(httpx.ConnectError("refused"), httpx.ReadTimeout("slow"), json_response(200, SEED_PATIENT))
    assert isinstance(get_patient.sync(id="1", client=make_client(handler, retry=time.policy())), Patient)
    assert len(seen) == 3


@pytest.mark.parametrize("method", ["PUT", "PATCH", "DELETE", "HEAD", "OPTIONS"])
def test_idempotent_methods_retried_on_5xx(method: str) -> None:
    time = FakeTime()
    handler, seen = sequence(httpx.Response(503), httpx.Response(200, json={}))
    response = make_client(handler, retry=time.policy()).get_httpx_client().request(method, "/patients/1")
    assert response.status_code == 200 and len(seen) == 2


def test_post_not_retried_on_503() -> None:
    time = FakeTime()
    handler, seen = sequence(httpx.Response(503), json_response(201, SEED_PATIENT))
    response = make_client(handler, retry=time.policy()).get_httpx_client().post("/patients", json={})
    assert response.status_code == 503 and len(seen) == 1 and time.sleeps == []


def test_post_not_retried_on_connection_error() -> None:
    time = FakeTime()
    handler, seen = sequence(httpx.ReadError("reset"), json_response(201, SEED_PATIENT))
    with pytest.raises(httpx.ReadError):
        make_client(handler, retry=time.policy()).get_httpx_client().post("/patients/1/archive")
    assert len(seen) == 1


def test_post_retried_on_429() -> None:
    time = FakeTime()
    handler, seen = sequence(httpx.Response(429, headers={"Retry-After": "2"}), httpx.Response(204))
    response = make_client(handler, retry=time.policy()).get_httpx_client().post("/patients/1/archive")
    assert response.status_code == 204 and len(seen) == 2 and time.sleeps == [2.0]


def test_max_attempts_bounds_retries() -> None:
    time = FakeTime()
    handler, seen = sequence(httpx.Response(503))
    response = make_client(handler, retry=time.policy(max_attempts=4)).get_httpx_client().get("/patients")
    assert response.status_code == 503 and len(seen) == 4 and len(time.sleeps) == 3


def test_backoff_is_capped_exponential() -> None:
    time = FakeTime()
    handler, _ = sequence(httpx.Response(500))
    policy = time.policy(max_attempts=7, backoff_base=1.0, backoff_cap=5.0, max_total_wait=1000)
    make_client(handler, retry=policy).get_httpx_client().get("/patients")
    assert time.sleeps == [1.0, 2.0, 4.0, 5.0, 5.0, 5.0]


def test_full_jitter_stays_below_the_ceiling() -> None:
    waits = [RetryPolicy(backoff_base=2.0).backoff(3) for _ in range(200)]
    assert all(0.0 <= w <= 8.0 for w in waits) and len(set(waits)) > 1


def test_total_wait_is_bounded() -> None:
    time = FakeTime()
    handler, seen = sequence(httpx.Response(429, headers={"X-RateLimit-Reset": str(int(time.now) + 40)}),
                             httpx.Response(429, headers={"X-RateLimit-Reset": str(int(time.now) + 80)}),
                             httpx.Response(200, json={}))
    response = make_client(handler, retry=time.policy(max_total_wait=60)).get_httpx_client().get("/patients")
    # 40 s fits in the budget, the next 40 s would not: the 429 comes back instead of a longer wait.
    assert response.status_code == 429 and time.sleeps == [40.0] and len(seen) == 2


def test_rate_limited_raised_when_reset_is_beyond_the_budget() -> None:
    time = FakeTime()
    handler, _ = sequence(httpx.Response(429, headers={"X-RateLimit-Reset": str(int(time.now) + 3600)}))
    with pytest.raises(RateLimited) as info:
        list(iter_patients(make_client(handler, retry=time.policy(max_total_wait=60))))
    assert info.value.reset_at is not None and time.sleeps == []


def test_async_retry_transport() -> None:
    time = FakeTime()
    handler, seen = sequence(httpx.Response(503), httpx.ConnectError("x"), json_response(200, SEED_PATIENT))

    async def main() -> Any:
        client = ClinikoClient(KEY, UA, retry=time.policy(), httpx_args={"transport": httpx.MockTransport(handler)})
        return await get_patient.asyncio(id="1", client=client)

    assert isinstance(asyncio.run(main()), Patient)
    assert len(seen) == 3 and len(time.sleeps) == 2


def test_transports_are_wrapped_by_default() -> None:
    client = ClinikoClient(KEY, UA)
    assert isinstance(client.get_httpx_client()._transport, RetryTransport)
    assert isinstance(client.get_async_httpx_client()._transport, AsyncRetryTransport)


def test_retry_policy_checks_its_knobs() -> None:
    with pytest.raises(ValueError, match="max_attempts"):
        RetryPolicy(max_attempts=0)


# ---- pagination ---------------------------------------------------------------------------


def patient(n: int) -> dict[str, Any]:
    return {**SEED_PATIENT, "id": str(n), "links": {"self": f"https://api.au2.cliniko.com/v1/patients/{n}"}}


def paged_server(total: int, per_page: int, path: str = "/v1/patients", entry: Callable[[int], Any] = patient,
                 ) -> tuple[Handler, list[httpx.Request]]:
    """Pages of `total` entries; links.next carries an opaque token the client must pass on verbatim."""
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        page = int(request.url.params.get("page", "1"))
        if page > 1:
            assert request.url.params["token"] == f"t{page}"  # followed the link, did not build a URL
        start = (page - 1) * per_page
        links = {"self": str(request.url)}
        if start + per_page < total:
            links["next"] = f"https://api.au2.cliniko.com{path}?page={page + 1}&per_page={per_page}&token=t{page + 1}"
        entries = [entry(n) for n in range(start + 1, min(start + per_page, total) + 1)]
        return json_response(200, {"patients": entries, "total_entries": total, "links": links})

    return handler, seen


def test_iter_patients_follows_links_next_lazily() -> None:
    handler, seen = paged_server(total=7, per_page=3)
    q = [Patients.last_name.contains("son"), "first_name:~bri"]
    iterator = iter_patients(make_client(handler), q=q, per_page=3, sort="last_name")
    first = next(iterator)
    assert isinstance(first, Patient) and first.id == "1" and len(seen) == 1  # one page at a time
    rest = list(iterator)
    assert [p.id for p in [first, *rest]] == [str(n) for n in range(1, 8)]
    assert len(seen) == 3
    params = seen[0].url.params
    assert params.get_list("q[]") == ["last_name:~son", "first_name:~bri"]
    assert (params["per_page"], params["sort"], params["page"]) == ("3", "last_name", "1")
    assert str(seen[2].url) == "https://api.au2.cliniko.com/v1/patients?page=3&per_page=3&token=t3"


def test_iter_patients_archived_and_deleted() -> None:
    handler, seen = paged_server(total=3, per_page=2, path="/v1/patients/archived")
    assert len(list(iter_patients(make_client(handler), operation=list_archived_patients, per_page=2))) == 3
    assert seen[0].url.path == "/v1/patients/archived"

    def tombstone(n: int) -> dict[str, Any]:
        return {"deleted_at": "2013-06-05T14:38:48Z", "links": {"self": f"https://api.au2.cliniko.com/v1/patients/{n}"}}

    handler, seen = paged_server(total=5, per_page=2, path="/v1/patients/deleted", entry=tombstone)
    tombstones = list(iter_patients(make_client(handler), operation=list_deleted_patients, per_page=2))
    assert len(tombstones) == 5 and all(isinstance(t, DeletedPatient) for t in tombstones)
    assert seen[0].url.path == "/v1/patients/deleted"


def test_iter_patients_raises_on_an_error_page() -> None:
    handler, _ = paged_server(total=10, per_page=5)

    def failing(request: httpx.Request) -> httpx.Response:
        if request.url.params.get("page") == "2":
            return httpx.Response(403, json={"message": "no"})
        return handler(request)

    iterator = iter_patients(make_client(failing), per_page=5)
    assert len([next(iterator) for _ in range(5)]) == 5
    with pytest.raises(Forbidden, match="answered 403"):
        next(iterator)


def test_iter_patients_survives_transient_faults() -> None:
    handler, _ = paged_server(total=6, per_page=2)
    calls = {"n": 0}

    def flaky(request: httpx.Request) -> httpx.Response:
        calls["n"] += 1
        if calls["n"] % 2 == 0:
            return httpx.Response(503, text="<html>busy</html>")
        return handler(request)

    time = FakeTime()
    ids = [p.id for p in iter_patients(make_client(flaky, retry=time.policy()), per_page=2)]
    assert ids == [str(n) for n in range(1, 7)]


@pytest.mark.parametrize(("next_link", "refusal"), [
    ("https://evil.example/v1/patients?page=2", "another host (evil.example, not api.au2.cliniko.com)"),
    ("http://api.au2.cliniko.com/v1/patients?page=2", "another scheme (http, not https)"),
    ("https://api.au2.cliniko.com:8443/v1/patients?page=2", "another port (8443, not 443)"),
])
def test_iter_patients_follows_links_next_only_on_the_apis_scheme_host_and_port(next_link: str,
                                                                                 refusal: str) -> None:
    # The key goes with every request: a link elsewhere is refused, saying what differs.
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        links = {"self": str(request.url), "next": next_link} if len(seen) == 1 else {"self": str(request.url)}
        return json_response(200, {"patients": [patient(len(seen))], "total_entries": 2, "links": links})

    with pytest.raises(ClinikoError) as refused:
        list(iter_patients(make_client(handler)))
    assert str(refused.value) == f"links.next of /v1/patients points at {refusal}; not following it"
    assert len(seen) == 1


def test_iter_patients_checks_per_page() -> None:
    with pytest.raises(ValueError, match="per_page"):
        iter_patients(make_client(sequence(httpx.Response(200))[0]), per_page=101)


def test_aiter_patients() -> None:
    handler, seen = paged_server(total=5, per_page=2)

    async def main() -> list[Patient]:
        client = ClinikoClient(KEY, UA, retry=None, httpx_args={"transport": httpx.MockTransport(handler)})
        return [p async for p in aiter_patients(client, per_page=2, q=[Patients.id.in_([1, 2, 3, 4, 5])])]

    assert [p.id for p in asyncio.run(main())] == ["1", "2", "3", "4", "5"]
    assert len(seen) == 3 and seen[0].url.params["q[]"] == "id:=1,2,3,4,5"


def test_aiter_patients_raises() -> None:
    handler, _ = sequence(httpx.Response(401, text="HTTP Basic: Access denied."))

    async def main() -> None:
        client = ClinikoClient(KEY, UA, retry=None, httpx_args={"transport": httpx.MockTransport(handler)})
        async for _ in aiter_patients(client):
            pass

    with pytest.raises(Unauthorized):
        asyncio.run(main())


# ---- filters ------------------------------------------------------------------------------

SPEC = yaml.safe_load((ROOT / "generated" / "openapi.yaml").read_text(encoding="utf-8"))
LIST_PATTERN = re.compile(SPEC["components"]["parameters"]["PatientFilters"]["schema"]["items"]["pattern"])
GET_PATTERN = re.compile(SPEC["components"]["parameters"]["ArchivedFilter"]["schema"]["items"]["pattern"])
MELBOURNE = datetime.timezone(datetime.timedelta(hours=10))
MOMENT = datetime.datetime(2014, 8, 31, 4, 0, 0, 250000, tzinfo=MELBOURNE)


@pytest.mark.parametrize(
    ("built", "expected"),
    [
        (Patients.last_name.contains("son"), "last_name:~son"),
        (Patients.first_name.equals("Bri"), "first_name:=Bri"),
        (Patients.email.not_equals("a@b.co"), "email:!=a@b.co"),
        (Patients.last_name.like("%son"), "last_name:~~%son"),
        (Patients.preferred_first_name.is_null(), "preferred_first_name:!?"),
        (Patients.old_reference_id.is_not_null(), "old_reference_id:?"),
        (Patients.created_at.after(MOMENT), "created_at:>2014-08-30T18:00:00Z"),
        (Patients.updated_at.at_or_after(MOMENT), "updated_at:>=2014-08-30T18:00:00Z"),
        (Patients.created_at.before(MOMENT), "created_at:<2014-08-30T18:00:00Z"),
        (Patients.created_at.at_or_before(MOMENT), "created_at:<=2014-08-30T18:00:00Z"),
        (Patients.archived_at.any(), "archived_at:*"),
        (Patients.archived_at.is_null(), "archived_at:!?"),
        (Patients.date_of_birth.on(datetime.date(2001, 5, 26)), "date_of_birth:=2001-05-26"),
        (Patients.date_of_birth.on(month=5), "date_of_birth:=****-05-**"),
        (Patients.date_of_birth.on(year=1980, day=1), "date_of_birth:=1980-**-01"),
        (Patients.date_of_birth.on_or_after(datetime.date(1990, 1, 2)), "date_of_birth:>=1990-01-02"),
        (Patients.date_of_birth.before(datetime.date(1990, 1, 2)), "date_of_birth:<1990-01-02"),
        (Patients.id.equals("836447129235883061"), "id:=836447129235883061"),
        (Patients.id.in_([1, "2", 3]), "id:=1,2,3"),
        (Patients.id.not_equals(4), "id:!=4"),
        (Patients.id.greater_than(4), "id:>4"),
        (Patients.id.at_most(4), "id:<=4"),
        (Patients.accepted_privacy_policy.equals(True), "accepted_privacy_policy:=true"),
        (Patients.accepted_privacy_policy.not_equals(False), "accepted_privacy_policy:!=false"),
    ],
)
def test_filters_produce_strings_matching_the_spec_pattern(built: QueryFilter, expected: str) -> None:
    assert built == expected and isinstance(built, str)
    assert LIST_PATTERN.fullmatch(built)


def test_filter_parts() -> None:
    built = Patients.created_at.after(MOMENT)
    assert (built.field, built.operator, built.value) == ("created_at", ">", "2014-08-30T18:00:00Z")


def test_get_patient_filter() -> None:
    assert GET_PATTERN.fullmatch(PatientById.archived_at.any())
    handler, seen = sequence(json_response(200, SEED_PATIENT))
    get_patient.sync(id="1", client=make_client(handler), q=[PatientById.archived_at.any()])
    assert seen[0].url.query == b"q%5B%5D=archived_at%3A%2A"


@pytest.mark.parametrize(
    "build",
    [
        lambda: PatientById.archived_at.after(MOMENT),  # getPatient takes only `*`
        lambda: PatientById.archived_at.is_null(),
        lambda: DateTimeField("date_of_birth").after(MOMENT),  # the spec says Date
        lambda: StringField("phone_number").equals("1"),  # no phone-number filter
        lambda: IntegerField("id", operation="getPatient").equals(1),
    ],
)
def test_wrong_operator_or_field_for_the_spec_is_a_clear_error(build: Callable[[], QueryFilter]) -> None:
    with pytest.raises(FilterError) as info:
        build()
    assert re.search(r"allowed: \*|the spec says|takes no|not filterable", str(info.value)), str(info.value)


def test_wrong_operator_message_lists_the_allowed_ones() -> None:
    with pytest.raises(FilterError, match=r"does not take operator '>' on archived_at \(DateTime\); allowed: \*"):
        PatientById.archived_at.after(MOMENT)


def test_naive_datetime_refused() -> None:
    with pytest.raises(FilterError, match="naive datetime"):
        Patients.updated_at.after(datetime.datetime(2014, 8, 30, 18))


@pytest.mark.parametrize(
    "build",
    [
        lambda: Patients.date_of_birth.on(datetime.datetime(2001, 5, 26, tzinfo=datetime.UTC)),
        lambda: Patients.date_of_birth.on(month=13),
        lambda: Patients.date_of_birth.on(),
        lambda: Patients.date_of_birth.on(datetime.date(2001, 5, 26), month=5),
        lambda: Patients.id.equals("12a"),
        lambda: Patients.id.equals(True),
        lambda: Patients.id.in_([]),
        lambda: Patients.id.in_(range(1, 102)),  # at most 100
        lambda: Patients.last_name.contains("a\nb"),  # control characters
        lambda: Patients.last_name.contains("x" * 256),
        lambda: Patients.accepted_privacy_policy.equals("true"),  # type: ignore[arg-type]
        lambda: QueryFilter("last_name:>son"),
        lambda: QueryFilter("created_at:=2014-08-30T18:00:00Z"),  # DateTime has no `=`
        lambda: QueryFilter("last_name:~son", operation="createPatient"),
    ],
)
def test_invalid_values_refused(build: Callable[[], QueryFilter]) -> None:
    with pytest.raises(FilterError):
        build()


def test_every_filter_table_of_the_spec_has_one_builder_class() -> None:
    served = [operation for operations in FILTER_CLASSES.values() for operation in operations]
    assert sorted(served) == sorted(FILTER_TABLES)
    # The patients' classes keep their names: listArchivedPatients has listPatients' table, so its class.
    assert {name: FILTER_CLASSES[name] for name in ("Patients", "DeletedPatients", "PatientById")} == {
        "Patients": ["listPatients", "listArchivedPatients"], "DeletedPatients": ["listDeletedPatients"],
        "PatientById": ["getPatient"]}
    assert (Patients, DeletedPatients, PatientById) == tuple(getattr(filters, name) for name in (
        "Patients", "DeletedPatients", "PatientById"))


@pytest.mark.parametrize(("name", "operations"), FILTER_CLASSES.items())
def test_filter_namespaces_agree_with_the_spec(name: str, operations: list[str]) -> None:
    namespace = getattr(filters, name)
    types = {StringField: "String", IntegerField: "Integer", BooleanField: "Boolean", DateField: "Date",
             DateTimeField: "DateTime"}
    declared = {name: types[type(field)] for name, field in vars(namespace).items() if not name.startswith("_")}
    for operation in operations:
        assert declared == FILTER_TABLES[operation]["fields"]


def test_every_operator_of_the_spec_has_a_builder() -> None:
    # One filter per builder method: together they reach every operator the spec lists, no more.
    d = datetime.date(2000, 1, 1)
    produced: dict[str, set[str]] = {
        "String": {f.operator for f in (Patients.email.equals("a"), Patients.email.not_equals("a"),
                                        Patients.email.contains("a"), Patients.email.like("a"),
                                        Patients.email.is_not_null(), Patients.email.is_null())},
        "Integer": {f.operator for f in (Patients.id.equals(1), Patients.id.not_equals(1), Patients.id.at_least(1),
                                         Patients.id.greater_than(1), Patients.id.at_most(1),
                                         Patients.id.less_than(1), Patients.id.is_not_null(), Patients.id.is_null())},
        "Boolean": {f.operator for f in (Patients.accepted_privacy_policy.equals(True),
                                         Patients.accepted_privacy_policy.not_equals(True))},
        "Date": {f.operator for f in (Patients.date_of_birth.on(d), Patients.date_of_birth.on_or_after(d),
                                      Patients.date_of_birth.after(d), Patients.date_of_birth.on_or_before(d),
                                      Patients.date_of_birth.before(d), Patients.date_of_birth.is_not_null(),
                                      Patients.date_of_birth.is_null())},
        "DateTime": {f.operator for f in (Patients.created_at.at_or_after(MOMENT), Patients.created_at.after(MOMENT),
                                          Patients.created_at.at_or_before(MOMENT), Patients.created_at.before(MOMENT),
                                          Patients.created_at.is_not_null(), Patients.created_at.is_null(),
                                          Patients.created_at.any())},
    }
    assert produced == {t: set(ops) for t, ops in FILTER_TABLES["listPatients"]["operators"].items()}


def test_filters_go_into_generated_functions() -> None:
    handler, seen = sequence(json_response(200, {"patients": [], "total_entries": 0, "links": {"self": "x"}}))
    list_patients.sync(client=make_client(handler), q=[Patients.last_name.contains("son"), Patients.id.in_([1, 2])])
    assert seen[0].url.params.get_list("q[]") == ["last_name:~son", "id:=1,2"]
    assert b"q%5B%5D=last_name%3A~son" in seen[0].url.query
