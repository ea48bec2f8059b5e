"""The sandbox answers like Cliniko: explicit tests of each rule of the facts page."""

from __future__ import annotations

import base64
import json
import re
import time
import warnings
from collections.abc import Iterator
from typing import Any

import pytest

with warnings.catch_warnings():  # starlette's note about httpx versions, not about us
    warnings.simplefilter("ignore")
    from starlette.testclient import TestClient

from cliniko_client.sandbox import create_app
from cliniko_client.sandbox.accounts import default_settings
from spec_schemas import load_bundle

from tests.conftest import OTHER_ACCOUNT_KEY, SANDBOX_KEY, USER_AGENT

DEFINITION = default_settings()["patient_custom_fields_definition"]
INSURANCE = DEFINITION["sections"][0]  # the seed's "Insurance coverage"
PROVIDER, POLICY = INSURANCE["fields"][0], INSURANCE["fields"][1]
BLANK = "can’t be blank"


class Api:
    """A TestClient that sends a key and a User-Agent like a real client."""

    def __init__(self, client: TestClient, key: str = SANDBOX_KEY) -> None:
        self.client = client
        self.key = key

    def __call__(self, method: str, path: str, *, key: str | None = None, **kwargs: Any) -> Any:
        headers = {"User-Agent": USER_AGENT, **kwargs.pop("headers", {})}
        auth = (key or self.key, "")
        return self.client.request(method, "/v1" + path, auth=auth, headers=headers, **kwargs)

    def create(self, **fields: Any) -> dict[str, Any]:
        response = self("POST", "/patients", json={"first_name": "Alex", "last_name": "Example", **fields})
        assert response.status_code == 201, response.text
        return response.json()

    def ids(self, path: str, **params: Any) -> list[str]:
        response = self("GET", path, params={"per_page": 100, **params})
        assert response.status_code == 200, response.text
        # Deleted patients are tombstones without an id: read it from their link.
        return [p["links"]["self"].rsplit("/", 1)[1] for p in response.json()["patients"]]


def client_for(**options: Any) -> TestClient:
    return TestClient(create_app(seed=7, **options), raise_server_exceptions=True)


@pytest.fixture
def api() -> Iterator[Api]:
    with client_for() as client:
        yield Api(client)


# ---- transport: User-Agent, keys, shards, accounts --------------------------


def test_a_request_without_user_agent_is_a_400(api: Api) -> None:
    response = api.client.get("/v1/patients", auth=(SANDBOX_KEY, ""), headers={"User-Agent": ""})
    assert response.status_code == 400
    assert response.json() == {"message": "Requires a user agent"}


@pytest.mark.parametrize("key", ["sandbox-key-au1", "sandbox-key"])
def test_a_key_works_with_or_without_its_shard(api: Api, key: str) -> None:
    assert api("GET", "/patients", key=key).status_code == 200


@pytest.mark.parametrize("key", ["sandbox-key-au2", "sandbox-key-uk1", "nobody-au1", "sandbox-other-key-au1", "-"])
def test_a_wrong_key_or_shard_is_a_plain_401(api: Api, key: str) -> None:
    response = api("GET", "/patients", key=key)
    assert response.status_code == 401
    assert response.json() == {"message": "HTTP Basic: Access denied."}


@pytest.mark.parametrize("authorization", [None, "Bearer sandbox-key-au1", "Basic !!!",
                                           "Basic " + base64.b64encode(b"sandbox-key-au1:secret").decode()])
def test_missing_or_malformed_credentials_are_a_401(api: Api, authorization: str | None) -> None:
    headers = {"User-Agent": USER_AGENT} | ({"Authorization": authorization} if authorization else {})
    assert api.client.get("/v1/patients", headers=headers).status_code == 401


