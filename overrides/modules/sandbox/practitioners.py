"""What practitioners do beyond what the spec's machinery states.

A practitioner is active or not (`active`): `GET /practitioners` and the
nested lists answer active ones, the `/inactive` lists the others. Which
businesses a practitioner works at and which appointment types they offer are
many-to-many relations that are no property of the practitioner:

- appointment type <-> practitioner: the appointment type's `practitioner_ids`
  (written through `POST`/`PATCH /appointment_types`, write-only, stored in its
  record);
- business <-> practitioner: no API call writes it; the sandbox seeds it
  (`WorksAt`, one pair per practitioner and business).

Each function takes stored records (ids as strings of digits) and answers
which practitioners or appointment types a nested list shows.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from .records import Records

# The path below a list that lists inactive practitioners instead of active ones.
INACTIVE_SUFFIX = "/inactive"


@dataclass
class WorksAt:
    """Which practitioners work at which business, per account: {(business id, practitioner id)}."""

    pairs: set[tuple[str, str]] = field(default_factory=set)

    def add(self, business_id: str, practitioner_id: str) -> None:
        self.pairs.add((str(business_id), str(practitioner_id)))

    def practitioners_at(self, business_id: str) -> set[str]:
        return {practitioner for business, practitioner in self.pairs if business == str(business_id)}

    def businesses_of(self, practitioner_id: str) -> set[str]:
        return {business for business, practitioner in self.pairs if practitioner == str(practitioner_id)}


def listed(practitioner: Mapping[str, Any], path: str) -> bool:
    """Whether a practitioner belongs in the list at `path`: active ones in the plain lists,
    inactive ones (`active: false`) in those ending in `/inactive`. `null` counts as active
    (records older than the property)."""
    inactive = practitioner.get("active") is False
    return inactive == path.endswith(INACTIVE_SUFFIX)


def offering(appointment_type: Mapping[str, Any]) -> set[str]:
    """The ids of the practitioners who offer an appointment type."""
    return {str(value) for value in appointment_type.get("practitioner_ids") or []}


def practitioners_in(path: str, parent: Mapping[str, Any] | None, practitioners: Iterable[Mapping[str, Any]],
                     works_at: WorksAt) -> list[Mapping[str, Any]]:
    """The practitioners a practitioner list shows: `/practitioners[/inactive]`,
    `/businesses/{id}/practitioners[/inactive]` (parent: the business) or
    `/appointment_types/{id}/practitioners[/inactive]` (parent: the appointment type)."""
    if parent is None:
        members = None
    elif path.startswith("/businesses/"):
        members = works_at.practitioners_at(str(parent["id"]))
    elif path.startswith("/appointment_types/"):
        members = offering(parent)
    else:
        raise ValueError(f"{path}: not a practitioner list")
    return [p for p in practitioners if listed(p, path) and (members is None or str(p["id"]) in members)]


def appointment_types_of(practitioner_id: str,
                         appointment_types: Iterable[Mapping[str, Any]]) -> list[Mapping[str, Any]]:
    """`GET /practitioners/{id}/appointment_types`: the types whose `practitioner_ids` name them."""
    return [t for t in appointment_types if str(practitioner_id) in offering(t)]


class PractitionerRules(Records):
    """Practitioners as the sandbox serves them (app.RULES_MODULES): every practitioner list
    shows active ones (`active` true or null), the `/inactive` lists the others."""

    def scope(self, path: str) -> tuple[str, list[Any]]:
        return ("active IS 0", []) if path.endswith(INACTIVE_SUFFIX) else ("active IS NOT 0", [])
