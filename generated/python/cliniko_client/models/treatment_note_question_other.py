from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..redaction import redacted_repr
from ..types import UNSET, Unset

T = TypeVar("T", bound="TreatmentNoteQuestionOther")
# object.__new__ looked up once: cls.__new__ searched the class's bases on every call.
_new_instance = object.__new__

# The properties this model knows, in the order of the class; anything else the server sends
# is kept in additional_properties.
_PROPERTIES = (
    "enabled",
    "selected",
    "value",
)
_PROPERTY_NAMES = frozenset(_PROPERTIES)
# The name of the last lone unknown property seen (from_dict tries it first).
_LAST_UNKNOWN: list[str] = [""]


@_attrs_define
class TreatmentNoteQuestionOther:
    """The question's free "other" answer (checkboxes and radiobuttons)."""

    enabled: bool | Unset = UNSET
    """ Whether the question offers an "other" answer. """
    selected: bool | Unset = UNSET
    """ Whether "other" was chosen (only when `enabled`). """
    value: str | Unset = UNSET
    """ The "other" answer's text (only when `selected`). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return redacted_repr(self)

    def to_dict(self) -> dict[str, Any]:
        enabled = self.enabled

        selected = self.selected

        value = self.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if enabled is not UNSET:
            field_dict["enabled"] = enabled
        if selected is not UNSET:
            field_dict["selected"] = selected
        if value is not UNSET:
            field_dict["value"] = value

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        enabled = d.get("enabled", UNSET)
        if type(enabled) is not bool and enabled is not UNSET:
            raise TypeError("enabled: unexpected " + type(enabled).__name__)

        selected = d.get("selected", UNSET)
        if type(selected) is not bool and selected is not UNSET:
            raise TypeError("selected: unexpected " + type(selected).__name__)

        value = d.get("value", UNSET)
        if type(value) is not str and value is not UNSET:
            raise TypeError("value: unexpected " + type(value).__name__)

        # Built without calling __init__ (the models have no validators or converters):
        # keyword arguments to an attrs __init__ took a third of the time of a whole patient.
        treatment_note_question_other = _new_instance(cls)
        treatment_note_question_other.enabled = enabled
        treatment_note_question_other.selected = selected
        treatment_note_question_other.value = value

        # Unknown properties, in the order they came. Counting the known keys present shows
        # whether there are any, without a loop (a required key missing raised KeyError above; an
        # optional one is UNSET exactly when absent). A new property the API adds comes in every
        # object: the last single unknown name is tried first, then one set difference.
        unknown_count = len(d) - (0 + (enabled is not UNSET) + (selected is not UNSET) + (value is not UNSET))
        if not unknown_count:
            unknown: dict[str, Any] = {}
        elif unknown_count == 1 and (unknown_name := _LAST_UNKNOWN[0]) in d and unknown_name not in _PROPERTY_NAMES:
            unknown = {unknown_name: d[unknown_name]}
        else:
            names = d.keys() - _PROPERTY_NAMES
            unknown = {k: v for k, v in d.items() if k in names}
            if unknown_count == 1:
                _LAST_UNKNOWN[0] = next(iter(names))
        treatment_note_question_other.additional_properties = unknown
        return treatment_note_question_other

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
