from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..redaction import redacted_repr
from ..types import UNSET, Unset

T = TypeVar("T", bound="TreatmentNoteSection")
# object.__new__ looked up once: cls.__new__ searched the class's bases on every call.
_new_instance = object.__new__

# The properties this model knows, in the order of the class; anything else the server sends
# is kept in additional_properties.
_PROPERTIES = (
    "name",
    "description",
    "questions",
)
_PROPERTY_NAMES = frozenset(_PROPERTIES)
# The name of the last lone unknown property seen (from_dict tries it first).
_LAST_UNKNOWN: list[str] = [""]


@_attrs_define
class TreatmentNoteSection:
    """One section of a note, with its questions answered."""

    name: str | Unset = UNSET
    """ The section's name, if it has one. """
    description: str | Unset = UNSET
    """ The section's description, if it has one. """
    questions: list[TreatmentNoteQuestion] | Unset = UNSET
    """ The section's questions; leave it out rather than send an empty array. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return redacted_repr(self)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        description = self.description

        questions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.questions, Unset):
            questions = []
            for questions_item_data in self.questions:
                questions_item = questions_item_data.to_dict()
                questions.append(questions_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if questions is not UNSET:
            field_dict["questions"] = questions

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        name = d.get("name", UNSET)
        if type(name) is not str and name is not UNSET:
            raise TypeError("name: unexpected " + type(name).__name__)

        description = d.get("description", UNSET)
        if type(description) is not str and description is not UNSET:
            raise TypeError("description: unexpected " + type(description).__name__)

        _questions = d.get("questions", UNSET)
        questions: list[TreatmentNoteQuestion] | Unset = UNSET
        if _questions is not UNSET:
            questions = [TreatmentNoteQuestion.from_dict(item) for item in _questions]

        # Built without calling __init__ (the models have no validators or converters):
        # keyword arguments to an attrs __init__ took a third of the time of a whole patient.
        treatment_note_section = _new_instance(cls)
        treatment_note_section.name = name
        treatment_note_section.description = description
        treatment_note_section.questions = questions

        # Unknown properties, in the order they came. Counting the known keys present shows
        # whether there are any, without a loop (a required key missing raised KeyError above; an
        # optional one is UNSET exactly when absent). A new property the API adds comes in every
        # object: the last single unknown name is tried first, then one set difference.
        unknown_count = len(d) - (0 + (name is not UNSET) + (description is not UNSET) + (questions is not UNSET))
        if not unknown_count:
            unknown: dict[str, Any] = {}
        elif unknown_count == 1 and (unknown_name := _LAST_UNKNOWN[0]) in d and unknown_name not in _PROPERTY_NAMES:
            unknown = {unknown_name: d[unknown_name]}
        else:
            names = d.keys() - _PROPERTY_NAMES
            unknown = {k: v for k, v in d.items() if k in names}
            if unknown_count == 1:
                _LAST_UNKNOWN[0] = next(iter(names))
        treatment_note_section.additional_properties = unknown
        return treatment_note_section

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
from ..models.treatment_note_question import TreatmentNoteQuestion  # noqa: E402
