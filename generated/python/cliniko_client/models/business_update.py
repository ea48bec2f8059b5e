from __future__ import annotations

import operator
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..redaction import redacted_repr
from ..types import UNSET, Unset

T = TypeVar("T", bound="BusinessUpdate")
# object.__new__ looked up once: cls.__new__ searched the class's bases on every call.
_new_instance = object.__new__

# The properties this model knows, in the order of the class; anything else the server sends
# is kept in additional_properties.
_PROPERTIES = (
    "business_name",
    "display_name",
    "address_1",
    "address_2",
    "city",
    "state",
    "post_code",
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
)
_PROPERTY_NAMES = frozenset(_PROPERTIES)
# The name of the last lone unknown property seen (from_dict tries it first).
_LAST_UNKNOWN: list[str] = [""]
# Every property's value at once, in the order of the class (from_dict's fast path).
_READ_ALL = operator.itemgetter(*_PROPERTIES)


@_attrs_define
class BusinessUpdate:
    """Business properties a client may write. Every one is optional; only the
    ones sent are changed. Send `""` to blank a text field; `null` clears
    only the nullable ones declared so. Read-only properties (`id`,
    timestamps, links, `label`) are not accepted.

    """

    business_name: str | Unset = UNSET
    """ The business's name, 1 to 255 characters; must not be blank. """
    display_name: None | str | Unset = UNSET
    """ The name shown to patients. """
    address_1: None | str | Unset = UNSET
    """ First line of the street address. """
    address_2: None | str | Unset = UNSET
    """ Second line of the street address. """
    city: None | str | Unset = UNSET
    """ City. """
    state: None | str | Unset = UNSET
    """ State or region. """
    post_code: None | str | Unset = UNSET
    """ Post code. """
    country_code: None | str | Unset = UNSET
    """ ISO 3166-1 alpha-2 country code, upper case (`AU`). """
    business_registration_name: None | str | Unset = UNSET
    """ The kind of registration number (`ABN`). """
    business_registration_value: None | str | Unset = UNSET
    """ The registration number. """
    contact_information: None | str | Unset = UNSET
    """ Contact details shown to patients. """
    additional_information: None | str | Unset = UNSET
    """ Extra text shown to patients. """
    additional_invoice_information: None | str | Unset = UNSET
    """ Extra text printed on invoices. """
    email_reply_to: None | str | Unset = UNSET
    """ Where replies to the business's emails go; an email address. """
    website_address: None | str | Unset = UNSET
    """ The business's website. """
    show_in_online_bookings: bool | None | Unset = UNSET
    """ Whether patients can book at this business online. """
    appointment_reminders_enabled: bool | None | Unset = UNSET
    """ Whether patients of this business get appointment reminders. """
    time_zone: None | str | Unset = UNSET
    """ The time zone by its Rails name (`Sydney`); prefer `time_zone_identifier`. """
    time_zone_identifier: None | str | Unset = UNSET
    """ The business's IANA time zone (`Australia/Sydney`, `Australia/Brisbane`, `UTC`); an unknown zone is a 422
    naming `time_zone_identifier`. """
    appointment_type_ids: list[int | str] | None | Unset = UNSET
    """ The ids of the appointment types offered here, each an appointment type of the account (else a 422 naming
    `appointment_type_ids`). Replaces the whole list. """

    def __repr__(self) -> str:
        return redacted_repr(self)

    def to_dict(self) -> dict[str, Any]:
        business_name = self.business_name

        display_name: None | str | Unset
        if isinstance(self.display_name, Unset):
            display_name = UNSET
        else:
            display_name = self.display_name

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

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if business_name is not UNSET:
            field_dict["business_name"] = business_name
        if display_name is not UNSET:
            field_dict["display_name"] = display_name
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

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        # A whole record (every property present, null where empty, as Cliniko sends them) is read
        # in one C call; a record without some of them (older ones) raises KeyError and is read
        # key by key. Three times as fast as a get per property for a patient.
        try:
            (
                business_name,
                display_name,
                address_1,
                address_2,
                city,
                state,
                post_code,
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
            ) = _READ_ALL(d)
        except KeyError:
            business_name = d.get("business_name", UNSET)
            display_name = d.get("display_name", UNSET)
            address_1 = d.get("address_1", UNSET)
            address_2 = d.get("address_2", UNSET)
            city = d.get("city", UNSET)
            state = d.get("state", UNSET)
            post_code = d.get("post_code", UNSET)
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

        if type(business_name) is not str and business_name is not UNSET:
            raise TypeError("business_name: unexpected " + type(business_name).__name__)

        if type(display_name) is not str and display_name is not None and display_name is not UNSET:
            raise TypeError("display_name: unexpected " + type(display_name).__name__)

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

        # Built without calling __init__ (the models have no validators or converters):
        # keyword arguments to an attrs __init__ took a third of the time of a whole patient.
        business_update = _new_instance(cls)
        business_update.business_name = business_name
        business_update.display_name = display_name
        business_update.address_1 = address_1
        business_update.address_2 = address_2
        business_update.city = city
        business_update.state = state
        business_update.post_code = post_code
        business_update.country_code = country_code
        business_update.business_registration_name = business_registration_name
        business_update.business_registration_value = business_registration_value
        business_update.contact_information = contact_information
        business_update.additional_information = additional_information
        business_update.additional_invoice_information = additional_invoice_information
        business_update.email_reply_to = email_reply_to
        business_update.website_address = website_address
        business_update.show_in_online_bookings = show_in_online_bookings
        business_update.appointment_reminders_enabled = appointment_reminders_enabled
        business_update.time_zone = time_zone
        business_update.time_zone_identifier = time_zone_identifier
        business_update.appointment_type_ids = appointment_type_ids

        return business_update
