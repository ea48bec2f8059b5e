from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.relation_code import RelationCode, check_relation_code
from ..redaction import redacted_repr
from ..types import UNSET, Unset

T = TypeVar("T", bound="RelationshipUpdate")
# object.__new__ looked up once: cls.__new__ searched the class's bases on every call.
_new_instance = object.__new__

# The properties this model knows, in the order of the class; anything else the server sends
# is kept in additional_properties.
_PROPERTIES = (
    "patient_id",
    "related_patient_id",
    "relation",
)
_PROPERTY_NAMES = frozenset(_PROPERTIES)
# The name of the last lone unknown property seen (from_dict tries it first).
_LAST_UNKNOWN: list[str] = [""]


@_attrs_define
class RelationshipUpdate:
    """Relationship properties a client may write. Every one is optional; only
    the ones sent are changed. `null` is accepted nowhere.

    """

    patient_id: int | str | Unset = UNSET
    """ A 64-bit id. The live API sends a string of digits
    (`"836447129235883061"`); older examples show an integer. Treat it as a
    string: that loses no precision in any language. An integer must be
    written as one: `1.0` or `1e3` is not an id (the sandbox answers 422),
    although JSON Schema alone counts `1.0` as an integer.
    An id written as a JSON number is at most 2^53-1 (9007199254740991), the
    largest integer every JSON parser keeps exactly; send larger ids as strings.
     """
    related_patient_id: int | str | Unset = UNSET
    """ A 64-bit id. The live API sends a string of digits
    (`"836447129235883061"`); older examples show an integer. Treat it as a
    string: that loses no precision in any language. An integer must be
    written as one: `1.0` or `1e3` is not an id (the sandbox answers 422),
    although JSON Schema alone counts `1.0` as an integer.
    An id written as a JSON number is at most 2^53-1 (9007199254740991), the
    largest integer every JSON parser keeps exactly; send larger ids as strings.
     """
    relation: RelationCode | Unset = UNSET
    """ How the related patient is related to the patient, as a code:
    `10` Parent, `20` Child, `30` Sibling, `40` Spouse, `50` Partner,
    `60` Relative, `70` Other (Cliniko's document, the request's table).
     """

    def __repr__(self) -> str:
        return redacted_repr(self)

    def to_dict(self) -> dict[str, Any]:
        patient_id: int | str | Unset
        if isinstance(self.patient_id, Unset):
            patient_id = UNSET
        else:
            patient_id = self.patient_id

        related_patient_id: int | str | Unset
        if isinstance(self.related_patient_id, Unset):
            related_patient_id = UNSET
        else:
            related_patient_id = self.related_patient_id

        relation: int | Unset = UNSET
        if not isinstance(self.relation, Unset):
            relation = self.relation

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if patient_id is not UNSET:
            field_dict["patient_id"] = patient_id
        if related_patient_id is not UNSET:
            field_dict["related_patient_id"] = related_patient_id
        if relation is not UNSET:
            field_dict["relation"] = relation

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        patient_id = d.get("patient_id", UNSET)
        if type(patient_id) is not int and type(patient_id) is not str and patient_id is not UNSET:
            raise TypeError("patient_id: unexpected " + type(patient_id).__name__)

        related_patient_id = d.get("related_patient_id", UNSET)
        if (
            type(related_patient_id) is not int
            and type(related_patient_id) is not str
            and related_patient_id is not UNSET
        ):
            raise TypeError("related_patient_id: unexpected " + type(related_patient_id).__name__)

        try:
            _relation = d.get("relation", UNSET)
            relation: RelationCode | Unset
            if _relation is UNSET:
                relation = UNSET
            else:
                relation = check_relation_code(_relation)
        except TypeError as error:
            raise TypeError("relation: " + str(error)) from None

        # Built without calling __init__ (the models have no validators or converters):
        # keyword arguments to an attrs __init__ took a third of the time of a whole patient.
        relationship_update = _new_instance(cls)
        relationship_update.patient_id = patient_id
        relationship_update.related_patient_id = related_patient_id
        relationship_update.relation = relation

        return relationship_update
