from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..redaction import redacted_repr

T = TypeVar("T", bound="Pronouns")


@_attrs_define
class Pronouns:
    """The patient's pronouns, five forms (e.g. they / them / theirs / their / themselves)."""

    accusative: str
    """ One form of a pronoun, at most 50 characters. """
    nominative: str
    """ One form of a pronoun, at most 50 characters. """
    predicative_possessive: str
    """ One form of a pronoun, at most 50 characters. """
    pronominal_possessive: str
    """ One form of a pronoun, at most 50 characters. """
    reflexive: str
    """ One form of a pronoun, at most 50 characters. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return redacted_repr(self)

    def to_dict(self) -> dict[str, Any]:
        accusative = self.accusative

        nominative = self.nominative

        predicative_possessive = self.predicative_possessive

        pronominal_possessive = self.pronominal_possessive

        reflexive = self.reflexive

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "accusative": accusative,
                "nominative": nominative,
                "predicative_possessive": predicative_possessive,
                "pronominal_possessive": pronominal_possessive,
                "reflexive": reflexive,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        accusative = d.pop("accusative")

        nominative = d.pop("nominative")

        predicative_possessive = d.pop("predicative_possessive")

        pronominal_possessive = d.pop("pronominal_possessive")

        reflexive = d.pop("reflexive")

        pronouns = cls(
            accusative=accusative,
            nominative=nominative,
            predicative_possessive=predicative_possessive,
            pronominal_possessive=pronominal_possessive,
            reflexive=reflexive,
        )

        pronouns.additional_properties = d
        return pronouns

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
