from __future__ import annotations

import datetime
import operator
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..redaction import redacted_repr
from ..types import UNSET, Unset

T = TypeVar("T", bound="Practitioner")
# object.__new__ looked up once: cls.__new__ searched the class's bases on every call.
_new_instance = object.__new__

# The properties this model knows, in the order of the class; anything else the server sends
# is kept in additional_properties.
_PROPERTIES = (
    "id",
    "first_name",
    "last_name",
    "created_at",
    "updated_at",
    "title",
    "display_name",
    "label",
    "designation",
    "description",
    "active",
    "show_in_online_bookings",
    "default_appointment_type",
    "appointment_types",
    "user",
    "appointments",
    "invoices",
    "practitioner_reference_numbers",
    "links",
)
_PROPERTY_NAMES = frozenset(_PROPERTIES)
# The name of the last lone unknown property seen (from_dict tries it first).
_LAST_UNKNOWN: list[str] = [""]
# Every property's value at once, in the order of the class (from_dict's fast path).
_READ_ALL = operator.itemgetter(*_PROPERTIES)


@_attrs_define
class Practitioner:
    """A practitioner: a user of the account who sees patients (not every user
    is one: receptionists are not). Appointments are booked with a
    practitioner. Which businesses a practitioner works at and which
    appointment types they offer are not properties of the practitioner:
    ask `GET /businesses/{id}/practitioners` and
    `GET /practitioners/{id}/appointment_types`. Unknown properties may
    appear as the API grows; clients must keep them, not fail on them.

    Only `id`, `first_name`, `last_name`, `created_at` and `updated_at` are
    always present and never `null`. The 2014-2020 documentation lacks
    `active` and `display_name`, and its inactive practitioners lack
    `label`, `description` and `practitioner_reference_numbers`.

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
    first_name: str
    """ The practitioner's first name. """
    last_name: str
    """ The practitioner's last name. """
    created_at: datetime.datetime
    """ When the practitioner was created (UTC). """
    updated_at: datetime.datetime
    """ When the practitioner was last changed (UTC). """
    title: None | str | Unset = UNSET
    """ Title (`Dr`), or `null`. """
    display_name: None | str | Unset = UNSET
    """ The name shown to patients, or `null`. """
    label: None | str | Unset = UNSET
    """ The practitioner's full name as Cliniko shows it. """
    designation: None | str | Unset = UNSET
    """ The practitioner's profession (`Osteopath`), or `null`. """
    description: None | str | Unset = UNSET
    """ A description shown to patients booking online, or `null`. """
    active: bool | None | Unset = UNSET
    """ Whether the practitioner is active. Inactive practitioners (former
    staff) are listed only by the `/inactive` lists and take no new
    appointments.
     """
    show_in_online_bookings: bool | None | Unset = UNSET
    """ Whether patients can book with this practitioner online; one not shown offers no available times. """
    default_appointment_type: Link | Unset = UNSET
    """ A link to a related resource or collection. """
    appointment_types: Link | Unset = UNSET
    """ A link to a related resource or collection. """
    user: Link | Unset = UNSET
    """ A link to a related resource or collection. """
    appointments: Link | Unset = UNSET
    """ A link to a related resource or collection. """
    invoices: Link | Unset = UNSET
    """ A link to a related resource or collection. """
    practitioner_reference_numbers: Link | Unset = UNSET
    """ A link to a related resource or collection. """
    links: SelfLinks | Unset = UNSET
    """ The URL of this resource. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return redacted_repr(self)

    def to_dict(self) -> dict[str, Any]:
        id: int | str
        id = self.id

        first_name = self.first_name

        last_name = self.last_name

        created_at = self.created_at.isoformat().replace("+00:00", "Z")

        updated_at = self.updated_at.isoformat().replace("+00:00", "Z")

        title: None | str | Unset
        if isinstance(self.title, Unset):
            title = UNSET
        else:
            title = self.title

        display_name: None | str | Unset
        if isinstance(self.display_name, Unset):
            display_name = UNSET
        else:
            display_name = self.display_name

        label: None | str | Unset
        if isinstance(self.label, Unset):
            label = UNSET
        else:
            label = self.label

        designation: None | str | Unset
        if isinstance(self.designation, Unset):
            designation = UNSET
        else:
            designation = self.designation

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        active: bool | None | Unset
        if isinstance(self.active, Unset):
            active = UNSET
        else:
            active = self.active

        show_in_online_bookings: bool | None | Unset
        if isinstance(self.show_in_online_bookings, Unset):
            show_in_online_bookings = UNSET
        else:
            show_in_online_bookings = self.show_in_online_bookings

        default_appointment_type: dict[str, Any] | Unset = UNSET
        if not isinstance(self.default_appointment_type, Unset):
            default_appointment_type = self.default_appointment_type.to_dict()

        appointment_types: dict[str, Any] | Unset = UNSET
        if not isinstance(self.appointment_types, Unset):
            appointment_types = self.appointment_types.to_dict()

        user: dict[str, Any] | Unset = UNSET
        if not isinstance(self.user, Unset):
            user = self.user.to_dict()

        appointments: dict[str, Any] | Unset = UNSET
        if not isinstance(self.appointments, Unset):
            appointments = self.appointments.to_dict()

        invoices: dict[str, Any] | Unset = UNSET
        if not isinstance(self.invoices, Unset):
            invoices = self.invoices.to_dict()

        practitioner_reference_numbers: dict[str, Any] | Unset = UNSET
        if not isinstance(self.practitioner_reference_numbers, Unset):
            practitioner_reference_numbers = self.practitioner_reference_numbers.to_dict()

        links: dict[str, Any] | Unset = UNSET
        if not isinstance(self.links, Unset):
            links = self.links.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "first_name": first_name,
                "last_name": last_name,
                "created_at": created_at,
                "updated_at": updated_at,
            }
        )
        if title is not UNSET:
            field_dict["title"] = title
        if display_name is not UNSET:
            field_dict["display_name"] = display_name
        if label is not UNSET:
            field_dict["label"] = label
        if designation is not UNSET:
            field_dict["designation"] = designation
        if description is not UNSET:
            field_dict["description"] = description
        if active is not UNSET:
            field_dict["active"] = active
        if show_in_online_bookings is not UNSET:
            field_dict["show_in_online_bookings"] = show_in_online_bookings
        if default_appointment_type is not UNSET:
            field_dict["default_appointment_type"] = default_appointment_type
        if appointment_types is not UNSET:
            field_dict["appointment_types"] = appointment_types
        if user is not UNSET:
            field_dict["user"] = user
        if appointments is not UNSET:
            field_dict["appointments"] = appointments
        if invoices is not UNSET:
            field_dict["invoices"] = invoices
        if practitioner_reference_numbers is not UNSET:
            field_dict["practitioner_reference_numbers"] = practitioner_reference_numbers
        if links is not UNSET:
            field_dict["links"] = links

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        # A whole record (every property present, null where empty, as Cliniko sends them) is read
        # in one C call; a record without some of them (older ones) raises KeyError and is read
        # key by key. Three times as fast as a get per property for a patient.
        try:
            (
                id,
                first_name,
                last_name,
                raw_created_at,
                raw_updated_at,
                title,
                display_name,
                label,
                designation,
                description,
                active,
                show_in_online_bookings,
                raw_default_appointment_type,
                raw_appointment_types,
                raw_user,
                raw_appointments,
                raw_invoices,
                raw_practitioner_reference_numbers,
                raw_links,
            ) = _READ_ALL(d)
            known_count = 19
        except KeyError:
            id = d["id"]
            first_name = d["first_name"]
            last_name = d["last_name"]
            raw_created_at = d["created_at"]
            raw_updated_at = d["updated_at"]
            title = d.get("title", UNSET)
            display_name = d.get("display_name", UNSET)
            label = d.get("label", UNSET)
            designation = d.get("designation", UNSET)
            description = d.get("description", UNSET)
            active = d.get("active", UNSET)
            show_in_online_bookings = d.get("show_in_online_bookings", UNSET)
            raw_default_appointment_type = d.get("default_appointment_type", UNSET)
            raw_appointment_types = d.get("appointment_types", UNSET)
            raw_user = d.get("user", UNSET)
            raw_appointments = d.get("appointments", UNSET)
            raw_invoices = d.get("invoices", UNSET)
            raw_practitioner_reference_numbers = d.get("practitioner_reference_numbers", UNSET)
            raw_links = d.get("links", UNSET)
            known_count = (
                5
                + (title is not UNSET)
                + (display_name is not UNSET)
                + (label is not UNSET)
                + (designation is not UNSET)
                + (description is not UNSET)
                + (active is not UNSET)
                + (show_in_online_bookings is not UNSET)
                + (raw_default_appointment_type is not UNSET)
                + (raw_appointment_types is not UNSET)
                + (raw_user is not UNSET)
                + (raw_appointments is not UNSET)
                + (raw_invoices is not UNSET)
                + (raw_practitioner_reference_numbers is not UNSET)
                + (raw_links is not UNSET)
            )

        if type(id) is not int and type(id) is not str:
            raise TypeError("id: unexpected " + type(id).__name__)

        if type(first_name) is not str:
            raise TypeError("first_name: unexpected " + type(first_name).__name__)

        if type(last_name) is not str:
            raise TypeError("last_name: unexpected " + type(last_name).__name__)

        if not isinstance(raw_created_at, str):
            raise TypeError("created_at: unexpected " + type(raw_created_at).__name__)
        created_at = datetime.datetime.fromisoformat(raw_created_at)

        if not isinstance(raw_updated_at, str):
            raise TypeError("updated_at: unexpected " + type(raw_updated_at).__name__)
        updated_at = datetime.datetime.fromisoformat(raw_updated_at)

        if type(title) is not str and title is not None and title is not UNSET:
            raise TypeError("title: unexpected " + type(title).__name__)

        if type(display_name) is not str and display_name is not None and display_name is not UNSET:
            raise TypeError("display_name: unexpected " + type(display_name).__name__)

        if type(label) is not str and label is not None and label is not UNSET:
            raise TypeError("label: unexpected " + type(label).__name__)

        if type(designation) is not str and designation is not None and designation is not UNSET:
            raise TypeError("designation: unexpected " + type(designation).__name__)

        if type(description) is not str and description is not None and description is not UNSET:
            raise TypeError("description: unexpected " + type(description).__name__)

        if type(active) is not bool and active is not None and active is not UNSET:
            raise TypeError("active: unexpected " + type(active).__name__)

        if (
            type(show_in_online_bookings) is not bool
            and show_in_online_bookings is not None
            and show_in_online_bookings is not UNSET
        ):
            raise TypeError("show_in_online_bookings: unexpected " + type(show_in_online_bookings).__name__)

        _default_appointment_type = raw_default_appointment_type
        default_appointment_type: Link | Unset
        if _default_appointment_type is UNSET:
            default_appointment_type = UNSET
        else:
            default_appointment_type = Link.from_dict(_default_appointment_type)

        _appointment_types = raw_appointment_types
        appointment_types: Link | Unset
        if _appointment_types is UNSET:
            appointment_types = UNSET
        else:
            appointment_types = Link.from_dict(_appointment_types)

        _user = raw_user
        user: Link | Unset
        if _user is UNSET:
            user = UNSET
        else:
            user = Link.from_dict(_user)

        _appointments = raw_appointments
        appointments: Link | Unset
        if _appointments is UNSET:
            appointments = UNSET
        else:
            appointments = Link.from_dict(_appointments)

        _invoices = raw_invoices
        invoices: Link | Unset
        if _invoices is UNSET:
            invoices = UNSET
        else:
            invoices = Link.from_dict(_invoices)

        _practitioner_reference_numbers = raw_practitioner_reference_numbers
        practitioner_reference_numbers: Link | Unset
        if _practitioner_reference_numbers is UNSET:
            practitioner_reference_numbers = UNSET
        else:
            practitioner_reference_numbers = Link.from_dict(_practitioner_reference_numbers)

        _links = raw_links
        links: SelfLinks | Unset
        if _links is UNSET:
            links = UNSET
        else:
            links = SelfLinks.from_dict(_links)

        # Built without calling __init__ (the models have no validators or converters):
        # keyword arguments to an attrs __init__ took a third of the time of a whole patient.
        practitioner = _new_instance(cls)
        practitioner.id = id
        practitioner.first_name = first_name
        practitioner.last_name = last_name
        practitioner.created_at = created_at
        practitioner.updated_at = updated_at
        practitioner.title = title
        practitioner.display_name = display_name
        practitioner.label = label
        practitioner.designation = designation
        practitioner.description = description
        practitioner.active = active
        practitioner.show_in_online_bookings = show_in_online_bookings
        practitioner.default_appointment_type = default_appointment_type
        practitioner.appointment_types = appointment_types
        practitioner.user = user
        practitioner.appointments = appointments
        practitioner.invoices = invoices
        practitioner.practitioner_reference_numbers = practitioner_reference_numbers
        practitioner.links = links

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
        practitioner.additional_properties = unknown
        return practitioner

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
from ..models.self_links import SelfLinks  # noqa: E402