def test_accounts_are_isolated(api: Api) -> None:
    other = Api(api.client, OTHER_ACCOUNT_KEY)
    theirs = other.create(first_name="Robin")["id"]
    mine = api.create()["id"]
    for method, path in [("GET", f"/patients/{theirs}"), ("PUT", f"/patients/{theirs}"),
                         ("PATCH", f"/patients/{theirs}"), ("POST", f"/patients/{theirs}/archive"),
                         ("POST", f"/patients/{theirs}/unarchive"), ("DELETE", f"/patients/{theirs}")]:
        body = {"json": {"notes": "changed"}} if method in ("PUT", "PATCH") else {}
        assert api(method, path, **body).status_code == 404, (method, path)
    for listing, everything in (("/patients", "archived_at:*"), ("/patients/archived", "archived_at:*"),
                                ("/patients/deleted", "deleted_at:*")):
        assert theirs not in api.ids(listing, **{"q[]": everything})
        assert mine not in other.ids(listing, **{"q[]": everything})
    # Untouched by the other account's attempts.
    seen = other("GET", f"/patients/{theirs}").json()
    assert seen["notes"] == "" and seen["archived_at"] is None


def test_settings_need_a_role_that_may_view_them(api: Api) -> None:
    reception = "sandbox-reception-key-au1"
    assert api("GET", "/settings", key=reception).status_code == 403
    public = api("GET", "/settings/public", key=reception)
    assert public.status_code == 200
    assert public.json()["patient_custom_fields_definition"] == DEFINITION
    reminders = api("GET", "/settings").json()["reminders"]
    assert reminders["default_reminder_type"] in ("None", "SMS", "Email", "SMS & Email")


def test_an_undeclared_method_is_a_405_with_allow(api: Api) -> None:
    response = api("PUT", "/patients/archived", json={})
    assert response.status_code == 405
    assert set(response.headers["allow"].split(", ")) == {"GET", "HEAD"}
    assert set(api("POST", "/patients/1").headers["allow"].split(", ")) == {"GET", "HEAD", "PUT", "PATCH", "DELETE"}


# ---- creating, reading, updating -------------------------------------------


def test_create_answers_201_with_location_and_a_string_id(api: Api) -> None:
    response = api("POST", "/patients", json={"first_name": "Alex", "last_name": "Example"})
    assert response.status_code == 201
    patient = response.json()
    assert isinstance(patient["id"], str) and patient["id"].isdigit() and int(patient["id"]) > 2**53
    assert response.headers["location"] == patient["links"]["self"] == f"http://testserver/v1/patients/{patient['id']}"
    assert api("GET", f"/patients/{patient['id']}").json() == patient


# What the current API sends for a patient with nothing but names: unset values that are
# nullable in every version of the API come back null, blank text "" (cliniko-api-facts.md,
# "Empty values"). The spec also accepts null and absent elsewhere (older records); the
# sandbox answers as today's API does, with full records, so schemathesis's conformance
# checks do not go soft on it.
NULL_WHEN_UNSET = {
    "preferred_first_name", "date_of_birth", "pronouns", "country_code", "time_zone", "referral_source",
    "invoice_email", "accepted_privacy_policy", "custom_fields", "gender", "archived_at", "deleted_at", "merged_at",
    "merged_with_patient", "concession_type", "referring_doctor", "latest_booking",
}


def test_the_sandbox_sends_full_current_records(api: Api) -> None:
    properties = set(load_bundle().document["components"]["schemas"]["Patient"]["properties"])
    created = api.create()
    listed = api("GET", "/patients", params={"q[]": f"id:={created['id']}"}).json()["patients"]
    for patient in (created, api("GET", f"/patients/{created['id']}").json(), *listed):
        assert set(patient) == properties
        assert {k for k, v in patient.items() if v is None} == NULL_WHEN_UNSET
        assert patient["title"] == patient["city"] == "" and patient["patient_phone_numbers"] == []


def test_put_and_patch_change_only_what_is_sent(api: Api) -> None:
    answers = {"sections": [{"token": INSURANCE["token"], "fields": [{"token": POLICY["token"], "value": "P-1"}]}]}
    patient = api.create(notes="first", custom_fields=answers, email="alex@example.com")
    for method in ("PUT", "PATCH"):
        changed = api(method, f"/patients/{patient['id']}", json={"notes": method})
        assert changed.status_code == 200, changed.text
        after = changed.json()
        assert after["notes"] == method
        unchanged = {k: v for k, v in after.items() if k not in ("notes", "updated_at")}
        assert unchanged == {k: v for k, v in patient.items() if k not in ("notes", "updated_at")}
        assert after["custom_fields"]["sections"][0]["fields"][0]["value"] == "P-1"
    cleared = api("PATCH", f"/patients/{patient['id']}", json={"custom_fields": None}).json()
    assert cleared["custom_fields"] is None


