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

T = TypeVar("T", bound="DeletedAppointment")
# object.__new__ looked up once: cls.__new__ searched the class's bases on every call.
_new_instance = object.__new__

# The properties this model knows, in the order of the class; anything else the server sends
# is kept in additional_properties.
_PROPERTIES = (
    "deleted_at",
    "links",
    "id",
    "appointment_start",
    "appointment_end",
    "patient_name",
    "notes",
    "cancellation_reason",
    "cancellation_note",
    "cancellation_time",
    "did_not_arrive",
    "patient_arrived",
    "email_reminder_sent",
    "sms_reminder_sent",
    "online_booking_policy_accepted",
    "booking_ip_address",
    "invoice_status",
    "treatment_note_status",
    "repeat_rule",
    "patient",
    "practitioner",
    "business",
    "appointment_type",
    "appointment_repeated_from",
    "repeats",
    "conflicts",
    "invoices",
    "created_at",
    "updated_at",
)
_PROPERTY_NAMES = frozenset(_PROPERTIES)
# The name of the last lone unknown property seen (from_dict tries it first).
_LAST_UNKNOWN: list[str] = [""]
# Every property's value at once, in the order of the class (from_dict's fast path).
_READ_ALL = operator.itemgetter(*_PROPERTIES)


@_attrs_define
class DeletedAppointment:
    """What the deleted list shows of a deleted appointment: the documentation
    (2013-2018) shows whole records with `deleted_at` set; the sandbox sends
    the shape other deleted lists send, `deleted_at` and `links` only. Both
    parse; read the id from `links.self`.

    """

    deleted_at: datetime.datetime
    """ When the appointment was deleted (UTC). """
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
    appointment_start: datetime.datetime | Unset = UNSET
    """ When the appointment starts (UTC); `starts_at` of individual appointments. """
    appointment_end: datetime.datetime | Unset = UNSET
    """ When the appointment ends (UTC), after `appointment_start`; `ends_at` of individual appointments. """
    patient_name: None | str | Unset = UNSET
    """ The patient's full name, as Cliniko shows it (2016-03). """
    notes: None | str | Unset = UNSET
    """ Notes about the appointment (free text; clinical text about a person). """
    cancellation_reason: CancellationReason | None | Unset = UNSET
    """ Why it was cancelled (`CancellationReason`), or `null` when it is not. """
    cancellation_note: None | str | Unset = UNSET
    """ Why the appointment was cancelled, in words (free text about a person), or `null`. """
    cancellation_time: datetime.datetime | Literal[""] | None | Unset = UNSET
    """ A UTC timestamp, or `""` / `null` when unset (the original examples show `""`, the live API sends `null`).
    """
    did_not_arrive: bool | None | Unset = UNSET
    """ Whether the patient did not arrive. """
    patient_arrived: bool | None | Unset = UNSET
    """ Whether the patient has arrived. """
    email_reminder_sent: bool | None | Unset = UNSET
    """ Whether an email reminder was sent. """
    sms_reminder_sent: bool | None | Unset = UNSET
    """ Whether an SMS reminder was sent. """
    online_booking_policy_accepted: bool | None | Unset = UNSET
    """ Whether the patient accepted the online booking policy (`null` for appointments not booked online). """
    booking_ip_address: None | str | Unset = UNSET
    """ The IP address an online booking came from, or `null` (2015-05). """
    invoice_status: int | None | Unset = UNSET
    """ The status code of the appointment's invoice (10, 20, ...), or `null` when there is none (2015-05). """
    treatment_note_status: int | None | Unset = UNSET
    """ The status code of the appointment's treatment note, or `null` when there is none (2015-05). """
    repeat_rule: None | RepeatRule | Unset = UNSET
    """ How the appointment repeats; `{}` or `null` when it does not. """
    patient: Link | Unset = UNSET
    """ A link to a related resource or collection. """
    practitioner: Link | Unset = UNSET
    """ A link to a related resource or collection. """
    business: Link | Unset = UNSET
    """ A link to a related resource or collection. """
    appointment_type: Link | Unset = UNSET
    """ A link to a related resource or collection. """
    appointment_repeated_from: Link | None | Unset = UNSET
    """ A link to a related resource, or `null` when there is none. """
    repeats: Link | None | Unset = UNSET
    """ A link to a related resource, or `null` when there is none. """
    conflicts: Link | None | Unset = UNSET
    """ A link to a related resource, or `null` when there is none. """
    invoices: Link | None | Unset = UNSET
    """ A link to a related resource, or `null` when there is none. """
    created_at: datetime.datetime | Unset = UNSET
    """ When the appointment was created (UTC). """
    updated_at: datetime.datetime | Unset = UNSET
    """ When the appointment was last changed (UTC). """
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

        appointment_start: str | Unset = UNSET
        if not isinstance(self.appointment_start, Unset):
            appointment_start = self.appointment_start.isoformat().replace("+00:00", "Z")

        appointment_end: str | Unset = UNSET
        if not isinstance(self.appointment_end, Unset):
            appointment_end = self.appointment_end.isoformat().replace("+00:00", "Z")

        patient_name: None | str | Unset
        if isinstance(self.patient_name, Unset):
            patient_name = UNSET
        else:
            patient_name = self.patient_name

        notes: None | str | Unset
        if isinstance(self.notes, Unset):
            notes = UNSET
        else:
            notes = self.notes

        cancellation_reason: int | None | Unset
        if isinstance(self.cancellation_reason, Unset):
            cancellation_reason = UNSET
        elif isinstance(self.cancellation_reason, int):
            cancellation_reason = self.cancellation_reason
        else:
            cancellation_reason = self.cancellation_reason

        cancellation_note: None | str | Unset
        if isinstance(self.cancellation_note, Unset):
            cancellation_note = UNSET
        else:
            cancellation_note = self.cancellation_note

        cancellation_time: Literal[""] | None | str | Unset
        if isinstance(self.cancellation_time, Unset):
            cancellation_time = UNSET
        elif isinstance(self.cancellation_time, datetime.datetime):
            cancellation_time = self.cancellation_time.isoformat().replace("+00:00", "Z")
        else:
            cancellation_time = self.cancellation_time

        did_not_arrive: bool | None | Unset
        if isinstance(self.did_not_arrive, Unset):
            did_not_arrive = UNSET
        else:
            did_not_arrive = self.did_not_arrive

        patient_arrived: bool | None | Unset
        if isinstance(self.patient_arrived, Unset):
            patient_arrived = UNSET
        else:
            patient_arrived = self.patient_arrived

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

        online_booking_policy_accepted: bool | None | Unset
        if isinstance(self.online_booking_policy_accepted, Unset):
            online_booking_policy_accepted = UNSET
        else:
            online_booking_policy_accepted = self.online_booking_policy_accepted

        booking_ip_address: None | str | Unset
        if isinstance(self.booking_ip_address, Unset):
            booking_ip_address = UNSET
        else:
            booking_ip_address = self.booking_ip_address

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

        repeat_rule: dict[str, Any] | None | Unset
        if isinstance(self.repeat_rule, Unset):
            repeat_rule = UNSET
        elif isinstance(self.repeat_rule, RepeatRule):
            repeat_rule = self.repeat_rule.to_dict()
        else:
            repeat_rule = self.repeat_rule

        patient: dict[str, Any] | Unset = UNSET
        if not isinstance(self.patient, Unset):
            patient = self.patient.to_dict()

        practitioner: dict[str, Any] | Unset = UNSET
        if not isinstance(self.practitioner, Unset):
            practitioner = self.practitioner.to_dict()

        business: dict[str, Any] | Unset = UNSET
        if not isinstance(self.business, Unset):
            business = self.business.to_dict()

        appointment_type: dict[str, Any] | Unset = UNSET
        if not isinstance(self.appointment_type, Unset):
            appointment_type = self.appointment_type.to_dict()

        appointment_repeated_from: dict[str, Any] | None | Unset
        if isinstance(self.appointment_repeated_from, Unset):
            appointment_repeated_from = UNSET
        elif isinstance(self.appointment_repeated_from, Link):
            appointment_repeated_from = self.appointment_repeated_from.to_dict()
        else:
            appointment_repeated_from = self.appointment_repeated_from

        repeats: dict[str, Any] | None | Unset
        if isinstance(self.repeats, Unset):
            repeats = UNSET
        elif isinstance(self.repeats, Link):
            repeats = self.repeats.to_dict()
        else:
            repeats = self.repeats

        conflicts: dict[str, Any] | None | Unset
        if isinstance(self.conflicts, Unset):
            conflicts = UNSET
        elif isinstance(self.conflicts, Link):
            conflicts = self.conflicts.to_dict()
        else:
            conflicts = self.conflicts

        invoices: dict[str, Any] | None | Unset
        if isinstance(self.invoices, Unset):
            invoices = UNSET
        elif isinstance(self.invoices, Link):
            invoices = self.invoices.to_dict()
        else:
            invoices = self.invoices

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat().replace("+00:00", "Z")

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat().replace("+00:00", "Z")

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
        if appointment_start is not UNSET:
            field_dict["appointment_start"] = appointment_start
        if appointment_end is not UNSET:
            field_dict["appointment_end"] = appointment_end
        if patient_name is not UNSET:
            field_dict["patient_name"] = patient_name
        if notes is not UNSET:
            field_dict["notes"] = notes
        if cancellation_reason is not UNSET:
            field_dict["cancellation_reason"] = cancellation_reason
        if cancellation_note is not UNSET:
            field_dict["cancellation_note"] = cancellation_note
        if cancellation_time is not UNSET:
            field_dict["cancellation_time"] = cancellation_time
        if did_not_arrive is not UNSET:
            field_dict["did_not_arrive"] = did_not_arrive
        if patient_arrived is not UNSET:
            field_dict["patient_arrived"] = patient_arrived
        if email_reminder_sent is not UNSET:
            field_dict["email_reminder_sent"] = email_reminder_sent
        if sms_reminder_sent is not UNSET:
            field_dict["sms_reminder_sent"] = sms_reminder_sent
        if online_booking_policy_accepted is not UNSET:
            field_dict["online_booking_policy_accepted"] = online_booking_policy_accepted
        if booking_ip_address is not UNSET:
            field_dict["booking_ip_address"] = booking_ip_address
        if invoice_status is not UNSET:
            field_dict["invoice_status"] = invoice_status
        if treatment_note_status is not UNSET:
            field_dict["treatment_note_status"] = treatment_note_status
        if repeat_rule is not UNSET:
            field_dict["repeat_rule"] = repeat_rule
        if patient is not UNSET:
            field_dict["patient"] = patient
        if practitioner is not UNSET:
            field_dict["practitioner"] = practitioner
        if business is not UNSET:
            field_dict["business"] = business
        if appointment_type is not UNSET:
            field_dict["appointment_type"] = appointment_type
        if appointment_repeated_from is not UNSET:
            field_dict["appointment_repeated_from"] = appointment_repeated_from
        if repeats is not UNSET:
            field_dict["repeats"] = repeats
        if conflicts is not UNSET:
            field_dict["conflicts"] = conflicts
        if invoices is not UNSET:
            field_dict["invoices"] = invoices
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at

        return field_dict

    @staticmethod
    def _parse_cancellation_time(data: object) -> datetime.datetime | Literal[""] | None | Unset:
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
                raw_appointment_start,
                raw_appointment_end,
                patient_name,
                notes,
                raw_cancellation_reason,
                cancellation_note,
                raw_cancellation_time,
                did_not_arrive,
                patient_arrived,
                email_reminder_sent,
                sms_reminder_sent,
                online_booking_policy_accepted,
                booking_ip_address,
                invoice_status,
                treatment_note_status,
                raw_repeat_rule,
                raw_patient,
                raw_practitioner,
                raw_business,
                raw_appointment_type,
                raw_appointment_repeated_from,
                raw_repeats,
                raw_conflicts,
                raw_invoices,
                raw_created_at,
                raw_updated_at,
            ) = _READ_ALL(d)
            known_count = 29
        except KeyError:
            raw_deleted_at = d["deleted_at"]
            raw_links = d["links"]
            id = d.get("id", UNSET)
            raw_appointment_start = d.get("appointment_start", UNSET)
            raw_appointment_end = d.get("appointment_end", UNSET)
            patient_name = d.get("patient_name", UNSET)
            notes = d.get("notes", UNSET)
            raw_cancellation_reason = d.get("cancellation_reason", UNSET)
            cancellation_note = d.get("cancellation_note", UNSET)
            raw_cancellation_time = d.get("cancellation_time", UNSET)
            did_not_arrive = d.get("did_not_arrive", UNSET)
            patient_arrived = d.get("patient_arrived", UNSET)
            email_reminder_sent = d.get("email_reminder_sent", UNSET)
            sms_reminder_sent = d.get("sms_reminder_sent", UNSET)
            online_booking_policy_accepted = d.get("online_booking_policy_accepted", UNSET)
            booking_ip_address = d.get("booking_ip_address", UNSET)
            invoice_status = d.get("invoice_status", UNSET)
            treatment_note_status = d.get("treatment_note_status", UNSET)
            raw_repeat_rule = d.get("repeat_rule", UNSET)
            raw_patient = d.get("patient", UNSET)
            raw_practitioner = d.get("practitioner", UNSET)
            raw_business = d.get("business", UNSET)
            raw_appointment_type = d.get("appointment_type", UNSET)
            raw_appointment_repeated_from = d.get("appointment_repeated_from", UNSET)
            raw_repeats = d.get("repeats", UNSET)
            raw_conflicts = d.get("conflicts", UNSET)
            raw_invoices = d.get("invoices", UNSET)
            raw_created_at = d.get("created_at", UNSET)
            raw_updated_at = d.get("updated_at", UNSET)
            known_count = (
                2
                + (id is not UNSET)
                + (raw_appointment_start is not UNSET)
                + (raw_appointment_end is not UNSET)
                + (patient_name is not UNSET)
                + (notes is not UNSET)
                + (raw_cancellation_reason is not UNSET)
                + (cancellation_note is not UNSET)
                + (raw_cancellation_time is not UNSET)
                + (did_not_arrive is not UNSET)
                + (patient_arrived is not UNSET)
                + (email_reminder_sent is not UNSET)
                + (sms_reminder_sent is not UNSET)
                + (online_booking_policy_accepted is not UNSET)
                + (booking_ip_address is not UNSET)
                + (invoice_status is not UNSET)
                + (treatment_note_status is not UNSET)
                + (raw_repeat_rule is not UNSET)
                + (raw_patient is not UNSET)
                + (raw_practitioner is not UNSET)
                + (raw_business is not UNSET)
                + (raw_appointment_type is not UNSET)
                + (raw_appointment_repeated_from is not UNSET)
                + (raw_repeats is not UNSET)
                + (raw_conflicts is not UNSET)
                + (raw_invoices is not UNSET)
                + (raw_created_at is not UNSET)
                + (raw_updated_at is not UNSET)
            )

        if not isinstance(raw_deleted_at, str):
            raise TypeError("deleted_at: unexpected " + type(raw_deleted_at).__name__)
        deleted_at = datetime.datetime.fromisoformat(raw_deleted_at)

        if not isinstance(raw_links, dict):
            raise TypeError("links: unexpected " + type(raw_links).__name__)
        links = SelfLinks.from_dict(raw_links)

        if type(id) is not int and type(id) is not str and id is not UNSET:
            raise TypeError("id: unexpected " + type(id).__name__)

        _appointment_start = raw_appointment_start
        appointment_start: datetime.datetime | Unset
        if _appointment_start is UNSET:
            appointment_start = UNSET
        else:
            appointment_start = datetime.datetime.fromisoformat(_appointment_start)

        _appointment_end = raw_appointment_end
        appointment_end: datetime.datetime | Unset
        if _appointment_end is UNSET:
            appointment_end = UNSET
        else:
            appointment_end = datetime.datetime.fromisoformat(_appointment_end)

        if type(patient_name) is not str and patient_name is not None and patient_name is not UNSET:
            raise TypeError("patient_name: unexpected " + type(patient_name).__name__)

        if type(notes) is not str and notes is not None and notes is not UNSET:
            raise TypeError("notes: unexpected " + type(notes).__name__)

        cancellation_reason = raw_cancellation_reason
        if cancellation_reason is not None and cancellation_reason is not UNSET:
            if not isinstance(cancellation_reason, int):
                raise TypeError("cancellation_reason: unexpected " + type(cancellation_reason).__name__)
            try:
                cancellation_reason_type_0 = check_cancellation_reason(cancellation_reason)
            except TypeError as error:
                raise TypeError("cancellation_reason: " + str(error)) from None
            cancellation_reason = cancellation_reason_type_0

        if type(cancellation_note) is not str and cancellation_note is not None and cancellation_note is not UNSET:
            raise TypeError("cancellation_note: unexpected " + type(cancellation_note).__name__)

        cancellation_time = raw_cancellation_time
        if cancellation_time is not None and cancellation_time is not UNSET:
            cancellation_time = cls._parse_cancellation_time(cancellation_time)

        if type(did_not_arrive) is not bool and did_not_arrive is not None and did_not_arrive is not UNSET:
            raise TypeError("did_not_arrive: unexpected " + type(did_not_arrive).__name__)

        if type(patient_arrived) is not bool and patient_arrived is not None and patient_arrived is not UNSET:
            raise TypeError("patient_arrived: unexpected " + type(patient_arrived).__name__)

        if (
            type(email_reminder_sent) is not bool
            and email_reminder_sent is not None
            and email_reminder_sent is not UNSET
        ):
            raise TypeError("email_reminder_sent: unexpected " + type(email_reminder_sent).__name__)

        if type(sms_reminder_sent) is not bool and sms_reminder_sent is not None and sms_reminder_sent is not UNSET:
            raise TypeError("sms_reminder_sent: unexpected " + type(sms_reminder_sent).__name__)

        if (
            type(online_booking_policy_accepted) is not bool
            and online_booking_policy_accepted is not None
            and online_booking_policy_accepted is not UNSET
        ):
            raise TypeError(
                "online_booking_policy_accepted: unexpected " + type(online_booking_policy_accepted).__name__
            )

        if type(booking_ip_address) is not str and booking_ip_address is not None and booking_ip_address is not UNSET:
            raise TypeError("booking_ip_address: unexpected " + type(booking_ip_address).__name__)

        if type(invoice_status) is not int and invoice_status is not None and invoice_status is not UNSET:
            raise TypeError("invoice_status: unexpected " + type(invoice_status).__name__)

        if (
            type(treatment_note_status) is not int
            and treatment_note_status is not None
            and treatment_note_status is not UNSET
        ):
            raise TypeError("treatment_note_status: unexpected " + type(treatment_note_status).__name__)

        repeat_rule = raw_repeat_rule
        if repeat_rule is not None and repeat_rule is not UNSET:
            if not isinstance(repeat_rule, dict):
                raise TypeError("repeat_rule: unexpected " + type(repeat_rule).__name__)
            repeat_rule_type_0 = RepeatRule.from_dict(repeat_rule)

            repeat_rule = repeat_rule_type_0

        _patient = raw_patient
        patient: Link | Unset
        if _patient is UNSET:
            patient = UNSET
        else:
            patient = Link.from_dict(_patient)

        _practitioner = raw_practitioner
        practitioner: Link | Unset
        if _practitioner is UNSET:
            practitioner = UNSET
        else:
            practitioner = Link.from_dict(_practitioner)

        _business = raw_business
        business: Link | Unset
        if _business is UNSET:
            business = UNSET
        else:
            business = Link.from_dict(_business)

        _appointment_type = raw_appointment_type
        appointment_type: Link | Unset
        if _appointment_type is UNSET:
            appointment_type = UNSET
        else:
            appointment_type = Link.from_dict(_appointment_type)

        appointment_repeated_from = raw_appointment_repeated_from
        if appointment_repeated_from is not None and appointment_repeated_from is not UNSET:
            if not isinstance(appointment_repeated_from, dict):
                raise TypeError("appointment_repeated_from: unexpected " + type(appointment_repeated_from).__name__)
            componentsschemas_nullable_link_type_0 = Link.from_dict(appointment_repeated_from)

            appointment_repeated_from = componentsschemas_nullable_link_type_0

        repeats = raw_repeats
        if repeats is not None and repeats is not UNSET:
            if not isinstance(repeats, dict):
                raise TypeError("repeats: unexpected " + type(repeats).__name__)
            componentsschemas_nullable_link_type_0 = Link.from_dict(repeats)

            repeats = componentsschemas_nullable_link_type_0

        conflicts = raw_conflicts
        if conflicts is not None and conflicts is not UNSET:
            if not isinstance(conflicts, dict):
                raise TypeError("conflicts: unexpected " + type(conflicts).__name__)
            componentsschemas_nullable_link_type_0 = Link.from_dict(conflicts)

            conflicts = componentsschemas_nullable_link_type_0

        invoices = raw_invoices
        if invoices is not None and invoices is not UNSET:
            if not isinstance(invoices, dict):
                raise TypeError("invoices: unexpected " + type(invoices).__name__)
            componentsschemas_nullable_link_type_0 = Link.from_dict(invoices)

            invoices = componentsschemas_nullable_link_type_0

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

        # Built without calling __init__ (the models have no validators or converters):
        # keyword arguments to an attrs __init__ took a third of the time of a whole patient.
        deleted_appointment = _new_instance(cls)
        deleted_appointment.deleted_at = deleted_at
        deleted_appointment.links = links
        deleted_appointment.id = id
        deleted_appointment.appointment_start = appointment_start
        deleted_appointment.appointment_end = appointment_end
        deleted_appointment.patient_name = patient_name
        deleted_appointment.notes = notes
        deleted_appointment.cancellation_reason = cancellation_reason
        deleted_appointment.cancellation_note = cancellation_note
        deleted_appointment.cancellation_time = cancellation_time
        deleted_appointment.did_not_arrive = did_not_arrive
        deleted_appointment.patient_arrived = patient_arrived
        deleted_appointment.email_reminder_sent = email_reminder_sent
        deleted_appointment.sms_reminder_sent = sms_reminder_sent
        deleted_appointment.online_booking_policy_accepted = online_booking_policy_accepted
        deleted_appointment.booking_ip_address = booking_ip_address
        deleted_appointment.invoice_status = invoice_status
        deleted_appointment.treatment_note_status = treatment_note_status
        deleted_appointment.repeat_rule = repeat_rule
        deleted_appointment.patient = patient
        deleted_appointment.practitioner = practitioner
        deleted_appointment.business = business
        deleted_appointment.appointment_type = appointment_type
        deleted_appointment.appointment_repeated_from = appointment_repeated_from
        deleted_appointment.repeats = repeats
        deleted_appointment.conflicts = conflicts
        deleted_appointment.invoices = invoices
        deleted_appointment.created_at = created_at
        deleted_appointment.updated_at = updated_at

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
        deleted_appointment.additional_properties = unknown
        return deleted_appointment

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
from ..models.repeat_rule import RepeatRule  # noqa: E402
from ..models.self_links import SelfLinks  # noqa: E402
