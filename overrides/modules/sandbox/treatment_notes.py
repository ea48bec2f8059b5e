"""A treatment note's content, checked as Cliniko checks it: what the spec cannot say.

The spec's `TreatmentNoteContent` gives the tree's shape. Two kinds of rule need more:
the 2015-2020 documentation's rules that tie keys to a question's type (`answer` for
text, paragraph and date questions, a date as `YYYY-MM-DD`; `answers` and `other` for
checkboxes and radiobuttons; at most one radio answer selected, none when `other` is;
`other.selected` only when enabled, `other.value` only when selected), and the note's
template: the same sections and questions, in order, with the same names and types, and
a choice question's answers the template's choices.

`content_error(content, template_content)` is the first broken rule as (JSON pointer
below the body, what to do), or None. The message names the rule, never the text: a
note's content is clinical (`x-pii: clinical`) and 422 bodies end up in logs.

`TreatmentNoteRules` is the treatment notes' rules module (app.RULES_MODULES): on create
and update it reads the template the body names (or the note's own), calls
`content_error` and answers 422 `{"errors": {pointer: message}}`. `seed_treatment_notes`
gives each account a template and a note answering it with synthetic text.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any

from .errors import validation_failed
from .records import Records

if TYPE_CHECKING:
    from .accounts import Account
    from .app import Sandbox

ANSWER_TYPES = ("text", "paragraph", "date")
CHOICE_TYPES = ("checkboxes", "radiobuttons")


def content_error(content: Any, template: Any) -> tuple[str, str] | None:
    """The first rule `content` breaks, as (pointer, message), or None."""
    if content is None:
        return None
    sections = content.get("sections", [])
    expected = (template or {}).get("sections", [])
    if len(sections) != len(expected):
        return "content/sections", f"must have the template's {len(expected)} sections"
    for s, (section, model) in enumerate(zip(sections, expected, strict=True)):
        here = f"content/sections/{s}"
        if section.get("name") != model.get("name"):
            return f"{here}/name", "must be the template's section name"
        questions, asked = section.get("questions", []), model.get("questions", [])
        if len(questions) != len(asked):
            return f"{here}/questions", f"must have the template's {len(asked)} questions"
        for q, (question, ask) in enumerate(zip(questions, asked, strict=True)):
            if error := question_error(question, ask, f"{here}/questions/{q}"):
                return error
    return None


def question_error(question: dict[str, Any], ask: dict[str, Any], here: str) -> tuple[str, str] | None:
    """The first rule one answered question breaks (its template question is `ask`)."""
    kind = question.get("type")
    for key in ("name", "type"):
        if question.get(key) != ask.get(key):
            return f"{here}/{key}", f"must be the template question's {key}"
    if kind not in ANSWER_TYPES and "answer" in question:
        return f"{here}/answer", "only text, paragraph and date questions take an answer"
    if kind not in CHOICE_TYPES:
        for key in ("answers", "other"):
            if key in question:
                return f"{here}/{key}", "only checkboxes and radiobuttons questions take answers and other"
    if kind == "date" and "answer" in question and not _is_date(question["answer"]):
        return f"{here}/answer", "must be a date, YYYY-MM-DD"
    if kind in CHOICE_TYPES:
        return _choice_error(question, ask, here)
    return None


def _choice_error(question: dict[str, Any], ask: dict[str, Any], here: str) -> tuple[str, str] | None:
    answers = question.get("answers", [])
    if [a.get("value") for a in answers] != [a.get("value") for a in ask.get("answers", [])]:
        return f"{here}/answers", "must be the template question's choices, in order"
    for a, answer in enumerate(answers):
        if "selected" in answer and answer["selected"] is not True:
            return f"{here}/answers/{a}/selected", "only true; leave it out for an answer not chosen"
    other = question.get("other", {})
    if other.get("selected") and not other.get("enabled"):
        return f"{here}/other/selected", "only when other is enabled"
    if "value" in other and not other.get("selected"):
        return f"{here}/other/value", "only when other is selected"
    chosen = sum(1 for answer in answers if answer.get("selected")) + (1 if other.get("selected") else 0)
    if question["type"] == "radiobuttons" and chosen > 1:
        return f"{here}/answers", "a radiobuttons question has at most one answer selected, none when other is"
    return None


def _is_date(text: Any) -> bool:
    try:
        return isinstance(text, str) and len(text) == 10 and date.fromisoformat(text) is not None
    except ValueError:
        return False


class TreatmentNoteRules(Records):
    """A treatment note: records.py's rules, its content checked against its template."""

    def apply(self, record: dict[str, Any], body: dict[str, Any], account: Account) -> None:
        template_id = body.get("treatment_note_template_id") or record.get("treatment_note_template_id")
        if "content" in body or "treatment_note_template_id" in body:
            content = body["content"] if "content" in body else record.get("content")
            found = self.sandbox.collections["treatment_note_templates"].storage.get(account.id, int(template_id)) \
                if template_id is not None else None
            # Runs inside the write's transaction: a refusal leaves the note as it was.
            if found is not None and (error := content_error(content, found[1].get("content"))):
                raise validation_failed({error[0]: error[1]})
        super().apply(record, body, account)


def answered(template: dict[str, Any]) -> dict[str, Any]:
    """The template's content with every question answered, in synthetic words."""
    sections = []
    for section in template.get("sections", []):
        questions = []
        for ask in section.get("questions", []):
            question = {"name": ask["name"], "type": ask["type"]}
            if ask["type"] in ANSWER_TYPES:
                question["answer"] = "2025-01-01" if ask["type"] == "date" else "Synthetic example answer."
            else:
                choices = [{"value": choice["value"]} for choice in ask.get("answers", [])]
                if choices:
                    choices[0]["selected"] = True
                question["answers"] = choices
            questions.append(question)
        sections.append({"name": section["name"], "questions": questions})
    return {"sections": sections}


def seed_treatment_notes(sandbox: Sandbox, account: Account, patient: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """A template (its model's example) and a note of the patient answering it, made through
    the create rules; {resource: the record}, as seed_schedule answers."""
    templates = sandbox.collections["treatment_note_templates"]
    example = sandbox.rules["treatment_note_templates"].example()
    if example is None:
        return {}
    template = sandbox.insert_record(templates, account, example)
    create = sandbox.collections["treatment_notes"].endpoint("create")
    assert create is not None
    note = sandbox.add_record(sandbox.collections["treatment_notes"], account, {
        "draft": False, "patient_id": str(patient["id"]), "treatment_note_template_id": str(template["id"]),
        "content": answered(template.get("content") or {})}, create.operation_id)
    return {"treatment_note_templates": template, "treatment_notes": note}
