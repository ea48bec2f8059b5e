"""schemathesis hooks for the plain CLI at the repository root, loaded by ./schemathesis.toml:

    schemathesis run generated/openapi.yaml --url http://127.0.0.1:PORT/v1 -a KEY: -H 'User-Agent: ...'

They supply what JSON Schema cannot say (each also declared for the pytest suites):
- whole-number float ids in positive bodies are written as integers (realistic_data.integer_ids:
  the spec's `Id` refuses `60.0`, which JSON Schema counts as an integer);
- the spec's custom format `iana-time-zone` draws real zone names (realistic_data);
- positive bodies answer `custom_fields` with the tokens of that account's definition,
  read once per server from GET /settings/public with the run's own URL, key and
  headers. If it cannot be read, bodies stay as generated and the server's 422s say why;
- a positive body's parent property (`patient_id` of a medical alert) names one of the
  account's records (realistic_data.with_existing_parent), read once per server from the
  parent's list.
The pytest suites do not read schemathesis.toml (they pass their own configuration)
and register the same data through realistic_data.
"""

from __future__ import annotations

from typing import Any

import httpx
import schemathesis
from cliniko_client.sandbox.seeding import example_answers
from hypothesis import strategies as st

from tests.support.realistic_data import (
    Parents,
    _positive_body_with_custom_fields,
    custom_fields_answers,
    integer_ids,
    parents_of,
    register_realistic_values,
    with_existing_parent,
)

register_realistic_values()

_ANSWERS: dict[str, tuple[st.SearchStrategy[Any], Any] | None] = {}


def _answers_for(case: Any) -> tuple[st.SearchStrategy[Any], Any] | None:
    """(strategy, fixed answer) for the account behind the run's URL and key; None if unreadable."""
    operation = case.operation
    schema = operation.schema
    base_url = schema.get_base_url()
    if base_url not in _ANSWERS:
        headers = {**schema.config.headers_for(operation=operation), "Accept": "application/json"}
        try:
            with httpx.Client(auth=schema.config.auth_for(operation=operation), headers=headers, timeout=30) as client:
                definition = client.get(f"{base_url}/settings/public").raise_for_status().json()
            definition = definition.get("patient_custom_fields_definition")
            _ANSWERS[base_url] = (custom_fields_answers(definition), example_answers(definition))
        except (httpx.HTTPError, ValueError, AttributeError):
            _ANSWERS[base_url] = None
    return _ANSWERS[base_url]


_PARENT_IDS: dict[str, dict[str, list[str]]] = {}


def _parent_ids(case: Any, parents: Parents) -> dict[str, list[str]]:
    """{parent resource: ids of its records} of the account behind the run's URL and key."""
    operation = case.operation
    schema = operation.schema
    base_url = schema.get_base_url()
    if base_url not in _PARENT_IDS:
        headers = {**schema.config.headers_for(operation=operation), "Accept": "application/json"}
        found: dict[str, list[str]] = {}
        try:
            with httpx.Client(auth=schema.config.auth_for(operation=operation), headers=headers, timeout=30) as client:
                for parent in {p for named in parents.values() for p, _ in named}:
                    page = client.get(f"{base_url}/{parent}", params={"per_page": 100}).raise_for_status().json()
                    found[parent] = [str(record["id"]) for record in page.get(parent, [])]
        except (httpx.HTTPError, ValueError, AttributeError):
            pass  # bodies stay as generated, and the server's 422s say why
        _PARENT_IDS[base_url] = found
    return _PARENT_IDS[base_url]


@schemathesis.hook
def map_case(context: Any, case: Any) -> Any:
    case = integer_ids(case)
    parents = parents_of(case.operation.schema.raw_schema)
    if parents:
        case = with_existing_parent(case, parents, _parent_ids(case, parents))
    # The coverage phase builds cases without Hypothesis and only runs map_case.
    if _positive_body_with_custom_fields(case) and case.body["custom_fields"] is not None:
        found = _answers_for(case)
        if found is not None:
            case.body = {**case.body, "custom_fields": found[1]}
    return case


@schemathesis.hook
def flatmap_case(context: Any, case: Any) -> st.SearchStrategy[Any]:
    found = _answers_for(case) if _positive_body_with_custom_fields(case) else None
    if found is None:
        return st.just(case)
    body = case.body

    def answered(value: Any) -> Any:
        case.body = {**body, "custom_fields": value}
        return case

    return found[0].map(answered)
