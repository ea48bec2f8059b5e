"""The OpenAPI 3.0.3 companion, generated/openapi-3.0.yaml (scripts/openapi30.py).

It must be valid 3.0, accept every example and fixture the 3.1 bundle accepts (read
as 3.0 reads schemas: JSON Schema draft 4 with `nullable`), and still refuse the
invalid documents of tests/fixtures/mutations/cases.json except where 3.0 cannot say
the rule (listed here, and in README's "OpenAPI 3.0").
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import jsonschema
import openapi30
import pytest
import yaml
from openapi_spec_validator import OpenAPIV30SpecValidator, validate
from validate_fixtures import mutated

from portability import FIXTURE_NAME, _resolve, build_corpus

ROOT = Path(__file__).resolve().parent.parent
BUNDLE_30 = ROOT / "generated" / "openapi-3.0.yaml"
BUNDLE_31 = ROOT / "generated" / "openapi.yaml"
FIXTURES = ROOT / "tests" / "fixtures"

Check = Callable[[Any, Any, Any, dict[str, Any]], Iterator[jsonschema.ValidationError]]


def nullable(check: Check) -> Check:
    """A draft 4 keyword as OpenAPI 3.0 reads it: `nullable: true` lets `null` through."""

    def keyword(validator: Any, value: Any, instance: Any, schema: dict[str, Any]) -> Iterator[Any]:
        if instance is None and schema.get("nullable") is True:
            return
        yield from check(validator, value, instance, schema)

    return keyword


OAS30 = jsonschema.validators.extend(
    jsonschema.Draft4Validator, {name: nullable(check) for name, check in jsonschema.Draft4Validator.VALIDATORS.items()}
)


@pytest.fixture(scope="module")
def doc30() -> dict[str, Any]:
    loaded: dict[str, Any] = yaml.safe_load(BUNDLE_30.read_text(encoding="utf-8"))
    return loaded


def errors(doc: dict[str, Any], schema: str | dict[str, Any], document: Any) -> list[str]:
    """`document` against a schema of `doc`, or its schema of that name."""
    if isinstance(schema, str):
        schema = {"$ref": f"#/components/schemas/{schema}"}
    # The document's components beside it, so "#/components/..." resolves (draft 4 ignores $ref siblings).
    root = {"allOf": [schema], "components": doc["components"]}
    validator = OAS30(root, format_checker=jsonschema.Draft4Validator.FORMAT_CHECKER)
    return [f"/{'/'.join(map(str, e.absolute_path))}: {e.message[:200]}" for e in validator.iter_errors(document)]


def test_is_valid_openapi_30(doc30: dict[str, Any]) -> None:
    assert doc30["openapi"] == "3.0.3"
    validate(doc30, cls=OpenAPIV30SpecValidator)


def test_same_operations_and_schemas_as_the_31_bundle(doc30: dict[str, Any]) -> None:
    doc31 = yaml.safe_load(BUNDLE_31.read_text(encoding="utf-8"))
    assert doc30["info"]["version"] == doc31["info"]["version"]
    assert doc30["paths"].keys() == doc31["paths"].keys()
    for path, item in doc31["paths"].items():
        assert doc30["paths"][path].keys() == item.keys(), path
    assert doc30["components"]["schemas"].keys() == doc31["components"]["schemas"].keys()


def test_every_example_and_fixture_validates_against_the_30_schemas(doc30: dict[str, Any]) -> None:
    corpus = build_corpus(doc30)
    failures = [f"{entry['where']}: {problem}" for entry in corpus
                for problem in errors(doc30, entry["schema"], entry["document"])]
    print(f"{len(corpus)} documents validated against the 3.0 bundle's schemas")
    assert len(corpus) > 50
    assert not failures, "\n".join(failures[:40])


# The invalid documents of mutations/cases.json that the 3.0 bundle accepts, and why.
ACCEPTED_BY_30: dict[str, str] = {}


def fixture_schema(doc: dict[str, Any], fixture: Path) -> dict[str, Any]:
    """The schema of `doc` a fixture file answers to, from its folder (operationId) and name."""
    match = FIXTURE_NAME.match(fixture.name)
    assert match, fixture
    operation = next(op for item in doc["paths"].values() for op in item.values()
                     if isinstance(op, dict) and op.get("operationId") == fixture.parent.name)
    node = operation["requestBody"] if match["status"] is None else operation["responses"][match["status"]]
    schema: dict[str, Any] = _resolve(doc, node)["content"]["application/json"]["schema"]
    return schema


def test_invalid_mutations_are_refused_except_where_30_cannot_say_so(doc30: dict[str, Any]) -> None:
    cases = json.loads((FIXTURES / "mutations" / "cases.json").read_text(encoding="utf-8"))["fail"]
    accepted = []
    for case in cases:
        target = fixture_schema(doc30, FIXTURES / case["base"])
        document = mutated(json.loads((FIXTURES / case["base"]).read_text(encoding="utf-8")),
                           case.get("set", {}), case.get("remove", []))
        if not errors(doc30, target, document):
            accepted.append(case["name"])
    print(f"{len(cases) - len(accepted)} of {len(cases)} invalid documents refused by the 3.0 bundle")
    assert sorted(accepted) == sorted(ACCEPTED_BY_30)


# ---- finish(): what the converter leaves, on small documents ------------------------

def document(schemas: dict[str, Any]) -> dict[str, Any]:
    return {"openapi": "3.0.3", "info": {"title": "t", "version": "1.0.0", "summary": "s"}, "paths": {},
            "components": {"schemas": schemas}}


def test_a_ref_or_null_becomes_a_nullable_allof() -> None:
    doc = document({"A": {"type": "object"}, "B": {"anyOf": [{"$ref": "#/components/schemas/A"}, {"type": "null"}]}})
    changes, _ = openapi30.finish(doc)
    assert doc["components"]["schemas"]["B"] == {"nullable": True, "allOf": [{"$ref": "#/components/schemas/A"}]}
    assert changes["anyOf [$ref, null] -> allOf [$ref] + nullable"] == 1
    assert errors(doc, "B", None) == [] and errors(doc, "B", {}) == [] and errors(doc, "B", 1) != []


def test_typed_branches_with_null_become_nullable_each() -> None:
    doc = document({"D": {"anyOf": [{"type": "string", "format": "date"}, {"type": "string", "const": ""},
                                    {"type": "null"}]}})
    openapi30.finish(doc)
    assert doc["components"]["schemas"]["D"] == {
        "anyOf": [{"type": "string", "format": "date", "nullable": True},
                  {"type": "string", "enum": [""], "nullable": True}],
        "nullable": True,
    }
    for good in (None, "", "2024-02-29"):
        assert errors(doc, "D", good) == [], good
    assert errors(doc, "D", 3) != []


def test_conditionals_go_and_info_summary_goes() -> None:
    doc = document({"O": {"type": "object", "dependentRequired": {"value": ["selected"]},
                          "if": {"required": ["value"]}, "then": {"properties": {"selected": {"const": True}}}}})
    changes, places = openapi30.finish(doc)
    assert doc["components"]["schemas"]["O"] == {"type": "object"}
    assert "summary" not in doc["info"] and doc["info"]["description"].startswith("**OpenAPI 3.0.3 rendering**")
    assert changes == Counter({"if removed": 1, "then removed": 1, "dependentRequired removed": 1,
                               "info.summary removed": 1})
    assert "/components/schemas/O: if removed" in places


@pytest.mark.parametrize(("schema", "says"), [
    ({"type": "array", "prefixItems": [{"type": "string"}]}, "/components/schemas/X: keyword 'prefixItems'"),
    ({"type": "object", "properties": {"a": {"type": ["string", "integer"]}}},
     "/components/schemas/X/properties/a: type ['string', 'integer']"),
])
def test_a_31_keyword_left_over_fails_with_its_pointer(schema: dict[str, Any], says: str) -> None:
    with pytest.raises(openapi30.ConversionFailed) as raised:
        openapi30.finish(document({"X": schema}))
    assert says in str(raised.value)


def test_inline_schemas_of_operations_are_finished_too() -> None:
    doc = document({})
    doc["paths"] = {"/a": {"get": {"parameters": [{"name": "q", "in": "query", "schema": {"const": "x"}}],
                                   "responses": {"200": {"description": "ok"}}}}}
    changes, places = openapi30.finish(doc)
    assert doc["paths"]["/a"]["get"]["parameters"][0]["schema"] == {"enum": ["x"]}
    assert places == ["/info/summary: removed", "/paths/~1a/get/parameters/0/schema: const -> enum"]
