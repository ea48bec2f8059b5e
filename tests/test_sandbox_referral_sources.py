"""A patient's own referral source in the sandbox (overrides/modules/sandbox/referral_sources.py,
issue 22): read and written at /patients/{id}/referral_source (2020 docs), listed by
GET /referral_sources, its referrer a patient or contact of the account."""

from __future__ import annotations

from spec_schemas import load_bundle

from tests.conftest import OTHER_ACCOUNT_KEY
from tests.test_sandbox import Api, client_for

SPEC = load_bundle()
SOURCE = SPEC.response_schema("getPatientReferralSource", "200")


def test_a_patients_referral_source_is_made_by_the_first_write_and_shown_at_its_url() -> None:
    with client_for() as client:
        api = Api(client)
        patient = api.create()
        url = f"/patients/{patient['id']}/referral_source"
        assert api("GET", url).status_code == 404  # none yet (2020 docs)
        doctor = api("POST", "/contacts", json={"first_name": "Ada", "last_name": "Example", "type_code": 1}).json()
        made = api("PUT", url, json={"referral_source_type_id": "2", "referrer_id": doctor["id"], "notes": "n"})
        assert made.status_code == 200, made.text
        shown = made.json()
        assert SPEC.errors_for(shown, SOURCE) == []
        assert shown["links"]["self"].endswith(f"/v1{url}") and shown["referrer_type"] == "Contact"
        assert shown["referrer"]["links"]["self"].endswith(f"/v1/contacts/{doctor['id']}")
        # PATCH changes only what it sends; a patient referrer is a "Patient".
        friend = api.create()
        patched = api("PATCH", url, json={"referrer_id": friend["id"]}).json()
        assert (patched["notes"], patched["referrer_type"], patched["id"]) == ("n", "Patient", shown["id"])
        assert api("GET", url).json() == patched
        listed = api("GET", "/referral_sources", params={"q[]": f"id:={shown['id']}"}).json()["referral_sources"]
        assert listed == [patched]


def test_a_referrer_must_be_of_the_account_and_a_patient_must_exist() -> None:
    with client_for() as client:
        api = Api(client)
        patient = api.create()
        url = f"/patients/{patient['id']}/referral_source"
        stranger = api("GET", "/patients", key=OTHER_ACCOUNT_KEY).json()
        other_patient = stranger["patients"][0]["id"]
        for referrer in ("1", other_patient):
            refused = api("PUT", url, json={"referrer_id": referrer})
            assert (refused.status_code, list(refused.json()["errors"])) == (422, ["referrer_id"]), refused.text
        assert api("GET", url).status_code == 404  # a refused write makes nothing
        assert api("PUT", "/patients/1/referral_source", json={"notes": "x"}).status_code == 404
