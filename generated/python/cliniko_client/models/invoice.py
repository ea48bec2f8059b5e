from __future__ import annotations

import datetime
import operator
from collections.abc import Mapping
from decimal import Decimal
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..models.invoice_calculation_method import InvoiceCalculationMethod, check_invoice_calculation_method
from ..models.invoice_status import InvoiceStatus, check_invoice_status
from ..redaction import redacted_repr
from ..types import UNSET, Unset

T = TypeVar("T", bound="Invoice")
# object.__new__ looked up once: cls.__new__ searched the class's bases on every call.
_new_instance = object.__new__

# The properties this model knows, in the order of the class; anything else the server sends
# is kept in additional_properties.
_PROPERTIES = (
    "id",
    "created_at",
    "updated_at",
    "number",
    "issue_date",
    "status",
    "status_description",
    "calculation_method",
    "calculation_method_description",
    "net_amount",
    "tax_amount",
    "total_amount",
    "discounted_amount",
    "invoice_to",
    "notes",
    "patient_extra_information",
    "online_payment_url",
    "closed_at",
    "archived_at",
    "deleted_at",
    "patient",
    "practitioner",
    "business",
    "appointment",
    "attendee",
    "original_invoice",
    "reversed_invoices",
    "signature",
    "invoice_items",
    "links",
)
_PROPERTY_NAMES = frozenset(_PROPERTIES)
# The name of the last lone unknown property seen (from_dict tries it first).
_LAST_UNKNOWN: list[str] = [""]
# Every property's value at once, in the order of the class (from_dict's fast path).
_READ_ALL = operator.itemgetter(*_PROPERTIES)


