from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..redaction import redacted_repr
from ..types import UNSET, Unset

T = TypeVar("T", bound="CustomFieldOther")


@_attrs_define
class CustomFieldOther:
    """Rules shared by requests and responses for the 'other' answer of a checkboxes or radiobuttons question."""

    enabled: bool | Unset = UNSET
    """ Whether the question offers an 'other' answer. Disregarded when creating/updating. """
    archived: bool | Unset = UNSET
    """ Whether this entry is archived in the account's settings. Disregarded when creating/updating. """
    selected: bool | Unset = UNSET
    """ Whether 'other' is chosen. Only accepted if the question's other is enabled. """
    value: str | Unset = UNSET
    """ The free text of the 'other' answer, 255 or fewer characters. Only accepted when selected is true. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return redacted_repr(self)

    def to_dict(self) -> dict[str, Any]:
        enabled = self.enabled

        archived = self.archived

        selected = self.selected

        value = self.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if enabled is not UNSET:
            field_dict["enabled"] = enabled
        if archived is not UNSET:
            field_dict["archived"] = archived
        if selected is not UNSET:
            field_dict["selected"] = selected
        if value is not UNSET:
            field_dict["value"] = value

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        enabled = d.pop("enabled", UNSET)

        archived = d.pop("archived", UNSET)

        selected = d.pop("selected", UNSET)

        value = d.pop("value", UNSET)

        custom_field_other = cls(
            enabled=enabled,
            archived=archived,
            selected=selected,
            value=value,
        )

        custom_field_other.additional_properties = d
        return custom_field_other

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
