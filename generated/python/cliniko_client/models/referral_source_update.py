from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..redaction import redacted_repr
from ..types import UNSET, Unset

T = TypeVar("T", bound="ReferralSourceUpdate")
# object.__new__ looked up once: cls.__new__ searched the class's bases on every call.
_new_instance = object.__new__

# The properties this model knows, in the order of the class; anything else the server sends
# is kept in additional_properties.
_PROPERTIES = (
    "referral_source_type_id",
    "referrer_id",
    "subcategory",
    "notes",
)
_PROPERTY_NAMES = frozenset(_PROPERTIES)
# The name of the last lone unknown property seen (from_dict tries it first).
_LAST_UNKNOWN: list[str] = [""]


@_attrs_define
class ReferralSourceUpdate:
    """What a client may write of a patient's referral source (the 2020
    documentation's requests). Every property is optional; only the ones
    sent are changed. Which are needed depends on the type: a referrer for
    a patient or contact type, a subcategory (one of the type's own) for a
    custom type, neither for "Other".

    """

    referral_source_type_id: int | str | Unset = UNSET
    """ A 64-bit id. The live API sends a string of digits
    (`"836447129235883061"`); older examples show an integer. Treat it as a
    string: that loses no precision in any language. An integer must be
    written as one: `1.0` or `1e3` is not an id (the sandbox answers 422),
    although JSON Schema alone counts `1.0` as an integer.
    An id written as a JSON number is at most 2^53-1 (9007199254740991), the
    largest integer every JSON parser keeps exactly; send larger ids as strings.
     """
    referrer_id: int | str | Unset = UNSET
    """ A 64-bit id. The live API sends a string of digits
    (`"836447129235883061"`); older examples show an integer. Treat it as a
    string: that loses no precision in any language. An integer must be
    written as one: `1.0` or `1e3` is not an id (the sandbox answers 422),
    although JSON Schema alone counts `1.0` as an integer.
    An id written as a JSON number is at most 2^53-1 (9007199254740991), the
    largest integer every JSON parser keeps exactly; send larger ids as strings.
     """
    subcategory: None | str | Unset = UNSET
    """ A subcategory of a custom type; must match one of the type's subcategories (2020 docs). `null` clears it.
    """
    notes: None | str | Unset = UNSET
    """ Notes about the referral; `null` clears them. """

    def __repr__(self) -> str:
        return redacted_repr(self)

    def to_dict(self) -> dict[str, Any]:
        referral_source_type_id: int | str | Unset
        if isinstance(self.referral_source_type_id, Unset):
            referral_source_type_id = UNSET
        else:
            referral_source_type_id = self.referral_source_type_id

        referrer_id: int | str | Unset
        if isinstance(self.referrer_id, Unset):
            referrer_id = UNSET
        else:
            referrer_id = self.referrer_id

        subcategory: None | str | Unset
        if isinstance(self.subcategory, Unset):
            subcategory = UNSET
        else:
            subcategory = self.subcategory

        notes: None | str | Unset
        if isinstance(self.notes, Unset):
            notes = UNSET
        else:
            notes = self.notes

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if referral_source_type_id is not UNSET:
            field_dict["referral_source_type_id"] = referral_source_type_id
        if referrer_id is not UNSET:
            field_dict["referrer_id"] = referrer_id
        if subcategory is not UNSET:
            field_dict["subcategory"] = subcategory
        if notes is not UNSET:
            field_dict["notes"] = notes

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        referral_source_type_id = d.get("referral_source_type_id", UNSET)
        if (
            type(referral_source_type_id) is not int
            and type(referral_source_type_id) is not str
            and referral_source_type_id is not UNSET
        ):
            raise TypeError("referral_source_type_id: unexpected " + type(referral_source_type_id).__name__)

        referrer_id = d.get("referrer_id", UNSET)
        if type(referrer_id) is not int and type(referrer_id) is not str and referrer_id is not UNSET:
            raise TypeError("referrer_id: unexpected " + type(referrer_id).__name__)

        subcategory = d.get("subcategory", UNSET)
        if type(subcategory) is not str and subcategory is not None and subcategory is not UNSET:
            raise TypeError("subcategory: unexpected " + type(subcategory).__name__)

        notes = d.get("notes", UNSET)
        if type(notes) is not str and notes is not None and notes is not UNSET:
            raise TypeError("notes: unexpected " + type(notes).__name__)

        # Built without calling __init__ (the models have no validators or converters):
        # keyword arguments to an attrs __init__ took a third of the time of a whole patient.
        referral_source_update = _new_instance(cls)
        referral_source_update.referral_source_type_id = referral_source_type_id
        referral_source_update.referrer_id = referrer_id
        referral_source_update.subcategory = subcategory
        referral_source_update.notes = notes

        return referral_source_update
