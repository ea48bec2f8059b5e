from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..redaction import redacted_repr
from ..types import UNSET, Unset

T = TypeVar("T", bound="Settings")

# The properties this model knows; anything else the server sends is kept in additional_properties.
_PROPERTY_NAMES = frozenset(
    {
        "patient_custom_fields_definition",
        "reminders",
    }
)


@_attrs_define
class Settings:
    """Account settings. Only the parts that shape patients are described; other keys may appear and must be kept."""

    patient_custom_fields_definition: CustomFields | None
    """ The account's custom patient fields - the same tree as a patient's `custom_fields`, without answers. """
    reminders: SettingsReminders | Unset = UNSET
    """ Reminder settings. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return redacted_repr(self)

    def to_dict(self) -> dict[str, Any]:
        patient_custom_fields_definition: dict[str, Any] | None
        if isinstance(self.patient_custom_fields_definition, CustomFields):
            patient_custom_fields_definition = self.patient_custom_fields_definition.to_dict()
        else:
            patient_custom_fields_definition = self.patient_custom_fields_definition

        reminders: dict[str, Any] | Unset = UNSET
        if not isinstance(self.reminders, Unset):
            reminders = self.reminders.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "patient_custom_fields_definition": patient_custom_fields_definition,
            }
        )
        if reminders is not UNSET:
            field_dict["reminders"] = reminders

        return field_dict

    @staticmethod
    def _parse_patient_custom_fields_definition(data: object) -> CustomFields | None:
        if data is None:
            return data
        if not isinstance(data, dict):
            raise TypeError()
        patient_custom_fields_definition_type_0 = CustomFields.from_dict(data)

        return patient_custom_fields_definition_type_0

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        patient_custom_fields_definition = d["patient_custom_fields_definition"]
        if patient_custom_fields_definition is not None:
            patient_custom_fields_definition = cls._parse_patient_custom_fields_definition(
                patient_custom_fields_definition
            )

        _reminders = d.get("reminders", UNSET)
        reminders: SettingsReminders | Unset
        if isinstance(_reminders, Unset):
            reminders = UNSET
        else:
            reminders = SettingsReminders.from_dict(_reminders)

        # Built without calling __init__ (the models have no validators or converters):
        # keyword arguments to an attrs __init__ cost more than all the parsing of a patient.
        settings = cls.__new__(cls)
        settings.patient_custom_fields_definition = patient_custom_fields_definition
        settings.reminders = reminders

        # Unknown properties, in the order they came. Usually there are none, which counting the
        # known keys present shows without a loop (a required key missing raised KeyError above;
        # an optional one is UNSET exactly when absent); when there are, one set difference.
        if len(d) == 1 + (reminders is not UNSET):
            unknown: dict[str, Any] = {}
        else:
            names = d.keys() - _PROPERTY_NAMES
            unknown = {k: d[k] for k in names} if len(names) == 1 else {k: v for k, v in d.items() if k in names}
        settings.additional_properties = unknown
        return settings

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


# At the bottom, not the top: models may refer to each other (import cycles).
from ..models.custom_fields import CustomFields  # noqa: E402
from ..models.settings_reminders import SettingsReminders  # noqa: E402
