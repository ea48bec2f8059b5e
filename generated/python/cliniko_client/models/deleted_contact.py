from __future__ import annotations

import datetime
import operator
from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.contact_type import ContactType, check_contact_type
from ..models.contact_type_name import ContactTypeName, check_contact_type_name
from ..models.doctor_type import DoctorType, check_doctor_type
from ..redaction import redacted_repr
from ..types import UNSET, Unset

T = TypeVar("T", bound="DeletedContact")
# object.__new__ looked up once: cls.__new__ searched the class's bases on every call.
_new_instance = object.__new__

# The properties this model knows, in the order of the class; anything else the server sends
# is kept in additional_properties.
_PROPERTIES = (
    "deleted_at",
    "links",
    "id",
    "title",
    "first_name",
    "last_name",
    "preferred_name",
    "company_name",
    "occupation",
    "provider_number",
    "doctor_type",
    "type",
    "type_code",
    "email",
    "phone_numbers",
    "address_1",
    "address_2",
    "address_3",
    "city",
    "state",
    "post_code",
    "country",
    "country_code",
    "notes",
    "created_at",
    "updated_at",
    "archived_at",
)
_PROPERTY_NAMES = frozenset(_PROPERTIES)
# The name of the last lone unknown property seen (from_dict tries it first).
_LAST_UNKNOWN: list[str] = [""]
# Every property's value at once, in the order of the class (from_dict's fast path).
_READ_ALL = operator.itemgetter(*_PROPERTIES)


