from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..redaction import redacted_repr

T = TypeVar("T", bound="DailyAvailabilityList")
# object.__new__ looked up once: cls.__new__ searched the class's bases on every call.
_new_instance = object.__new__

# The properties this model knows, in the order of the class; anything else the server sends
# is kept in additional_properties.
_PROPERTIES = (
    "daily_availabilities",
    "total_entries",
    "links",
)
_PROPERTY_NAMES = frozenset(_PROPERTIES)
# The name of the last lone unknown property seen (from_dict tries it first).
_LAST_UNKNOWN: list[str] = [""]


@_attrs_define
class DailyAvailabilityList:
    """One page of daily availabilities."""

    daily_availabilities: list[DailyAvailability]
    """ The daily availabilities on this page (at most `per_page`, 100). """
    total_entries: int
    """ How many daily availabilities match, over all pages. """
    links: PageLinks
    """ Links of a list page; `next` and `previous` appear only when there is such a page. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return redacted_repr(self)

    def to_dict(self) -> dict[str, Any]:
        daily_availabilities = []
        for daily_availabilities_item_data in self.daily_availabilities:
            daily_availabilities_item = daily_availabilities_item_data.to_dict()
            daily_availabilities.append(daily_availabilities_item)

        total_entries = self.total_entries

        links = self.links.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "daily_availabilities": daily_availabilities,
                "total_entries": total_entries,
                "links": links,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        raw_daily_availabilities = d["daily_availabilities"]
        if not isinstance(raw_daily_availabilities, list):
            raise TypeError("daily_availabilities: unexpected " + type(raw_daily_availabilities).__name__)
        daily_availabilities = [DailyAvailability.from_dict(item) for item in raw_daily_availabilities]

        total_entries = d["total_entries"]
        if type(total_entries) is not int:
            raise TypeError("total_entries: unexpected " + type(total_entries).__name__)

        raw_links = d["links"]
        if not isinstance(raw_links, dict):
            raise TypeError("links: unexpected " + type(raw_links).__name__)
        links = PageLinks.from_dict(raw_links)

        # Built without calling __init__ (the models have no validators or converters):
        # keyword arguments to an attrs __init__ took a third of the time of a whole patient.
        daily_availability_list = _new_instance(cls)
        daily_availability_list.daily_availabilities = daily_availabilities
        daily_availability_list.total_entries = total_entries
        daily_availability_list.links = links

        # Unknown properties, in the order they came. Counting the known keys present shows
        # whether there are any, without a loop (a required key missing raised KeyError above; an
        # optional one is UNSET exactly when absent). A new property the API adds comes in every
        # object: the last single unknown name is tried first, then one set difference.
        unknown_count = len(d) - (3)
        if not unknown_count:
            unknown: dict[str, Any] = {}
        elif unknown_count == 1 and (unknown_name := _LAST_UNKNOWN[0]) in d and unknown_name not in _PROPERTY_NAMES:
            unknown = {unknown_name: d[unknown_name]}
        else:
            names = d.keys() - _PROPERTY_NAMES
            unknown = {k: v for k, v in d.items() if k in names}
            if unknown_count == 1:
                _LAST_UNKNOWN[0] = next(iter(names))
        daily_availability_list.additional_properties = unknown
        return daily_availability_list

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
from ..models.daily_availability import DailyAvailability  # noqa: E402
from ..models.page_links import PageLinks  # noqa: E402
