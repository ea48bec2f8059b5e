from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..redaction import redacted_repr
from ..types import UNSET, Unset

T = TypeVar("T", bound="GroupAppointmentCreate")
# object.__new__ looked up once: cls.__new__ searched the class's bases on every call.
_new_instance = object.__new__

# The properties this model knows, in the order of the class; anything else the server sends
# is kept in additional_properties.
_PROPERTIES = (
    "starts_at",
    "practitioner_id",
    "appointment_type_id",
    "business_id",
    "ends_at",
    "max_attendees",
    "notes",
    "repeat_rule",
)
_PROPERTY_NAMES = frozenset(_PROPERTIES)
# The name of the last lone unknown property seen (from_dict tries it first).
_LAST_UNKNOWN: list[str] = [""]


@_attrs_define
class GroupAppointmentCreate:
    """A new group appointment. `starts_at`, `practitioner_id`,
    `appointment_type_id` and `business_id` are required; without `ends_at`
    (or with `ends_at: null`) it ends `duration_in_minutes` of its
    appointment type after it starts; without `max_attendees` it takes the
    type's `max_attendees`.

    """

    starts_at: datetime.datetime
    """ When it starts (UTC, or with an offset). """
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
    ends_at: datetime.datetime | None | Unset = UNSET
    """ When it ends, after `starts_at`; `null` sets it from the appointment type's duration. """
    max_attendees: int | Unset = UNSET
    """ How many patients may attend; without it a new one takes its appointment type's. """
    notes: None | str | Unset = UNSET
    """ Notes about the class (free text; may describe people). """
    repeat_rule: None | RepeatRule | Unset = UNSET
    """ How the class repeats; `{}` or `null` when it does not. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return redacted_repr(self)

    def to_dict(self) -> dict[str, Any]:
        starts_at = self.starts_at.isoformat().replace("+00:00", "Z")

        practitioner_id: int | str
        practitioner_id = self.practitioner_id

        appointment_type_id: int | str
        appointment_type_id = self.appointment_type_id

        business_id: int | str
        business_id = self.business_id

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

        repeat_rule: dict[str, Any] | None | Unset
        if isinstance(self.repeat_rule, Unset):
            repeat_rule = UNSET
        elif isinstance(self.repeat_rule, RepeatRule):
            repeat_rule = self.repeat_rule.to_dict()
        else:
            repeat_rule = self.repeat_rule

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "starts_at": starts_at,
                "practitioner_id": practitioner_id,
                "appointment_type_id": appointment_type_id,
                "business_id": business_id,
            }
        )
        if ends_at is not UNSET:
            field_dict["ends_at"] = ends_at
        if max_attendees is not UNSET:
            field_dict["max_attendees"] = max_attendees
        if notes is not UNSET:
            field_dict["notes"] = notes
        if repeat_rule is not UNSET:
            field_dict["repeat_rule"] = repeat_rule

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        raw_starts_at = d["starts_at"]
        if not isinstance(raw_starts_at, str):
            raise TypeError("starts_at: unexpected " + type(raw_starts_at).__name__)
        starts_at = datetime.datetime.fromisoformat(raw_starts_at)

        practitioner_id = d["practitioner_id"]
        if type(practitioner_id) is not int and type(practitioner_id) is not str:
            raise TypeError("practitioner_id: unexpected " + type(practitioner_id).__name__)

        appointment_type_id = d["appointment_type_id"]
        if type(appointment_type_id) is not int and type(appointment_type_id) is not str:
            raise TypeError("appointment_type_id: unexpected " + type(appointment_type_id).__name__)

        business_id = d["business_id"]
        if type(business_id) is not int and type(business_id) is not str:
            raise TypeError("business_id: unexpected " + type(business_id).__name__)

        ends_at = d.get("ends_at", UNSET)
        if ends_at is not None and ends_at is not UNSET:
            if not isinstance(ends_at, str):
                raise TypeError("ends_at: unexpected " + type(ends_at).__name__)
            ends_at_type_0 = datetime.datetime.fromisoformat(ends_at)

            ends_at = ends_at_type_0

        max_attendees = d.get("max_attendees", UNSET)
        if type(max_attendees) is not int and max_attendees is not UNSET:
            raise TypeError("max_attendees: unexpected " + type(max_attendees).__name__)

        notes = d.get("notes", UNSET)
        if type(notes) is not str and notes is not None and notes is not UNSET:
            raise TypeError("notes: unexpected " + type(notes).__name__)

        repeat_rule = d.get("repeat_rule", UNSET)
        if repeat_rule is not None and repeat_rule is not UNSET:
            if not isinstance(repeat_rule, dict):
                raise TypeError("repeat_rule: unexpected " + type(repeat_rule).__name__)
            repeat_rule_type_0 = RepeatRule.from_dict(repeat_rule)

            repeat_rule = repeat_rule_type_0

        # Built without calling __init__ (the models have no validators or converters):
        # keyword arguments to an attrs __init__ took a third of the time of a whole patient.
        group_appointment_create = _new_instance(cls)
        group_appointment_create.starts_at = starts_at
        group_appointment_create.practitioner_id = practitioner_id
        group_appointment_create.appointment_type_id = appointment_type_id
        group_appointment_create.business_id = business_id
        group_appointment_create.ends_at = ends_at
        group_appointment_create.max_attendees = max_attendees
        group_appointment_create.notes = notes
        group_appointment_create.repeat_rule = repeat_rule

        # Unknown properties, in the order they came. Counting the known keys present shows
        # whether there are any, without a loop (a required key missing raised KeyError above; an
        # optional one is UNSET exactly when absent). A new property the API adds comes in every
        # object: the last single unknown name is tried first, then one set difference.
        unknown_count = len(d) - (
            4
            + (ends_at is not UNSET)
            + (max_attendees is not UNSET)
            + (notes is not UNSET)
            + (repeat_rule is not UNSET)
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
        group_appointment_create.additional_properties = unknown
        return group_appointment_create

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
from ..models.repeat_rule import RepeatRule  # noqa: E402
