from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.treatment_note_question_type import TreatmentNoteQuestionType, check_treatment_note_question_type
from ..redaction import redacted_repr
from ..types import UNSET, Unset

T = TypeVar("T", bound="TreatmentNoteQuestion")
# object.__new__ looked up once: cls.__new__ searched the class's bases on every call.
_new_instance = object.__new__

# The properties this model knows, in the order of the class; anything else the server sends
# is kept in additional_properties.
_PROPERTIES = (
    "name",
    "type",
    "answer",
    "answers",
    "other",
)
_PROPERTY_NAMES = frozenset(_PROPERTIES)
# The name of the last lone unknown property seen (from_dict tries it first).
_LAST_UNKNOWN: list[str] = [""]


@_attrs_define
class TreatmentNoteQuestion:
    """One question of a note and its answer."""

    name: str
    """ The question, as the template asks it. """
    type_: TreatmentNoteQuestionType
    """ A question's kind: one line of `text`, a `paragraph` (basic HTML: `div` and `br`), a `date` (`YYYY-MM-DD`),
    `checkboxes` (any number of choices) or `radiobuttons` (at most one). """
    answer: str | Unset = UNSET
    """ The answer to a text, paragraph or date question; not empty (leave it out instead). """
    answers: list[TreatmentNoteAnswer] | Unset = UNSET
    """ The choices of a checkboxes or radiobuttons question, the chosen ones `selected`. """
    other: TreatmentNoteQuestionOther | Unset = UNSET
    """ The question's free "other" answer (checkboxes and radiobuttons). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return redacted_repr(self)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        type_: str = self.type_

        answer = self.answer

        answers: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.answers, Unset):
            answers = []
            for answers_item_data in self.answers:
                answers_item = answers_item_data.to_dict()
                answers.append(answers_item)

        other: dict[str, Any] | Unset = UNSET
        if not isinstance(self.other, Unset):
            other = self.other.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "type": type_,
            }
        )
        if answer is not UNSET:
            field_dict["answer"] = answer
        if answers is not UNSET:
            field_dict["answers"] = answers
        if other is not UNSET:
            field_dict["other"] = other

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        name = d["name"]
        if type(name) is not str:
            raise TypeError("name: unexpected " + type(name).__name__)

        raw_type_ = d["type"]
        if not isinstance(raw_type_, str):
            raise TypeError("type: unexpected " + type(raw_type_).__name__)
        try:
            type_ = check_treatment_note_question_type(raw_type_)
        except TypeError:
            raise TypeError("type: unexpected value (not shown: personal)") from None

        answer = d.get("answer", UNSET)
        if type(answer) is not str and answer is not UNSET:
            raise TypeError("answer: unexpected " + type(answer).__name__)

        _answers = d.get("answers", UNSET)
        answers: list[TreatmentNoteAnswer] | Unset = UNSET
        if _answers is not UNSET:
            answers = [TreatmentNoteAnswer.from_dict(item) for item in _answers]

        _other = d.get("other", UNSET)
        other: TreatmentNoteQuestionOther | Unset
        if _other is UNSET:
            other = UNSET
        else:
            other = TreatmentNoteQuestionOther.from_dict(_other)

        # Built without calling __init__ (the models have no validators or converters):
        # keyword arguments to an attrs __init__ took a third of the time of a whole patient.
        treatment_note_question = _new_instance(cls)
        treatment_note_question.name = name
        treatment_note_question.type_ = type_
        treatment_note_question.answer = answer
        treatment_note_question.answers = answers
        treatment_note_question.other = other

        # Unknown properties, in the order they came. Counting the known keys present shows
        # whether there are any, without a loop (a required key missing raised KeyError above; an
        # optional one is UNSET exactly when absent). A new property the API adds comes in every
        # object: the last single unknown name is tried first, then one set difference.
        unknown_count = len(d) - (2 + (answer is not UNSET) + (answers is not UNSET) + (other is not UNSET))
        if not unknown_count:
            unknown: dict[str, Any] = {}
        elif unknown_count == 1 and (unknown_name := _LAST_UNKNOWN[0]) in d and unknown_name not in _PROPERTY_NAMES:
            unknown = {unknown_name: d[unknown_name]}
        else:
            names = d.keys() - _PROPERTY_NAMES
            unknown = {k: v for k, v in d.items() if k in names}
            if unknown_count == 1:
                _LAST_UNKNOWN[0] = next(iter(names))
        treatment_note_question.additional_properties = unknown
        return treatment_note_question

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


# At the bottom, not the top: models may refer to each other (import cycles).
from ..models.treatment_note_answer import TreatmentNoteAnswer  # noqa: E402
from ..models.treatment_note_question_other import TreatmentNoteQuestionOther  # noqa: E402
