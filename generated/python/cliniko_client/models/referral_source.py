from __future__ import annotations

import datetime
import operator
from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.referrer_type import ReferrerType, check_referrer_type
from ..redaction import redacted_repr
from ..types import UNSET, Unset

T = TypeVar("T", bound="ReferralSource")
# object.__new__ looked up once: cls.__new__ searched the class's bases on every call.
_new_instance = object.__new__

# The properties this model knows, in the order of the class; anything else the server sends
# is kept in additional_properties.
_PROPERTIES = (
    "patient",
    "links",
    "id",
    "referral_source_type",
    "referrer",
    "referrer_type",
    "subcategory",
    "notes",
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
class ReferralSource:
    """How one patient came to the business: a type of referral source of the
    account (`referral_source_type`), and depending on that type a referrer
    (another patient or a contact, `referrer` and `referrer_type`), a
    subcategory of the type, or neither; `notes` are free text. Each patient
    has at most one; its URL is the patient's (`/patients/ID/referral_source`).
    Unknown properties may appear as the API grows; clients must keep them,
    not fail on them.

    Only `links` and `patient` are always present: the 2020 documentation
    shows no `id`, `created_at` or `updated_at`, which Cliniko's 2025
    document lists; keep an absent property absent.

    """

    patient: Link
    """ A link to a related resource or collection. """
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
    referral_source_type: Link | None | Unset = UNSET
    """ A link to a related resource, or `null` when there is none. """
    referrer: Link | None | Unset = UNSET
    """ A link to a related resource, or `null` when there is none. """
    referrer_type: None | ReferrerType | Unset = UNSET
    """ `Patient` or `Contact`, the kind of `referrer`, or `null`. """
    subcategory: None | str | Unset = UNSET
    """ The subcategory of a custom referral source type (the account's own wording), or `null`. """
    notes: None | str | Unset = UNSET
    """ Notes about the referral, free text, or `null`. """
    created_at: datetime.datetime | Unset = UNSET
    """ When the referral source was recorded (UTC; Cliniko's document). """
    updated_at: datetime.datetime | Unset = UNSET
    """ When the referral source was last changed (UTC; Cliniko's document). """
    archived_at: datetime.datetime | Literal[""] | None | Unset = UNSET
    """ A UTC timestamp, or `""` / `null` when unset (the original examples show `""`, the live API sends `null`).
    """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return redacted_repr(self)

    def to_dict(self) -> dict[str, Any]:
        patient = self.patient.to_dict()

        links = self.links.to_dict()

        id: int | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        referral_source_type: dict[str, Any] | None | Unset
        if isinstance(self.referral_source_type, Unset):
            referral_source_type = UNSET
        elif isinstance(self.referral_source_type, Link):
            referral_source_type = self.referral_source_type.to_dict()
        else:
            referral_source_type = self.referral_source_type

        referrer: dict[str, Any] | None | Unset
        if isinstance(self.referrer, Unset):
            referrer = UNSET
        elif isinstance(self.referrer, Link):
            referrer = self.referrer.to_dict()
        else:
            referrer = self.referrer

        referrer_type: None | str | Unset
        if isinstance(self.referrer_type, Unset):
            referrer_type = UNSET
        elif isinstance(self.referrer_type, str):
            referrer_type = self.referrer_type
        else:
            referrer_type = self.referrer_type

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
                "patient": patient,
                "links": links,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if referral_source_type is not UNSET:
            field_dict["referral_source_type"] = referral_source_type
        if referrer is not UNSET:
            field_dict["referrer"] = referrer
        if referrer_type is not UNSET:
            field_dict["referrer_type"] = referrer_type
        if subcategory is not UNSET:
            field_dict["subcategory"] = subcategory
        if notes is not UNSET:
            field_dict["notes"] = notes
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if archived_at is not UNSET:
            field_dict["archived_at"] = archived_at

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
                raw_patient,
                raw_links,
                id,
                raw_referral_source_type,
                raw_referrer,
                raw_referrer_type,
                subcategory,
                notes,
                raw_created_at,
                raw_updated_at,
                raw_archived_at,
            ) = _READ_ALL(d)
            known_count = 11
        except KeyError:
            raw_patient = d["patient"]
            raw_links = d["links"]
            id = d.get("id", UNSET)
            raw_referral_source_type = d.get("referral_source_type", UNSET)
            raw_referrer = d.get("referrer", UNSET)
            raw_referrer_type = d.get("referrer_type", UNSET)
            subcategory = d.get("subcategory", UNSET)
            notes = d.get("notes", UNSET)
            raw_created_at = d.get("created_at", UNSET)
            raw_updated_at = d.get("updated_at", UNSET)
            raw_archived_at = d.get("archived_at", UNSET)
            known_count = (
                2
                + (id is not UNSET)
                + (raw_referral_source_type is not UNSET)
                + (raw_referrer is not UNSET)
                + (raw_referrer_type is not UNSET)
                + (subcategory is not UNSET)
                + (notes is not UNSET)
                + (raw_created_at is not UNSET)
                + (raw_updated_at is not UNSET)
                + (raw_archived_at is not UNSET)
            )

        if not isinstance(raw_patient, dict):
            raise TypeError("patient: unexpected " + type(raw_patient).__name__)
        patient = Link.from_dict(raw_patient)

        if not isinstance(raw_links, dict):
            raise TypeError("links: unexpected " + type(raw_links).__name__)
        links = SelfLinks.from_dict(raw_links)

        if type(id) is not int and type(id) is not str and id is not UNSET:
            raise TypeError("id: unexpected " + type(id).__name__)

        referral_source_type = raw_referral_source_type
        if referral_source_type is not None and referral_source_type is not UNSET:
            if not isinstance(referral_source_type, dict):
                raise TypeError("referral_source_type: unexpected " + type(referral_source_type).__name__)
            componentsschemas_nullable_link_type_0 = Link.from_dict(referral_source_type)

            referral_source_type = componentsschemas_nullable_link_type_0

        referrer = raw_referrer
        if referrer is not None and referrer is not UNSET:
            if not isinstance(referrer, dict):
                raise TypeError("referrer: unexpected " + type(referrer).__name__)
            componentsschemas_nullable_link_type_0 = Link.from_dict(referrer)

            referrer = componentsschemas_nullable_link_type_0

        referrer_type = raw_referrer_type
        if referrer_type is not None and referrer_type is not UNSET:
            if not isinstance(referrer_type, str):
                raise TypeError("referrer_type: unexpected " + type(referrer_type).__name__)
            try:
                referrer_type_type_0 = check_referrer_type(referrer_type)
            except TypeError as error:
                raise TypeError("referrer_type: " + str(error)) from None
            referrer_type = referrer_type_type_0

        if type(subcategory) is not str and subcategory is not None and subcategory is not UNSET:
            raise TypeError("subcategory: unexpected " + type(subcategory).__name__)

        if type(notes) is not str and notes is not None and notes is not UNSET:
            raise TypeError("notes: unexpected " + type(notes).__name__)

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
        referral_source = _new_instance(cls)
        referral_source.patient = patient
        referral_source.links = links
        referral_source.id = id
        referral_source.referral_source_type = referral_source_type
        referral_source.referrer = referrer
        referral_source.referrer_type = referrer_type
        referral_source.subcategory = subcategory
        referral_source.notes = notes
        referral_source.created_at = created_at
        referral_source.updated_at = updated_at
        referral_source.archived_at = archived_at

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
        referral_source.additional_properties = unknown
        return referral_source

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