def test_custom_fields_come_back_with_names_and_types(api: Api) -> None:
    chosen = PROVIDER["options"][1]
    answers = {"sections": [{"token": INSURANCE["token"], "fields": [
        {"token": PROVIDER["token"], "options": [{"token": chosen["token"], "selected": True}]}]}]}
    field = api.create(custom_fields=answers)["custom_fields"]["sections"][0]["fields"][0]
    assert field["name"] == PROVIDER["name"] and field["type"] == "radiobuttons"
    expected = [o["token"] == chosen["token"] for o in PROVIDER["options"]]
    assert [o.get("selected", False) for o in field["options"]] == expected


@pytest.mark.parametrize(("body", "errors"), [
    ({}, {"first_name": BLANK, "last_name": BLANK}),
    ({"first_name": "  ", "last_name": "Example"}, {"first_name": BLANK}),
    ({"first_name": "A", "last_name": "B", "email": "not-an-email"}, {"email": "is invalid"}),
    ({"first_name": "A", "last_name": "B", "title": "x" * 256},
     {"title": "is too long (maximum is 255 characters)"}),
    ({"first_name": "A", "last_name": "B", "reminder_type": "Pigeon"},
     {"reminder_type": "is not included in the list"}),
    ({"first_name": "A", "last_name": "B", "receives_confirmation_emails": "yes"},
     {"receives_confirmation_emails": "is invalid"}),
    ({"first_name": "A", "last_name": "B", "id": "1"}, {"id": "is not a patient attribute"}),
    ({"first_name": "A", "last_name": "B", "date_of_birth": "2001-02-30"}, {"date_of_birth": "is invalid"}),
    ({"first_name": "A", "last_name": "B", "time_zone": "Mars/Olympus"}, {"time_zone": "is invalid"}),
    ({"first_name": "A", "last_name": "B", "dva_card_number": "X123"}, {"dva_card_number": "is invalid"}),
    ({"first_name": "A", "last_name": "B", "patient_phone_numbers": [{"number": "1", "phone_type": "Pager"}]},
     {"patient_phone_numbers": "is invalid"}),
])
def test_invalid_bodies_get_clinikos_422(api: Api, body: dict[str, Any], errors: dict[str, str]) -> None:
    response = api("POST", "/patients", json=body)
    assert response.status_code == 422
    assert response.json() == {"message": "Validation Failed", "errors": errors}


@pytest.mark.parametrize("custom_fields", [
    {"sections": [{"token": "00000000-0000-4000-8000-000000000000"}]},  # not in the definition
    {"sections": [{"token": INSURANCE["token"], "fields": [  # two answers to a radiobuttons question
        {"token": PROVIDER["token"],
         "options": [{"token": o["token"], "selected": True} for o in PROVIDER["options"]]}]}]},
    {"sections": [{"token": INSURANCE["token"], "fields": [{"token": POLICY["token"], "value": ""}]}]},  # empty value
    {"sections": [{"token": INSURANCE["token"], "fields": [{"token": POLICY["token"], "options": []}]}]},  # wrong kind
])
def test_custom_fields_must_answer_the_accounts_definition(api: Api, custom_fields: dict[str, Any]) -> None:
    response = api("POST", "/patients", json={"first_name": "A", "last_name": "B", "custom_fields": custom_fields})
    assert response.status_code == 422, response.text
    assert set(response.json()["errors"]) == {"custom_fields"}


def test_updates_are_validated_too(api: Api) -> None:
    patient = api.create()
    response = api("PATCH", f"/patients/{patient['id']}", json={"last_name": "", "email": "nope"})
    assert response.json() == {"message": "Validation Failed", "errors": {"last_name": BLANK, "email": "is invalid"}}
    assert api("GET", f"/patients/{patient['id']}").json()["last_name"] == "Example"


@pytest.mark.parametrize(("content", "status"), [
    (b"{not json", 400), (b"", 400), (b'{"first_name": NaN}', 400), (b"\xff\xfe", 400),
    (b'"\\ud800"', 400), (b"[1, 2]", 422), (b'"text"', 422), (b"[" * 100_000, 400),
])
def test_malformed_or_non_object_bodies(api: Api, content: bytes, status: int) -> None:
    response = api("POST", "/patients", content=content, headers={"Content-Type": "application/json"})
    assert response.status_code == status, response.text
    assert "message" in response.json()


