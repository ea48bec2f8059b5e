from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..redaction import redacted_repr

T = TypeVar("T", bound="PronounsInput")
# object.__new__ looked up once: cls.__new__ searched the class's bases on every call.
_new_instance = object.__new__

# The properties this model knows, in the order of the class; anything else the server sends
# is kept in additional_properties.
_PROPERTIES = (
    "accusative",
    "nominative",
    "predicative_possessive",
    "pronominal_possessive",
    "reflexive",
)
_PROPERTY_NAMES = frozenset(_PROPERTIES)
# The name of the last lone unknown property seen (from_dict tries it first).
_LAST_UNKNOWN: list[str] = [""]


@_attrs_define
class PronounsInput:
    """The patient's pronouns to store; all five forms."""

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

    def __repr__(self) -> str:
        return redacted_repr(self)

    def to_dict(self) -> dict[str, Any]:
        accusative = self.accusative

        nominative = self.nominative

        predicative_possessive = self.predicative_possessive

        pronominal_possessive = self.pronominal_possessive

        reflexive = self.reflexive

        field_dict: dict[str, Any] = {}

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
        d = src_dict
        accusative = d["accusative"]
        if type(accusative) is not str:
            raise TypeError("accusative: unexpected " + type(accusative).__name__)

        nominative = d["nominative"]
        if type(nominative) is not str:
            raise TypeError("nominative: unexpected " + type(nominative).__name__)

        predicative_possessive = d["predicative_possessive"]
        if type(predicative_possessive) is not str:
            raise TypeError("predicative_possessive: unexpected " + type(predicative_possessive).__name__)

        pronominal_possessive = d["pronominal_possessive"]
        if type(pronominal_possessive) is not str:
            raise TypeError("pronominal_possessive: unexpected " + type(pronominal_possessive).__name__)

        reflexive = d["reflexive"]
        if type(reflexive) is not str:
            raise TypeError("reflexive: unexpected " + type(reflexive).__name__)

        # Built without calling __init__ (the models have no validators or converters):
        # keyword arguments to an attrs __init__ took a third of the time of a whole patient.
        pronouns_input = _new_instance(cls)
        pronouns_input.accusative = accusative
        pronouns_input.nominative = nominative
        pronouns_input.predicative_possessive = predicative_possessive
        pronouns_input.pronominal_possessive = pronominal_possessive
        pronouns_input.reflexive = reflexive

        return pronouns_input
