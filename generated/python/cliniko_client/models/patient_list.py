from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..redaction import redacted_repr

T = TypeVar("T", bound="PatientList")


@_attrs_define
class PatientList:
    """One page of patients."""

    patients: list[Patient]
    """ The patients on this page. """
    total_entries: int
    """ How many patients match, over all pages. """
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
        d = dict(src_dict)
        patients = []
        _patients = d.pop("patients")
        for patients_item_data in _patients:
            patients_item = Patient.from_dict(patients_item_data)

            patients.append(patients_item)

        total_entries = d.pop("total_entries")

        links = PageLinks.from_dict(d.pop("links"))

        patient_list = cls(
            patients=patients,
            total_entries=total_entries,
            links=links,
        )

        patient_list.additional_properties = d
        return patient_list

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
from ..models.page_links import PageLinks  # noqa: E402
from ..models.patient import Patient  # noqa: E402