@_attrs_define
class DeletedContact:
    """What remains of a deleted contact: `deleted_at` and `links`, or those and
    `id`, or the whole record, the three shapes deleted lists have sent
    (`DeletedPatient`). All three parse, and a whole record's other
    properties are those of `Contact` and must be kept, not dropped. Read
    the id from `links.self` (its last path segment): that works with every
    shape.

    """

    deleted_at: datetime.datetime
    """ When the contact was deleted (UTC). """
    links: SelfLinks
    """ The URL of this resource. """
    id: int | str | Unset = UNSET
    """ A 64-bit id. The live API sends a string of digits
    (`"836447129235883061"`); older examples show an integer. Treat it as a
    string: that loses no precision in any language. An integer must be
    written as one: `1.0` or `1e3` is not an id (the sandbox answers 422),
    although JSON Schema alone counts `1.0` as an integer.
    An id written as a JSON number is at most 2^53-1 (9007199254740991), the
    largest integer every JSON parser keeps exactly; send larger ids as strings.
     """
    title: None | str | Unset = UNSET
    """ Title such as Mr, Ms, Dr. """
    first_name: None | str | Unset = UNSET
    """ First (given) name, or `""` for a company. """
    last_name: None | str | Unset = UNSET
    """ Last (family) name, or `""` for a company. """
    preferred_name: None | str | Unset = UNSET
    """ The name the contact prefers to be called. """
    company_name: None | str | Unset = UNSET
    """ The company's name (a practice, an insurer); may name a sole trader. """
    occupation: None | str | Unset = UNSET
    """ Occupation. """
    provider_number: None | str | Unset = UNSET
    """ The doctor's provider number (Medicare, Australia); it identifies the person. """
    doctor_type: DoctorType | None | Unset = UNSET
    """ `general_practitioner` or `specialist` for a doctor, or `null` (2019 docs). """
    type_: ContactTypeName | None | Unset = UNSET
    """ The name of `type_code` (`Standard`, `Doctor`, `3rd Party Payer`); read-only. """
    type_code: ContactType | None | Unset = UNSET
    """ What the contact is, `0` Standard, `1` Doctor, `2` 3rd Party Payer (`ContactType`), or `null`. """
    email: None | str | Unset = UNSET
    """ The contact's email address, or `""` / `null` when there is none. """
    phone_numbers: list[PhoneNumber] | None | Unset = UNSET
    """ The contact's phone numbers, read as a patient's `patient_phone_numbers`, or `null`. """
    address_1: None | str | Unset = UNSET
    """ First line of the street address. """
    address_2: None | str | Unset = UNSET
    """ Second line of the street address. """
    address_3: None | str | Unset = UNSET
    """ Third line of the street address. """
    city: None | str | Unset = UNSET
    """ City or suburb. """
    state: None | str | Unset = UNSET
    """ State or region. """
    post_code: None | str | Unset = UNSET
    """ Post code. """
    country: None | str | Unset = UNSET
    """ The country's name, read-only (`Australia`); write `country_code`. """
    country_code: None | str | Unset = UNSET
    """ Country, ISO 3166-1 alpha-2, or `null` (2018 and later docs). """
    notes: None | str | Unset = UNSET
    """ Notes about the contact, free text. """
    created_at: datetime.datetime | Unset = UNSET
    """ When the contact was created (UTC). """
    updated_at: datetime.datetime | Unset = UNSET
    """ When the contact was last changed (UTC). """
    archived_at: datetime.datetime | Literal[""] | None | Unset = UNSET
    """ A UTC timestamp, or `""` / `null` when unset (the original examples show `""`, the live API sends `null`).
    """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return redacted_repr(self)

    def to_dict(self) -> dict[str, Any]:
        deleted_at = self.deleted_at.isoformat().replace("+00:00", "Z")

        links = self.links.to_dict()

        id: int | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        title: None | str | Unset
        if isinstance(self.title, Unset):
            title = UNSET
        else:
            title = self.title

        first_name: None | str | Unset
        if isinstance(self.first_name, Unset):
            first_name = UNSET
        else:
            first_name = self.first_name

        last_name: None | str | Unset
        if isinstance(self.last_name, Unset):
            last_name = UNSET
        else:
            last_name = self.last_name

        preferred_name: None | str | Unset
        if isinstance(self.preferred_name, Unset):
            preferred_name = UNSET
        else:
            preferred_name = self.preferred_name

        company_name: None | str | Unset
        if isinstance(self.company_name, Unset):
            company_name = UNSET
        else:
            company_name = self.company_name

        occupation: None | str | Unset
        if isinstance(self.occupation, Unset):
            occupation = UNSET
        else:
            occupation = self.occupation

        provider_number: None | str | Unset
        if isinstance(self.provider_number, Unset):
            provider_number = UNSET
        else:
            provider_number = self.provider_number

        doctor_type: None | str | Unset
        if isinstance(self.doctor_type, Unset):
            doctor_type = UNSET
        elif isinstance(self.doctor_type, str):
            doctor_type = self.doctor_type
        else:
            doctor_type = self.doctor_type

        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        elif isinstance(self.type_, str):
            type_ = self.type_
        else:
            type_ = self.type_

        type_code: int | None | Unset
        if isinstance(self.type_code, Unset):
            type_code = UNSET
        elif isinstance(self.type_code, int):
            type_code = self.type_code
        else:
            type_code = self.type_code

        email: None | str | Unset
        if isinstance(self.email, Unset):
            email = UNSET
        else:
            email = self.email

        phone_numbers: list[dict[str, Any]] | None | Unset
        if isinstance(self.phone_numbers, Unset):
            phone_numbers = UNSET
        elif isinstance(self.phone_numbers, list):
            phone_numbers = []
            for phone_numbers_type_0_item_data in self.phone_numbers:
                phone_numbers_type_0_item = phone_numbers_type_0_item_data.to_dict()
                phone_numbers.append(phone_numbers_type_0_item)

        else:
            phone_numbers = self.phone_numbers

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

        address_3: None | str | Unset
        if isinstance(self.address_3, Unset):
            address_3 = UNSET
        else:
            address_3 = self.address_3

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

        notes: None | str | Unset
        if isinstance(self.notes, Unset):
            notes = UNSET
        else:
            notes = self.notes

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat().replace("+00:00", "Z")

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat().replace("+00:00", "Z")

        archived_at: Literal[""] | None | str | Unset
        if isinstance(self.archived_at, Unset):
            archived_at = UNSET
        elif isinstance(self.archived_at, datetime.datetime):
            archived_at = self.archived_at.isoformat().replace("+00:00", "Z")
        else:
            archived_at = self.archived_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "deleted_at": deleted_at,
                "links": links,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
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
        if type_ is not UNSET:
            field_dict["type"] = type_
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
        if country is not UNSET:
            field_dict["country"] = country
        if country_code is not UNSET:
            field_dict["country_code"] = country_code
        if notes is not UNSET:
            field_dict["notes"] = notes
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if archived_at is not UNSET:
            field_dict["archived_at"] = archived_at

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

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        # A whole record (every property present, null where empty, as Cliniko sends them) is read
        # in one C call; a record without some of them (older ones) raises KeyError and is read
        # key by key. Three times as fast as a get per property for a patient.
        try:
            (
                raw_deleted_at,
                raw_links,
                id,
                title,
                first_name,
                last_name,
                preferred_name,
                company_name,
                occupation,
                provider_number,
                raw_doctor_type,
                raw_type_,
                raw_type_code,
                email,
                raw_phone_numbers,
                address_1,
                address_2,
                address_3,
                city,
                state,
                post_code,
                country,
                country_code,
                notes,
                raw_created_at,
                raw_updated_at,
                raw_archived_at,
            ) = _READ_ALL(d)
            known_count = 27
        except KeyError:
            raw_deleted_at = d["deleted_at"]
            raw_links = d["links"]
            id = d.get("id", UNSET)
            title = d.get("title", UNSET)
            first_name = d.get("first_name", UNSET)
            last_name = d.get("last_name", UNSET)
            preferred_name = d.get("preferred_name", UNSET)
            company_name = d.get("company_name", UNSET)
            occupation = d.get("occupation", UNSET)
            provider_number = d.get("provider_number", UNSET)
            raw_doctor_type = d.get("doctor_type", UNSET)
            raw_type_ = d.get("type", UNSET)
            raw_type_code = d.get("type_code", UNSET)
            email = d.get("email", UNSET)
            raw_phone_numbers = d.get("phone_numbers", UNSET)
            address_1 = d.get("address_1", UNSET)
            address_2 = d.get("address_2", UNSET)
            address_3 = d.get("address_3", UNSET)
            city = d.get("city", UNSET)
            state = d.get("state", UNSET)
            post_code = d.get("post_code", UNSET)
            country = d.get("country", UNSET)
            country_code = d.get("country_code", UNSET)
            notes = d.get("notes", UNSET)
            raw_created_at = d.get("created_at", UNSET)
            raw_updated_at = d.get("updated_at", UNSET)
            raw_archived_at = d.get("archived_at", UNSET)
            known_count = (
                2
                + (id is not UNSET)
                + (title is not UNSET)
                + (first_name is not UNSET)
                + (last_name is not UNSET)
                + (preferred_name is not UNSET)
                + (company_name is not UNSET)
                + (occupation is not UNSET)
                + (provider_number is not UNSET)
                + (raw_doctor_type is not UNSET)
                + (raw_type_ is not UNSET)
                + (raw_type_code is not UNSET)
                + (email is not UNSET)
                + (raw_phone_numbers is not UNSET)
                + (address_1 is not UNSET)
                + (address_2 is not UNSET)
                + (address_3 is not UNSET)
                + (city is not UNSET)
                + (state is not UNSET)
                + (post_code is not UNSET)
                + (country is not UNSET)
                + (country_code is not UNSET)
                + (notes is not UNSET)
                + (raw_created_at is not UNSET)
                + (raw_updated_at is not UNSET)
                + (raw_archived_at is not UNSET)
            )

        if not isinstance(raw_deleted_at, str):
            raise TypeError("deleted_at: unexpected " + type(raw_deleted_at).__name__)
        deleted_at = datetime.datetime.fromisoformat(raw_deleted_at)

        if not isinstance(raw_links, dict):
            raise TypeError("links: unexpected " + type(raw_links).__name__)
        links = SelfLinks.from_dict(raw_links)

        if type(id) is not int and type(id) is not str and id is not UNSET:
            raise TypeError("id: unexpected " + type(id).__name__)

        if type(title) is not str and title is not None and title is not UNSET:
            raise TypeError("title: unexpected " + type(title).__name__)

        if type(first_name) is not str and first_name is not None and first_name is not UNSET:
            raise TypeError("first_name: unexpected " + type(first_name).__name__)

        if type(last_name) is not str and last_name is not None and last_name is not UNSET:
            raise TypeError("last_name: unexpected " + type(last_name).__name__)

        if type(preferred_name) is not str and preferred_name is not None and preferred_name is not UNSET:
            raise TypeError("preferred_name: unexpected " + type(preferred_name).__name__)

        if type(company_name) is not str and company_name is not None and company_name is not UNSET:
            raise TypeError("company_name: unexpected " + type(company_name).__name__)

        if type(occupation) is not str and occupation is not None and occupation is not UNSET:
            raise TypeError("occupation: unexpected " + type(occupation).__name__)

        if type(provider_number) is not str and provider_number is not None and provider_number is not UNSET:
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

        type_ = raw_type_
        if type_ is not None and type_ is not UNSET:
            if not isinstance(type_, str):
                raise TypeError("type: unexpected " + type(type_).__name__)
            try:
                type_type_0 = check_contact_type_name(type_)
            except TypeError as error:
                raise TypeError("type: " + str(error)) from None
            type_ = type_type_0

        type_code = raw_type_code
        if type_code is not None and type_code is not UNSET:
            if not isinstance(type_code, int):
                raise TypeError("type_code: unexpected " + type(type_code).__name__)
            try:
                type_code_type_0 = check_contact_type(type_code)
            except TypeError as error:
                raise TypeError("type_code: " + str(error)) from None
            type_code = type_code_type_0

        if type(email) is not str and email is not None and email is not UNSET:
            raise TypeError("email: unexpected " + type(email).__name__)

        phone_numbers = raw_phone_numbers
        if phone_numbers is not None and phone_numbers is not UNSET:
            if not isinstance(phone_numbers, list):
                raise TypeError("phone_numbers: unexpected " + type(phone_numbers).__name__)
            phone_numbers_type_0 = [PhoneNumber.from_dict(item) for item in phone_numbers]

            phone_numbers = phone_numbers_type_0

        if type(address_1) is not str and address_1 is not None and address_1 is not UNSET:
            raise TypeError("address_1: unexpected " + type(address_1).__name__)

        if type(address_2) is not str and address_2 is not None and address_2 is not UNSET:
            raise TypeError("address_2: unexpected " + type(address_2).__name__)

        if type(address_3) is not str and address_3 is not None and address_3 is not UNSET:
            raise TypeError("address_3: unexpected " + type(address_3).__name__)

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

        if type(notes) is not str and notes is not None and notes is not UNSET:
            raise TypeError("notes: unexpected " + type(notes).__name__)

        _created_at = raw_created_at
        created_at: datetime.datetime | Unset
        if _created_at is UNSET:
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        _updated_at = raw_updated_at
        updated_at: datetime.datetime | Unset
        if _updated_at is UNSET:
            updated_at = UNSET
        else:
            updated_at = datetime.datetime.fromisoformat(_updated_at)

        archived_at = raw_archived_at
        if archived_at is not None and archived_at is not UNSET:
            archived_at = cls._parse_archived_at(archived_at)

        # Built without calling __init__ (the models have no validators or converters):
        # keyword arguments to an attrs __init__ took a third of the time of a whole patient.
        deleted_contact = _new_instance(cls)
        deleted_contact.deleted_at = deleted_at
        deleted_contact.links = links
        deleted_contact.id = id
        deleted_contact.title = title
        deleted_contact.first_name = first_name
        deleted_contact.last_name = last_name
        deleted_contact.preferred_name = preferred_name
        deleted_contact.company_name = company_name
        deleted_contact.occupation = occupation
        deleted_contact.provider_number = provider_number
        deleted_contact.doctor_type = doctor_type
        deleted_contact.type_ = type_
        deleted_contact.type_code = type_code
        deleted_contact.email = email
        deleted_contact.phone_numbers = phone_numbers
        deleted_contact.address_1 = address_1
        deleted_contact.address_2 = address_2
        deleted_contact.address_3 = address_3
        deleted_contact.city = city
        deleted_contact.state = state
        deleted_contact.post_code = post_code
        deleted_contact.country = country
        deleted_contact.country_code = country_code
        deleted_contact.notes = notes
        deleted_contact.created_at = created_at
        deleted_contact.updated_at = updated_at
        deleted_contact.archived_at = archived_at

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
        deleted_contact.additional_properties = unknown
        return deleted_contact

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
from ..models.phone_number import PhoneNumber  # noqa: E402
from ..models.self_links import SelfLinks  # noqa: E402
