from __future__ import annotations

import datetime
import operator
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.referral_type import ReferralType, check_referral_type
from ..redaction import redacted_repr
from ..types import UNSET, Unset

T = TypeVar("T", bound="PatientCaseCreate")
# object.__new__ looked up once: cls.__new__ searched the class's bases on every call.
_new_instance = object.__new__

# The properties this model knows, in the order of the class; anything else the server sends
# is kept in additional_properties.
_PROPERTIES = (
    "name",
    "patient_id",
    "notes",
    "contact_id",
    "issue_date",
    "expiry_date",
    "closed",
    "max_sessions",
    "max_invoiceable_amount",
    "include_cancelled_attendees",
    "include_dna_attendees",
    "referral",
    "referral_type",
    "attendee_ids",
    "patient_attachment_ids",
)
_PROPERTY_NAMES = frozenset(_PROPERTIES)
# The name of the last lone unknown property seen (from_dict tries it first).
_LAST_UNKNOWN: list[str] = [""]
# Every property's value at once, in the order of the class (from_dict's fast path).
_READ_ALL = operator.itemgetter(*_PROPERTIES)


@_attrs_define
class PatientCaseCreate:
    """A new patient case. `name` and `patient_id` are required (2021 docs)."""

    name: str
    """ The case's name, 1 to 255 characters; must not be blank. """
    patient_id: int | str
    """ A 64-bit id. The live API sends a string of digits
    (`"836447129235883061"`); older examples show an integer. Treat it as a
    string: that loses no precision in any language. An integer must be
    written as one: `1.0` or `1e3` is not an id (the sandbox answers 422),
    although JSON Schema alone counts `1.0` as an integer.
    An id written as a JSON number is at most 2^53-1 (9007199254740991), the
    largest integer every JSON parser keeps exactly; send larger ids as strings.
     """
    notes: None | str | Unset = UNSET
    """ Notes about the case. """
    contact_id: int | None | str | Unset = UNSET
    """ The contact (a doctor, 2021 docs) who referred the case, a contact of the same account (else a 422 naming
    `contact_id`); `null` clears it. """
    issue_date: datetime.date | None | Unset = UNSET
    """ When the referral or claim was issued, `YYYY-MM-DD`; `null` clears it. """
    expiry_date: datetime.date | None | Unset = UNSET
    """ When the referral or claim expires, `YYYY-MM-DD`; `null` clears it. """
    closed: bool | None | Unset = UNSET
    """ Closes (`true`) or reopens the case; deprecated in Cliniko's document. """
    max_sessions: int | None | Unset = UNSET
    """ How many appointments the case covers; `null` clears it. """
    max_invoiceable_amount: None | str | Unset = UNSET
    """ The most that may be invoiced, a decimal string with up to 2 decimal places (`"1500.00"`); `null` clears it.
    """
    include_cancelled_attendees: bool | None | Unset = UNSET
    """ Whether cancelled appointments count towards the case. """
    include_dna_attendees: bool | None | Unset = UNSET
    """ Whether appointments the patient did not arrive for count towards the case. """
    referral: bool | None | Unset = UNSET
    """ Whether the case is under a referral. """
    referral_type: None | ReferralType | Unset = UNSET
    """ The referral's kind; `null` clears it. """
    attendee_ids: list[int | str] | None | Unset = UNSET
    """ The attendances linked to the case; the list sent replaces the stored one. """
    patient_attachment_ids: list[int | str] | None | Unset = UNSET
    """ The patient's attachments linked to the case (they must already exist). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return redacted_repr(self)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        patient_id: int | str
        patient_id = self.patient_id

        notes: None | str | Unset
        if isinstance(self.notes, Unset):
            notes = UNSET
        else:
            notes = self.notes

        contact_id: int | None | str | Unset
        if isinstance(self.contact_id, Unset):
            contact_id = UNSET
        else:
            contact_id = self.contact_id

        issue_date: None | str | Unset
        if isinstance(self.issue_date, Unset):
            issue_date = UNSET
        elif isinstance(self.issue_date, datetime.date):
            issue_date = self.issue_date.isoformat()
        else:
            issue_date = self.issue_date

        expiry_date: None | str | Unset
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

        patient_attachment_ids: list[int | str] | None | Unset
        if isinstance(self.patient_attachment_ids, Unset):
            patient_attachment_ids = UNSET
        elif isinstance(self.patient_attachment_ids, list):
            patient_attachment_ids = []
            for patient_attachment_ids_type_0_item_data in self.patient_attachment_ids:
                patient_attachment_ids_type_0_item: int | str
                patient_attachment_ids_type_0_item = patient_attachment_ids_type_0_item_data
                patient_attachment_ids.append(patient_attachment_ids_type_0_item)

        else:
            patient_attachment_ids = self.patient_attachment_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "patient_id": patient_id,
            }
        )
        if notes is not UNSET:
            field_dict["notes"] = notes
        if contact_id is not UNSET:
            field_dict["contact_id"] = contact_id
        if issue_date is not UNSET:
            field_dict["issue_date"] = issue_date
        if expiry_date is not UNSET:
            field_dict["expiry_date"] = expiry_date
        if closed is not UNSET:
            field_dict["closed"] = closed
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
        if patient_attachment_ids is not UNSET:
            field_dict["patient_attachment_ids"] = patient_attachment_ids

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        # A whole record (every property present, null where empty, as Cliniko sends them) is read
        # in one C call; a record without some of them (older ones) raises KeyError and is read
        # key by key. Three times as fast as a get per property for a patient.
        try:
            (
                name,
                patient_id,
                notes,
                contact_id,
                raw_issue_date,
                raw_expiry_date,
                closed,
                max_sessions,
                max_invoiceable_amount,
                include_cancelled_attendees,
                include_dna_attendees,
                referral,
                raw_referral_type,
                raw_attendee_ids,
                raw_patient_attachment_ids,
            ) = _READ_ALL(d)
            known_count = 15
        except KeyError:
            name = d["name"]
            patient_id = d["patient_id"]
            notes = d.get("notes", UNSET)
            contact_id = d.get("contact_id", UNSET)
            raw_issue_date = d.get("issue_date", UNSET)
            raw_expiry_date = d.get("expiry_date", UNSET)
            closed = d.get("closed", UNSET)
            max_sessions = d.get("max_sessions", UNSET)
            max_invoiceable_amount = d.get("max_invoiceable_amount", UNSET)
            include_cancelled_attendees = d.get("include_cancelled_attendees", UNSET)
            include_dna_attendees = d.get("include_dna_attendees", UNSET)
            referral = d.get("referral", UNSET)
            raw_referral_type = d.get("referral_type", UNSET)
            raw_attendee_ids = d.get("attendee_ids", UNSET)
            raw_patient_attachment_ids = d.get("patient_attachment_ids", UNSET)
            known_count = (
                2
                + (notes is not UNSET)
                + (contact_id is not UNSET)
                + (raw_issue_date is not UNSET)
                + (raw_expiry_date is not UNSET)
                + (closed is not UNSET)
                + (max_sessions is not UNSET)
                + (max_invoiceable_amount is not UNSET)
                + (include_cancelled_attendees is not UNSET)
                + (include_dna_attendees is not UNSET)
                + (referral is not UNSET)
                + (raw_referral_type is not UNSET)
                + (raw_attendee_ids is not UNSET)
                + (raw_patient_attachment_ids is not UNSET)
            )

        if type(name) is not str:
            raise TypeError("name: unexpected " + type(name).__name__)

        if type(patient_id) is not int and type(patient_id) is not str:
            raise TypeError("patient_id: unexpected " + type(patient_id).__name__)

        if type(notes) is not str and notes is not None and notes is not UNSET:
            raise TypeError("notes: unexpected " + type(notes).__name__)

        if (
            type(contact_id) is not int
            and type(contact_id) is not str
            and contact_id is not None
            and contact_id is not UNSET
        ):
            raise TypeError("contact_id: unexpected " + type(contact_id).__name__)

        issue_date = raw_issue_date
        if issue_date is not None and issue_date is not UNSET:
            if not isinstance(issue_date, str):
                raise TypeError("issue_date: unexpected " + type(issue_date).__name__)
            issue_date_type_0 = datetime.date.fromisoformat(issue_date)

            issue_date = issue_date_type_0

        expiry_date = raw_expiry_date
        if expiry_date is not None and expiry_date is not UNSET:
            if not isinstance(expiry_date, str):
                raise TypeError("expiry_date: unexpected " + type(expiry_date).__name__)
            expiry_date_type_0 = datetime.date.fromisoformat(expiry_date)

            expiry_date = expiry_date_type_0

        if type(closed) is not bool and closed is not None and closed is not UNSET:
            raise TypeError("closed: unexpected " + type(closed).__name__)

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

        patient_attachment_ids = raw_patient_attachment_ids
        if patient_attachment_ids is not None and patient_attachment_ids is not UNSET:
            if not isinstance(patient_attachment_ids, list):
                raise TypeError("patient_attachment_ids: unexpected " + type(patient_attachment_ids).__name__)
            patient_attachment_ids_type_0 = []
            _patient_attachment_ids_type_0 = patient_attachment_ids
            for patient_attachment_ids_type_0_item_data in _patient_attachment_ids_type_0:

                def _parse_patient_attachment_ids_type_0_item(data: object) -> int | str:
                    return cast(int | str, data)

                patient_attachment_ids_type_0_item = _parse_patient_attachment_ids_type_0_item(
                    patient_attachment_ids_type_0_item_data
                )

                patient_attachment_ids_type_0.append(patient_attachment_ids_type_0_item)

            patient_attachment_ids = patient_attachment_ids_type_0

        # Built without calling __init__ (the models have no validators or converters):
        # keyword arguments to an attrs __init__ took a third of the time of a whole patient.
        patient_case_create = _new_instance(cls)
        patient_case_create.name = name
        patient_case_create.patient_id = patient_id
        patient_case_create.notes = notes
        patient_case_create.contact_id = contact_id
        patient_case_create.issue_date = issue_date
        patient_case_create.expiry_date = expiry_date
        patient_case_create.closed = closed
        patient_case_create.max_sessions = max_sessions
        patient_case_create.max_invoiceable_amount = max_invoiceable_amount
        patient_case_create.include_cancelled_attendees = include_cancelled_attendees
        patient_case_create.include_dna_attendees = include_dna_attendees
        patient_case_create.referral = referral
        patient_case_create.referral_type = referral_type
        patient_case_create.attendee_ids = attendee_ids
        patient_case_create.patient_attachment_ids = patient_attachment_ids

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
        patient_case_create.additional_properties = unknown
        return patient_case_create

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
