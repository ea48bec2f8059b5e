from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.reminder_type import ReminderType, check_reminder_type
from ..redaction import redacted_repr
from ..types import UNSET, Unset

T = TypeVar("T", bound="Patient")


@_attrs_define
class Patient:
    """A patient as the API returns it. Unknown properties may appear as the
    API grows; clients must keep them, not fail on them.

    """

    id: int | str
    """ A 64-bit id. The live API sends a string of digits
    (`"836447129235883061"`); older examples show an integer. Treat it as a
    string: that loses no precision in any language.
     """
    title: str
    """ Title such as Mr, Ms, Dr. """
    first_name: str
    """ First (given) name. """
    preferred_first_name: None | str
    """ The name the patient prefers to be called, or `null`. """
    last_name: str
    """ Last (family) name. """
    date_of_birth: datetime.date | Literal[""] | None
    """ A calendar date `YYYY-MM-DD`, or `""` / `null` when unset. """
    sex: str
    """ Sex, free text (replaces `gender`). """
    gender_identity: str
    """ Gender identity, free text (replaces `gender`). """
    gender: None | str
    """ Deprecated since 2018-12-03 and read-only; use `sex` and `gender_identity`, which do not inherit its value.
    """
    pronouns: None | Pronouns
    """ The patient's pronouns, or `null` when not set. """
    email: str
    """ An email address, or `""` when there is none. """
    patient_phone_numbers: list[PhoneNumber]
    """ The patient's phone numbers (there is no phone-number filter). """
    address_1: str
    """ First line of the street address. """
    address_2: str
    """ Second line of the street address. """
    address_3: str
    """ Third line of the street address. """
    city: str
    """ City or suburb. """
    state: str
    """ State or region. """
    post_code: str
    """ Post code. """
    country: str
    """ Deprecated free-text country name; use `country_code`. """
    time_zone: None | str
    """ IANA time zone of the patient (`Australia/Melbourne`), or `null` if not set. """
    occupation: str
    """ Occupation. """
    emergency_contact: str
    """ Emergency contact, free text. """
    medicare: str
    """ Medicare card number (Australia). """
    medicare_reference_number: str
    """ Medicare individual reference number (the patient's position on the card). """
    notes: str
    """ Practitioners' notes about the patient. """
    appointment_notes: str
    """ Notes shown with the patient's appointments. """
    old_reference_id: str
    """ An id from a previous system, kept for reference (it can identify the person there). """
    referral_source: None | str
    """ How the patient found the business, or `null`. """
    invoice_default_to: str
    """ Whom invoices are addressed to by default. """
    invoice_email: None | str
    """ Where invoices are emailed, or `null` / `""`. """
    invoice_extra_information: str
    """ Extra text printed on invoices (e.g. insurance and claim numbers). """
    reminder_type: ReminderType
    """ How the patient is reminded of appointments. """
    receives_confirmation_emails: bool
    """ Whether appointment confirmations are emailed. """
    accepted_email_marketing: bool
    """ Whether the patient accepted email marketing. """
    accepted_sms_marketing: bool
    """ Whether the patient accepted SMS marketing. Not directly writable; send `unsubscribe_sms_marketing`. """
    accepted_privacy_policy: bool | None
    """ The patient's answer to the business's privacy policy - `null` no response, `true` accepted, `false`
    rejected (store as little as you can). """
    custom_fields: CustomFields | None
    """ Answers to the account's custom patient fields, or `null` when there are none. """
    created_at: datetime.datetime
    """ When the patient was created (UTC). """
    updated_at: datetime.datetime
    """ When the patient was last changed (UTC). """
    archived_at: datetime.datetime | Literal[""] | None
    """ A UTC timestamp, or `""` / `null` when unset (the original examples show `""`, the live API sends `null`).
    """
    deleted_at: datetime.datetime | Literal[""] | None
    """ A UTC timestamp, or `""` / `null` when unset (the original examples show `""`, the live API sends `null`).
    """
    medical_alerts: Link
    """ A link to a related resource or collection. """
    invoices: Link
    """ A link to a related resource or collection. """
    appointments: Link
    """ A link to a related resource or collection. """
    links: SelfLinks
    """ The URL of this resource. """
    label: str | Unset = UNSET
    """ The patient's full name as Cliniko displays it (live API only). """
    country_code: None | str | Unset = UNSET
    """ Country, ISO 3166-1 alpha-2 (live API only), or `null`. """
    dva_card_number: str | Unset = UNSET
    """ Department of Veterans' Affairs card number, or `""`. """
    receives_cancellation_emails: bool | Unset = UNSET
    """ Whether cancellation emails are sent (live API only). """
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
    attendees: Link | Unset = UNSET
    """ A link to a related resource or collection. """
    relationships: Link | Unset = UNSET
    """ A link to a related resource or collection. """
    patient_attachments: Link | Unset = UNSET
    """ A link to a related resource or collection. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return redacted_repr(self)

    def to_dict(self) -> dict[str, Any]:
        id: int | str
        id = self.id

        title = self.title

        first_name = self.first_name

        preferred_first_name: None | str
        preferred_first_name = self.preferred_first_name

        last_name = self.last_name

        date_of_birth: Literal[""] | None | str
        if isinstance(self.date_of_birth, datetime.date):
            date_of_birth = self.date_of_birth.isoformat()
        else:
            date_of_birth = self.date_of_birth

        sex = self.sex

        gender_identity = self.gender_identity

        gender: None | str
        gender = self.gender

        pronouns: dict[str, Any] | None
        if isinstance(self.pronouns, Pronouns):
            pronouns = self.pronouns.to_dict()
        else:
            pronouns = self.pronouns

        email = self.email

        patient_phone_numbers = []
        for patient_phone_numbers_item_data in self.patient_phone_numbers:
            patient_phone_numbers_item = patient_phone_numbers_item_data.to_dict()
            patient_phone_numbers.append(patient_phone_numbers_item)

        address_1 = self.address_1

        address_2 = self.address_2

        address_3 = self.address_3

        city = self.city

        state = self.state

        post_code = self.post_code

        country = self.country

        time_zone: None | str
        time_zone = self.time_zone

        occupation = self.occupation

        emergency_contact = self.emergency_contact

        medicare = self.medicare

        medicare_reference_number = self.medicare_reference_number

        notes = self.notes

        appointment_notes = self.appointment_notes

        old_reference_id = self.old_reference_id

        referral_source: None | str
        referral_source = self.referral_source

        invoice_default_to = self.invoice_default_to

        invoice_email: None | str
        invoice_email = self.invoice_email

        invoice_extra_information = self.invoice_extra_information

        reminder_type: str = self.reminder_type

        receives_confirmation_emails = self.receives_confirmation_emails

        accepted_email_marketing = self.accepted_email_marketing

        accepted_sms_marketing = self.accepted_sms_marketing

        accepted_privacy_policy: bool | None
        accepted_privacy_policy = self.accepted_privacy_policy

        custom_fields: dict[str, Any] | None
        if isinstance(self.custom_fields, CustomFields):
            custom_fields = self.custom_fields.to_dict()
        else:
            custom_fields = self.custom_fields

        created_at = self.created_at.isoformat().replace("+00:00", "Z")

        updated_at = self.updated_at.isoformat().replace("+00:00", "Z")

        archived_at: Literal[""] | None | str
        if isinstance(self.archived_at, datetime.datetime):
            archived_at = self.archived_at.isoformat().replace("+00:00", "Z")
        else:
            archived_at = self.archived_at

        deleted_at: Literal[""] | None | str
        if isinstance(self.deleted_at, datetime.datetime):
            deleted_at = self.deleted_at.isoformat().replace("+00:00", "Z")
        else:
            deleted_at = self.deleted_at

        medical_alerts = self.medical_alerts.to_dict()

        invoices = self.invoices.to_dict()

        appointments = self.appointments.to_dict()

        links = self.links.to_dict()

        label = self.label

        country_code: None | str | Unset
        if isinstance(self.country_code, Unset):
            country_code = UNSET
        else:
            country_code = self.country_code

        dva_card_number = self.dva_card_number

        receives_cancellation_emails = self.receives_cancellation_emails

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

        attendees: dict[str, Any] | Unset = UNSET
        if not isinstance(self.attendees, Unset):
            attendees = self.attendees.to_dict()

        relationships: dict[str, Any] | Unset = UNSET
        if not isinstance(self.relationships, Unset):
            relationships = self.relationships.to_dict()

        patient_attachments: dict[str, Any] | Unset = UNSET
        if not isinstance(self.patient_attachments, Unset):
            patient_attachments = self.patient_attachments.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "title": title,
                "first_name": first_name,
                "preferred_first_name": preferred_first_name,
                "last_name": last_name,
                "date_of_birth": date_of_birth,
                "sex": sex,
                "gender_identity": gender_identity,
                "gender": gender,
                "pronouns": pronouns,
                "email": email,
                "patient_phone_numbers": patient_phone_numbers,
                "address_1": address_1,
                "address_2": address_2,
                "address_3": address_3,
                "city": city,
                "state": state,
                "post_code": post_code,
                "country": country,
                "time_zone": time_zone,
                "occupation": occupation,
                "emergency_contact": emergency_contact,
                "medicare": medicare,
                "medicare_reference_number": medicare_reference_number,
                "notes": notes,
                "appointment_notes": appointment_notes,
                "old_reference_id": old_reference_id,
                "referral_source": referral_source,
                "invoice_default_to": invoice_default_to,
                "invoice_email": invoice_email,
                "invoice_extra_information": invoice_extra_information,
                "reminder_type": reminder_type,
                "receives_confirmation_emails": receives_confirmation_emails,
                "accepted_email_marketing": accepted_email_marketing,
                "accepted_sms_marketing": accepted_sms_marketing,
                "accepted_privacy_policy": accepted_privacy_policy,
                "custom_fields": custom_fields,
                "created_at": created_at,
                "updated_at": updated_at,
                "archived_at": archived_at,
                "deleted_at": deleted_at,
                "medical_alerts": medical_alerts,
                "invoices": invoices,
                "appointments": appointments,
                "links": links,
            }
        )
        if label is not UNSET:
            field_dict["label"] = label
        if country_code is not UNSET:
            field_dict["country_code"] = country_code
        if dva_card_number is not UNSET:
            field_dict["dva_card_number"] = dva_card_number
        if receives_cancellation_emails is not UNSET:
            field_dict["receives_cancellation_emails"] = receives_cancellation_emails
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
        if attendees is not UNSET:
            field_dict["attendees"] = attendees
        if relationships is not UNSET:
            field_dict["relationships"] = relationships
        if patient_attachments is not UNSET:
            field_dict["patient_attachments"] = patient_attachments

        return field_dict

    @staticmethod
    def _parse_id(data: object) -> int | str:
        return cast(int | str, data)

    @staticmethod
    def _parse_preferred_first_name(data: object) -> None | str:
        if data is None:
            return data
        return cast(None | str, data)

    @staticmethod
    def _parse_date_of_birth(data: object) -> datetime.date | Literal[""] | None:
        if data is None:
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
        return cast(datetime.date | Literal[""] | None, data)

    @staticmethod
    def _parse_gender(data: object) -> None | str:
        if data is None:
            return data
        return cast(None | str, data)

    @staticmethod
    def _parse_pronouns(data: object) -> None | Pronouns:
        if data is None:
            return data
        try:
            if not isinstance(data, dict):
                raise TypeError()
            pronouns_type_0 = Pronouns.from_dict(data)

            return pronouns_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        return cast(None | Pronouns, data)

    @staticmethod
    def _parse_time_zone(data: object) -> None | str:
        if data is None:
            return data
        return cast(None | str, data)

    @staticmethod
    def _parse_referral_source(data: object) -> None | str:
        if data is None:
            return data
        return cast(None | str, data)

    @staticmethod
    def _parse_invoice_email(data: object) -> None | str:
        if data is None:
            return data
        return cast(None | str, data)

    @staticmethod
    def _parse_accepted_privacy_policy(data: object) -> bool | None:
        if data is None:
            return data
        return cast(bool | None, data)

    @staticmethod
    def _parse_custom_fields(data: object) -> CustomFields | None:
        if data is None:
            return data
        try:
            if not isinstance(data, dict):
                raise TypeError()
            custom_fields_type_0 = CustomFields.from_dict(data)

            return custom_fields_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        return cast(CustomFields | None, data)

    @staticmethod
    def _parse_archived_at(data: object) -> datetime.datetime | Literal[""] | None:
        if data is None:
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
        return cast(datetime.datetime | Literal[""] | None, data)

    @staticmethod
    def _parse_deleted_at(data: object) -> datetime.datetime | Literal[""] | None:
        if data is None:
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
        return cast(datetime.datetime | Literal[""] | None, data)

    @staticmethod
    def _parse_country_code(data: object) -> None | str | Unset:
        if data is None:
            return data
        if isinstance(data, Unset):
            return data
        return cast(None | str | Unset, data)

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
        return cast(datetime.datetime | Literal[""] | None | Unset, data)

    @staticmethod
    def _parse_merged_with_patient(data: object) -> Link | None | Unset:
        if data is None:
            return data
        if isinstance(data, Unset):
            return data
        try:
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_nullable_link_type_0 = Link.from_dict(data)

            return componentsschemas_nullable_link_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        return cast(Link | None | Unset, data)

    @staticmethod
    def _parse_concession_type(data: object) -> Link | None | Unset:
        if data is None:
            return data
        if isinstance(data, Unset):
            return data
        try:
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_nullable_link_type_0 = Link.from_dict(data)

            return componentsschemas_nullable_link_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        return cast(Link | None | Unset, data)

    @staticmethod
    def _parse_referring_doctor(data: object) -> Link | None | Unset:
        if data is None:
            return data
        if isinstance(data, Unset):
            return data
        try:
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_nullable_link_type_0 = Link.from_dict(data)

            return componentsschemas_nullable_link_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        return cast(Link | None | Unset, data)

    @staticmethod
    def _parse_latest_booking(data: object) -> Link | None | Unset:
        if data is None:
            return data
        if isinstance(data, Unset):
            return data
        try:
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_nullable_link_type_0 = Link.from_dict(data)

            return componentsschemas_nullable_link_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        return cast(Link | None | Unset, data)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = cls._parse_id(d.pop("id"))

        title = d.pop("title")

        first_name = d.pop("first_name")

        preferred_first_name = cls._parse_preferred_first_name(d.pop("preferred_first_name"))

        last_name = d.pop("last_name")

        date_of_birth = cls._parse_date_of_birth(d.pop("date_of_birth"))

        sex = d.pop("sex")

        gender_identity = d.pop("gender_identity")

        gender = cls._parse_gender(d.pop("gender"))

        pronouns = cls._parse_pronouns(d.pop("pronouns"))

        email = d.pop("email")

        patient_phone_numbers = []
        _patient_phone_numbers = d.pop("patient_phone_numbers")
        for patient_phone_numbers_item_data in _patient_phone_numbers:
            patient_phone_numbers_item = PhoneNumber.from_dict(patient_phone_numbers_item_data)

            patient_phone_numbers.append(patient_phone_numbers_item)

        address_1 = d.pop("address_1")

        address_2 = d.pop("address_2")

        address_3 = d.pop("address_3")

        city = d.pop("city")

        state = d.pop("state")

        post_code = d.pop("post_code")

        country = d.pop("country")

        time_zone = cls._parse_time_zone(d.pop("time_zone"))

        occupation = d.pop("occupation")

        emergency_contact = d.pop("emergency_contact")

        medicare = d.pop("medicare")

        medicare_reference_number = d.pop("medicare_reference_number")

        notes = d.pop("notes")

        appointment_notes = d.pop("appointment_notes")

        old_reference_id = d.pop("old_reference_id")

        referral_source = cls._parse_referral_source(d.pop("referral_source"))

        invoice_default_to = d.pop("invoice_default_to")

        invoice_email = cls._parse_invoice_email(d.pop("invoice_email"))

        invoice_extra_information = d.pop("invoice_extra_information")

        reminder_type = check_reminder_type(d.pop("reminder_type"))

        receives_confirmation_emails = d.pop("receives_confirmation_emails")

        accepted_email_marketing = d.pop("accepted_email_marketing")

        accepted_sms_marketing = d.pop("accepted_sms_marketing")

        accepted_privacy_policy = cls._parse_accepted_privacy_policy(d.pop("accepted_privacy_policy"))

        custom_fields = cls._parse_custom_fields(d.pop("custom_fields"))

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        archived_at = cls._parse_archived_at(d.pop("archived_at"))

        deleted_at = cls._parse_deleted_at(d.pop("deleted_at"))

        medical_alerts = Link.from_dict(d.pop("medical_alerts"))

        invoices = Link.from_dict(d.pop("invoices"))

        appointments = Link.from_dict(d.pop("appointments"))

        links = SelfLinks.from_dict(d.pop("links"))

        label = d.pop("label", UNSET)

        country_code = cls._parse_country_code(d.pop("country_code", UNSET))

        dva_card_number = d.pop("dva_card_number", UNSET)

        receives_cancellation_emails = d.pop("receives_cancellation_emails", UNSET)

        merged_at = cls._parse_merged_at(d.pop("merged_at", UNSET))

        merged_with_patient = cls._parse_merged_with_patient(d.pop("merged_with_patient", UNSET))

        concession_type = cls._parse_concession_type(d.pop("concession_type", UNSET))

        referring_doctor = cls._parse_referring_doctor(d.pop("referring_doctor", UNSET))

        latest_booking = cls._parse_latest_booking(d.pop("latest_booking", UNSET))

        _attendees = d.pop("attendees", UNSET)
        attendees: Link | Unset
        if isinstance(_attendees, Unset):
            attendees = UNSET
        else:
            attendees = Link.from_dict(_attendees)

        _relationships = d.pop("relationships", UNSET)
        relationships: Link | Unset
        if isinstance(_relationships, Unset):
            relationships = UNSET
        else:
            relationships = Link.from_dict(_relationships)

        _patient_attachments = d.pop("patient_attachments", UNSET)
        patient_attachments: Link | Unset
        if isinstance(_patient_attachments, Unset):
            patient_attachments = UNSET
        else:
            patient_attachments = Link.from_dict(_patient_attachments)

        patient = cls(
            id=id,
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
            time_zone=time_zone,
            occupation=occupation,
            emergency_contact=emergency_contact,
            medicare=medicare,
            medicare_reference_number=medicare_reference_number,
            notes=notes,
            appointment_notes=appointment_notes,
            old_reference_id=old_reference_id,
            referral_source=referral_source,
            invoice_default_to=invoice_default_to,
            invoice_email=invoice_email,
            invoice_extra_information=invoice_extra_information,
            reminder_type=reminder_type,
            receives_confirmation_emails=receives_confirmation_emails,
            accepted_email_marketing=accepted_email_marketing,
            accepted_sms_marketing=accepted_sms_marketing,
            accepted_privacy_policy=accepted_privacy_policy,
            custom_fields=custom_fields,
            created_at=created_at,
            updated_at=updated_at,
            archived_at=archived_at,
            deleted_at=deleted_at,
            medical_alerts=medical_alerts,
            invoices=invoices,
            appointments=appointments,
            links=links,
            label=label,
            country_code=country_code,
            dva_card_number=dva_card_number,
            receives_cancellation_emails=receives_cancellation_emails,
            merged_at=merged_at,
            merged_with_patient=merged_with_patient,
            concession_type=concession_type,
            referring_doctor=referring_doctor,
            latest_booking=latest_booking,
            attendees=attendees,
            relationships=relationships,
            patient_attachments=patient_attachments,
        )

        patient.additional_properties = d
        return patient

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
