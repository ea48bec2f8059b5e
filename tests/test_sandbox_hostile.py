"""The sandbox against hostile or careless input: each answer is clear, nothing bad is stored.

A client hanging up mid-body is one quiet log line; an id written as a float is a
422; the `Host` header never reaches a link or a redirect; NUL characters are
refused and text is stored in NFC, so filters find either Unicode form.
"""

from __future__ import annotations

import socket
import subprocess
import sys
import time
import unicodedata
import warnings
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from cliniko_client.sandbox import create_app
from cliniko_client.sandbox.accounts import default_settings

from tests.conftest import ROOT, SANDBOX_KEY, USER_AGENT, running_sandbox

with warnings.catch_warnings():  # starlette's note about httpx versions, not about us
    warnings.simplefilter("ignore")
    from starlette.testclient import TestClient


@pytest.fixture
def api() -> Iterator[TestClient]:
    with TestClient(create_app(seed=9), base_url="http://127.0.0.1:8000", raise_server_exceptions=True) as client:
        client.auth = (SANDBOX_KEY, "")
        client.headers["User-Agent"] = USER_AGENT
        yield client


def create(api: TestClient, **fields: Any) -> dict[str, Any]:
    response = api.post("/v1/patients", json={"first_name": "Ada", "last_name": "Example", **fields})
    assert response.status_code == 201, response.text
    result: dict[str, Any] = response.json()
    return result


# ---- a client that disconnects mid-body -----------------------------------------


def test_a_client_that_hangs_up_mid_body_is_one_quiet_log_line() -> None:
    server = subprocess.Popen([sys.executable, str(ROOT / "scripts" / "sandbox.py"), "--port", "0"],
                              stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, cwd=ROOT)
    try:
        assert server.stdout is not None
        port = next(int(line.rsplit(":", 1)[1].split("/")[0]) for line in server.stdout
                    if line.startswith("Base URL: "))
        with socket.create_connection(("127.0.0.1", port)) as connection:
            connection.sendall(
                f"POST /v1/patients HTTP/1.1\r\nHost: 127.0.0.1\r\nUser-Agent: {USER_AGENT}\r\n"
                f"Authorization: Basic c2FuZGJveC1rZXktYXUxOg==\r\nContent-Type: application/json\r\n"
                f"Content-Length: 100\r\n\r\n{{\"first_na".encode()
            )
            time.sleep(0.3)  # the app is now waiting for the other 90 bytes; hang up
        time.sleep(0.5)
    finally:
        server.terminate()
        output = server.communicate(timeout=10)[0]
    lines = [line for line in output.splitlines() if "disconnect" in line.lower() or "Traceback" in line]
    assert lines == ["POST /v1/patients: the client disconnected before sending the whole body"], output
    assert "Traceback" not in output and "Exception" not in output, output


# ---- ids written as floats ---------------------------------------------------------


@pytest.mark.parametrize("value", [1.0, 1e3, 12.5, True, -1, 0])
@pytest.mark.parametrize("name", ["concession_type_id", "referring_doctor_id"])
def test_an_id_that_is_not_a_whole_number_written_as_one_is_a_422(api: TestClient, name: str, value: Any) -> None:
    response = api.post("/v1/patients", json={"first_name": "Ada", "last_name": "Example", name: value})
    assert response.status_code == 422, response.text
    assert response.json()["errors"] == {name: "is invalid"}


def test_the_ids_a_patient_names_are_linked_as_digits(api: TestClient) -> None:
    # Both must name records of the account (19 digits: too many for a JSON integer or leading zeros).
    doctor = api.post("/v1/contacts", json={"first_name": "Ada", "last_name": "Example", "type_code": 1}).json()
    concession = api.get("/v1/concession_types").json()["concession_types"][0]
    made = create(api, concession_type_id=concession["id"], referring_doctor_id=doctor["id"])
    assert made["concession_type"]["links"]["self"].endswith(f"/v1/concession_types/{concession['id']}")
    assert made["referring_doctor"]["links"]["self"].endswith(f"/v1/contacts/{doctor['id']}")


# ---- the Host header ------------------------------------------------------------------


