from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.relation_code import RelationCode, check_relation_code
from ..redaction import redacted_repr

T = TypeVar("T", bound="RelationshipCreate")
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
class RelationshipCreate:
    """A new relationship. `patient_id`, `related_patient_id` and `relation` are required (Cliniko's document marks
    `relation` not nullable).

    """

    patient_id: int | str
    """ A 64-bit id. The live API sends a string of digits
    (`"836447129235883061"`); older examples show an integer. Treat it as a
    string: that loses no precision in any language. An integer must be
    written as one: `1.0` or `1e3` is not an id (the sandbox answers 422),
    although JSON Schema alone counts `1.0` as an integer.
    An id written as a JSON number is at most 2^53-1 (9007199254740991), the
    largest integer every JSON parser keeps exactly; send larger ids as strings.
     """
    related_patient_id: int | str
    """ A 64-bit id. The live API sends a string of digits
    (`"836447129235883061"`); older examples show an integer. Treat it as a
    string: that loses no precision in any language. An integer must be
    written as one: `1.0` or `1e3` is not an id (the sandbox answers 422),
    although JSON Schema alone counts `1.0` as an integer.
    An id written as a JSON number is at most 2^53-1 (9007199254740991), the
    largest integer every JSON parser keeps exactly; send larger ids as strings.
     """
    relation: RelationCode
    """ How the related patient is related to the patient, as a code:
    `10` Parent, `20` Child, `30` Sibling, `40` Spouse, `50` Partner,
    `60` Relative, `70` Other (Cliniko's document, the request's table).
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return redacted_repr(self)

    def to_dict(self) -> dict[str, Any]:
        patient_id: int | str
        patient_id = self.patient_id

        related_patient_id: int | str
        related_patient_id = self.related_patient_id

        relation: int = self.relation

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "patient_id": patient_id,
                "related_patient_id": related_patient_id,
                "relation": relation,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        patient_id = d["patient_id"]
        if type(patient_id) is not int and type(patient_id) is not str:
            raise TypeError("patient_id: unexpected " + type(patient_id).__name__)

        related_patient_id = d["related_patient_id"]
        if type(related_patient_id) is not int and type(related_patient_id) is not str:
            raise TypeError("related_patient_id: unexpected " + type(related_patient_id).__name__)

        raw_relation = d["relation"]
        if not isinstance(raw_relation, int):
            raise TypeError("relation: unexpected " + type(raw_relation).__name__)
        try:
            relation = check_relation_code(raw_relation)
        except TypeError as error:
            raise TypeError("relation: " + str(error)) from None

        # Built without calling __init__ (the models have no validators or converters):
        # keyword arguments to an attrs __init__ took a third of the time of a whole patient.
        relationship_create = _new_instance(cls)
        relationship_create.patient_id = patient_id
        relationship_create.related_patient_id = related_patient_id
        relationship_create.relation = relation

        # Unknown properties, in the order they came. Counting the known keys present shows
        # whether there are any, without a loop (a required key missing raised KeyError above; an
        # optional one is UNSET exactly when absent). A new property the API adds comes in every
        # object: the last single unknown name is tried first, then one set difference.
        unknown_count = len(d) - (3)
        if not unknown_count:
            unknown: dict[str, Any] = {}
        elif unknown_count == 1 and (unknown_name := _LAST_UNKNOWN[0]) in d and unknown_name not in _PROPERTY_NAMES:
            unknown = {unknown_name: d[unknown_name]}
        else:
            names = d.keys() - _PROPERTY_NAMES
            unknown = {k: v for k, v in d.items() if k in names}
            if unknown_count == 1:
                _LAST_UNKNOWN[0] = next(iter(names))
        relationship_create.additional_properties = unknown
        return relationship_create

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
