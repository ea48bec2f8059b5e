from __future__ import annotations

import datetime
import operator
from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.reminder_type import ReminderType, check_reminder_type
from ..redaction import redacted_repr
from ..types import UNSET, Unset

T = TypeVar("T", bound="DeletedPatient")
# object.__new__ looked up once: cls.__new__ searched the class's bases on every call.
_new_instance = object.__new__

# The properties this model knows, in the order of the class; anything else the server sends
# is kept in additional_properties.
_PROPERTIES = (
    "deleted_at",
    "links",
    "id",
    "label",
    "title",
    "first_name",
    "preferred_first_name",
    "last_name",
    "date_of_birth",
    "sex",
    "gender_identity",
    "gender",
    "pronouns",
    "email",
    "patient_phone_numbers",
    "address_1",
    "address_2",
    "address_3",
    "city",
    "state",
    "post_code",
    "country",
    "country_code",
    "time_zone",
    "occupation",
    "emergency_contact",
    "medicare",
    "medicare_reference_number",
    "dva_card_number",
    "notes",
    "appointment_notes",
    "old_reference_id",
    "referral_source",
    "invoice_default_to",
    "invoice_email",
    "invoice_extra_information",
    "reminder_type",
    "receives_confirmation_emails",
    "receives_cancellation_emails",
    "accepted_email_marketing",
    "accepted_sms_marketing",
    "accepted_privacy_policy",
    "custom_fields",
    "created_at",
    "updated_at",
    "archived_at",
    "merged_at",
    "merged_with_patient",
    "concession_type",
    "referring_doctor",
    "latest_booking",
    "medical_alerts",
    "invoices",
    "appointments",
    "attendees",
    "relationships",
    "patient_attachments",
)
_PROPERTY_NAMES = frozenset(_PROPERTIES)
# The name of the last lone unknown property seen (from_dict tries it first).
_LAST_UNKNOWN: list[str] = [""]
# Every property's value at once, in the order of the class (from_dict's fast path).
_READ_ALL = operator.itemgetter(*_PROPERTIES)


