from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..redaction import redacted_repr
from ..types import UNSET, Unset

T = TypeVar("T", bound="TreatmentNotePrintSettings")
# object.__new__ looked up once: cls.__new__ searched the class's bases on every call.
_new_instance = object.__new__

# The properties this model knows, in the order of the class; anything else the server sends
# is kept in additional_properties.
_PROPERTIES = (
    "include_patient_address",
    "include_patient_dob",
    "include_patient_medicare",
    "include_patient_occupation",
    "include_patient_reference_number",
    "title",
)
_PROPERTY_NAMES = frozenset(_PROPERTIES)
# The name of the last lone unknown property seen (from_dict tries it first).
_LAST_UNKNOWN: list[str] = [""]


@_attrs_define
class TreatmentNotePrintSettings:
    """What a printed note made from the template shows about the patient; every key may be `null` (unset)."""

    include_patient_address: bool | None | Unset = UNSET
    """ Print the patient's address. """
    include_patient_dob: bool | None | Unset = UNSET
    """ Print the patient's date of birth. """
    include_patient_medicare: bool | None | Unset = UNSET
    """ Print the patient's Medicare number. """
    include_patient_occupation: bool | None | Unset = UNSET
    """ Print the patient's occupation. """
    include_patient_reference_number: bool | None | Unset = UNSET
    """ Print the patient's reference number. """
    title: None | str | Unset = UNSET
    """ The printed title. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return redacted_repr(self)

    def to_dict(self) -> dict[str, Any]:
        include_patient_address: bool | None | Unset
        if isinstance(self.include_patient_address, Unset):
            include_patient_address = UNSET
        else:
            include_patient_address = self.include_patient_address

        include_patient_dob: bool | None | Unset
        if isinstance(self.include_patient_dob, Unset):
            include_patient_dob = UNSET
        else:
            include_patient_dob = self.include_patient_dob

        include_patient_medicare: bool | None | Unset
        if isinstance(self.include_patient_medicare, Unset):
            include_patient_medicare = UNSET
        else:
            include_patient_medicare = self.include_patient_medicare

        include_patient_occupation: bool | None | Unset
        if isinstance(self.include_patient_occupation, Unset):
            include_patient_occupation = UNSET
        else:
            include_patient_occupation = self.include_patient_occupation

        include_patient_reference_number: bool | None | Unset
        if isinstance(self.include_patient_reference_number, Unset):
            include_patient_reference_number = UNSET
        else:
            include_patient_reference_number = self.include_patient_reference_number

        title: None | str | Unset
        if isinstance(self.title, Unset):
            title = UNSET
        else:
            title = self.title

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if include_patient_address is not UNSET:
            field_dict["include_patient_address"] = include_patient_address
        if include_patient_dob is not UNSET:
            field_dict["include_patient_dob"] = include_patient_dob
        if include_patient_medicare is not UNSET:
            field_dict["include_patient_medicare"] = include_patient_medicare
        if include_patient_occupation is not UNSET:
            field_dict["include_patient_occupation"] = include_patient_occupation
        if include_patient_reference_number is not UNSET:
            field_dict["include_patient_reference_number"] = include_patient_reference_number
        if title is not UNSET:
            field_dict["title"] = title

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        include_patient_address = d.get("include_patient_address", UNSET)
        if (
            type(include_patient_address) is not bool
            and include_patient_address is not None
            and include_patient_address is not UNSET
        ):
            raise TypeError("include_patient_address: unexpected " + type(include_patient_address).__name__)

        include_patient_dob = d.get("include_patient_dob", UNSET)
        if (
            type(include_patient_dob) is not bool
            and include_patient_dob is not None
            and include_patient_dob is not UNSET
        ):
            raise TypeError("include_patient_dob: unexpected " + type(include_patient_dob).__name__)

        include_patient_medicare = d.get("include_patient_medicare", UNSET)
        if (
            type(include_patient_medicare) is not bool
            and include_patient_medicare is not None
            and include_patient_medicare is not UNSET
        ):
            raise TypeError("include_patient_medicare: unexpected " + type(include_patient_medicare).__name__)

        include_patient_occupation = d.get("include_patient_occupation", UNSET)
        if (
            type(include_patient_occupation) is not bool
            and include_patient_occupation is not None
            and include_patient_occupation is not UNSET
        ):
            raise TypeError("include_patient_occupation: unexpected " + type(include_patient_occupation).__name__)

        include_patient_reference_number = d.get("include_patient_reference_number", UNSET)
        if (
            type(include_patient_reference_number) is not bool
            and include_patient_reference_number is not None
            and include_patient_reference_number is not UNSET
        ):
            raise TypeError(
                "include_patient_reference_number: unexpected " + type(include_patient_reference_number).__name__
            )

        title = d.get("title", UNSET)
        if type(title) is not str and title is not None and title is not UNSET:
            raise TypeError("title: unexpected " + type(title).__name__)

        # Built without calling __init__ (the models have no validators or converters):
        # keyword arguments to an attrs __init__ took a third of the time of a whole patient.
        treatment_note_print_settings = _new_instance(cls)
        treatment_note_print_settings.include_patient_address = include_patient_address
        treatment_note_print_settings.include_patient_dob = include_patient_dob
        treatment_note_print_settings.include_patient_medicare = include_patient_medicare
        treatment_note_print_settings.include_patient_occupation = include_patient_occupation
        treatment_note_print_settings.include_patient_reference_number = include_patient_reference_number
        treatment_note_print_settings.title = title

        # Unknown properties, in the order they came. Counting the known keys present shows
        # whether there are any, without a loop (a required key missing raised KeyError above; an
        # optional one is UNSET exactly when absent). A new property the API adds comes in every
        # object: the last single unknown name is tried first, then one set difference.
        unknown_count = len(d) - (
            0
            + (include_patient_address is not UNSET)
            + (include_patient_dob is not UNSET)
            + (include_patient_medicare is not UNSET)
            + (include_patient_occupation is not UNSET)
            + (include_patient_reference_number is not UNSET)
            + (title is not UNSET)
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
        treatment_note_print_settings.additional_properties = unknown
        return treatment_note_print_settings

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
