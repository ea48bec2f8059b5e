"""A treatment note's content against its template (issue 22): the first broken rule, by JSON pointer."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest
from cliniko_client.sandbox.treatment_notes import content_error

FIXTURES = Path(__file__).resolve().parent / "fixtures"
# The 2015-2020 docs' template and a note answering it (the docs' own note, with its template's choices).
TEMPLATE = json.loads((FIXTURES / "getTreatmentNoteTemplate" / "response-200-seed.json").read_text())["content"]
NOTE = json.loads((FIXTURES / "getTreatmentNote" / "response-200-seed.json").read_text())["content"]
SECRET = "Synthetic clinical words"


def edited(edit: Any) -> dict[str, Any]:
    content = copy.deepcopy(NOTE)
    edit(content)
    return content


def q(content: dict[str, Any], s: int, i: int) -> dict[str, Any]:
    question: dict[str, Any] = content["sections"][s]["questions"][i]
    return question


def test_the_docs_note_answers_the_docs_template() -> None:
    assert content_error(NOTE, TEMPLATE) is None
    assert content_error(None, TEMPLATE) is None


@pytest.mark.parametrize(("edit", "pointer"), [
    (lambda c: c["sections"].pop(), "content/sections"),
    (lambda c: c["sections"][1].update(name=SECRET), "content/sections/1/name"),
    (lambda c: c["sections"][0]["questions"].pop(), "content/sections/0/questions"),
    (lambda c: q(c, 0, 1).update(name=SECRET), "content/sections/0/questions/1/name"),
    (lambda c: q(c, 0, 1).update(type="date"), "content/sections/0/questions/1/type"),
    (lambda c: q(c, 1, 0).update(answer=SECRET), "content/sections/1/questions/0/answer"),
    (lambda c: q(c, 0, 0).update(answers=[{"value": "x"}]), "content/sections/0/questions/0/answers"),
    (lambda c: q(c, 1, 0)["answers"][0].update(value=SECRET), "content/sections/1/questions/0/answers"),
    (lambda c: q(c, 1, 0)["answers"][0].update(selected=True), "content/sections/1/questions/0/answers"),
    (lambda c: q(c, 1, 1)["answers"][2].update(selected=False), "content/sections/1/questions/1/answers/2/selected"),
    (lambda c: q(c, 1, 1).update(other={"selected": True}), "content/sections/1/questions/1/other/selected"),
    (lambda c: q(c, 1, 1).update(other={"enabled": True, "value": SECRET}),
     "content/sections/1/questions/1/other/value"),
    (lambda c: q(c, 1, 0).update(other={"enabled": True, "selected": True}), "content/sections/1/questions/0/answers"),
], ids=["a section less", "section name", "a question less", "question name", "question type",
        "answer on radiobuttons", "answers on paragraph", "other choices", "two radios", "selected false",
        "other not enabled", "other value unselected", "radio and other"])
def test_the_first_broken_rule_is_named_by_its_pointer_and_not_its_text(edit: Any, pointer: str) -> None:
    error = content_error(edited(edit), TEMPLATE)
    assert error is not None and error[0] == pointer
    assert SECRET not in error[1]


def test_a_date_answer_is_a_real_date() -> None:
    template = {"sections": [{"questions": [{"name": "Onset", "type": "date"}]}]}
    note = {"sections": [{"questions": [{"name": "Onset", "type": "date", "answer": "2024-02-30"}]}]}
    assert content_error(note, template) == ("content/sections/0/questions/0/answer", "must be a date, YYYY-MM-DD")
    note["sections"][0]["questions"][0]["answer"] = "2024-02-29"
    assert content_error(note, template) is None


def test_the_server_checks_a_note_against_its_template_and_keeps_it_on_refusal() -> None:
    from tests.test_sandbox import Api, client_for

    with client_for() as client:
        api = Api(client)
        seeded = api("GET", "/treatment_notes").json()["treatment_notes"][0]  # seeded: answers its template
        template_id = seeded["treatment_note_template"]["links"]["self"].rsplit("/", 1)[1]
        template = api("GET", f"/treatment_note_templates/{template_id}").json()["content"]
        patient_id = seeded["patient"]["links"]["self"].rsplit("/", 1)[1]
        secret = "Synthetic secret words"
        wrong = {"sections": [{"name": "Elsewhere", "questions": [{"name": "Q", "type": "text", "answer": secret}]}]}
        body = {"patient_id": patient_id, "treatment_note_template_id": template_id, "content": wrong}
        refused = api("POST", "/treatment_notes", json=body)
        assert refused.status_code == 422 and secret not in refused.text, refused.text
        assert list(refused.json()["errors"]) == ["content/sections/0/name"]
        made = api("POST", "/treatment_notes", json={**body, "content": seeded["content"]})
        assert made.status_code == 201, made.text
        moved = api("PATCH", f"/treatment_notes/{made.json()['id']}", json={"content": wrong})
        assert moved.status_code == 422 and secret not in moved.text
        assert api("GET", f"/treatment_notes/{made.json()['id']}").json()["content"] == seeded["content"]
        assert len(seeded["content"]["sections"]) == len(template["sections"])
