from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..redaction import redacted_repr

T = TypeVar("T", bound="CustomFieldTypeRules")
# object.__new__ looked up once: cls.__new__ searched the class's bases on every call.
_new_instance = object.__new__


@_attrs_define
class CustomFieldTypeRules:
    """Rules that depend on a field's type. They apply where type is authoritative (responses and the settings definition);
    in requests type is disregarded, so the Python validator applies them with the type from the definition.

    """

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return redacted_repr(self)

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # Built without calling __init__ (the models have no validators or converters):
        # keyword arguments to an attrs __init__ took a third of the time of a whole patient.
        custom_field_type_rules = _new_instance(cls)

        unknown = dict(src_dict)
        custom_field_type_rules.additional_properties = unknown
        return custom_field_type_rules

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
