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
