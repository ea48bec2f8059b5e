from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..redaction import redacted_repr
from ..types import UNSET, Unset

T = TypeVar("T", bound="CustomFieldOption")
# object.__new__ looked up once: cls.__new__ searched the class's bases on every call.
_new_instance = object.__new__

# The properties this model knows, in the order of the class; anything else the server sends
# is kept in additional_properties.
_PROPERTIES = (
    "token",
    "name",
    "archived",
    "selected",
)
_PROPERTY_NAMES = frozenset(_PROPERTIES)
# The name of the last lone unknown property seen (from_dict tries it first).
_LAST_UNKNOWN: list[str] = [""]


@_attrs_define
class CustomFieldOption:
    """Rules shared by requests and responses for one option of a checkboxes or radiobuttons question."""

    token: str
    """ A UUID string identifying a section, field or option of the account's custom patient fields settings.
    Checked with a pattern rather than format: uuid, so generated clients keep the token exactly as the API sent it.
    """
    name: str | Unset = UNSET
    """ A display name of 255 or fewer characters. Disregarded when creating/updating. """
    archived: bool | Unset = UNSET
    """ Whether this entry is archived in the account's settings. Disregarded when creating/updating. """
    selected: bool | Unset = UNSET
    """ Present and true when the option is chosen; an option that is not chosen omits the key (the only accepted
    value is true). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return redacted_repr(self)

    def to_dict(self) -> dict[str, Any]:
        token = self.token

        name = self.name

        archived = self.archived

        selected = self.selected

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "token": token,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if archived is not UNSET:
            field_dict["archived"] = archived
        if selected is not UNSET:
            field_dict["selected"] = selected

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        token = d["token"]
        if type(token) is not str:
            raise TypeError("token: unexpected " + type(token).__name__)

        name = d.get("name", UNSET)
        if type(name) is not str and name is not UNSET:
            raise TypeError("name: unexpected " + type(name).__name__)

        archived = d.get("archived", UNSET)
        if type(archived) is not bool and archived is not UNSET:
            raise TypeError("archived: unexpected " + type(archived).__name__)

        selected = d.get("selected", UNSET)
        if type(selected) is not bool and selected is not UNSET:
            raise TypeError("selected: unexpected " + type(selected).__name__)

        # Built without calling __init__ (the models have no validators or converters):
        # keyword arguments to an attrs __init__ took a third of the time of a whole patient.
        custom_field_option = _new_instance(cls)
        custom_field_option.token = token
        custom_field_option.name = name
        custom_field_option.archived = archived
        custom_field_option.selected = selected

        # Unknown properties, in the order they came. Counting the known keys present shows
        # whether there are any, without a loop (a required key missing raised KeyError above; an
        # optional one is UNSET exactly when absent). A new property the API adds comes in every
        # object: the last single unknown name is tried first, then one set difference.
        unknown_count = len(d) - (1 + (name is not UNSET) + (archived is not UNSET) + (selected is not UNSET))
        if not unknown_count:
            unknown: dict[str, Any] = {}
        elif unknown_count == 1 and (unknown_name := _LAST_UNKNOWN[0]) in d and unknown_name not in _PROPERTY_NAMES:
            unknown = {unknown_name: d[unknown_name]}
        else:
            names = d.keys() - _PROPERTY_NAMES
            unknown = {k: v for k, v in d.items() if k in names}
            if unknown_count == 1:
                _LAST_UNKNOWN[0] = next(iter(names))
        custom_field_option.additional_properties = unknown
        return custom_field_option

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
