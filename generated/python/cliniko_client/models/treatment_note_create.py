from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..redaction import redacted_repr
from ..types import UNSET, Unset

T = TypeVar("T", bound="TreatmentNoteCreate")
# object.__new__ looked up once: cls.__new__ searched the class's bases on every call.
_new_instance = object.__new__

# The properties this model knows, in the order of the class; anything else the server sends
# is kept in additional_properties.
_PROPERTIES = (
    "patient_id",
    "treatment_note_template_id",
    "booking_id",
    "attendee_id",
    "title",
    "draft",
    "content",
)
_PROPERTY_NAMES = frozenset(_PROPERTIES)
# The name of the last lone unknown property seen (from_dict tries it first).
_LAST_UNKNOWN: list[str] = [""]


@_attrs_define
class TreatmentNoteCreate:
    """A new treatment note. `patient_id` and `treatment_note_template_id` are required."""

    patient_id: int | str
    """ A 64-bit id. The live API sends a string of digits
    (`"836447129235883061"`); older examples show an integer. Treat it as a
    string: that loses no precision in any language. An integer must be
    written as one: `1.0` or `1e3` is not an id (the sandbox answers 422),
    although JSON Schema alone counts `1.0` as an integer.
    An id written as a JSON number is at most 2^53-1 (9007199254740991), the
    largest integer every JSON parser keeps exactly; send larger ids as strings.
     """
    treatment_note_template_id: int | str
    """ A 64-bit id. The live API sends a string of digits
    (`"836447129235883061"`); older examples show an integer. Treat it as a
    string: that loses no precision in any language. An integer must be
    written as one: `1.0` or `1e3` is not an id (the sandbox answers 422),
    although JSON Schema alone counts `1.0` as an integer.
    An id written as a JSON number is at most 2^53-1 (9007199254740991), the
    largest integer every JSON parser keeps exactly; send larger ids as strings.
     """
    booking_id: int | str | Unset = UNSET
    """ A 64-bit id. The live API sends a string of digits
    (`"836447129235883061"`); older examples show an integer. Treat it as a
    string: that loses no precision in any language. An integer must be
    written as one: `1.0` or `1e3` is not an id (the sandbox answers 422),
    although JSON Schema alone counts `1.0` as an integer.
    An id written as a JSON number is at most 2^53-1 (9007199254740991), the
    largest integer every JSON parser keeps exactly; send larger ids as strings.
     """
    attendee_id: int | str | Unset = UNSET
    """ A 64-bit id. The live API sends a string of digits
    (`"836447129235883061"`); older examples show an integer. Treat it as a
    string: that loses no precision in any language. An integer must be
    written as one: `1.0` or `1e3` is not an id (the sandbox answers 422),
    although JSON Schema alone counts `1.0` as an integer.
    An id written as a JSON number is at most 2^53-1 (9007199254740991), the
    largest integer every JSON parser keeps exactly; send larger ids as strings.
     """
    title: str | Unset = UNSET
    """ The note's title (its template's name when left out). """
    draft: bool | Unset = UNSET
    """ `true` keeps the note a draft; `false` finalizes it. """
    content: None | TreatmentNoteContent | Unset = UNSET
    """ The answers, or `null` for none. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return redacted_repr(self)

    def to_dict(self) -> dict[str, Any]:
        patient_id: int | str
        patient_id = self.patient_id

        treatment_note_template_id: int | str
        treatment_note_template_id = self.treatment_note_template_id

        booking_id: int | str | Unset
        if isinstance(self.booking_id, Unset):
            booking_id = UNSET
        else:
            booking_id = self.booking_id

        attendee_id: int | str | Unset
        if isinstance(self.attendee_id, Unset):
            attendee_id = UNSET
        else:
            attendee_id = self.attendee_id

        title = self.title

        draft = self.draft

        content: dict[str, Any] | None | Unset
        if isinstance(self.content, Unset):
            content = UNSET
        elif isinstance(self.content, TreatmentNoteContent):
            content = self.content.to_dict()
        else:
            content = self.content

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "patient_id": patient_id,
                "treatment_note_template_id": treatment_note_template_id,
            }
        )
        if booking_id is not UNSET:
            field_dict["booking_id"] = booking_id
        if attendee_id is not UNSET:
            field_dict["attendee_id"] = attendee_id
        if title is not UNSET:
            field_dict["title"] = title
        if draft is not UNSET:
            field_dict["draft"] = draft
        if content is not UNSET:
            field_dict["content"] = content

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        patient_id = d["patient_id"]
        if type(patient_id) is not int and type(patient_id) is not str:
            raise TypeError("patient_id: unexpected " + type(patient_id).__name__)

        treatment_note_template_id = d["treatment_note_template_id"]
        if type(treatment_note_template_id) is not int and type(treatment_note_template_id) is not str:
            raise TypeError("treatment_note_template_id: unexpected " + type(treatment_note_template_id).__name__)

        booking_id = d.get("booking_id", UNSET)
        if type(booking_id) is not int and type(booking_id) is not str and booking_id is not UNSET:
            raise TypeError("booking_id: unexpected " + type(booking_id).__name__)

        attendee_id = d.get("attendee_id", UNSET)
        if type(attendee_id) is not int and type(attendee_id) is not str and attendee_id is not UNSET:
            raise TypeError("attendee_id: unexpected " + type(attendee_id).__name__)

        title = d.get("title", UNSET)
        if type(title) is not str and title is not UNSET:
            raise TypeError("title: unexpected " + type(title).__name__)

        draft = d.get("draft", UNSET)
        if type(draft) is not bool and draft is not UNSET:
            raise TypeError("draft: unexpected " + type(draft).__name__)

        content = d.get("content", UNSET)
        if content is not None and content is not UNSET:
            if not isinstance(content, dict):
                raise TypeError("content: unexpected " + type(content).__name__)
            content_type_0 = TreatmentNoteContent.from_dict(content)

            content = content_type_0

        # Built without calling __init__ (the models have no validators or converters):
        # keyword arguments to an attrs __init__ took a third of the time of a whole patient.
        treatment_note_create = _new_instance(cls)
        treatment_note_create.patient_id = patient_id
        treatment_note_create.treatment_note_template_id = treatment_note_template_id
        treatment_note_create.booking_id = booking_id
        treatment_note_create.attendee_id = attendee_id
        treatment_note_create.title = title
        treatment_note_create.draft = draft
        treatment_note_create.content = content

        # Unknown properties, in the order they came. Counting the known keys present shows
        # whether there are any, without a loop (a required key missing raised KeyError above; an
        # optional one is UNSET exactly when absent). A new property the API adds comes in every
        # object: the last single unknown name is tried first, then one set difference.
        unknown_count = len(d) - (
            2
            + (booking_id is not UNSET)
            + (attendee_id is not UNSET)
            + (title is not UNSET)
            + (draft is not UNSET)
            + (content is not UNSET)
        )
        if not unknown_count:
            unknown: dict[str, Any] = {}
        elif unknown_count == 1 and (unknown_name := _LAST_UNKNOWN[0]) in d and unknown_name not in _PROPERTY_NAMES:
            unknown = {unknown_name: d[unknown_name]}
        else:
            names = d.keys() - _PROPERTY_NAMES
            unknown = {k: v for k, v in d.items() if k in names}
            if unknown_count == 1:
                _LAST_UNKNOWN[0] = next(iter(names))
        treatment_note_create.additional_properties = unknown
        return treatment_note_create

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
from ..models.treatment_note_content import TreatmentNoteContent  # noqa: E402
