"""The sandbox's resource machinery where one record names several others (issue 21's
appointments name a patient, a practitioner, a business and an appointment type).

The spec's resources name at most one other yet, so these tests serve a copy of the
bundle with one more resource, `visits`: medical alerts renamed, each naming a patient
(`patient_id`, shown as a `patient` link) and a medical alert (`medical_alert_id`,
shown as itself and as a link), with a nested list under each, a `cancel` and a
`conflicts` endpoint. Everything is served by the generic handlers through HTTP.
"""

from __future__ import annotations

import copy
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from cliniko_client.sandbox import app as sandbox_app
from cliniko_client.sandbox.custom import CUSTOM_HANDLERS
from cliniko_client.sandbox.validation import BodyRules
from cliniko_client.spec_schemas import Spec
from spec_schemas import BUNDLE_PATH
from starlette.responses import JSONResponse

from tests.conftest import OTHER_ACCOUNT_KEY
from tests.test_sandbox import Api, client_for

ID = {"$ref": "#/components/schemas/Id"}


def visits_bundle() -> dict[str, Any]:
    """The bundle with `visits`: medical alerts' operations and models, renamed, naming two records."""
    import yaml

    bundle = yaml.safe_load(BUNDLE_PATH.read_text("utf-8"))
    components = bundle["components"]
    renamed = json.loads(json.dumps({
        "paths": {p: i for p, i in bundle["paths"].items() if "medical_alerts" in p},
        "components": {section: {n: c for n, c in entries.items() if "medicalalert" in n.lower().replace("_", "")}
                       for section, entries in components.items()},
    }).replace("medical_alerts", "visits").replace("MedicalAlert", "Visit"))
    for section, entries in renamed["components"].items():
        components[section].update(entries)
    schemas = components["schemas"]
    update = schemas["VisitUpdate"]["properties"]
    update["medical_alert_id"] = {"anyOf": [ID, {"type": "null"}], "description": "The alert the visit is about."}
    shown = schemas["Visit"]["properties"]
    shown["medical_alert_id"] = {"anyOf": [ID, {"type": "null"}]}
    shown["medical_alert"] = {"anyOf": [{"$ref": "#/components/schemas/Link"}, {"type": "null"}]}
    shown["cancelled_at"] = {"type": ["string", "null"]}
    paths = renamed["paths"]
    listing = paths["/visits"]["get"]
    listing["x-cliniko-resource"]["belongs_to"].append({"resource": "medical_alerts", "property": "medical_alert_id"})
    paths["/medical_alerts/{id}/visits"] = copy.deepcopy(paths["/patients/{id}/visits"])
    paths["/medical_alerts/{id}/visits"]["get"]["operationId"] = "listMedicalAlertVisits"
    cancel = copy.deepcopy(paths["/visits/{id}"]["patch"])
    cancel["operationId"] = "cancelVisit"
    cancel["responses"] = {"204": {"description": "Cancelled."}}
    paths["/visits/{id}/cancel"] = {**{k: v for k, v in paths["/visits/{id}"].items() if k == "parameters"},
                                    "patch": cancel}
    conflicts = copy.deepcopy(paths["/visits/{id}"]["get"])
    conflicts["operationId"] = "listVisitConflicts"
    paths["/visits/{id}/conflicts"] = {"get": conflicts}
    bundle["paths"] = {**paths, **bundle["paths"]}  # first: seeding must still wait for what visits name
    return bundle


