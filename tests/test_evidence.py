"""What public evidence shows about the live API (issue 16), in the spec and the sandbox.

Each test names its evidence in a one-line comment: the docs version or the year
of the Cliniko staff answer or user report (cliniko-api-facts.md records each).
docs/fidelity-ledger.md lists where the seed, the current docs and the observed
API differ, and what the spec and the sandbox do about it.
"""

from __future__ import annotations

import datetime
from collections.abc import Iterator
from typing import Any

import pytest
from cliniko_client.filter_fields import FILTER_TABLES
from cliniko_client.filters import DeletedPatients, FilterError, Patients, QueryFilter
from spec_schemas import load_spec

from tests.test_sandbox import Api, client_for

SPEC = load_spec()
NOT_SEARCHABLE = {"message": "This column is not searchable."}


def parameter(operation_id: str, name: str) -> dict[str, Any]:
    for _, _, operation, _ in SPEC.operations():
        if operation["operationId"] == operation_id:
            for param in operation["parameters"]:
                param = SPEC.document["components"]["parameters"][param["$ref"].rsplit("/", 1)[1]]
                if param["name"] == name:
                    return param
    raise KeyError((operation_id, name))


# ---- item 1: /patients/deleted filters by deleted_at and id only --------------------------


@pytest.fixture(scope="module")
def deleted() -> Iterator[tuple[Api, list[str]]]:
    """An account with three deleted patients, deleted in 2021, 2022 and 2023."""
    with client_for() as client:
        api = Api(client)
        sandbox = client.app.state.sandbox
        ids = []
        for year in (2021, 2022, 2023):
            patient = api.create(first_name="Gone")
            _, stored = sandbox.storage.get(1, int(patient["id"]))
            stored["deleted_at"] = f"{year}-03-01T09:00:00Z"
            sandbox.storage.save(1, stored)
            ids.append(patient["id"])
        yield api, ids


def test_spec_deleted_list_filters_only_deleted_at_and_id() -> None:
    # Cliniko staff answer, 2018: "This column is not searchable." for any other field.
    assert parameter("listDeletedPatients", "q[]")["x-cliniko-filters"] == {"deleted_at": "DateTime", "id": "Integer"}
    assert FILTER_TABLES["listDeletedPatients"]["fields"] == {"deleted_at": "DateTime", "id": "Integer"}


def test_sandbox_deleted_since_a_point_in_time(deleted: tuple[Api, list[str]]) -> None:
    # Cliniko staff answer, 2018: deleted_at is searchable on /patients/deleted (the sync recipe).
    api, (d2021, d2022, d2023) = deleted
    before_2024 = "deleted_at:<2024-01-01T00:00:00Z"  # the account's starter patient was deleted "now"
    assert set(api.ids("/patients/deleted", **{"q[]": ["deleted_at:>2021-12-31T00:00:00Z", before_2024]})) == {
        d2022, d2023}
    assert api.ids("/patients/deleted", **{"q[]": "deleted_at:<=2021-03-01T09:00:00Z"}) == [d2021]
    since = DeletedPatients.deleted_at.after(datetime.datetime(2022, 3, 1, 9, tzinfo=datetime.UTC))
    assert api.ids("/patients/deleted", **{"q[]": [since, before_2024]}) == [d2023]


def test_sandbox_deleted_list_by_id(deleted: tuple[Api, list[str]]) -> None:
    # Cliniko staff answer, 2018: id is searchable on /patients/deleted.
    api, (d2021, _, d2023) = deleted
    assert set(api.ids("/patients/deleted", **{"q[]": DeletedPatients.id.in_([d2021, d2023])})) == {d2021, d2023}
    assert api.ids("/patients/deleted", **{"q[]": f"id:={d2021}"}) == [d2021]


@pytest.mark.parametrize("query", ["updated_at:>2015-01-01T00:00:00Z", "first_name:~Gone", "archived_at:*",
                                   "phone:=1"])
def test_sandbox_other_fields_of_the_deleted_list_are_not_searchable(deleted: tuple[Api, list[str]],
                                                                      query: str) -> None:
    # Cliniko staff answer, 2018: 400 {"message": "This column is not searchable."}.
    api, _ = deleted
    response = api("GET", "/patients/deleted", params={"q[]": query})
    assert (response.status_code, response.json()) == (400, NOT_SEARCHABLE)


def test_sandbox_deleted_at_filter_uses_an_index(deleted: tuple[Api, list[str]]) -> None:
    # Cliniko staff answer, 2018: deleted_at:>T is how a sync asks; it must not scan the table.
    api, _ = deleted
    storage = api.client.app.state.sandbox.storage
    plan = storage._db.execute(
        "EXPLAIN QUERY PLAN SELECT id FROM patients WHERE account_id = 1 AND state IN ('deleted')"
        " AND deleted_at > '2021-01-01T00:00:00Z' ORDER BY created_at, id").fetchall()
    assert any("patients_by_deleted" in row[-1] for row in plan), plan


def test_client_refuses_patient_fields_on_the_deleted_list() -> None:
    # Cliniko staff answer, 2018: the client's builder knows the deleted list's two fields.
    assert not hasattr(DeletedPatients, "first_name")
    assert not hasattr(Patients, "deleted_at")
    with pytest.raises(FilterError):
        QueryFilter("first_name:~a", "listDeletedPatients")