@_attrs_define
class Invoice:
    """An invoice: what a patient (or whoever `invoice_to` names) was billed for
    an appointment or a sale. Read-only through the API: there is no create,
    update, archive or delete (see the ledger). Amounts are decimal strings
    (`Amount`); `total_amount` is `net_amount` plus `tax_amount`, and the
    items (`invoice_items`) add up to it. Unknown properties may appear as the
    API grows; clients must keep them, not fail on them.

    Only `id`, `created_at` and `updated_at` are always present and never
    `null`; the 2015-2020 documentation's invoices lack `archived_at`,
    `calculation_method`, `online_payment_url` and most links. Keep an absent
    property absent and a `null` as `null`.

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
    created_at: datetime.datetime
    """ When the invoice was created (UTC). """
    updated_at: datetime.datetime
    """ When the invoice was last changed (UTC). """
    number: int | None | Unset = UNSET
    """ The invoice number, unique in the account (`104`). """
    issue_date: datetime.date | Literal[""] | None | Unset = UNSET
    """ A calendar date `YYYY-MM-DD`, or `""` / `null` when unset. """
    status: InvoiceStatus | None | Unset = UNSET
    """ The invoice's state as a number (`InvoiceStatus`), or `null` on some older records; the words are in
    `status_description`. """
    status_description: None | str | Unset = UNSET
    """ The status in words, `Open`, `Paid`, `Closed` or `Open credit` (the 2015-2020 documentation wrote `Open
    (credit)`). """
    calculation_method: InvoiceCalculationMethod | None | Unset = UNSET
    """ How tax was worked out (`InvoiceCalculationMethod`), or `null`. """
    calculation_method_description: None | str | Unset = UNSET
    """ The calculation method in words (`Tax exclusive`). """
    net_amount: Decimal | None | Unset = UNSET
    """ The total before tax. """
    tax_amount: Decimal | None | Unset = UNSET
    """ The tax on the invoice. """
    total_amount: Decimal | None | Unset = UNSET
    """ What the invoice asks for, `net_amount` plus `tax_amount`. """
    discounted_amount: Decimal | None | Unset = UNSET
    """ The discounts given on the invoice's items, in all. """
    invoice_to: None | str | Unset = UNSET
    """ Who the invoice is addressed to, as printed (a name and a postal address, lines separated by `\\r\\n`). """
    notes: None | str | Unset = UNSET
    """ Notes printed on the invoice; may describe the treatment. """
    patient_extra_information: None | str | Unset = UNSET
    """ Extra details about the patient printed on the invoice (a Medicare number, a claim reference). """
    online_payment_url: None | str | Unset = UNSET
    """ Where the patient pays online, or `null`; a link personal to this invoice. """
    closed_at: datetime.datetime | Literal[""] | None | Unset = UNSET
    """ A UTC timestamp, or `""` / `null` when unset (the original examples show `""`, the live API sends `null`).
    """
    archived_at: datetime.datetime | Literal[""] | None | Unset = UNSET
    """ A UTC timestamp, or `""` / `null` when unset (the original examples show `""`, the live API sends `null`).
    """
    deleted_at: datetime.datetime | Literal[""] | None | Unset = UNSET
    """ A UTC timestamp, or `""` / `null` when unset (the original examples show `""`, the live API sends `null`).
    """
    patient: Link | Unset = UNSET
    """ A link to a related resource or collection. """
    practitioner: Link | None | Unset = UNSET
    """ A link to a related resource, or `null` when there is none. """
    business: Link | Unset = UNSET
    """ A link to a related resource or collection. """
    appointment: Link | None | Unset = UNSET
    """ A link to a related resource, or `null` when there is none. """
    attendee: Link | None | Unset = UNSET
    """ A link to a related resource, or `null` when there is none. """
    original_invoice: Link | None | Unset = UNSET
    """ A link to a related resource, or `null` when there is none. """
    reversed_invoices: Link | Unset = UNSET
    """ A link to a related resource or collection. """
    signature: Link | None | Unset = UNSET
    """ A link to a related resource, or `null` when there is none. """
    invoice_items: Link | Unset = UNSET
    """ A link to a related resource or collection. """
    links: SelfLinks | Unset = UNSET
    """ The URL of this resource. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return redacted_repr(self)

    def to_dict(self) -> dict[str, Any]:
        id: int | str
        id = self.id

        created_at = self.created_at.isoformat().replace("+00:00", "Z")

        updated_at = self.updated_at.isoformat().replace("+00:00", "Z")

        number: int | None | Unset
        if isinstance(self.number, Unset):
            number = UNSET
        else:
            number = self.number

        issue_date: Literal[""] | None | str | Unset
        if isinstance(self.issue_date, Unset):
            issue_date = UNSET
        elif isinstance(self.issue_date, datetime.date):
            issue_date = self.issue_date.isoformat()
        else:
            issue_date = self.issue_date

        status: int | None | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, int):
            status = self.status
        else:
            status = self.status

        status_description: None | str | Unset
        if isinstance(self.status_description, Unset):
            status_description = UNSET
        else:
            status_description = self.status_description

        calculation_method: int | None | Unset
        if isinstance(self.calculation_method, Unset):
            calculation_method = UNSET
        elif isinstance(self.calculation_method, int):
            calculation_method = self.calculation_method
        else:
            calculation_method = self.calculation_method

        calculation_method_description: None | str | Unset
        if isinstance(self.calculation_method_description, Unset):
            calculation_method_description = UNSET
        else:
            calculation_method_description = self.calculation_method_description

        net_amount: None | str | Unset
        if isinstance(self.net_amount, Unset):
            net_amount = UNSET
        elif isinstance(self.net_amount, Decimal):
            net_amount = str(self.net_amount)
        else:
            net_amount = self.net_amount

        tax_amount: None | str | Unset
        if isinstance(self.tax_amount, Unset):
            tax_amount = UNSET
        elif isinstance(self.tax_amount, Decimal):
            tax_amount = str(self.tax_amount)
        else:
            tax_amount = self.tax_amount

        total_amount: None | str | Unset
        if isinstance(self.total_amount, Unset):
            total_amount = UNSET
        elif isinstance(self.total_amount, Decimal):
            total_amount = str(self.total_amount)
        else:
            total_amount = self.total_amount

        discounted_amount: None | str | Unset
        if isinstance(self.discounted_amount, Unset):
            discounted_amount = UNSET
        elif isinstance(self.discounted_amount, Decimal):
            discounted_amount = str(self.discounted_amount)
        else:
            discounted_amount = self.discounted_amount

        invoice_to: None | str | Unset
        if isinstance(self.invoice_to, Unset):
            invoice_to = UNSET
        else:
            invoice_to = self.invoice_to

        notes: None | str | Unset
        if isinstance(self.notes, Unset):
            notes = UNSET
        else:
            notes = self.notes

        patient_extra_information: None | str | Unset
        if isinstance(self.patient_extra_information, Unset):
            patient_extra_information = UNSET
        else:
            patient_extra_information = self.patient_extra_information

        online_payment_url: None | str | Unset
        if isinstance(self.online_payment_url, Unset):
            online_payment_url = UNSET
        else:
            online_payment_url = self.online_payment_url

        closed_at: Literal[""] | None | str | Unset
        if isinstance(self.closed_at, Unset):
            closed_at = UNSET
        elif isinstance(self.closed_at, datetime.datetime):
            closed_at = self.closed_at.isoformat().replace("+00:00", "Z")
        else:
            closed_at = self.closed_at

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

        patient: dict[str, Any] | Unset = UNSET
        if not isinstance(self.patient, Unset):
            patient = self.patient.to_dict()

        practitioner: dict[str, Any] | None | Unset
        if isinstance(self.practitioner, Unset):
            practitioner = UNSET
        elif isinstance(self.practitioner, Link):
            practitioner = self.practitioner.to_dict()
        else:
            practitioner = self.practitioner

        business: dict[str, Any] | Unset = UNSET
        if not isinstance(self.business, Unset):
            business = self.business.to_dict()

        appointment: dict[str, Any] | None | Unset
        if isinstance(self.appointment, Unset):
            appointment = UNSET
        elif isinstance(self.appointment, Link):
            appointment = self.appointment.to_dict()
        else:
            appointment = self.appointment

        attendee: dict[str, Any] | None | Unset
        if isinstance(self.attendee, Unset):
            attendee = UNSET
        elif isinstance(self.attendee, Link):
            attendee = self.attendee.to_dict()
        else:
            attendee = self.attendee

        original_invoice: dict[str, Any] | None | Unset
        if isinstance(self.original_invoice, Unset):
            original_invoice = UNSET
        elif isinstance(self.original_invoice, Link):
            original_invoice = self.original_invoice.to_dict()
        else:
            original_invoice = self.original_invoice

        reversed_invoices: dict[str, Any] | Unset = UNSET
        if not isinstance(self.reversed_invoices, Unset):
            reversed_invoices = self.reversed_invoices.to_dict()

        signature: dict[str, Any] | None | Unset
        if isinstance(self.signature, Unset):
            signature = UNSET
        elif isinstance(self.signature, Link):
            signature = self.signature.to_dict()
        else:
            signature = self.signature

        invoice_items: dict[str, Any] | Unset = UNSET
        if not isinstance(self.invoice_items, Unset):
            invoice_items = self.invoice_items.to_dict()

        links: dict[str, Any] | Unset = UNSET
        if not isinstance(self.links, Unset):
            links = self.links.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "created_at": created_at,
                "updated_at": updated_at,
            }
        )
        if number is not UNSET:
            field_dict["number"] = number
        if issue_date is not UNSET:
            field_dict["issue_date"] = issue_date
        if status is not UNSET:
            field_dict["status"] = status
        if status_description is not UNSET:
            field_dict["status_description"] = status_description
        if calculation_method is not UNSET:
            field_dict["calculation_method"] = calculation_method
        if calculation_method_description is not UNSET:
            field_dict["calculation_method_description"] = calculation_method_description
        if net_amount is not UNSET:
            field_dict["net_amount"] = net_amount
        if tax_amount is not UNSET:
            field_dict["tax_amount"] = tax_amount
        if total_amount is not UNSET:
            field_dict["total_amount"] = total_amount
        if discounted_amount is not UNSET:
            field_dict["discounted_amount"] = discounted_amount
        if invoice_to is not UNSET:
            field_dict["invoice_to"] = invoice_to
        if notes is not UNSET:
            field_dict["notes"] = notes
        if patient_extra_information is not UNSET:
            field_dict["patient_extra_information"] = patient_extra_information
        if online_payment_url is not UNSET:
            field_dict["online_payment_url"] = online_payment_url
        if closed_at is not UNSET:
            field_dict["closed_at"] = closed_at
        if archived_at is not UNSET:
            field_dict["archived_at"] = archived_at
        if deleted_at is not UNSET:
            field_dict["deleted_at"] = deleted_at
        if patient is not UNSET:
            field_dict["patient"] = patient
        if practitioner is not UNSET:
            field_dict["practitioner"] = practitioner
        if business is not UNSET:
            field_dict["business"] = business
        if appointment is not UNSET:
            field_dict["appointment"] = appointment
        if attendee is not UNSET:
            field_dict["attendee"] = attendee
        if original_invoice is not UNSET:
            field_dict["original_invoice"] = original_invoice
        if reversed_invoices is not UNSET:
            field_dict["reversed_invoices"] = reversed_invoices
        if signature is not UNSET:
            field_dict["signature"] = signature
        if invoice_items is not UNSET:
            field_dict["invoice_items"] = invoice_items
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
                raw_created_at,
                raw_updated_at,
                number,
                raw_issue_date,
                raw_status,
                status_description,
                raw_calculation_method,
                calculation_method_description,
                raw_net_amount,
                raw_tax_amount,
                raw_total_amount,
                raw_discounted_amount,
                invoice_to,
                notes,
                patient_extra_information,
                online_payment_url,
                raw_closed_at,
                raw_archived_at,
                raw_deleted_at,
                raw_patient,
                raw_practitioner,
                raw_business,
                raw_appointment,
                raw_attendee,
                raw_original_invoice,
                raw_reversed_invoices,
                raw_signature,
                raw_invoice_items,
                raw_links,
            ) = _READ_ALL(d)
            known_count = 30
        except KeyError:
            id = d["id"]
            raw_created_at = d["created_at"]
            raw_updated_at = d["updated_at"]
            number = d.get("number", UNSET)
            raw_issue_date = d.get("issue_date", UNSET)
            raw_status = d.get("status", UNSET)
            status_description = d.get("status_description", UNSET)
            raw_calculation_method = d.get("calculation_method", UNSET)
            calculation_method_description = d.get("calculation_method_description", UNSET)
            raw_net_amount = d.get("net_amount", UNSET)
            raw_tax_amount = d.get("tax_amount", UNSET)
            raw_total_amount = d.get("total_amount", UNSET)
            raw_discounted_amount = d.get("discounted_amount", UNSET)
            invoice_to = d.get("invoice_to", UNSET)
            notes = d.get("notes", UNSET)
            patient_extra_information = d.get("patient_extra_information", UNSET)
            online_payment_url = d.get("online_payment_url", UNSET)
            raw_closed_at = d.get("closed_at", UNSET)
            raw_archived_at = d.get("archived_at", UNSET)
            raw_deleted_at = d.get("deleted_at", UNSET)
            raw_patient = d.get("patient", UNSET)
            raw_practitioner = d.get("practitioner", UNSET)
            raw_business = d.get("business", UNSET)
            raw_appointment = d.get("appointment", UNSET)
            raw_attendee = d.get("attendee", UNSET)
            raw_original_invoice = d.get("original_invoice", UNSET)
            raw_reversed_invoices = d.get("reversed_invoices", UNSET)
            raw_signature = d.get("signature", UNSET)
            raw_invoice_items = d.get("invoice_items", UNSET)
            raw_links = d.get("links", UNSET)
            known_count = (
                3
                + (number is not UNSET)
                + (raw_issue_date is not UNSET)
                + (raw_status is not UNSET)
                + (status_description is not UNSET)
                + (raw_calculation_method is not UNSET)
                + (calculation_method_description is not UNSET)
                + (raw_net_amount is not UNSET)
                + (raw_tax_amount is not UNSET)
                + (raw_total_amount is not UNSET)
                + (raw_discounted_amount is not UNSET)
                + (invoice_to is not UNSET)
                + (notes is not UNSET)
                + (patient_extra_information is not UNSET)
                + (online_payment_url is not UNSET)
                + (raw_closed_at is not UNSET)
                + (raw_archived_at is not UNSET)
                + (raw_deleted_at is not UNSET)
                + (raw_patient is not UNSET)
                + (raw_practitioner is not UNSET)
                + (raw_business is not UNSET)
                + (raw_appointment is not UNSET)
                + (raw_attendee is not UNSET)
                + (raw_original_invoice is not UNSET)
                + (raw_reversed_invoices is not UNSET)
                + (raw_signature is not UNSET)
                + (raw_invoice_items is not UNSET)
                + (raw_links is not UNSET)
            )

        if type(id) is not int and type(id) is not str:
            raise TypeError("id: unexpected " + type(id).__name__)

        if not isinstance(raw_created_at, str):
            raise TypeError("created_at: unexpected " + type(raw_created_at).__name__)
        created_at = datetime.datetime.fromisoformat(raw_created_at)

        if not isinstance(raw_updated_at, str):
            raise TypeError("updated_at: unexpected " + type(raw_updated_at).__name__)
        updated_at = datetime.datetime.fromisoformat(raw_updated_at)

        if type(number) is not int and number is not None and number is not UNSET:
            raise TypeError("number: unexpected " + type(number).__name__)

        issue_date = raw_issue_date
        if issue_date is not None and issue_date is not UNSET:
            issue_date = cls._parse_issue_date(issue_date)

        status = raw_status
        if status is not None and status is not UNSET:
            if not isinstance(status, int):
                raise TypeError("status: unexpected " + type(status).__name__)
            try:
                status_type_0 = check_invoice_status(status)
            except TypeError as error:
                raise TypeError("status: " + str(error)) from None
            status = status_type_0

        if type(status_description) is not str and status_description is not None and status_description is not UNSET:
            raise TypeError("status_description: unexpected " + type(status_description).__name__)

        calculation_method = raw_calculation_method
        if calculation_method is not None and calculation_method is not UNSET:
            if not isinstance(calculation_method, int):
                raise TypeError("calculation_method: unexpected " + type(calculation_method).__name__)
            try:
                calculation_method_type_0 = check_invoice_calculation_method(calculation_method)
            except TypeError as error:
                raise TypeError("calculation_method: " + str(error)) from None
            calculation_method = calculation_method_type_0

        if (
            type(calculation_method_description) is not str
            and calculation_method_description is not None
            and calculation_method_description is not UNSET
        ):
            raise TypeError(
                "calculation_method_description: unexpected " + type(calculation_method_description).__name__
            )

        net_amount = raw_net_amount
        if net_amount is not None and net_amount is not UNSET:
            if not isinstance(net_amount, str):
                raise TypeError("net_amount: unexpected " + type(net_amount).__name__)
            net_amount_type_0 = types.decimal_from_json(net_amount)

            net_amount = net_amount_type_0

        tax_amount = raw_tax_amount
        if tax_amount is not None and tax_amount is not UNSET:
            if not isinstance(tax_amount, str):
                raise TypeError("tax_amount: unexpected " + type(tax_amount).__name__)
            tax_amount_type_0 = types.decimal_from_json(tax_amount)

            tax_amount = tax_amount_type_0

        total_amount = raw_total_amount
        if total_amount is not None and total_amount is not UNSET:
            if not isinstance(total_amount, str):
                raise TypeError("total_amount: unexpected " + type(total_amount).__name__)
            total_amount_type_0 = types.decimal_from_json(total_amount)

            total_amount = total_amount_type_0

        discounted_amount = raw_discounted_amount
        if discounted_amount is not None and discounted_amount is not UNSET:
            if not isinstance(discounted_amount, str):
                raise TypeError("discounted_amount: unexpected " + type(discounted_amount).__name__)
            discounted_amount_type_0 = types.decimal_from_json(discounted_amount)

            discounted_amount = discounted_amount_type_0

        if type(invoice_to) is not str and invoice_to is not None and invoice_to is not UNSET:
            raise TypeError("invoice_to: unexpected " + type(invoice_to).__name__)

        if type(notes) is not str and notes is not None and notes is not UNSET:
            raise TypeError("notes: unexpected " + type(notes).__name__)

        if (
            type(patient_extra_information) is not str
            and patient_extra_information is not None
            and patient_extra_information is not UNSET
        ):
            raise TypeError("patient_extra_information: unexpected " + type(patient_extra_information).__name__)

        if type(online_payment_url) is not str and online_payment_url is not None and online_payment_url is not UNSET:
            raise TypeError("online_payment_url: unexpected " + type(online_payment_url).__name__)

        closed_at = raw_closed_at
        if closed_at is not None and closed_at is not UNSET:
            closed_at = cls._parse_closed_at(closed_at)

        archived_at = raw_archived_at
        if archived_at is not None and archived_at is not UNSET:
            archived_at = cls._parse_archived_at(archived_at)

        deleted_at = raw_deleted_at
        if deleted_at is not None and deleted_at is not UNSET:
            deleted_at = cls._parse_deleted_at(deleted_at)

        _patient = raw_patient
        patient: Link | Unset
        if _patient is UNSET:
            patient = UNSET
        else:
            patient = Link.from_dict(_patient)

        practitioner = raw_practitioner
        if practitioner is not None and practitioner is not UNSET:
            if not isinstance(practitioner, dict):
                raise TypeError("practitioner: unexpected " + type(practitioner).__name__)
            componentsschemas_nullable_link_type_0 = Link.from_dict(practitioner)

            practitioner = componentsschemas_nullable_link_type_0

        _business = raw_business
        business: Link | Unset
        if _business is UNSET:
            business = UNSET
        else:
            business = Link.from_dict(_business)

        appointment = raw_appointment
        if appointment is not None and appointment is not UNSET:
            if not isinstance(appointment, dict):
                raise TypeError("appointment: unexpected " + type(appointment).__name__)
            componentsschemas_nullable_link_type_0 = Link.from_dict(appointment)

            appointment = componentsschemas_nullable_link_type_0

        attendee = raw_attendee
        if attendee is not None and attendee is not UNSET:
            if not isinstance(attendee, dict):
                raise TypeError("attendee: unexpected " + type(attendee).__name__)
            componentsschemas_nullable_link_type_0 = Link.from_dict(attendee)

            attendee = componentsschemas_nullable_link_type_0

        original_invoice = raw_original_invoice
        if original_invoice is not None and original_invoice is not UNSET:
            if not isinstance(original_invoice, dict):
                raise TypeError("original_invoice: unexpected " + type(original_invoice).__name__)
            componentsschemas_nullable_link_type_0 = Link.from_dict(original_invoice)

            original_invoice = componentsschemas_nullable_link_type_0

        _reversed_invoices = raw_reversed_invoices
        reversed_invoices: Link | Unset
        if _reversed_invoices is UNSET:
            reversed_invoices = UNSET
        else:
            reversed_invoices = Link.from_dict(_reversed_invoices)

        signature = raw_signature
        if signature is not None and signature is not UNSET:
            if not isinstance(signature, dict):
                raise TypeError("signature: unexpected " + type(signature).__name__)
            componentsschemas_nullable_link_type_0 = Link.from_dict(signature)

            signature = componentsschemas_nullable_link_type_0

        _invoice_items = raw_invoice_items
        invoice_items: Link | Unset
        if _invoice_items is UNSET:
            invoice_items = UNSET
        else:
            invoice_items = Link.from_dict(_invoice_items)

        _links = raw_links
        links: SelfLinks | Unset
        if _links is UNSET:
            links = UNSET
        else:
            links = SelfLinks.from_dict(_links)

        # Built without calling __init__ (the models have no validators or converters):
        # keyword arguments to an attrs __init__ took a third of the time of a whole patient.
        invoice = _new_instance(cls)
        invoice.id = id
        invoice.created_at = created_at
        invoice.updated_at = updated_at
        invoice.number = number
        invoice.issue_date = issue_date
        invoice.status = status
        invoice.status_description = status_description
        invoice.calculation_method = calculation_method
        invoice.calculation_method_description = calculation_method_description
        invoice.net_amount = net_amount
        invoice.tax_amount = tax_amount
        invoice.total_amount = total_amount
        invoice.discounted_amount = discounted_amount
        invoice.invoice_to = invoice_to
        invoice.notes = notes
        invoice.patient_extra_information = patient_extra_information
        invoice.online_payment_url = online_payment_url
        invoice.closed_at = closed_at
        invoice.archived_at = archived_at
        invoice.deleted_at = deleted_at
        invoice.patient = patient
        invoice.practitioner = practitioner
        invoice.business = business
        invoice.appointment = appointment
        invoice.attendee = attendee
        invoice.original_invoice = original_invoice
        invoice.reversed_invoices = reversed_invoices
        invoice.signature = signature
        invoice.invoice_items = invoice_items
        invoice.links = links

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
        invoice.additional_properties = unknown
        return invoice

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
