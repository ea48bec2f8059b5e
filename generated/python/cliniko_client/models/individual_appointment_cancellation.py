from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.cancellation_reason import CancellationReason, check_cancellation_reason
from ..redaction import redacted_repr
from ..types import UNSET, Unset

T = TypeVar("T", bound="IndividualAppointmentCancellation")
# object.__new__ looked up once: cls.__new__ searched the class's bases on every call.
_new_instance = object.__new__

# The properties this model knows, in the order of the class; anything else the server sends
# is kept in additional_properties.
_PROPERTIES = (
    "cancellation_reason",
    "cancellation_note",
    "apply_to_repeats",
)
_PROPERTY_NAMES = frozenset(_PROPERTIES)
# The name of the last lone unknown property seen (from_dict tries it first).
_LAST_UNKNOWN: list[str] = [""]


@_attrs_define
class IndividualAppointmentCancellation:
    """Cancels the appointment: `cancellation_reason` is required (2016-2020
    documentation: "mandatory"); `cancellation_note` says why in words;
    `apply_to_repeats` cancels its repeats too.

    """

    cancellation_reason: CancellationReason
    """ Why the appointment was cancelled (responses send `null` when it is not):

    | code | meaning |
    |---|---|
    | 10 | Feeling better |
    | 20 | Condition worse |
    | 30 | Sick |
    | 31 | COVID-19 related (added 2020) |
    | 40 | Away |
    | 50 | Other |
    | 60 | Work |
     """
    cancellation_note: None | str | Unset = UNSET
    """ Why, in words (free text about a person). """
    apply_to_repeats: bool | Unset = UNSET
    """ Cancel the appointment's repeats too. """

    def __repr__(self) -> str:
        return redacted_repr(self)

    def to_dict(self) -> dict[str, Any]:
        cancellation_reason: int = self.cancellation_reason

        cancellation_note: None | str | Unset
        if isinstance(self.cancellation_note, Unset):
            cancellation_note = UNSET
        else:
            cancellation_note = self.cancellation_note

        apply_to_repeats = self.apply_to_repeats

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "cancellation_reason": cancellation_reason,
            }
        )
        if cancellation_note is not UNSET:
            field_dict["cancellation_note"] = cancellation_note
        if apply_to_repeats is not UNSET:
            field_dict["apply_to_repeats"] = apply_to_repeats

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        raw_cancellation_reason = d["cancellation_reason"]
        if not isinstance(raw_cancellation_reason, int):
            raise TypeError("cancellation_reason: unexpected " + type(raw_cancellation_reason).__name__)
        try:
            cancellation_reason = check_cancellation_reason(raw_cancellation_reason)
        except TypeError as error:
            raise TypeError("cancellation_reason: " + str(error)) from None

        cancellation_note = d.get("cancellation_note", UNSET)
        if type(cancellation_note) is not str and cancellation_note is not None and cancellation_note is not UNSET:
            raise TypeError("cancellation_note: unexpected " + type(cancellation_note).__name__)

        apply_to_repeats = d.get("apply_to_repeats", UNSET)
        if type(apply_to_repeats) is not bool and apply_to_repeats is not UNSET:
            raise TypeError("apply_to_repeats: unexpected " + type(apply_to_repeats).__name__)

        # Built without calling __init__ (the models have no validators or converters):
        # keyword arguments to an attrs __init__ took a third of the time of a whole patient.
        individual_appointment_cancellation = _new_instance(cls)
        individual_appointment_cancellation.cancellation_reason = cancellation_reason
        individual_appointment_cancellation.cancellation_note = cancellation_note
        individual_appointment_cancellation.apply_to_repeats = apply_to_repeats

        return individual_appointment_cancellation
