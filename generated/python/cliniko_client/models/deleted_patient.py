from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..redaction import redacted_repr
from ..types import UNSET, Unset

T = TypeVar("T", bound="DeletedPatient")


@_attrs_define
class DeletedPatient:
    """What remains of a deleted patient. Three shapes are on record and all
    parse: `deleted_at` and `links` only (the original documentation), the
    same plus `id` (a Cliniko staff answer, 2018), and whole patient records
    (the 2020 documentation), whose other properties are those of `Patient`
    and must be kept, not dropped. Read the id from `links.self` (its last
    path segment): that works with every shape. The sandbox sends the first
    shape by default (`--deleted-entries` picks another).

    """

    deleted_at: datetime.datetime
    """ When the patient was deleted (UTC). """
    links: SelfLinks
    """ The URL of this resource. """
    id: int | str | Unset = UNSET
    """ A 64-bit id. The live API sends a string of digits
    (`"836447129235883061"`); older examples show an integer. Treat it as a
    string: that loses no precision in any language. An integer must be
    written as one: `1.0` or `1e3` is not an id (the sandbox answers 422),
    although JSON Schema alone counts `1.0` as an integer.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return redacted_repr(self)

    def to_dict(self) -> dict[str, Any]:
        deleted_at = self.deleted_at.isoformat().replace("+00:00", "Z")

        links = self.links.to_dict()

        id: int | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "deleted_at": deleted_at,
                "links": links,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id

        return field_dict

    @staticmethod
    def _parse_id(data: object) -> int | str | Unset:
        if isinstance(data, Unset):
            return data
        return cast(int | str | Unset, data)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        deleted_at = datetime.datetime.fromisoformat(d.pop("deleted_at"))

        links = SelfLinks.from_dict(d.pop("links"))

        id = cls._parse_id(d.pop("id", UNSET))

        deleted_patient = cls(
            deleted_at=deleted_at,
            links=links,
            id=id,
        )

        deleted_patient.additional_properties = d
        return deleted_patient

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
from ..models.self_links import SelfLinks  # noqa: E402
