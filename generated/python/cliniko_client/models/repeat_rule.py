from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..redaction import redacted_repr
from ..types import UNSET, Unset

T = TypeVar("T", bound="RepeatRule")
# object.__new__ looked up once: cls.__new__ searched the class's bases on every call.
_new_instance = object.__new__

# The properties this model knows, in the order of the class; anything else the server sends
# is kept in additional_properties.
_PROPERTIES = (
    "number_of_repeats",
    "repeat_type",
    "repeating_interval",
)
_PROPERTY_NAMES = frozenset(_PROPERTIES)
# The name of the last lone unknown property seen (from_dict tries it first).
_LAST_UNKNOWN: list[str] = [""]


@_attrs_define
class RepeatRule:
    """How the appointment repeats: `{}` (the 2016-2020 documentation) or
    `null` when it does not.

    """

    number_of_repeats: int | Unset = UNSET
    """ How many times it repeats. """
    repeat_type: str | Unset = UNSET
    """ The unit of the interval (`Daily`, `Weekly`, `Monthly`). """
    repeating_interval: int | Unset = UNSET
    """ Every how many units it repeats. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return redacted_repr(self)

    def to_dict(self) -> dict[str, Any]:
        number_of_repeats = self.number_of_repeats

        repeat_type = self.repeat_type

        repeating_interval = self.repeating_interval

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if number_of_repeats is not UNSET:
            field_dict["number_of_repeats"] = number_of_repeats
        if repeat_type is not UNSET:
            field_dict["repeat_type"] = repeat_type
        if repeating_interval is not UNSET:
            field_dict["repeating_interval"] = repeating_interval

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        number_of_repeats = d.get("number_of_repeats", UNSET)
        if type(number_of_repeats) is not int and number_of_repeats is not UNSET:
            raise TypeError("number_of_repeats: unexpected " + type(number_of_repeats).__name__)

        repeat_type = d.get("repeat_type", UNSET)
        if type(repeat_type) is not str and repeat_type is not UNSET:
            raise TypeError("repeat_type: unexpected " + type(repeat_type).__name__)

        repeating_interval = d.get("repeating_interval", UNSET)
        if type(repeating_interval) is not int and repeating_interval is not UNSET:
            raise TypeError("repeating_interval: unexpected " + type(repeating_interval).__name__)

        # Built without calling __init__ (the models have no validators or converters):
        # keyword arguments to an attrs __init__ took a third of the time of a whole patient.
        repeat_rule = _new_instance(cls)
        repeat_rule.number_of_repeats = number_of_repeats
        repeat_rule.repeat_type = repeat_type
        repeat_rule.repeating_interval = repeating_interval

        # Unknown properties, in the order they came. Counting the known keys present shows
        # whether there are any, without a loop (a required key missing raised KeyError above; an
        # optional one is UNSET exactly when absent). A new property the API adds comes in every
        # object: the last single unknown name is tried first, then one set difference.
        unknown_count = len(d) - (
            0 + (number_of_repeats is not UNSET) + (repeat_type is not UNSET) + (repeating_interval is not UNSET)
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
        repeat_rule.additional_properties = unknown
        return repeat_rule

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
