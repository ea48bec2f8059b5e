from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..redaction import redacted_repr

T = TypeVar("T", bound="AttendeeList")
# object.__new__ looked up once: cls.__new__ searched the class's bases on every call.
_new_instance = object.__new__

# The properties this model knows, in the order of the class; anything else the server sends
# is kept in additional_properties.
_PROPERTIES = (
    "attendees",
    "total_entries",
    "links",
)
_PROPERTY_NAMES = frozenset(_PROPERTIES)
# The name of the last lone unknown property seen (from_dict tries it first).
_LAST_UNKNOWN: list[str] = [""]


@_attrs_define
class AttendeeList:
    """One page of attendees."""

    attendees: list[Attendee]
    """ The attendees on this page (at most `per_page`, 100). """
    total_entries: int
    """ How many attendees match, over all pages. """
    links: PageLinks
    """ Links of a list page; `next` and `previous` appear only when there is such a page. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return redacted_repr(self)

    def to_dict(self) -> dict[str, Any]:
        attendees = []
        for attendees_item_data in self.attendees:
            attendees_item = attendees_item_data.to_dict()
            attendees.append(attendees_item)

        total_entries = self.total_entries

        links = self.links.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "attendees": attendees,
                "total_entries": total_entries,
                "links": links,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        raw_attendees = d["attendees"]
        if not isinstance(raw_attendees, list):
            raise TypeError("attendees: unexpected " + type(raw_attendees).__name__)
        attendees = [Attendee.from_dict(item) for item in raw_attendees]

        total_entries = d["total_entries"]
        if type(total_entries) is not int:
            raise TypeError("total_entries: unexpected " + type(total_entries).__name__)

        raw_links = d["links"]
        if not isinstance(raw_links, dict):
            raise TypeError("links: unexpected " + type(raw_links).__name__)
        links = PageLinks.from_dict(raw_links)

        # Built without calling __init__ (the models have no validators or converters):
        # keyword arguments to an attrs __init__ took a third of the time of a whole patient.
        attendee_list = _new_instance(cls)
        attendee_list.attendees = attendees
        attendee_list.total_entries = total_entries
        attendee_list.links = links

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
        attendee_list.additional_properties = unknown
        return attendee_list

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
from ..models.attendee import Attendee  # noqa: E402
from ..models.page_links import PageLinks  # noqa: E402
