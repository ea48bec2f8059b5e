"""The schemathesis exceptions declared for the plain CLI (schemathesis.toml) are the ones the
pytest suites derive from the spec, so neither drifts when a resource is added."""

from __future__ import annotations

import tomllib

from spec_schemas import ROOT, load_bundle

from tests.support.realistic_data import (
    PARENT_CHECKED_STATUSES,
    deprecated_operations,
    parent_checked_operations,
    schemathesis_config,
    schemathesis_operations,
)


def test_the_cli_expects_422_of_positive_data_exactly_where_a_body_names_a_parent() -> None:
    config = tomllib.loads((ROOT / "schemathesis.toml").read_text(encoding="utf-8"))
    declared = [entry for entry in config.get("operations", [])
                if "positive_data_acceptance" in entry.get("checks", {})]
    assert len(declared) == 1, declared
    assert declared[0]["include-operation-id"] == parent_checked_operations(load_bundle().document)
    assert declared[0]["checks"]["positive_data_acceptance"]["expected-statuses"] == PARENT_CHECKED_STATUSES


def test_operations_whose_body_names_a_parent_are_found_from_the_spec() -> None:
    assert "createMedicalAlert" in parent_checked_operations(load_bundle().document)
    assert "createPatient" in parent_checked_operations(load_bundle().document)  # its referring doctor
    assert "createConcessionType" not in parent_checked_operations(load_bundle().document)


def test_the_pytest_suites_skip_the_coverage_phase_of_deprecated_operations_only() -> None:
    # CI time (tests/support/realistic_data.py): a deprecated twin keeps examples and fuzzing, and
    # parent-checked ones keep their 422 (POST /appointments is both).
    import schemathesis
    from spec_schemas import BUNDLE_PATH

    bundle = load_bundle().document
    schema = schemathesis.openapi.from_path(BUNDLE_PATH, config=schemathesis_config(bundle))
    covered = {}
    for result in schema.get_all_operations():
        operation = result.ok()
        phases = schema.config.phases_for(operation=operation)
        covered[operation.definition.raw["operationId"]] = phases.coverage.enabled
    assert {name for name, enabled in covered.items() if not enabled} == set(deprecated_operations(bundle))
    assert covered["createPatient"] and covered["listBookings"] and not covered["createAppointment"]
    # The first entry naming an operation is its configuration: POST /appointments keeps its 422.
    entry = next(e for e in schemathesis_operations(bundle) if "createAppointment" in e["include-operation-id"])
    assert entry["checks"]["positive_data_acceptance"]["expected-statuses"] == PARENT_CHECKED_STATUSES
