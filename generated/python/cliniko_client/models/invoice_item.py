from __future__ import annotations

import datetime
import operator
from collections.abc import Mapping
from decimal import Decimal
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..redaction import redacted_repr
from ..types import UNSET, Unset

T = TypeVar("T", bound="InvoiceItem")
# object.__new__ looked up once: cls.__new__ searched the class's bases on every call.
_new_instance = object.__new__

# The properties this model knows, in the order of the class; anything else the server sends
# is kept in additional_properties.
_PROPERTIES = (
    "id",
    "created_at",
    "updated_at",
    "name",
    "code",
    "quantity",
    "unit_price",
    "discount_percentage",
    "discounted_amount",
    "is_monetary_discount",
    "net_price",
    "tax_name",
    "tax_rate",
    "tax_amount",
    "total_including_tax",
    "concession_type_name",
    "archived_at",
    "deleted_at",
    "invoice",
    "billable_item",
    "product",
    "links",
)
_PROPERTY_NAMES = frozenset(_PROPERTIES)
# The name of the last lone unknown property seen (from_dict tries it first).
_LAST_UNKNOWN: list[str] = [""]
# Every property's value at once, in the order of the class (from_dict's fast path).
_READ_ALL = operator.itemgetter(*_PROPERTIES)


@_attrs_define
class InvoiceItem:
    """One line of an invoice: a billable item (a service) or a product, its
    quantity, price, discount and tax. Read-only through the API. Amounts are
    decimal strings (`Amount`): `net_price` is the line after its discount,
    before tax; `total_including_tax` adds `tax_rate` percent of it; an
    invoice's items add up to its totals. Unknown properties may appear as the
    API grows; clients must keep them, not fail on them.

    Only `id`, `created_at` and `updated_at` are always present and never
    `null`. The 2015-2020 documentation shows `quantity` as a number (`1`)
    and `total_including_tax` as a string; Cliniko's document types the one a
    decimal string and the other a number: both parse (`AmountOrNumber`).

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
    """ When the item was created (UTC). """
    updated_at: datetime.datetime
    """ When the item was last changed (UTC). """
    name: None | str | Unset = UNSET
    """ What was sold, as printed on the invoice (`Initial consultation`). Names the treatment given. """
    code: None | str | Unset = UNSET
    """ The item's billing code (`2020`), or `null`. """
    quantity: Decimal | Unset = UNSET
    """ A decimal amount that older responses or Cliniko's own document show as a
    JSON number (`"quantity": 1`, `total_including_tax` typed `number`): a
    decimal string as `Amount`, or a number. The Python client gives
    `decimal.Decimal` either way (a number through its shortest decimal form);
    TypeScript a string or a number.
     """
    unit_price: Decimal | None | Unset = UNSET
    """ The price of one, before discount and tax. """
    discount_percentage: Decimal | None | Unset = UNSET
    """ The discount as a percentage of the line (`"18.1818"`), also when it was given as an amount. """
    discounted_amount: Decimal | None | Unset = UNSET
    """ The discount as an amount (`"20.0"`). """
    is_monetary_discount: bool | None | Unset = UNSET
    """ Whether the discount was given as an amount (`true`) or a percentage. """
    net_price: Decimal | None | Unset = UNSET
    """ The line after its discount, before tax. """
    tax_name: None | str | Unset = UNSET
    """ The tax's name (`GST`), or `null` when the line is untaxed. """
    tax_rate: Decimal | None | Unset = UNSET
    """ The tax rate in percent (`"10.0"`). """
    tax_amount: Decimal | None | Unset = UNSET
    """ Deprecated (use `tax_rate`); the tax on the line. """
    total_including_tax: Decimal | None | Unset = UNSET
    """ The line with its tax (`"99.0"`; Cliniko's document types it a number). """
    concession_type_name: None | str | Unset = UNSET
    """ The patient's concession type the price came from (`Pensioner`), `""` or `null`; says something about the
    patient. """
    archived_at: datetime.datetime | Literal[""] | None | Unset = UNSET
    """ A UTC timestamp, or `""` / `null` when unset (the original examples show `""`, the live API sends `null`).
    """
    deleted_at: datetime.datetime | Literal[""] | None | Unset = UNSET
    """ A UTC timestamp, or `""` / `null` when unset (the original examples show `""`, the live API sends `null`).
    """
    invoice: Link | Unset = UNSET
    """ A link to a related resource or collection. """
    billable_item: Link | None | Unset = UNSET
    """ A link to a related resource, or `null` when there is none. """
    product: Link | None | Unset = UNSET
    """ A link to a related resource, or `null` when there is none. """
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

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        code: None | str | Unset
        if isinstance(self.code, Unset):
            code = UNSET
        else:
            code = self.code

        quantity: str | Unset = UNSET
        if not isinstance(self.quantity, Unset):
            quantity = str(self.quantity)

        unit_price: None | str | Unset
        if isinstance(self.unit_price, Unset):
            unit_price = UNSET
        elif isinstance(self.unit_price, Decimal):
            unit_price = str(self.unit_price)
        else:
            unit_price = self.unit_price

        discount_percentage: None | str | Unset
        if isinstance(self.discount_percentage, Unset):
            discount_percentage = UNSET
        elif isinstance(self.discount_percentage, Decimal):
            discount_percentage = str(self.discount_percentage)
        else:
            discount_percentage = self.discount_percentage

        discounted_amount: None | str | Unset
        if isinstance(self.discounted_amount, Unset):
            discounted_amount = UNSET
        elif isinstance(self.discounted_amount, Decimal):
            discounted_amount = str(self.discounted_amount)
        else:
            discounted_amount = self.discounted_amount

        is_monetary_discount: bool | None | Unset
        if isinstance(self.is_monetary_discount, Unset):
            is_monetary_discount = UNSET
        else:
            is_monetary_discount = self.is_monetary_discount

        net_price: None | str | Unset
        if isinstance(self.net_price, Unset):
            net_price = UNSET
        elif isinstance(self.net_price, Decimal):
            net_price = str(self.net_price)
        else:
            net_price = self.net_price

        tax_name: None | str | Unset
        if isinstance(self.tax_name, Unset):
            tax_name = UNSET
        else:
            tax_name = self.tax_name

        tax_rate: None | str | Unset
        if isinstance(self.tax_rate, Unset):
            tax_rate = UNSET
        elif isinstance(self.tax_rate, Decimal):
            tax_rate = str(self.tax_rate)
        else:
            tax_rate = self.tax_rate

        tax_amount: None | str | Unset
        if isinstance(self.tax_amount, Unset):
            tax_amount = UNSET
        elif isinstance(self.tax_amount, Decimal):
            tax_amount = str(self.tax_amount)
        else:
            tax_amount = self.tax_amount

        total_including_tax: None | str | Unset
        if isinstance(self.total_including_tax, Unset):
            total_including_tax = UNSET
        elif isinstance(self.total_including_tax, Decimal):
            total_including_tax = str(self.total_including_tax)
        else:
            total_including_tax = self.total_including_tax

        concession_type_name: None | str | Unset
        if isinstance(self.concession_type_name, Unset):
            concession_type_name = UNSET
        else:
            concession_type_name = self.concession_type_name

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

        invoice: dict[str, Any] | Unset = UNSET
        if not isinstance(self.invoice, Unset):
            invoice = self.invoice.to_dict()

        billable_item: dict[str, Any] | None | Unset
        if isinstance(self.billable_item, Unset):
            billable_item = UNSET
        elif isinstance(self.billable_item, Link):
            billable_item = self.billable_item.to_dict()
        else:
            billable_item = self.billable_item

        product: dict[str, Any] | None | Unset
        if isinstance(self.product, Unset):
            product = UNSET
        elif isinstance(self.product, Link):
            product = self.product.to_dict()
        else:
            product = self.product

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
        if name is not UNSET:
            field_dict["name"] = name
        if code is not UNSET:
            field_dict["code"] = code
        if quantity is not UNSET:
            field_dict["quantity"] = quantity
        if unit_price is not UNSET:
            field_dict["unit_price"] = unit_price
        if discount_percentage is not UNSET:
            field_dict["discount_percentage"] = discount_percentage
        if discounted_amount is not UNSET:
            field_dict["discounted_amount"] = discounted_amount
        if is_monetary_discount is not UNSET:
            field_dict["is_monetary_discount"] = is_monetary_discount
        if net_price is not UNSET:
            field_dict["net_price"] = net_price
        if tax_name is not UNSET:
            field_dict["tax_name"] = tax_name
        if tax_rate is not UNSET:
            field_dict["tax_rate"] = tax_rate
        if tax_amount is not UNSET:
            field_dict["tax_amount"] = tax_amount
        if total_including_tax is not UNSET:
            field_dict["total_including_tax"] = total_including_tax
        if concession_type_name is not UNSET:
            field_dict["concession_type_name"] = concession_type_name
        if archived_at is not UNSET:
            field_dict["archived_at"] = archived_at
        if deleted_at is not UNSET:
            field_dict["deleted_at"] = deleted_at
        if invoice is not UNSET:
            field_dict["invoice"] = invoice
        if billable_item is not UNSET:
            field_dict["billable_item"] = billable_item
        if product is not UNSET:
            field_dict["product"] = product
        if links is not UNSET:
            field_dict["links"] = links

        return field_dict

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
                name,
                code,
                raw_quantity,
                raw_unit_price,
                raw_discount_percentage,
                raw_discounted_amount,
                is_monetary_discount,
                raw_net_price,
                tax_name,
                raw_tax_rate,
                raw_tax_amount,
                raw_total_including_tax,
                concession_type_name,
                raw_archived_at,
                raw_deleted_at,
                raw_invoice,
                raw_billable_item,
                raw_product,
                raw_links,
            ) = _READ_ALL(d)
            known_count = 22
        except KeyError:
            id = d["id"]
            raw_created_at = d["created_at"]
            raw_updated_at = d["updated_at"]
            name = d.get("name", UNSET)
            code = d.get("code", UNSET)
            raw_quantity = d.get("quantity", UNSET)
            raw_unit_price = d.get("unit_price", UNSET)
            raw_discount_percentage = d.get("discount_percentage", UNSET)
            raw_discounted_amount = d.get("discounted_amount", UNSET)
            is_monetary_discount = d.get("is_monetary_discount", UNSET)
            raw_net_price = d.get("net_price", UNSET)
            tax_name = d.get("tax_name", UNSET)
            raw_tax_rate = d.get("tax_rate", UNSET)
            raw_tax_amount = d.get("tax_amount", UNSET)
            raw_total_including_tax = d.get("total_including_tax", UNSET)
            concession_type_name = d.get("concession_type_name", UNSET)
            raw_archived_at = d.get("archived_at", UNSET)
            raw_deleted_at = d.get("deleted_at", UNSET)
            raw_invoice = d.get("invoice", UNSET)
            raw_billable_item = d.get("billable_item", UNSET)
            raw_product = d.get("product", UNSET)
            raw_links = d.get("links", UNSET)
            known_count = (
                3
                + (name is not UNSET)
                + (code is not UNSET)
                + (raw_quantity is not UNSET)
                + (raw_unit_price is not UNSET)
                + (raw_discount_percentage is not UNSET)
                + (raw_discounted_amount is not UNSET)
                + (is_monetary_discount is not UNSET)
                + (raw_net_price is not UNSET)
                + (tax_name is not UNSET)
                + (raw_tax_rate is not UNSET)
                + (raw_tax_amount is not UNSET)
                + (raw_total_including_tax is not UNSET)
                + (concession_type_name is not UNSET)
                + (raw_archived_at is not UNSET)
                + (raw_deleted_at is not UNSET)
                + (raw_invoice is not UNSET)
                + (raw_billable_item is not UNSET)
                + (raw_product is not UNSET)
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

        if type(name) is not str and name is not None and name is not UNSET:
            raise TypeError("name: unexpected " + type(name).__name__)

        if type(code) is not str and code is not None and code is not UNSET:
            raise TypeError("code: unexpected " + type(code).__name__)

        _quantity = raw_quantity
        quantity: Decimal | Unset
        if _quantity is UNSET:
            quantity = UNSET
        else:
            quantity = types.decimal_from_json(_quantity)

        unit_price = raw_unit_price
        if unit_price is not None and unit_price is not UNSET:
            if not isinstance(unit_price, str):
                raise TypeError("unit_price: unexpected " + type(unit_price).__name__)
            unit_price_type_0 = types.decimal_from_json(unit_price)

            unit_price = unit_price_type_0

        discount_percentage = raw_discount_percentage
        if discount_percentage is not None and discount_percentage is not UNSET:
            if not isinstance(discount_percentage, str):
                raise TypeError("discount_percentage: unexpected " + type(discount_percentage).__name__)
            discount_percentage_type_0 = types.decimal_from_json(discount_percentage)

            discount_percentage = discount_percentage_type_0

        discounted_amount = raw_discounted_amount
        if discounted_amount is not None and discounted_amount is not UNSET:
            if not isinstance(discounted_amount, str):
                raise TypeError("discounted_amount: unexpected " + type(discounted_amount).__name__)
            discounted_amount_type_0 = types.decimal_from_json(discounted_amount)

            discounted_amount = discounted_amount_type_0

        if (
            type(is_monetary_discount) is not bool
            and is_monetary_discount is not None
            and is_monetary_discount is not UNSET
        ):
            raise TypeError("is_monetary_discount: unexpected " + type(is_monetary_discount).__name__)

        net_price = raw_net_price
        if net_price is not None and net_price is not UNSET:
            if not isinstance(net_price, str):
                raise TypeError("net_price: unexpected " + type(net_price).__name__)
            net_price_type_0 = types.decimal_from_json(net_price)

            net_price = net_price_type_0

        if type(tax_name) is not str and tax_name is not None and tax_name is not UNSET:
            raise TypeError("tax_name: unexpected " + type(tax_name).__name__)

        tax_rate = raw_tax_rate
        if tax_rate is not None and tax_rate is not UNSET:
            if not isinstance(tax_rate, str):
                raise TypeError("tax_rate: unexpected " + type(tax_rate).__name__)
            tax_rate_type_0 = types.decimal_from_json(tax_rate)

            tax_rate = tax_rate_type_0

        tax_amount = raw_tax_amount
        if tax_amount is not None and tax_amount is not UNSET:
            if not isinstance(tax_amount, str):
                raise TypeError("tax_amount: unexpected " + type(tax_amount).__name__)
            tax_amount_type_0 = types.decimal_from_json(tax_amount)

            tax_amount = tax_amount_type_0

        total_including_tax = raw_total_including_tax
        if total_including_tax is not None and total_including_tax is not UNSET:
            if not isinstance(total_including_tax, str | int | float) and not isinstance(total_including_tax, bool):
                raise TypeError("total_including_tax: unexpected " + type(total_including_tax).__name__)
            total_including_tax_type_0 = types.decimal_from_json(total_including_tax)

            total_including_tax = total_including_tax_type_0

        if (
            type(concession_type_name) is not str
            and concession_type_name is not None
            and concession_type_name is not UNSET
        ):
            raise TypeError("concession_type_name: unexpected " + type(concession_type_name).__name__)

        archived_at = raw_archived_at
        if archived_at is not None and archived_at is not UNSET:
            archived_at = cls._parse_archived_at(archived_at)

        deleted_at = raw_deleted_at
        if deleted_at is not None and deleted_at is not UNSET:
            deleted_at = cls._parse_deleted_at(deleted_at)

        _invoice = raw_invoice
        invoice: Link | Unset
        if _invoice is UNSET:
            invoice = UNSET
        else:
            invoice = Link.from_dict(_invoice)

        billable_item = raw_billable_item
        if billable_item is not None and billable_item is not UNSET:
            if not isinstance(billable_item, dict):
                raise TypeError("billable_item: unexpected " + type(billable_item).__name__)
            componentsschemas_nullable_link_type_0 = Link.from_dict(billable_item)

            billable_item = componentsschemas_nullable_link_type_0

        product = raw_product
        if product is not None and product is not UNSET:
            if not isinstance(product, dict):
                raise TypeError("product: unexpected " + type(product).__name__)
            componentsschemas_nullable_link_type_0 = Link.from_dict(product)

            product = componentsschemas_nullable_link_type_0

        _links = raw_links
        links: SelfLinks | Unset
        if _links is UNSET:
            links = UNSET
        else:
            links = SelfLinks.from_dict(_links)

        # Built without calling __init__ (the models have no validators or converters):
        # keyword arguments to an attrs __init__ took a third of the time of a whole patient.
        invoice_item = _new_instance(cls)
        invoice_item.id = id
        invoice_item.created_at = created_at
        invoice_item.updated_at = updated_at
        invoice_item.name = name
        invoice_item.code = code
        invoice_item.quantity = quantity
        invoice_item.unit_price = unit_price
        invoice_item.discount_percentage = discount_percentage
        invoice_item.discounted_amount = discounted_amount
        invoice_item.is_monetary_discount = is_monetary_discount
        invoice_item.net_price = net_price
        invoice_item.tax_name = tax_name
        invoice_item.tax_rate = tax_rate
        invoice_item.tax_amount = tax_amount
        invoice_item.total_including_tax = total_including_tax
        invoice_item.concession_type_name = concession_type_name
        invoice_item.archived_at = archived_at
        invoice_item.deleted_at = deleted_at
        invoice_item.invoice = invoice
        invoice_item.billable_item = billable_item
        invoice_item.product = product
        invoice_item.links = links

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
        invoice_item.additional_properties = unknown
        return invoice_item

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
