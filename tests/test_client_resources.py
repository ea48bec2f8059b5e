"""Every resource of the spec has its walkers and filter builders, with no hand-written code.

The resources are read from the bundle (`Spec.resources()`, x-cliniko-resource); each
list of each is walked through its `iter_<resource>`/`aiter_<resource>` with its own
example entries. A copy of the spec with a second resource (a list, a nested list)
is generated into a package of its own, which walks and filters it, typed.
"""

from __future__ import annotations

import asyncio
import copy
import importlib
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import cliniko_client
import httpx
import pytest
import regenerate
import yaml
from cliniko_client import ClinikoError, iter_patients
from cliniko_client.api.patients import get_patient
from cliniko_client.resources import RESOURCES
from spec_schemas import BUNDLE_PATH, Spec, load_bundle

from tests.test_client import KEY, UA, json_response, make_client

BUNDLE = yaml.safe_load(BUNDLE_PATH.read_text(encoding="utf-8"))
LISTS = [(name, operation_id) for name, lists in RESOURCES.items() for operation_id in lists]


def test_the_resource_table_is_the_specs() -> None:
    resources = load_bundle().resources()
    assert sorted(RESOURCES) == sorted(resources)
    for name, resource in resources.items():
        assert next(iter(RESOURCES[name])) == resource.list_operation  # the main list first: the default


def example_entry(operation_id: str) -> dict[str, Any]:
    """The first entry of the first 200 example of a list operation in the bundle."""
    for item in BUNDLE["paths"].values():
        operation = item.get("get", {})
        if operation.get("operationId") == operation_id:
            example = next(iter(operation["responses"]["200"]["content"]["application/json"]["examples"].values()))
            value = BUNDLE["components"]["examples"][example["$ref"].rsplit("/", 1)[1]]["value"]
            return dict(value[RESOURCES_KEYS[operation_id]][0])
    raise AssertionError(f"{operation_id} is not in the bundle")


RESOURCES_KEYS = {operation_id: row["key"] for lists in RESOURCES.values() for operation_id, row in lists.items()}


def paged(operation_id: str, total: int = 3, per_page: int = 2) -> tuple[Any, list[httpx.Request]]:
    """Pages of the list's example entry; links.next carries a token the walker must pass on verbatim."""
    row = next(lists[operation_id] for lists in RESOURCES.values() if operation_id in lists)
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        page = int(request.url.params.get("page", "1"))
        if page > 1:
            assert request.url.params["token"] == f"t{page}"
        links = {"self": str(request.url)}
        if page * per_page < total:
            links["next"] = str(request.url.copy_with(params={"page": page + 1, "token": f"t{page + 1}"}))
        count = min(per_page, total - (page - 1) * per_page)
        return json_response(200, {row["key"]: [example_entry(operation_id)] * count, "total_entries": total,
                                   "links": links})

    return handler, seen


@pytest.mark.parametrize(("resource", "operation_id"), LISTS)
def test_every_list_of_every_resource_walks(resource: str, operation_id: str) -> None:
    row = RESOURCES[resource][operation_id]
    operation = importlib.import_module(f"cliniko_client.api.{row['module']}")
    walker = getattr(cliniko_client, f"iter_{resource}")
    handler, seen = paged(operation_id)
    path = {name: "1952658344565026236" for name in row["path_parameters"]}
    entries = list(walker(make_client(handler), operation=operation, q=["id:>1"], per_page=2, **path))
    assert len(entries) == 3 and all(type(entry).__name__ in row["item_models"] for entry in entries)
    assert len(seen) == 2 and seen[0].url.params["page"] == "1" and seen[0].url.params["per_page"] == "2"
    assert seen[0].url.params.get_list("q[]") == ["id:>1"]
    expected = operation._get_kwargs(**path)["url"]  # the operation's own path
    assert seen[0].url.path == "/v1" + expected

    async def walk() -> list[Any]:
        client = cliniko_client.ClinikoClient(KEY, UA, retry=None, httpx_args={"transport": httpx.MockTransport(
            paged(operation_id)[0])})
        return [entry async for entry in getattr(cliniko_client, f"aiter_{resource}")(
            client, operation=operation, per_page=2, **path)]

    walked = asyncio.run(walk())
    assert len(walked) == 3 and all(type(entry).__name__ in row["item_models"] for entry in walked)


