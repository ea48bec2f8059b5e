"""Which resources the sync mirrors, and which lists it reads for each.

Made from the package's resource table (``cliniko_client.resources``, from the spec's
``x-cliniko-resource``) and filter tables (``cliniko_client.filter_fields``): a resource
the spec gains is mirrored with no change here.

- Every resource with records of its own is mirrored. A resource whose records are
  another's (the deprecated ``appointments`` are ``individual_appointments``; ``bookings``
  are individual appointments, group appointments and unavailable blocks) is not read
  again: naming it in ``resources=`` chooses the resources it is made of.
- Its main list is read by ``updated_at``, with ``q[]=archived_at:*`` where the list takes
  it, so archived (and merged) records come too. Cancelled records are in the main list,
  and the open patient cases are some of all of them: those lists are not read. A list of
  records the main list leaves out (``/practitioners/inactive``) is read beside it.
- Its ``/deleted`` list, where the API has one, tells deletions. A resource without one
  has no call that deletes (its ``DELETE``, if any, archives: the ledger's entries), so its
  records leave the main list only by archiving, which ``archived_at:*`` shows.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from ..filter_fields import FILTER_TABLES
from ..resources import RESOURCES

# Lists whose records the main list holds: the archived ones (when it takes `archived_at:*`),
# the cancelled ones, and the open patient cases.
COVERED_BY_MAIN = ("archived", "cancelled", "active")
# What a list read by updated_at must filter by (the keyset walk of walk.py).
WALK_FILTERS = (("updated_at", ">="), ("updated_at", "<"), ("id", ">"))


@dataclass(frozen=True)
class View:
    """One list read by ``updated_at``: its path and the parameters every request of it sends."""

    path: str
    params: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True)
class SyncedResource:
    """A resource the sync mirrors: its name (the list key, the path, the mirror's table),
    the lists read by ``updated_at``, its deleted list's path (None: it has none) and the
    generated models of its entries and of its deleted list's."""

    name: str
    views: tuple[View, ...]
    deleted: str | None
    models: tuple[str, ...]
    deleted_models: tuple[str, ...] = ()


def _takes(operation_id: str, field: str, operator: str) -> bool:
    table = FILTER_TABLES.get(operation_id, {})
    field_type = table.get("fields", {}).get(field)
    return field_type is not None and operator in table.get("operators", {}).get(field_type, ())


def walkable(operation_id: str) -> bool:
    """Whether a list takes the walk's filters (a resource whose main list does not is not mirrored:
    ``tests/test_sync.py`` checks that every resource of the spec is)."""
    return all(_takes(operation_id, field, operator) for field, operator in WALK_FILTERS)


@cache
def synced_resources() -> dict[str, SyncedResource]:
    """Every resource the sync mirrors, by name, in the resource table's order."""
    synced = {}
    for name, lists in RESOURCES.items():
        rows = list(lists.items())
        main_id, main = rows[0]
        if main["kind"] != "main" or _view_of(name) or not walkable(main_id):
            continue
        archivable = _takes(main_id, "archived_at", "*")
        views = [View(main["path"], (("q[]", "archived_at:*"),) if archivable else ())]
        deleted, deleted_models = None, ()
        for _, row in rows[1:]:
            if row["kind"] == "deleted":
                deleted, deleted_models = row["path"], tuple(row["item_models"])
            elif row["kind"] == "archived" and not archivable:
                views.append(View(row["path"]))
            elif row["kind"] not in ("nested", *COVERED_BY_MAIN):
                views.append(View(row["path"]))
        synced[name] = SyncedResource(name, tuple(views), deleted, tuple(main["item_models"]), deleted_models)
    return synced


def operation_of(path: str) -> str:
    """The operationId of a list the sync reads, by its path."""
    for lists in RESOURCES.values():
        for operation_id, row in lists.items():
            if row["path"] == path:
                return operation_id
    raise KeyError(path)


def _view_of(name: str) -> list[str]:
    """The resources a resource's records are (``bookings``: three), or [] for one of its own."""
    return list(next(iter(RESOURCES[name].values()))["view_of"] or ())


def choose(names: Sequence[str] | None) -> tuple[str, ...]:
    """The resources to mirror for ``names`` (None: all), in the table's order. A resource
    made of others' records stands for them (``bookings``). Raises ValueError naming an
    unknown resource and the known ones."""
    synced = synced_resources()
    if names is None:
        return tuple(synced)
    wanted: set[str] = set()
    for name in names:
        if name in synced:
            wanted.add(name)
        elif name in RESOURCES and _view_of(name):
            wanted.update(_view_of(name))
        else:
            known = ", ".join(sorted({*synced, *RESOURCES}))
            raise ValueError(f"no resource named {name!r}; the resources are: {known}")
    if not wanted:
        raise ValueError("no resource chosen; name one or more, or none for all")
    return tuple(name for name in synced if name in wanted)
