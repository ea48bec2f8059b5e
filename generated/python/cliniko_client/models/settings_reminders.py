from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.reminder_type import ReminderType, check_reminder_type
from ..redaction import redacted_repr
from ..types import UNSET, Unset

T = TypeVar("T", bound="SettingsReminders")


@_attrs_define
class SettingsReminders:
    """Reminder settings."""

    default_reminder_type: ReminderType | Unset = UNSET
    """ How the patient is reminded of appointments. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return redacted_repr(self)

    def to_dict(self) -> dict[str, Any]:
        default_reminder_type: str | Unset = UNSET
        if not isinstance(self.default_reminder_type, Unset):
            default_reminder_type = self.default_reminder_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if default_reminder_type is not UNSET:
            field_dict["default_reminder_type"] = default_reminder_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _default_reminder_type = d.pop("default_reminder_type", UNSET)
        default_reminder_type: ReminderType | Unset
        if isinstance(_default_reminder_type, Unset):
            default_reminder_type = UNSET
        else:
            default_reminder_type = check_reminder_type(_default_reminder_type)

        settings_reminders = cls(
            default_reminder_type=default_reminder_type,
        )

        settings_reminders.additional_properties = d
        return settings_reminders

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
