from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..redaction import redacted_repr

T = TypeVar("T", bound="BookingList")
# object.__new__ looked up once: cls.__new__ searched the class's bases on every call.
_new_instance = object.__new__

# The properties this model knows, in the order of the class; anything else the server sends
# is kept in additional_properties.
_PROPERTIES = (
    "bookings",
    "total_entries",
    "links",
)
_PROPERTY_NAMES = frozenset(_PROPERTIES)
# The name of the last lone unknown property seen (from_dict tries it first).
_LAST_UNKNOWN: list[str] = [""]


@_attrs_define
class BookingList:
    """One page of bookings."""

    bookings: list[GroupAppointmentBooking | IndividualAppointmentBooking | UnavailableBlock]
    """ The bookings on this page (at most `per_page`, 100). """
    total_entries: int
    """ How many bookings match, over all pages. """
    links: PageLinks
    """ Links of a list page; `next` and `previous` appear only when there is such a page. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return redacted_repr(self)

    def to_dict(self) -> dict[str, Any]:
        bookings = []
        for bookings_item_data in self.bookings:
            bookings_item: dict[str, Any]
            if isinstance(bookings_item_data, IndividualAppointmentBooking):
                bookings_item = bookings_item_data.to_dict()
            elif isinstance(bookings_item_data, GroupAppointmentBooking):
                bookings_item = bookings_item_data.to_dict()
            else:
                bookings_item = bookings_item_data.to_dict()

            bookings.append(bookings_item)

        total_entries = self.total_entries

        links = self.links.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "bookings": bookings,
                "total_entries": total_entries,
                "links": links,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        raw_bookings = d["bookings"]
        if not isinstance(raw_bookings, list):
            raise TypeError("bookings: unexpected " + type(raw_bookings).__name__)
        bookings = []
        _bookings = raw_bookings
        for bookings_item_data in _bookings:

            def _parse_bookings_item(
                data: object,
            ) -> GroupAppointmentBooking | IndividualAppointmentBooking | UnavailableBlock:
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_booking_type_0 = IndividualAppointmentBooking.from_dict(data)

                    return componentsschemas_booking_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_booking_type_1 = GroupAppointmentBooking.from_dict(data)

                    return componentsschemas_booking_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_booking_type_2 = UnavailableBlock.from_dict(data)

                return componentsschemas_booking_type_2

            bookings_item = _parse_bookings_item(bookings_item_data)

            bookings.append(bookings_item)

        total_entries = d["total_entries"]
        if type(total_entries) is not int:
            raise TypeError("total_entries: unexpected " + type(total_entries).__name__)

        raw_links = d["links"]
        if not isinstance(raw_links, dict):
            raise TypeError("links: unexpected " + type(raw_links).__name__)
        links = PageLinks.from_dict(raw_links)

        # Built without calling __init__ (the models have no validators or converters):
        # keyword arguments to an attrs __init__ took a third of the time of a whole patient.
        booking_list = _new_instance(cls)
        booking_list.bookings = bookings
        booking_list.total_entries = total_entries
        booking_list.links = links

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
        booking_list.additional_properties = unknown
        return booking_list

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
from ..models.group_appointment_booking import GroupAppointmentBooking  # noqa: E402
from ..models.individual_appointment_booking import IndividualAppointmentBooking  # noqa: E402
from ..models.page_links import PageLinks  # noqa: E402
from ..models.unavailable_block import UnavailableBlock  # noqa: E402