def test_a_body_over_one_mebibyte_is_a_413(api: Api) -> None:
    response = api("POST", "/patients", json={"first_name": "A", "last_name": "B", "notes": "x" * (1024 * 1024)})
    assert response.status_code == 413
    assert response.json() == {"message": "Request body too large"}


# ---- archived, merged, deleted -----------------------------------------------


def test_archived_merged_and_deleted_patients_are_where_cliniko_puts_them(api: Api) -> None:
    archived = api("GET", "/patients/archived").json()["patients"]
    merged = [p for p in archived if p["merged_at"]]
    assert len(archived) == 2 and len(merged) == 1
    assert merged[0]["merged_with_patient"]["links"]["self"].startswith("http://testserver/v1/patients/")
    deleted = api("GET", "/patients/deleted").json()["patients"]
    assert len(deleted) == 1 and set(deleted[0]) == {"deleted_at", "links"}
    deleted_id = deleted[0]["links"]["self"].rsplit("/", 1)[1]

    active = api.ids("/patients")
    everyone = api.ids("/patients", **{"q[]": "archived_at:*"})
    assert not {p["id"] for p in archived} & set(active)
    assert set(everyone) == set(active) | {p["id"] for p in archived}
    assert deleted_id not in everyone
    # `*` means "any value, includes archived" on every DateTime field, not only archived_at.
    for field in ("created_at", "updated_at"):
        assert set(api.ids("/patients", **{"q[]": f"{field}:*"})) == set(everyone), field
    for patient in archived:
        assert api("GET", f"/patients/{patient['id']}").status_code == 404
        assert api("GET", f"/patients/{patient['id']}", params={"q[]": "archived_at:*"}).status_code == 200
    assert api("GET", f"/patients/{deleted_id}", params={"q[]": "archived_at:*"}).status_code == 404


@pytest.mark.parametrize("archive", [("POST", "/archive"), ("DELETE", "")])
def test_archive_and_unarchive(api: Api, archive: tuple[str, str]) -> None:
    patient_id = api.create()["id"]
    response = api(archive[0], f"/patients/{patient_id}{archive[1]}")
    assert response.status_code == 204 and response.content == b""
    assert api("GET", f"/patients/{patient_id}").status_code == 404
    assert patient_id in api.ids("/patients/archived")
    assert api("POST", f"/patients/{patient_id}/archive").status_code == 204  # harmless twice
    back = api("POST", f"/patients/{patient_id}/unarchive")
    assert back.status_code == 200 and back.json()["archived_at"] is None
    assert patient_id in api.ids("/patients")


# ---- pagination --------------------------------------------------------------


def test_pages_link_to_self_next_and_previous() -> None:
    with client_for(seed_patients=120) as client:
        api = Api(client)
        first = api("GET", "/patients", params={"q[]": "email:~example"}).json()
        assert first["total_entries"] == 121 and len(first["patients"]) == 50
        assert set(first["links"]) == {"self", "next"}
        assert first["links"]["self"] == "http://testserver/v1/patients?q%5B%5D=email%3A~example&page=1&per_page=50"
        second = client.get(first["links"]["next"], auth=(SANDBOX_KEY, ""), headers={"User-Agent": USER_AGENT}).json()
        assert set(second["links"]) == {"self", "next", "previous"}
        last = api("GET", "/patients", params={"q[]": "email:~example", "page": 3}).json()
        assert set(last["links"]) == {"self", "previous"} and len(last["patients"]) == 21
        everyone = [p["id"] for page in (first, second, last) for p in page["patients"]]
        assert len(set(everyone)) == 121
        past = api("GET", "/patients", params={"page": 2**31 - 1}).json()  # the spec's maximum
        assert past["patients"] == [] and past["total_entries"] == 121


@pytest.mark.parametrize("params", [{"per_page": 0}, {"per_page": 101}, {"per_page": "ten"}, {"per_page": " 5"}])
def test_per_page_out_of_range_is_a_400(api: Api, params: dict[str, Any]) -> None:
    response = api("GET", "/patients", params=params)
    assert response.status_code == 400 and "message" in response.json()


# ---- filters and sorting ----------------------------------------------------------


