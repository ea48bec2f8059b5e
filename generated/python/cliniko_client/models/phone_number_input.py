from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.phone_type import PhoneType, check_phone_type
from ..redaction import redacted_repr

T = TypeVar("T", bound="PhoneNumberInput")
# object.__new__ looked up once: cls.__new__ searched the class's bases on every call.
_new_instance = object.__new__

# The properties this model knows, in the order of the class; anything else the server sends
# is kept in additional_properties.
_PROPERTIES = (
    "number",
    "phone_type",
)
_PROPERTY_NAMES = frozenset(_PROPERTIES)
# The name of the last lone unknown property seen (from_dict tries it first).
_LAST_UNKNOWN: list[str] = [""]


@_attrs_define
class PhoneNumberInput:
    """A phone number to store on the patient."""

    number: str
    """ The number, digits with an optional leading `+` and country code. """
    phone_type: PhoneType
    """ The kind of phone number. """

    def __repr__(self) -> str:
        return redacted_repr(self)

    def to_dict(self) -> dict[str, Any]:
        number = self.number

        phone_type: str = self.phone_type

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "number": number,
                "phone_type": phone_type,
            }
        )

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

        # Built without calling __init__ (the models have no validators or converters):
        # keyword arguments to an attrs __init__ took a third of the time of a whole patient.
        phone_number_input = _new_instance(cls)
        phone_number_input.number = number
        phone_number_input.phone_type = phone_type

        return phone_number_input
