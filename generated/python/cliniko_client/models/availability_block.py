from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..redaction import redacted_repr
from ..types import UNSET, Unset

T = TypeVar("T", bound="AvailabilityBlock")
# object.__new__ looked up once: cls.__new__ searched the class's bases on every call.
_new_instance = object.__new__

# The properties this model knows, in the order of the class; anything else the server sends
# is kept in additional_properties.
_PROPERTIES = (
    "id",
    "starts_at",
    "ends_at",
    "created_at",
    "updated_at",
    "repeat_rule",
    "business",
    "practitioner",
    "links",
)
_PROPERTY_NAMES = frozenset(_PROPERTIES)
# The name of the last lone unknown property seen (from_dict tries it first).
_LAST_UNKNOWN: list[str] = [""]


@_attrs_define
class AvailabilityBlock:
    """A one-off period in which a practitioner is available at a business,
    beyond the weekly daily availabilities: the available times offer it.
    Unknown properties may appear as the API grows; clients must keep them.
    `id`, `starts_at`, `ends_at`, `created_at` and `updated_at` are always
    present and never `null`.

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
    starts_at: datetime.datetime
    """ When the block starts (UTC). """
    ends_at: datetime.datetime
    """ When the block ends (UTC), after `starts_at`. """
    created_at: datetime.datetime
    """ When the block was created (UTC). """
    updated_at: datetime.datetime
    """ When the block was last changed (UTC). """
    repeat_rule: BlockRepeatRule | None | Unset = UNSET
    """ How the block repeats; `null` or `{}` when it does not. """
    business: Link | Unset = UNSET
    """ A link to a related resource or collection. """
    practitioner: Link | Unset = UNSET
    """ A link to a related resource or collection. """
    links: SelfLinks | Unset = UNSET
    """ The URL of this resource. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return redacted_repr(self)

    def to_dict(self) -> dict[str, Any]:
        id: int | str
        id = self.id

        starts_at = self.starts_at.isoformat().replace("+00:00", "Z")

        ends_at = self.ends_at.isoformat().replace("+00:00", "Z")

        created_at = self.created_at.isoformat().replace("+00:00", "Z")

        updated_at = self.updated_at.isoformat().replace("+00:00", "Z")

        repeat_rule: dict[str, Any] | None | Unset
        if isinstance(self.repeat_rule, Unset):
            repeat_rule = UNSET
        elif isinstance(self.repeat_rule, BlockRepeatRule):
            repeat_rule = self.repeat_rule.to_dict()
        else:
            repeat_rule = self.repeat_rule

        business: dict[str, Any] | Unset = UNSET
        if not isinstance(self.business, Unset):
            business = self.business.to_dict()

        practitioner: dict[str, Any] | Unset = UNSET
        if not isinstance(self.practitioner, Unset):
            practitioner = self.practitioner.to_dict()

        links: dict[str, Any] | Unset = UNSET
        if not isinstance(self.links, Unset):
            links = self.links.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "starts_at": starts_at,
                "ends_at": ends_at,
                "created_at": created_at,
                "updated_at": updated_at,
            }
        )
        if repeat_rule is not UNSET:
            field_dict["repeat_rule"] = repeat_rule
        if business is not UNSET:
            field_dict["business"] = business
        if practitioner is not UNSET:
            field_dict["practitioner"] = practitioner
        if links is not UNSET:
            field_dict["links"] = links

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        id = d["id"]
        if type(id) is not int and type(id) is not str:
            raise TypeError("id: unexpected " + type(id).__name__)

        raw_starts_at = d["starts_at"]
        if not isinstance(raw_starts_at, str):
            raise TypeError("starts_at: unexpected " + type(raw_starts_at).__name__)
        starts_at = datetime.datetime.fromisoformat(raw_starts_at)

        raw_ends_at = d["ends_at"]
        if not isinstance(raw_ends_at, str):
            raise TypeError("ends_at: unexpected " + type(raw_ends_at).__name__)
        ends_at = datetime.datetime.fromisoformat(raw_ends_at)

        raw_created_at = d["created_at"]
        if not isinstance(raw_created_at, str):
            raise TypeError("created_at: unexpected " + type(raw_created_at).__name__)
        created_at = datetime.datetime.fromisoformat(raw_created_at)

        raw_updated_at = d["updated_at"]
        if not isinstance(raw_updated_at, str):
            raise TypeError("updated_at: unexpected " + type(raw_updated_at).__name__)
        updated_at = datetime.datetime.fromisoformat(raw_updated_at)

        repeat_rule = d.get("repeat_rule", UNSET)
        if repeat_rule is not None and repeat_rule is not UNSET:
            if not isinstance(repeat_rule, dict):
                raise TypeError("repeat_rule: unexpected " + type(repeat_rule).__name__)
            repeat_rule_type_0 = BlockRepeatRule.from_dict(repeat_rule)

            repeat_rule = repeat_rule_type_0

        _business = d.get("business", UNSET)
        business: Link | Unset
        if _business is UNSET:
            business = UNSET
        else:
            business = Link.from_dict(_business)

        _practitioner = d.get("practitioner", UNSET)
        practitioner: Link | Unset
        if _practitioner is UNSET:
            practitioner = UNSET
        else:
            practitioner = Link.from_dict(_practitioner)

        _links = d.get("links", UNSET)
        links: SelfLinks | Unset
        if _links is UNSET:
            links = UNSET
        else:
            links = SelfLinks.from_dict(_links)

        # Built without calling __init__ (the models have no validators or converters):
        # keyword arguments to an attrs __init__ took a third of the time of a whole patient.
        availability_block = _new_instance(cls)
        availability_block.id = id
        availability_block.starts_at = starts_at
        availability_block.ends_at = ends_at
        availability_block.created_at = created_at
        availability_block.updated_at = updated_at
        availability_block.repeat_rule = repeat_rule
        availability_block.business = business
        availability_block.practitioner = practitioner
        availability_block.links = links

        # Unknown properties, in the order they came. Counting the known keys present shows
        # whether there are any, without a loop (a required key missing raised KeyError above; an
        # optional one is UNSET exactly when absent). A new property the API adds comes in every
        # object: the last single unknown name is tried first, then one set difference.
        unknown_count = len(d) - (
            5
            + (repeat_rule is not UNSET)
            + (business is not UNSET)
            + (practitioner is not UNSET)
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
        availability_block.additional_properties = unknown
        return availability_block

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
from ..models.block_repeat_rule import BlockRepeatRule  # noqa: E402
from ..models.link import Link  # noqa: E402
from ..models.self_links import SelfLinks  # noqa: E402