@pytest.mark.parametrize("resource", sorted(RESOURCES))
def test_an_answer_that_is_not_a_page_is_an_error(resource: str) -> None:
    walker = getattr(cliniko_client, f"iter_{resource}")
    with pytest.raises(ClinikoError, match=f"answered 204 without a page of {resource}$"):
        list(walker(make_client(lambda request: httpx.Response(204))))


def test_a_walker_takes_only_its_resources_lists() -> None:
    with pytest.raises(ValueError, match=r"^patients.get_patient is not a list of this resource; its lists: "
                                         r"list_patients, list_deleted_patients, list_archived_patients$"):
        iter_patients(make_client(lambda request: httpx.Response(500)), operation=get_patient)  # type: ignore


# ---- a resource added to the spec -----------------------------------------------------------

PAGE_PARAMETERS = [{"$ref": "#/components/parameters/Page"}, {"$ref": "#/components/parameters/PerPage"}]


def q_parameter(fields: dict[str, str]) -> dict[str, Any]:
    return {"name": "q[]", "in": "query", "schema": {"type": "array", "items": {"type": "string"}},
            "x-cliniko-filters": fields}


def list_operation(operation_id: str, fields: dict[str, str], **more: Any) -> dict[str, Any]:
    return {"operationId": operation_id, "tags": ["Practice notes"], **more,
            "parameters": [*PAGE_PARAMETERS, q_parameter(fields)],
            "responses": {"200": {"description": "A page.", "content": {"application/json": {
                "schema": {"$ref": "#/components/schemas/PracticeNoteList"}}}}}}


def with_practice_notes(bundle: dict[str, Any]) -> dict[str, Any]:
    """The bundle plus a minimal second resource: its list and its list below a patient."""
    bundle = copy.deepcopy(bundle)
    schemas = bundle["components"]["schemas"]
    schemas["PracticeNote"] = {"type": "object", "required": ["id", "name"], "properties": {
        "id": {"$ref": "#/components/schemas/Id"}, "name": {"type": "string"},
        "created_at": {"type": "string", "format": "date-time"}, "patient_id": {"$ref": "#/components/schemas/Id"}}}
    schemas["PracticeNoteList"] = {"type": "object", "required": ["practice_notes", "total_entries", "links"],
                                   "properties": {
        "practice_notes": {"type": "array", "items": {"$ref": "#/components/schemas/PracticeNote"}},
        "total_entries": {"type": "integer"}, "links": {"$ref": "#/components/schemas/PageLinks"}}}
    bundle["tags"].append({"name": "Practice notes"})
    bundle["paths"]["/practice_notes"] = {"get": list_operation(
        "listPracticeNotes", {"created_at": "DateTime", "patient_id": "Integer"},
        **{"x-cliniko-resource": {"name": "practice_notes", "states": [],
                                  "belongs_to": [{"resource": "patients", "property": "patient_id"}]}})}
    nested = list_operation("listPatientPracticeNotes", {"created_at": "DateTime"})
    nested["parameters"].insert(0, {"name": "patient_id", "in": "path", "required": True, "schema": {"type": "string"}})
    bundle["paths"]["/patients/{patient_id}/practice_notes"] = {"get": nested}
    return bundle


