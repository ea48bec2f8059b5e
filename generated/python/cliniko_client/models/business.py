from __future__ import annotations

import datetime
import operator
from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..redaction import redacted_repr
from ..types import UNSET, Unset

T = TypeVar("T", bound="Business")
# object.__new__ looked up once: cls.__new__ searched the class's bases on every call.
_new_instance = object.__new__

# The properties this model knows, in the order of the class; anything else the server sends
# is kept in additional_properties.
_PROPERTIES = (
    "id",
    "business_name",
    "created_at",
    "updated_at",
    "display_name",
    "label",
    "address_1",
    "address_2",
    "city",
    "state",
    "post_code",
    "country",
    "country_code",
    "business_registration_name",
    "business_registration_value",
    "contact_information",
    "additional_information",
    "additional_invoice_information",
    "email_reply_to",
    "website_address",
    "show_in_online_bookings",
    "appointment_reminders_enabled",
    "time_zone",
    "time_zone_identifier",
    "appointment_type_ids",
    "practitioners",
    "appointments",
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
class Business:
    """A business: a location of the account (a clinic). Most accounts have one;
    each may have several. Appointments are booked at a business, and free
    times are computed in its time zone (`time_zone_identifier`). Unknown
    properties may appear as the API grows; clients must keep them, not fail
    on them.

    Only `id`, `business_name`, `created_at` and `updated_at` are always
    present and never `null`: every documented version sent them. The
    2014-2020 documentation lacks `archived_at`, `deleted_at`, `label`, the
    time zones and `appointment_type_ids`; the current document declares
    every other property nullable. Keep an absent property absent and a
    `null` as `null` when you store or forward a business.

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
    business_name: str
    """ The business's name (`Harbourside Physio`). """
    created_at: datetime.datetime
    """ When the business was created (UTC). """
    updated_at: datetime.datetime
    """ When the business was last changed (UTC). """
    display_name: None | str | Unset = UNSET
    """ The name shown to patients, when it differs from `business_name`. """
    label: None | str | Unset = UNSET
    """ The name Cliniko shows for the business (its display name, else its name). """
    address_1: None | str | Unset = UNSET
    """ First line of the business's street address. """
    address_2: None | str | Unset = UNSET
    """ Second line of the street address. """
    city: None | str | Unset = UNSET
    """ City. """
    state: None | str | Unset = UNSET
    """ State or region. """
    post_code: None | str | Unset = UNSET
    """ Post code. """
    country: None | str | Unset = UNSET
    """ Country name (`Australia`). Deprecated in favour of `country_code`. """
    country_code: None | str | Unset = UNSET
    """ ISO 3166-1 alpha-2 country code (`AU`). """
    business_registration_name: None | str | Unset = UNSET
    """ The kind of registration number (`ABN`). """
    business_registration_value: None | str | Unset = UNSET
    """ The registration number itself. """
    contact_information: None | str | Unset = UNSET
    """ Contact details shown to patients (free text, e.g. the phone number). """
    additional_information: None | str | Unset = UNSET
    """ Extra text shown to patients (free text). """
    additional_invoice_information: None | str | Unset = UNSET
    """ Extra text printed on invoices (free text). """
    email_reply_to: None | str | Unset = UNSET
    """ The address patients' replies to the business's emails go to. """
    website_address: None | str | Unset = UNSET
    """ The business's website. """
    show_in_online_bookings: bool | None | Unset = UNSET
    """ Whether patients can book at this business online; a business not shown offers no available times. """
    appointment_reminders_enabled: bool | None | Unset = UNSET
    """ Whether patients of this business get appointment reminders. """
    time_zone: None | str | Unset = UNSET
    """ The business's time zone by its Rails name (`Sydney`, `Brisbane`), as
    older records carry it. Prefer `time_zone_identifier`.
     """
    time_zone_identifier: None | str | Unset = UNSET
    """ The business's time zone as an IANA identifier (`Australia/Sydney`).
    Appointments are stored in UTC; available times are computed in this
    zone, and a day of the calendar is a day here. Zones differ in
    daylight saving: `Australia/Sydney` is UTC+10 from April to October
    and UTC+11 from October to April (the changes fall on the first
    Sundays of April and October, at 3 am and 2 am local time, when a
    local hour repeats or is skipped), `Australia/Brisbane` is UTC+10 all
    year. Compute local times with the IANA database, never with a fixed
    offset. `null` in records older than the field.
     """
    appointment_type_ids: list[int | str] | None | Unset = UNSET
    """ The ids of the appointment types offered at this business (Cliniko's document, 2025). """
    practitioners: Link | Unset = UNSET
    """ A link to a related resource or collection. """
    appointments: Link | Unset = UNSET
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

        business_name = self.business_name

        created_at = self.created_at.isoformat().replace("+00:00", "Z")

        updated_at = self.updated_at.isoformat().replace("+00:00", "Z")

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

        address_1: None | str | Unset
        if isinstance(self.address_1, Unset):
            address_1 = UNSET
        else:
            address_1 = self.address_1

        address_2: None | str | Unset
        if isinstance(self.address_2, Unset):
            address_2 = UNSET
        else:
            address_2 = self.address_2

        city: None | str | Unset
        if isinstance(self.city, Unset):
            city = UNSET
        else:
            city = self.city

        state: None | str | Unset
        if isinstance(self.state, Unset):
            state = UNSET
        else:
            state = self.state

        post_code: None | str | Unset
        if isinstance(self.post_code, Unset):
            post_code = UNSET
        else:
            post_code = self.post_code

        country: None | str | Unset
        if isinstance(self.country, Unset):
            country = UNSET
        else:
            country = self.country

        country_code: None | str | Unset
        if isinstance(self.country_code, Unset):
            country_code = UNSET
        else:
            country_code = self.country_code

        business_registration_name: None | str | Unset
        if isinstance(self.business_registration_name, Unset):
            business_registration_name = UNSET
        else:
            business_registration_name = self.business_registration_name

        business_registration_value: None | str | Unset
        if isinstance(self.business_registration_value, Unset):
            business_registration_value = UNSET
        else:
            business_registration_value = self.business_registration_value

        contact_information: None | str | Unset
        if isinstance(self.contact_information, Unset):
            contact_information = UNSET
        else:
            contact_information = self.contact_information

        additional_information: None | str | Unset
        if isinstance(self.additional_information, Unset):
            additional_information = UNSET
        else:
            additional_information = self.additional_information

        additional_invoice_information: None | str | Unset
        if isinstance(self.additional_invoice_information, Unset):
            additional_invoice_information = UNSET
        else:
            additional_invoice_information = self.additional_invoice_information

        email_reply_to: None | str | Unset
        if isinstance(self.email_reply_to, Unset):
            email_reply_to = UNSET
        else:
            email_reply_to = self.email_reply_to

        website_address: None | str | Unset
        if isinstance(self.website_address, Unset):
            website_address = UNSET
        else:
            website_address = self.website_address

        show_in_online_bookings: bool | None | Unset
        if isinstance(self.show_in_online_bookings, Unset):
            show_in_online_bookings = UNSET
        else:
            show_in_online_bookings = self.show_in_online_bookings

        appointment_reminders_enabled: bool | None | Unset
        if isinstance(self.appointment_reminders_enabled, Unset):
            appointment_reminders_enabled = UNSET
        else:
            appointment_reminders_enabled = self.appointment_reminders_enabled

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

        appointment_type_ids: list[int | str] | None | Unset
        if isinstance(self.appointment_type_ids, Unset):
            appointment_type_ids = UNSET
        elif isinstance(self.appointment_type_ids, list):
            appointment_type_ids = []
            for appointment_type_ids_type_0_item_data in self.appointment_type_ids:
                appointment_type_ids_type_0_item: int | str
                appointment_type_ids_type_0_item = appointment_type_ids_type_0_item_data
                appointment_type_ids.append(appointment_type_ids_type_0_item)

        else:
            appointment_type_ids = self.appointment_type_ids

        practitioners: dict[str, Any] | Unset = UNSET
        if not isinstance(self.practitioners, Unset):
            practitioners = self.practitioners.to_dict()

        appointments: dict[str, Any] | Unset = UNSET
        if not isinstance(self.appointments, Unset):
            appointments = self.appointments.to_dict()

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
                "business_name": business_name,
                "created_at": created_at,
                "updated_at": updated_at,
            }
        )
        if display_name is not UNSET:
            field_dict["display_name"] = display_name
        if label is not UNSET:
            field_dict["label"] = label
        if address_1 is not UNSET:
            field_dict["address_1"] = address_1
        if address_2 is not UNSET:
            field_dict["address_2"] = address_2
        if city is not UNSET:
            field_dict["city"] = city
        if state is not UNSET:
            field_dict["state"] = state
        if post_code is not UNSET:
            field_dict["post_code"] = post_code
        if country is not UNSET:
            field_dict["country"] = country
        if country_code is not UNSET:
            field_dict["country_code"] = country_code
        if business_registration_name is not UNSET:
            field_dict["business_registration_name"] = business_registration_name
        if business_registration_value is not UNSET:
            field_dict["business_registration_value"] = business_registration_value
        if contact_information is not UNSET:
            field_dict["contact_information"] = contact_information
        if additional_information is not UNSET:
            field_dict["additional_information"] = additional_information
        if additional_invoice_information is not UNSET:
            field_dict["additional_invoice_information"] = additional_invoice_information
        if email_reply_to is not UNSET:
            field_dict["email_reply_to"] = email_reply_to
        if website_address is not UNSET:
            field_dict["website_address"] = website_address
        if show_in_online_bookings is not UNSET:
            field_dict["show_in_online_bookings"] = show_in_online_bookings
        if appointment_reminders_enabled is not UNSET:
            field_dict["appointment_reminders_enabled"] = appointment_reminders_enabled
        if time_zone is not UNSET:
            field_dict["time_zone"] = time_zone
        if time_zone_identifier is not UNSET:
            field_dict["time_zone_identifier"] = time_zone_identifier
        if appointment_type_ids is not UNSET:
            field_dict["appointment_type_ids"] = appointment_type_ids
        if practitioners is not UNSET:
            field_dict["practitioners"] = practitioners
        if appointments is not UNSET:
            field_dict["appointments"] = appointments
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
                business_name,
                raw_created_at,
                raw_updated_at,
                display_name,
                label,
                address_1,
                address_2,
                city,
                state,
                post_code,
                country,
                country_code,
                business_registration_name,
                business_registration_value,
                contact_information,
                additional_information,
                additional_invoice_information,
                email_reply_to,
                website_address,
                show_in_online_bookings,
                appointment_reminders_enabled,
                time_zone,
                time_zone_identifier,
                raw_appointment_type_ids,
                raw_practitioners,
                raw_appointments,
                raw_archived_at,
                raw_deleted_at,
                raw_links,
            ) = _READ_ALL(d)
            known_count = 30
        except KeyError:
            id = d["id"]
            business_name = d["business_name"]
            raw_created_at = d["created_at"]
            raw_updated_at = d["updated_at"]
            display_name = d.get("display_name", UNSET)
            label = d.get("label", UNSET)
            address_1 = d.get("address_1", UNSET)
            address_2 = d.get("address_2", UNSET)
            city = d.get("city", UNSET)
            state = d.get("state", UNSET)
            post_code = d.get("post_code", UNSET)
            country = d.get("country", UNSET)
            country_code = d.get("country_code", UNSET)
            business_registration_name = d.get("business_registration_name", UNSET)
            business_registration_value = d.get("business_registration_value", UNSET)
            contact_information = d.get("contact_information", UNSET)
            additional_information = d.get("additional_information", UNSET)
            additional_invoice_information = d.get("additional_invoice_information", UNSET)
            email_reply_to = d.get("email_reply_to", UNSET)
            website_address = d.get("website_address", UNSET)
            show_in_online_bookings = d.get("show_in_online_bookings", UNSET)
            appointment_reminders_enabled = d.get("appointment_reminders_enabled", UNSET)
            time_zone = d.get("time_zone", UNSET)
            time_zone_identifier = d.get("time_zone_identifier", UNSET)
            raw_appointment_type_ids = d.get("appointment_type_ids", UNSET)
            raw_practitioners = d.get("practitioners", UNSET)
            raw_appointments = d.get("appointments", UNSET)
            raw_archived_at = d.get("archived_at", UNSET)
            raw_deleted_at = d.get("deleted_at", UNSET)
            raw_links = d.get("links", UNSET)
            known_count = (
                4
                + (display_name is not UNSET)
                + (label is not UNSET)
                + (address_1 is not UNSET)
                + (address_2 is not UNSET)
                + (city is not UNSET)
                + (state is not UNSET)
                + (post_code is not UNSET)
                + (country is not UNSET)
                + (country_code is not UNSET)
                + (business_registration_name is not UNSET)
                + (business_registration_value is not UNSET)
                + (contact_information is not UNSET)
                + (additional_information is not UNSET)
                + (additional_invoice_information is not UNSET)
                + (email_reply_to is not UNSET)
                + (website_address is not UNSET)
                + (show_in_online_bookings is not UNSET)
                + (appointment_reminders_enabled is not UNSET)
                + (time_zone is not UNSET)
                + (time_zone_identifier is not UNSET)
                + (raw_appointment_type_ids is not UNSET)
                + (raw_practitioners is not UNSET)
                + (raw_appointments is not UNSET)
                + (raw_archived_at is not UNSET)
                + (raw_deleted_at is not UNSET)
                + (raw_links is not UNSET)
            )

        if type(id) is not int and type(id) is not str:
            raise TypeError("id: unexpected " + type(id).__name__)

        if type(business_name) is not str:
            raise TypeError("business_name: unexpected " + type(business_name).__name__)

        if not isinstance(raw_created_at, str):
            raise TypeError("created_at: unexpected " + type(raw_created_at).__name__)
        created_at = datetime.datetime.fromisoformat(raw_created_at)

        if not isinstance(raw_updated_at, str):
            raise TypeError("updated_at: unexpected " + type(raw_updated_at).__name__)
        updated_at = datetime.datetime.fromisoformat(raw_updated_at)

        if type(display_name) is not str and display_name is not None and display_name is not UNSET:
            raise TypeError("display_name: unexpected " + type(display_name).__name__)

        if type(label) is not str and label is not None and label is not UNSET:
            raise TypeError("label: unexpected " + type(label).__name__)

        if type(address_1) is not str and address_1 is not None and address_1 is not UNSET:
            raise TypeError("address_1: unexpected " + type(address_1).__name__)

        if type(address_2) is not str and address_2 is not None and address_2 is not UNSET:
            raise TypeError("address_2: unexpected " + type(address_2).__name__)

        if type(city) is not str and city is not None and city is not UNSET:
            raise TypeError("city: unexpected " + type(city).__name__)

        if type(state) is not str and state is not None and state is not UNSET:
            raise TypeError("state: unexpected " + type(state).__name__)

        if type(post_code) is not str and post_code is not None and post_code is not UNSET:
            raise TypeError("post_code: unexpected " + type(post_code).__name__)

        if type(country) is not str and country is not None and country is not UNSET:
            raise TypeError("country: unexpected " + type(country).__name__)

        if type(country_code) is not str and country_code is not None and country_code is not UNSET:
            raise TypeError("country_code: unexpected " + type(country_code).__name__)

        if (
            type(business_registration_name) is not str
            and business_registration_name is not None
            and business_registration_name is not UNSET
        ):
            raise TypeError("business_registration_name: unexpected " + type(business_registration_name).__name__)

        if (
            type(business_registration_value) is not str
            and business_registration_value is not None
            and business_registration_value is not UNSET
        ):
            raise TypeError("business_registration_value: unexpected " + type(business_registration_value).__name__)

        if (
            type(contact_information) is not str
            and contact_information is not None
            and contact_information is not UNSET
        ):
            raise TypeError("contact_information: unexpected " + type(contact_information).__name__)

        if (
            type(additional_information) is not str
            and additional_information is not None
            and additional_information is not UNSET
        ):
            raise TypeError("additional_information: unexpected " + type(additional_information).__name__)

        if (
            type(additional_invoice_information) is not str
            and additional_invoice_information is not None
            and additional_invoice_information is not UNSET
        ):
            raise TypeError(
                "additional_invoice_information: unexpected " + type(additional_invoice_information).__name__
            )

        if type(email_reply_to) is not str and email_reply_to is not None and email_reply_to is not UNSET:
            raise TypeError("email_reply_to: unexpected " + type(email_reply_to).__name__)

        if type(website_address) is not str and website_address is not None and website_address is not UNSET:
            raise TypeError("website_address: unexpected " + type(website_address).__name__)

        if (
            type(show_in_online_bookings) is not bool
            and show_in_online_bookings is not None
            and show_in_online_bookings is not UNSET
        ):
            raise TypeError("show_in_online_bookings: unexpected " + type(show_in_online_bookings).__name__)

        if (
            type(appointment_reminders_enabled) is not bool
            and appointment_reminders_enabled is not None
            and appointment_reminders_enabled is not UNSET
        ):
            raise TypeError("appointment_reminders_enabled: unexpected " + type(appointment_reminders_enabled).__name__)

        if type(time_zone) is not str and time_zone is not None and time_zone is not UNSET:
            raise TypeError("time_zone: unexpected " + type(time_zone).__name__)

        if (
            type(time_zone_identifier) is not str
            and time_zone_identifier is not None
            and time_zone_identifier is not UNSET
        ):
            raise TypeError("time_zone_identifier: unexpected " + type(time_zone_identifier).__name__)

        appointment_type_ids = raw_appointment_type_ids
        if appointment_type_ids is not None and appointment_type_ids is not UNSET:
            if not isinstance(appointment_type_ids, list):
                raise TypeError("appointment_type_ids: unexpected " + type(appointment_type_ids).__name__)
            appointment_type_ids_type_0 = []
            _appointment_type_ids_type_0 = appointment_type_ids
            for appointment_type_ids_type_0_item_data in _appointment_type_ids_type_0:

                def _parse_appointment_type_ids_type_0_item(data: object) -> int | str:
                    return cast(int | str, data)

                appointment_type_ids_type_0_item = _parse_appointment_type_ids_type_0_item(
                    appointment_type_ids_type_0_item_data
                )

                appointment_type_ids_type_0.append(appointment_type_ids_type_0_item)

            appointment_type_ids = appointment_type_ids_type_0

        _practitioners = raw_practitioners
        practitioners: Link | Unset
        if _practitioners is UNSET:
            practitioners = UNSET
        else:
            practitioners = Link.from_dict(_practitioners)

        _appointments = raw_appointments
        appointments: Link | Unset
        if _appointments is UNSET:
            appointments = UNSET
        else:
            appointments = Link.from_dict(_appointments)

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
        business = _new_instance(cls)
        business.id = id
        business.business_name = business_name
        business.created_at = created_at
        business.updated_at = updated_at
        business.display_name = display_name
        business.label = label
        business.address_1 = address_1
        business.address_2 = address_2
        business.city = city
        business.state = state
        business.post_code = post_code
        business.country = country
        business.country_code = country_code
        business.business_registration_name = business_registration_name
        business.business_registration_value = business_registration_value
        business.contact_information = contact_information
        business.additional_information = additional_information
        business.additional_invoice_information = additional_invoice_information
        business.email_reply_to = email_reply_to
        business.website_address = website_address
        business.show_in_online_bookings = show_in_online_bookings
        business.appointment_reminders_enabled = appointment_reminders_enabled
        business.time_zone = time_zone
        business.time_zone_identifier = time_zone_identifier
        business.appointment_type_ids = appointment_type_ids
        business.practitioners = practitioners
        business.appointments = appointments
        business.archived_at = archived_at
        business.deleted_at = deleted_at
        business.links = links

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
        business.additional_properties = unknown
        return business

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
