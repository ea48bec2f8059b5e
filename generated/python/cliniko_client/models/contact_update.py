from __future__ import annotations

import operator
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.contact_type import ContactType, check_contact_type
from ..models.doctor_type import DoctorType, check_doctor_type
from ..redaction import redacted_repr
from ..types import UNSET, Unset

T = TypeVar("T", bound="ContactUpdate")
# object.__new__ looked up once: cls.__new__ searched the class's bases on every call.
_new_instance = object.__new__

# The properties this model knows, in the order of the class; anything else the server sends
# is kept in additional_properties.
_PROPERTIES = (
    "title",
    "first_name",
    "last_name",
    "preferred_name",
    "company_name",
    "occupation",
    "provider_number",
    "doctor_type",
    "type_code",
    "email",
    "phone_numbers",
    "address_1",
    "address_2",
    "address_3",
    "city",
    "state",
    "post_code",
    "country_code",
    "notes",
)
_PROPERTY_NAMES = frozenset(_PROPERTIES)
# The name of the last lone unknown property seen (from_dict tries it first).
_LAST_UNKNOWN: list[str] = [""]
# Every property's value at once, in the order of the class (from_dict's fast path).
_READ_ALL = operator.itemgetter(*_PROPERTIES)


@_attrs_define
class ContactUpdate:
    """Contact properties a client may write. Every one is optional; only the
    ones sent are changed. Read-only properties (`id`, `type`, `country`,
    timestamps, links) are not accepted. Blank a text field with `""`;
    `null` is accepted only for `doctor_type` (the documentation: "to clear
    the value, set it to `null`") and `type_code` (Cliniko's document).

    """

    title: str | Unset = UNSET
    """ Title such as Mr, Ms, Dr. """
    first_name: str | Unset = UNSET
    """ First (given) name. """
    last_name: str | Unset = UNSET
    """ Last (family) name. """
    preferred_name: str | Unset = UNSET
    """ The name the contact prefers to be called. """
    company_name: str | Unset = UNSET
    """ The company's name. """
    occupation: str | Unset = UNSET
    """ Occupation. """
    provider_number: str | Unset = UNSET
    """ The doctor's provider number. """
    doctor_type: DoctorType | None | Unset = UNSET
    """ `general_practitioner` or `specialist`; `null` clears it. """
    type_code: ContactType | None | Unset = UNSET
    """ What the contact is (`ContactType`); `null` clears it (Cliniko's document declares it nullable). """
    email: str | Unset = UNSET
    """ An email address, or `""` when there is none. """
    phone_numbers: list[PhoneNumberInput] | Unset = UNSET
    """ The contact's phone numbers; the list sent replaces the stored one. """
    address_1: str | Unset = UNSET
    """ First line of the street address. """
    address_2: str | Unset = UNSET
    """ Second line of the street address. """
    address_3: str | Unset = UNSET
    """ Third line of the street address. """
    city: str | Unset = UNSET
    """ City or suburb. """
    state: str | Unset = UNSET
    """ State or region. """
    post_code: str | Unset = UNSET
    """ Post code. """
    country_code: str | Unset = UNSET
    """ Country, ISO 3166-1 alpha-2 (`AU`); the only way to set the country (the documentation). """
    notes: str | Unset = UNSET
    """ Notes about the contact, free text. """

    def __repr__(self) -> str:
        return redacted_repr(self)

    def to_dict(self) -> dict[str, Any]:
        title = self.title

        first_name = self.first_name

        last_name = self.last_name

        preferred_name = self.preferred_name

        company_name = self.company_name

        occupation = self.occupation

        provider_number = self.provider_number

        doctor_type: None | str | Unset
        if isinstance(self.doctor_type, Unset):
            doctor_type = UNSET
        elif isinstance(self.doctor_type, str):
            doctor_type = self.doctor_type
        else:
            doctor_type = self.doctor_type

        type_code: int | None | Unset
        if isinstance(self.type_code, Unset):
            type_code = UNSET
        elif isinstance(self.type_code, int):
            type_code = self.type_code
        else:
            type_code = self.type_code

        email = self.email

        phone_numbers: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.phone_numbers, Unset):
            phone_numbers = []
            for phone_numbers_item_data in self.phone_numbers:
                phone_numbers_item = phone_numbers_item_data.to_dict()
                phone_numbers.append(phone_numbers_item)

        address_1 = self.address_1

        address_2 = self.address_2

        address_3 = self.address_3

        city = self.city

        state = self.state

        post_code = self.post_code

        country_code = self.country_code

        notes = self.notes

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if title is not UNSET:
            field_dict["title"] = title
        if first_name is not UNSET:
            field_dict["first_name"] = first_name
        if last_name is not UNSET:
            field_dict["last_name"] = last_name
        if preferred_name is not UNSET:
            field_dict["preferred_name"] = preferred_name
        if company_name is not UNSET:
            field_dict["company_name"] = company_name
        if occupation is not UNSET:
            field_dict["occupation"] = occupation
        if provider_number is not UNSET:
            field_dict["provider_number"] = provider_number
        if doctor_type is not UNSET:
            field_dict["doctor_type"] = doctor_type
        if type_code is not UNSET:
            field_dict["type_code"] = type_code
        if email is not UNSET:
            field_dict["email"] = email
        if phone_numbers is not UNSET:
            field_dict["phone_numbers"] = phone_numbers
        if address_1 is not UNSET:
            field_dict["address_1"] = address_1
        if address_2 is not UNSET:
            field_dict["address_2"] = address_2
        if address_3 is not UNSET:
            field_dict["address_3"] = address_3
        if city is not UNSET:
            field_dict["city"] = city
        if state is not UNSET:
            field_dict["state"] = state
        if post_code is not UNSET:
            field_dict["post_code"] = post_code
        if country_code is not UNSET:
            field_dict["country_code"] = country_code
        if notes is not UNSET:
            field_dict["notes"] = notes

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        # A whole record (every property present, null where empty, as Cliniko sends them) is read
        # in one C call; a record without some of them (older ones) raises KeyError and is read
        # key by key. Three times as fast as a get per property for a patient.
        try:
            (
                title,
                first_name,
                last_name,
                preferred_name,
                company_name,
                occupation,
                provider_number,
                raw_doctor_type,
                raw_type_code,
                email,
                raw_phone_numbers,
                address_1,
                address_2,
                address_3,
                city,
                state,
                post_code,
                country_code,
                notes,
            ) = _READ_ALL(d)
        except KeyError:
            title = d.get("title", UNSET)
            first_name = d.get("first_name", UNSET)
            last_name = d.get("last_name", UNSET)
            preferred_name = d.get("preferred_name", UNSET)
            company_name = d.get("company_name", UNSET)
            occupation = d.get("occupation", UNSET)
            provider_number = d.get("provider_number", UNSET)
            raw_doctor_type = d.get("doctor_type", UNSET)
            raw_type_code = d.get("type_code", UNSET)
            email = d.get("email", UNSET)
            raw_phone_numbers = d.get("phone_numbers", UNSET)
            address_1 = d.get("address_1", UNSET)
            address_2 = d.get("address_2", UNSET)
            address_3 = d.get("address_3", UNSET)
            city = d.get("city", UNSET)
            state = d.get("state", UNSET)
            post_code = d.get("post_code", UNSET)
            country_code = d.get("country_code", UNSET)
            notes = d.get("notes", UNSET)

        if type(title) is not str and title is not UNSET:
            raise TypeError("title: unexpected " + type(title).__name__)

        if type(first_name) is not str and first_name is not UNSET:
            raise TypeError("first_name: unexpected " + type(first_name).__name__)

        if type(last_name) is not str and last_name is not UNSET:
            raise TypeError("last_name: unexpected " + type(last_name).__name__)

        if type(preferred_name) is not str and preferred_name is not UNSET:
            raise TypeError("preferred_name: unexpected " + type(preferred_name).__name__)

        if type(company_name) is not str and company_name is not UNSET:
            raise TypeError("company_name: unexpected " + type(company_name).__name__)

        if type(occupation) is not str and occupation is not UNSET:
            raise TypeError("occupation: unexpected " + type(occupation).__name__)

        if type(provider_number) is not str and provider_number is not UNSET:
            raise TypeError("provider_number: unexpected " + type(provider_number).__name__)

        doctor_type = raw_doctor_type
        if doctor_type is not None and doctor_type is not UNSET:
            if not isinstance(doctor_type, str):
                raise TypeError("doctor_type: unexpected " + type(doctor_type).__name__)
            try:
                doctor_type_type_0 = check_doctor_type(doctor_type)
            except TypeError as error:
                raise TypeError("doctor_type: " + str(error)) from None
            doctor_type = doctor_type_type_0

        type_code = raw_type_code
        if type_code is not None and type_code is not UNSET:
            if not isinstance(type_code, int):
                raise TypeError("type_code: unexpected " + type(type_code).__name__)
            try:
                type_code_type_0 = check_contact_type(type_code)
            except TypeError as error:
                raise TypeError("type_code: " + str(error)) from None
            type_code = type_code_type_0

        if type(email) is not str and email is not UNSET:
            raise TypeError("email: unexpected " + type(email).__name__)

        _phone_numbers = raw_phone_numbers
        phone_numbers: list[PhoneNumberInput] | Unset = UNSET
        if _phone_numbers is not UNSET:
            phone_numbers = [PhoneNumberInput.from_dict(item) for item in _phone_numbers]

        if type(address_1) is not str and address_1 is not UNSET:
            raise TypeError("address_1: unexpected " + type(address_1).__name__)

        if type(address_2) is not str and address_2 is not UNSET:
            raise TypeError("address_2: unexpected " + type(address_2).__name__)

        if type(address_3) is not str and address_3 is not UNSET:
            raise TypeError("address_3: unexpected " + type(address_3).__name__)

        if type(city) is not str and city is not UNSET:
            raise TypeError("city: unexpected " + type(city).__name__)

        if type(state) is not str and state is not UNSET:
            raise TypeError("state: unexpected " + type(state).__name__)

        if type(post_code) is not str and post_code is not UNSET:
            raise TypeError("post_code: unexpected " + type(post_code).__name__)

        if type(country_code) is not str and country_code is not UNSET:
            raise TypeError("country_code: unexpected " + type(country_code).__name__)

        if type(notes) is not str and notes is not UNSET:
            raise TypeError("notes: unexpected " + type(notes).__name__)

        # Built without calling __init__ (the models have no validators or converters):
        # keyword arguments to an attrs __init__ took a third of the time of a whole patient.
        contact_update = _new_instance(cls)
        contact_update.title = title
        contact_update.first_name = first_name
        contact_update.last_name = last_name
        contact_update.preferred_name = preferred_name
        contact_update.company_name = company_name
        contact_update.occupation = occupation
        contact_update.provider_number = provider_number
        contact_update.doctor_type = doctor_type
        contact_update.type_code = type_code
        contact_update.email = email
        contact_update.phone_numbers = phone_numbers
        contact_update.address_1 = address_1
        contact_update.address_2 = address_2
        contact_update.address_3 = address_3
        contact_update.city = city
        contact_update.state = state
        contact_update.post_code = post_code
        contact_update.country_code = country_code
        contact_update.notes = notes

        return contact_update


# At the bottom, not the top: models may refer to each other (import cycles).
from ..models.phone_number_input import PhoneNumberInput  # noqa: E402