@_attrs_define
class DeletedPatient:
    """What remains of a deleted patient. Three shapes are on record and all
    parse: `deleted_at` and `links` only (the original documentation), the
    same plus `id` (a Cliniko staff answer, 2018), and whole patient records
    (the 2020 documentation), whose other properties are those of `Patient`
    and must be kept, not dropped. Read the id from `links.self` (its last
    path segment): that works with every shape. The sandbox sends the first
    shape by default (`--deleted-entries` picks another).

    """

    deleted_at: datetime.datetime
    """ When the patient was deleted (UTC). """
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
    label: None | str | Unset = UNSET
    """ The patient's full name as Cliniko displays it (live API only). """
    title: None | str | Unset = UNSET
    """ Title such as Mr, Ms, Dr. """
    first_name: str | Unset = UNSET
    """ First (given) name. """
    preferred_first_name: None | str | Unset = UNSET
    """ The name the patient prefers to be called, or `null`. """
    last_name: str | Unset = UNSET
    """ Last (family) name. """
    date_of_birth: datetime.date | Literal[""] | None | Unset = UNSET
    """ A calendar date `YYYY-MM-DD`, or `""` / `null` when unset. """
    sex: None | str | Unset = UNSET
    """ Sex, free text (replaces `gender`). """
    gender_identity: None | str | Unset = UNSET
    """ Gender identity, free text (replaces `gender`). """
    gender: None | str | Unset = UNSET
    """ Deprecated since 2018-12-03 and read-only; use `sex` and `gender_identity`, which do not inherit its value.
    """
    pronouns: None | Pronouns | Unset = UNSET
    """ The patient's pronouns, or `null` when not set. """
    email: None | str | Unset = UNSET
    """ The patient's email address, or `""` / `null` when there is none. """
    patient_phone_numbers: list[PhoneNumber] | None | Unset = UNSET
    """ The patient's phone numbers, or `null` on some older records (there is no phone-number filter). """
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
    """ Deprecated free-text country name; use `country_code`. """
    country_code: None | str | Unset = UNSET
    """ Country, ISO 3166-1 alpha-2 (live API only), or `null`. """
    time_zone: None | str | Unset = UNSET
    """ IANA time zone of the patient (`Australia/Melbourne`), or `null` if not set. """
    occupation: None | str | Unset = UNSET
    """ Occupation. """
    emergency_contact: None | str | Unset = UNSET
    """ Emergency contact, free text. """
    medicare: None | str | Unset = UNSET
    """ Medicare card number (Australia). """
    medicare_reference_number: None | str | Unset = UNSET
    """ Medicare individual reference number (the patient's position on the card). """
    dva_card_number: None | str | Unset = UNSET
    """ Department of Veterans' Affairs card number, or `""`. """
    notes: None | str | Unset = UNSET
    """ Practitioners' notes about the patient. """
    appointment_notes: None | str | Unset = UNSET
    """ Notes shown with the patient's appointments. """
    old_reference_id: None | str | Unset = UNSET
    """ An id from a previous system, kept for reference (it can identify the person there). """
    referral_source: None | str | Unset = UNSET
    """ How the patient found the business, or `null`. """
    invoice_default_to: None | str | Unset = UNSET
    """ Whom invoices are addressed to by default. """
    invoice_email: None | str | Unset = UNSET
    """ Where invoices are emailed, or `null` / `""`. """
    invoice_extra_information: None | str | Unset = UNSET
    """ Extra text printed on invoices (e.g. insurance and claim numbers). """
    reminder_type: None | ReminderType | Unset = UNSET
    """ How the patient is reminded of appointments, or `null` on some older records. """
    receives_confirmation_emails: bool | None | Unset = UNSET
    """ Whether appointment confirmations are emailed. """
    receives_cancellation_emails: bool | None | Unset = UNSET
    """ Whether cancellation emails are sent (live API only). """
    accepted_email_marketing: bool | None | Unset = UNSET
    """ Whether the patient accepted email marketing. """
    accepted_sms_marketing: bool | None | Unset = UNSET
    """ Whether the patient accepted SMS marketing. Not directly writable; send `unsubscribe_sms_marketing`. """
    accepted_privacy_policy: bool | None | Unset = UNSET
    """ The patient's answer to the business's privacy policy - `null` no response, `true` accepted, `false`
    rejected (store as little as you can). """
    custom_fields: CustomFields | None | Unset = UNSET
    """ Answers to the account's custom patient fields, or `null` when there are none. """
    created_at: datetime.datetime | Unset = UNSET
    """ When the patient was created (UTC). """
    updated_at: datetime.datetime | Unset = UNSET
    """ When the patient was last changed (UTC). """
    archived_at: datetime.datetime | Literal[""] | None | Unset = UNSET
    """ A UTC timestamp, or `""` / `null` when unset (the original examples show `""`, the live API sends `null`).
    """
    merged_at: datetime.datetime | Literal[""] | None | Unset = UNSET
    """ A UTC timestamp, or `""` / `null` when unset (the original examples show `""`, the live API sends `null`).
    """
    merged_with_patient: Link | None | Unset = UNSET
    """ A link to a related resource, or `null` when there is none. """
    concession_type: Link | None | Unset = UNSET
    """ A link to a related resource, or `null` when there is none. """
    referring_doctor: Link | None | Unset = UNSET
    """ A link to a related resource, or `null` when there is none. """
    latest_booking: Link | None | Unset = UNSET
    """ A link to a related resource, or `null` when there is none. """
    medical_alerts: Link | None | Unset = UNSET
    """ A link to a related resource, or `null` when there is none. """
    invoices: Link | None | Unset = UNSET
    """ A link to a related resource, or `null` when there is none. """
    appointments: Link | None | Unset = UNSET
    """ A link to a related resource, or `null` when there is none. """
    attendees: Link | None | Unset = UNSET
    """ A link to a related resource, or `null` when there is none. """
    relationships: Link | None | Unset = UNSET
    """ A link to a related resource, or `null` when there is none. """
    patient_attachments: Link | None | Unset = UNSET
    """ A link to a related resource, or `null` when there is none. """
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

        label: None | str | Unset
        if isinstance(self.label, Unset):
            label = UNSET
        else:
            label = self.label

        title: None | str | Unset
        if isinstance(self.title, Unset):
            title = UNSET
        else:
            title = self.title

        first_name = self.first_name

        preferred_first_name: None | str | Unset
        if isinstance(self.preferred_first_name, Unset):
            preferred_first_name = UNSET
        else:
            preferred_first_name = self.preferred_first_name

        last_name = self.last_name

        date_of_birth: Literal[""] | None | str | Unset
        if isinstance(self.date_of_birth, Unset):
            date_of_birth = UNSET
        elif isinstance(self.date_of_birth, datetime.date):
            date_of_birth = self.date_of_birth.isoformat()
        else:
            date_of_birth = self.date_of_birth

        sex: None | str | Unset
        if isinstance(self.sex, Unset):
            sex = UNSET
        else:
            sex = self.sex

        gender_identity: None | str | Unset
        if isinstance(self.gender_identity, Unset):
            gender_identity = UNSET
        else:
            gender_identity = self.gender_identity

        gender: None | str | Unset
        if isinstance(self.gender, Unset):
            gender = UNSET
        else:
            gender = self.gender

        pronouns: dict[str, Any] | None | Unset
        if isinstance(self.pronouns, Unset):
            pronouns = UNSET
        elif isinstance(self.pronouns, Pronouns):
            pronouns = self.pronouns.to_dict()
        else:
            pronouns = self.pronouns

        email: None | str | Unset
        if isinstance(self.email, Unset):
            email = UNSET
        else:
            email = self.email

        patient_phone_numbers: list[dict[str, Any]] | None | Unset
        if isinstance(self.patient_phone_numbers, Unset):
            patient_phone_numbers = UNSET
        elif isinstance(self.patient_phone_numbers, list):
            patient_phone_numbers = []
            for patient_phone_numbers_type_0_item_data in self.patient_phone_numbers:
                patient_phone_numbers_type_0_item = patient_phone_numbers_type_0_item_data.to_dict()
                patient_phone_numbers.append(patient_phone_numbers_type_0_item)

        else:
            patient_phone_numbers = self.patient_phone_numbers

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

        time_zone: None | str | Unset
        if isinstance(self.time_zone, Unset):
            time_zone = UNSET
        else:
            time_zone = self.time_zone

        occupation: None | str | Unset
        if isinstance(self.occupation, Unset):
            occupation = UNSET
        else:
            occupation = self.occupation

        emergency_contact: None | str | Unset
        if isinstance(self.emergency_contact, Unset):
            emergency_contact = UNSET
        else:
            emergency_contact = self.emergency_contact

        medicare: None | str | Unset
        if isinstance(self.medicare, Unset):
            medicare = UNSET
        else:
            medicare = self.medicare

        medicare_reference_number: None | str | Unset
        if isinstance(self.medicare_reference_number, Unset):
            medicare_reference_number = UNSET
        else:
            medicare_reference_number = self.medicare_reference_number

        dva_card_number: None | str | Unset
        if isinstance(self.dva_card_number, Unset):
            dva_card_number = UNSET
        else:
            dva_card_number = self.dva_card_number

        notes: None | str | Unset
        if isinstance(self.notes, Unset):
            notes = UNSET
        else:
            notes = self.notes

        appointment_notes: None | str | Unset
        if isinstance(self.appointment_notes, Unset):
            appointment_notes = UNSET
        else:
            appointment_notes = self.appointment_notes

        old_reference_id: None | str | Unset
        if isinstance(self.old_reference_id, Unset):
            old_reference_id = UNSET
        else:
            old_reference_id = self.old_reference_id

        referral_source: None | str | Unset
        if isinstance(self.referral_source, Unset):
            referral_source = UNSET
        else:
            referral_source = self.referral_source

        invoice_default_to: None | str | Unset
        if isinstance(self.invoice_default_to, Unset):
            invoice_default_to = UNSET
        else:
            invoice_default_to = self.invoice_default_to

        invoice_email: None | str | Unset
        if isinstance(self.invoice_email, Unset):
            invoice_email = UNSET
        else:
            invoice_email = self.invoice_email

        invoice_extra_information: None | str | Unset
        if isinstance(self.invoice_extra_information, Unset):
            invoice_extra_information = UNSET
        else:
            invoice_extra_information = self.invoice_extra_information

        reminder_type: None | str | Unset
        if isinstance(self.reminder_type, Unset):
            reminder_type = UNSET
        elif isinstance(self.reminder_type, str):
            reminder_type = self.reminder_type
        else:
            reminder_type = self.reminder_type

        receives_confirmation_emails: bool | None | Unset
        if isinstance(self.receives_confirmation_emails, Unset):
            receives_confirmation_emails = UNSET
        else:
            receives_confirmation_emails = self.receives_confirmation_emails

        receives_cancellation_emails: bool | None | Unset
        if isinstance(self.receives_cancellation_emails, Unset):
            receives_cancellation_emails = UNSET
        else:
            receives_cancellation_emails = self.receives_cancellation_emails

        accepted_email_marketing: bool | None | Unset
        if isinstance(self.accepted_email_marketing, Unset):
            accepted_email_marketing = UNSET
        else:
            accepted_email_marketing = self.accepted_email_marketing

        accepted_sms_marketing: bool | None | Unset
        if isinstance(self.accepted_sms_marketing, Unset):
            accepted_sms_marketing = UNSET
        else:
            accepted_sms_marketing = self.accepted_sms_marketing

        accepted_privacy_policy: bool | None | Unset
        if isinstance(self.accepted_privacy_policy, Unset):
            accepted_privacy_policy = UNSET
        else:
            accepted_privacy_policy = self.accepted_privacy_policy

        custom_fields: dict[str, Any] | None | Unset
        if isinstance(self.custom_fields, Unset):
            custom_fields = UNSET
        elif isinstance(self.custom_fields, CustomFields):
            custom_fields = self.custom_fields.to_dict()
        else:
            custom_fields = self.custom_fields

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

        merged_at: Literal[""] | None | str | Unset
        if isinstance(self.merged_at, Unset):
            merged_at = UNSET
        elif isinstance(self.merged_at, datetime.datetime):
            merged_at = self.merged_at.isoformat().replace("+00:00", "Z")
        else:
            merged_at = self.merged_at

        merged_with_patient: dict[str, Any] | None | Unset
        if isinstance(self.merged_with_patient, Unset):
            merged_with_patient = UNSET
        elif isinstance(self.merged_with_patient, Link):
            merged_with_patient = self.merged_with_patient.to_dict()
        else:
            merged_with_patient = self.merged_with_patient

        concession_type: dict[str, Any] | None | Unset
        if isinstance(self.concession_type, Unset):
            concession_type = UNSET
        elif isinstance(self.concession_type, Link):
            concession_type = self.concession_type.to_dict()
        else:
            concession_type = self.concession_type

        referring_doctor: dict[str, Any] | None | Unset
        if isinstance(self.referring_doctor, Unset):
            referring_doctor = UNSET
        elif isinstance(self.referring_doctor, Link):
            referring_doctor = self.referring_doctor.to_dict()
        else:
            referring_doctor = self.referring_doctor

        latest_booking: dict[str, Any] | None | Unset
        if isinstance(self.latest_booking, Unset):
            latest_booking = UNSET
        elif isinstance(self.latest_booking, Link):
            latest_booking = self.latest_booking.to_dict()
        else:
            latest_booking = self.latest_booking

        medical_alerts: dict[str, Any] | None | Unset
        if isinstance(self.medical_alerts, Unset):
            medical_alerts = UNSET
        elif isinstance(self.medical_alerts, Link):
            medical_alerts = self.medical_alerts.to_dict()
        else:
            medical_alerts = self.medical_alerts

        invoices: dict[str, Any] | None | Unset
        if isinstance(self.invoices, Unset):
            invoices = UNSET
        elif isinstance(self.invoices, Link):
            invoices = self.invoices.to_dict()
        else:
            invoices = self.invoices

        appointments: dict[str, Any] | None | Unset
        if isinstance(self.appointments, Unset):
            appointments = UNSET
        elif isinstance(self.appointments, Link):
            appointments = self.appointments.to_dict()
        else:
            appointments = self.appointments

        attendees: dict[str, Any] | None | Unset
        if isinstance(self.attendees, Unset):
            attendees = UNSET
        elif isinstance(self.attendees, Link):
            attendees = self.attendees.to_dict()
        else:
            attendees = self.attendees

        relationships: dict[str, Any] | None | Unset
        if isinstance(self.relationships, Unset):
            relationships = UNSET
        elif isinstance(self.relationships, Link):
            relationships = self.relationships.to_dict()
        else:
            relationships = self.relationships

        patient_attachments: dict[str, Any] | None | Unset
        if isinstance(self.patient_attachments, Unset):
            patient_attachments = UNSET
        elif isinstance(self.patient_attachments, Link):
            patient_attachments = self.patient_attachments.to_dict()
        else:
            patient_attachments = self.patient_attachments

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
        if label is not UNSET:
            field_dict["label"] = label
        if title is not UNSET:
            field_dict["title"] = title
        if first_name is not UNSET:
            field_dict["first_name"] = first_name
        if preferred_first_name is not UNSET:
            field_dict["preferred_first_name"] = preferred_first_name
        if last_name is not UNSET:
            field_dict["last_name"] = last_name
        if date_of_birth is not UNSET:
            field_dict["date_of_birth"] = date_of_birth
        if sex is not UNSET:
            field_dict["sex"] = sex
        if gender_identity is not UNSET:
            field_dict["gender_identity"] = gender_identity
        if gender is not UNSET:
            field_dict["gender"] = gender
        if pronouns is not UNSET:
            field_dict["pronouns"] = pronouns
        if email is not UNSET:
            field_dict["email"] = email
        if patient_phone_numbers is not UNSET:
            field_dict["patient_phone_numbers"] = patient_phone_numbers
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
        if time_zone is not UNSET:
            field_dict["time_zone"] = time_zone
        if occupation is not UNSET:
            field_dict["occupation"] = occupation
        if emergency_contact is not UNSET:
            field_dict["emergency_contact"] = emergency_contact
        if medicare is not UNSET:
            field_dict["medicare"] = medicare
        if medicare_reference_number is not UNSET:
            field_dict["medicare_reference_number"] = medicare_reference_number
        if dva_card_number is not UNSET:
            field_dict["dva_card_number"] = dva_card_number
        if notes is not UNSET:
            field_dict["notes"] = notes
        if appointment_notes is not UNSET:
            field_dict["appointment_notes"] = appointment_notes
        if old_reference_id is not UNSET:
            field_dict["old_reference_id"] = old_reference_id
        if referral_source is not UNSET:
            field_dict["referral_source"] = referral_source
        if invoice_default_to is not UNSET:
            field_dict["invoice_default_to"] = invoice_default_to
        if invoice_email is not UNSET:
            field_dict["invoice_email"] = invoice_email
        if invoice_extra_information is not UNSET:
            field_dict["invoice_extra_information"] = invoice_extra_information
        if reminder_type is not UNSET:
            field_dict["reminder_type"] = reminder_type
        if receives_confirmation_emails is not UNSET:
            field_dict["receives_confirmation_emails"] = receives_confirmation_emails
        if receives_cancellation_emails is not UNSET:
            field_dict["receives_cancellation_emails"] = receives_cancellation_emails
        if accepted_email_marketing is not UNSET:
            field_dict["accepted_email_marketing"] = accepted_email_marketing
        if accepted_sms_marketing is not UNSET:
            field_dict["accepted_sms_marketing"] = accepted_sms_marketing
        if accepted_privacy_policy is not UNSET:
            field_dict["accepted_privacy_policy"] = accepted_privacy_policy
        if custom_fields is not UNSET:
            field_dict["custom_fields"] = custom_fields
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if archived_at is not UNSET:
            field_dict["archived_at"] = archived_at
        if merged_at is not UNSET:
            field_dict["merged_at"] = merged_at
        if merged_with_patient is not UNSET:
            field_dict["merged_with_patient"] = merged_with_patient
        if concession_type is not UNSET:
            field_dict["concession_type"] = concession_type
        if referring_doctor is not UNSET:
            field_dict["referring_doctor"] = referring_doctor
        if latest_booking is not UNSET:
            field_dict["latest_booking"] = latest_booking
        if medical_alerts is not UNSET:
            field_dict["medical_alerts"] = medical_alerts
        if invoices is not UNSET:
            field_dict["invoices"] = invoices
        if appointments is not UNSET:
            field_dict["appointments"] = appointments
        if attendees is not UNSET:
            field_dict["attendees"] = attendees
        if relationships is not UNSET:
            field_dict["relationships"] = relationships
        if patient_attachments is not UNSET:
            field_dict["patient_attachments"] = patient_attachments

        return field_dict

    @staticmethod
    def _parse_date_of_birth(data: object) -> datetime.date | Literal[""] | None | Unset:
        if data is None:
            return data
        if isinstance(data, Unset):
            return data
        try:
            if not isinstance(data, str):
                raise TypeError()
            componentsschemas_date_or_blank_type_0 = datetime.date.fromisoformat(data)

            return componentsschemas_date_or_blank_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        componentsschemas_date_or_blank_type_1 = cast(Literal[""], data)
        if componentsschemas_date_or_blank_type_1 != "":
            raise ValueError(
                f"/components/schemas/DateOrBlank_type_1 must match const '', got '{componentsschemas_date_or_blank_type_1}'"
            )
        return componentsschemas_date_or_blank_type_1

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
    def _parse_merged_at(data: object) -> datetime.datetime | Literal[""] | None | Unset:
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
                label,
                title,
                first_name,
                preferred_first_name,
                last_name,
                raw_date_of_birth,
                sex,
                gender_identity,
                gender,
                raw_pronouns,
                email,
                raw_patient_phone_numbers,
                address_1,
                address_2,
                address_3,
                city,
                state,
                post_code,
                country,
                country_code,
                time_zone,
                occupation,
                emergency_contact,
                medicare,
                medicare_reference_number,
                dva_card_number,
                notes,
                appointment_notes,
                old_reference_id,
                referral_source,
                invoice_default_to,
                invoice_email,
                invoice_extra_information,
                raw_reminder_type,
                receives_confirmation_emails,
                receives_cancellation_emails,
                accepted_email_marketing,
                accepted_sms_marketing,
                accepted_privacy_policy,
                raw_custom_fields,
                raw_created_at,
                raw_updated_at,
                raw_archived_at,
                raw_merged_at,
                raw_merged_with_patient,
                raw_concession_type,
                raw_referring_doctor,
                raw_latest_booking,
                raw_medical_alerts,
                raw_invoices,
                raw_appointments,
                raw_attendees,
                raw_relationships,
                raw_patient_attachments,
            ) = _READ_ALL(d)
            known_count = 57
        except KeyError:
            raw_deleted_at = d["deleted_at"]
            raw_links = d["links"]
            id = d.get("id", UNSET)
            label = d.get("label", UNSET)
            title = d.get("title", UNSET)
            first_name = d.get("first_name", UNSET)
            preferred_first_name = d.get("preferred_first_name", UNSET)
            last_name = d.get("last_name", UNSET)
            raw_date_of_birth = d.get("date_of_birth", UNSET)
            sex = d.get("sex", UNSET)
            gender_identity = d.get("gender_identity", UNSET)
            gender = d.get("gender", UNSET)
            raw_pronouns = d.get("pronouns", UNSET)
            email = d.get("email", UNSET)
            raw_patient_phone_numbers = d.get("patient_phone_numbers", UNSET)
            address_1 = d.get("address_1", UNSET)
            address_2 = d.get("address_2", UNSET)
            address_3 = d.get("address_3", UNSET)
            city = d.get("city", UNSET)
            state = d.get("state", UNSET)
            post_code = d.get("post_code", UNSET)
            country = d.get("country", UNSET)
            country_code = d.get("country_code", UNSET)
            time_zone = d.get("time_zone", UNSET)
            occupation = d.get("occupation", UNSET)
            emergency_contact = d.get("emergency_contact", UNSET)
            medicare = d.get("medicare", UNSET)
            medicare_reference_number = d.get("medicare_reference_number", UNSET)
            dva_card_number = d.get("dva_card_number", UNSET)
            notes = d.get("notes", UNSET)
            appointment_notes = d.get("appointment_notes", UNSET)
            old_reference_id = d.get("old_reference_id", UNSET)
            referral_source = d.get("referral_source", UNSET)
            invoice_default_to = d.get("invoice_default_to", UNSET)
            invoice_email = d.get("invoice_email", UNSET)
            invoice_extra_information = d.get("invoice_extra_information", UNSET)
            raw_reminder_type = d.get("reminder_type", UNSET)
            receives_confirmation_emails = d.get("receives_confirmation_emails", UNSET)
            receives_cancellation_emails = d.get("receives_cancellation_emails", UNSET)
            accepted_email_marketing = d.get("accepted_email_marketing", UNSET)
            accepted_sms_marketing = d.get("accepted_sms_marketing", UNSET)
            accepted_privacy_policy = d.get("accepted_privacy_policy", UNSET)
            raw_custom_fields = d.get("custom_fields", UNSET)
            raw_created_at = d.get("created_at", UNSET)
            raw_updated_at = d.get("updated_at", UNSET)
            raw_archived_at = d.get("archived_at", UNSET)
            raw_merged_at = d.get("merged_at", UNSET)
            raw_merged_with_patient = d.get("merged_with_patient", UNSET)
            raw_concession_type = d.get("concession_type", UNSET)
            raw_referring_doctor = d.get("referring_doctor", UNSET)
            raw_latest_booking = d.get("latest_booking", UNSET)
            raw_medical_alerts = d.get("medical_alerts", UNSET)
            raw_invoices = d.get("invoices", UNSET)
            raw_appointments = d.get("appointments", UNSET)
            raw_attendees = d.get("attendees", UNSET)
            raw_relationships = d.get("relationships", UNSET)
            raw_patient_attachments = d.get("patient_attachments", UNSET)
            known_count = (
                2
                + (id is not UNSET)
                + (label is not UNSET)
                + (title is not UNSET)
                + (first_name is not UNSET)
                + (preferred_first_name is not UNSET)
                + (last_name is not UNSET)
                + (raw_date_of_birth is not UNSET)
                + (sex is not UNSET)
                + (gender_identity is not UNSET)
                + (gender is not UNSET)
                + (raw_pronouns is not UNSET)
                + (email is not UNSET)
                + (raw_patient_phone_numbers is not UNSET)
                + (address_1 is not UNSET)
                + (address_2 is not UNSET)
                + (address_3 is not UNSET)
                + (city is not UNSET)
                + (state is not UNSET)
                + (post_code is not UNSET)
                + (country is not UNSET)
                + (country_code is not UNSET)
                + (time_zone is not UNSET)
                + (occupation is not UNSET)
                + (emergency_contact is not UNSET)
                + (medicare is not UNSET)
                + (medicare_reference_number is not UNSET)
                + (dva_card_number is not UNSET)
                + (notes is not UNSET)
                + (appointment_notes is not UNSET)
                + (old_reference_id is not UNSET)
                + (referral_source is not UNSET)
                + (invoice_default_to is not UNSET)
                + (invoice_email is not UNSET)
                + (invoice_extra_information is not UNSET)
                + (raw_reminder_type is not UNSET)
                + (receives_confirmation_emails is not UNSET)
                + (receives_cancellation_emails is not UNSET)
                + (accepted_email_marketing is not UNSET)
                + (accepted_sms_marketing is not UNSET)
                + (accepted_privacy_policy is not UNSET)
                + (raw_custom_fields is not UNSET)
                + (raw_created_at is not UNSET)
                + (raw_updated_at is not UNSET)
                + (raw_archived_at is not UNSET)
                + (raw_merged_at is not UNSET)
                + (raw_merged_with_patient is not UNSET)
                + (raw_concession_type is not UNSET)
                + (raw_referring_doctor is not UNSET)
                + (raw_latest_booking is not UNSET)
                + (raw_medical_alerts is not UNSET)
                + (raw_invoices is not UNSET)
                + (raw_appointments is not UNSET)
                + (raw_attendees is not UNSET)
                + (raw_relationships is not UNSET)
                + (raw_patient_attachments is not UNSET)
            )

        if not isinstance(raw_deleted_at, str):
            raise TypeError("deleted_at: unexpected " + type(raw_deleted_at).__name__)
        deleted_at = datetime.datetime.fromisoformat(raw_deleted_at)

        if not isinstance(raw_links, dict):
            raise TypeError("links: unexpected " + type(raw_links).__name__)
        links = SelfLinks.from_dict(raw_links)

        if type(id) is not int and type(id) is not str and id is not UNSET:
            raise TypeError("id: unexpected " + type(id).__name__)

        if type(label) is not str and label is not None and label is not UNSET:
            raise TypeError("label: unexpected " + type(label).__name__)

        if type(title) is not str and title is not None and title is not UNSET:
            raise TypeError("title: unexpected " + type(title).__name__)

        if type(first_name) is not str and first_name is not UNSET:
            raise TypeError("first_name: unexpected " + type(first_name).__name__)

        if (
            type(preferred_first_name) is not str
            and preferred_first_name is not None
            and preferred_first_name is not UNSET
        ):
            raise TypeError("preferred_first_name: unexpected " + type(preferred_first_name).__name__)

        if type(last_name) is not str and last_name is not UNSET:
            raise TypeError("last_name: unexpected " + type(last_name).__name__)

        date_of_birth = raw_date_of_birth
        if date_of_birth is not None and date_of_birth is not UNSET:
            date_of_birth = cls._parse_date_of_birth(date_of_birth)

        if type(sex) is not str and sex is not None and sex is not UNSET:
            raise TypeError("sex: unexpected " + type(sex).__name__)

        if type(gender_identity) is not str and gender_identity is not None and gender_identity is not UNSET:
            raise TypeError("gender_identity: unexpected " + type(gender_identity).__name__)

        if type(gender) is not str and gender is not None and gender is not UNSET:
            raise TypeError("gender: unexpected " + type(gender).__name__)

        pronouns = raw_pronouns
        if pronouns is not None and pronouns is not UNSET:
            if not isinstance(pronouns, dict):
                raise TypeError("pronouns: unexpected " + type(pronouns).__name__)
            pronouns_type_0 = Pronouns.from_dict(pronouns)

            pronouns = pronouns_type_0

        if type(email) is not str and email is not None and email is not UNSET:
            raise TypeError("email: unexpected " + type(email).__name__)

        patient_phone_numbers = raw_patient_phone_numbers
        if patient_phone_numbers is not None and patient_phone_numbers is not UNSET:
            if not isinstance(patient_phone_numbers, list):
                raise TypeError("patient_phone_numbers: unexpected " + type(patient_phone_numbers).__name__)
            patient_phone_numbers_type_0 = [PhoneNumber.from_dict(item) for item in patient_phone_numbers]

            patient_phone_numbers = patient_phone_numbers_type_0

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

        if type(time_zone) is not str and time_zone is not None and time_zone is not UNSET:
            raise TypeError("time_zone: unexpected " + type(time_zone).__name__)

        if type(occupation) is not str and occupation is not None and occupation is not UNSET:
            raise TypeError("occupation: unexpected " + type(occupation).__name__)

        if type(emergency_contact) is not str and emergency_contact is not None and emergency_contact is not UNSET:
            raise TypeError("emergency_contact: unexpected " + type(emergency_contact).__name__)

        if type(medicare) is not str and medicare is not None and medicare is not UNSET:
            raise TypeError("medicare: unexpected " + type(medicare).__name__)

        if (
            type(medicare_reference_number) is not str
            and medicare_reference_number is not None
            and medicare_reference_number is not UNSET
        ):
            raise TypeError("medicare_reference_number: unexpected " + type(medicare_reference_number).__name__)

        if type(dva_card_number) is not str and dva_card_number is not None and dva_card_number is not UNSET:
            raise TypeError("dva_card_number: unexpected " + type(dva_card_number).__name__)

        if type(notes) is not str and notes is not None and notes is not UNSET:
            raise TypeError("notes: unexpected " + type(notes).__name__)

        if type(appointment_notes) is not str and appointment_notes is not None and appointment_notes is not UNSET:
            raise TypeError("appointment_notes: unexpected " + type(appointment_notes).__name__)

        if type(old_reference_id) is not str and old_reference_id is not None and old_reference_id is not UNSET:
            raise TypeError("old_reference_id: unexpected " + type(old_reference_id).__name__)

        if type(referral_source) is not str and referral_source is not None and referral_source is not UNSET:
            raise TypeError("referral_source: unexpected " + type(referral_source).__name__)

        if type(invoice_default_to) is not str and invoice_default_to is not None and invoice_default_to is not UNSET:
            raise TypeError("invoice_default_to: unexpected " + type(invoice_default_to).__name__)

        if type(invoice_email) is not str and invoice_email is not None and invoice_email is not UNSET:
            raise TypeError("invoice_email: unexpected " + type(invoice_email).__name__)

        if (
            type(invoice_extra_information) is not str
            and invoice_extra_information is not None
            and invoice_extra_information is not UNSET
        ):
            raise TypeError("invoice_extra_information: unexpected " + type(invoice_extra_information).__name__)

        reminder_type = raw_reminder_type
        if reminder_type is not None and reminder_type is not UNSET:
            if not isinstance(reminder_type, str):
                raise TypeError("reminder_type: unexpected " + type(reminder_type).__name__)
            try:
                reminder_type_type_0 = check_reminder_type(reminder_type)
            except TypeError as error:
                raise TypeError("reminder_type: " + str(error)) from None
            reminder_type = reminder_type_type_0

        if (
            type(receives_confirmation_emails) is not bool
            and receives_confirmation_emails is not None
            and receives_confirmation_emails is not UNSET
        ):
            raise TypeError("receives_confirmation_emails: unexpected " + type(receives_confirmation_emails).__name__)

        if (
            type(receives_cancellation_emails) is not bool
            and receives_cancellation_emails is not None
            and receives_cancellation_emails is not UNSET
        ):
            raise TypeError("receives_cancellation_emails: unexpected " + type(receives_cancellation_emails).__name__)

        if (
            type(accepted_email_marketing) is not bool
            and accepted_email_marketing is not None
            and accepted_email_marketing is not UNSET
        ):
            raise TypeError("accepted_email_marketing: unexpected " + type(accepted_email_marketing).__name__)

        if (
            type(accepted_sms_marketing) is not bool
            and accepted_sms_marketing is not None
            and accepted_sms_marketing is not UNSET
        ):
            raise TypeError("accepted_sms_marketing: unexpected " + type(accepted_sms_marketing).__name__)

        if (
            type(accepted_privacy_policy) is not bool
            and accepted_privacy_policy is not None
            and accepted_privacy_policy is not UNSET
        ):
            raise TypeError("accepted_privacy_policy: unexpected " + type(accepted_privacy_policy).__name__)

        custom_fields = raw_custom_fields
        if custom_fields is not None and custom_fields is not UNSET:
            if not isinstance(custom_fields, dict):
                raise TypeError("custom_fields: unexpected " + type(custom_fields).__name__)
            custom_fields_type_0 = CustomFields.from_dict(custom_fields)

            custom_fields = custom_fields_type_0

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

        merged_at = raw_merged_at
        if merged_at is not None and merged_at is not UNSET:
            merged_at = cls._parse_merged_at(merged_at)

        merged_with_patient = raw_merged_with_patient
        if merged_with_patient is not None and merged_with_patient is not UNSET:
            if not isinstance(merged_with_patient, dict):
                raise TypeError("merged_with_patient: unexpected " + type(merged_with_patient).__name__)
            componentsschemas_nullable_link_type_0 = Link.from_dict(merged_with_patient)

            merged_with_patient = componentsschemas_nullable_link_type_0

        concession_type = raw_concession_type
        if concession_type is not None and concession_type is not UNSET:
            if not isinstance(concession_type, dict):
                raise TypeError("concession_type: unexpected " + type(concession_type).__name__)
            componentsschemas_nullable_link_type_0 = Link.from_dict(concession_type)

            concession_type = componentsschemas_nullable_link_type_0

        referring_doctor = raw_referring_doctor
        if referring_doctor is not None and referring_doctor is not UNSET:
            if not isinstance(referring_doctor, dict):
                raise TypeError("referring_doctor: unexpected " + type(referring_doctor).__name__)
            componentsschemas_nullable_link_type_0 = Link.from_dict(referring_doctor)

            referring_doctor = componentsschemas_nullable_link_type_0

        latest_booking = raw_latest_booking
        if latest_booking is not None and latest_booking is not UNSET:
            if not isinstance(latest_booking, dict):
                raise TypeError("latest_booking: unexpected " + type(latest_booking).__name__)
            componentsschemas_nullable_link_type_0 = Link.from_dict(latest_booking)

            latest_booking = componentsschemas_nullable_link_type_0

        medical_alerts = raw_medical_alerts
        if medical_alerts is not None and medical_alerts is not UNSET:
            if not isinstance(medical_alerts, dict):
                raise TypeError("medical_alerts: unexpected " + type(medical_alerts).__name__)
            componentsschemas_nullable_link_type_0 = Link.from_dict(medical_alerts)

            medical_alerts = componentsschemas_nullable_link_type_0

        invoices = raw_invoices
        if invoices is not None and invoices is not UNSET:
            if not isinstance(invoices, dict):
                raise TypeError("invoices: unexpected " + type(invoices).__name__)
            componentsschemas_nullable_link_type_0 = Link.from_dict(invoices)

            invoices = componentsschemas_nullable_link_type_0

        appointments = raw_appointments
        if appointments is not None and appointments is not UNSET:
            if not isinstance(appointments, dict):
                raise TypeError("appointments: unexpected " + type(appointments).__name__)
            componentsschemas_nullable_link_type_0 = Link.from_dict(appointments)

            appointments = componentsschemas_nullable_link_type_0

        attendees = raw_attendees
        if attendees is not None and attendees is not UNSET:
            if not isinstance(attendees, dict):
                raise TypeError("attendees: unexpected " + type(attendees).__name__)
            componentsschemas_nullable_link_type_0 = Link.from_dict(attendees)

            attendees = componentsschemas_nullable_link_type_0

        relationships = raw_relationships
        if relationships is not None and relationships is not UNSET:
            if not isinstance(relationships, dict):
                raise TypeError("relationships: unexpected " + type(relationships).__name__)
            componentsschemas_nullable_link_type_0 = Link.from_dict(relationships)

            relationships = componentsschemas_nullable_link_type_0

        patient_attachments = raw_patient_attachments
        if patient_attachments is not None and patient_attachments is not UNSET:
            if not isinstance(patient_attachments, dict):
                raise TypeError("patient_attachments: unexpected " + type(patient_attachments).__name__)
            componentsschemas_nullable_link_type_0 = Link.from_dict(patient_attachments)

            patient_attachments = componentsschemas_nullable_link_type_0

        # Built without calling __init__ (the models have no validators or converters):
        # keyword arguments to an attrs __init__ took a third of the time of a whole patient.
        deleted_patient = _new_instance(cls)
        deleted_patient.deleted_at = deleted_at
        deleted_patient.links = links
        deleted_patient.id = id
        deleted_patient.label = label
        deleted_patient.title = title
        deleted_patient.first_name = first_name
        deleted_patient.preferred_first_name = preferred_first_name
        deleted_patient.last_name = last_name
        deleted_patient.date_of_birth = date_of_birth
        deleted_patient.sex = sex
        deleted_patient.gender_identity = gender_identity
        deleted_patient.gender = gender
        deleted_patient.pronouns = pronouns
        deleted_patient.email = email
        deleted_patient.patient_phone_numbers = patient_phone_numbers
        deleted_patient.address_1 = address_1
        deleted_patient.address_2 = address_2
        deleted_patient.address_3 = address_3
        deleted_patient.city = city
        deleted_patient.state = state
        deleted_patient.post_code = post_code
        deleted_patient.country = country
        deleted_patient.country_code = country_code
        deleted_patient.time_zone = time_zone
        deleted_patient.occupation = occupation
        deleted_patient.emergency_contact = emergency_contact
        deleted_patient.medicare = medicare
        deleted_patient.medicare_reference_number = medicare_reference_number
        deleted_patient.dva_card_number = dva_card_number
        deleted_patient.notes = notes
        deleted_patient.appointment_notes = appointment_notes
        deleted_patient.old_reference_id = old_reference_id
        deleted_patient.referral_source = referral_source
        deleted_patient.invoice_default_to = invoice_default_to
        deleted_patient.invoice_email = invoice_email
        deleted_patient.invoice_extra_information = invoice_extra_information
        deleted_patient.reminder_type = reminder_type
        deleted_patient.receives_confirmation_emails = receives_confirmation_emails
        deleted_patient.receives_cancellation_emails = receives_cancellation_emails
        deleted_patient.accepted_email_marketing = accepted_email_marketing
        deleted_patient.accepted_sms_marketing = accepted_sms_marketing
        deleted_patient.accepted_privacy_policy = accepted_privacy_policy
        deleted_patient.custom_fields = custom_fields
        deleted_patient.created_at = created_at
        deleted_patient.updated_at = updated_at
        deleted_patient.archived_at = archived_at
        deleted_patient.merged_at = merged_at
        deleted_patient.merged_with_patient = merged_with_patient
        deleted_patient.concession_type = concession_type
        deleted_patient.referring_doctor = referring_doctor
        deleted_patient.latest_booking = latest_booking
        deleted_patient.medical_alerts = medical_alerts
        deleted_patient.invoices = invoices
        deleted_patient.appointments = appointments
        deleted_patient.attendees = attendees
        deleted_patient.relationships = relationships
        deleted_patient.patient_attachments = patient_attachments

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
        deleted_patient.additional_properties = unknown
        return deleted_patient

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
from ..models.custom_fields import CustomFields  # noqa: E402
from ..models.link import Link  # noqa: E402
from ..models.phone_number import PhoneNumber  # noqa: E402
from ..models.pronouns import Pronouns  # noqa: E402
from ..models.self_links import SelfLinks  # noqa: E402
