"""schemathesis CLI hooks for scripts/contract_test.py (loaded via SCHEMATHESIS_HOOKS).

The same realistic data as the pytest runs (realistic_data.py), for whichever
server the contract test targets: the custom fields definition and a few
patient ids are read from that server's own account at start-up, using the
key from CLINIKO_API_KEY. If they cannot be read (wrong key, server down), no
data hooks are registered and the run reports the real problem itself.
"""

from __future__ import annotations

import os

import httpx
import schemathesis

from tests.support.realistic_data import register_formats, use_definition, use_integer_ids, use_patient_ids

register_formats()
use_integer_ids(schemathesis)


def _register_account_data() -> None:
    url, key = os.environ.get("CONTRACT_URL"), os.environ.get("CLINIKO_API_KEY")
    agent = os.environ.get("CONTRACT_USER_AGENT", "cliniko-openapi-contract (maintainers@example.org)")
    if not url or not key:
        return
    try:
        with httpx.Client(auth=(key, ""), headers={"User-Agent": agent, "Accept": "application/json"},
                          timeout=30) as client:
            settings = client.get(f"{url}/settings/public").raise_for_status().json()
            patients = client.get(f"{url}/patients", params={"per_page": 5}).raise_for_status().json()
    except (httpx.HTTPError, ValueError):
        return
    use_definition(schemathesis, settings.get("patient_custom_fields_definition"))
    ids = [str(patient["id"]) for patient in patients.get("patients", []) if "id" in patient]
    if ids:
        use_patient_ids(schemathesis, ids)


_register_account_data()
