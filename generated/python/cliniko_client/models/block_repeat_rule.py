from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.block_repeat_rule_repeat_type_type_1 import (
    BlockRepeatRuleRepeatTypeType1,
    check_block_repeat_rule_repeat_type_type_1,
)
from ..models.block_repeat_rule_repeat_type_type_2_type_1 import (
    BlockRepeatRuleRepeatTypeType2Type1,
    check_block_repeat_rule_repeat_type_type_2_type_1,
)
from ..models.block_repeat_rule_repeat_type_type_3_type_1 import (
    BlockRepeatRuleRepeatTypeType3Type1,
    check_block_repeat_rule_repeat_type_type_3_type_1,
)
from ..redaction import redacted_repr
from ..types import UNSET, Unset

T = TypeVar("T", bound="BlockRepeatRule")
# object.__new__ looked up once: cls.__new__ searched the class's bases on every call.
_new_instance = object.__new__

# The properties this model knows, in the order of the class; anything else the server sends
# is kept in additional_properties.
_PROPERTIES = (
    "repeat_type",
    "repeating_interval",
    "number_of_repeats",
)
_PROPERTY_NAMES = frozenset(_PROPERTIES)
# The name of the last lone unknown property seen (from_dict tries it first).
_LAST_UNKNOWN: list[str] = [""]


@_attrs_define
class BlockRepeatRule:
    """How a block repeats (`{}`, the 2016-2020 documentation's word, or `null`
    on the property when it does not): `number_of_repeats` more blocks, each
    `repeating_interval` days, weeks or months (`repeat_type`) after the last.
    Cliniko's document caps `number_of_repeats` at 51 for unavailable blocks
    and 100 for availability blocks; this document accepts up to 100 for both.

    """

    repeat_type: (
        BlockRepeatRuleRepeatTypeType1
        | BlockRepeatRuleRepeatTypeType2Type1
        | BlockRepeatRuleRepeatTypeType3Type1
        | None
        | Unset
    ) = UNSET
    """ The unit of `repeating_interval`. """
    repeating_interval: int | None | Unset = UNSET
    """ How many days, weeks or months apart the repeats are (1 to 100). """
    number_of_repeats: int | None | Unset = UNSET
    """ How many repeats follow the first block (1 to 100). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return redacted_repr(self)

    def to_dict(self) -> dict[str, Any]:
        repeat_type: None | str | Unset
        if isinstance(self.repeat_type, Unset):
            repeat_type = UNSET
        elif isinstance(self.repeat_type, str):
            repeat_type = self.repeat_type
        elif isinstance(self.repeat_type, str):
            repeat_type = self.repeat_type
        elif isinstance(self.repeat_type, str):
            repeat_type = self.repeat_type
        else:
            repeat_type = self.repeat_type

        repeating_interval: int | None | Unset
        if isinstance(self.repeating_interval, Unset):
            repeating_interval = UNSET
        else:
            repeating_interval = self.repeating_interval

        number_of_repeats: int | None | Unset
        if isinstance(self.number_of_repeats, Unset):
            number_of_repeats = UNSET
        else:
            number_of_repeats = self.number_of_repeats

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if repeat_type is not UNSET:
            field_dict["repeat_type"] = repeat_type
        if repeating_interval is not UNSET:
            field_dict["repeating_interval"] = repeating_interval
        if number_of_repeats is not UNSET:
            field_dict["number_of_repeats"] = number_of_repeats

        return field_dict

    @staticmethod
    def _parse_repeat_type(
        data: object,
    ) -> (
        BlockRepeatRuleRepeatTypeType1
        | BlockRepeatRuleRepeatTypeType2Type1
        | BlockRepeatRuleRepeatTypeType3Type1
        | None
        | Unset
    ):
        if data is None:
            return data
        if isinstance(data, Unset):
            return data
        try:
            if not isinstance(data, str):
                raise TypeError()
            repeat_type_type_1 = check_block_repeat_rule_repeat_type_type_1(data)

            return repeat_type_type_1
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        try:
            if not isinstance(data, str):
                raise TypeError()
            repeat_type_type_2_type_1 = check_block_repeat_rule_repeat_type_type_2_type_1(data)

            return repeat_type_type_2_type_1
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        if not isinstance(data, str):
            raise TypeError()
        repeat_type_type_3_type_1 = check_block_repeat_rule_repeat_type_type_3_type_1(data)

        return repeat_type_type_3_type_1

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        repeat_type = d.get("repeat_type", UNSET)
        if repeat_type is not None and repeat_type is not UNSET:
            repeat_type = cls._parse_repeat_type(repeat_type)

        repeating_interval = d.get("repeating_interval", UNSET)
        if type(repeating_interval) is not int and repeating_interval is not None and repeating_interval is not UNSET:
            raise TypeError("repeating_interval: unexpected " + type(repeating_interval).__name__)

        number_of_repeats = d.get("number_of_repeats", UNSET)
        if type(number_of_repeats) is not int and number_of_repeats is not None and number_of_repeats is not UNSET:
            raise TypeError("number_of_repeats: unexpected " + type(number_of_repeats).__name__)

        # Built without calling __init__ (the models have no validators or converters):
        # keyword arguments to an attrs __init__ took a third of the time of a whole patient.
        block_repeat_rule = _new_instance(cls)
        block_repeat_rule.repeat_type = repeat_type
        block_repeat_rule.repeating_interval = repeating_interval
        block_repeat_rule.number_of_repeats = number_of_repeats

        # Unknown properties, in the order they came. Counting the known keys present shows
        # whether there are any, without a loop (a required key missing raised KeyError above; an
        # optional one is UNSET exactly when absent). A new property the API adds comes in every
        # object: the last single unknown name is tried first, then one set difference.
        unknown_count = len(d) - (
            0 + (repeat_type is not UNSET) + (repeating_interval is not UNSET) + (number_of_repeats is not UNSET)
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
        block_repeat_rule.additional_properties = unknown
        return block_repeat_rule

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
