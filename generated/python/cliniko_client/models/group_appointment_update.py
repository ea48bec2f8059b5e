from __future__ import annotations

import datetime
import operator
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..redaction import redacted_repr
from ..types import UNSET, Unset

T = TypeVar("T", bound="GroupAppointmentUpdate")
# object.__new__ looked up once: cls.__new__ searched the class's bases on every call.
_new_instance = object.__new__

# The properties this model knows, in the order of the class; anything else the server sends
# is kept in additional_properties.
_PROPERTIES = (
    "starts_at",
    "ends_at",
    "max_attendees",
    "notes",
    "practitioner_id",
    "appointment_type_id",
    "business_id",
    "repeat_rule",
)
_PROPERTY_NAMES = frozenset(_PROPERTIES)
# The name of the last lone unknown property seen (from_dict tries it first).
_LAST_UNKNOWN: list[str] = [""]
# Every property's value at once, in the order of the class (from_dict's fast path).
_READ_ALL = operator.itemgetter(*_PROPERTIES)


@_attrs_define
class GroupAppointmentUpdate:
    """Group appointment properties a client may write. Every one is optional;
    only the ones sent are changed. Each `..._id` must name a record of the
    account (else a 422 naming it); `ends_at` must follow `starts_at` (else
    a 422 naming `ends_at`); `ends_at: null` sets it from the appointment
    type's duration (2016-2020 documentation); `max_attendees` may not drop
    below the attendees it has (else a 422 naming it).

    """

    starts_at: datetime.datetime | Unset = UNSET
    """ When it starts (UTC, or with an offset). """
    ends_at: datetime.datetime | None | Unset = UNSET
    """ When it ends, after `starts_at`; `null` sets it from the appointment type's duration. """
    max_attendees: int | Unset = UNSET
    """ How many patients may attend; without it a new one takes its appointment type's. """
    notes: None | str | Unset = UNSET
    """ Notes about the class (free text; may describe people). """
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
    repeat_rule: None | RepeatRule | Unset = UNSET
    """ How the class repeats; `{}` or `null` when it does not. """

    def __repr__(self) -> str:
        return redacted_repr(self)

    def to_dict(self) -> dict[str, Any]:
        starts_at: str | Unset = UNSET
        if not isinstance(self.starts_at, Unset):
            starts_at = self.starts_at.isoformat().replace("+00:00", "Z")

        ends_at: None | str | Unset
        if isinstance(self.ends_at, Unset):
            ends_at = UNSET
        elif isinstance(self.ends_at, datetime.datetime):
            ends_at = self.ends_at.isoformat().replace("+00:00", "Z")
        else:
            ends_at = self.ends_at

        max_attendees = self.max_attendees

        notes: None | str | Unset
        if isinstance(self.notes, Unset):
            notes = UNSET
        else:
            notes = self.notes

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

        repeat_rule: dict[str, Any] | None | Unset
        if isinstance(self.repeat_rule, Unset):
            repeat_rule = UNSET
        elif isinstance(self.repeat_rule, RepeatRule):
            repeat_rule = self.repeat_rule.to_dict()
        else:
            repeat_rule = self.repeat_rule

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if starts_at is not UNSET:
            field_dict["starts_at"] = starts_at
        if ends_at is not UNSET:
            field_dict["ends_at"] = ends_at
        if max_attendees is not UNSET:
            field_dict["max_attendees"] = max_attendees
        if notes is not UNSET:
            field_dict["notes"] = notes
        if practitioner_id is not UNSET:
            field_dict["practitioner_id"] = practitioner_id
        if appointment_type_id is not UNSET:
            field_dict["appointment_type_id"] = appointment_type_id
        if business_id is not UNSET:
            field_dict["business_id"] = business_id
        if repeat_rule is not UNSET:
            field_dict["repeat_rule"] = repeat_rule

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        # A whole record (every property present, null where empty, as Cliniko sends them) is read
        # in one C call; a record without some of them (older ones) raises KeyError and is read
        # key by key. Three times as fast as a get per property for a patient.
        try:
            (
                raw_starts_at,
                raw_ends_at,
                max_attendees,
                notes,
                practitioner_id,
                appointment_type_id,
                business_id,
                raw_repeat_rule,
            ) = _READ_ALL(d)
        except KeyError:
            raw_starts_at = d.get("starts_at", UNSET)
            raw_ends_at = d.get("ends_at", UNSET)
            max_attendees = d.get("max_attendees", UNSET)
            notes = d.get("notes", UNSET)
            practitioner_id = d.get("practitioner_id", UNSET)
            appointment_type_id = d.get("appointment_type_id", UNSET)
            business_id = d.get("business_id", UNSET)
            raw_repeat_rule = d.get("repeat_rule", UNSET)

        _starts_at = raw_starts_at
        starts_at: datetime.datetime | Unset
        if _starts_at is UNSET:
            starts_at = UNSET
        else:
            starts_at = datetime.datetime.fromisoformat(_starts_at)

        ends_at = raw_ends_at
        if ends_at is not None and ends_at is not UNSET:
            if not isinstance(ends_at, str):
                raise TypeError("ends_at: unexpected " + type(ends_at).__name__)
            ends_at_type_0 = datetime.datetime.fromisoformat(ends_at)

            ends_at = ends_at_type_0

        if type(max_attendees) is not int and max_attendees is not UNSET:
            raise TypeError("max_attendees: unexpected " + type(max_attendees).__name__)

        if type(notes) is not str and notes is not None and notes is not UNSET:
            raise TypeError("notes: unexpected " + type(notes).__name__)

        if type(practitioner_id) is not int and type(practitioner_id) is not str and practitioner_id is not UNSET:
            raise TypeError("practitioner_id: unexpected " + type(practitioner_id).__name__)

        if (
            type(appointment_type_id) is not int
            and type(appointment_type_id) is not str
            and appointment_type_id is not UNSET
        ):
            raise TypeError("appointment_type_id: unexpected " + type(appointment_type_id).__name__)

        if type(business_id) is not int and type(business_id) is not str and business_id is not UNSET:
            raise TypeError("business_id: unexpected " + type(business_id).__name__)

        repeat_rule = raw_repeat_rule
        if repeat_rule is not None and repeat_rule is not UNSET:
            if not isinstance(repeat_rule, dict):
                raise TypeError("repeat_rule: unexpected " + type(repeat_rule).__name__)
            repeat_rule_type_0 = RepeatRule.from_dict(repeat_rule)

            repeat_rule = repeat_rule_type_0

        # Built without calling __init__ (the models have no validators or converters):
        # keyword arguments to an attrs __init__ took a third of the time of a whole patient.
        group_appointment_update = _new_instance(cls)
        group_appointment_update.starts_at = starts_at
        group_appointment_update.ends_at = ends_at
        group_appointment_update.max_attendees = max_attendees
        group_appointment_update.notes = notes
        group_appointment_update.practitioner_id = practitioner_id
        group_appointment_update.appointment_type_id = appointment_type_id
        group_appointment_update.business_id = business_id
        group_appointment_update.repeat_rule = repeat_rule

        return group_appointment_update


# At the bottom, not the top: models may refer to each other (import cycles).
from ..models.repeat_rule import RepeatRule  # noqa: E402