def test_links_use_the_server_address_not_the_host_header(api: TestClient) -> None:
    made = create(api)
    evil = {"Host": "evil.example"}
    listed = api.get("/v1/patients", params={"per_page": 1}, headers=evil).json()
    one = api.get(f"/v1/patients/{made['id']}", headers=evil).json()
    patched = api.patch(f"/v1/patients/{made['id']}", json={"city": "Hobart"}, headers=evil)
    created = api.post("/v1/patients", json={"first_name": "B", "last_name": "C"}, headers=evil)
    urls = [*listed["links"].values(), *[p["links"]["self"] for p in listed["patients"]], one["links"]["self"],
            one["appointments"]["links"]["self"], patched.json()["links"]["self"], created.headers["Location"]]
    assert all(url.startswith("http://127.0.0.1:8000/v1/") for url in urls), urls


def test_a_trailing_slash_is_served_after_authentication_never_redirected(api: TestClient) -> None:
    evil = {"Host": "evil.example"}
    anonymous = api.get("/v1/patients/", headers=evil, auth=("nobody", ""), follow_redirects=False)
    assert anonymous.status_code == 401 and "location" not in anonymous.headers
    served = api.get("/v1/patients/?per_page=2", headers=evil, follow_redirects=False)
    assert served.status_code == 200 and "location" not in served.headers
    assert served.json()["links"]["self"] == "http://127.0.0.1:8000/v1/patients?page=1&per_page=2"
    assert api.get("/v1/settings/public/", follow_redirects=False).status_code == 200


def test_links_on_the_real_server_name_its_listening_address() -> None:
    evil = {"User-Agent": USER_AGENT, "Host": "evil.example"}
    with running_sandbox() as url:
        answer = httpx.get(f"{url}/patients", auth=(SANDBOX_KEY, ""), headers=evil)
        anonymous = httpx.get(f"{url}/patients/", headers=evil)
    assert answer.json()["links"]["self"].startswith(url + "/patients?")
    assert anonymous.status_code == 401 and "location" not in anonymous.headers


# ---- NUL characters and Unicode forms -------------------------------------------------


@pytest.mark.parametrize(("name", "value"), [
    ("first_name", "Ada\x00"), ("notes", "a\x00b"), ("email", "ada\x00@example.com"),
    ("preferred_first_name", "\x00"), ("city", "\x00Hobart"),
])
def test_nul_characters_in_text_are_a_422(api: TestClient, name: str, value: str) -> None:
    response = api.post("/v1/patients", json={"first_name": "Ada", "last_name": "Example", name: value})
    assert response.status_code == 422, response.text
    assert response.json()["errors"] == {name: "must not contain NUL (U+0000) characters"}


def test_nul_characters_in_pronouns_and_custom_fields_are_a_422(api: TestClient) -> None:
    made = create(api)
    pronouns = dict.fromkeys(["accusative", "nominative", "predicative_possessive", "pronominal_possessive",
                              "reflexive"], "they\x00")
    response = api.patch(f"/v1/patients/{made['id']}", json={"pronouns": pronouns})
    assert response.status_code == 422 and response.json()["errors"] == {
        "pronouns": "must not contain NUL (U+0000) characters"}
    section = default_settings()["patient_custom_fields_definition"]["sections"][0]
    policy = section["fields"][1]  # the seed's text field "Policy number"
    answers = {"sections": [{"token": section["token"], "fields": [{"token": policy["token"], "value": "A\x00"}]}]}
    response = api.patch(f"/v1/patients/{made['id']}", json={"custom_fields": answers})
    assert response.status_code == 422 and response.json()["errors"] == {
        "custom_fields": "must not contain NUL (U+0000) characters"}
    stored = api.get(f"/v1/patients/{made['id']}").json()
    assert stored["pronouns"] is None and stored["custom_fields"] is None
    assert stored["updated_at"] == made["updated_at"]


def test_text_is_stored_in_nfc_and_filters_find_either_form(api: TestClient) -> None:
    nfd_email = unicodedata.normalize("NFD", "zoë@example.com")
    nfc_name = "Zoë"
    assert nfd_email != unicodedata.normalize("NFC", nfd_email)
    made = create(api, email=nfd_email, last_name=unicodedata.normalize("NFD", "Müller"), first_name=nfc_name)
    assert made["email"] == "zoë@example.com" == unicodedata.normalize("NFC", made["email"])
    assert made["last_name"] == "Müller"
    for form in ("NFC", "NFD"):
        for query in (f"email:={unicodedata.normalize(form, 'zoë@example.com')}",
                      f"last_name:~{unicodedata.normalize(form, 'ülle')}",
                      f"first_name:={unicodedata.normalize(form, nfc_name)}"):
            found = api.get("/v1/patients", params={"q[]": query}).json()["patients"]
            assert [p["id"] for p in found] == [made["id"]], (form, query)
