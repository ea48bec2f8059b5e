from __future__ import annotations

import operator
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.online_bookings_lead_time import OnlineBookingsLeadTime, check_online_bookings_lead_time
from ..models.online_payments_mode import OnlinePaymentsMode, check_online_payments_mode
from ..redaction import redacted_repr
from ..types import UNSET, Unset

T = TypeVar("T", bound="AppointmentTypeUpdate")
# object.__new__ looked up once: cls.__new__ searched the class's bases on every call.
_new_instance = object.__new__

# The properties this model knows, in the order of the class; anything else the server sends
# is kept in additional_properties.
_PROPERTIES = (
    "name",
    "category",
    "color",
    "description",
    "duration_in_minutes",
    "max_attendees",
    "show_in_online_bookings",
    "online_bookings_lead_time_hours",
    "online_payments_mode",
    "deposit_price",
    "add_deposit_to_account_credit",
    "telehealth_enabled",
    "treatment_note_template_id",
    "billable_item_id",
    "product_id",
    "appointment_confirmation_template_ids",
    "appointment_follow_up_template_ids",
    "appointment_reminder_template_ids",
    "business_ids",
    "practitioner_ids",
)
_PROPERTY_NAMES = frozenset(_PROPERTIES)
# The name of the last lone unknown property seen (from_dict tries it first).
_LAST_UNKNOWN: list[str] = [""]
# Every property's value at once, in the order of the class (from_dict's fast path).
_READ_ALL = operator.itemgetter(*_PROPERTIES)


