"""A record of a resource with no rules module of its own, as the spec alone describes it.

A new record starts with every property of its update body blank (`""`, or
`null` where the spec allows it); a create or update writes the properties it
sends, ids as strings of digits. Responses show the record with its id as a
string, the link to its parent in place of the property naming it
(`patient_id` becomes `patient: {links: {self: .../patients/ID}}`, as Cliniko
shows it) and `links.self`. Deleted records are listed as the seed's tombstone
(`deleted_at` and `links`). The parent itself is checked by the server
(app.py), which holds every resource's storage.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..spec_schemas import ApiResource, Spec

if TYPE_CHECKING:
    from .accounts import Account
    from .validation import BodyRules


def _nullable(schema: dict[str, Any]) -> bool:
    types = schema.get("type")
    return (isinstance(types, list) and "null" in types) or any(
        isinstance(branch, dict) and branch.get("type") == "null" for branch in schema.get("anyOf", [])
    )


def _is_id(schema: dict[str, Any]) -> bool:
    """Whether a property is an id (the spec's Id: digits as a string, or an integer)."""
    branches = schema.get("anyOf", [])
    return any(isinstance(b, dict) and b.get("type") == "integer" for b in branches) and any(
        isinstance(b, dict) and b.get("type") == "string" and "pattern" in b for b in branches
    )


def parent_link(resource: ApiResource) -> str | None:
    """The response property linking a record to its parent: `patient` for `patient_id`."""
    return resource.belongs_to[1].removesuffix("_id") if resource.belongs_to else None


def writable_of(spec: Spec, operation: str | None) -> dict[str, Any]:
    """{property: schema} of the body an operation takes (a resource's update): what a new record
    starts blank with. None (a read-only resource, invoices) takes no body: nothing."""
    if operation is None:
        return {}
    schema, uri = spec.locate(spec.request_schema(operation))
    return {name: node for name, (node, _) in spec.properties(schema, uri).items()}


class Records:
    """The rules of a resource that has no module of its own (app.RecordRules)."""

    def __init__(
        self,
        spec: Spec,
        resource: ApiResource,
        body_rules: BodyRules,
        update_operation: str | None,
        deleted_entries: str = "seed",
    ) -> None:
        self.resource = resource
        self.deleted_entries = deleted_entries  # as patients.DELETED_ENTRIES
        self.body_rules = body_rules
        self.noun = resource.name.removesuffix("s").replace("_", " ")  # medical_alerts -> medical alert
        self.writable = writable_of(spec, update_operation)
        self.ids = {name for name, node in self.writable.items() if _is_id(node)}

    def blank(self, account: Account) -> dict[str, Any]:
        record: dict[str, Any] = {
            name: None if _nullable(node) or name in self.ids else "" for name, node in self.writable.items()
        }
        record.update(archived_at=None, deleted_at=None)
        return record

    def check(self, operation: str, body: Any, account: Account) -> None:
        self.body_rules.check(operation, body, None, self.noun)

    def apply(self, record: dict[str, Any], body: dict[str, Any], account: Account) -> None:
        for name, value in body.items():
            record[name] = str(int(value)) if name in self.ids and value is not None else value

    def render(self, record: dict[str, Any], base_url: str) -> dict[str, Any]:
        shown = dict(record)
        shown["id"] = str(record["id"])
        link = parent_link(self.resource)
        if link and self.resource.belongs_to:
            parent_id = shown.pop(self.resource.belongs_to[1], None)
            shown[link] = {"links": {"self": f"{base_url}/{self.resource.belongs_to[0]}/{parent_id}"}}
        shown["links"] = {"self": f"{base_url}/{self.resource.name}/{record['id']}"}
        return shown

    def render_deleted(self, record: dict[str, Any], base_url: str) -> dict[str, Any]:
        """An entry of the deleted list, in the shape `--deleted-entries` picks for every resource."""
        if self.deleted_entries == "whole":
            return self.render(record, base_url)
        url = f"{base_url}/{self.resource.name}/{record['id']}"
        entry = {"deleted_at": record["deleted_at"], "links": {"self": url}}
        return {"id": str(record["id"]), **entry} if self.deleted_entries == "with-id" else entry
