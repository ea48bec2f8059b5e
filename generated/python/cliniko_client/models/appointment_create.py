from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..redaction import redacted_repr
from ..types import UNSET, Unset

T = TypeVar("T", bound="AppointmentCreate")
# object.__new__ looked up once: cls.__new__ searched the class's bases on every call.
_new_instance = object.__new__

# The properties this model knows, in the order of the class; anything else the server sends
# is kept in additional_properties.
_PROPERTIES = (
    "appointment_start",
    "patient_id",
    "practitioner_id",
    "appointment_type_id",
    "business_id",
    "appointment_end",
    "notes",
)
_PROPERTY_NAMES = frozenset(_PROPERTIES)
# The name of the last lone unknown property seen (from_dict tries it first).
_LAST_UNKNOWN: list[str] = [""]


@_attrs_define
class AppointmentCreate:
    """A new appointment. `appointment_start`, `patient_id`, `practitioner_id`,
    `appointment_type_id` and `business_id` are required; without
    `appointment_end` it ends `duration_in_minutes` of its appointment type
    after it starts.

    """

    appointment_start: datetime.datetime
    """ When it starts (UTC, or with an offset). """
    patient_id: int | str
    """ A 64-bit id. The live API sends a string of digits
    (`"836447129235883061"`); older examples show an integer. Treat it as a
    string: that loses no precision in any language. An integer must be
    written as one: `1.0` or `1e3` is not an id (the sandbox answers 422),
    although JSON Schema alone counts `1.0` as an integer.
    An id written as a JSON number is at most 2^53-1 (9007199254740991), the
    largest integer every JSON parser keeps exactly; send larger ids as strings.
     """
    practitioner_id: int | str
    """ A 64-bit id. The live API sends a string of digits
    (`"836447129235883061"`); older examples show an integer. Treat it as a
    string: that loses no precision in any language. An integer must be
    written as one: `1.0` or `1e3` is not an id (the sandbox answers 422),
    although JSON Schema alone counts `1.0` as an integer.
    An id written as a JSON number is at most 2^53-1 (9007199254740991), the
    largest integer every JSON parser keeps exactly; send larger ids as strings.
     """
    appointment_type_id: int | str
    """ A 64-bit id. The live API sends a string of digits
    (`"836447129235883061"`); older examples show an integer. Treat it as a
    string: that loses no precision in any language. An integer must be
    written as one: `1.0` or `1e3` is not an id (the sandbox answers 422),
    although JSON Schema alone counts `1.0` as an integer.
    An id written as a JSON number is at most 2^53-1 (9007199254740991), the
    largest integer every JSON parser keeps exactly; send larger ids as strings.
     """
    business_id: int | str
    """ A 64-bit id. The live API sends a string of digits
    (`"836447129235883061"`); older examples show an integer. Treat it as a
    string: that loses no precision in any language. An integer must be
    written as one: `1.0` or `1e3` is not an id (the sandbox answers 422),
    although JSON Schema alone counts `1.0` as an integer.
    An id written as a JSON number is at most 2^53-1 (9007199254740991), the
    largest integer every JSON parser keeps exactly; send larger ids as strings.
     """
    appointment_end: datetime.datetime | None | Unset = UNSET
    """ When it ends, after `appointment_start`; `null` sets it from the appointment type's duration. """
    notes: None | str | Unset = UNSET
    """ Notes about the appointment (clinical text). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return redacted_repr(self)

    def to_dict(self) -> dict[str, Any]:
        appointment_start = self.appointment_start.isoformat().replace("+00:00", "Z")

        patient_id: int | str
        patient_id = self.patient_id

        practitioner_id: int | str
        practitioner_id = self.practitioner_id

        appointment_type_id: int | str
        appointment_type_id = self.appointment_type_id

        business_id: int | str
        business_id = self.business_id

        appointment_end: None | str | Unset
        if isinstance(self.appointment_end, Unset):
            appointment_end = UNSET
        elif isinstance(self.appointment_end, datetime.datetime):
            appointment_end = self.appointment_end.isoformat().replace("+00:00", "Z")
        else:
            appointment_end = self.appointment_end

        notes: None | str | Unset
        if isinstance(self.notes, Unset):
            notes = UNSET
        else:
            notes = self.notes

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "appointment_start": appointment_start,
                "patient_id": patient_id,
                "practitioner_id": practitioner_id,
                "appointment_type_id": appointment_type_id,
                "business_id": business_id,
            }
        )
        if appointment_end is not UNSET:
            field_dict["appointment_end"] = appointment_end
        if notes is not UNSET:
            field_dict["notes"] = notes

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        raw_appointment_start = d["appointment_start"]
        if not isinstance(raw_appointment_start, str):
            raise TypeError("appointment_start: unexpected " + type(raw_appointment_start).__name__)
        appointment_start = datetime.datetime.fromisoformat(raw_appointment_start)

        patient_id = d["patient_id"]
        if type(patient_id) is not int and type(patient_id) is not str:
            raise TypeError("patient_id: unexpected " + type(patient_id).__name__)

        practitioner_id = d["practitioner_id"]
        if type(practitioner_id) is not int and type(practitioner_id) is not str:
            raise TypeError("practitioner_id: unexpected " + type(practitioner_id).__name__)

        appointment_type_id = d["appointment_type_id"]
        if type(appointment_type_id) is not int and type(appointment_type_id) is not str:
            raise TypeError("appointment_type_id: unexpected " + type(appointment_type_id).__name__)

        business_id = d["business_id"]
        if type(business_id) is not int and type(business_id) is not str:
            raise TypeError("business_id: unexpected " + type(business_id).__name__)

        appointment_end = d.get("appointment_end", UNSET)
        if appointment_end is not None and appointment_end is not UNSET:
            if not isinstance(appointment_end, str):
                raise TypeError("appointment_end: unexpected " + type(appointment_end).__name__)
            appointment_end_type_0 = datetime.datetime.fromisoformat(appointment_end)

            appointment_end = appointment_end_type_0

        notes = d.get("notes", UNSET)
        if type(notes) is not str and notes is not None and notes is not UNSET:
            raise TypeError("notes: unexpected " + type(notes).__name__)

        # Built without calling __init__ (the models have no validators or converters):
        # keyword arguments to an attrs __init__ took a third of the time of a whole patient.
        appointment_create = _new_instance(cls)
        appointment_create.appointment_start = appointment_start
        appointment_create.patient_id = patient_id
        appointment_create.practitioner_id = practitioner_id
        appointment_create.appointment_type_id = appointment_type_id
        appointment_create.business_id = business_id
        appointment_create.appointment_end = appointment_end
        appointment_create.notes = notes

        # Unknown properties, in the order they came. Counting the known keys present shows
        # whether there are any, without a loop (a required key missing raised KeyError above; an
        # optional one is UNSET exactly when absent). A new property the API adds comes in every
        # object: the last single unknown name is tried first, then one set difference.
        unknown_count = len(d) - (5 + (appointment_end is not UNSET) + (notes is not UNSET))
        if not unknown_count:
            unknown: dict[str, Any] = {}
        elif unknown_count == 1 and (unknown_name := _LAST_UNKNOWN[0]) in d and unknown_name not in _PROPERTY_NAMES:
            unknown = {unknown_name: d[unknown_name]}
        else:
            names = d.keys() - _PROPERTY_NAMES
            unknown = {k: v for k, v in d.items() if k in names}
            if unknown_count == 1:
                _LAST_UNKNOWN[0] = next(iter(names))
        appointment_create.additional_properties = unknown
        return appointment_create

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
