from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.reminder_type import ReminderType, check_reminder_type
from ..redaction import redacted_repr
from ..types import UNSET, Unset

T = TypeVar("T", bound="DeletedPatient")


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
    def _parse_id(data: object) -> int | str | Unset:
        if isinstance(data, Unset):
            return data
        return cast(int | str | Unset, data)

    @staticmethod
    def _parse_label(data: object) -> None | str | Unset:
        if data is None:
            return data
        if isinstance(data, Unset):
            return data
        return cast(None | str | Unset, data)

    @staticmethod
    def _parse_title(data: object) -> None | str | Unset:
        if data is None:
            return data
        if isinstance(data, Unset):
            return data
        return cast(None | str | Unset, data)

    @staticmethod
    def _parse_preferred_first_name(data: object) -> None | str | Unset:
        if data is None:
            return data
        if isinstance(data, Unset):
            return data
        return cast(None | str | Unset, data)

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
    def _parse_sex(data: object) -> None | str | Unset:
        if data is None:
            return data
        if isinstance(data, Unset):
            return data
        return cast(None | str | Unset, data)

    @staticmethod
    def _parse_gender_identity(data: object) -> None | str | Unset:
        if data is None:
            return data
        if isinstance(data, Unset):
            return data
        return cast(None | str | Unset, data)

    @staticmethod
    def _parse_gender(data: object) -> None | str | Unset:
        if data is None:
            return data
        if isinstance(data, Unset):
            return data
        return cast(None | str | Unset, data)

    @staticmethod
    def _parse_pronouns(data: object) -> None | Pronouns | Unset:
        if data is None:
            return data
        if isinstance(data, Unset):
            return data
        if not isinstance(data, dict):
            raise TypeError()
        pronouns_type_0 = Pronouns.from_dict(data)

        return pronouns_type_0

    @staticmethod
    def _parse_email(data: object) -> None | str | Unset:
        if data is None:
            return data
        if isinstance(data, Unset):
            return data
        return cast(None | str | Unset, data)

    @staticmethod
    def _parse_patient_phone_numbers(data: object) -> list[PhoneNumber] | None | Unset:
        if data is None:
            return data
        if isinstance(data, Unset):
            return data
        if not isinstance(data, list):
            raise TypeError()
        patient_phone_numbers_type_0 = []
        _patient_phone_numbers_type_0 = data
        for patient_phone_numbers_type_0_item_data in _patient_phone_numbers_type_0:
            patient_phone_numbers_type_0_item = PhoneNumber.from_dict(patient_phone_numbers_type_0_item_data)

            patient_phone_numbers_type_0.append(patient_phone_numbers_type_0_item)

        return patient_phone_numbers_type_0

    @staticmethod
    def _parse_address_1(data: object) -> None | str | Unset:
        if data is None:
            return data
        if isinstance(data, Unset):
            return data
        return cast(None | str | Unset, data)

    @staticmethod
    def _parse_address_2(data: object) -> None | str | Unset:
        if data is None:
            return data
        if isinstance(data, Unset):
            return data
        return cast(None | str | Unset, data)

    @staticmethod
    def _parse_address_3(data: object) -> None | str | Unset:
        if data is None:
            return data
        if isinstance(data, Unset):
            return data
        return cast(None | str | Unset, data)

    @staticmethod
    def _parse_city(data: object) -> None | str | Unset:
        if data is None:
            return data
        if isinstance(data, Unset):
            return data
        return cast(None | str | Unset, data)

    @staticmethod
    def _parse_state(data: object) -> None | str | Unset:
        if data is None:
            return data
        if isinstance(data, Unset):
            return data
        return cast(None | str | Unset, data)

    @staticmethod
    def _parse_post_code(data: object) -> None | str | Unset:
        if data is None:
            return data
        if isinstance(data, Unset):
            return data
        return cast(None | str | Unset, data)

    @staticmethod
    def _parse_country(data: object) -> None | str | Unset:
        if data is None:
            return data
        if isinstance(data, Unset):
            return data
        return cast(None | str | Unset, data)

    @staticmethod
    def _parse_country_code(data: object) -> None | str | Unset:
        if data is None:
            return data
        if isinstance(data, Unset):
            return data
        return cast(None | str | Unset, data)

    @staticmethod
    def _parse_time_zone(data: object) -> None | str | Unset:
        if data is None:
            return data
        if isinstance(data, Unset):
            return data
        return cast(None | str | Unset, data)

    @staticmethod
    def _parse_occupation(data: object) -> None | str | Unset:
        if data is None:
            return data
        if isinstance(data, Unset):
            return data
        return cast(None | str | Unset, data)

    @staticmethod
    def _parse_emergency_contact(data: object) -> None | str | Unset:
        if data is None:
            return data
        if isinstance(data, Unset):
            return data
        return cast(None | str | Unset, data)

    @staticmethod
    def _parse_medicare(data: object) -> None | str | Unset:
        if data is None:
            return data
        if isinstance(data, Unset):
            return data
        return cast(None | str | Unset, data)

    @staticmethod
    def _parse_medicare_reference_number(data: object) -> None | str | Unset:
        if data is None:
            return data
        if isinstance(data, Unset):
            return data
        return cast(None | str | Unset, data)

    @staticmethod
    def _parse_dva_card_number(data: object) -> None | str | Unset:
        if data is None:
            return data
        if isinstance(data, Unset):
            return data
        return cast(None | str | Unset, data)

    @staticmethod
    def _parse_notes(data: object) -> None | str | Unset:
        if data is None:
            return data
        if isinstance(data, Unset):
            return data
        return cast(None | str | Unset, data)

    @staticmethod
    def _parse_appointment_notes(data: object) -> None | str | Unset:
        if data is None:
            return data
        if isinstance(data, Unset):
            return data
        return cast(None | str | Unset, data)

    @staticmethod
    def _parse_old_reference_id(data: object) -> None | str | Unset:
        if data is None:
            return data
        if isinstance(data, Unset):
            return data
        return cast(None | str | Unset, data)

    @staticmethod
    def _parse_referral_source(data: object) -> None | str | Unset:
        if data is None:
            return data
        if isinstance(data, Unset):
            return data
        return cast(None | str | Unset, data)

    @staticmethod
    def _parse_invoice_default_to(data: object) -> None | str | Unset:
        if data is None:
            return data
        if isinstance(data, Unset):
            return data
        return cast(None | str | Unset, data)

    @staticmethod
    def _parse_invoice_email(data: object) -> None | str | Unset:
        if data is None:
            return data
        if isinstance(data, Unset):
            return data
        return cast(None | str | Unset, data)

    @staticmethod
    def _parse_invoice_extra_information(data: object) -> None | str | Unset:
        if data is None:
            return data
        if isinstance(data, Unset):
            return data
        return cast(None | str | Unset, data)

    @staticmethod
    def _parse_reminder_type(data: object) -> None | ReminderType | Unset:
        if data is None:
            return data
        if isinstance(data, Unset):
            return data
        if not isinstance(data, str):
            raise TypeError()
        reminder_type_type_0 = check_reminder_type(data)

        return reminder_type_type_0

    @staticmethod
    def _parse_receives_confirmation_emails(data: object) -> bool | None | Unset:
        if data is None:
            return data
        if isinstance(data, Unset):
            return data
        return cast(bool | None | Unset, data)

    @staticmethod
    def _parse_receives_cancellation_emails(data: object) -> bool | None | Unset:
        if data is None:
            return data
        if isinstance(data, Unset):
            return data
        return cast(bool | None | Unset, data)

    @staticmethod
    def _parse_accepted_email_marketing(data: object) -> bool | None | Unset:
        if data is None:
            return data
        if isinstance(data, Unset):
            return data
        return cast(bool | None | Unset, data)

    @staticmethod
    def _parse_accepted_sms_marketing(data: object) -> bool | None | Unset:
        if data is None:
            return data
        if isinstance(data, Unset):
            return data
        return cast(bool | None | Unset, data)

    @staticmethod
    def _parse_accepted_privacy_policy(data: object) -> bool | None | Unset:
        if data is None:
            return data
        if isinstance(data, Unset):
            return data
        return cast(bool | None | Unset, data)

    @staticmethod
    def _parse_custom_fields(data: object) -> CustomFields | None | Unset:
        if data is None:
            return data
        if isinstance(data, Unset):
            return data
        if not isinstance(data, dict):
            raise TypeError()
        custom_fields_type_0 = CustomFields.from_dict(data)

        return custom_fields_type_0

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

    @staticmethod
    def _parse_merged_with_patient(data: object) -> Link | None | Unset:
        if data is None:
            return data
        if isinstance(data, Unset):
            return data
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_nullable_link_type_0 = Link.from_dict(data)

        return componentsschemas_nullable_link_type_0

    @staticmethod
    def _parse_concession_type(data: object) -> Link | None | Unset:
        if data is None:
            return data
        if isinstance(data, Unset):
            return data
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_nullable_link_type_0 = Link.from_dict(data)

        return componentsschemas_nullable_link_type_0

    @staticmethod
    def _parse_referring_doctor(data: object) -> Link | None | Unset:
        if data is None:
            return data
        if isinstance(data, Unset):
            return data
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_nullable_link_type_0 = Link.from_dict(data)

        return componentsschemas_nullable_link_type_0

    @staticmethod
    def _parse_latest_booking(data: object) -> Link | None | Unset:
        if data is None:
            return data
        if isinstance(data, Unset):
            return data
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_nullable_link_type_0 = Link.from_dict(data)

        return componentsschemas_nullable_link_type_0

    @staticmethod
    def _parse_medical_alerts(data: object) -> Link | None | Unset:
        if data is None:
            return data
        if isinstance(data, Unset):
            return data
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_nullable_link_type_0 = Link.from_dict(data)

        return componentsschemas_nullable_link_type_0

    @staticmethod
    def _parse_invoices(data: object) -> Link | None | Unset:
        if data is None:
            return data
        if isinstance(data, Unset):
            return data
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_nullable_link_type_0 = Link.from_dict(data)

        return componentsschemas_nullable_link_type_0

    @staticmethod
    def _parse_appointments(data: object) -> Link | None | Unset:
        if data is None:
            return data
        if isinstance(data, Unset):
            return data
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_nullable_link_type_0 = Link.from_dict(data)

        return componentsschemas_nullable_link_type_0

    @staticmethod
    def _parse_attendees(data: object) -> Link | None | Unset:
        if data is None:
            return data
        if isinstance(data, Unset):
            return data
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_nullable_link_type_0 = Link.from_dict(data)

        return componentsschemas_nullable_link_type_0

    @staticmethod
    def _parse_relationships(data: object) -> Link | None | Unset:
        if data is None:
            return data
        if isinstance(data, Unset):
            return data
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_nullable_link_type_0 = Link.from_dict(data)

        return componentsschemas_nullable_link_type_0

    @staticmethod
    def _parse_patient_attachments(data: object) -> Link | None | Unset:
        if data is None:
            return data
        if isinstance(data, Unset):
            return data
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_nullable_link_type_0 = Link.from_dict(data)

        return componentsschemas_nullable_link_type_0

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        deleted_at = datetime.datetime.fromisoformat(d.pop("deleted_at"))

        links = SelfLinks.from_dict(d.pop("links"))

        id = cls._parse_id(d.pop("id", UNSET))

        label = cls._parse_label(d.pop("label", UNSET))

        title = cls._parse_title(d.pop("title", UNSET))

        first_name = d.pop("first_name", UNSET)

        preferred_first_name = cls._parse_preferred_first_name(d.pop("preferred_first_name", UNSET))

        last_name = d.pop("last_name", UNSET)

        date_of_birth = cls._parse_date_of_birth(d.pop("date_of_birth", UNSET))

        sex = cls._parse_sex(d.pop("sex", UNSET))

        gender_identity = cls._parse_gender_identity(d.pop("gender_identity", UNSET))

        gender = cls._parse_gender(d.pop("gender", UNSET))

        pronouns = cls._parse_pronouns(d.pop("pronouns", UNSET))

        email = cls._parse_email(d.pop("email", UNSET))

        patient_phone_numbers = cls._parse_patient_phone_numbers(d.pop("patient_phone_numbers", UNSET))

        address_1 = cls._parse_address_1(d.pop("address_1", UNSET))

        address_2 = cls._parse_address_2(d.pop("address_2", UNSET))

        address_3 = cls._parse_address_3(d.pop("address_3", UNSET))

        city = cls._parse_city(d.pop("city", UNSET))

        state = cls._parse_state(d.pop("state", UNSET))

        post_code = cls._parse_post_code(d.pop("post_code", UNSET))

        country = cls._parse_country(d.pop("country", UNSET))

        country_code = cls._parse_country_code(d.pop("country_code", UNSET))

        time_zone = cls._parse_time_zone(d.pop("time_zone", UNSET))

        occupation = cls._parse_occupation(d.pop("occupation", UNSET))

        emergency_contact = cls._parse_emergency_contact(d.pop("emergency_contact", UNSET))

        medicare = cls._parse_medicare(d.pop("medicare", UNSET))

        medicare_reference_number = cls._parse_medicare_reference_number(d.pop("medicare_reference_number", UNSET))

        dva_card_number = cls._parse_dva_card_number(d.pop("dva_card_number", UNSET))

        notes = cls._parse_notes(d.pop("notes", UNSET))

        appointment_notes = cls._parse_appointment_notes(d.pop("appointment_notes", UNSET))

        old_reference_id = cls._parse_old_reference_id(d.pop("old_reference_id", UNSET))

        referral_source = cls._parse_referral_source(d.pop("referral_source", UNSET))

        invoice_default_to = cls._parse_invoice_default_to(d.pop("invoice_default_to", UNSET))

        invoice_email = cls._parse_invoice_email(d.pop("invoice_email", UNSET))

        invoice_extra_information = cls._parse_invoice_extra_information(d.pop("invoice_extra_information", UNSET))

        reminder_type = cls._parse_reminder_type(d.pop("reminder_type", UNSET))

        receives_confirmation_emails = cls._parse_receives_confirmation_emails(
            d.pop("receives_confirmation_emails", UNSET)
        )

        receives_cancellation_emails = cls._parse_receives_cancellation_emails(
            d.pop("receives_cancellation_emails", UNSET)
        )

        accepted_email_marketing = cls._parse_accepted_email_marketing(d.pop("accepted_email_marketing", UNSET))

        accepted_sms_marketing = cls._parse_accepted_sms_marketing(d.pop("accepted_sms_marketing", UNSET))

        accepted_privacy_policy = cls._parse_accepted_privacy_policy(d.pop("accepted_privacy_policy", UNSET))

        custom_fields = cls._parse_custom_fields(d.pop("custom_fields", UNSET))

        _created_at = d.pop("created_at", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        _updated_at = d.pop("updated_at", UNSET)
        updated_at: datetime.datetime | Unset
        if isinstance(_updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = datetime.datetime.fromisoformat(_updated_at)

        archived_at = cls._parse_archived_at(d.pop("archived_at", UNSET))

        merged_at = cls._parse_merged_at(d.pop("merged_at", UNSET))

        merged_with_patient = cls._parse_merged_with_patient(d.pop("merged_with_patient", UNSET))

        concession_type = cls._parse_concession_type(d.pop("concession_type", UNSET))

        referring_doctor = cls._parse_referring_doctor(d.pop("referring_doctor", UNSET))

        latest_booking = cls._parse_latest_booking(d.pop("latest_booking", UNSET))

        medical_alerts = cls._parse_medical_alerts(d.pop("medical_alerts", UNSET))

        invoices = cls._parse_invoices(d.pop("invoices", UNSET))

        appointments = cls._parse_appointments(d.pop("appointments", UNSET))

        attendees = cls._parse_attendees(d.pop("attendees", UNSET))

        relationships = cls._parse_relationships(d.pop("relationships", UNSET))

        patient_attachments = cls._parse_patient_attachments(d.pop("patient_attachments", UNSET))

        deleted_patient = cls(
            deleted_at=deleted_at,
            links=links,
            id=id,
            label=label,
            title=title,
            first_name=first_name,
            preferred_first_name=preferred_first_name,
            last_name=last_name,
            date_of_birth=date_of_birth,
            sex=sex,
            gender_identity=gender_identity,
            gender=gender,
            pronouns=pronouns,
            email=email,
            patient_phone_numbers=patient_phone_numbers,
            address_1=address_1,
            address_2=address_2,
            address_3=address_3,
            city=city,
            state=state,
            post_code=post_code,
            country=country,
            country_code=country_code,
            time_zone=time_zone,
            occupation=occupation,
            emergency_contact=emergency_contact,
            medicare=medicare,
            medicare_reference_number=medicare_reference_number,
            dva_card_number=dva_card_number,
            notes=notes,
            appointment_notes=appointment_notes,
            old_reference_id=old_reference_id,
            referral_source=referral_source,
            invoice_default_to=invoice_default_to,
            invoice_email=invoice_email,
            invoice_extra_information=invoice_extra_information,
            reminder_type=reminder_type,
            receives_confirmation_emails=receives_confirmation_emails,
            receives_cancellation_emails=receives_cancellation_emails,
            accepted_email_marketing=accepted_email_marketing,
            accepted_sms_marketing=accepted_sms_marketing,
            accepted_privacy_policy=accepted_privacy_policy,
            custom_fields=custom_fields,
            created_at=created_at,
            updated_at=updated_at,
            archived_at=archived_at,
            merged_at=merged_at,
            merged_with_patient=merged_with_patient,
            concession_type=concession_type,
            referring_doctor=referring_doctor,
            latest_booking=latest_booking,
            medical_alerts=medical_alerts,
            invoices=invoices,
            appointments=appointments,
            attendees=attendees,
            relationships=relationships,
            patient_attachments=patient_attachments,
        )

        deleted_patient.additional_properties = d
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
