from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..redaction import redacted_repr
from ..types import UNSET, Unset

T = TypeVar("T", bound="MedicalAlertUpdate")
# object.__new__ looked up once: cls.__new__ searched the class's bases on every call.
_new_instance = object.__new__

# The properties this model knows, in the order of the class; anything else the server sends
# is kept in additional_properties.
_PROPERTIES = (
    "name",
    "patient_id",
)
_PROPERTY_NAMES = frozenset(_PROPERTIES)
# The name of the last lone unknown property seen (from_dict tries it first).
_LAST_UNKNOWN: list[str] = [""]


@_attrs_define
class MedicalAlertUpdate:
    """Medical alert properties a client may write. Every one is optional; only
    the ones sent are changed. Read-only properties (`id`, timestamps, links)
    are not accepted. `null` is accepted nowhere: an alert always has a name
    and a patient.

    """

    name: str | Unset = UNSET
    """ The alert's text, 1 to 255 characters; must not be blank (Cliniko's document says `minLength: 1`). """
    patient_id: int | str | Unset = UNSET
    """ A 64-bit id. The live API sends a string of digits
    (`"836447129235883061"`); older examples show an integer. Treat it as a
    string: that loses no precision in any language. An integer must be
    written as one: `1.0` or `1e3` is not an id (the sandbox answers 422),
    although JSON Schema alone counts `1.0` as an integer.
    An id written as a JSON number is at most 2^53-1 (9007199254740991), the
    largest integer every JSON parser keeps exactly; send larger ids as strings.
     """

    def __repr__(self) -> str:
        return redacted_repr(self)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        patient_id: int | str | Unset
        if isinstance(self.patient_id, Unset):
            patient_id = UNSET
        else:
            patient_id = self.patient_id

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if patient_id is not UNSET:
            field_dict["patient_id"] = patient_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        name = d.get("name", UNSET)
        if type(name) is not str and name is not UNSET:
            raise TypeError("name: unexpected " + type(name).__name__)

        patient_id = d.get("patient_id", UNSET)
        if type(patient_id) is not int and type(patient_id) is not str and patient_id is not UNSET:
            raise TypeError("patient_id: unexpected " + type(patient_id).__name__)

        # Built without calling __init__ (the models have no validators or converters):
        # keyword arguments to an attrs __init__ took a third of the time of a whole patient.
        medical_alert_update = _new_instance(cls)
        medical_alert_update.name = name
        medical_alert_update.patient_id = patient_id

        return medical_alert_update
