"""The records a clinic keeps beside its calendar, in proportion to its appointments, for
``--seed-appointments`` (the benchmarks' large accounts: scripts/bench_sync.py copies every
resource, so an account of 1,000,000 appointments has its invoices, notes and alerts too).

Each is a copy of the account's starter record of its resource (seed_children made one from
its create operation's example), with a new id, a time of its own in the years the synthetic
calendar covers, and the records it names drawn from the synthetic patients and appointments
(and from the copies made before it: an invoice item names a copied invoice). What it names
of other resources stays the starter's.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING, Any

from .appointments import format_time
from .seeding import mint_id

if TYPE_CHECKING:
    from .accounts import Account
    from .app import Sandbox

# Records per 1,000 synthetic appointments, in an order where a resource comes after those it names.
PER_THOUSAND_APPOINTMENTS = {
    "contacts": 5,
    "patient_cases": 10,
    "medical_alerts": 20,
    "referral_sources": 10,
    "relationships": 5,
    "treatment_notes": 100,
    "invoices": 100,
    "invoice_items": 100,
}
# Of the synthetic patients, one in ARCHIVED_EVERY is archived (moved away, passed on), some time ago.
ARCHIVED_EVERY = 10
SAMPLE_POOL = 100_000  # ids kept per named resource to draw from (bounded memory at any count)
BATCH = 20_000  # records stored per transaction


def seed_in_proportion(
    sandbox: Sandbox, account: Account, appointments: int, pools: dict[str, Sequence[str]], since: datetime
) -> dict[str, int]:
    """Copies of each resource's starter record, PER_THOUSAND_APPOINTMENTS of `appointments`,
    stamped between `since` and a day ago; `pools`: ids by resource to name (patients,
    appointments); and one in ARCHIVED_EVERY of the patients named archived. Returns the
    records added (or archived) per resource."""
    rng = sandbox.random
    pools = {name: list(ids) for name, ids in pools.items()}
    until = datetime.now(UTC) - timedelta(days=1)
    span = max(int((until - since).total_seconds()), 1)
    added = {}
    for name, per_thousand in PER_THOUSAND_APPOINTMENTS.items():
        count = appointments * per_thousand // 1000
        collection = sandbox.collections.get(name)
        if not count or collection is None:
            continue
        starters = collection.storage.list(account.id, "active", "1", [], "created_at, id", 1, 0)[1]
        if not starters:
            continue  # the resource starts empty in this spec: nothing to copy
        template = starters[0]
        names = [
            (ref.property, ref.resource)
            for ref in collection.resource.belongs_to
            if ref.property in template and not ref.property.endswith("_ids")
        ]
        made: list[str] = []
        batch: list[dict[str, Any]] = []
        for _ in range(count):
            stamp = since + timedelta(seconds=rng.randrange(span))
            record = {
                **template,
                "id": str(mint_id(rng, sandbox.taken_ids, stamp)),
                "created_at": format_time(stamp),
                "updated_at": format_time(stamp),
            }
            for prop, resource in names:
                pool = pools.get(resource) or pools.get(_stored_as(sandbox, resource))
                if pool and template.get(prop) is not None:
                    record[prop] = rng.choice(pool)
            batch.append(record)
            if len(made) < SAMPLE_POOL:
                made.append(record["id"])
            if len(batch) == BATCH:
                collection.storage.save_many(account.id, batch)
                batch = []
        if batch:
            collection.storage.save_many(account.id, batch)
        pools[name] = made
        added[name] = count
    archived = []
    storage = sandbox.collections["patients"].storage
    for patient_id in pools.get("patients", [])[::ARCHIVED_EVERY]:
        found = storage.get(account.id, int(patient_id))
        if found is not None and found[0] == "active":
            patient = found[1]
            joined = max(since, datetime.fromisoformat(patient["created_at"].replace("Z", "+00:00")))
            left = joined + timedelta(seconds=rng.randrange(max(int((until - joined).total_seconds()), 1)))
            archived_at = format_time(left)
            archived.append(
                {**patient, "archived_at": archived_at, "updated_at": max(archived_at, patient["updated_at"])}
            )
    for start in range(0, len(archived), BATCH):
        storage.save_many(account.id, archived[start : start + BATCH])
    added["archived patients"] = len(archived)
    return added


def _stored_as(sandbox: Sandbox, resource: str) -> str:
    """The resource whose records another's are (``appointments``: individual appointments)."""
    collection = sandbox.collections.get(resource)
    stored = collection.resource.stored_as if collection is not None else None
    return stored or resource
