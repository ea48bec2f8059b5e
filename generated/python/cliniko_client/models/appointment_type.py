from __future__ import annotations

import datetime
import operator
from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.online_bookings_lead_time import OnlineBookingsLeadTime, check_online_bookings_lead_time
from ..models.online_payments_mode import OnlinePaymentsMode, check_online_payments_mode
from ..redaction import redacted_repr
from ..types import UNSET, Unset

T = TypeVar("T", bound="AppointmentType")
# object.__new__ looked up once: cls.__new__ searched the class's bases on every call.
_new_instance = object.__new__

# The properties this model knows, in the order of the class; anything else the server sends
# is kept in additional_properties.
_PROPERTIES = (
    "id",
    "name",
    "created_at",
    "updated_at",
    "category",
    "color",
    "description",
    "duration_in_minutes",
    "max_attendees",
    "show_in_online_bookings",
    "online_bookings_lead_time_hours",
    "online_payments_enabled",
    "online_payments_mode",
    "deposit_price",
    "add_deposit_to_account_credit",
    "telehealth_enabled",
    "appointment_confirmation_template_ids",
    "appointment_follow_up_template_ids",
    "appointment_reminder_template_ids",
    "practitioners",
    "treatment_note_template",
    "appointment_type_billable_items",
    "appointment_type_products",
    "billable_item",
    "product",
    "archived_at",
    "links",
)
_PROPERTY_NAMES = frozenset(_PROPERTIES)
# The name of the last lone unknown property seen (from_dict tries it first).
_LAST_UNKNOWN: list[str] = [""]
# Every property's value at once, in the order of the class (from_dict's fast path).
_READ_ALL = operator.itemgetter(*_PROPERTIES)


