from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.phone_type import PhoneType, check_phone_type
from ..redaction import redacted_repr
from ..types import UNSET, Unset

T = TypeVar("T", bound="PhoneNumber")
# object.__new__ looked up once: cls.__new__ searched the class's bases on every call.
_new_instance = object.__new__

# The properties this model knows, in the order of the class; anything else the server sends
# is kept in additional_properties.
_PROPERTIES = (
    "number",
    "phone_type",
    "normalized_number",
)
_PROPERTY_NAMES = frozenset(_PROPERTIES)
# The name of the last lone unknown property seen (from_dict tries it first).
_LAST_UNKNOWN: list[str] = [""]


@_attrs_define
class PhoneNumber:
    """One of the patient's phone numbers, as the API returns it."""

    number: str
    """ The number as entered, digits with an optional country code. """
    phone_type: PhoneType
    """ The kind of phone number. """
    normalized_number: None | str | Unset = UNSET
    """ The number in international form, when Cliniko could normalise it. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return redacted_repr(self)

    def to_dict(self) -> dict[str, Any]:
        number = self.number

        phone_type: str = self.phone_type

        normalized_number: None | str | Unset
        if isinstance(self.normalized_number, Unset):
            normalized_number = UNSET
        else:
            normalized_number = self.normalized_number

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "number": number,
                "phone_type": phone_type,
            }
        )
        if normalized_number is not UNSET:
            field_dict["normalized_number"] = normalized_number

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        number = d["number"]
        if type(number) is not str:
            raise TypeError("number: unexpected " + type(number).__name__)

        raw_phone_type = d["phone_type"]
        if not isinstance(raw_phone_type, str):
            raise TypeError("phone_type: unexpected " + type(raw_phone_type).__name__)
        try:
            phone_type = check_phone_type(raw_phone_type)
        except TypeError as error:
            raise TypeError("phone_type: " + str(error)) from None

        normalized_number = d.get("normalized_number", UNSET)
        if type(normalized_number) is not str and normalized_number is not None and normalized_number is not UNSET:
            raise TypeError("normalized_number: unexpected " + type(normalized_number).__name__)

        # Built without calling __init__ (the models have no validators or converters):
        # keyword arguments to an attrs __init__ took a third of the time of a whole patient.
        phone_number = _new_instance(cls)
        phone_number.number = number
        phone_number.phone_type = phone_type
        phone_number.normalized_number = normalized_number

        # Unknown properties, in the order they came. Counting the known keys present shows
        # whether there are any, without a loop (a required key missing raised KeyError above; an
        # optional one is UNSET exactly when absent). A new property the API adds comes in every
        # object: the last single unknown name is tried first, then one set difference.
        unknown_count = len(d) - (2 + (normalized_number is not UNSET))
        if not unknown_count:
            unknown: dict[str, Any] = {}
        elif unknown_count == 1 and (unknown_name := _LAST_UNKNOWN[0]) in d and unknown_name not in _PROPERTY_NAMES:
            unknown = {unknown_name: d[unknown_name]}
        else:
            names = d.keys() - _PROPERTY_NAMES
            unknown = {k: v for k, v in d.items() if k in names}
            if unknown_count == 1:
                _LAST_UNKNOWN[0] = next(iter(names))
        phone_number.additional_properties = unknown
        return phone_number

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
