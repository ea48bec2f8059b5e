from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..redaction import redacted_repr
from ..types import UNSET, Unset

T = TypeVar("T", bound="NextAvailableTime")
# object.__new__ looked up once: cls.__new__ searched the class's bases on every call.
_new_instance = object.__new__

# The properties this model knows, in the order of the class; anything else the server sends
# is kept in additional_properties.
_PROPERTIES = (
    "appointment_start",
    "total_entries",
    "links",
)
_PROPERTY_NAMES = frozenset(_PROPERTIES)
# The name of the last lone unknown property seen (from_dict tries it first).
_LAST_UNKNOWN: list[str] = [""]


@_attrs_define
class NextAvailableTime:
    """The next time at which the appointment can start. When there is none, the
    sandbox sends `appointment_start: null` (no source records Cliniko's answer;
    see the Fidelity ledger).

    """

    appointment_start: datetime.datetime | None
    """ The start, in UTC with `Z`, or `null` when no time is free. """
    total_entries: int | Unset = UNSET
    """ 1, or 0 with `appointment_start` `null` (Cliniko's current document declares it; the older docs do not). """
    links: SelfLinks | Unset = UNSET
    """ The URL of this resource. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return redacted_repr(self)

    def to_dict(self) -> dict[str, Any]:
        appointment_start: None | str
        if isinstance(self.appointment_start, datetime.datetime):
            appointment_start = self.appointment_start.isoformat().replace("+00:00", "Z")
        else:
            appointment_start = self.appointment_start

        total_entries = self.total_entries

        links: dict[str, Any] | Unset = UNSET
        if not isinstance(self.links, Unset):
            links = self.links.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "appointment_start": appointment_start,
            }
        )
        if total_entries is not UNSET:
            field_dict["total_entries"] = total_entries
        if links is not UNSET:
            field_dict["links"] = links

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        appointment_start = d["appointment_start"]
        if appointment_start is not None:
            if not isinstance(appointment_start, str):
                raise TypeError("appointment_start: unexpected " + type(appointment_start).__name__)
            appointment_start_type_0 = datetime.datetime.fromisoformat(appointment_start)

            appointment_start = appointment_start_type_0

        total_entries = d.get("total_entries", UNSET)
        if type(total_entries) is not int and total_entries is not UNSET:
            raise TypeError("total_entries: unexpected " + type(total_entries).__name__)

        _links = d.get("links", UNSET)
        links: SelfLinks | Unset
        if _links is UNSET:
            links = UNSET
        else:
            links = SelfLinks.from_dict(_links)

        # Built without calling __init__ (the models have no validators or converters):
        # keyword arguments to an attrs __init__ took a third of the time of a whole patient.
        next_available_time = _new_instance(cls)
        next_available_time.appointment_start = appointment_start
        next_available_time.total_entries = total_entries
        next_available_time.links = links

        # Unknown properties, in the order they came. Counting the known keys present shows
        # whether there are any, without a loop (a required key missing raised KeyError above; an
        # optional one is UNSET exactly when absent). A new property the API adds comes in every
        # object: the last single unknown name is tried first, then one set difference.
        unknown_count = len(d) - (1 + (total_entries is not UNSET) + (links is not UNSET))
        if not unknown_count:
            unknown: dict[str, Any] = {}
        elif unknown_count == 1 and (unknown_name := _LAST_UNKNOWN[0]) in d and unknown_name not in _PROPERTY_NAMES:
            unknown = {unknown_name: d[unknown_name]}
        else:
            names = d.keys() - _PROPERTY_NAMES
            unknown = {k: v for k, v in d.items() if k in names}
            if unknown_count == 1:
                _LAST_UNKNOWN[0] = next(iter(names))
        next_available_time.additional_properties = unknown
        return next_available_time

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
from ..models.self_links import SelfLinks  # noqa: E402
