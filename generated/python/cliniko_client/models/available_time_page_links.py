from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..redaction import redacted_repr
from ..types import UNSET, Unset

T = TypeVar("T", bound="AvailableTimePageLinks")
# object.__new__ looked up once: cls.__new__ searched the class's bases on every call.
_new_instance = object.__new__

# The properties this model knows, in the order of the class; anything else the server sends
# is kept in additional_properties.
_PROPERTIES = (
    "self",
    "next",
    "previous",
)
_PROPERTY_NAMES = frozenset(_PROPERTIES)
# The name of the last lone unknown property seen (from_dict tries it first).
_LAST_UNKNOWN: list[str] = [""]


@_attrs_define
class AvailableTimePageLinks:
    """Links of a page of available times, as `PageLinks`, except that the
    2013-2020 documentation shows them relative to the API's root
    (`/businesses/1/practitioners/1/appointment_types/1/available_times?...`);
    resolve one against `https://api.SHARD.cliniko.com/v1`.

    """

    self_: str
    """ This page. """
    next_: str | Unset = UNSET
    """ The next page; absent on the last page. """
    previous: str | Unset = UNSET
    """ The previous page; absent on the first page. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return redacted_repr(self)

    def to_dict(self) -> dict[str, Any]:
        self_ = self.self_

        next_ = self.next_

        previous = self.previous

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "self": self_,
            }
        )
        if next_ is not UNSET:
            field_dict["next"] = next_
        if previous is not UNSET:
            field_dict["previous"] = previous

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        self_ = d["self"]
        if type(self_) is not str:
            raise TypeError("self: unexpected " + type(self_).__name__)

        next_ = d.get("next", UNSET)
        if type(next_) is not str and next_ is not UNSET:
            raise TypeError("next: unexpected " + type(next_).__name__)

        previous = d.get("previous", UNSET)
        if type(previous) is not str and previous is not UNSET:
            raise TypeError("previous: unexpected " + type(previous).__name__)

        # Built without calling __init__ (the models have no validators or converters):
        # keyword arguments to an attrs __init__ took a third of the time of a whole patient.
        available_time_page_links = _new_instance(cls)
        available_time_page_links.self_ = self_
        available_time_page_links.next_ = next_
        available_time_page_links.previous = previous

        # Unknown properties, in the order they came. Counting the known keys present shows
        # whether there are any, without a loop (a required key missing raised KeyError above; an
        # optional one is UNSET exactly when absent). A new property the API adds comes in every
        # object: the last single unknown name is tried first, then one set difference.
        unknown_count = len(d) - (1 + (next_ is not UNSET) + (previous is not UNSET))
        if not unknown_count:
            unknown: dict[str, Any] = {}
        elif unknown_count == 1 and (unknown_name := _LAST_UNKNOWN[0]) in d and unknown_name not in _PROPERTY_NAMES:
            unknown = {unknown_name: d[unknown_name]}
        else:
            names = d.keys() - _PROPERTY_NAMES
            unknown = {k: v for k, v in d.items() if k in names}
            if unknown_count == 1:
                _LAST_UNKNOWN[0] = next(iter(names))
        available_time_page_links.additional_properties = unknown
        return available_time_page_links

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
