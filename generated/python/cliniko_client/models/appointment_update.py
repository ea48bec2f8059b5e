from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..redaction import redacted_repr
from ..types import UNSET, Unset

T = TypeVar("T", bound="AppointmentUpdate")
# object.__new__ looked up once: cls.__new__ searched the class's bases on every call.
_new_instance = object.__new__

# The properties this model knows, in the order of the class; anything else the server sends
# is kept in additional_properties.
_PROPERTIES = (
    "appointment_start",
    "appointment_end",
    "notes",
    "patient_id",
    "practitioner_id",
    "appointment_type_id",
    "business_id",
)
_PROPERTY_NAMES = frozenset(_PROPERTIES)
# The name of the last lone unknown property seen (from_dict tries it first).
_LAST_UNKNOWN: list[str] = [""]


@_attrs_define
class AppointmentUpdate:
    """Appointment properties a client may write through the deprecated
    `/appointments` family. Every one is optional; only the ones sent are
    changed. Each `..._id` must name a record of the account (else a 422
    naming it); `appointment_end` must follow `appointment_start` (else a
    422 naming `appointment_end`); `appointment_end: null` sets it from the
    appointment type's duration (2015-11 documentation).

    """

    appointment_start: datetime.datetime | Unset = UNSET
    """ When it starts (UTC, or with an offset). """
    appointment_end: datetime.datetime | None | Unset = UNSET
    """ When it ends, after `appointment_start`; `null` sets it from the appointment type's duration. """
    notes: None | str | Unset = UNSET
    """ Notes about the appointment (clinical text). """
    patient_id: int | str | Unset = UNSET
    """ A 64-bit id. The live API sends a string of digits
    (`"836447129235883061"`); older examples show an integer. Treat it as a
    string: that loses no precision in any language. An integer must be
    written as one: `1.0` or `1e3` is not an id (the sandbox answers 422),
    although JSON Schema alone counts `1.0` as an integer.
    An id written as a JSON number is at most 2^53-1 (9007199254740991), the
    largest integer every JSON parser keeps exactly; send larger ids as strings.
     """
    practitioner_id: int | str | Unset = UNSET
    """ A 64-bit id. The live API sends a string of digits
    (`"836447129235883061"`); older examples show an integer. Treat it as a
    string: that loses no precision in any language. An integer must be
    written as one: `1.0` or `1e3` is not an id (the sandbox answers 422),
    although JSON Schema alone counts `1.0` as an integer.
    An id written as a JSON number is at most 2^53-1 (9007199254740991), the
    largest integer every JSON parser keeps exactly; send larger ids as strings.
     """
    appointment_type_id: int | str | Unset = UNSET
    """ A 64-bit id. The live API sends a string of digits
    (`"836447129235883061"`); older examples show an integer. Treat it as a
    string: that loses no precision in any language. An integer must be
    written as one: `1.0` or `1e3` is not an id (the sandbox answers 422),
    although JSON Schema alone counts `1.0` as an integer.
    An id written as a JSON number is at most 2^53-1 (9007199254740991), the
    largest integer every JSON parser keeps exactly; send larger ids as strings.
     """
    business_id: int | str | Unset = UNSET
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
        appointment_start: str | Unset = UNSET
        if not isinstance(self.appointment_start, Unset):
            appointment_start = self.appointment_start.isoformat().replace("+00:00", "Z")

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

        patient_id: int | str | Unset
        if isinstance(self.patient_id, Unset):
            patient_id = UNSET
        else:
            patient_id = self.patient_id

        practitioner_id: int | str | Unset
        if isinstance(self.practitioner_id, Unset):
            practitioner_id = UNSET
        else:
            practitioner_id = self.practitioner_id

        appointment_type_id: int | str | Unset
        if isinstance(self.appointment_type_id, Unset):
            appointment_type_id = UNSET
        else:
            appointment_type_id = self.appointment_type_id

        business_id: int | str | Unset
        if isinstance(self.business_id, Unset):
            business_id = UNSET
        else:
            business_id = self.business_id

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if appointment_start is not UNSET:
            field_dict["appointment_start"] = appointment_start
        if appointment_end is not UNSET:
            field_dict["appointment_end"] = appointment_end
        if notes is not UNSET:
            field_dict["notes"] = notes
        if patient_id is not UNSET:
            field_dict["patient_id"] = patient_id
        if practitioner_id is not UNSET:
            field_dict["practitioner_id"] = practitioner_id
        if appointment_type_id is not UNSET:
            field_dict["appointment_type_id"] = appointment_type_id
        if business_id is not UNSET:
            field_dict["business_id"] = business_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        _appointment_start = d.get("appointment_start", UNSET)
        appointment_start: datetime.datetime | Unset
        if _appointment_start is UNSET:
            appointment_start = UNSET
        else:
            appointment_start = datetime.datetime.fromisoformat(_appointment_start)

        appointment_end = d.get("appointment_end", UNSET)
        if appointment_end is not None and appointment_end is not UNSET:
            if not isinstance(appointment_end, str):
                raise TypeError("appointment_end: unexpected " + type(appointment_end).__name__)
            appointment_end_type_0 = datetime.datetime.fromisoformat(appointment_end)

            appointment_end = appointment_end_type_0

        notes = d.get("notes", UNSET)
        if type(notes) is not str and notes is not None and notes is not UNSET:
            raise TypeError("notes: unexpected " + type(notes).__name__)

        patient_id = d.get("patient_id", UNSET)
        if type(patient_id) is not int and type(patient_id) is not str and patient_id is not UNSET:
            raise TypeError("patient_id: unexpected " + type(patient_id).__name__)

        practitioner_id = d.get("practitioner_id", UNSET)
        if type(practitioner_id) is not int and type(practitioner_id) is not str and practitioner_id is not UNSET:
            raise TypeError("practitioner_id: unexpected " + type(practitioner_id).__name__)

        appointment_type_id = d.get("appointment_type_id", UNSET)
        if (
            type(appointment_type_id) is not int
            and type(appointment_type_id) is not str
            and appointment_type_id is not UNSET
        ):
            raise TypeError("appointment_type_id: unexpected " + type(appointment_type_id).__name__)

        business_id = d.get("business_id", UNSET)
        if type(business_id) is not int and type(business_id) is not str and business_id is not UNSET:
            raise TypeError("business_id: unexpected " + type(business_id).__name__)

        # Built without calling __init__ (the models have no validators or converters):
        # keyword arguments to an attrs __init__ took a third of the time of a whole patient.
        appointment_update = _new_instance(cls)
        appointment_update.appointment_start = appointment_start
        appointment_update.appointment_end = appointment_end
        appointment_update.notes = notes
        appointment_update.patient_id = patient_id
        appointment_update.practitioner_id = practitioner_id
        appointment_update.appointment_type_id = appointment_type_id
        appointment_update.business_id = business_id

        return appointment_update
