from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.phone_type import PhoneType, check_phone_type
from ..redaction import redacted_repr
from ..types import UNSET, Unset

T = TypeVar("T", bound="PhoneNumber")


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

    @staticmethod
    def _parse_normalized_number(data: object) -> None | str | Unset:
        if data is None:
            return data
        if isinstance(data, Unset):
            return data
        return cast(None | str | Unset, data)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        number = d.pop("number")

        phone_type = check_phone_type(d.pop("phone_type"))

        normalized_number = cls._parse_normalized_number(d.pop("normalized_number", UNSET))

        phone_number = cls(
            number=number,
            phone_type=phone_type,
            normalized_number=normalized_number,
        )

        phone_number.additional_properties = d
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
