"""What a contact does beyond the spec's description of a resource (issue 22).

records.py starts a record with `""` in every property its update body writes;
a contact made with nothing set is, as the 2018-2020 docs' create answer shows,
a Standard one (`type_code` 0) with no phone numbers (`[]`), no country code
(`null`: `""` is not a country) and no doctor type (`null`). Responses name the
code as Cliniko does (`type`: `Doctor` for 1), read from the spec's
`ContactType` (`x-enum-descriptions`), the one place the meanings are written.

It plugs into the sandbox as patients.PatientRules does: app.Sandbox builds
`ContactRules(spec, collection.resource, body_rules, writes, deleted_entries)`
for the `contacts` collection instead of `Records`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..spec_schemas import ApiResource, Spec
from .records import Records

if TYPE_CHECKING:
    from .accounts import Account
    from .validation import BodyRules

# What a contact is when nothing says otherwise (the 2018-2020 docs' create answer).
BLANK = {"type_code": 0, "phone_numbers": [], "country_code": None, "doctor_type": None}


def type_names(spec: Spec) -> dict[int, str]:
    """{type_code: its name} from the spec's ContactType: {0: "Standard", 1: "Doctor", 2: "3rd Party Payer"}."""
    schema = spec.document["components"]["schemas"]["ContactType"]
    return dict(zip(schema["enum"], schema["x-enum-descriptions"], strict=True))


class ContactRules(Records):
    """A contact: records.py's rules with a contact's blanks and its `type` shown from `type_code`."""

    def __init__(self, spec: Spec, resource: ApiResource, body_rules: BodyRules, update_operation: str | None,
                 deleted_entries: str = "seed") -> None:
        super().__init__(spec, resource, body_rules, update_operation, deleted_entries)
        self.type_names = type_names(spec)

    def blank(self, account: Account) -> dict[str, Any]:
        return {**super().blank(account), **BLANK}

    def render(self, record: dict[str, Any], base_url: str) -> dict[str, Any]:
        shown = super().render(record, base_url)
        shown["type"] = self.type_names.get(record.get("type_code"))  # type: ignore[arg-type]
        return shown
