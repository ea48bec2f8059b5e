"""The patient cases' rules module (overrides/modules/sandbox/patient_cases.py, issue 22) on
its own: `closed` (2021 docs) kept as `closed_at` (Cliniko's document), checked against the spec."""

from __future__ import annotations

from typing import Any

import pytest
from cliniko_client.sandbox.patient_cases import PatientCaseRules
from cliniko_client.sandbox.spec import bundled_spec
from cliniko_client.sandbox.validation import BodyRules

SPEC = bundled_spec()
CASE = SPEC.response_schema("getPatientCase", "200")


@pytest.fixture(scope="module")
def rules() -> PatientCaseRules:
    return PatientCaseRules(SPEC, SPEC.resources()["patient_cases"], BodyRules(SPEC), "updatePatientCase")


def made(rules: PatientCaseRules, **body: Any) -> dict[str, Any]:
    record = rules.blank(None)  # type: ignore[arg-type]  # a case's blanks depend on no account
    record.update(id=1205389620758516001, created_at="2024-02-01T09:30:00Z", updated_at="2024-02-01T09:30:00Z")
    rules.apply(record, {"name": "Left knee", "patient_id": "836447129235883061", **body}, None)  # type: ignore[arg-type]
    return record


def test_a_new_case_is_open_and_shown_as_the_spec_says(rules: PatientCaseRules) -> None:
    shown = rules.render(made(rules), "http://127.0.0.1:8000/v1")
    assert (shown["closed"], shown["closed_at"], shown["attendee_ids"]) == (False, None, [])
    assert "patient_attachment_ids" not in shown and "patient_id" not in shown
    assert SPEC.errors_for(shown, CASE) == []


def test_closed_closes_and_reopens_through_closed_at(rules: PatientCaseRules) -> None:
    # 2021 docs: closed (boolean); Cliniko's document: closed deprecated for closed_at.
    record = made(rules, closed=True)
    closed_at = record["closed_at"]
    assert closed_at and "closed" not in record
    rules.apply(record, {"closed": True}, None)  # type: ignore[arg-type]
    assert record["closed_at"] == closed_at  # closing a closed case keeps its time
    shown = rules.render(record, "http://127.0.0.1:8000/v1")
    assert shown["closed"] is True and SPEC.errors_for(shown, CASE) == []
    rules.apply(record, {"closed": False}, None)  # type: ignore[arg-type]
    assert record["closed_at"] is None and rules.render(record, "http://x/v1")["closed"] is False
