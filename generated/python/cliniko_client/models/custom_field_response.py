from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.custom_field_type import CustomFieldType, check_custom_field_type
from ..redaction import redacted_repr
from ..types import UNSET, Unset

T = TypeVar("T", bound="CustomFieldResponse")
# object.__new__ looked up once: cls.__new__ searched the class's bases on every call.
_new_instance = object.__new__

# The properties this model knows, in the order of the class; anything else the server sends
# is kept in additional_properties.
_PROPERTIES = (
    "token",
    "name",
    "type",
    "archived",
    "value",
    "options",
    "other",
)
_PROPERTY_NAMES = frozenset(_PROPERTIES)
# The name of the last lone unknown property seen (from_dict tries it first).
_LAST_UNKNOWN: list[str] = [""]


@_attrs_define
class CustomFieldResponse:
    """A field as the server returns it: name and type are present, so the type-dependent rules apply."""

    token: str
    """ A UUID string identifying a section, field or option of the account's custom patient fields settings.
    Checked with a pattern rather than format: uuid, so generated clients keep the token exactly as the API sent it.
    """
    name: str
    """ A display name of 255 or fewer characters. Disregarded when creating/updating. """
    type_: CustomFieldType
    """ The kind of question. Disregarded when creating/updating: the account's definition decides. """
    archived: bool | Unset = UNSET
    """ Whether this entry is archived in the account's settings. Disregarded when creating/updating. """
    value: str | Unset = UNSET
    """ The answer to a text, paragraph or date question (date: YYYY-MM-DD). Empty values are not valid: with no
    answer, omit the key. """
    options: list[CustomFieldOption] | Unset = UNSET
    """ The field's options, each with its name. A radiobuttons question has at most one selected option: the
    server's rule, stated here in words only, because Prism's validator ignores minContains (and so rejected a
    question answered only through other) and Redocly's miscounts maxContains inside if/then;
    cliniko_client.custom_fields checks it for requests. """
    other: CustomFieldOther | Unset = UNSET
    """ Rules shared by requests and responses for the 'other' answer of a checkboxes or radiobuttons question. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return redacted_repr(self)

    def to_dict(self) -> dict[str, Any]:
        token = self.token

        name = self.name

        type_: str = self.type_

        archived = self.archived

        value = self.value

        options: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.options, Unset):
            options = []
            for options_item_data in self.options:
                options_item = options_item_data.to_dict()
                options.append(options_item)

        other: dict[str, Any] | Unset = UNSET
        if not isinstance(self.other, Unset):
            other = self.other.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "token": token,
                "name": name,
                "type": type_,
            }
        )
        if archived is not UNSET:
            field_dict["archived"] = archived
        if value is not UNSET:
            field_dict["value"] = value
        if options is not UNSET:
            field_dict["options"] = options
        if other is not UNSET:
            field_dict["other"] = other

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        token = d["token"]
        if type(token) is not str:
            raise TypeError("token: unexpected " + type(token).__name__)

        name = d["name"]
        if type(name) is not str:
            raise TypeError("name: unexpected " + type(name).__name__)

        raw_type_ = d["type"]
        if not isinstance(raw_type_, str):
            raise TypeError("type: unexpected " + type(raw_type_).__name__)
        try:
            type_ = check_custom_field_type(raw_type_)
        except TypeError as error:
            raise TypeError("type: " + str(error)) from None

        archived = d.get("archived", UNSET)
        if type(archived) is not bool and archived is not UNSET:
            raise TypeError("archived: unexpected " + type(archived).__name__)

        value = d.get("value", UNSET)
        if type(value) is not str and value is not UNSET:
            raise TypeError("value: unexpected " + type(value).__name__)

        _options = d.get("options", UNSET)
        options: list[CustomFieldOption] | Unset = UNSET
        if _options is not UNSET:
            options = [CustomFieldOption.from_dict(item) for item in _options]

        _other = d.get("other", UNSET)
        other: CustomFieldOther | Unset
        if _other is UNSET:
            other = UNSET
        else:
            other = CustomFieldOther.from_dict(_other)

        # Built without calling __init__ (the models have no validators or converters):
        # keyword arguments to an attrs __init__ took a third of the time of a whole patient.
        custom_field_response = _new_instance(cls)
        custom_field_response.token = token
        custom_field_response.name = name
        custom_field_response.type_ = type_
        custom_field_response.archived = archived
        custom_field_response.value = value
        custom_field_response.options = options
        custom_field_response.other = other

        # Unknown properties, in the order they came. Counting the known keys present shows
        # whether there are any, without a loop (a required key missing raised KeyError above; an
        # optional one is UNSET exactly when absent). A new property the API adds comes in every
        # object: the last single unknown name is tried first, then one set difference.
        unknown_count = len(d) - (
            3 + (archived is not UNSET) + (value is not UNSET) + (options is not UNSET) + (other is not UNSET)
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
        custom_field_response.additional_properties = unknown
        return custom_field_response

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
from ..models.custom_field_option import CustomFieldOption  # noqa: E402
from ..models.custom_field_other import CustomFieldOther  # noqa: E402
