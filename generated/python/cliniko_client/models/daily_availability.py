from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..redaction import redacted_repr
from ..types import UNSET, Unset

T = TypeVar("T", bound="DailyAvailability")
# object.__new__ looked up once: cls.__new__ searched the class's bases on every call.
_new_instance = object.__new__

# The properties this model knows, in the order of the class; anything else the server sends
# is kept in additional_properties.
_PROPERTIES = (
    "id",
    "created_at",
    "updated_at",
    "day_of_week",
    "availabilities",
    "business",
    "practitioner",
    "time_zone",
    "time_zone_identifier",
    "links",
)
_PROPERTY_NAMES = frozenset(_PROPERTIES)
# The name of the last lone unknown property seen (from_dict tries it first).
_LAST_UNKNOWN: list[str] = [""]


@_attrs_define
class DailyAvailability:
    """When a practitioner works at a business on one day of every week: the
    periods of `availabilities`, in the business's wall-clock time. The
    available times are computed from them in the business's time zone, so a
    9:00 start stays 9:00 across a daylight-saving change. Read-only.

    `id`, `created_at` and `updated_at` are always present and never `null`.
    `time_zone` and `time_zone_identifier` are in Cliniko's current document
    only and may be absent. Unknown properties may appear; keep them.

    """

    id: int | str
    """ A 64-bit id. The live API sends a string of digits
    (`"836447129235883061"`); older examples show an integer. Treat it as a
    string: that loses no precision in any language. An integer must be
    written as one: `1.0` or `1e3` is not an id (the sandbox answers 422),
    although JSON Schema alone counts `1.0` as an integer.
    An id written as a JSON number is at most 2^53-1 (9007199254740991), the
    largest integer every JSON parser keeps exactly; send larger ids as strings.
     """
    created_at: datetime.datetime
    """ When it was created (UTC). """
    updated_at: datetime.datetime
    """ When it was last changed (UTC). """
    day_of_week: int | None | Unset = UNSET
    """ The day of the week, or `null`. Sources disagree on the numbering:
    the 2016-2020 documentation says ISO, 1 Monday to 7 Sunday (its
    example has 7); Cliniko's current document lists 0 to 6, Sunday as 0.
    1 to 6 are Monday to Saturday in both; 0 and 7 are both Sunday.
     """
    availabilities: list[AvailabilityPeriod] | None | Unset = UNSET
    """ The periods worked that day, each `HH:MM` local times, start before end; or `null`. """
    business: Link | Unset = UNSET
    """ A link to a related resource or collection. """
    practitioner: Link | Unset = UNSET
    """ A link to a related resource or collection. """
    time_zone: None | str | Unset = UNSET
    """ The business's time zone by Cliniko's name (`Melbourne`), or `null`. """
    time_zone_identifier: None | str | Unset = UNSET
    """ The business's IANA time zone (`Australia/Melbourne`), or `null`. """
    links: SelfLinks | Unset = UNSET
    """ The URL of this resource. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return redacted_repr(self)

    def to_dict(self) -> dict[str, Any]:
        id: int | str
        id = self.id

        created_at = self.created_at.isoformat().replace("+00:00", "Z")

        updated_at = self.updated_at.isoformat().replace("+00:00", "Z")

        day_of_week: int | None | Unset
        if isinstance(self.day_of_week, Unset):
            day_of_week = UNSET
        else:
            day_of_week = self.day_of_week

        availabilities: list[dict[str, Any]] | None | Unset
        if isinstance(self.availabilities, Unset):
            availabilities = UNSET
        elif isinstance(self.availabilities, list):
            availabilities = []
            for availabilities_type_0_item_data in self.availabilities:
                availabilities_type_0_item = availabilities_type_0_item_data.to_dict()
                availabilities.append(availabilities_type_0_item)

        else:
            availabilities = self.availabilities

        business: dict[str, Any] | Unset = UNSET
        if not isinstance(self.business, Unset):
            business = self.business.to_dict()

        practitioner: dict[str, Any] | Unset = UNSET
        if not isinstance(self.practitioner, Unset):
            practitioner = self.practitioner.to_dict()

        time_zone: None | str | Unset
        if isinstance(self.time_zone, Unset):
            time_zone = UNSET
        else:
            time_zone = self.time_zone

        time_zone_identifier: None | str | Unset
        if isinstance(self.time_zone_identifier, Unset):
            time_zone_identifier = UNSET
        else:
            time_zone_identifier = self.time_zone_identifier

        links: dict[str, Any] | Unset = UNSET
        if not isinstance(self.links, Unset):
            links = self.links.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "created_at": created_at,
                "updated_at": updated_at,
            }
        )
        if day_of_week is not UNSET:
            field_dict["day_of_week"] = day_of_week
        if availabilities is not UNSET:
            field_dict["availabilities"] = availabilities
        if business is not UNSET:
            field_dict["business"] = business
        if practitioner is not UNSET:
            field_dict["practitioner"] = practitioner
        if time_zone is not UNSET:
            field_dict["time_zone"] = time_zone
        if time_zone_identifier is not UNSET:
            field_dict["time_zone_identifier"] = time_zone_identifier
        if links is not UNSET:
            field_dict["links"] = links

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        id = d["id"]
        if type(id) is not int and type(id) is not str:
            raise TypeError("id: unexpected " + type(id).__name__)

        raw_created_at = d["created_at"]
        if not isinstance(raw_created_at, str):
            raise TypeError("created_at: unexpected " + type(raw_created_at).__name__)
        created_at = datetime.datetime.fromisoformat(raw_created_at)

        raw_updated_at = d["updated_at"]
        if not isinstance(raw_updated_at, str):
            raise TypeError("updated_at: unexpected " + type(raw_updated_at).__name__)
        updated_at = datetime.datetime.fromisoformat(raw_updated_at)

        day_of_week = d.get("day_of_week", UNSET)
        if type(day_of_week) is not int and day_of_week is not None and day_of_week is not UNSET:
            raise TypeError("day_of_week: unexpected " + type(day_of_week).__name__)

        availabilities = d.get("availabilities", UNSET)
        if availabilities is not None and availabilities is not UNSET:
            if not isinstance(availabilities, list):
                raise TypeError("availabilities: unexpected " + type(availabilities).__name__)
            availabilities_type_0 = [AvailabilityPeriod.from_dict(item) for item in availabilities]

            availabilities = availabilities_type_0

        _business = d.get("business", UNSET)
        business: Link | Unset
        if _business is UNSET:
            business = UNSET
        else:
            business = Link.from_dict(_business)

        _practitioner = d.get("practitioner", UNSET)
        practitioner: Link | Unset
        if _practitioner is UNSET:
            practitioner = UNSET
        else:
            practitioner = Link.from_dict(_practitioner)

        time_zone = d.get("time_zone", UNSET)
        if type(time_zone) is not str and time_zone is not None and time_zone is not UNSET:
            raise TypeError("time_zone: unexpected " + type(time_zone).__name__)

        time_zone_identifier = d.get("time_zone_identifier", UNSET)
        if (
            type(time_zone_identifier) is not str
            and time_zone_identifier is not None
            and time_zone_identifier is not UNSET
        ):
            raise TypeError("time_zone_identifier: unexpected " + type(time_zone_identifier).__name__)

        _links = d.get("links", UNSET)
        links: SelfLinks | Unset
        if _links is UNSET:
            links = UNSET
        else:
            links = SelfLinks.from_dict(_links)

        # Built without calling __init__ (the models have no validators or converters):
        # keyword arguments to an attrs __init__ took a third of the time of a whole patient.
        daily_availability = _new_instance(cls)
        daily_availability.id = id
        daily_availability.created_at = created_at
        daily_availability.updated_at = updated_at
        daily_availability.day_of_week = day_of_week
        daily_availability.availabilities = availabilities
        daily_availability.business = business
        daily_availability.practitioner = practitioner
        daily_availability.time_zone = time_zone
        daily_availability.time_zone_identifier = time_zone_identifier
        daily_availability.links = links

        # Unknown properties, in the order they came. Counting the known keys present shows
        # whether there are any, without a loop (a required key missing raised KeyError above; an
        # optional one is UNSET exactly when absent). A new property the API adds comes in every
        # object: the last single unknown name is tried first, then one set difference.
        unknown_count = len(d) - (
            3
            + (day_of_week is not UNSET)
            + (availabilities is not UNSET)
            + (business is not UNSET)
            + (practitioner is not UNSET)
            + (time_zone is not UNSET)
            + (time_zone_identifier is not UNSET)
            + (links is not UNSET)
        )
        if not unknown_count:
            unknown: dict[str, Any] = {}
        elif unknown_count == 1 and (unknown_name := _LAST_UNKNOWN[0]) in d and unknown_name not in _PROPERTY_NAMES:
            unknown = {unknown_name: d[unknown_name]}
        else:
            names = d.keys() - _PROPERTY_NAMES
            unknown = {k: v for k, v in d.items() if k in names}
            if unknown_count == 1:
                _LAST_UNKNOWN[0] = next(iter(names))
        daily_availability.additional_properties = unknown
        return daily_availability

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
from ..models.availability_period import AvailabilityPeriod  # noqa: E402
from ..models.link import Link  # noqa: E402
from ..models.self_links import SelfLinks  # noqa: E402
