from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..redaction import redacted_repr
from ..types import UNSET, Unset

T = TypeVar("T", bound="Settings")
# object.__new__ looked up once: cls.__new__ searched the class's bases on every call.
_new_instance = object.__new__

# The properties this model knows, in the order of the class; anything else the server sends
# is kept in additional_properties.
_PROPERTIES = (
    "patient_custom_fields_definition",
    "reminders",
    "online_bookings",
)
_PROPERTY_NAMES = frozenset(_PROPERTIES)
# The name of the last lone unknown property seen (from_dict tries it first).
_LAST_UNKNOWN: list[str] = [""]


@_attrs_define
class Settings:
    """Account settings. Only the parts that shape patients and available times are described; other keys may appear and
    must be kept.

    """

    patient_custom_fields_definition: CustomFields | None
    """ The account's custom patient fields - the same tree as a patient's `custom_fields`, without answers. """
    reminders: SettingsReminders | Unset = UNSET
    """ Reminder settings. """
    online_bookings: SettingsOnlineBookings | Unset = UNSET
    """ Online-booking settings (2017-2020 docs; the official document does not
    describe settings' parts). Only the one that shapes available times is
    described; `enabled`, `min_hours_advance_required_to_book`, `policy` and
    the others may appear and must be kept.
     """
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

        online_bookings: dict[str, Any] | Unset = UNSET
        if not isinstance(self.online_bookings, Unset):
            online_bookings = self.online_bookings.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "patient_custom_fields_definition": patient_custom_fields_definition,
            }
        )
        if reminders is not UNSET:
            field_dict["reminders"] = reminders
        if online_bookings is not UNSET:
            field_dict["online_bookings"] = online_bookings

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        patient_custom_fields_definition = d["patient_custom_fields_definition"]
        if patient_custom_fields_definition is not None:
            if not isinstance(patient_custom_fields_definition, dict):
                raise TypeError(
                    "patient_custom_fields_definition: unexpected " + type(patient_custom_fields_definition).__name__
                )
            patient_custom_fields_definition_type_0 = CustomFields.from_dict(patient_custom_fields_definition)

            patient_custom_fields_definition = patient_custom_fields_definition_type_0

        _reminders = d.get("reminders", UNSET)
        reminders: SettingsReminders | Unset
        if _reminders is UNSET:
            reminders = UNSET
        else:
            reminders = SettingsReminders.from_dict(_reminders)

        _online_bookings = d.get("online_bookings", UNSET)
        online_bookings: SettingsOnlineBookings | Unset
        if _online_bookings is UNSET:
            online_bookings = UNSET
        else:
            online_bookings = SettingsOnlineBookings.from_dict(_online_bookings)

        # Built without calling __init__ (the models have no validators or converters):
        # keyword arguments to an attrs __init__ took a third of the time of a whole patient.
        settings = _new_instance(cls)
        settings.patient_custom_fields_definition = patient_custom_fields_definition
        settings.reminders = reminders
        settings.online_bookings = online_bookings

        # Unknown properties, in the order they came. Counting the known keys present shows
        # whether there are any, without a loop (a required key missing raised KeyError above; an
        # optional one is UNSET exactly when absent). A new property the API adds comes in every
        # object: the last single unknown name is tried first, then one set difference.
        unknown_count = len(d) - (1 + (reminders is not UNSET) + (online_bookings is not UNSET))
        if not unknown_count:
            unknown: dict[str, Any] = {}
        elif unknown_count == 1 and (unknown_name := _LAST_UNKNOWN[0]) in d and unknown_name not in _PROPERTY_NAMES:
            unknown = {unknown_name: d[unknown_name]}
        else:
            names = d.keys() - _PROPERTY_NAMES
            unknown = {k: v for k, v in d.items() if k in names}
            if unknown_count == 1:
                _LAST_UNKNOWN[0] = next(iter(names))
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
from ..models.settings_online_bookings import SettingsOnlineBookings  # noqa: E402
from ..models.settings_reminders import SettingsReminders  # noqa: E402