USE_THE_NEW_RESOURCE = """
import asyncio, datetime, json, httpx
from cliniko_client import ClinikoClient, aiter_practice_notes, iter_practice_notes, iter_patients
from cliniko_client.api.practice_notes import list_practice_notes, list_patient_practice_notes
from cliniko_client.filters import PracticeNotes, PatientPracticeNotes, Patients
from cliniko_client.sync.resources import synced_resources
from typing import reveal_type

seen: list[httpx.Request] = []

def answer(request: httpx.Request) -> httpx.Response:
    seen.append(request)
    more = {"next": str(request.url.copy_with(params={"page": 2}))} if "page=1" in str(request.url) else {}
    return httpx.Response(200, json={"practice_notes": [{"id": "7", "name": "Synthetic alert"}],
                                     "total_entries": 2, "links": {"self": str(request.url), **more}})

client = ClinikoClient("key-au1", "Tests (tests@example.com)", httpx_args={"transport": httpx.MockTransport(answer)})
alerts = list(iter_practice_notes(client, q=[PracticeNotes.patient_id.equals(5)]))
since = PatientPracticeNotes.created_at.after(datetime.datetime(2025, 1, 1, tzinfo=datetime.UTC))
below = list(iter_practice_notes(client, operation=list_patient_practice_notes, patient_id="5", q=[since]))
reveal_type(alerts[0])
try:
    iter_practice_notes(client, operation=list_patient_practice_notes)
except ValueError as error:
    missing = str(error)
print(json.dumps({"alerts": [a.name for a in alerts], "below": len(below), "missing": missing,
                  "paths": [r.url.path for r in seen if r.url.params["page"] == "1"],
                  "q": [r.url.params.get_list("q[]") for r in seen if r.url.params["page"] == "1"],
                  "patients": str(Patients.id.equals(1)),
                  # Its list filters no updated_at: the sync cannot walk it, so it does not mirror it.
                  "mirrored": sorted(name for name in synced_resources() if name in ("patients", "practice_notes"))}))
"""


def test_a_resource_added_to_the_spec_gets_its_walkers_and_filter_classes(tmp_path: Path) -> None:
    bundled = tmp_path / "spec" / "openapi.yaml"
    bundled.parent.mkdir()
    bundled.write_text(yaml.safe_dump(with_practice_notes(BUNDLE), sort_keys=False), encoding="utf-8")
    table = regenerate.resource_table(Spec.load(bundled))
    assert table["practice_notes"]["listPatientPracticeNotes"] == {
        "kind": "nested", "path": "/patients/{patient_id}/practice_notes", "view_of": [],
        "module": "practice_notes.list_patient_practice_notes", "key": "practice_notes",
        "attribute": "practice_notes", "page": "PracticeNoteList", "item": "PracticeNote",
        "item_models": ["PracticeNote"], "path_parameters": ["patient_id"]}
    templates = regenerate.resource_templates(bundled, table, tmp_path)
    out = tmp_path / "out"
    out.mkdir()
    regenerate.generate_python(bundled, out, templates, table)
    package = out / "python"
    script = tmp_path / "use.py"
    script.write_text(USE_THE_NEW_RESOURCE, encoding="utf-8")
    env = {"PYTHONPATH": str(package), "PATH": str(Path(sys.executable).parent)}
    ran = subprocess.run([sys.executable, str(script)], capture_output=True, text=True, env=env, check=False)
    assert ran.returncode == 0, ran.stderr
    assert json.loads(ran.stdout) == {
        "alerts": ["Synthetic alert", "Synthetic alert"], "below": 2,
        "missing": "list_patient_practice_notes takes patient_id=",
        "paths": ["/v1/practice_notes", "/v1/patients/5/practice_notes"],
        "q": [["patient_id:=5"], ["created_at:>2025-01-01T00:00:00Z"]], "patients": "id:=1",
        "mirrored": ["patients"]}
    # Typed as precisely as the patients' walkers: mypy --strict on the use of the new resource.
    checked = subprocess.run([sys.executable, "-m", "mypy", "--strict", "--no-incremental", str(script)],
                             capture_output=True, text=True, env={**env, "MYPYPATH": str(package)}, check=False)
    assert 'Revealed type is "cliniko_client.models.practice_note.PracticeNote"' in checked.stdout, checked.stdout
    assert checked.returncode == 0 and "error:" not in checked.stdout, checked.stdout