@_attrs_define
class AppointmentTypeUpdate:
    """Appointment type properties a client may write. Every one is optional;
    only the ones sent are changed. Id lists (`business_ids`,
    `practitioner_ids`, the template ids) replace the whole list; each id
    must name a record of the account (else a 422 naming the property).

    """

    name: str | Unset = UNSET
    """ The name, 1 to 255 characters; must not be blank. """
    category: None | str | Unset = UNSET
    """ A free-text group (`Osteopathy`). """
    color: str | Unset = UNSET
    """ The calendar colour, `#RRGGBB`. """
    description: None | str | Unset = UNSET
    """ Shown to patients booking online. """
    duration_in_minutes: int | Unset = UNSET
    """ The length of an appointment of this type, 1 to 1440 minutes. """
    max_attendees: int | Unset = UNSET
    """ How many patients one appointment takes, at least 1. """
    show_in_online_bookings: bool | None | Unset = UNSET
    """ Whether patients can book this type online. """
    online_bookings_lead_time_hours: None | OnlineBookingsLeadTime | Unset = UNSET
    """ How long before an appointment online bookings close (`OnlineBookingsLeadTime`), or `null` for the account's
    default. """
    online_payments_mode: None | OnlinePaymentsMode | Unset = UNSET
    """ How online bookings are paid (`OnlinePaymentsMode`), or `null` when they take no payment. """
    deposit_price: None | str | Unset = UNSET
    """ The deposit for `deposit_required`, a decimal string (`"20.00"`). """
    add_deposit_to_account_credit: bool | None | Unset = UNSET
    """ Whether a deposit paid online goes to account credit. """
    telehealth_enabled: bool | None | Unset = UNSET
    """ Whether appointments of this type are held by video. """
    treatment_note_template_id: int | str | Unset = UNSET
    """ A 64-bit id. The live API sends a string of digits
    (`"836447129235883061"`); older examples show an integer. Treat it as a
    string: that loses no precision in any language. An integer must be
    written as one: `1.0` or `1e3` is not an id (the sandbox answers 422),
    although JSON Schema alone counts `1.0` as an integer.
    An id written as a JSON number is at most 2^53-1 (9007199254740991), the
    largest integer every JSON parser keeps exactly; send larger ids as strings.
     """
    billable_item_id: int | str | Unset = UNSET
    """ A 64-bit id. The live API sends a string of digits
    (`"836447129235883061"`); older examples show an integer. Treat it as a
    string: that loses no precision in any language. An integer must be
    written as one: `1.0` or `1e3` is not an id (the sandbox answers 422),
    although JSON Schema alone counts `1.0` as an integer.
    An id written as a JSON number is at most 2^53-1 (9007199254740991), the
    largest integer every JSON parser keeps exactly; send larger ids as strings.
     """
    product_id: int | str | Unset = UNSET
    """ A 64-bit id. The live API sends a string of digits
    (`"836447129235883061"`); older examples show an integer. Treat it as a
    string: that loses no precision in any language. An integer must be
    written as one: `1.0` or `1e3` is not an id (the sandbox answers 422),
    although JSON Schema alone counts `1.0` as an integer.
    An id written as a JSON number is at most 2^53-1 (9007199254740991), the
    largest integer every JSON parser keeps exactly; send larger ids as strings.
     """
    appointment_confirmation_template_ids: list[int | str] | None | Unset = UNSET
    """ The confirmation message templates. """
    appointment_follow_up_template_ids: list[int | str] | None | Unset = UNSET
    """ The follow-up message templates. """
    appointment_reminder_template_ids: list[int | str] | None | Unset = UNSET
    """ The reminder message templates. """
    business_ids: list[int | str] | Unset = UNSET
    """ The businesses offering this type, each a business of the account (else a 422 naming `business_ids`). """
    practitioner_ids: list[int | str] | Unset = UNSET
    """ The practitioners offering this type, each a practitioner of the account (else a 422 naming
    `practitioner_ids`). """

    def __repr__(self) -> str:
        return redacted_repr(self)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        category: None | str | Unset
        if isinstance(self.category, Unset):
            category = UNSET
        else:
            category = self.category

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

        treatment_note_template_id: int | str | Unset
        if isinstance(self.treatment_note_template_id, Unset):
            treatment_note_template_id = UNSET
        else:
            treatment_note_template_id = self.treatment_note_template_id

        billable_item_id: int | str | Unset
        if isinstance(self.billable_item_id, Unset):
            billable_item_id = UNSET
        else:
            billable_item_id = self.billable_item_id

        product_id: int | str | Unset
        if isinstance(self.product_id, Unset):
            product_id = UNSET
        else:
            product_id = self.product_id

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

        business_ids: list[int | str] | Unset = UNSET
        if not isinstance(self.business_ids, Unset):
            business_ids = []
            for business_ids_item_data in self.business_ids:
                business_ids_item: int | str
                business_ids_item = business_ids_item_data
                business_ids.append(business_ids_item)

        practitioner_ids: list[int | str] | Unset = UNSET
        if not isinstance(self.practitioner_ids, Unset):
            practitioner_ids = []
            for practitioner_ids_item_data in self.practitioner_ids:
                practitioner_ids_item: int | str
                practitioner_ids_item = practitioner_ids_item_data
                practitioner_ids.append(practitioner_ids_item)

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
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
        if online_payments_mode is not UNSET:
            field_dict["online_payments_mode"] = online_payments_mode
        if deposit_price is not UNSET:
            field_dict["deposit_price"] = deposit_price
        if add_deposit_to_account_credit is not UNSET:
            field_dict["add_deposit_to_account_credit"] = add_deposit_to_account_credit
        if telehealth_enabled is not UNSET:
            field_dict["telehealth_enabled"] = telehealth_enabled
        if treatment_note_template_id is not UNSET:
            field_dict["treatment_note_template_id"] = treatment_note_template_id
        if billable_item_id is not UNSET:
            field_dict["billable_item_id"] = billable_item_id
        if product_id is not UNSET:
            field_dict["product_id"] = product_id
        if appointment_confirmation_template_ids is not UNSET:
            field_dict["appointment_confirmation_template_ids"] = appointment_confirmation_template_ids
        if appointment_follow_up_template_ids is not UNSET:
            field_dict["appointment_follow_up_template_ids"] = appointment_follow_up_template_ids
        if appointment_reminder_template_ids is not UNSET:
            field_dict["appointment_reminder_template_ids"] = appointment_reminder_template_ids
        if business_ids is not UNSET:
            field_dict["business_ids"] = business_ids
        if practitioner_ids is not UNSET:
            field_dict["practitioner_ids"] = practitioner_ids

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
                category,
                color,
                description,
                duration_in_minutes,
                max_attendees,
                show_in_online_bookings,
                raw_online_bookings_lead_time_hours,
                raw_online_payments_mode,
                deposit_price,
                add_deposit_to_account_credit,
                telehealth_enabled,
                treatment_note_template_id,
                billable_item_id,
                product_id,
                raw_appointment_confirmation_template_ids,
                raw_appointment_follow_up_template_ids,
                raw_appointment_reminder_template_ids,
                raw_business_ids,
                raw_practitioner_ids,
            ) = _READ_ALL(d)
        except KeyError:
            name = d.get("name", UNSET)
            category = d.get("category", UNSET)
            color = d.get("color", UNSET)
            description = d.get("description", UNSET)
            duration_in_minutes = d.get("duration_in_minutes", UNSET)
            max_attendees = d.get("max_attendees", UNSET)
            show_in_online_bookings = d.get("show_in_online_bookings", UNSET)
            raw_online_bookings_lead_time_hours = d.get("online_bookings_lead_time_hours", UNSET)
            raw_online_payments_mode = d.get("online_payments_mode", UNSET)
            deposit_price = d.get("deposit_price", UNSET)
            add_deposit_to_account_credit = d.get("add_deposit_to_account_credit", UNSET)
            telehealth_enabled = d.get("telehealth_enabled", UNSET)
            treatment_note_template_id = d.get("treatment_note_template_id", UNSET)
            billable_item_id = d.get("billable_item_id", UNSET)
            product_id = d.get("product_id", UNSET)
            raw_appointment_confirmation_template_ids = d.get("appointment_confirmation_template_ids", UNSET)
            raw_appointment_follow_up_template_ids = d.get("appointment_follow_up_template_ids", UNSET)
            raw_appointment_reminder_template_ids = d.get("appointment_reminder_template_ids", UNSET)
            raw_business_ids = d.get("business_ids", UNSET)
            raw_practitioner_ids = d.get("practitioner_ids", UNSET)

        if type(name) is not str and name is not UNSET:
            raise TypeError("name: unexpected " + type(name).__name__)

        if type(category) is not str and category is not None and category is not UNSET:
            raise TypeError("category: unexpected " + type(category).__name__)

        if type(color) is not str and color is not UNSET:
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

        if (
            type(treatment_note_template_id) is not int
            and type(treatment_note_template_id) is not str
            and treatment_note_template_id is not UNSET
        ):
            raise TypeError("treatment_note_template_id: unexpected " + type(treatment_note_template_id).__name__)

        if type(billable_item_id) is not int and type(billable_item_id) is not str and billable_item_id is not UNSET:
            raise TypeError("billable_item_id: unexpected " + type(billable_item_id).__name__)

        if type(product_id) is not int and type(product_id) is not str and product_id is not UNSET:
            raise TypeError("product_id: unexpected " + type(product_id).__name__)

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

        _business_ids = raw_business_ids
        business_ids: list[int | str] | Unset = UNSET
        if _business_ids is not UNSET:
            business_ids = []
            for business_ids_item_data in _business_ids:

                def _parse_business_ids_item(data: object) -> int | str:
                    return cast(int | str, data)

                business_ids_item = _parse_business_ids_item(business_ids_item_data)

                business_ids.append(business_ids_item)

        _practitioner_ids = raw_practitioner_ids
        practitioner_ids: list[int | str] | Unset = UNSET
        if _practitioner_ids is not UNSET:
            practitioner_ids = []
            for practitioner_ids_item_data in _practitioner_ids:

                def _parse_practitioner_ids_item(data: object) -> int | str:
                    return cast(int | str, data)

                practitioner_ids_item = _parse_practitioner_ids_item(practitioner_ids_item_data)

                practitioner_ids.append(practitioner_ids_item)

        # Built without calling __init__ (the models have no validators or converters):
        # keyword arguments to an attrs __init__ took a third of the time of a whole patient.
        appointment_type_update = _new_instance(cls)
        appointment_type_update.name = name
        appointment_type_update.category = category
        appointment_type_update.color = color
        appointment_type_update.description = description
        appointment_type_update.duration_in_minutes = duration_in_minutes
        appointment_type_update.max_attendees = max_attendees
        appointment_type_update.show_in_online_bookings = show_in_online_bookings
        appointment_type_update.online_bookings_lead_time_hours = online_bookings_lead_time_hours
        appointment_type_update.online_payments_mode = online_payments_mode
        appointment_type_update.deposit_price = deposit_price
        appointment_type_update.add_deposit_to_account_credit = add_deposit_to_account_credit
        appointment_type_update.telehealth_enabled = telehealth_enabled
        appointment_type_update.treatment_note_template_id = treatment_note_template_id
        appointment_type_update.billable_item_id = billable_item_id
        appointment_type_update.product_id = product_id
        appointment_type_update.appointment_confirmation_template_ids = appointment_confirmation_template_ids
        appointment_type_update.appointment_follow_up_template_ids = appointment_follow_up_template_ids
        appointment_type_update.appointment_reminder_template_ids = appointment_reminder_template_ids
        appointment_type_update.business_ids = business_ids
        appointment_type_update.practitioner_ids = practitioner_ids

        return appointment_type_update
