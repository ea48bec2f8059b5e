from __future__ import annotations

import datetime
import operator
from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.referral_type import ReferralType, check_referral_type
from ..redaction import redacted_repr
from ..types import UNSET, Unset

T = TypeVar("T", bound="PatientCase")
# object.__new__ looked up once: cls.__new__ searched the class's bases on every call.
_new_instance = object.__new__

# The properties this model knows, in the order of the class; anything else the server sends
# is kept in additional_properties.
_PROPERTIES = (
    "id",
    "name",
    "created_at",
    "updated_at",
    "notes",
    "patient",
    "contact",
    "issue_date",
    "expiry_date",
    "closed",
    "closed_at",
    "max_sessions",
    "max_invoiceable_amount",
    "include_cancelled_attendees",
    "include_dna_attendees",
    "referral",
    "referral_type",
    "attendee_ids",
    "attendees",
    "bookings",
    "patient_attachments",
    "invoices",
    "archived_at",
    "links",
)
_PROPERTY_NAMES = frozenset(_PROPERTIES)
# The name of the last lone unknown property seen (from_dict tries it first).
_LAST_UNKNOWN: list[str] = [""]
# Every property's value at once, in the order of the class (from_dict's fast path).
_READ_ALL = operator.itemgetter(*_PROPERTIES)