@pytest.fixture(scope="module")
def people() -> Iterator[tuple[Api, dict[str, str]]]:
    """A fresh account of five known patients (the other account: no synthetic ones)."""
    with client_for() as client:
        api = Api(client, OTHER_ACCOUNT_KEY)
        for starter in api.ids("/patients", **{"q[]": "archived_at:*"}):
            api("PATCH", f"/patients/{starter}", json={"first_name": "Starter"})
        made = {
            "brianna": api.create(first_name="Brianna", last_name="Robson", email="bri@example.com",
                                  date_of_birth="1990-05-26", accepted_privacy_policy=True, old_reference_id="A_1"),
            "sam": api.create(first_name="Sam", last_name="Jackson", email="", date_of_birth="1985-12-01",
                              accepted_privacy_policy=False, old_reference_id="A%1"),
            "kai": api.create(first_name="Kai", last_name="BRISON", date_of_birth=None, preferred_first_name="K"),
            "drew": api.create(first_name="Drew", last_name="Smith", date_of_birth="2001-05-03"),
        }
        sandbox = client.app.state.sandbox
        # Known creation times (the API sets them to "now"): one per year 2020..2023.
        for year, name in enumerate(made, start=2020):
            _, stored = sandbox.storage.get(2, int(made[name]["id"]))
            stored["created_at"] = stored["updated_at"] = f"{year}-06-01T12:00:00Z"
            sandbox.storage.save(2, stored)
        yield api, {name: patient["id"] for name, patient in made.items()}


@pytest.mark.parametrize(("query", "expected"), [
    ("first_name:=Sam", {"sam"}),
    ("first_name:!=Starter", {"brianna", "sam", "kai", "drew"}),
    ("last_name:~bRi", {"kai"}),
    ("last_name:~son", {"brianna", "sam", "kai"}),
    ("last_name:~~%son", {"brianna", "sam", "kai"}),
    ("last_name:~~R%son", {"brianna"}),
    ("old_reference_id:~~A_1", {"brianna"}),  # `_` is not a wildcard
    ("old_reference_id:=A%1", {"sam"}),
    ("email:?", {"brianna"}),
    ("preferred_first_name:?", {"kai"}),
    ("date_of_birth:=1990-05-26", {"brianna"}),
    ("date_of_birth:=****-05-**", {"brianna", "drew"}),
    ("date_of_birth:>=1990-01-01", {"brianna", "drew"}),
    ("date_of_birth:>1990-05-26", {"drew"}),
    ("date_of_birth:<1990-05-26", {"sam"}),
    ("date_of_birth:<=1990-05-26", {"brianna", "sam"}),
    ("date_of_birth:!?", {"kai"}),
    ("created_at:>=2021-06-01T12:00:00Z", {"sam", "kai", "drew"}),
    ("created_at:>2021-06-01T12:00:00Z", {"kai", "drew"}),
    ("created_at:>2021-06-01T11:59:59.5Z", {"sam", "kai", "drew"}),
    ("created_at:<2021-06-01T12:00:00.5Z", {"brianna", "sam"}),
    ("created_at:<=2020-06-01T12:00:00Z", {"brianna"}),
    ("updated_at:<2022-01-01T00:00:00Z", {"brianna", "sam"}),
    ("accepted_privacy_policy:=true", {"brianna"}),
    ("accepted_privacy_policy:!=true", {"sam", "kai", "drew"}),
    ("accepted_privacy_policy:=false", {"sam"}),
])
def test_each_filter_operator(people: tuple[Api, dict[str, str]], query: str, expected: set[str]) -> None:
    api, ids = people
    found = set(api.ids("/patients", **{"q[]": [query, "first_name:!=Starter"]}))
    assert found == {ids[name] for name in expected}


def test_integer_filters(people: tuple[Api, dict[str, str]]) -> None:
    api, ids = people
    ours = {"q[]": "first_name:!=Starter"}
    brianna, sam = ids["brianna"], ids["sam"]
    assert set(api.ids("/patients", **{"q[]": [f"id:={brianna},{sam}", "first_name:!=Starter"]})) == {brianna, sam}
    assert brianna not in api.ids("/patients", **{"q[]": [f"id:!={brianna}"]})
    lowest = min(ids.values(), key=int)
    above = api.ids("/patients", **{"q[]": [f"id:>{lowest}", "first_name:!=Starter"]})
    assert set(above) == set(ids.values()) - {lowest}
    assert api.ids("/patients", **{"q[]": [f"id:<={lowest}", "first_name:!=Starter"]}) == [lowest]
    assert api.ids("/patients", **{"q[]": ["id:>9999999999999999999"]}) == []
    with_id = api.ids("/patients", **{"q[]": ["id:?", "first_name:!=Starter"]})
    assert len(with_id) == len(api.ids("/patients", **ours)) == 4
    assert api.ids("/patients", **{"q[]": "id:!?"}) == []


