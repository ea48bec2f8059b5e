from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..redaction import redacted_repr

T = TypeVar("T", bound="DeletedPatientList")

# The properties this model knows; anything else the server sends is kept in additional_properties.
_PROPERTY_NAMES = frozenset(
    {
        "patients",
        "total_entries",
        "links",
    }
)


@_attrs_define
class DeletedPatientList:
    """One page of deleted patients."""

    patients: list[DeletedPatient]
    """ The deleted patients on this page. """
    total_entries: int
    """ How many deleted patients match, over all pages. """
    links: PageLinks
    """ Links of a list page; `next` and `previous` appear only when there is such a page. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return redacted_repr(self)

    def to_dict(self) -> dict[str, Any]:
        patients = []
        for patients_item_data in self.patients:
            patients_item = patients_item_data.to_dict()
            patients.append(patients_item)

        total_entries = self.total_entries

        links = self.links.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "patients": patients,
                "total_entries": total_entries,
                "links": links,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        patients = []
        _patients = d["patients"]
        for patients_item_data in _patients:
            patients_item = DeletedPatient.from_dict(patients_item_data)

            patients.append(patients_item)

        total_entries = d["total_entries"]

        links = PageLinks.from_dict(d["links"])

        # Built without calling __init__ (the models have no validators or converters):
        # keyword arguments to an attrs __init__ cost more than all the parsing of a patient.
        deleted_patient_list = cls.__new__(cls)
        deleted_patient_list.patients = patients
        deleted_patient_list.total_entries = total_entries
        deleted_patient_list.links = links

        # Unknown properties, in the order they came. Usually there are none, which counting the
        # known keys present shows without a loop (a required key missing raised KeyError above;
        # an optional one is UNSET exactly when absent); when there are, one set difference.
        if len(d) == 3:
            unknown: dict[str, Any] = {}
        else:
            names = d.keys() - _PROPERTY_NAMES
            unknown = {k: d[k] for k in names} if len(names) == 1 else {k: v for k, v in d.items() if k in names}
        deleted_patient_list.additional_properties = unknown
        return deleted_patient_list

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
from ..models.deleted_patient import DeletedPatient  # noqa: E402
from ..models.page_links import PageLinks  # noqa: E402
