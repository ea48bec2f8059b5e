from __future__ import annotations

import datetime
import operator
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.reminder_type import ReminderType, check_reminder_type
from ..redaction import redacted_repr
from ..types import UNSET, Unset

T = TypeVar("T", bound="PatientUpdate")
# object.__new__ looked up once: cls.__new__ searched the class's bases on every call.
_new_instance = object.__new__

# The properties this model knows, in the order of the class; anything else the server sends
# is kept in additional_properties.
_PROPERTIES = (
    "title",
    "first_name",
    "preferred_first_name",
    "last_name",
    "date_of_birth",
    "sex",
    "gender_identity",
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
    "unsubscribe_sms_marketing",
    "accepted_privacy_policy",
    "custom_fields",
    "concession_type_id",
    "referring_doctor_id",
)
_PROPERTY_NAMES = frozenset(_PROPERTIES)
# The name of the last lone unknown property seen (from_dict tries it first).
_LAST_UNKNOWN: list[str] = [""]
# Every property's value at once, in the order of the class (from_dict's fast path).
_READ_ALL = operator.itemgetter(*_PROPERTIES)


@_attrs_define
class PatientUpdate:
    """Patient properties a client may write. Every one is optional; only the
    ones sent are changed. Read-only properties (`id`, timestamps, links,
    `gender`, `accepted_sms_marketing`) are not accepted.

    Stricter than the response on purpose: a response may carry `null` in
    any property but the names and timestamps (older records), but `null` is
    accepted here only where it is documented to clear a value
    (`preferred_first_name`, `date_of_birth`, `pronouns`, `country_code`,
    `time_zone`, `referral_source`, `invoice_email`, `accepted_privacy_policy`,
    `custom_fields`, `concession_type_id`, `referring_doctor_id`). Blank a
    text field with `""`. Neither Cliniko's documentation nor any report
    shows the API storing a `null` sent for other fields, so a client that
    copies a read patient into an update drops its `null`s (or sends `""`).

    """

    title: str | Unset = UNSET
    """ Title such as Mr, Ms, Dr. """
    first_name: str | Unset = UNSET
    """ First (given) name; must not be blank. """
    preferred_first_name: None | str | Unset = UNSET
    """ The name the patient prefers to be called; `null` clears it. """
    last_name: str | Unset = UNSET
    """ Last (family) name; must not be blank. """
    date_of_birth: datetime.date | None | Unset = UNSET
    """ Date of birth `YYYY-MM-DD`; `null` clears it. """
    sex: str | Unset = UNSET
    """ Sex, free text. """
    gender_identity: str | Unset = UNSET
    """ Gender identity, free text. """
    pronouns: None | PronounsInput | Unset = UNSET
    """ The patient's pronouns; `null` clears them. """
    email: str | Unset = UNSET
    """ An email address, or `""` when there is none. """
    patient_phone_numbers: list[PhoneNumberInput] | Unset = UNSET
    """ The patient's phone numbers; replaces the stored list. """
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
    country: str | Unset = UNSET
    """ Deprecated; send `country_code`. """
    country_code: None | str | Unset = UNSET
    """ Country, ISO 3166-1 alpha-2; `null` clears it. """
    time_zone: None | str | Unset = UNSET
    """ IANA time zone identifier (`Australia/Melbourne`); `null` clears it. A name that is not a zone of the IANA
    database (`""` included) is refused with 422 (error `is invalid` on time_zone). """
    occupation: str | Unset = UNSET
    """ Occupation. """
    emergency_contact: str | Unset = UNSET
    """ Emergency contact, free text. """
    medicare: str | Unset = UNSET
    """ Medicare card number. """
    medicare_reference_number: str | Unset = UNSET
    """ Medicare individual reference number. """
    dva_card_number: str | Unset = UNSET
    """ DVA card number in the DVA format (e.g. `NX123456`), or `""` to clear. """
    notes: str | Unset = UNSET
    """ Practitioners' notes about the patient. """
    appointment_notes: str | Unset = UNSET
    """ Notes shown with the patient's appointments. """
    old_reference_id: str | Unset = UNSET
    """ An id from a previous system (it can identify the person there). """
    referral_source: None | str | Unset = UNSET
    """ How the patient found the business; `null` clears it. """
    invoice_default_to: str | Unset = UNSET
    """ Whom invoices are addressed to by default. """
    invoice_email: None | str | Unset = UNSET
    """ Where invoices are emailed; `null` or `""` clears it. """
    invoice_extra_information: str | Unset = UNSET
    """ Extra text printed on invoices. """
    reminder_type: ReminderType | Unset = UNSET
    """ How the patient is reminded of appointments. """
    receives_confirmation_emails: bool | Unset = UNSET
    """ Whether appointment confirmations are emailed. """
    receives_cancellation_emails: bool | Unset = UNSET
    """ Whether cancellation emails are sent. """
    accepted_email_marketing: bool | Unset = UNSET
    """ Whether the patient accepted email marketing. """
    unsubscribe_sms_marketing: bool | Unset = UNSET
    """ Send `true` to unsubscribe the patient from SMS marketing (`accepted_sms_marketing` is not directly
    writable). """
    accepted_privacy_policy: bool | None | Unset = UNSET
    """ The patient's answer to the privacy policy; `null` is no response. """
    custom_fields: CustomFields | None | Unset = UNSET
    """ Answers to the account's custom patient fields. Only sections, fields and options defined in the account's
    settings are accepted; `null` clears every answer. """
    concession_type_id: int | None | str | Unset = UNSET
    """ The id of the patient's concession type; `null` clears it. """
    referring_doctor_id: int | None | str | Unset = UNSET
    """ The id of the contact who referred the patient (its `referring_doctor`), a contact of the same account (else
    a 422 naming `referring_doctor_id`); `null` clears it. """

    def __repr__(self) -> str:
        return redacted_repr(self)

    def to_dict(self) -> dict[str, Any]:
        title = self.title

        first_name = self.first_name

        preferred_first_name: None | str | Unset
        if isinstance(self.preferred_first_name, Unset):
            preferred_first_name = UNSET
        else:
            preferred_first_name = self.preferred_first_name

        last_name = self.last_name

        date_of_birth: None | str | Unset
        if isinstance(self.date_of_birth, Unset):
            date_of_birth = UNSET
        elif isinstance(self.date_of_birth, datetime.date):
            date_of_birth = self.date_of_birth.isoformat()
        else:
            date_of_birth = self.date_of_birth

        sex = self.sex

        gender_identity = self.gender_identity

        pronouns: dict[str, Any] | None | Unset
        if isinstance(self.pronouns, Unset):
            pronouns = UNSET
        elif isinstance(self.pronouns, PronounsInput):
            pronouns = self.pronouns.to_dict()
        else:
            pronouns = self.pronouns

        email = self.email

        patient_phone_numbers: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.patient_phone_numbers, Unset):
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

        occupation = self.occupation

        emergency_contact = self.emergency_contact

        medicare = self.medicare

        medicare_reference_number = self.medicare_reference_number

        dva_card_number = self.dva_card_number

        notes = self.notes

        appointment_notes = self.appointment_notes

        old_reference_id = self.old_reference_id

        referral_source: None | str | Unset
        if isinstance(self.referral_source, Unset):
            referral_source = UNSET
        else:
            referral_source = self.referral_source

        invoice_default_to = self.invoice_default_to

        invoice_email: None | str | Unset
        if isinstance(self.invoice_email, Unset):
            invoice_email = UNSET
        else:
            invoice_email = self.invoice_email

        invoice_extra_information = self.invoice_extra_information

        reminder_type: str | Unset = UNSET
        if not isinstance(self.reminder_type, Unset):
            reminder_type = self.reminder_type

        receives_confirmation_emails = self.receives_confirmation_emails

        receives_cancellation_emails = self.receives_cancellation_emails

        accepted_email_marketing = self.accepted_email_marketing

        unsubscribe_sms_marketing = self.unsubscribe_sms_marketing

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

        concession_type_id: int | None | str | Unset
        if isinstance(self.concession_type_id, Unset):
            concession_type_id = UNSET
        else:
            concession_type_id = self.concession_type_id

        referring_doctor_id: int | None | str | Unset
        if isinstance(self.referring_doctor_id, Unset):
            referring_doctor_id = UNSET
        else:
            referring_doctor_id = self.referring_doctor_id

        field_dict: dict[str, Any] = {}

        field_dict.update({})
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
        if unsubscribe_sms_marketing is not UNSET:
            field_dict["unsubscribe_sms_marketing"] = unsubscribe_sms_marketing
        if accepted_privacy_policy is not UNSET:
            field_dict["accepted_privacy_policy"] = accepted_privacy_policy
        if custom_fields is not UNSET:
            field_dict["custom_fields"] = custom_fields
        if concession_type_id is not UNSET:
            field_dict["concession_type_id"] = concession_type_id
        if referring_doctor_id is not UNSET:
            field_dict["referring_doctor_id"] = referring_doctor_id

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
                preferred_first_name,
                last_name,
                raw_date_of_birth,
                sex,
                gender_identity,
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
                unsubscribe_sms_marketing,
                accepted_privacy_policy,
                raw_custom_fields,
                concession_type_id,
                referring_doctor_id,
            ) = _READ_ALL(d)
        except KeyError:
            title = d.get("title", UNSET)
            first_name = d.get("first_name", UNSET)
            preferred_first_name = d.get("preferred_first_name", UNSET)
            last_name = d.get("last_name", UNSET)
            raw_date_of_birth = d.get("date_of_birth", UNSET)
            sex = d.get("sex", UNSET)
            gender_identity = d.get("gender_identity", UNSET)
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
            unsubscribe_sms_marketing = d.get("unsubscribe_sms_marketing", UNSET)
            accepted_privacy_policy = d.get("accepted_privacy_policy", UNSET)
            raw_custom_fields = d.get("custom_fields", UNSET)
            concession_type_id = d.get("concession_type_id", UNSET)
            referring_doctor_id = d.get("referring_doctor_id", UNSET)

        if type(title) is not str and title is not UNSET:
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
            if not isinstance(date_of_birth, str):
                raise TypeError("date_of_birth: unexpected " + type(date_of_birth).__name__)
            date_of_birth_type_0 = datetime.date.fromisoformat(date_of_birth)

            date_of_birth = date_of_birth_type_0

        if type(sex) is not str and sex is not UNSET:
            raise TypeError("sex: unexpected " + type(sex).__name__)

        if type(gender_identity) is not str and gender_identity is not UNSET:
            raise TypeError("gender_identity: unexpected " + type(gender_identity).__name__)

        pronouns = raw_pronouns
        if pronouns is not None and pronouns is not UNSET:
            if not isinstance(pronouns, dict):
                raise TypeError("pronouns: unexpected " + type(pronouns).__name__)
            pronouns_type_0 = PronounsInput.from_dict(pronouns)

            pronouns = pronouns_type_0

        if type(email) is not str and email is not UNSET:
            raise TypeError("email: unexpected " + type(email).__name__)

        _patient_phone_numbers = raw_patient_phone_numbers
        patient_phone_numbers: list[PhoneNumberInput] | Unset = UNSET
        if _patient_phone_numbers is not UNSET:
            patient_phone_numbers = [PhoneNumberInput.from_dict(item) for item in _patient_phone_numbers]

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

        if type(country) is not str and country is not UNSET:
            raise TypeError("country: unexpected " + type(country).__name__)

        if type(country_code) is not str and country_code is not None and country_code is not UNSET:
            raise TypeError("country_code: unexpected " + type(country_code).__name__)

        if type(time_zone) is not str and time_zone is not None and time_zone is not UNSET:
            raise TypeError("time_zone: unexpected " + type(time_zone).__name__)

        if type(occupation) is not str and occupation is not UNSET:
            raise TypeError("occupation: unexpected " + type(occupation).__name__)

        if type(emergency_contact) is not str and emergency_contact is not UNSET:
            raise TypeError("emergency_contact: unexpected " + type(emergency_contact).__name__)

        if type(medicare) is not str and medicare is not UNSET:
            raise TypeError("medicare: unexpected " + type(medicare).__name__)

        if type(medicare_reference_number) is not str and medicare_reference_number is not UNSET:
            raise TypeError("medicare_reference_number: unexpected " + type(medicare_reference_number).__name__)

        if type(dva_card_number) is not str and dva_card_number is not UNSET:
            raise TypeError("dva_card_number: unexpected " + type(dva_card_number).__name__)

        if type(notes) is not str and notes is not UNSET:
            raise TypeError("notes: unexpected " + type(notes).__name__)

        if type(appointment_notes) is not str and appointment_notes is not UNSET:
            raise TypeError("appointment_notes: unexpected " + type(appointment_notes).__name__)

        if type(old_reference_id) is not str and old_reference_id is not UNSET:
            raise TypeError("old_reference_id: unexpected " + type(old_reference_id).__name__)

        if type(referral_source) is not str and referral_source is not None and referral_source is not UNSET:
            raise TypeError("referral_source: unexpected " + type(referral_source).__name__)

        if type(invoice_default_to) is not str and invoice_default_to is not UNSET:
            raise TypeError("invoice_default_to: unexpected " + type(invoice_default_to).__name__)

        if type(invoice_email) is not str and invoice_email is not None and invoice_email is not UNSET:
            raise TypeError("invoice_email: unexpected " + type(invoice_email).__name__)

        if type(invoice_extra_information) is not str and invoice_extra_information is not UNSET:
            raise TypeError("invoice_extra_information: unexpected " + type(invoice_extra_information).__name__)

        try:
            _reminder_type = raw_reminder_type
            reminder_type: ReminderType | Unset
            if _reminder_type is UNSET:
                reminder_type = UNSET
            else:
                reminder_type = check_reminder_type(_reminder_type)
        except TypeError as error:
            raise TypeError("reminder_type: " + str(error)) from None

        if type(receives_confirmation_emails) is not bool and receives_confirmation_emails is not UNSET:
            raise TypeError("receives_confirmation_emails: unexpected " + type(receives_confirmation_emails).__name__)

        if type(receives_cancellation_emails) is not bool and receives_cancellation_emails is not UNSET:
            raise TypeError("receives_cancellation_emails: unexpected " + type(receives_cancellation_emails).__name__)

        if type(accepted_email_marketing) is not bool and accepted_email_marketing is not UNSET:
            raise TypeError("accepted_email_marketing: unexpected " + type(accepted_email_marketing).__name__)

        if type(unsubscribe_sms_marketing) is not bool and unsubscribe_sms_marketing is not UNSET:
            raise TypeError("unsubscribe_sms_marketing: unexpected " + type(unsubscribe_sms_marketing).__name__)

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

        if (
            type(concession_type_id) is not int
            and type(concession_type_id) is not str
            and concession_type_id is not None
            and concession_type_id is not UNSET
        ):
            raise TypeError("concession_type_id: unexpected " + type(concession_type_id).__name__)

        if (
            type(referring_doctor_id) is not int
            and type(referring_doctor_id) is not str
            and referring_doctor_id is not None
            and referring_doctor_id is not UNSET
        ):
            raise TypeError("referring_doctor_id: unexpected " + type(referring_doctor_id).__name__)

        # Built without calling __init__ (the models have no validators or converters):
        # keyword arguments to an attrs __init__ took a third of the time of a whole patient.
        patient_update = _new_instance(cls)
        patient_update.title = title
        patient_update.first_name = first_name
        patient_update.preferred_first_name = preferred_first_name
        patient_update.last_name = last_name
        patient_update.date_of_birth = date_of_birth
        patient_update.sex = sex
        patient_update.gender_identity = gender_identity
        patient_update.pronouns = pronouns
        patient_update.email = email
        patient_update.patient_phone_numbers = patient_phone_numbers
        patient_update.address_1 = address_1
        patient_update.address_2 = address_2
        patient_update.address_3 = address_3
        patient_update.city = city
        patient_update.state = state
        patient_update.post_code = post_code
        patient_update.country = country
        patient_update.country_code = country_code
        patient_update.time_zone = time_zone
        patient_update.occupation = occupation
        patient_update.emergency_contact = emergency_contact
        patient_update.medicare = medicare
        patient_update.medicare_reference_number = medicare_reference_number
        patient_update.dva_card_number = dva_card_number
        patient_update.notes = notes
        patient_update.appointment_notes = appointment_notes
        patient_update.old_reference_id = old_reference_id
        patient_update.referral_source = referral_source
        patient_update.invoice_default_to = invoice_default_to
        patient_update.invoice_email = invoice_email
        patient_update.invoice_extra_information = invoice_extra_information
        patient_update.reminder_type = reminder_type
        patient_update.receives_confirmation_emails = receives_confirmation_emails
        patient_update.receives_cancellation_emails = receives_cancellation_emails
        patient_update.accepted_email_marketing = accepted_email_marketing
        patient_update.unsubscribe_sms_marketing = unsubscribe_sms_marketing
        patient_update.accepted_privacy_policy = accepted_privacy_policy
        patient_update.custom_fields = custom_fields
        patient_update.concession_type_id = concession_type_id
        patient_update.referring_doctor_id = referring_doctor_id

        return patient_update


# At the bottom, not the top: models may refer to each other (import cycles).
from ..models.custom_fields import CustomFields  # noqa: E402
from ..models.phone_number_input import PhoneNumberInput  # noqa: E402
from ..models.pronouns_input import PronounsInput  # noqa: E402
