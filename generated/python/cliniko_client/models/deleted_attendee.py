from __future__ import annotations

import datetime
import operator
from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.cancellation_reason import CancellationReason, check_cancellation_reason
from ..redaction import redacted_repr
from ..types import UNSET, Unset

T = TypeVar("T", bound="DeletedAttendee")
# object.__new__ looked up once: cls.__new__ searched the class's bases on every call.
_new_instance = object.__new__

# The properties this model knows, in the order of the class; anything else the server sends
# is kept in additional_properties.
_PROPERTIES = (
    "deleted_at",
    "links",
    "id",
    "arrived",
    "notes",
    "booking_ip_address",
    "cancellation_reason",
    "cancellation_reason_description",
    "cancellation_note",
    "cancellation_url",
    "cancelled_at",
    "email_reminder_sent",
    "sms_reminder_sent",
    "sent_email_reminders_count",
    "sent_sms_reminders_count",
    "sent_email_follow_ups_count",
    "sent_sms_follow_ups_count",
    "invoice_status",
    "treatment_note_status",
    "online_booking_policy_accepted",
    "telehealth_url",
    "booking",
    "appointment",
    "patient",
    "patient_case",
    "invoices",
    "patient_forms",
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
class DeletedAttendee:
    """What remains of a deleted attendee. The 2016-2020 documentation shows
    whole records (`deleted_at` set); other deleted lists have sent
    `deleted_at` and `links` only, or those and `id` (`DeletedPatient`).
    All three parse; read the id from `links.self`.

    """

    deleted_at: datetime.datetime
    """ When the attendee was deleted (UTC). """
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
    arrived: bool | None | Unset = UNSET
    """ Whether the patient has arrived, or `null` when not recorded. """
    notes: None | str | Unset = UNSET
    """ Notes about this attendance (free text; may describe people). """
    booking_ip_address: None | str | Unset = UNSET
    """ The IP address an online booking came from, or `null`. """
    cancellation_reason: CancellationReason | None | Unset = UNSET
    """ Why it was cancelled (`CancellationReason`), or `null` when it is not. """
    cancellation_reason_description: None | str | Unset = UNSET
    """ The words of `cancellation_reason` (`Other`, `COVID-19 related`, ...;
    the case has varied between versions), `""` when the attendee is not
    cancelled (2016-2020 documentation), or `null`.
     """
    cancellation_note: None | str | Unset = UNSET
    """ Why it was cancelled, in words (free text about a person), or `null`. """
    cancellation_url: None | str | Unset = UNSET
    """ Where the patient can cancel online, or `null`. """
    cancelled_at: datetime.datetime | Literal[""] | None | Unset = UNSET
    """ A UTC timestamp, or `""` / `null` when unset (the original examples show `""`, the live API sends `null`).
    """
    email_reminder_sent: bool | None | Unset = UNSET
    """ Whether an email reminder was sent (deprecated; see `sent_email_reminders_count`). """
    sms_reminder_sent: bool | None | Unset = UNSET
    """ Whether an SMS reminder was sent (deprecated; see `sent_sms_reminders_count`). """
    sent_email_reminders_count: int | None | Unset = UNSET
    """ How many email reminders were sent, or `null`. """
    sent_sms_reminders_count: int | None | Unset = UNSET
    """ How many SMS reminders were sent, or `null`. """
    sent_email_follow_ups_count: int | None | Unset = UNSET
    """ How many email follow-ups were sent, or `null`. """
    sent_sms_follow_ups_count: int | None | Unset = UNSET
    """ How many SMS follow-ups were sent, or `null`. """
    invoice_status: int | None | Unset = UNSET
    """ The status code of the attendance's invoice (10, 20, 30, 40), or `null` when there is none. """
    treatment_note_status: int | None | Unset = UNSET
    """ The status code of the attendance's treatment note (10, 90), or `null` when there is none. """
    online_booking_policy_accepted: bool | None | Unset = UNSET
    """ Whether the patient accepted the online booking policy (`null` when not booked online). """
    telehealth_url: None | str | Unset = UNSET
    """ The video call's address for telehealth bookings, or `null`. """
    booking: Link | Unset = UNSET
    """ A link to a related resource or collection. """
    appointment: Link | None | Unset = UNSET
    """ A link to a related resource, or `null` when there is none. """
    patient: Link | Unset = UNSET
    """ A link to a related resource or collection. """
    patient_case: Link | None | Unset = UNSET
    """ A link to a related resource, or `null` when there is none. """
    invoices: Link | None | Unset = UNSET
    """ A link to a related resource, or `null` when there is none. """
    patient_forms: Link | None | Unset = UNSET
    """ A link to a related resource, or `null` when there is none. """
    created_at: datetime.datetime | Unset = UNSET
    """ When the attendee was created (UTC). """
    updated_at: datetime.datetime | Unset = UNSET
    """ When the attendee was last changed (UTC). """
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

        arrived: bool | None | Unset
        if isinstance(self.arrived, Unset):
            arrived = UNSET
        else:
            arrived = self.arrived

        notes: None | str | Unset
        if isinstance(self.notes, Unset):
            notes = UNSET
        else:
            notes = self.notes

        booking_ip_address: None | str | Unset
        if isinstance(self.booking_ip_address, Unset):
            booking_ip_address = UNSET
        else:
            booking_ip_address = self.booking_ip_address

        cancellation_reason: int | None | Unset
        if isinstance(self.cancellation_reason, Unset):
            cancellation_reason = UNSET
        elif isinstance(self.cancellation_reason, int):
            cancellation_reason = self.cancellation_reason
        else:
            cancellation_reason = self.cancellation_reason

        cancellation_reason_description: None | str | Unset
        if isinstance(self.cancellation_reason_description, Unset):
            cancellation_reason_description = UNSET
        else:
            cancellation_reason_description = self.cancellation_reason_description

        cancellation_note: None | str | Unset
        if isinstance(self.cancellation_note, Unset):
            cancellation_note = UNSET
        else:
            cancellation_note = self.cancellation_note

        cancellation_url: None | str | Unset
        if isinstance(self.cancellation_url, Unset):
            cancellation_url = UNSET
        else:
            cancellation_url = self.cancellation_url

        cancelled_at: Literal[""] | None | str | Unset
        if isinstance(self.cancelled_at, Unset):
            cancelled_at = UNSET
        elif isinstance(self.cancelled_at, datetime.datetime):
            cancelled_at = self.cancelled_at.isoformat().replace("+00:00", "Z")
        else:
            cancelled_at = self.cancelled_at

        email_reminder_sent: bool | None | Unset
        if isinstance(self.email_reminder_sent, Unset):
            email_reminder_sent = UNSET
        else:
            email_reminder_sent = self.email_reminder_sent

        sms_reminder_sent: bool | None | Unset
        if isinstance(self.sms_reminder_sent, Unset):
            sms_reminder_sent = UNSET
        else:
            sms_reminder_sent = self.sms_reminder_sent

        sent_email_reminders_count: int | None | Unset
        if isinstance(self.sent_email_reminders_count, Unset):
            sent_email_reminders_count = UNSET
        else:
            sent_email_reminders_count = self.sent_email_reminders_count

        sent_sms_reminders_count: int | None | Unset
        if isinstance(self.sent_sms_reminders_count, Unset):
            sent_sms_reminders_count = UNSET
        else:
            sent_sms_reminders_count = self.sent_sms_reminders_count

        sent_email_follow_ups_count: int | None | Unset
        if isinstance(self.sent_email_follow_ups_count, Unset):
            sent_email_follow_ups_count = UNSET
        else:
            sent_email_follow_ups_count = self.sent_email_follow_ups_count

        sent_sms_follow_ups_count: int | None | Unset
        if isinstance(self.sent_sms_follow_ups_count, Unset):
            sent_sms_follow_ups_count = UNSET
        else:
            sent_sms_follow_ups_count = self.sent_sms_follow_ups_count

        invoice_status: int | None | Unset
        if isinstance(self.invoice_status, Unset):
            invoice_status = UNSET
        else:
            invoice_status = self.invoice_status

        treatment_note_status: int | None | Unset
        if isinstance(self.treatment_note_status, Unset):
            treatment_note_status = UNSET
        else:
            treatment_note_status = self.treatment_note_status

        online_booking_policy_accepted: bool | None | Unset
        if isinstance(self.online_booking_policy_accepted, Unset):
            online_booking_policy_accepted = UNSET
        else:
            online_booking_policy_accepted = self.online_booking_policy_accepted

        telehealth_url: None | str | Unset
        if isinstance(self.telehealth_url, Unset):
            telehealth_url = UNSET
        else:
            telehealth_url = self.telehealth_url

        booking: dict[str, Any] | Unset = UNSET
        if not isinstance(self.booking, Unset):
            booking = self.booking.to_dict()

        appointment: dict[str, Any] | None | Unset
        if isinstance(self.appointment, Unset):
            appointment = UNSET
        elif isinstance(self.appointment, Link):
            appointment = self.appointment.to_dict()
        else:
            appointment = self.appointment

        patient: dict[str, Any] | Unset = UNSET
        if not isinstance(self.patient, Unset):
            patient = self.patient.to_dict()

        patient_case: dict[str, Any] | None | Unset
        if isinstance(self.patient_case, Unset):
            patient_case = UNSET
        elif isinstance(self.patient_case, Link):
            patient_case = self.patient_case.to_dict()
        else:
            patient_case = self.patient_case

        invoices: dict[str, Any] | None | Unset
        if isinstance(self.invoices, Unset):
            invoices = UNSET
        elif isinstance(self.invoices, Link):
            invoices = self.invoices.to_dict()
        else:
            invoices = self.invoices

        patient_forms: dict[str, Any] | None | Unset
        if isinstance(self.patient_forms, Unset):
            patient_forms = UNSET
        elif isinstance(self.patient_forms, Link):
            patient_forms = self.patient_forms.to_dict()
        else:
            patient_forms = self.patient_forms

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
        if arrived is not UNSET:
            field_dict["arrived"] = arrived
        if notes is not UNSET:
            field_dict["notes"] = notes
        if booking_ip_address is not UNSET:
            field_dict["booking_ip_address"] = booking_ip_address
        if cancellation_reason is not UNSET:
            field_dict["cancellation_reason"] = cancellation_reason
        if cancellation_reason_description is not UNSET:
            field_dict["cancellation_reason_description"] = cancellation_reason_description
        if cancellation_note is not UNSET:
            field_dict["cancellation_note"] = cancellation_note
        if cancellation_url is not UNSET:
            field_dict["cancellation_url"] = cancellation_url
        if cancelled_at is not UNSET:
            field_dict["cancelled_at"] = cancelled_at
        if email_reminder_sent is not UNSET:
            field_dict["email_reminder_sent"] = email_reminder_sent
        if sms_reminder_sent is not UNSET:
            field_dict["sms_reminder_sent"] = sms_reminder_sent
        if sent_email_reminders_count is not UNSET:
            field_dict["sent_email_reminders_count"] = sent_email_reminders_count
        if sent_sms_reminders_count is not UNSET:
            field_dict["sent_sms_reminders_count"] = sent_sms_reminders_count
        if sent_email_follow_ups_count is not UNSET:
            field_dict["sent_email_follow_ups_count"] = sent_email_follow_ups_count
        if sent_sms_follow_ups_count is not UNSET:
            field_dict["sent_sms_follow_ups_count"] = sent_sms_follow_ups_count
        if invoice_status is not UNSET:
            field_dict["invoice_status"] = invoice_status
        if treatment_note_status is not UNSET:
            field_dict["treatment_note_status"] = treatment_note_status
        if online_booking_policy_accepted is not UNSET:
            field_dict["online_booking_policy_accepted"] = online_booking_policy_accepted
        if telehealth_url is not UNSET:
            field_dict["telehealth_url"] = telehealth_url
        if booking is not UNSET:
            field_dict["booking"] = booking
        if appointment is not UNSET:
            field_dict["appointment"] = appointment
        if patient is not UNSET:
            field_dict["patient"] = patient
        if patient_case is not UNSET:
            field_dict["patient_case"] = patient_case
        if invoices is not UNSET:
            field_dict["invoices"] = invoices
        if patient_forms is not UNSET:
            field_dict["patient_forms"] = patient_forms
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if archived_at is not UNSET:
            field_dict["archived_at"] = archived_at

        return field_dict

    @staticmethod
    def _parse_cancelled_at(data: object) -> datetime.datetime | Literal[""] | None | Unset:
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
                arrived,
                notes,
                booking_ip_address,
                raw_cancellation_reason,
                cancellation_reason_description,
                cancellation_note,
                cancellation_url,
                raw_cancelled_at,
                email_reminder_sent,
                sms_reminder_sent,
                sent_email_reminders_count,
                sent_sms_reminders_count,
                sent_email_follow_ups_count,
                sent_sms_follow_ups_count,
                invoice_status,
                treatment_note_status,
                online_booking_policy_accepted,
                telehealth_url,
                raw_booking,
                raw_appointment,
                raw_patient,
                raw_patient_case,
                raw_invoices,
                raw_patient_forms,
                raw_created_at,
                raw_updated_at,
                raw_archived_at,
            ) = _READ_ALL(d)
            known_count = 30
        except KeyError:
            raw_deleted_at = d["deleted_at"]
            raw_links = d["links"]
            id = d.get("id", UNSET)
            arrived = d.get("arrived", UNSET)
            notes = d.get("notes", UNSET)
            booking_ip_address = d.get("booking_ip_address", UNSET)
            raw_cancellation_reason = d.get("cancellation_reason", UNSET)
            cancellation_reason_description = d.get("cancellation_reason_description", UNSET)
            cancellation_note = d.get("cancellation_note", UNSET)
            cancellation_url = d.get("cancellation_url", UNSET)
            raw_cancelled_at = d.get("cancelled_at", UNSET)
            email_reminder_sent = d.get("email_reminder_sent", UNSET)
            sms_reminder_sent = d.get("sms_reminder_sent", UNSET)
            sent_email_reminders_count = d.get("sent_email_reminders_count", UNSET)
            sent_sms_reminders_count = d.get("sent_sms_reminders_count", UNSET)
            sent_email_follow_ups_count = d.get("sent_email_follow_ups_count", UNSET)
            sent_sms_follow_ups_count = d.get("sent_sms_follow_ups_count", UNSET)
            invoice_status = d.get("invoice_status", UNSET)
            treatment_note_status = d.get("treatment_note_status", UNSET)
            online_booking_policy_accepted = d.get("online_booking_policy_accepted", UNSET)
            telehealth_url = d.get("telehealth_url", UNSET)
            raw_booking = d.get("booking", UNSET)
            raw_appointment = d.get("appointment", UNSET)
            raw_patient = d.get("patient", UNSET)
            raw_patient_case = d.get("patient_case", UNSET)
            raw_invoices = d.get("invoices", UNSET)
            raw_patient_forms = d.get("patient_forms", UNSET)
            raw_created_at = d.get("created_at", UNSET)
            raw_updated_at = d.get("updated_at", UNSET)
            raw_archived_at = d.get("archived_at", UNSET)
            known_count = (
                2
                + (id is not UNSET)
                + (arrived is not UNSET)
                + (notes is not UNSET)
                + (booking_ip_address is not UNSET)
                + (raw_cancellation_reason is not UNSET)
                + (cancellation_reason_description is not UNSET)
                + (cancellation_note is not UNSET)
                + (cancellation_url is not UNSET)
                + (raw_cancelled_at is not UNSET)
                + (email_reminder_sent is not UNSET)
                + (sms_reminder_sent is not UNSET)
                + (sent_email_reminders_count is not UNSET)
                + (sent_sms_reminders_count is not UNSET)
                + (sent_email_follow_ups_count is not UNSET)
                + (sent_sms_follow_ups_count is not UNSET)
                + (invoice_status is not UNSET)
                + (treatment_note_status is not UNSET)
                + (online_booking_policy_accepted is not UNSET)
                + (telehealth_url is not UNSET)
                + (raw_booking is not UNSET)
                + (raw_appointment is not UNSET)
                + (raw_patient is not UNSET)
                + (raw_patient_case is not UNSET)
                + (raw_invoices is not UNSET)
                + (raw_patient_forms is not UNSET)
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

        if type(arrived) is not bool and arrived is not None and arrived is not UNSET:
            raise TypeError("arrived: unexpected " + type(arrived).__name__)

        if type(notes) is not str and notes is not None and notes is not UNSET:
            raise TypeError("notes: unexpected " + type(notes).__name__)

        if type(booking_ip_address) is not str and booking_ip_address is not None and booking_ip_address is not UNSET:
            raise TypeError("booking_ip_address: unexpected " + type(booking_ip_address).__name__)

        cancellation_reason = raw_cancellation_reason
        if cancellation_reason is not None and cancellation_reason is not UNSET:
            if not isinstance(cancellation_reason, int):
                raise TypeError("cancellation_reason: unexpected " + type(cancellation_reason).__name__)
            try:
                cancellation_reason_type_0 = check_cancellation_reason(cancellation_reason)
            except TypeError as error:
                raise TypeError("cancellation_reason: " + str(error)) from None
            cancellation_reason = cancellation_reason_type_0

        if (
            type(cancellation_reason_description) is not str
            and cancellation_reason_description is not None
            and cancellation_reason_description is not UNSET
        ):
            raise TypeError(
                "cancellation_reason_description: unexpected " + type(cancellation_reason_description).__name__
            )

        if type(cancellation_note) is not str and cancellation_note is not None and cancellation_note is not UNSET:
            raise TypeError("cancellation_note: unexpected " + type(cancellation_note).__name__)

        if type(cancellation_url) is not str and cancellation_url is not None and cancellation_url is not UNSET:
            raise TypeError("cancellation_url: unexpected " + type(cancellation_url).__name__)

        cancelled_at = raw_cancelled_at
        if cancelled_at is not None and cancelled_at is not UNSET:
            cancelled_at = cls._parse_cancelled_at(cancelled_at)

        if (
            type(email_reminder_sent) is not bool
            and email_reminder_sent is not None
            and email_reminder_sent is not UNSET
        ):
            raise TypeError("email_reminder_sent: unexpected " + type(email_reminder_sent).__name__)

        if type(sms_reminder_sent) is not bool and sms_reminder_sent is not None and sms_reminder_sent is not UNSET:
            raise TypeError("sms_reminder_sent: unexpected " + type(sms_reminder_sent).__name__)

        if (
            type(sent_email_reminders_count) is not int
            and sent_email_reminders_count is not None
            and sent_email_reminders_count is not UNSET
        ):
            raise TypeError("sent_email_reminders_count: unexpected " + type(sent_email_reminders_count).__name__)

        if (
            type(sent_sms_reminders_count) is not int
            and sent_sms_reminders_count is not None
            and sent_sms_reminders_count is not UNSET
        ):
            raise TypeError("sent_sms_reminders_count: unexpected " + type(sent_sms_reminders_count).__name__)

        if (
            type(sent_email_follow_ups_count) is not int
            and sent_email_follow_ups_count is not None
            and sent_email_follow_ups_count is not UNSET
        ):
            raise TypeError("sent_email_follow_ups_count: unexpected " + type(sent_email_follow_ups_count).__name__)

        if (
            type(sent_sms_follow_ups_count) is not int
            and sent_sms_follow_ups_count is not None
            and sent_sms_follow_ups_count is not UNSET
        ):
            raise TypeError("sent_sms_follow_ups_count: unexpected " + type(sent_sms_follow_ups_count).__name__)

        if type(invoice_status) is not int and invoice_status is not None and invoice_status is not UNSET:
            raise TypeError("invoice_status: unexpected " + type(invoice_status).__name__)

        if (
            type(treatment_note_status) is not int
            and treatment_note_status is not None
            and treatment_note_status is not UNSET
        ):
            raise TypeError("treatment_note_status: unexpected " + type(treatment_note_status).__name__)

        if (
            type(online_booking_policy_accepted) is not bool
            and online_booking_policy_accepted is not None
            and online_booking_policy_accepted is not UNSET
        ):
            raise TypeError(
                "online_booking_policy_accepted: unexpected " + type(online_booking_policy_accepted).__name__
            )

        if type(telehealth_url) is not str and telehealth_url is not None and telehealth_url is not UNSET:
            raise TypeError("telehealth_url: unexpected " + type(telehealth_url).__name__)

        _booking = raw_booking
        booking: Link | Unset
        if _booking is UNSET:
            booking = UNSET
        else:
            booking = Link.from_dict(_booking)

        appointment = raw_appointment
        if appointment is not None and appointment is not UNSET:
            if not isinstance(appointment, dict):
                raise TypeError("appointment: unexpected " + type(appointment).__name__)
            componentsschemas_nullable_link_type_0 = Link.from_dict(appointment)

            appointment = componentsschemas_nullable_link_type_0

        _patient = raw_patient
        patient: Link | Unset
        if _patient is UNSET:
            patient = UNSET
        else:
            patient = Link.from_dict(_patient)

        patient_case = raw_patient_case
        if patient_case is not None and patient_case is not UNSET:
            if not isinstance(patient_case, dict):
                raise TypeError("patient_case: unexpected " + type(patient_case).__name__)
            componentsschemas_nullable_link_type_0 = Link.from_dict(patient_case)

            patient_case = componentsschemas_nullable_link_type_0

        invoices = raw_invoices
        if invoices is not None and invoices is not UNSET:
            if not isinstance(invoices, dict):
                raise TypeError("invoices: unexpected " + type(invoices).__name__)
            componentsschemas_nullable_link_type_0 = Link.from_dict(invoices)

            invoices = componentsschemas_nullable_link_type_0

        patient_forms = raw_patient_forms
        if patient_forms is not None and patient_forms is not UNSET:
            if not isinstance(patient_forms, dict):
                raise TypeError("patient_forms: unexpected " + type(patient_forms).__name__)
            componentsschemas_nullable_link_type_0 = Link.from_dict(patient_forms)

            patient_forms = componentsschemas_nullable_link_type_0

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
        deleted_attendee = _new_instance(cls)
        deleted_attendee.deleted_at = deleted_at
        deleted_attendee.links = links
        deleted_attendee.id = id
        deleted_attendee.arrived = arrived
        deleted_attendee.notes = notes
        deleted_attendee.booking_ip_address = booking_ip_address
        deleted_attendee.cancellation_reason = cancellation_reason
        deleted_attendee.cancellation_reason_description = cancellation_reason_description
        deleted_attendee.cancellation_note = cancellation_note
        deleted_attendee.cancellation_url = cancellation_url
        deleted_attendee.cancelled_at = cancelled_at
        deleted_attendee.email_reminder_sent = email_reminder_sent
        deleted_attendee.sms_reminder_sent = sms_reminder_sent
        deleted_attendee.sent_email_reminders_count = sent_email_reminders_count
        deleted_attendee.sent_sms_reminders_count = sent_sms_reminders_count
        deleted_attendee.sent_email_follow_ups_count = sent_email_follow_ups_count
        deleted_attendee.sent_sms_follow_ups_count = sent_sms_follow_ups_count
        deleted_attendee.invoice_status = invoice_status
        deleted_attendee.treatment_note_status = treatment_note_status
        deleted_attendee.online_booking_policy_accepted = online_booking_policy_accepted
        deleted_attendee.telehealth_url = telehealth_url
        deleted_attendee.booking = booking
        deleted_attendee.appointment = appointment
        deleted_attendee.patient = patient
        deleted_attendee.patient_case = patient_case
        deleted_attendee.invoices = invoices
        deleted_attendee.patient_forms = patient_forms
        deleted_attendee.created_at = created_at
        deleted_attendee.updated_at = updated_at
        deleted_attendee.archived_at = archived_at

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
        deleted_attendee.additional_properties = unknown
        return deleted_attendee

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
