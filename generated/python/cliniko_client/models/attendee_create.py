from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..redaction import redacted_repr
from ..types import UNSET, Unset

T = TypeVar("T", bound="AttendeeCreate")
# object.__new__ looked up once: cls.__new__ searched the class's bases on every call.
_new_instance = object.__new__

# The properties this model knows, in the order of the class; anything else the server sends
# is kept in additional_properties.
_PROPERTIES = (
    "booking_id",
    "patient_id",
    "arrived",
    "notes",
    "patient_case_id",
)
_PROPERTY_NAMES = frozenset(_PROPERTIES)
# The name of the last lone unknown property seen (from_dict tries it first).
_LAST_UNKNOWN: list[str] = [""]


@_attrs_define
class AttendeeCreate:
    """A new attendee: the patient `patient_id` joins the booking `booking_id`
    (a group or an individual appointment of the account; else a 422
    naming it). A group appointment takes at most `max_attendees` attendees
    holding a place (neither cancelled, archived nor deleted): one more is
    a 422 naming `booking_id`. The other properties are `AttendeeUpdate`'s.

    """

    booking_id: int | str
    """ A 64-bit id. The live API sends a string of digits
    (`"836447129235883061"`); older examples show an integer. Treat it as a
    string: that loses no precision in any language. An integer must be
    written as one: `1.0` or `1e3` is not an id (the sandbox answers 422),
    although JSON Schema alone counts `1.0` as an integer.
    An id written as a JSON number is at most 2^53-1 (9007199254740991), the
    largest integer every JSON parser keeps exactly; send larger ids as strings.
     """
    patient_id: int | str
    """ A 64-bit id. The live API sends a string of digits
    (`"836447129235883061"`); older examples show an integer. Treat it as a
    string: that loses no precision in any language. An integer must be
    written as one: `1.0` or `1e3` is not an id (the sandbox answers 422),
    although JSON Schema alone counts `1.0` as an integer.
    An id written as a JSON number is at most 2^53-1 (9007199254740991), the
    largest integer every JSON parser keeps exactly; send larger ids as strings.
     """
    arrived: bool | None | Unset = UNSET
    """ Whether the patient has arrived. """
    notes: None | str | Unset = UNSET
    """ Notes about this attendance (free text; may describe people). """
    patient_case_id: int | str | Unset = UNSET
    """ A 64-bit id. The live API sends a string of digits
    (`"836447129235883061"`); older examples show an integer. Treat it as a
    string: that loses no precision in any language. An integer must be
    written as one: `1.0` or `1e3` is not an id (the sandbox answers 422),
    although JSON Schema alone counts `1.0` as an integer.
    An id written as a JSON number is at most 2^53-1 (9007199254740991), the
    largest integer every JSON parser keeps exactly; send larger ids as strings.
     """

    def __repr__(self) -> str:
        return redacted_repr(self)

    def to_dict(self) -> dict[str, Any]:
        booking_id: int | str
        booking_id = self.booking_id

        patient_id: int | str
        patient_id = self.patient_id

        arrived: bool | None | Unset
        if isinstance(self.arrived, Unset):
            arrived = UNSET
        else:
            arrived = self.arrived

        notes: None | str | Unset
        if isinstance(self.notes, Unset):
            notes = UNSET
        else:
            notes = self.notes

        patient_case_id: int | str | Unset
        if isinstance(self.patient_case_id, Unset):
            patient_case_id = UNSET
        else:
            patient_case_id = self.patient_case_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "booking_id": booking_id,
                "patient_id": patient_id,
            }
        )
        if arrived is not UNSET:
            field_dict["arrived"] = arrived
        if notes is not UNSET:
            field_dict["notes"] = notes
        if patient_case_id is not UNSET:
            field_dict["patient_case_id"] = patient_case_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        booking_id = d["booking_id"]
        if type(booking_id) is not int and type(booking_id) is not str:
            raise TypeError("booking_id: unexpected " + type(booking_id).__name__)

        patient_id = d["patient_id"]
        if type(patient_id) is not int and type(patient_id) is not str:
            raise TypeError("patient_id: unexpected " + type(patient_id).__name__)

        arrived = d.get("arrived", UNSET)
        if type(arrived) is not bool and arrived is not None and arrived is not UNSET:
            raise TypeError("arrived: unexpected " + type(arrived).__name__)

        notes = d.get("notes", UNSET)
        if type(notes) is not str and notes is not None and notes is not UNSET:
            raise TypeError("notes: unexpected " + type(notes).__name__)

        patient_case_id = d.get("patient_case_id", UNSET)
        if type(patient_case_id) is not int and type(patient_case_id) is not str and patient_case_id is not UNSET:
            raise TypeError("patient_case_id: unexpected " + type(patient_case_id).__name__)

        # Built without calling __init__ (the models have no validators or converters):
        # keyword arguments to an attrs __init__ took a third of the time of a whole patient.
        attendee_create = _new_instance(cls)
        attendee_create.booking_id = booking_id
        attendee_create.patient_id = patient_id
        attendee_create.arrived = arrived
        attendee_create.notes = notes
        attendee_create.patient_case_id = patient_case_id

        return attendee_create