def test_filters_may_be_fully_percent_encoded(people: tuple[Api, dict[str, str]]) -> None:
    api, ids = people
    response = api("GET", "/patients?q%5B%5D=first_name%3A%3DBrianna&q%5B%5D=last_name%3A~rob")
    assert [p["id"] for p in response.json()["patients"]] == [ids["brianna"]]


@pytest.mark.parametrize("query", [
    "phone:=1", "first_name", "first_name:>A", "created_at:=2020-01-01T00:00:00Z", "id:=one",
    "date_of_birth:=2020-1-1", "accepted_privacy_policy:=yes", "archived_at:=*", "first_name:=a\nb",
    "created_at:>2015-13-45T99:00:00Z", "updated_at:<2015-01-01T24:00:00Z", "date_of_birth:=2002-13-45",
    "date_of_birth:=****-00-**",
])
def test_filters_outside_the_grammar_are_a_400(people: tuple[Api, dict[str, str]], query: str) -> None:
    api, _ = people
    response = api("GET", "/patients", params={"q[]": query})
    assert response.status_code == 400 and "message" in response.json()


# A synthetic patient's name, in a filter value on every error path of the filter parser.
NAME = "Zephyrine Quillfeather"
FIRST, LAST = NAME.split()
LEAKY_FILTERS = [  # (path, query parameters, what the message must say: which rule the request broke)
    ("/patients", [("q[]", NAME)], "has no ':'"),
    ("/patients", [("q[]", f"middle_name:={FIRST}")], "This column is not searchable."),
    ("/patients/deleted", [("q[]", f"last_name:={LAST}")], "This column is not searchable."),
    ("/patients", [("q[]", f"first_name:like:{FIRST}")], "first_name is a String"),
    ("/patients", [("q[]", f"last_name:={LAST * 25}")], "last_name is a String"),  # over 255 characters
    ("/patients", [("q[]", f"first_name:={FIRST}\n{LAST}")], "first_name is a String"),  # a control character
    ("/patients", [("q[]", f"date_of_birth:={FIRST}")], "date_of_birth is a Date"),
    ("/patients", [("q[]", f"created_at:>{FIRST}")], "created_at is a DateTime"),
    ("/patients", [("q[]", f"id:={FIRST}")], "id is a Integer"),
    ("/patients", [("q[]", f"accepted_privacy_policy:={FIRST}")], "accepted_privacy_policy is a Boolean"),
    ("/patients", [("q[]", f"last_name:~{LAST}")] * 21, "at most 20 q[] filters"),
    ("/patients", [("q", f"first_name:={FIRST}"), ("q[]", f"last_name:={LAST}")], "q and q[] together"),
    ("/patients/1", [("q[]", f"first_name:={FIRST}")], "This column is not searchable."),
    ("/patients", [("sort", f"{FIRST}:desc")], "sort must be a comma list"),
    ("/patients", [("order", LAST)], "order must be asc or desc"),
]


@pytest.mark.parametrize(("path", "params", "rule"), LEAKY_FILTERS, ids=[case[2] for case in LEAKY_FILTERS])
def test_a_filter_error_names_the_rule_never_the_value(api: Api, path: str, params: list[tuple[str, str]],
                                                       rule: str) -> None:
    response = api("GET", path, params=params)
    assert response.status_code == 400, response.text
    message = response.json()["message"]
    assert rule in message
    assert FIRST.lower() not in response.text.lower() and LAST.lower() not in response.text.lower(), message


def test_the_spec_pattern_check_names_the_field_only() -> None:
    # Behind the grammar's own checks (they agree with the spec's pattern, tests/test_spec.py): a stricter
    # pattern still refuses, naming the field and not the value.
    from cliniko_client.sandbox.errors import ApiError
    from cliniko_client.sandbox.filters import FilterTable, parse_filters

    table = FilterTable(fields={"first_name": "String"}, operators={"String": ["="]}, pattern=re.compile("^$"),
                        max_items=None)
    with pytest.raises(ApiError) as info:
        parse_filters([f"first_name:={NAME}"], table)
    assert "the filter on first_name breaks the q[] pattern" in info.value.message
    assert FIRST not in info.value.message


