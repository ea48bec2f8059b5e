"""The contacts' rules module (overrides/modules/sandbox/contacts.py, issue 22) on its own:
a blank contact and how a contact is shown, checked against the spec's Contact."""

from __future__ import annotations

import pytest
from cliniko_client.sandbox.contacts import ContactRules, type_names
from cliniko_client.sandbox.spec import bundled_spec
from cliniko_client.sandbox.validation import BodyRules

SPEC = bundled_spec()
CONTACT = SPEC.response_schema("getContact", "200")


@pytest.fixture(scope="module")
def rules() -> ContactRules:
    return ContactRules(SPEC, SPEC.resources()["contacts"], BodyRules(SPEC), "updateContact")


def shown(rules: ContactRules, **body: object) -> dict[str, object]:
    record = rules.blank(None)  # type: ignore[arg-type]  # contacts' blanks depend on no account
    record.update(id=1205389620758513001, created_at="2024-02-01T09:30:00Z", updated_at="2024-02-01T09:30:00Z")
    rules.apply(record, dict(body), None)  # type: ignore[arg-type]
    return rules.render(record, "http://127.0.0.1:8000/v1")


def test_type_names_are_the_specs_meanings_of_type_code() -> None:
    # 2016-2020 docs: type Doctor with type_code 1, Standard with 0; Cliniko's document: 3rd Party Payer.
    assert type_names(SPEC) == {0: "Standard", 1: "Doctor", 2: "3rd Party Payer"}


def test_a_contact_made_with_nothing_set_is_a_standard_one_and_valid(rules: ContactRules) -> None:
    # 2018-2020 docs' create answer: type Standard, type_code 0, phone_numbers [].
    contact = shown(rules)
    assert (contact["type"], contact["type_code"], contact["phone_numbers"]) == ("Standard", 0, [])
    assert contact["country_code"] is None and contact["doctor_type"] is None
    assert SPEC.errors_for(contact, CONTACT) == []


@pytest.mark.parametrize("code, name", [(0, "Standard"), (1, "Doctor"), (2, "3rd Party Payer"), (None, None)])
def test_a_contact_shows_the_name_of_its_type_code(rules: ContactRules, code: int | None, name: str | None) -> None:
    contact = shown(rules, first_name="Ada", last_name="Example", type_code=code,
                    phone_numbers=[{"number": "03 5550 1234", "phone_type": "Work"}], country_code="AU")
    assert (contact["type_code"], contact["type"]) == (code, name)
    assert SPEC.errors_for(contact, CONTACT) == []