@_attrs_define
class PatientCase:
    """A patient case: a course of treatment of one patient (a referral, an
    insurance claim) that appointments and invoices are linked to. Unknown
    properties may appear as the API grows; clients must keep them, not fail
    on them.

    Only `id`, `name`, `created_at` and `updated_at` are always present and
    never `null`. `contact` (the referring doctor), `closed_at` and
    `archived_at` came after the 2021 documentation and may be absent;
    `closed` is deprecated for `closed_at`. `name` and `notes` are the
    practitioners' words about the person's condition: clinical text.

    """

    id: int | str
    """ A 64-bit id. The live API sends a string of digits
    (`"836447129235883061"`); older examples show an integer. Treat it as a
    string: that loses no precision in any language. An integer must be
    written as one: `1.0` or `1e3` is not an id (the sandbox answers 422),
    although JSON Schema alone counts `1.0` as an integer.
    An id written as a JSON number is at most 2^53-1 (9007199254740991), the
    largest integer every JSON parser keeps exactly; send larger ids as strings.
     """
    name: str
    """ The case's name (`Left knee, WorkCover claim`); it often names the condition. Clinical text. """
    created_at: datetime.datetime
    """ When the case was created (UTC). """
    updated_at: datetime.datetime
    """ When the case was last changed (UTC). """
    notes: None | str | Unset = UNSET
    """ Notes about the case, free text, or `null`. Clinical text. """
    patient: Link | Unset = UNSET
    """ A link to a related resource or collection. """
    contact: Link | None | Unset = UNSET
    """ A link to a related resource, or `null` when there is none. """
    issue_date: datetime.date | Literal[""] | None | Unset = UNSET
    """ A calendar date `YYYY-MM-DD`, or `""` / `null` when unset. """
    expiry_date: datetime.date | Literal[""] | None | Unset = UNSET
    """ A calendar date `YYYY-MM-DD`, or `""` / `null` when unset. """
    closed: bool | None | Unset = UNSET
    """ Whether the case is closed; deprecated, read `closed_at`. """
    closed_at: datetime.datetime | Literal[""] | None | Unset = UNSET
    """ A UTC timestamp, or `""` / `null` when unset (the original examples show `""`, the live API sends `null`).
    """
    max_sessions: int | None | Unset = UNSET
    """ How many appointments the case covers, or `null`. """
    max_invoiceable_amount: None | str | Unset = UNSET
    """ The most that may be invoiced under the case, a decimal string with up to 2 decimal places (`"1500.00"`), or
    `null`. """
    include_cancelled_attendees: bool | None | Unset = UNSET
    """ Whether cancelled appointments count towards the case, or `null`. """
    include_dna_attendees: bool | None | Unset = UNSET
    """ Whether appointments the patient did not arrive for count towards the case, or `null`. """
    referral: bool | None | Unset = UNSET
    """ Whether the case is under a referral, or `null`. """
    referral_type: None | ReferralType | Unset = UNSET
    """ The referral's kind (`ReferralType`), or `null`. """
    attendee_ids: list[int | str] | None | Unset = UNSET
    """ The attendances (appointments) linked to the case, or `null`. """
    attendees: Link | None | Unset = UNSET
    """ A link to a related resource, or `null` when there is none. """
    bookings: Link | None | Unset = UNSET
    """ A link to a related resource, or `null` when there is none. """
    patient_attachments: Link | None | Unset = UNSET
    """ A link to a related resource, or `null` when there is none. """
    invoices: Link | None | Unset = UNSET
    """ A link to a related resource, or `null` when there is none. """
    archived_at: datetime.datetime | Literal[""] | None | Unset = UNSET
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

        name = self.name

        created_at = self.created_at.isoformat().replace("+00:00", "Z")

        updated_at = self.updated_at.isoformat().replace("+00:00", "Z")

        notes: None | str | Unset
        if isinstance(self.notes, Unset):
            notes = UNSET
        else:
            notes = self.notes

        patient: dict[str, Any] | Unset = UNSET
        if not isinstance(self.patient, Unset):
            patient = self.patient.to_dict()

        contact: dict[str, Any] | None | Unset
        if isinstance(self.contact, Unset):
            contact = UNSET
        elif isinstance(self.contact, Link):
            contact = self.contact.to_dict()
        else:
            contact = self.contact

        issue_date: Literal[""] | None | str | Unset
        if isinstance(self.issue_date, Unset):
            issue_date = UNSET
        elif isinstance(self.issue_date, datetime.date):
            issue_date = self.issue_date.isoformat()
        else:
            issue_date = self.issue_date

        expiry_date: Literal[""] | None | str | Unset
        if isinstance(self.expiry_date, Unset):
            expiry_date = UNSET
        elif isinstance(self.expiry_date, datetime.date):
            expiry_date = self.expiry_date.isoformat()
        else:
            expiry_date = self.expiry_date

        closed: bool | None | Unset
        if isinstance(self.closed, Unset):
            closed = UNSET
        else:
            closed = self.closed

        closed_at: Literal[""] | None | str | Unset
        if isinstance(self.closed_at, Unset):
            closed_at = UNSET
        elif isinstance(self.closed_at, datetime.datetime):
            closed_at = self.closed_at.isoformat().replace("+00:00", "Z")
        else:
            closed_at = self.closed_at

        max_sessions: int | None | Unset
        if isinstance(self.max_sessions, Unset):
            max_sessions = UNSET
        else:
            max_sessions = self.max_sessions

        max_invoiceable_amount: None | str | Unset
        if isinstance(self.max_invoiceable_amount, Unset):
            max_invoiceable_amount = UNSET
        else:
            max_invoiceable_amount = self.max_invoiceable_amount

        include_cancelled_attendees: bool | None | Unset
        if isinstance(self.include_cancelled_attendees, Unset):
            include_cancelled_attendees = UNSET
        else:
            include_cancelled_attendees = self.include_cancelled_attendees

        include_dna_attendees: bool | None | Unset
        if isinstance(self.include_dna_attendees, Unset):
            include_dna_attendees = UNSET
        else:
            include_dna_attendees = self.include_dna_attendees

        referral: bool | None | Unset
        if isinstance(self.referral, Unset):
            referral = UNSET
        else:
            referral = self.referral

        referral_type: None | str | Unset
        if isinstance(self.referral_type, Unset):
            referral_type = UNSET
        elif isinstance(self.referral_type, str):
            referral_type = self.referral_type
        else:
            referral_type = self.referral_type

        attendee_ids: list[int | str] | None | Unset
        if isinstance(self.attendee_ids, Unset):
            attendee_ids = UNSET
        elif isinstance(self.attendee_ids, list):
            attendee_ids = []
            for attendee_ids_type_0_item_data in self.attendee_ids:
                attendee_ids_type_0_item: int | str
                attendee_ids_type_0_item = attendee_ids_type_0_item_data
                attendee_ids.append(attendee_ids_type_0_item)

        else:
            attendee_ids = self.attendee_ids

        attendees: dict[str, Any] | None | Unset
        if isinstance(self.attendees, Unset):
            attendees = UNSET
        elif isinstance(self.attendees, Link):
            attendees = self.attendees.to_dict()
        else:
            attendees = self.attendees

        bookings: dict[str, Any] | None | Unset
        if isinstance(self.bookings, Unset):
            bookings = UNSET
        elif isinstance(self.bookings, Link):
            bookings = self.bookings.to_dict()
        else:
            bookings = self.bookings

        patient_attachments: dict[str, Any] | None | Unset
        if isinstance(self.patient_attachments, Unset):
            patient_attachments = UNSET
        elif isinstance(self.patient_attachments, Link):
            patient_attachments = self.patient_attachments.to_dict()
        else:
            patient_attachments = self.patient_attachments

        invoices: dict[str, Any] | None | Unset
        if isinstance(self.invoices, Unset):
            invoices = UNSET
        elif isinstance(self.invoices, Link):
            invoices = self.invoices.to_dict()
        else:
            invoices = self.invoices

        archived_at: Literal[""] | None | str | Unset
        if isinstance(self.archived_at, Unset):
            archived_at = UNSET
        elif isinstance(self.archived_at, datetime.datetime):
            archived_at = self.archived_at.isoformat().replace("+00:00", "Z")
        else:
            archived_at = self.archived_at

        links: dict[str, Any] | Unset = UNSET
        if not isinstance(self.links, Unset):
            links = self.links.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "created_at": created_at,
                "updated_at": updated_at,
            }
        )
        if notes is not UNSET:
            field_dict["notes"] = notes
        if patient is not UNSET:
            field_dict["patient"] = patient
        if contact is not UNSET:
            field_dict["contact"] = contact
        if issue_date is not UNSET:
            field_dict["issue_date"] = issue_date
        if expiry_date is not UNSET:
            field_dict["expiry_date"] = expiry_date
        if closed is not UNSET:
            field_dict["closed"] = closed
        if closed_at is not UNSET:
            field_dict["closed_at"] = closed_at
        if max_sessions is not UNSET:
            field_dict["max_sessions"] = max_sessions
        if max_invoiceable_amount is not UNSET:
            field_dict["max_invoiceable_amount"] = max_invoiceable_amount
        if include_cancelled_attendees is not UNSET:
            field_dict["include_cancelled_attendees"] = include_cancelled_attendees
        if include_dna_attendees is not UNSET:
            field_dict["include_dna_attendees"] = include_dna_attendees
        if referral is not UNSET:
            field_dict["referral"] = referral
        if referral_type is not UNSET:
            field_dict["referral_type"] = referral_type
        if attendee_ids is not UNSET:
            field_dict["attendee_ids"] = attendee_ids
        if attendees is not UNSET:
            field_dict["attendees"] = attendees
        if bookings is not UNSET:
            field_dict["bookings"] = bookings
        if patient_attachments is not UNSET:
            field_dict["patient_attachments"] = patient_attachments
        if invoices is not UNSET:
            field_dict["invoices"] = invoices
        if archived_at is not UNSET:
            field_dict["archived_at"] = archived_at
        if links is not UNSET:
            field_dict["links"] = links

        return field_dict

    @staticmethod
    def _parse_issue_date(data: object) -> datetime.date | Literal[""] | None | Unset:
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
    def _parse_expiry_date(data: object) -> datetime.date | Literal[""] | None | Unset:
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
    def _parse_closed_at(data: object) -> datetime.datetime | Literal[""] | None | Unset:
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
                id,
                name,
                raw_created_at,
                raw_updated_at,
                notes,
                raw_patient,
                raw_contact,
                raw_issue_date,
                raw_expiry_date,
                closed,
                raw_closed_at,
                max_sessions,
                max_invoiceable_amount,
                include_cancelled_attendees,
                include_dna_attendees,
                referral,
                raw_referral_type,
                raw_attendee_ids,
                raw_attendees,
                raw_bookings,
                raw_patient_attachments,
                raw_invoices,
                raw_archived_at,
                raw_links,
            ) = _READ_ALL(d)
            known_count = 24
        except KeyError:
            id = d["id"]
            name = d["name"]
            raw_created_at = d["created_at"]
            raw_updated_at = d["updated_at"]
            notes = d.get("notes", UNSET)
            raw_patient = d.get("patient", UNSET)
            raw_contact = d.get("contact", UNSET)
            raw_issue_date = d.get("issue_date", UNSET)
            raw_expiry_date = d.get("expiry_date", UNSET)
            closed = d.get("closed", UNSET)
            raw_closed_at = d.get("closed_at", UNSET)
            max_sessions = d.get("max_sessions", UNSET)
            max_invoiceable_amount = d.get("max_invoiceable_amount", UNSET)
            include_cancelled_attendees = d.get("include_cancelled_attendees", UNSET)
            include_dna_attendees = d.get("include_dna_attendees", UNSET)
            referral = d.get("referral", UNSET)
            raw_referral_type = d.get("referral_type", UNSET)
            raw_attendee_ids = d.get("attendee_ids", UNSET)
            raw_attendees = d.get("attendees", UNSET)
            raw_bookings = d.get("bookings", UNSET)
            raw_patient_attachments = d.get("patient_attachments", UNSET)
            raw_invoices = d.get("invoices", UNSET)
            raw_archived_at = d.get("archived_at", UNSET)
            raw_links = d.get("links", UNSET)
            known_count = (
                4
                + (notes is not UNSET)
                + (raw_patient is not UNSET)
                + (raw_contact is not UNSET)
                + (raw_issue_date is not UNSET)
                + (raw_expiry_date is not UNSET)
                + (closed is not UNSET)
                + (raw_closed_at is not UNSET)
                + (max_sessions is not UNSET)
                + (max_invoiceable_amount is not UNSET)
                + (include_cancelled_attendees is not UNSET)
                + (include_dna_attendees is not UNSET)
                + (referral is not UNSET)
                + (raw_referral_type is not UNSET)
                + (raw_attendee_ids is not UNSET)
                + (raw_attendees is not UNSET)
                + (raw_bookings is not UNSET)
                + (raw_patient_attachments is not UNSET)
                + (raw_invoices is not UNSET)
                + (raw_archived_at is not UNSET)
                + (raw_links is not UNSET)
            )

        if type(id) is not int and type(id) is not str:
            raise TypeError("id: unexpected " + type(id).__name__)

        if type(name) is not str:
            raise TypeError("name: unexpected " + type(name).__name__)

        if not isinstance(raw_created_at, str):
            raise TypeError("created_at: unexpected " + type(raw_created_at).__name__)
        created_at = datetime.datetime.fromisoformat(raw_created_at)

        if not isinstance(raw_updated_at, str):
            raise TypeError("updated_at: unexpected " + type(raw_updated_at).__name__)
        updated_at = datetime.datetime.fromisoformat(raw_updated_at)

        if type(notes) is not str and notes is not None and notes is not UNSET:
            raise TypeError("notes: unexpected " + type(notes).__name__)

        _patient = raw_patient
        patient: Link | Unset
        if _patient is UNSET:
            patient = UNSET
        else:
            patient = Link.from_dict(_patient)

        contact = raw_contact
        if contact is not None and contact is not UNSET:
            if not isinstance(contact, dict):
                raise TypeError("contact: unexpected " + type(contact).__name__)
            componentsschemas_nullable_link_type_0 = Link.from_dict(contact)

            contact = componentsschemas_nullable_link_type_0

        issue_date = raw_issue_date
        if issue_date is not None and issue_date is not UNSET:
            issue_date = cls._parse_issue_date(issue_date)

        expiry_date = raw_expiry_date
        if expiry_date is not None and expiry_date is not UNSET:
            expiry_date = cls._parse_expiry_date(expiry_date)

        if type(closed) is not bool and closed is not None and closed is not UNSET:
            raise TypeError("closed: unexpected " + type(closed).__name__)

        closed_at = raw_closed_at
        if closed_at is not None and closed_at is not UNSET:
            closed_at = cls._parse_closed_at(closed_at)

        if type(max_sessions) is not int and max_sessions is not None and max_sessions is not UNSET:
            raise TypeError("max_sessions: unexpected " + type(max_sessions).__name__)

        if (
            type(max_invoiceable_amount) is not str
            and max_invoiceable_amount is not None
            and max_invoiceable_amount is not UNSET
        ):
            raise TypeError("max_invoiceable_amount: unexpected " + type(max_invoiceable_amount).__name__)

        if (
            type(include_cancelled_attendees) is not bool
            and include_cancelled_attendees is not None
            and include_cancelled_attendees is not UNSET
        ):
            raise TypeError("include_cancelled_attendees: unexpected " + type(include_cancelled_attendees).__name__)

        if (
            type(include_dna_attendees) is not bool
            and include_dna_attendees is not None
            and include_dna_attendees is not UNSET
        ):
            raise TypeError("include_dna_attendees: unexpected " + type(include_dna_attendees).__name__)

        if type(referral) is not bool and referral is not None and referral is not UNSET:
            raise TypeError("referral: unexpected " + type(referral).__name__)

        referral_type = raw_referral_type
        if referral_type is not None and referral_type is not UNSET:
            if not isinstance(referral_type, str):
                raise TypeError("referral_type: unexpected " + type(referral_type).__name__)
            try:
                referral_type_type_0 = check_referral_type(referral_type)
            except TypeError as error:
                raise TypeError("referral_type: " + str(error)) from None
            referral_type = referral_type_type_0

        attendee_ids = raw_attendee_ids
        if attendee_ids is not None and attendee_ids is not UNSET:
            if not isinstance(attendee_ids, list):
                raise TypeError("attendee_ids: unexpected " + type(attendee_ids).__name__)
            attendee_ids_type_0 = []
            _attendee_ids_type_0 = attendee_ids
            for attendee_ids_type_0_item_data in _attendee_ids_type_0:

                def _parse_attendee_ids_type_0_item(data: object) -> int | str:
                    return cast(int | str, data)

                attendee_ids_type_0_item = _parse_attendee_ids_type_0_item(attendee_ids_type_0_item_data)

                attendee_ids_type_0.append(attendee_ids_type_0_item)

            attendee_ids = attendee_ids_type_0

        attendees = raw_attendees
        if attendees is not None and attendees is not UNSET:
            if not isinstance(attendees, dict):
                raise TypeError("attendees: unexpected " + type(attendees).__name__)
            componentsschemas_nullable_link_type_0 = Link.from_dict(attendees)

            attendees = componentsschemas_nullable_link_type_0

        bookings = raw_bookings
        if bookings is not None and bookings is not UNSET:
            if not isinstance(bookings, dict):
                raise TypeError("bookings: unexpected " + type(bookings).__name__)
            componentsschemas_nullable_link_type_0 = Link.from_dict(bookings)

            bookings = componentsschemas_nullable_link_type_0

        patient_attachments = raw_patient_attachments
        if patient_attachments is not None and patient_attachments is not UNSET:
            if not isinstance(patient_attachments, dict):
                raise TypeError("patient_attachments: unexpected " + type(patient_attachments).__name__)
            componentsschemas_nullable_link_type_0 = Link.from_dict(patient_attachments)

            patient_attachments = componentsschemas_nullable_link_type_0

        invoices = raw_invoices
        if invoices is not None and invoices is not UNSET:
            if not isinstance(invoices, dict):
                raise TypeError("invoices: unexpected " + type(invoices).__name__)
            componentsschemas_nullable_link_type_0 = Link.from_dict(invoices)

            invoices = componentsschemas_nullable_link_type_0

        archived_at = raw_archived_at
        if archived_at is not None and archived_at is not UNSET:
            archived_at = cls._parse_archived_at(archived_at)

        _links = raw_links
        links: SelfLinks | Unset
        if _links is UNSET:
            links = UNSET
        else:
            links = SelfLinks.from_dict(_links)

        # Built without calling __init__ (the models have no validators or converters):
        # keyword arguments to an attrs __init__ took a third of the time of a whole patient.
        patient_case = _new_instance(cls)
        patient_case.id = id
        patient_case.name = name
        patient_case.created_at = created_at
        patient_case.updated_at = updated_at
        patient_case.notes = notes
        patient_case.patient = patient
        patient_case.contact = contact
        patient_case.issue_date = issue_date
        patient_case.expiry_date = expiry_date
        patient_case.closed = closed
        patient_case.closed_at = closed_at
        patient_case.max_sessions = max_sessions
        patient_case.max_invoiceable_amount = max_invoiceable_amount
        patient_case.include_cancelled_attendees = include_cancelled_attendees
        patient_case.include_dna_attendees = include_dna_attendees
        patient_case.referral = referral
        patient_case.referral_type = referral_type
        patient_case.attendee_ids = attendee_ids
        patient_case.attendees = attendees
        patient_case.bookings = bookings
        patient_case.patient_attachments = patient_attachments
        patient_case.invoices = invoices
        patient_case.archived_at = archived_at
        patient_case.links = links

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
        patient_case.additional_properties = unknown
        return patient_case

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
