from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..redaction import redacted_repr
from ..types import UNSET, Unset

T = TypeVar("T", bound="TreatmentNoteUpdate")
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
class TreatmentNoteUpdate:
    """Treatment note properties a client may write. Every one is optional; only
    the ones sent are changed. The author is the practitioner of the API
    key's user (only users who are practitioners may write notes).

    """

    patient_id: int | str | Unset = UNSET
    """ A 64-bit id. The live API sends a string of digits
    (`"836447129235883061"`); older examples show an integer. Treat it as a
    string: that loses no precision in any language. An integer must be
    written as one: `1.0` or `1e3` is not an id (the sandbox answers 422),
    although JSON Schema alone counts `1.0` as an integer.
    An id written as a JSON number is at most 2^53-1 (9007199254740991), the
    largest integer every JSON parser keeps exactly; send larger ids as strings.
     """
    treatment_note_template_id: int | str | Unset = UNSET
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

    def __repr__(self) -> str:
        return redacted_repr(self)

    def to_dict(self) -> dict[str, Any]:
        patient_id: int | str | Unset
        if isinstance(self.patient_id, Unset):
            patient_id = UNSET
        else:
            patient_id = self.patient_id

        treatment_note_template_id: int | str | Unset
        if isinstance(self.treatment_note_template_id, Unset):
            treatment_note_template_id = UNSET
        else:
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

        field_dict.update({})
        if patient_id is not UNSET:
            field_dict["patient_id"] = patient_id
        if treatment_note_template_id is not UNSET:
            field_dict["treatment_note_template_id"] = treatment_note_template_id
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
        patient_id = d.get("patient_id", UNSET)
        if type(patient_id) is not int and type(patient_id) is not str and patient_id is not UNSET:
            raise TypeError("patient_id: unexpected " + type(patient_id).__name__)

        treatment_note_template_id = d.get("treatment_note_template_id", UNSET)
        if (
            type(treatment_note_template_id) is not int
            and type(treatment_note_template_id) is not str
            and treatment_note_template_id is not UNSET
        ):
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
        treatment_note_update = _new_instance(cls)
        treatment_note_update.patient_id = patient_id
        treatment_note_update.treatment_note_template_id = treatment_note_template_id
        treatment_note_update.booking_id = booking_id
        treatment_note_update.attendee_id = attendee_id
        treatment_note_update.title = title
        treatment_note_update.draft = draft
        treatment_note_update.content = content

        return treatment_note_update


# At the bottom, not the top: models may refer to each other (import cycles).
from ..models.treatment_note_content import TreatmentNoteContent  # noqa: E402
