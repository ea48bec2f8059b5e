from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..redaction import redacted_repr
from ..types import UNSET, Unset

T = TypeVar("T", bound="SettingsOnlineBookings")
# object.__new__ looked up once: cls.__new__ searched the class's bases on every call.
_new_instance = object.__new__

# The properties this model knows, in the order of the class; anything else the server sends
# is kept in additional_properties.
_PROPERTIES = ("max_appointments_per_day_segment",)
_PROPERTY_NAMES = frozenset(_PROPERTIES)
# The name of the last lone unknown property seen (from_dict tries it first).
_LAST_UNKNOWN: list[str] = [""]


@_attrs_define
class SettingsOnlineBookings:
    """Online-booking settings (2017-2020 docs; the official document does not
    describe settings' parts). Only the one that shapes available times is
    described; `enabled`, `min_hours_advance_required_to_book`, `policy` and
    the others may appear and must be kept.

    """

    max_appointments_per_day_segment: int | None | Unset = UNSET
    """ How many available times online bookings show in each part of a day
    (morning before 12:00, afternoon 12:00 to 16:59, evening from 17:00,
    in the business's time zone): the first ones, so the shown times move
    on as times are booked. 1 to 5, or unlimited, whose value no source
    records: `null`, 0 or no key are read as unlimited (see the Fidelity
    ledger).
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return redacted_repr(self)

    def to_dict(self) -> dict[str, Any]:
        max_appointments_per_day_segment: int | None | Unset
        if isinstance(self.max_appointments_per_day_segment, Unset):
            max_appointments_per_day_segment = UNSET
        else:
            max_appointments_per_day_segment = self.max_appointments_per_day_segment

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if max_appointments_per_day_segment is not UNSET:
            field_dict["max_appointments_per_day_segment"] = max_appointments_per_day_segment

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        max_appointments_per_day_segment = d.get("max_appointments_per_day_segment", UNSET)
        if (
            type(max_appointments_per_day_segment) is not int
            and max_appointments_per_day_segment is not None
            and max_appointments_per_day_segment is not UNSET
        ):
            raise TypeError(
                "max_appointments_per_day_segment: unexpected " + type(max_appointments_per_day_segment).__name__
            )

        # Built without calling __init__ (the models have no validators or converters):
        # keyword arguments to an attrs __init__ took a third of the time of a whole patient.
        settings_online_bookings = _new_instance(cls)
        settings_online_bookings.max_appointments_per_day_segment = max_appointments_per_day_segment

        # Unknown properties, in the order they came. Counting the known keys present shows
        # whether there are any, without a loop (a required key missing raised KeyError above; an
        # optional one is UNSET exactly when absent). A new property the API adds comes in every
        # object: the last single unknown name is tried first, then one set difference.
        unknown_count = len(d) - (0 + (max_appointments_per_day_segment is not UNSET))
        if not unknown_count:
            unknown: dict[str, Any] = {}
        elif unknown_count == 1 and (unknown_name := _LAST_UNKNOWN[0]) in d and unknown_name not in _PROPERTY_NAMES:
            unknown = {unknown_name: d[unknown_name]}
        else:
            names = d.keys() - _PROPERTY_NAMES
            unknown = {k: v for k, v in d.items() if k in names}
            if unknown_count == 1:
                _LAST_UNKNOWN[0] = next(iter(names))
        settings_online_bookings.additional_properties = unknown
        return settings_online_bookings

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
