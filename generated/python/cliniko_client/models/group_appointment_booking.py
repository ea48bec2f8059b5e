from __future__ import annotations

import datetime
import operator
from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..redaction import redacted_repr
from ..types import UNSET, Unset

T = TypeVar("T", bound="GroupAppointmentBooking")
# object.__new__ looked up once: cls.__new__ searched the class's bases on every call.
_new_instance = object.__new__

# The properties this model knows, in the order of the class; anything else the server sends
# is kept in additional_properties.
_PROPERTIES = (
    "id",
    "starts_at",
    "ends_at",
    "created_at",
    "updated_at",
    "max_attendees",
    "patient_ids",
    "notes",
    "telehealth_url",
    "repeat_rule",
    "practitioner",
    "business",
    "appointment_type",
    "repeated_from",
    "repeats",
    "conflicts",
    "attendees",
    "archived_at",
    "deleted_at",
    "links",
)
_PROPERTY_NAMES = frozenset(_PROPERTIES)
# The name of the last lone unknown property seen (from_dict tries it first).
_LAST_UNKNOWN: list[str] = [""]
# Every property's value at once, in the order of the class (from_dict's fast path).
_READ_ALL = operator.itemgetter(*_PROPERTIES)


@_attrs_define
class GroupAppointmentBooking:
    """A group appointment listed as a booking. It always says how many may attend (`max_attendees`, which may be `null`)."""

    id: int | str
    """ A 64-bit id. The live API sends a string of digits
    (`"836447129235883061"`); older examples show an integer. Treat it as a
    string: that loses no precision in any language. An integer must be
    written as one: `1.0` or `1e3` is not an id (the sandbox answers 422),
    although JSON Schema alone counts `1.0` as an integer.
    An id written as a JSON number is at most 2^53-1 (9007199254740991), the
    largest integer every JSON parser keeps exactly; send larger ids as strings.
     """
    starts_at: datetime.datetime
    """ When the class starts (UTC). """
    ends_at: datetime.datetime
    """ When the class ends (UTC), after `starts_at`. """
    created_at: datetime.datetime
    """ When the group appointment was created (UTC). """
    updated_at: datetime.datetime
    """ When the group appointment was last changed (UTC). """
    max_attendees: int | None
    """ How many patients may attend (attendees neither cancelled, archived nor deleted). """
    patient_ids: list[int | str] | None | Unset = UNSET
    """ The patients of its attendees that are not cancelled (read-only:
    patients join and leave through `/attendees`); `[]` when none,
    `null` in older records.
     """
    notes: None | str | Unset = UNSET
    """ Notes about the class (free text; may describe people). """
    telehealth_url: None | str | Unset = UNSET
    """ The video call's address for telehealth classes, or `null`. """
    repeat_rule: None | RepeatRule | Unset = UNSET
    """ How the class repeats; `{}` or `null` when it does not. """
    practitioner: Link | Unset = UNSET
    """ A link to a related resource or collection. """
    business: Link | Unset = UNSET
    """ A link to a related resource or collection. """
    appointment_type: Link | Unset = UNSET
    """ A link to a related resource or collection. """
    repeated_from: Link | None | Unset = UNSET
    """ A link to a related resource, or `null` when there is none. """
    repeats: Link | None | Unset = UNSET
    """ A link to a related resource, or `null` when there is none. """
    conflicts: Link | None | Unset = UNSET
    """ A link to a related resource, or `null` when there is none. """
    attendees: Link | Unset = UNSET
    """ A link to a related resource or collection. """
    archived_at: datetime.datetime | Literal[""] | None | Unset = UNSET
    """ A UTC timestamp, or `""` / `null` when unset (the original examples show `""`, the live API sends `null`).
    """
    deleted_at: datetime.datetime | Literal[""] | None | Unset = UNSET
    """ A UTC timestamp, or `""` / `null` when unset (the original examples show `""`, the live API sends `null`).
    """
    links: SelfLinks | Unset = UNSET
    """ The URL of this resource. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return redacted_repr(self)

    def to_dict(self) -> dict[str, Any]:
        id: int | str
        id = self.id

        starts_at = self.starts_at.isoformat().replace("+00:00", "Z")

        ends_at = self.ends_at.isoformat().replace("+00:00", "Z")

        created_at = self.created_at.isoformat().replace("+00:00", "Z")

        updated_at = self.updated_at.isoformat().replace("+00:00", "Z")

        max_attendees: int | None
        max_attendees = self.max_attendees

        patient_ids: list[int | str] | None | Unset
        if isinstance(self.patient_ids, Unset):
            patient_ids = UNSET
        elif isinstance(self.patient_ids, list):
            patient_ids = []
            for patient_ids_type_0_item_data in self.patient_ids:
                patient_ids_type_0_item: int | str
                patient_ids_type_0_item = patient_ids_type_0_item_data
                patient_ids.append(patient_ids_type_0_item)

        else:
            patient_ids = self.patient_ids

        notes: None | str | Unset
        if isinstance(self.notes, Unset):
            notes = UNSET
        else:
            notes = self.notes

        telehealth_url: None | str | Unset
        if isinstance(self.telehealth_url, Unset):
            telehealth_url = UNSET
        else:
            telehealth_url = self.telehealth_url

        repeat_rule: dict[str, Any] | None | Unset
        if isinstance(self.repeat_rule, Unset):
            repeat_rule = UNSET
        elif isinstance(self.repeat_rule, RepeatRule):
            repeat_rule = self.repeat_rule.to_dict()
        else:
            repeat_rule = self.repeat_rule

        practitioner: dict[str, Any] | Unset = UNSET
        if not isinstance(self.practitioner, Unset):
            practitioner = self.practitioner.to_dict()

        business: dict[str, Any] | Unset = UNSET
        if not isinstance(self.business, Unset):
            business = self.business.to_dict()

        appointment_type: dict[str, Any] | Unset = UNSET
        if not isinstance(self.appointment_type, Unset):
            appointment_type = self.appointment_type.to_dict()

        repeated_from: dict[str, Any] | None | Unset
        if isinstance(self.repeated_from, Unset):
            repeated_from = UNSET
        elif isinstance(self.repeated_from, Link):
            repeated_from = self.repeated_from.to_dict()
        else:
            repeated_from = self.repeated_from

        repeats: dict[str, Any] | None | Unset
        if isinstance(self.repeats, Unset):
            repeats = UNSET
        elif isinstance(self.repeats, Link):
            repeats = self.repeats.to_dict()
        else:
            repeats = self.repeats

        conflicts: dict[str, Any] | None | Unset
        if isinstance(self.conflicts, Unset):
            conflicts = UNSET
        elif isinstance(self.conflicts, Link):
            conflicts = self.conflicts.to_dict()
        else:
            conflicts = self.conflicts

        attendees: dict[str, Any] | Unset = UNSET
        if not isinstance(self.attendees, Unset):
            attendees = self.attendees.to_dict()

        archived_at: Literal[""] | None | str | Unset
        if isinstance(self.archived_at, Unset):
            archived_at = UNSET
        elif isinstance(self.archived_at, datetime.datetime):
            archived_at = self.archived_at.isoformat().replace("+00:00", "Z")
        else:
            archived_at = self.archived_at

        deleted_at: Literal[""] | None | str | Unset
        if isinstance(self.deleted_at, Unset):
            deleted_at = UNSET
        elif isinstance(self.deleted_at, datetime.datetime):
            deleted_at = self.deleted_at.isoformat().replace("+00:00", "Z")
        else:
            deleted_at = self.deleted_at

        links: dict[str, Any] | Unset = UNSET
        if not isinstance(self.links, Unset):
            links = self.links.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "starts_at": starts_at,
                "ends_at": ends_at,
                "created_at": created_at,
                "updated_at": updated_at,
                "max_attendees": max_attendees,
            }
        )
        if patient_ids is not UNSET:
            field_dict["patient_ids"] = patient_ids
        if notes is not UNSET:
            field_dict["notes"] = notes
        if telehealth_url is not UNSET:
            field_dict["telehealth_url"] = telehealth_url
        if repeat_rule is not UNSET:
            field_dict["repeat_rule"] = repeat_rule
        if practitioner is not UNSET:
            field_dict["practitioner"] = practitioner
        if business is not UNSET:
            field_dict["business"] = business
        if appointment_type is not UNSET:
            field_dict["appointment_type"] = appointment_type
        if repeated_from is not UNSET:
            field_dict["repeated_from"] = repeated_from
        if repeats is not UNSET:
            field_dict["repeats"] = repeats
        if conflicts is not UNSET:
            field_dict["conflicts"] = conflicts
        if attendees is not UNSET:
            field_dict["attendees"] = attendees
        if archived_at is not UNSET:
            field_dict["archived_at"] = archived_at
        if deleted_at is not UNSET:
            field_dict["deleted_at"] = deleted_at
        if links is not UNSET:
            field_dict["links"] = links

        return field_dict

    @staticmethod
    def _parse_archived_at(data: object) -> datetime.datetime | Literal[""] | None | Unset:
        if data is None:
            return data
        if isinstance(data, Unset):
            return data
        try:
            if not isinstance(data, str):
                raise TypeError()
            componentsschemas_date_time_or_blank_type_0 = datetime.datetime.fromisoformat(data)

            return componentsschemas_date_time_or_blank_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        componentsschemas_date_time_or_blank_type_1 = cast(Literal[""], data)
        if componentsschemas_date_time_or_blank_type_1 != "":
            raise ValueError(
                f"/components/schemas/DateTimeOrBlank_type_1 must match const '', got '{componentsschemas_date_time_or_blank_type_1}'"
            )
        return componentsschemas_date_time_or_blank_type_1

    @staticmethod
    def _parse_deleted_at(data: object) -> datetime.datetime | Literal[""] | None | Unset:
        if data is None:
            return data
        if isinstance(data, Unset):
            return data
        try:
            if not isinstance(data, str):
                raise TypeError()
            componentsschemas_date_time_or_blank_type_0 = datetime.datetime.fromisoformat(data)

            return componentsschemas_date_time_or_blank_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        componentsschemas_date_time_or_blank_type_1 = cast(Literal[""], data)
        if componentsschemas_date_time_or_blank_type_1 != "":
            raise ValueError(
                f"/components/schemas/DateTimeOrBlank_type_1 must match const '', got '{componentsschemas_date_time_or_blank_type_1}'"
            )
        return componentsschemas_date_time_or_blank_type_1

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        # A whole record (every property present, null where empty, as Cliniko sends them) is read
        # in one C call; a record without some of them (older ones) raises KeyError and is read
        # key by key. Three times as fast as a get per property for a patient.
        try:
            (
                id,
                raw_starts_at,
                raw_ends_at,
                raw_created_at,
                raw_updated_at,
                max_attendees,
                raw_patient_ids,
                notes,
                telehealth_url,
                raw_repeat_rule,
                raw_practitioner,
                raw_business,
                raw_appointment_type,
                raw_repeated_from,
                raw_repeats,
                raw_conflicts,
                raw_attendees,
                raw_archived_at,
                raw_deleted_at,
                raw_links,
            ) = _READ_ALL(d)
            known_count = 20
        except KeyError:
            id = d["id"]
            raw_starts_at = d["starts_at"]
            raw_ends_at = d["ends_at"]
            raw_created_at = d["created_at"]
            raw_updated_at = d["updated_at"]
            max_attendees = d["max_attendees"]
            raw_patient_ids = d.get("patient_ids", UNSET)
            notes = d.get("notes", UNSET)
            telehealth_url = d.get("telehealth_url", UNSET)
            raw_repeat_rule = d.get("repeat_rule", UNSET)
            raw_practitioner = d.get("practitioner", UNSET)
            raw_business = d.get("business", UNSET)
            raw_appointment_type = d.get("appointment_type", UNSET)
            raw_repeated_from = d.get("repeated_from", UNSET)
            raw_repeats = d.get("repeats", UNSET)
            raw_conflicts = d.get("conflicts", UNSET)
            raw_attendees = d.get("attendees", UNSET)
            raw_archived_at = d.get("archived_at", UNSET)
            raw_deleted_at = d.get("deleted_at", UNSET)
            raw_links = d.get("links", UNSET)
            known_count = (
                6
                + (raw_patient_ids is not UNSET)
                + (notes is not UNSET)
                + (telehealth_url is not UNSET)
                + (raw_repeat_rule is not UNSET)
                + (raw_practitioner is not UNSET)
                + (raw_business is not UNSET)
                + (raw_appointment_type is not UNSET)
                + (raw_repeated_from is not UNSET)
                + (raw_repeats is not UNSET)
                + (raw_conflicts is not UNSET)
                + (raw_attendees is not UNSET)
                + (raw_archived_at is not UNSET)
                + (raw_deleted_at is not UNSET)
                + (raw_links is not UNSET)
            )

        if type(id) is not int and type(id) is not str:
            raise TypeError("id: unexpected " + type(id).__name__)

        if not isinstance(raw_starts_at, str):
            raise TypeError("starts_at: unexpected " + type(raw_starts_at).__name__)
        starts_at = datetime.datetime.fromisoformat(raw_starts_at)

        if not isinstance(raw_ends_at, str):
            raise TypeError("ends_at: unexpected " + type(raw_ends_at).__name__)
        ends_at = datetime.datetime.fromisoformat(raw_ends_at)

        if not isinstance(raw_created_at, str):
            raise TypeError("created_at: unexpected " + type(raw_created_at).__name__)
        created_at = datetime.datetime.fromisoformat(raw_created_at)

        if not isinstance(raw_updated_at, str):
            raise TypeError("updated_at: unexpected " + type(raw_updated_at).__name__)
        updated_at = datetime.datetime.fromisoformat(raw_updated_at)

        if type(max_attendees) is not int and max_attendees is not None:
            raise TypeError("max_attendees: unexpected " + type(max_attendees).__name__)

        patient_ids = raw_patient_ids
        if patient_ids is not None and patient_ids is not UNSET:
            if not isinstance(patient_ids, list):
                raise TypeError("patient_ids: unexpected " + type(patient_ids).__name__)
            patient_ids_type_0 = []
            _patient_ids_type_0 = patient_ids
            for patient_ids_type_0_item_data in _patient_ids_type_0:

                def _parse_patient_ids_type_0_item(data: object) -> int | str:
                    return cast(int | str, data)

                patient_ids_type_0_item = _parse_patient_ids_type_0_item(patient_ids_type_0_item_data)

                patient_ids_type_0.append(patient_ids_type_0_item)

            patient_ids = patient_ids_type_0

        if type(notes) is not str and notes is not None and notes is not UNSET:
            raise TypeError("notes: unexpected " + type(notes).__name__)

        if type(telehealth_url) is not str and telehealth_url is not None and telehealth_url is not UNSET:
            raise TypeError("telehealth_url: unexpected " + type(telehealth_url).__name__)

        repeat_rule = raw_repeat_rule
        if repeat_rule is not None and repeat_rule is not UNSET:
            if not isinstance(repeat_rule, dict):
                raise TypeError("repeat_rule: unexpected " + type(repeat_rule).__name__)
            repeat_rule_type_0 = RepeatRule.from_dict(repeat_rule)

            repeat_rule = repeat_rule_type_0

        _practitioner = raw_practitioner
        practitioner: Link | Unset
        if _practitioner is UNSET:
            practitioner = UNSET
        else:
            practitioner = Link.from_dict(_practitioner)

        _business = raw_business
        business: Link | Unset
        if _business is UNSET:
            business = UNSET
        else:
            business = Link.from_dict(_business)

        _appointment_type = raw_appointment_type
        appointment_type: Link | Unset
        if _appointment_type is UNSET:
            appointment_type = UNSET
        else:
            appointment_type = Link.from_dict(_appointment_type)

        repeated_from = raw_repeated_from
        if repeated_from is not None and repeated_from is not UNSET:
            if not isinstance(repeated_from, dict):
                raise TypeError("repeated_from: unexpected " + type(repeated_from).__name__)
            componentsschemas_nullable_link_type_0 = Link.from_dict(repeated_from)

            repeated_from = componentsschemas_nullable_link_type_0

        repeats = raw_repeats
        if repeats is not None and repeats is not UNSET:
            if not isinstance(repeats, dict):
                raise TypeError("repeats: unexpected " + type(repeats).__name__)
            componentsschemas_nullable_link_type_0 = Link.from_dict(repeats)

            repeats = componentsschemas_nullable_link_type_0

        conflicts = raw_conflicts
        if conflicts is not None and conflicts is not UNSET:
            if not isinstance(conflicts, dict):
                raise TypeError("conflicts: unexpected " + type(conflicts).__name__)
            componentsschemas_nullable_link_type_0 = Link.from_dict(conflicts)

            conflicts = componentsschemas_nullable_link_type_0

        _attendees = raw_attendees
        attendees: Link | Unset
        if _attendees is UNSET:
            attendees = UNSET
        else:
            attendees = Link.from_dict(_attendees)

        archived_at = raw_archived_at
        if archived_at is not None and archived_at is not UNSET:
            archived_at = cls._parse_archived_at(archived_at)

        deleted_at = raw_deleted_at
        if deleted_at is not None and deleted_at is not UNSET:
            deleted_at = cls._parse_deleted_at(deleted_at)

        _links = raw_links
        links: SelfLinks | Unset
        if _links is UNSET:
            links = UNSET
        else:
            links = SelfLinks.from_dict(_links)

        # Built without calling __init__ (the models have no validators or converters):
        # keyword arguments to an attrs __init__ took a third of the time of a whole patient.
        group_appointment_booking = _new_instance(cls)
        group_appointment_booking.id = id
        group_appointment_booking.starts_at = starts_at
        group_appointment_booking.ends_at = ends_at
        group_appointment_booking.created_at = created_at
        group_appointment_booking.updated_at = updated_at
        group_appointment_booking.max_attendees = max_attendees
        group_appointment_booking.patient_ids = patient_ids
        group_appointment_booking.notes = notes
        group_appointment_booking.telehealth_url = telehealth_url
        group_appointment_booking.repeat_rule = repeat_rule
        group_appointment_booking.practitioner = practitioner
        group_appointment_booking.business = business
        group_appointment_booking.appointment_type = appointment_type
        group_appointment_booking.repeated_from = repeated_from
        group_appointment_booking.repeats = repeats
        group_appointment_booking.conflicts = conflicts
        group_appointment_booking.attendees = attendees
        group_appointment_booking.archived_at = archived_at
        group_appointment_booking.deleted_at = deleted_at
        group_appointment_booking.links = links

        # Unknown properties, in the order they came. Counting the known keys present shows
        # whether there are any, without a loop (a required key missing raised KeyError above; an
        # optional one is UNSET exactly when absent). A new property the API adds comes in every
        # object: the last single unknown name is tried first, then one set difference.
        unknown_count = len(d) - known_count
        if not unknown_count:
            unknown: dict[str, Any] = {}
        elif unknown_count == 1 and (unknown_name := _LAST_UNKNOWN[0]) in d and unknown_name not in _PROPERTY_NAMES:
            unknown = {unknown_name: d[unknown_name]}
        else:
            names = d.keys() - _PROPERTY_NAMES
            unknown = {k: v for k, v in d.items() if k in names}
            if unknown_count == 1:
                _LAST_UNKNOWN[0] = next(iter(names))
        group_appointment_booking.additional_properties = unknown
        return group_appointment_booking

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
from ..models.link import Link  # noqa: E402
from ..models.repeat_rule import RepeatRule  # noqa: E402
from ..models.self_links import SelfLinks  # noqa: E402