@pytest.fixture
def visits_spec(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Spec:
    path = tmp_path / "openapi.json"
    path.write_text(json.dumps(visits_bundle()), "utf-8")
    spec = Spec.load(path)
    monkeypatch.setattr(sandbox_app, "_spec", lambda: (spec, BodyRules(spec)))
    return spec


@pytest.fixture
def api(visits_spec: Spec, monkeypatch: pytest.MonkeyPatch) -> Iterator[Api]:
    def conflicts(sandbox: Any, collection: Any, endpoint: Any) -> Any:
        async def handler(request: Any, caller: Any) -> JSONResponse:
            return JSONResponse({"conflicts": [], "asked": request.path_params["id"]})
        return handler

    monkeypatch.setitem(CUSTOM_HANDLERS, "listVisitConflicts", conflicts)
    with client_for() as client:
        yield Api(client)


def alert_of(api: Api, patient_id: str) -> dict[str, Any]:
    made = api("POST", "/medical_alerts", json={"name": "Latex allergy", "patient_id": patient_id})
    assert made.status_code == 201, made.text
    return dict(made.json())


def visit(api: Api, **body: Any) -> Any:
    return api("POST", "/visits", json={"name": "Review", **body})


def test_every_record_a_body_names_is_checked_and_shown_as_its_schema_says(api: Api) -> None:
    patient = api.create()
    alert = alert_of(api, patient["id"])
    made = visit(api, patient_id=patient["id"], medical_alert_id=alert["id"])
    assert made.status_code == 201, made.text
    body = made.json()
    # patient_id is not in the record's schema: a link in its place; medical_alert_id is: kept, and linked.
    assert "patient_id" not in body and body["patient"]["links"]["self"].endswith(f"/patients/{patient['id']}")
    assert body["medical_alert_id"] == alert["id"]
    assert body["medical_alert"]["links"]["self"].endswith(f"/medical_alerts/{alert['id']}")
    other = api("GET", "/medical_alerts", key=OTHER_ACCOUNT_KEY).json()["medical_alerts"][0]["id"]
    for field, value in (("medical_alert_id", other), ("medical_alert_id", "9" * 18), ("patient_id", "9" * 18)):
        refused = visit(api, **{"patient_id": patient["id"], "medical_alert_id": alert["id"], field: value})
        assert refused.status_code == 422, refused.text
        assert refused.json()["errors"] == {field: f"must name a {field[:-3].replace('_', ' ')} of this account"}
    # A null reference names nothing: accepted, shown as null.
    unnamed = visit(api, patient_id=patient["id"], medical_alert_id=None)
    assert unnamed.status_code == 201 and unnamed.json()["medical_alert"] is None, unnamed.text


def test_each_record_named_has_its_nested_list(api: Api) -> None:
    patient = api.create()
    alert = alert_of(api, patient["id"])
    mine = visit(api, patient_id=patient["id"], medical_alert_id=alert["id"]).json()
    visit(api, patient_id=patient["id"], medical_alert_id=None)
    under_alert = api("GET", f"/medical_alerts/{alert['id']}/visits").json()
    under_patient = api("GET", f"/patients/{patient['id']}/visits").json()
    assert [v["id"] for v in under_alert["visits"]] == [mine["id"]]
    assert under_patient["total_entries"] == 2
    assert api("GET", f"/medical_alerts/{'9' * 18}/visits").status_code == 404


def test_cancel_sets_cancelled_at_and_what_the_body_says(api: Api) -> None:
    patient = api.create()
    made = visit(api, patient_id=patient["id"]).json()
    cancelled = api("PATCH", f"/visits/{made['id']}/cancel", json={"name": "Cancelled review"})
    assert cancelled.status_code == 204, cancelled.text
    shown = api("GET", f"/visits/{made['id']}").json()
    assert shown["cancelled_at"] and shown["name"] == "Cancelled review"


def test_an_endpoint_of_another_shape_is_served_by_its_registered_handler(api: Api) -> None:
    patient = api.create()
    made = visit(api, patient_id=patient["id"]).json()
    assert api("GET", f"/visits/{made['id']}/conflicts").json() == {"conflicts": [], "asked": made["id"]}


def test_an_endpoint_of_another_shape_without_a_handler_is_one_line_at_start(visits_spec: Spec) -> None:
    with pytest.raises(ValueError) as refused:
        client_for()
    assert str(refused.value).startswith("listVisitConflicts: the sandbox knows no endpoint of its path's shape")
    assert "register a handler for it in sandbox/custom.py" in str(refused.value)


def test_records_are_seeded_after_the_records_they_name(visits_spec: Spec,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(CUSTOM_HANDLERS, "listVisitConflicts", lambda *_: None)
    with client_for() as client:
        api = Api(client)
        seeded = api("GET", "/visits").json()["visits"]
        alerts = api("GET", "/medical_alerts").json()["medical_alerts"]
    # One visit per account, made from the create example, naming the alert seeded before it.
    assert len(seeded) == 1 and seeded[0]["medical_alert"]["links"]["self"].endswith(f"/{alerts[0]['id']}")
