from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..redaction import redacted_repr
from ..types import UNSET, Unset

T = TypeVar("T", bound="AvailabilityBlockCreate")
# object.__new__ looked up once: cls.__new__ searched the class's bases on every call.
_new_instance = object.__new__

# The properties this model knows, in the order of the class; anything else the server sends
# is kept in additional_properties.
_PROPERTIES = (
    "business_id",
    "practitioner_id",
    "starts_at",
    "ends_at",
    "repeat_rule",
)
_PROPERTY_NAMES = frozenset(_PROPERTIES)
# The name of the last lone unknown property seen (from_dict tries it first).
_LAST_UNKNOWN: list[str] = [""]


@_attrs_define
class AvailabilityBlockCreate:
    """A new availability block; every property but `repeat_rule` is required."""

    business_id: int | str
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
    starts_at: datetime.datetime
    """ When the block starts. """
    ends_at: datetime.datetime
    """ When the block ends; after `starts_at` (otherwise a 422 naming `ends_at`). """
    repeat_rule: BlockRepeatRule | None | Unset = UNSET
    """ How the block repeats; `null` or `{}` when it does not. """

    def __repr__(self) -> str:
        return redacted_repr(self)

    def to_dict(self) -> dict[str, Any]:
        business_id: int | str
        business_id = self.business_id

        practitioner_id: int | str
        practitioner_id = self.practitioner_id

        starts_at = self.starts_at.isoformat().replace("+00:00", "Z")

        ends_at = self.ends_at.isoformat().replace("+00:00", "Z")

        repeat_rule: dict[str, Any] | None | Unset
        if isinstance(self.repeat_rule, Unset):
            repeat_rule = UNSET
        elif isinstance(self.repeat_rule, BlockRepeatRule):
            repeat_rule = self.repeat_rule.to_dict()
        else:
            repeat_rule = self.repeat_rule

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "business_id": business_id,
                "practitioner_id": practitioner_id,
                "starts_at": starts_at,
                "ends_at": ends_at,
            }
        )
        if repeat_rule is not UNSET:
            field_dict["repeat_rule"] = repeat_rule

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        business_id = d["business_id"]
        if type(business_id) is not int and type(business_id) is not str:
            raise TypeError("business_id: unexpected " + type(business_id).__name__)

        practitioner_id = d["practitioner_id"]
        if type(practitioner_id) is not int and type(practitioner_id) is not str:
            raise TypeError("practitioner_id: unexpected " + type(practitioner_id).__name__)

        raw_starts_at = d["starts_at"]
        if not isinstance(raw_starts_at, str):
            raise TypeError("starts_at: unexpected " + type(raw_starts_at).__name__)
        starts_at = datetime.datetime.fromisoformat(raw_starts_at)

        raw_ends_at = d["ends_at"]
        if not isinstance(raw_ends_at, str):
            raise TypeError("ends_at: unexpected " + type(raw_ends_at).__name__)
        ends_at = datetime.datetime.fromisoformat(raw_ends_at)

        repeat_rule = d.get("repeat_rule", UNSET)
        if repeat_rule is not None and repeat_rule is not UNSET:
            if not isinstance(repeat_rule, dict):
                raise TypeError("repeat_rule: unexpected " + type(repeat_rule).__name__)
            repeat_rule_type_0 = BlockRepeatRule.from_dict(repeat_rule)

            repeat_rule = repeat_rule_type_0

        # Built without calling __init__ (the models have no validators or converters):
        # keyword arguments to an attrs __init__ took a third of the time of a whole patient.
        availability_block_create = _new_instance(cls)
        availability_block_create.business_id = business_id
        availability_block_create.practitioner_id = practitioner_id
        availability_block_create.starts_at = starts_at
        availability_block_create.ends_at = ends_at
        availability_block_create.repeat_rule = repeat_rule

        return availability_block_create


# At the bottom, not the top: models may refer to each other (import cycles).
from ..models.block_repeat_rule import BlockRepeatRule  # noqa: E402
