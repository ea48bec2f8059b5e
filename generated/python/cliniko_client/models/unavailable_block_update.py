from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..redaction import redacted_repr
from ..types import UNSET, Unset

T = TypeVar("T", bound="UnavailableBlockUpdate")
# object.__new__ looked up once: cls.__new__ searched the class's bases on every call.
_new_instance = object.__new__

# The properties this model knows, in the order of the class; anything else the server sends
# is kept in additional_properties.
_PROPERTIES = (
    "business_id",
    "practitioner_id",
    "unavailable_block_type_id",
    "starts_at",
    "ends_at",
    "notes",
    "repeat_rule",
)
_PROPERTY_NAMES = frozenset(_PROPERTIES)
# The name of the last lone unknown property seen (from_dict tries it first).
_LAST_UNKNOWN: list[str] = [""]


@_attrs_define
class UnavailableBlockUpdate:
    """Unavailable block properties a client may write. Every one is optional;
    only the ones sent are changed. Read-only properties are not accepted.

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
    practitioner_id: int | str | Unset = UNSET
    """ A 64-bit id. The live API sends a string of digits
    (`"836447129235883061"`); older examples show an integer. Treat it as a
    string: that loses no precision in any language. An integer must be
    written as one: `1.0` or `1e3` is not an id (the sandbox answers 422),
    although JSON Schema alone counts `1.0` as an integer.
    An id written as a JSON number is at most 2^53-1 (9007199254740991), the
    largest integer every JSON parser keeps exactly; send larger ids as strings.
     """
    unavailable_block_type_id: int | str | Unset = UNSET
    """ A 64-bit id. The live API sends a string of digits
    (`"836447129235883061"`); older examples show an integer. Treat it as a
    string: that loses no precision in any language. An integer must be
    written as one: `1.0` or `1e3` is not an id (the sandbox answers 422),
    although JSON Schema alone counts `1.0` as an integer.
    An id written as a JSON number is at most 2^53-1 (9007199254740991), the
    largest integer every JSON parser keeps exactly; send larger ids as strings.
     """
    starts_at: datetime.datetime | Unset = UNSET
    """ When the block starts (UTC, or with an offset). """
    ends_at: datetime.datetime | Unset = UNSET
    """ When the block ends; after `starts_at` (otherwise a 422 naming `ends_at`). """
    notes: None | str | Unset = UNSET
    """ Free text about the block, or `null`. """
    repeat_rule: BlockRepeatRule | None | Unset = UNSET
    """ How the block repeats; `null` or `{}` when it does not. """

    def __repr__(self) -> str:
        return redacted_repr(self)

    def to_dict(self) -> dict[str, Any]:
        business_id: int | str | Unset
        if isinstance(self.business_id, Unset):
            business_id = UNSET
        else:
            business_id = self.business_id

        practitioner_id: int | str | Unset
        if isinstance(self.practitioner_id, Unset):
            practitioner_id = UNSET
        else:
            practitioner_id = self.practitioner_id

        unavailable_block_type_id: int | str | Unset
        if isinstance(self.unavailable_block_type_id, Unset):
            unavailable_block_type_id = UNSET
        else:
            unavailable_block_type_id = self.unavailable_block_type_id

        starts_at: str | Unset = UNSET
        if not isinstance(self.starts_at, Unset):
            starts_at = self.starts_at.isoformat().replace("+00:00", "Z")

        ends_at: str | Unset = UNSET
        if not isinstance(self.ends_at, Unset):
            ends_at = self.ends_at.isoformat().replace("+00:00", "Z")

        notes: None | str | Unset
        if isinstance(self.notes, Unset):
            notes = UNSET
        else:
            notes = self.notes

        repeat_rule: dict[str, Any] | None | Unset
        if isinstance(self.repeat_rule, Unset):
            repeat_rule = UNSET
        elif isinstance(self.repeat_rule, BlockRepeatRule):
            repeat_rule = self.repeat_rule.to_dict()
        else:
            repeat_rule = self.repeat_rule

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if business_id is not UNSET:
            field_dict["business_id"] = business_id
        if practitioner_id is not UNSET:
            field_dict["practitioner_id"] = practitioner_id
        if unavailable_block_type_id is not UNSET:
            field_dict["unavailable_block_type_id"] = unavailable_block_type_id
        if starts_at is not UNSET:
            field_dict["starts_at"] = starts_at
        if ends_at is not UNSET:
            field_dict["ends_at"] = ends_at
        if notes is not UNSET:
            field_dict["notes"] = notes
        if repeat_rule is not UNSET:
            field_dict["repeat_rule"] = repeat_rule

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        business_id = d.get("business_id", UNSET)
        if type(business_id) is not int and type(business_id) is not str and business_id is not UNSET:
            raise TypeError("business_id: unexpected " + type(business_id).__name__)

        practitioner_id = d.get("practitioner_id", UNSET)
        if type(practitioner_id) is not int and type(practitioner_id) is not str and practitioner_id is not UNSET:
            raise TypeError("practitioner_id: unexpected " + type(practitioner_id).__name__)

        unavailable_block_type_id = d.get("unavailable_block_type_id", UNSET)
        if (
            type(unavailable_block_type_id) is not int
            and type(unavailable_block_type_id) is not str
            and unavailable_block_type_id is not UNSET
        ):
            raise TypeError("unavailable_block_type_id: unexpected " + type(unavailable_block_type_id).__name__)

        _starts_at = d.get("starts_at", UNSET)
        starts_at: datetime.datetime | Unset
        if _starts_at is UNSET:
            starts_at = UNSET
        else:
            starts_at = datetime.datetime.fromisoformat(_starts_at)

        _ends_at = d.get("ends_at", UNSET)
        ends_at: datetime.datetime | Unset
        if _ends_at is UNSET:
            ends_at = UNSET
        else:
            ends_at = datetime.datetime.fromisoformat(_ends_at)

        notes = d.get("notes", UNSET)
        if type(notes) is not str and notes is not None and notes is not UNSET:
            raise TypeError("notes: unexpected " + type(notes).__name__)

        repeat_rule = d.get("repeat_rule", UNSET)
        if repeat_rule is not None and repeat_rule is not UNSET:
            if not isinstance(repeat_rule, dict):
                raise TypeError("repeat_rule: unexpected " + type(repeat_rule).__name__)
            repeat_rule_type_0 = BlockRepeatRule.from_dict(repeat_rule)

            repeat_rule = repeat_rule_type_0

        # Built without calling __init__ (the models have no validators or converters):
        # keyword arguments to an attrs __init__ took a third of the time of a whole patient.
        unavailable_block_update = _new_instance(cls)
        unavailable_block_update.business_id = business_id
        unavailable_block_update.practitioner_id = practitioner_id
        unavailable_block_update.unavailable_block_type_id = unavailable_block_type_id
        unavailable_block_update.starts_at = starts_at
        unavailable_block_update.ends_at = ends_at
        unavailable_block_update.notes = notes
        unavailable_block_update.repeat_rule = repeat_rule

        return unavailable_block_update


# At the bottom, not the top: models may refer to each other (import cycles).
from ..models.block_repeat_rule import BlockRepeatRule  # noqa: E402
