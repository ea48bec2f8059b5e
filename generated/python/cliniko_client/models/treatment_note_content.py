from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..redaction import redacted_repr
from ..types import UNSET, Unset

T = TypeVar("T", bound="TreatmentNoteContent")
# object.__new__ looked up once: cls.__new__ searched the class's bases on every call.
_new_instance = object.__new__

# The properties this model knows, in the order of the class; anything else the server sends
# is kept in additional_properties.
_PROPERTIES = ("sections",)
_PROPERTY_NAMES = frozenset(_PROPERTIES)
# The name of the last lone unknown property seen (from_dict tries it first).
_LAST_UNKNOWN: list[str] = [""]


@_attrs_define
class TreatmentNoteContent:
    """A note's answers: the sections and questions of its template, answered
    (2015-2020 documentation, "Treatment Note Content Schema"). An empty
    `sections` or `questions` array is not valid: leave it out (no sections:
    `content: null`). `answer` belongs to text, paragraph and date questions
    (a date as `YYYY-MM-DD`), `answers` and `other` to checkboxes and
    radiobuttons; a radiobuttons question has at most one selected answer,
    none when `other` is selected. The sandbox also checks that the sections
    and questions are its template's, in order (422 naming the JSON pointer).

    """

    sections: list[TreatmentNoteSection] | Unset = UNSET
    """ The sections; leave `content` `null` rather than send an empty array. """

    def __repr__(self) -> str:
        return redacted_repr(self)

    def to_dict(self) -> dict[str, Any]:
        sections: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.sections, Unset):
            sections = []
            for sections_item_data in self.sections:
                sections_item = sections_item_data.to_dict()
                sections.append(sections_item)

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if sections is not UNSET:
            field_dict["sections"] = sections

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        _sections = d.get("sections", UNSET)
        sections: list[TreatmentNoteSection] | Unset = UNSET
        if _sections is not UNSET:
            sections = [TreatmentNoteSection.from_dict(item) for item in _sections]

        # Built without calling __init__ (the models have no validators or converters):
        # keyword arguments to an attrs __init__ took a third of the time of a whole patient.
        treatment_note_content = _new_instance(cls)
        treatment_note_content.sections = sections

        return treatment_note_content


# At the bottom, not the top: models may refer to each other (import cycles).
from ..models.treatment_note_section import TreatmentNoteSection  # noqa: E402
