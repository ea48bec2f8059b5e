"""A record of a resource with no rules module of its own, as the spec alone describes it.

A new record starts with every property of its update body blank (`""`, or
`null` where the spec allows it); a create or update writes the properties it
sends, ids as strings of digits. Responses show the record with its id as a
string, each record it names (`belongs_to`) as its response schema shows it: a
link in place of the property (`patient_id` becomes `patient: {links: {self:
.../patients/ID}}`, as Cliniko shows it), the property itself, or both; and
`links.self`. Deleted records are listed as the seed's tombstone
(`deleted_at` and `links`). The parent itself is checked by the server
(app.py), which holds every resource's storage.
"""

from __future__ import annotations

from contextlib import AbstractContextManager, nullcontext
from typing import TYPE_CHECKING, Any

from ..spec_schemas import ApiResource, Reference, Spec

if TYPE_CHECKING:
    from .accounts import Account
    from .storage import Room
    from .validation import BodyRules


def _nullable(schema: dict[str, Any]) -> bool:
    types = schema.get("type")
    return (isinstance(types, list) and "null" in types) or any(
        isinstance(branch, dict) and branch.get("type") == "null" for branch in schema.get("anyOf", [])
    )


def _blank_of(schema: dict[str, Any]) -> Any:
    """A new record's value of a property its body did not send: false for a flag, else ""."""
    return False if schema.get("type") == "boolean" else ""


def _is_id(schema: dict[str, Any]) -> bool:
    """Whether a property is an id (the spec's Id: digits as a string, or an integer)."""
    branches = schema.get("anyOf", [])
    return any(isinstance(b, dict) and b.get("type") == "integer" for b in branches) and any(
        isinstance(b, dict) and b.get("type") == "string" and "pattern" in b for b in branches
    )


def link_name(reference: Reference) -> str:
    """The response property linking a record to one it names: `patient` for `patient_id`."""
    return reference.property.removesuffix("_id")


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
        item, item_uri = spec.locate(spec.lists(resource)[0].item)
        self.shown = set(spec.properties(item, item_uri))  # what a response shows of a record
        self.examples = item.get("examples", []) if isinstance(item, dict) else []

    def blank(self, account: Account) -> dict[str, Any]:
        record: dict[str, Any] = {
            name: None if _nullable(node) or name in self.ids else _blank_of(node)
            for name, node in self.writable.items()
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
        for reference in self.resource.belongs_to:
            named = (
                shown.get(reference.property)
                if reference.property in self.shown
                else shown.pop(reference.property, None)
            )
            link = link_name(reference)
            if link in self.shown and not isinstance(named, list):
                url = f"{base_url}/{reference.resource}/{named}"
                shown[link] = None if named is None else {"links": {"self": url}}
        shown["links"] = {"self": f"{base_url}/{self.resource.name}/{record['id']}"}
        return shown

    def room(self, record: dict[str, Any], account: Account) -> Room | None:
        """The places a new record takes one of (storage.Room), or None: no limit."""
        return None

    def written(self, record: dict[str, Any], account: Account) -> None:
        """After a record is stored (created or changed): what other records follow from it (nothing)."""

    def guard(self) -> AbstractContextManager[object]:
        """Held around each create's room and insert and each change's read-modify-write: a lock shared
        with the resources whose writes check this one's records (attendees.py), else nothing."""
        return nullcontext()

    def scope(self, path: str) -> tuple[str, list[Any]]:
        """SQL over the table's columns: which records the list at `path` shows (all of them)."""
        return "1", []

    def attach(self, sandbox: Any) -> None:
        """The server, for a rules module that reads other resources' records."""
        self.sandbox = sandbox

    def example(self) -> dict[str, Any] | None:
        """What a seed stores for a resource the API cannot create (invoices): its model's
        first example, without what the server sets (id, stamps, links)."""
        if not self.examples or not isinstance(self.examples[0], dict):
            return None
        return {
            name: value
            for name, value in self.examples[0].items()
            if name not in ("id", "created_at", "updated_at", "links")
            and not (isinstance(value, dict) and set(value) == {"links"})
        }

    def render_deleted(self, record: dict[str, Any], base_url: str) -> dict[str, Any]:
        """An entry of the deleted list, in the shape `--deleted-entries` picks for every resource."""
        if self.deleted_entries == "whole":
            return self.render(record, base_url)
        url = f"{base_url}/{self.resource.name}/{record['id']}"
        entry = {"deleted_at": record["deleted_at"], "links": {"self": url}}
        return {"id": str(record["id"]), **entry} if self.deleted_entries == "with-id" else entry