def test_a_single_patient_takes_only_the_archived_filter(people: tuple[Api, dict[str, str]]) -> None:
    api, ids = people
    assert api("GET", f"/patients/{ids['sam']}", params={"q[]": "first_name:=Sam"}).status_code == 400


def test_sort_and_the_deprecated_order(people: tuple[Api, dict[str, str]]) -> None:
    api, ids = people
    ours = {"q[]": "first_name:!=Starter"}
    by_created = [ids[n] for n in ("brianna", "sam", "kai", "drew")]
    assert api.ids("/patients", **ours) == by_created
    assert api.ids("/patients", order="desc", **ours) == by_created[::-1]
    assert api.ids("/patients", sort="first_name", **ours) == [ids[n] for n in ("brianna", "drew", "kai", "sam")]
    by_last_name = [ids[n] for n in ("drew", "brianna", "sam", "kai")]  # Smith, Robson, Jackson, BRISON
    assert api.ids("/patients", sort="last_name:desc,created_at", **ours) == by_last_name
    for bad in ("phone", "first_name:up", "first_name;drop"):
        assert api("GET", "/patients", params={"sort": bad}).status_code == 400
    assert api("GET", "/patients", params={"order": "sideways"}).status_code == 400


# ---- rate limit and faults ------------------------------------------------------


def test_the_rate_limit_answers_429_with_reset_headers() -> None:
    with client_for(rate_limit=(3, 60)) as client:
        api = Api(client)
        assert [api("GET", "/settings/public").status_code for _ in range(3)] == [200] * 3
        limited = api("GET", "/patients")
        assert limited.status_code == 429
        assert limited.json() == {"message": "Too many requests"}
        reset = int(limited.headers["x-ratelimit-reset"])
        assert time.time() < reset <= time.time() + 61
        assert "retry-after" not in limited.headers  # not sent by the live API either
        # Per user: another account's key has its own window.
        assert api("GET", "/patients", key=OTHER_ACCOUNT_KEY).status_code == 200


def _fault_statuses(rate: float, count: int) -> list[int | str]:
    with client_for(faults=rate) as client:
        api = Api(client)
        seen: list[int | str] = []
        for _ in range(count):
            response = api("GET", "/settings/public")
            truncated = response.status_code == 200 and len(response.content) < int(response.headers["content-length"])
            seen.append("dropped" if truncated else response.status_code)
        return seen


def test_fault_injection_is_seeded_and_answers_only_with_faults() -> None:
    seen = _fault_statuses(0.3, 300)
    assert seen == _fault_statuses(0.3, 300)  # the same seed, the same faults
    faults = [s for s in seen if s != 200]
    assert set(faults) == {503, 429, "dropped"}
    assert 0.2 < len(faults) / len(seen) < 0.4
    assert set(_fault_statuses(1.0, 30)) <= {503, 429, "dropped"}


def test_settings_file_overrides_the_definition(tmp_path: Any) -> None:
    from cliniko_client.sandbox.accounts import default_accounts, load_settings

    path = tmp_path / "settings.json"
    path.write_text(json.dumps({"sections": []}))
    with TestClient(create_app(accounts=default_accounts(load_settings(path)))) as client:
        settings = Api(client)("GET", "/settings").json()
    assert settings["patient_custom_fields_definition"] == {"sections": []}


@pytest.mark.cliniko_sandbox(faults=1.0, seed=5)
def test_a_dropped_connection_over_real_http(cliniko_sandbox: Any) -> None:
    """Over uvicorn a "drop" really breaks the connection; a client sees a protocol error."""
    import httpx

    outcomes: set[str] = set()
    for _ in range(30):
        with httpx.Client(auth=(cliniko_sandbox.api_key, ""), headers={"User-Agent": USER_AGENT}) as client:
            try:
                outcomes.add(str(client.get(f"{cliniko_sandbox.base_url}/settings/public").status_code))
            except httpx.RemoteProtocolError:
                outcomes.add("dropped")
    assert outcomes == {"503", "429", "dropped"}
