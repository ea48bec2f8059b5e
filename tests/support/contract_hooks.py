"""schemathesis CLI hooks for scripts/contract_test.py (loaded via SCHEMATHESIS_HOOKS).

The same realistic data as the pytest runs (realistic_data.py), for whichever
server the contract test targets: the custom fields definition and a few
ids of each resource of the spec are read from that server's own account at start-up, using the
key from CLINIKO_API_KEY. If they cannot be read (wrong key, server down), no
data hooks are registered and the run reports the real problem itself.
"""

from __future__ import annotations

import os
from pathlib import Path

import httpx
import schemathesis
import yaml

from tests.support.realistic_data import (
    parents_of,
    register_realistic_values,
    resources_of,
    use_definition,
    use_existing_ids,
    use_integer_ids,
)

BUNDLE = yaml.safe_load((Path(__file__).resolve().parents[2] / "generated" / "openapi.yaml").read_text("utf-8"))

register_realistic_values()
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
            listed = {name: client.get(f"{url}/{name}", params={"per_page": 5}).raise_for_status().json()
                      for name in resources_of(BUNDLE)}
    except (httpx.HTTPError, ValueError):
        return
    use_definition(schemathesis, settings.get("patient_custom_fields_definition"))
    ids = {name: [str(record["id"]) for record in page.get(name, []) if "id" in record]
           for name, page in listed.items()}
    if any(ids.values()):
        use_existing_ids(schemathesis, ids, parents_of(BUNDLE))


_register_account_data()
