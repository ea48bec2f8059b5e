"""A dlt source of a whole account that loses nothing: ``cliniko_source`` (the ``[dlt]`` extra).

    import dlt
    from cliniko_client.dlt import cliniko_source

    pipeline = dlt.pipeline("cliniko", destination="duckdb", dataset_name="cliniko")
    pipeline.run(cliniko_source(client))       # again later: only what changed is read

One dlt resource per resource the sync mirrors (``cliniko_client.sync``), named as it
(``patients``, ``individual_appointments``), each a table of one row per living record:

- ``id``: the record's id (text), the primary key; the load merges on it.
- ``body``: the record as the API last sent it, whole, in one JSON column (archived,
  merged and cancelled records included). Not dlt's normalisation into columns and child
  tables: that turns timestamps into another type, drops keys whose value is null,
  renames keys and splits lists into tables, so the account could not be read back as it
  is. Warehouses query JSON columns (DuckDB ``body->>'$.first_name'``, BigQuery JSON,
  Snowflake VARIANT, PostgreSQL jsonb).
- ``deleted_at``: dlt's ``hard_delete`` column: a record in its resource's deleted list
  is removed from the table.
- ``change_seq``: the change's place in its load, dlt's ``dedup_sort``: a record reported
  twice in one load (it changed during the walk) keeps its later report.

Each resource reads ``iter_changes(client, checkpoint, resources=[name])`` and keeps the
checkpoint in its dlt resource state. dlt saves a resource's state only when the whole
extract succeeds, and loads it in the same load package as the data: an extract that
fails (network, rate limit, Ctrl-C) changes neither the state nor the tables, and the
next run reads again from the last checkpoint; a package extracted but not yet loaded
(its load failed) is loaded, with its state, by the next ``pipeline.run`` before it
reads anything new. A record read twice merges on ``id``: harmless. That state also
remembers which records are archived or merged (to tell "unarchived"): a few dozen bytes
per archived record, saved once per load (the mirror of ``cliniko-sync`` asks its tables).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Any

import dlt
from dlt.common.schema.typing import TTableSchemaColumns
from dlt.extract import DltResource

from .client import Client
from .sync import iter_changes
from .sync.resources import choose
from .sync.walk import DEFAULT_SETTLE

__all__ = ["COLUMNS", "cliniko_source"]

COLUMNS: TTableSchemaColumns = {
    "id": {"data_type": "text", "nullable": False},
    "body": {"data_type": "json", "nullable": False},
    "deleted_at": {"data_type": "text", "nullable": True, "hard_delete": True},
    "change_seq": {"data_type": "bigint", "nullable": False, "dedup_sort": "desc"},
}


def _changes(client: Client, name: str, settle: float, per_page: int) -> Iterator[dict[str, Any]]:
    """One resource's changes since its checkpoint, as rows; the checkpoint follows each page."""
    state = dlt.current.resource_state(name)
    seq = 0
    for batch in iter_changes(client, state.get("checkpoint"), settle=settle, per_page=per_page, resources=[name]):
        for change in batch.changes:
            seq += 1
            deleted_at = change.body.get("deleted_at") if change.kind == "deleted" else None
            yield {"id": change.id, "body": change.body, "deleted_at": deleted_at, "change_seq": seq}
        state["checkpoint"] = batch.checkpoint


@dlt.source(name="cliniko", max_table_nesting=0)
def cliniko_source(client: Client, resources: Sequence[str] | None = None, settle: float = DEFAULT_SETTLE,
                   per_page: int = 100) -> Iterator[DltResource]:
    """One merge resource per mirrored resource (``resources``: the names to load, None: all;
    ``bookings`` stands for the three it lists). ``settle``, ``per_page``: as ``iter_changes``.
    Raises ValueError naming an unknown resource."""
    for name in choose(resources):
        yield dlt.resource(_changes(client, name, settle, per_page), name=name, write_disposition="merge",
                           primary_key="id", columns=COLUMNS)
