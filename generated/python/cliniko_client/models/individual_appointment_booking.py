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

T = TypeVar("T", bound="IndividualAppointmentBooking")
# object.__new__ looked up once: cls.__new__ searched the class's bases on every call.
_new_instance = object.__new__

# The properties this model knows, in the order of the class; anything else the server sends
# is kept in additional_properties.
_PROPERTIES = (
    "id",
    "starts_at",
    "ends_at",
    "created_at",
    "updated_at",
    "patient",
    "patient_name",
    "notes",
    "cancellation_reason",
    "cancellation_reason_description",
    "cancellation_note",
    "cancelled_at",
    "did_not_arrive",
    "patient_arrived",
    "email_reminder_sent",
    "sms_reminder_sent",
    "online_booking_policy_accepted",
    "booking_ip_address",
    "has_patient_appointment_notes",
    "invoice_status",
    "treatment_note_status",
    "telehealth_url",
    "repeat_rule",
    "practitioner",
    "business",
    "appointment_type",
    "patient_case",
    "repeated_from",
    "repeats",
    "conflicts",
    "attendees",
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
class IndividualAppointmentBooking:
    """An individual appointment listed as a booking. It always names its patient."""

    id: int | str
    """ A 64-bit id. The live API sends a string of digits
    (`"836447129235883061"`); older examples show an integer. Treat it as a
    string: that loses no precision in any language. An integer must be
    written as one: `1.0` or `1e3` is not an id (the sandbox answers 422),
    although JSON Schema alone counts `1.0` as an integer.
    An id written as a JSON number is at most 2^53-1 (9007199254740991), the
    largest integer every JSON parser keeps exactly; send larger ids as strings.
     """
    starts_at: datetime.datetime
    """ When the appointment starts (UTC). """
    ends_at: datetime.datetime
    """ When the appointment ends (UTC), after `starts_at`. """
    created_at: datetime.datetime
    """ When the appointment was created (UTC). """
    updated_at: datetime.datetime
    """ When the appointment was last changed (UTC). """
    patient: Link
    """ A link to a related resource or collection. """
    patient_name: None | str | Unset = UNSET
    """ The patient's full name, as Cliniko shows it. """
    notes: None | str | Unset = UNSET
    """ Notes about the appointment (free text; clinical text about a person). """
    cancellation_reason: CancellationReason | None | Unset = UNSET
    """ Why it was cancelled (`CancellationReason`), or `null` when it is not. """
    cancellation_reason_description: None | str | Unset = UNSET
    """ The words of `cancellation_reason` (`Feeling better`, `COVID-19
    related`, ...; the case has varied between versions), `""` when the
    appointment is not cancelled (2020 documentation), or `null`.
     """
    cancellation_note: None | str | Unset = UNSET
    """ Why the appointment was cancelled, in words (free text about a person), or `null`. """
    cancelled_at: datetime.datetime | Literal[""] | None | Unset = UNSET
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
    """ The IP address an online booking came from, or `null`. """
    has_patient_appointment_notes: bool | None | Unset = UNSET
    """ Whether the patient left notes when booking. """
    invoice_status: int | None | Unset = UNSET
    """ The status code of the appointment's invoice (10, 20, ...), or `null` when there is none. """
    treatment_note_status: int | None | Unset = UNSET
    """ The status code of the appointment's treatment note, or `null` when there is none. """
    telehealth_url: None | str | Unset = UNSET
    """ The video call's address for telehealth appointments, or `null`. """
    repeat_rule: None | RepeatRule | Unset = UNSET
    """ How the appointment repeats; `{}` or `null` when it does not. """
    practitioner: Link | Unset = UNSET
    """ A link to a related resource or collection. """
    business: Link | Unset = UNSET
    """ A link to a related resource or collection. """
    appointment_type: Link | Unset = UNSET
    """ A link to a related resource or collection. """
    patient_case: Link | None | Unset = UNSET
    """ A link to a related resource, or `null` when there is none. """
    repeated_from: Link | None | Unset = UNSET
    """ A link to a related resource, or `null` when there is none. """
    repeats: Link | None | Unset = UNSET
    """ A link to a related resource, or `null` when there is none. """
    conflicts: Link | None | Unset = UNSET
    """ A link to a related resource, or `null` when there is none. """
    attendees: Link | Unset = UNSET
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

        starts_at = self.starts_at.isoformat().replace("+00:00", "Z")

        ends_at = self.ends_at.isoformat().replace("+00:00", "Z")

        created_at = self.created_at.isoformat().replace("+00:00", "Z")

        updated_at = self.updated_at.isoformat().replace("+00:00", "Z")

        patient = self.patient.to_dict()

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

        cancelled_at: Literal[""] | None | str | Unset
        if isinstance(self.cancelled_at, Unset):
            cancelled_at = UNSET
        elif isinstance(self.cancelled_at, datetime.datetime):
            cancelled_at = self.cancelled_at.isoformat().replace("+00:00", "Z")
        else:
            cancelled_at = self.cancelled_at

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

        has_patient_appointment_notes: bool | None | Unset
        if isinstance(self.has_patient_appointment_notes, Unset):
            has_patient_appointment_notes = UNSET
        else:
            has_patient_appointment_notes = self.has_patient_appointment_notes

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

        telehealth_url: None | str | Unset
        if isinstance(self.telehealth_url, Unset):
            telehealth_url = UNSET
        else:
            telehealth_url = self.telehealth_url

        repeat_rule: dict[str, Any] | None | Unset
        if isinstance(self.repeat_rule, Unset):
            repeat_rule = UNSET
        elif isinstance(self.repeat_rule, RepeatRule):
            repeat_rule = self.repeat_rule.to_dict()
        else:
            repeat_rule = self.repeat_rule

        practitioner: dict[str, Any] | Unset = UNSET
        if not isinstance(self.practitioner, Unset):
            practitioner = self.practitioner.to_dict()

        business: dict[str, Any] | Unset = UNSET
        if not isinstance(self.business, Unset):
            business = self.business.to_dict()

        appointment_type: dict[str, Any] | Unset = UNSET
        if not isinstance(self.appointment_type, Unset):
            appointment_type = self.appointment_type.to_dict()

        patient_case: dict[str, Any] | None | Unset
        if isinstance(self.patient_case, Unset):
            patient_case = UNSET
        elif isinstance(self.patient_case, Link):
            patient_case = self.patient_case.to_dict()
        else:
            patient_case = self.patient_case

        repeated_from: dict[str, Any] | None | Unset
        if isinstance(self.repeated_from, Unset):
            repeated_from = UNSET
        elif isinstance(self.repeated_from, Link):
            repeated_from = self.repeated_from.to_dict()
        else:
            repeated_from = self.repeated_from

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

        attendees: dict[str, Any] | Unset = UNSET
        if not isinstance(self.attendees, Unset):
            attendees = self.attendees.to_dict()

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
                "starts_at": starts_at,
                "ends_at": ends_at,
                "created_at": created_at,
                "updated_at": updated_at,
                "patient": patient,
            }
        )
        if patient_name is not UNSET:
            field_dict["patient_name"] = patient_name
        if notes is not UNSET:
            field_dict["notes"] = notes
        if cancellation_reason is not UNSET:
            field_dict["cancellation_reason"] = cancellation_reason
        if cancellation_reason_description is not UNSET:
            field_dict["cancellation_reason_description"] = cancellation_reason_description
        if cancellation_note is not UNSET:
            field_dict["cancellation_note"] = cancellation_note
        if cancelled_at is not UNSET:
            field_dict["cancelled_at"] = cancelled_at
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
        if has_patient_appointment_notes is not UNSET:
            field_dict["has_patient_appointment_notes"] = has_patient_appointment_notes
        if invoice_status is not UNSET:
            field_dict["invoice_status"] = invoice_status
        if treatment_note_status is not UNSET:
            field_dict["treatment_note_status"] = treatment_note_status
        if telehealth_url is not UNSET:
            field_dict["telehealth_url"] = telehealth_url
        if repeat_rule is not UNSET:
            field_dict["repeat_rule"] = repeat_rule
        if practitioner is not UNSET:
            field_dict["practitioner"] = practitioner
        if business is not UNSET:
            field_dict["business"] = business
        if appointment_type is not UNSET:
            field_dict["appointment_type"] = appointment_type
        if patient_case is not UNSET:
            field_dict["patient_case"] = patient_case
        if repeated_from is not UNSET:
            field_dict["repeated_from"] = repeated_from
        if repeats is not UNSET:
            field_dict["repeats"] = repeats
        if conflicts is not UNSET:
            field_dict["conflicts"] = conflicts
        if attendees is not UNSET:
            field_dict["attendees"] = attendees
        if archived_at is not UNSET:
            field_dict["archived_at"] = archived_at
        if deleted_at is not UNSET:
            field_dict["deleted_at"] = deleted_at
        if links is not UNSET:
            field_dict["links"] = links

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
                raw_starts_at,
                raw_ends_at,
                raw_created_at,
                raw_updated_at,
                raw_patient,
                patient_name,
                notes,
                raw_cancellation_reason,
                cancellation_reason_description,
                cancellation_note,
                raw_cancelled_at,
                did_not_arrive,
                patient_arrived,
                email_reminder_sent,
                sms_reminder_sent,
                online_booking_policy_accepted,
                booking_ip_address,
                has_patient_appointment_notes,
                invoice_status,
                treatment_note_status,
                telehealth_url,
                raw_repeat_rule,
                raw_practitioner,
                raw_business,
                raw_appointment_type,
                raw_patient_case,
                raw_repeated_from,
                raw_repeats,
                raw_conflicts,
                raw_attendees,
                raw_archived_at,
                raw_deleted_at,
                raw_links,
            ) = _READ_ALL(d)
            known_count = 34
        except KeyError:
            id = d["id"]
            raw_starts_at = d["starts_at"]
            raw_ends_at = d["ends_at"]
            raw_created_at = d["created_at"]
            raw_updated_at = d["updated_at"]
            raw_patient = d["patient"]
            patient_name = d.get("patient_name", UNSET)
            notes = d.get("notes", UNSET)
            raw_cancellation_reason = d.get("cancellation_reason", UNSET)
            cancellation_reason_description = d.get("cancellation_reason_description", UNSET)
            cancellation_note = d.get("cancellation_note", UNSET)
            raw_cancelled_at = d.get("cancelled_at", UNSET)
            did_not_arrive = d.get("did_not_arrive", UNSET)
            patient_arrived = d.get("patient_arrived", UNSET)
            email_reminder_sent = d.get("email_reminder_sent", UNSET)
            sms_reminder_sent = d.get("sms_reminder_sent", UNSET)
            online_booking_policy_accepted = d.get("online_booking_policy_accepted", UNSET)
            booking_ip_address = d.get("booking_ip_address", UNSET)
            has_patient_appointment_notes = d.get("has_patient_appointment_notes", UNSET)
            invoice_status = d.get("invoice_status", UNSET)
            treatment_note_status = d.get("treatment_note_status", UNSET)
            telehealth_url = d.get("telehealth_url", UNSET)
            raw_repeat_rule = d.get("repeat_rule", UNSET)
            raw_practitioner = d.get("practitioner", UNSET)
            raw_business = d.get("business", UNSET)
            raw_appointment_type = d.get("appointment_type", UNSET)
            raw_patient_case = d.get("patient_case", UNSET)
            raw_repeated_from = d.get("repeated_from", UNSET)
            raw_repeats = d.get("repeats", UNSET)
            raw_conflicts = d.get("conflicts", UNSET)
            raw_attendees = d.get("attendees", UNSET)
            raw_archived_at = d.get("archived_at", UNSET)
            raw_deleted_at = d.get("deleted_at", UNSET)
            raw_links = d.get("links", UNSET)
            known_count = (
                6
                + (patient_name is not UNSET)
                + (notes is not UNSET)
                + (raw_cancellation_reason is not UNSET)
                + (cancellation_reason_description is not UNSET)
                + (cancellation_note is not UNSET)
                + (raw_cancelled_at is not UNSET)
                + (did_not_arrive is not UNSET)
                + (patient_arrived is not UNSET)
                + (email_reminder_sent is not UNSET)
                + (sms_reminder_sent is not UNSET)
                + (online_booking_policy_accepted is not UNSET)
                + (booking_ip_address is not UNSET)
                + (has_patient_appointment_notes is not UNSET)
                + (invoice_status is not UNSET)
                + (treatment_note_status is not UNSET)
                + (telehealth_url is not UNSET)
                + (raw_repeat_rule is not UNSET)
                + (raw_practitioner is not UNSET)
                + (raw_business is not UNSET)
                + (raw_appointment_type is not UNSET)
                + (raw_patient_case is not UNSET)
                + (raw_repeated_from is not UNSET)
                + (raw_repeats is not UNSET)
                + (raw_conflicts is not UNSET)
                + (raw_attendees is not UNSET)
                + (raw_archived_at is not UNSET)
                + (raw_deleted_at is not UNSET)
                + (raw_links is not UNSET)
            )

        if type(id) is not int and type(id) is not str:
            raise TypeError("id: unexpected " + type(id).__name__)

        if not isinstance(raw_starts_at, str):
            raise TypeError("starts_at: unexpected " + type(raw_starts_at).__name__)
        starts_at = datetime.datetime.fromisoformat(raw_starts_at)

        if not isinstance(raw_ends_at, str):
            raise TypeError("ends_at: unexpected " + type(raw_ends_at).__name__)
        ends_at = datetime.datetime.fromisoformat(raw_ends_at)

        if not isinstance(raw_created_at, str):
            raise TypeError("created_at: unexpected " + type(raw_created_at).__name__)
        created_at = datetime.datetime.fromisoformat(raw_created_at)

        if not isinstance(raw_updated_at, str):
            raise TypeError("updated_at: unexpected " + type(raw_updated_at).__name__)
        updated_at = datetime.datetime.fromisoformat(raw_updated_at)

        if not isinstance(raw_patient, dict):
            raise TypeError("patient: unexpected " + type(raw_patient).__name__)
        patient = Link.from_dict(raw_patient)

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

        cancelled_at = raw_cancelled_at
        if cancelled_at is not None and cancelled_at is not UNSET:
            cancelled_at = cls._parse_cancelled_at(cancelled_at)

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

        if (
            type(has_patient_appointment_notes) is not bool
            and has_patient_appointment_notes is not None
            and has_patient_appointment_notes is not UNSET
        ):
            raise TypeError("has_patient_appointment_notes: unexpected " + type(has_patient_appointment_notes).__name__)

        if type(invoice_status) is not int and invoice_status is not None and invoice_status is not UNSET:
            raise TypeError("invoice_status: unexpected " + type(invoice_status).__name__)

        if (
            type(treatment_note_status) is not int
            and treatment_note_status is not None
            and treatment_note_status is not UNSET
        ):
            raise TypeError("treatment_note_status: unexpected " + type(treatment_note_status).__name__)

        if type(telehealth_url) is not str and telehealth_url is not None and telehealth_url is not UNSET:
            raise TypeError("telehealth_url: unexpected " + type(telehealth_url).__name__)

        repeat_rule = raw_repeat_rule
        if repeat_rule is not None and repeat_rule is not UNSET:
            if not isinstance(repeat_rule, dict):
                raise TypeError("repeat_rule: unexpected " + type(repeat_rule).__name__)
            repeat_rule_type_0 = RepeatRule.from_dict(repeat_rule)

            repeat_rule = repeat_rule_type_0

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

        patient_case = raw_patient_case
        if patient_case is not None and patient_case is not UNSET:
            if not isinstance(patient_case, dict):
                raise TypeError("patient_case: unexpected " + type(patient_case).__name__)
            componentsschemas_nullable_link_type_0 = Link.from_dict(patient_case)

            patient_case = componentsschemas_nullable_link_type_0

        repeated_from = raw_repeated_from
        if repeated_from is not None and repeated_from is not UNSET:
            if not isinstance(repeated_from, dict):
                raise TypeError("repeated_from: unexpected " + type(repeated_from).__name__)
            componentsschemas_nullable_link_type_0 = Link.from_dict(repeated_from)

            repeated_from = componentsschemas_nullable_link_type_0

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

        _attendees = raw_attendees
        attendees: Link | Unset
        if _attendees is UNSET:
            attendees = UNSET
        else:
            attendees = Link.from_dict(_attendees)

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
        individual_appointment_booking = _new_instance(cls)
        individual_appointment_booking.id = id
        individual_appointment_booking.starts_at = starts_at
        individual_appointment_booking.ends_at = ends_at
        individual_appointment_booking.created_at = created_at
        individual_appointment_booking.updated_at = updated_at
        individual_appointment_booking.patient = patient
        individual_appointment_booking.patient_name = patient_name
        individual_appointment_booking.notes = notes
        individual_appointment_booking.cancellation_reason = cancellation_reason
        individual_appointment_booking.cancellation_reason_description = cancellation_reason_description
        individual_appointment_booking.cancellation_note = cancellation_note
        individual_appointment_booking.cancelled_at = cancelled_at
        individual_appointment_booking.did_not_arrive = did_not_arrive
        individual_appointment_booking.patient_arrived = patient_arrived
        individual_appointment_booking.email_reminder_sent = email_reminder_sent
        individual_appointment_booking.sms_reminder_sent = sms_reminder_sent
        individual_appointment_booking.online_booking_policy_accepted = online_booking_policy_accepted
        individual_appointment_booking.booking_ip_address = booking_ip_address
        individual_appointment_booking.has_patient_appointment_notes = has_patient_appointment_notes
        individual_appointment_booking.invoice_status = invoice_status
        individual_appointment_booking.treatment_note_status = treatment_note_status
        individual_appointment_booking.telehealth_url = telehealth_url
        individual_appointment_booking.repeat_rule = repeat_rule
        individual_appointment_booking.practitioner = practitioner
        individual_appointment_booking.business = business
        individual_appointment_booking.appointment_type = appointment_type
        individual_appointment_booking.patient_case = patient_case
        individual_appointment_booking.repeated_from = repeated_from
        individual_appointment_booking.repeats = repeats
        individual_appointment_booking.conflicts = conflicts
        individual_appointment_booking.attendees = attendees
        individual_appointment_booking.archived_at = archived_at
        individual_appointment_booking.deleted_at = deleted_at
        individual_appointment_booking.links = links

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
        individual_appointment_booking.additional_properties = unknown
        return individual_appointment_booking

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