@_attrs_define
class AppointmentType:
    """A kind of appointment the account offers (`Initial Consultation`): its
    length, how many patients it takes, and how it is booked and paid for
    online. Unknown properties may appear as the API grows; clients must keep
    them, not fail on them.

    Only `id`, `name`, `created_at` and `updated_at` are always present and
    never `null`. `duration_in_minutes`, `max_attendees` and `color` are in
    every documented version; the online-booking, payment and template
    properties came later (Cliniko's document, 2025). Keep an absent
    property absent and a `null` as `null` when you store or forward one.

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
    """ The appointment type's name (`Initial Consultation`). """
    created_at: datetime.datetime
    """ When the appointment type was created (UTC). """
    updated_at: datetime.datetime
    """ When the appointment type was last changed (UTC). """
    category: None | str | Unset = UNSET
    """ A free-text group of appointment types (`Osteopathy`), or `null`. """
    color: None | str | Unset = UNSET
    """ The colour the calendar shows it in, `#RRGGBB` (`#00FF00`). """
    description: None | str | Unset = UNSET
    """ A description shown to patients booking online, or `null`. """
    duration_in_minutes: int | Unset = UNSET
    """ How long an appointment of this type lasts, in minutes. A new appointment without `ends_at` ends this long
    after it starts. """
    max_attendees: int | Unset = UNSET
    """ How many patients one appointment of this type takes; more than 1 makes it a group appointment type. """
    show_in_online_bookings: bool | None | Unset = UNSET
    """ Whether patients can book this type online; a type not shown offers no available times. """
    online_bookings_lead_time_hours: None | OnlineBookingsLeadTime | Unset = UNSET
    """ How long before an appointment online bookings close (`OnlineBookingsLeadTime`), or `null` for the account's
    default. """
    online_payments_enabled: bool | None | Unset = UNSET
    """ Whether online bookings of this type take a payment. """
    online_payments_mode: None | OnlinePaymentsMode | Unset = UNSET
    """ How online bookings are paid (`OnlinePaymentsMode`), or `null` when they take no payment. """
    deposit_price: None | str | Unset = UNSET
    """ The deposit taken online when `online_payments_mode` is `deposit_required`, a decimal string (`"20.00"`), or
    `null`. """
    add_deposit_to_account_credit: bool | None | Unset = UNSET
    """ Whether a deposit paid online goes to the patient's account credit. """
    telehealth_enabled: bool | None | Unset = UNSET
    """ Whether appointments of this type are held by video (Cliniko's telehealth). """
    appointment_confirmation_template_ids: list[int | str] | None | Unset = UNSET
    """ The ids of the confirmation message templates used for this type, or `null`. """
    appointment_follow_up_template_ids: list[int | str] | None | Unset = UNSET
    """ The ids of the follow-up message templates used for this type, or `null`. """
    appointment_reminder_template_ids: list[int | str] | None | Unset = UNSET
    """ The ids of the reminder message templates used for this type, or `null`. """
    practitioners: Link | Unset = UNSET
    """ A link to a related resource or collection. """
    treatment_note_template: Link | Unset = UNSET
    """ A link to a related resource or collection. """
    appointment_type_billable_items: Link | Unset = UNSET
    """ A link to a related resource or collection. """
    appointment_type_products: Link | Unset = UNSET
    """ A link to a related resource or collection. """
    billable_item: Link | Unset = UNSET
    """ A link to a related resource or collection. """
    product: Link | Unset = UNSET
    """ A link to a related resource or collection. """
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

        category: None | str | Unset
        if isinstance(self.category, Unset):
            category = UNSET
        else:
            category = self.category

        color: None | str | Unset
        if isinstance(self.color, Unset):
            color = UNSET
        else:
            color = self.color

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        duration_in_minutes = self.duration_in_minutes

        max_attendees = self.max_attendees

        show_in_online_bookings: bool | None | Unset
        if isinstance(self.show_in_online_bookings, Unset):
            show_in_online_bookings = UNSET
        else:
            show_in_online_bookings = self.show_in_online_bookings

        online_bookings_lead_time_hours: int | None | Unset
        if isinstance(self.online_bookings_lead_time_hours, Unset):
            online_bookings_lead_time_hours = UNSET
        elif isinstance(self.online_bookings_lead_time_hours, int):
            online_bookings_lead_time_hours = self.online_bookings_lead_time_hours
        else:
            online_bookings_lead_time_hours = self.online_bookings_lead_time_hours

        online_payments_enabled: bool | None | Unset
        if isinstance(self.online_payments_enabled, Unset):
            online_payments_enabled = UNSET
        else:
            online_payments_enabled = self.online_payments_enabled

        online_payments_mode: None | str | Unset
        if isinstance(self.online_payments_mode, Unset):
            online_payments_mode = UNSET
        elif isinstance(self.online_payments_mode, str):
            online_payments_mode = self.online_payments_mode
        else:
            online_payments_mode = self.online_payments_mode

        deposit_price: None | str | Unset
        if isinstance(self.deposit_price, Unset):
            deposit_price = UNSET
        else:
            deposit_price = self.deposit_price

        add_deposit_to_account_credit: bool | None | Unset
        if isinstance(self.add_deposit_to_account_credit, Unset):
            add_deposit_to_account_credit = UNSET
        else:
            add_deposit_to_account_credit = self.add_deposit_to_account_credit

        telehealth_enabled: bool | None | Unset
        if isinstance(self.telehealth_enabled, Unset):
            telehealth_enabled = UNSET
        else:
            telehealth_enabled = self.telehealth_enabled

        appointment_confirmation_template_ids: list[int | str] | None | Unset
        if isinstance(self.appointment_confirmation_template_ids, Unset):
            appointment_confirmation_template_ids = UNSET
        elif isinstance(self.appointment_confirmation_template_ids, list):
            appointment_confirmation_template_ids = []
            for appointment_confirmation_template_ids_type_0_item_data in self.appointment_confirmation_template_ids:
                appointment_confirmation_template_ids_type_0_item: int | str
                appointment_confirmation_template_ids_type_0_item = (
                    appointment_confirmation_template_ids_type_0_item_data
                )
                appointment_confirmation_template_ids.append(appointment_confirmation_template_ids_type_0_item)

        else:
            appointment_confirmation_template_ids = self.appointment_confirmation_template_ids

        appointment_follow_up_template_ids: list[int | str] | None | Unset
        if isinstance(self.appointment_follow_up_template_ids, Unset):
            appointment_follow_up_template_ids = UNSET
        elif isinstance(self.appointment_follow_up_template_ids, list):
            appointment_follow_up_template_ids = []
            for appointment_follow_up_template_ids_type_0_item_data in self.appointment_follow_up_template_ids:
                appointment_follow_up_template_ids_type_0_item: int | str
                appointment_follow_up_template_ids_type_0_item = appointment_follow_up_template_ids_type_0_item_data
                appointment_follow_up_template_ids.append(appointment_follow_up_template_ids_type_0_item)

        else:
            appointment_follow_up_template_ids = self.appointment_follow_up_template_ids

        appointment_reminder_template_ids: list[int | str] | None | Unset
        if isinstance(self.appointment_reminder_template_ids, Unset):
            appointment_reminder_template_ids = UNSET
        elif isinstance(self.appointment_reminder_template_ids, list):
            appointment_reminder_template_ids = []
            for appointment_reminder_template_ids_type_0_item_data in self.appointment_reminder_template_ids:
                appointment_reminder_template_ids_type_0_item: int | str
                appointment_reminder_template_ids_type_0_item = appointment_reminder_template_ids_type_0_item_data
                appointment_reminder_template_ids.append(appointment_reminder_template_ids_type_0_item)

        else:
            appointment_reminder_template_ids = self.appointment_reminder_template_ids

        practitioners: dict[str, Any] | Unset = UNSET
        if not isinstance(self.practitioners, Unset):
            practitioners = self.practitioners.to_dict()

        treatment_note_template: dict[str, Any] | Unset = UNSET
        if not isinstance(self.treatment_note_template, Unset):
            treatment_note_template = self.treatment_note_template.to_dict()

        appointment_type_billable_items: dict[str, Any] | Unset = UNSET
        if not isinstance(self.appointment_type_billable_items, Unset):
            appointment_type_billable_items = self.appointment_type_billable_items.to_dict()

        appointment_type_products: dict[str, Any] | Unset = UNSET
        if not isinstance(self.appointment_type_products, Unset):
            appointment_type_products = self.appointment_type_products.to_dict()

        billable_item: dict[str, Any] | Unset = UNSET
        if not isinstance(self.billable_item, Unset):
            billable_item = self.billable_item.to_dict()

        product: dict[str, Any] | Unset = UNSET
        if not isinstance(self.product, Unset):
            product = self.product.to_dict()

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
        if category is not UNSET:
            field_dict["category"] = category
        if color is not UNSET:
            field_dict["color"] = color
        if description is not UNSET:
            field_dict["description"] = description
        if duration_in_minutes is not UNSET:
            field_dict["duration_in_minutes"] = duration_in_minutes
        if max_attendees is not UNSET:
            field_dict["max_attendees"] = max_attendees
        if show_in_online_bookings is not UNSET:
            field_dict["show_in_online_bookings"] = show_in_online_bookings
        if online_bookings_lead_time_hours is not UNSET:
            field_dict["online_bookings_lead_time_hours"] = online_bookings_lead_time_hours
        if online_payments_enabled is not UNSET:
            field_dict["online_payments_enabled"] = online_payments_enabled
        if online_payments_mode is not UNSET:
            field_dict["online_payments_mode"] = online_payments_mode
        if deposit_price is not UNSET:
            field_dict["deposit_price"] = deposit_price
        if add_deposit_to_account_credit is not UNSET:
            field_dict["add_deposit_to_account_credit"] = add_deposit_to_account_credit
        if telehealth_enabled is not UNSET:
            field_dict["telehealth_enabled"] = telehealth_enabled
        if appointment_confirmation_template_ids is not UNSET:
            field_dict["appointment_confirmation_template_ids"] = appointment_confirmation_template_ids
        if appointment_follow_up_template_ids is not UNSET:
            field_dict["appointment_follow_up_template_ids"] = appointment_follow_up_template_ids
        if appointment_reminder_template_ids is not UNSET:
            field_dict["appointment_reminder_template_ids"] = appointment_reminder_template_ids
        if practitioners is not UNSET:
            field_dict["practitioners"] = practitioners
        if treatment_note_template is not UNSET:
            field_dict["treatment_note_template"] = treatment_note_template
        if appointment_type_billable_items is not UNSET:
            field_dict["appointment_type_billable_items"] = appointment_type_billable_items
        if appointment_type_products is not UNSET:
            field_dict["appointment_type_products"] = appointment_type_products
        if billable_item is not UNSET:
            field_dict["billable_item"] = billable_item
        if product is not UNSET:
            field_dict["product"] = product
        if archived_at is not UNSET:
            field_dict["archived_at"] = archived_at
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
                category,
                color,
                description,
                duration_in_minutes,
                max_attendees,
                show_in_online_bookings,
                raw_online_bookings_lead_time_hours,
                online_payments_enabled,
                raw_online_payments_mode,
                deposit_price,
                add_deposit_to_account_credit,
                telehealth_enabled,
                raw_appointment_confirmation_template_ids,
                raw_appointment_follow_up_template_ids,
                raw_appointment_reminder_template_ids,
                raw_practitioners,
                raw_treatment_note_template,
                raw_appointment_type_billable_items,
                raw_appointment_type_products,
                raw_billable_item,
                raw_product,
                raw_archived_at,
                raw_links,
            ) = _READ_ALL(d)
            known_count = 27
        except KeyError:
            id = d["id"]
            name = d["name"]
            raw_created_at = d["created_at"]
            raw_updated_at = d["updated_at"]
            category = d.get("category", UNSET)
            color = d.get("color", UNSET)
            description = d.get("description", UNSET)
            duration_in_minutes = d.get("duration_in_minutes", UNSET)
            max_attendees = d.get("max_attendees", UNSET)
            show_in_online_bookings = d.get("show_in_online_bookings", UNSET)
            raw_online_bookings_lead_time_hours = d.get("online_bookings_lead_time_hours", UNSET)
            online_payments_enabled = d.get("online_payments_enabled", UNSET)
            raw_online_payments_mode = d.get("online_payments_mode", UNSET)
            deposit_price = d.get("deposit_price", UNSET)
            add_deposit_to_account_credit = d.get("add_deposit_to_account_credit", UNSET)
            telehealth_enabled = d.get("telehealth_enabled", UNSET)
            raw_appointment_confirmation_template_ids = d.get("appointment_confirmation_template_ids", UNSET)
            raw_appointment_follow_up_template_ids = d.get("appointment_follow_up_template_ids", UNSET)
            raw_appointment_reminder_template_ids = d.get("appointment_reminder_template_ids", UNSET)
            raw_practitioners = d.get("practitioners", UNSET)
            raw_treatment_note_template = d.get("treatment_note_template", UNSET)
            raw_appointment_type_billable_items = d.get("appointment_type_billable_items", UNSET)
            raw_appointment_type_products = d.get("appointment_type_products", UNSET)
            raw_billable_item = d.get("billable_item", UNSET)
            raw_product = d.get("product", UNSET)
            raw_archived_at = d.get("archived_at", UNSET)
            raw_links = d.get("links", UNSET)
            known_count = (
                4
                + (category is not UNSET)
                + (color is not UNSET)
                + (description is not UNSET)
                + (duration_in_minutes is not UNSET)
                + (max_attendees is not UNSET)
                + (show_in_online_bookings is not UNSET)
                + (raw_online_bookings_lead_time_hours is not UNSET)
                + (online_payments_enabled is not UNSET)
                + (raw_online_payments_mode is not UNSET)
                + (deposit_price is not UNSET)
                + (add_deposit_to_account_credit is not UNSET)
                + (telehealth_enabled is not UNSET)
                + (raw_appointment_confirmation_template_ids is not UNSET)
                + (raw_appointment_follow_up_template_ids is not UNSET)
                + (raw_appointment_reminder_template_ids is not UNSET)
                + (raw_practitioners is not UNSET)
                + (raw_treatment_note_template is not UNSET)
                + (raw_appointment_type_billable_items is not UNSET)
                + (raw_appointment_type_products is not UNSET)
                + (raw_billable_item is not UNSET)
                + (raw_product is not UNSET)
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

        if type(category) is not str and category is not None and category is not UNSET:
            raise TypeError("category: unexpected " + type(category).__name__)

        if type(color) is not str and color is not None and color is not UNSET:
            raise TypeError("color: unexpected " + type(color).__name__)

        if type(description) is not str and description is not None and description is not UNSET:
            raise TypeError("description: unexpected " + type(description).__name__)

        if type(duration_in_minutes) is not int and duration_in_minutes is not UNSET:
            raise TypeError("duration_in_minutes: unexpected " + type(duration_in_minutes).__name__)

        if type(max_attendees) is not int and max_attendees is not UNSET:
            raise TypeError("max_attendees: unexpected " + type(max_attendees).__name__)

        if (
            type(show_in_online_bookings) is not bool
            and show_in_online_bookings is not None
            and show_in_online_bookings is not UNSET
        ):
            raise TypeError("show_in_online_bookings: unexpected " + type(show_in_online_bookings).__name__)

        online_bookings_lead_time_hours = raw_online_bookings_lead_time_hours
        if online_bookings_lead_time_hours is not None and online_bookings_lead_time_hours is not UNSET:
            if not isinstance(online_bookings_lead_time_hours, int):
                raise TypeError(
                    "online_bookings_lead_time_hours: unexpected " + type(online_bookings_lead_time_hours).__name__
                )
            try:
                online_bookings_lead_time_hours_type_0 = check_online_bookings_lead_time(
                    online_bookings_lead_time_hours
                )
            except TypeError as error:
                raise TypeError("online_bookings_lead_time_hours: " + str(error)) from None
            online_bookings_lead_time_hours = online_bookings_lead_time_hours_type_0

        if (
            type(online_payments_enabled) is not bool
            and online_payments_enabled is not None
            and online_payments_enabled is not UNSET
        ):
            raise TypeError("online_payments_enabled: unexpected " + type(online_payments_enabled).__name__)

        online_payments_mode = raw_online_payments_mode
        if online_payments_mode is not None and online_payments_mode is not UNSET:
            if not isinstance(online_payments_mode, str):
                raise TypeError("online_payments_mode: unexpected " + type(online_payments_mode).__name__)
            try:
                online_payments_mode_type_0 = check_online_payments_mode(online_payments_mode)
            except TypeError as error:
                raise TypeError("online_payments_mode: " + str(error)) from None
            online_payments_mode = online_payments_mode_type_0

        if type(deposit_price) is not str and deposit_price is not None and deposit_price is not UNSET:
            raise TypeError("deposit_price: unexpected " + type(deposit_price).__name__)

        if (
            type(add_deposit_to_account_credit) is not bool
            and add_deposit_to_account_credit is not None
            and add_deposit_to_account_credit is not UNSET
        ):
            raise TypeError("add_deposit_to_account_credit: unexpected " + type(add_deposit_to_account_credit).__name__)

        if type(telehealth_enabled) is not bool and telehealth_enabled is not None and telehealth_enabled is not UNSET:
            raise TypeError("telehealth_enabled: unexpected " + type(telehealth_enabled).__name__)

        appointment_confirmation_template_ids = raw_appointment_confirmation_template_ids
        if appointment_confirmation_template_ids is not None and appointment_confirmation_template_ids is not UNSET:
            if not isinstance(appointment_confirmation_template_ids, list):
                raise TypeError(
                    "appointment_confirmation_template_ids: unexpected "
                    + type(appointment_confirmation_template_ids).__name__
                )
            appointment_confirmation_template_ids_type_0 = []
            _appointment_confirmation_template_ids_type_0 = appointment_confirmation_template_ids
            for appointment_confirmation_template_ids_type_0_item_data in _appointment_confirmation_template_ids_type_0:

                def _parse_appointment_confirmation_template_ids_type_0_item(data: object) -> int | str:
                    return cast(int | str, data)

                appointment_confirmation_template_ids_type_0_item = (
                    _parse_appointment_confirmation_template_ids_type_0_item(
                        appointment_confirmation_template_ids_type_0_item_data
                    )
                )

                appointment_confirmation_template_ids_type_0.append(appointment_confirmation_template_ids_type_0_item)

            appointment_confirmation_template_ids = appointment_confirmation_template_ids_type_0

        appointment_follow_up_template_ids = raw_appointment_follow_up_template_ids
        if appointment_follow_up_template_ids is not None and appointment_follow_up_template_ids is not UNSET:
            if not isinstance(appointment_follow_up_template_ids, list):
                raise TypeError(
                    "appointment_follow_up_template_ids: unexpected "
                    + type(appointment_follow_up_template_ids).__name__
                )
            appointment_follow_up_template_ids_type_0 = []
            _appointment_follow_up_template_ids_type_0 = appointment_follow_up_template_ids
            for appointment_follow_up_template_ids_type_0_item_data in _appointment_follow_up_template_ids_type_0:

                def _parse_appointment_follow_up_template_ids_type_0_item(data: object) -> int | str:
                    return cast(int | str, data)

                appointment_follow_up_template_ids_type_0_item = _parse_appointment_follow_up_template_ids_type_0_item(
                    appointment_follow_up_template_ids_type_0_item_data
                )

                appointment_follow_up_template_ids_type_0.append(appointment_follow_up_template_ids_type_0_item)

            appointment_follow_up_template_ids = appointment_follow_up_template_ids_type_0

        appointment_reminder_template_ids = raw_appointment_reminder_template_ids
        if appointment_reminder_template_ids is not None and appointment_reminder_template_ids is not UNSET:
            if not isinstance(appointment_reminder_template_ids, list):
                raise TypeError(
                    "appointment_reminder_template_ids: unexpected " + type(appointment_reminder_template_ids).__name__
                )
            appointment_reminder_template_ids_type_0 = []
            _appointment_reminder_template_ids_type_0 = appointment_reminder_template_ids
            for appointment_reminder_template_ids_type_0_item_data in _appointment_reminder_template_ids_type_0:

                def _parse_appointment_reminder_template_ids_type_0_item(data: object) -> int | str:
                    return cast(int | str, data)

                appointment_reminder_template_ids_type_0_item = _parse_appointment_reminder_template_ids_type_0_item(
                    appointment_reminder_template_ids_type_0_item_data
                )

                appointment_reminder_template_ids_type_0.append(appointment_reminder_template_ids_type_0_item)

            appointment_reminder_template_ids = appointment_reminder_template_ids_type_0

        _practitioners = raw_practitioners
        practitioners: Link | Unset
        if _practitioners is UNSET:
            practitioners = UNSET
        else:
            practitioners = Link.from_dict(_practitioners)

        _treatment_note_template = raw_treatment_note_template
        treatment_note_template: Link | Unset
        if _treatment_note_template is UNSET:
            treatment_note_template = UNSET
        else:
            treatment_note_template = Link.from_dict(_treatment_note_template)

        _appointment_type_billable_items = raw_appointment_type_billable_items
        appointment_type_billable_items: Link | Unset
        if _appointment_type_billable_items is UNSET:
            appointment_type_billable_items = UNSET
        else:
            appointment_type_billable_items = Link.from_dict(_appointment_type_billable_items)

        _appointment_type_products = raw_appointment_type_products
        appointment_type_products: Link | Unset
        if _appointment_type_products is UNSET:
            appointment_type_products = UNSET
        else:
            appointment_type_products = Link.from_dict(_appointment_type_products)

        _billable_item = raw_billable_item
        billable_item: Link | Unset
        if _billable_item is UNSET:
            billable_item = UNSET
        else:
            billable_item = Link.from_dict(_billable_item)

        _product = raw_product
        product: Link | Unset
        if _product is UNSET:
            product = UNSET
        else:
            product = Link.from_dict(_product)

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
        appointment_type = _new_instance(cls)
        appointment_type.id = id
        appointment_type.name = name
        appointment_type.created_at = created_at
        appointment_type.updated_at = updated_at
        appointment_type.category = category
        appointment_type.color = color
        appointment_type.description = description
        appointment_type.duration_in_minutes = duration_in_minutes
        appointment_type.max_attendees = max_attendees
        appointment_type.show_in_online_bookings = show_in_online_bookings
        appointment_type.online_bookings_lead_time_hours = online_bookings_lead_time_hours
        appointment_type.online_payments_enabled = online_payments_enabled
        appointment_type.online_payments_mode = online_payments_mode
        appointment_type.deposit_price = deposit_price
        appointment_type.add_deposit_to_account_credit = add_deposit_to_account_credit
        appointment_type.telehealth_enabled = telehealth_enabled
        appointment_type.appointment_confirmation_template_ids = appointment_confirmation_template_ids
        appointment_type.appointment_follow_up_template_ids = appointment_follow_up_template_ids
        appointment_type.appointment_reminder_template_ids = appointment_reminder_template_ids
        appointment_type.practitioners = practitioners
        appointment_type.treatment_note_template = treatment_note_template
        appointment_type.appointment_type_billable_items = appointment_type_billable_items
        appointment_type.appointment_type_products = appointment_type_products
        appointment_type.billable_item = billable_item
        appointment_type.product = product
        appointment_type.archived_at = archived_at
        appointment_type.links = links

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
        appointment_type.additional_properties = unknown
        return appointment_type

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
