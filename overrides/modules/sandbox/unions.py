"""Resources whose records are several other resources' records (`x-cliniko-resource`
`union_of`): a booking is an individual appointment, a group appointment or an
unavailable block.

There is no table of bookings. Each member's table has the union's filter columns
too (collections.py; a kind that lacks a field holds `null` there), so one `q[]`
condition runs on every member unchanged. A page of the union is merged from the
members' first `offset + limit` keys (read from their indexes, in the list's order)
and only its own records are then read. Ids are unique across resources
(app.Sandbox.new_id), so an id names one member's record. Each record is shown as its
own resource shows it (that resource's rules module), with `links.self` under the union.
"""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING, Any

from .records import Records
from .storage import Storage

if TYPE_CHECKING:
    from .accounts import Account


class UnionStorage(Storage):
    """Storage's reads over several members' storages (named by resource); no writes: a
    record is written through its own resource."""

    def __init__(self, members: dict[str, Storage]) -> None:  # no connection of its own
        self.members = members

    def insert(self, *args: Any, **kwargs: Any) -> bool:
        raise TypeError("a union resource is read-only: write through its member resource")

    update = save_many = insert  # type: ignore[assignment]

    def close(self) -> None:
        """Nothing: each member's storage is its own resource's, closed with it."""

    def id_exists(self, record_id: int) -> bool:
        return any(storage.id_exists(record_id) for storage in self.members.values())

    def count(self, account_id: int) -> int:
        return sum(storage.count(account_id) for storage in self.members.values())

    def get(self, account_id: int, record_id: int) -> tuple[str, dict[str, Any]] | None:
        for storage in self.members.values():
            found = storage.get(account_id, record_id)
            if found is not None:
                return found
        return None

    def ids_where(self, account_id: int, where: str, params: list[Any]) -> list[int]:
        return [i for storage in self.members.values() for i in storage.ids_where(account_id, where, params)]

    def list(self, account_id: int, view: str, where: str, params: list[Any], order_by: str,
             limit: int, offset: int) -> tuple[int, list[dict[str, Any]]]:
        """As Storage.list, over every member: the page of the merged order."""
        total = 0
        keys: list[tuple[tuple[Any, ...], str]] = []  # (a record's sort keys and id, its member)
        for name, storage in self.members.items():
            count, first = storage.first_keys(account_id, view, where, params, order_by, offset + limit)
            total += count
            keys += [(key, name) for key in first]
        descending = [key.split()[-1].upper() == "DESC" for key in order_by.split(",")] + [False]

        def in_order(a: tuple[tuple[Any, ...], str], b: tuple[tuple[Any, ...], str]) -> int:
            return _compare(a[0], b[0], descending)

        keys.sort(key=functools.cmp_to_key(in_order))
        records = []
        for key, name in keys[offset:offset + limit]:
            found = self.members[name].get(account_id, key[-1])
            if found is not None:  # deleted meanwhile: the page is one shorter, as a page read mid-change may be
                records.append(found[1])
        return total, records


def _compare(a: tuple[Any, ...], b: tuple[Any, ...], descending: list[bool]) -> int:
    """Two rows of sort keys in SQLite's order: NULL before any value, each key ascending
    unless `descending` says otherwise."""
    for x, y, down in zip(a, b, descending, strict=False):
        if x == y:
            continue
        before = x is None or (y is not None and x < y)
        return (1 if before else -1) if down else (-1 if before else 1)
    return 0


class UnionRules(Records):
    """The rules of a union resource (app.RecordRules): read-only; each record shown by its
    own resource's rules, with its `links.self` under the union."""

    def example(self) -> dict[str, Any] | None:
        return None  # nothing to seed: its records are its members'

    def render(self, record: dict[str, Any], base_url: str) -> dict[str, Any]:
        member = self._member_of(record)
        shown: dict[str, Any] = self.sandbox.rules[member].render(record, base_url)
        shown["links"] = {**shown.get("links", {}), "self": f"{base_url}/{self.resource.name}/{record['id']}"}
        return shown

    def _member_of(self, record: dict[str, Any]) -> str:
        """The resource holding the record (ids are unique across resources)."""
        return next(name for name in self.resource.union_of
                    if self.sandbox.collections[name].storage.id_exists(int(record["id"])))

    def check(self, operation: str, body: Any, account: Account) -> None:
        raise AssertionError(f"{self.resource.name} is read-only: {operation} takes no body")
