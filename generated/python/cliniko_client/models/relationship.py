from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.relation_code import RelationCode, check_relation_code
from ..models.relation_name import RelationName, check_relation_name
from ..redaction import redacted_repr
from ..types import UNSET, Unset

T = TypeVar("T", bound="Relationship")
# object.__new__ looked up once: cls.__new__ searched the class's bases on every call.
_new_instance = object.__new__

# The properties this model knows, in the order of the class; anything else the server sends
# is kept in additional_properties.
_PROPERTIES = (
    "id",
    "created_at",
    "updated_at",
    "patient",
    "related_patient",
    "relation",
    "relation_description",
    "archived_at",
    "links",
)
_PROPERTY_NAMES = frozenset(_PROPERTIES)
# The name of the last lone unknown property seen (from_dict tries it first).
_LAST_UNKNOWN: list[str] = [""]


@_attrs_define
class Relationship:
    """A relationship between two patients of the account: `related_patient`
    is the `relation` (Parent, Child, ...) of `patient`. Unknown properties
    may appear as the API grows; clients must keep them, not fail on them.

    Only `id`, `created_at` and `updated_at` are always present and never
    `null`; `relation` and `relation_description` may be `null` (Cliniko's
    document). No documentation before Cliniko's 2025 document shows a
    relationship.

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
    """ When the relationship was created (UTC). """
    updated_at: datetime.datetime
    """ When the relationship was last changed (UTC). """
    patient: Link | Unset = UNSET
    """ A link to a related resource or collection. """
    related_patient: Link | Unset = UNSET
    """ A link to a related resource or collection. """
    relation: None | RelationCode | Unset = UNSET
    """ What `related_patient` is to `patient` (`RelationCode`, `10` Parent ... `70` Other), or `null`. """
    relation_description: None | RelationName | Unset = UNSET
    """ The name of `relation` (`Parent`), or `null`; read-only. """
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

        created_at = self.created_at.isoformat().replace("+00:00", "Z")

        updated_at = self.updated_at.isoformat().replace("+00:00", "Z")

        patient: dict[str, Any] | Unset = UNSET
        if not isinstance(self.patient, Unset):
            patient = self.patient.to_dict()

        related_patient: dict[str, Any] | Unset = UNSET
        if not isinstance(self.related_patient, Unset):
            related_patient = self.related_patient.to_dict()

        relation: int | None | Unset
        if isinstance(self.relation, Unset):
            relation = UNSET
        elif isinstance(self.relation, int):
            relation = self.relation
        else:
            relation = self.relation

        relation_description: None | str | Unset
        if isinstance(self.relation_description, Unset):
            relation_description = UNSET
        elif isinstance(self.relation_description, str):
            relation_description = self.relation_description
        else:
            relation_description = self.relation_description

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
                "created_at": created_at,
                "updated_at": updated_at,
            }
        )
        if patient is not UNSET:
            field_dict["patient"] = patient
        if related_patient is not UNSET:
            field_dict["related_patient"] = related_patient
        if relation is not UNSET:
            field_dict["relation"] = relation
        if relation_description is not UNSET:
            field_dict["relation_description"] = relation_description
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
        id = d["id"]
        if type(id) is not int and type(id) is not str:
            raise TypeError("id: unexpected " + type(id).__name__)

        raw_created_at = d["created_at"]
        if not isinstance(raw_created_at, str):
            raise TypeError("created_at: unexpected " + type(raw_created_at).__name__)
        created_at = datetime.datetime.fromisoformat(raw_created_at)

        raw_updated_at = d["updated_at"]
        if not isinstance(raw_updated_at, str):
            raise TypeError("updated_at: unexpected " + type(raw_updated_at).__name__)
        updated_at = datetime.datetime.fromisoformat(raw_updated_at)

        _patient = d.get("patient", UNSET)
        patient: Link | Unset
        if _patient is UNSET:
            patient = UNSET
        else:
            patient = Link.from_dict(_patient)

        _related_patient = d.get("related_patient", UNSET)
        related_patient: Link | Unset
        if _related_patient is UNSET:
            related_patient = UNSET
        else:
            related_patient = Link.from_dict(_related_patient)

        relation = d.get("relation", UNSET)
        if relation is not None and relation is not UNSET:
            if not isinstance(relation, int):
                raise TypeError("relation: unexpected " + type(relation).__name__)
            try:
                relation_type_0 = check_relation_code(relation)
            except TypeError as error:
                raise TypeError("relation: " + str(error)) from None
            relation = relation_type_0

        relation_description = d.get("relation_description", UNSET)
        if relation_description is not None and relation_description is not UNSET:
            if not isinstance(relation_description, str):
                raise TypeError("relation_description: unexpected " + type(relation_description).__name__)
            try:
                relation_description_type_0 = check_relation_name(relation_description)
            except TypeError as error:
                raise TypeError("relation_description: " + str(error)) from None
            relation_description = relation_description_type_0

        archived_at = d.get("archived_at", UNSET)
        if archived_at is not None and archived_at is not UNSET:
            archived_at = cls._parse_archived_at(archived_at)

        _links = d.get("links", UNSET)
        links: SelfLinks | Unset
        if _links is UNSET:
            links = UNSET
        else:
            links = SelfLinks.from_dict(_links)

        # Built without calling __init__ (the models have no validators or converters):
        # keyword arguments to an attrs __init__ took a third of the time of a whole patient.
        relationship = _new_instance(cls)
        relationship.id = id
        relationship.created_at = created_at
        relationship.updated_at = updated_at
        relationship.patient = patient
        relationship.related_patient = related_patient
        relationship.relation = relation
        relationship.relation_description = relation_description
        relationship.archived_at = archived_at
        relationship.links = links

        # Unknown properties, in the order they came. Counting the known keys present shows
        # whether there are any, without a loop (a required key missing raised KeyError above; an
        # optional one is UNSET exactly when absent). A new property the API adds comes in every
        # object: the last single unknown name is tried first, then one set difference.
        unknown_count = len(d) - (
            3
            + (patient is not UNSET)
            + (related_patient is not UNSET)
            + (relation is not UNSET)
            + (relation_description is not UNSET)
            + (archived_at is not UNSET)
            + (links is not UNSET)
        )
        if not unknown_count:
            unknown: dict[str, Any] = {}
        elif unknown_count == 1 and (unknown_name := _LAST_UNKNOWN[0]) in d and unknown_name not in _PROPERTY_NAMES:
            unknown = {unknown_name: d[unknown_name]}
        else:
            names = d.keys() - _PROPERTY_NAMES
            unknown = {k: v for k, v in d.items() if k in names}
            if unknown_count == 1:
                _LAST_UNKNOWN[0] = next(iter(names))
        relationship.additional_properties = unknown
        return relationship

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
