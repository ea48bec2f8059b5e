"""The client's fast path from body to models loses nothing.

`cliniko_client.decoding.loads` (msgspec, falling back to json) must give exactly
what `json.loads` gives for every body, and a body json refuses must still be
refused; `paused_gc` must leave the garbage collector as it found it. Through
the generated operations: a page whose body msgspec refuses (a big integer, a
byte-order mark) still parses, unknown properties and all.
"""

from __future__ import annotations

import gc
import json
import math
import re
from pathlib import Path
from typing import Any

import attrs
import httpx
import pytest
import yaml
from cliniko_client import ClinikoClient, iter_patients, models
from cliniko_client.api.patients import list_patients
from cliniko_client.decoding import loads, paused_gc
from cliniko_client.models import Patient, PatientList
from cliniko_client.types import UNSET
from hypothesis import given
from hypothesis import strategies as st

from tests.conftest import SANDBOX_KEY, USER_AGENT

FIXTURES = Path(__file__).resolve().parent / "fixtures"
EXAMPLES = Path(__file__).resolve().parent.parent / "spec" / "resources" / "patients" / "examples"
BUNDLE = Path(__file__).resolve().parent.parent / "generated" / "openapi.yaml"

# Any JSON value, with integers far beyond 64 bits and every kind of float JSON can spell.
JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers(min_value=-(10**40), max_value=10**40)
    | st.floats(allow_nan=False, allow_infinity=False) | st.text(),
    lambda inner: st.lists(inner, max_size=5) | st.dictionaries(st.text(), inner, max_size=5),
    max_leaves=30,
)


def same(a: Any, b: Any) -> bool:
    """Equal, with the same types all the way down (1 == 1.0 == True does not count)."""
    if type(a) is not type(b):
        return False
    if isinstance(a, dict):
        return list(a) == list(b) and all(same(a[k], b[k]) for k in a)
    if isinstance(a, list):
        return len(a) == len(b) and all(same(x, y) for x, y in zip(a, b, strict=True))
    if isinstance(a, float) and math.isnan(a):
        return math.isnan(b)
    return bool(a == b)


@given(JSON_VALUES, st.booleans())
def test_loads_gives_what_json_gives(value: Any, ascii_only: bool) -> None:
    body = json.dumps(value, ensure_ascii=ascii_only).encode()
    assert same(loads(body), json.loads(body))


@pytest.mark.parametrize("body", [
    b"123456789012345678901234567890",      # beyond 64 bits: exact, never a float
    b"-9223372036854775809",
    b"1e400",                               # json: inf
    b"NaN",
    b'["\\ud800"]',                         # a lone surrogate
    b'\xef\xbb\xbf{"id": "1"}',             # UTF-8 byte-order mark
    '{"first_name": "Zoë"}'.encode("utf-16"),
    b'{"a": 1, "a": 2}',                    # the last duplicate wins
])
def test_bodies_msgspec_refuses_decode_as_json_decodes_them(body: bytes) -> None:
    assert same(loads(body), json.loads(body))


@pytest.mark.parametrize("body", [b"", b"{", b"\x00", b"[1,]", b'{"a": 1} x'])
def test_bodies_json_refuses_are_refused(body: bytes) -> None:
    with pytest.raises(json.JSONDecodeError):
        json.loads(body)
    with pytest.raises(ValueError):
        loads(body)


def test_paused_gc_restores_the_collector() -> None:
    assert gc.isenabled()
    with paused_gc():
        assert not gc.isenabled()
    assert gc.isenabled()
    with pytest.raises(KeyError), paused_gc():
        raise KeyError("a failure while building models")
    assert gc.isenabled()
    gc.disable()  # a program that runs without the collector keeps it off
    try:
        with paused_gc():
            assert not gc.isenabled()
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_a_page_with_a_big_integer_and_a_bom_parses_through_the_client(page_body: dict[str, Any]) -> None:
    page = dict(page_body, x_future_counter=2**70)
    body = b"\xef\xbb\xbf" + json.dumps(page).encode()  # both refused by msgspec, accepted by json
    transport = httpx.MockTransport(lambda request: httpx.Response(200, content=body))
    client = ClinikoClient(SANDBOX_KEY, USER_AGENT, base_url="http://127.0.0.1:9/v1",
                           httpx_args={"transport": transport})
    parsed = list_patients.sync(client=client)
    assert isinstance(parsed, PatientList)
    assert parsed.additional_properties["x_future_counter"] == 2**70
    assert parsed.to_dict() == page
    assert [p.to_dict() for p in iter_patients(client)] == page["patients"]
    assert gc.isenabled()


@pytest.fixture
def page_body() -> dict[str, Any]:
    """A last page of the seed documentation's list example."""
    page: dict[str, Any] = json.loads((FIXTURES / "listPatients" / "response-200-seed.json").read_text())
    page["links"].pop("next", None)
    return page


# The live-shaped patient of the spec's examples, its optional properties, names the spec does not know.
LIVE_PATIENT: dict[str, Any] = yaml.safe_load((EXAMPLES / "getPatient.live.yaml").read_text())["value"]
OPTIONAL = sorted(a.name for a in attrs.fields(Patient) if a.default is UNSET and a.name in LIVE_PATIENT)
PROPERTY_NAMES = [a.name for a in attrs.fields(Patient) if a.name != "additional_properties"]
UNKNOWN_NAMES = st.text(min_size=1, max_size=12).filter(lambda name: name not in LIVE_PATIENT)
UNKNOWN_VALUES = st.none() | st.integers() | st.text(max_size=5) | st.lists(st.integers(), max_size=2)


@given(absent=st.sets(st.sampled_from(OPTIONAL)), unknown=st.dictionaries(UNKNOWN_NAMES, UNKNOWN_VALUES, max_size=3),
       positions=st.lists(st.integers(min_value=0, max_value=60), min_size=3, max_size=3))
def test_unknown_properties_are_kept_in_order_whatever_else_is_absent(
        absent: set[str], unknown: dict[str, Any], positions: list[int]) -> None:
    items = [(k, v) for k, v in LIVE_PATIENT.items() if k not in absent]
    for (name, value), at in zip(unknown.items(), positions, strict=False):  # anywhere among the known keys
        items.insert(min(at, len(items)), (name, value))
    body = dict(items)
    for _ in range(2):  # twice: the second time from_dict tries the unknown name it saw first
        patient = Patient.from_dict(body)
        assert list(patient.additional_properties) == [k for k in body if k in unknown]
        assert patient.to_dict() == body
        assert all(getattr(patient, name) is UNSET for name in absent)


def test_a_whole_record_parses_as_one_read_key_by_key_does() -> None:
    # A record with every property takes from_dict's one-call path; without any one of them, the
    # key-by-key path. Both must give the same model, property for property.
    whole = {name: LIVE_PATIENT.get(name) for name in PROPERTY_NAMES}
    fast = Patient.from_dict({**whole, "nickname": "unknown"})
    for name in OPTIONAL:
        partial = {k: v for k, v in whole.items() if k != name}
        slow = Patient.from_dict({**partial, "nickname": "unknown"})
        assert getattr(slow, name) is UNSET
        setattr(slow, name, getattr(fast, name))
        assert slow == fast, name
        assert slow.additional_properties == {"nickname": "unknown"}


def test_a_missing_required_property_is_still_an_error() -> None:
    body = dict(LIVE_PATIENT)
    del body["last_name"]
    with pytest.raises(KeyError):
        Patient.from_dict({**body, "nickname": "an unknown property in its place"})



@pytest.mark.parametrize(("name", "value", "message"), [
    ("medical_alerts", "not an object", "^medical_alerts: unexpected str$"),
    ("reminder_type", 3, "^reminder_type: unexpected int$"),
])
def test_a_value_of_the_wrong_type_is_refused_by_name(name: str, value: object, message: str) -> None:
    with pytest.raises(TypeError, match=message):
        Patient.from_dict({**LIVE_PATIENT, name: value})


# ---- every text property of every model refuses another type, by name ------------------------

SCHEMAS = yaml.safe_load(BUNDLE.read_text(encoding="utf-8"))["components"]["schemas"]


def resolved(schema: dict[str, Any]) -> dict[str, Any]:
    while "$ref" in schema:
        schema = SCHEMAS[schema["$ref"].rsplit("/", 1)[-1]]
    return schema


def pascal(name: str) -> str:
    return "".join(part[:1].upper() + part[1:] for part in re.split(r"[_\W]+", name) if part)


def model_schemas() -> dict[str, dict[str, Any]]:
    """Each model's schema, by the generator's class names: the components, and the inline
    objects of their properties (Link.links is LinkLinks)."""
    found = {}
    for name, schema in SCHEMAS.items():
        found[pascal(name)] = schema
        for prop, sub in schema.get("properties", {}).items():
            if sub.get("type") == "object":
                found[pascal(name) + pascal(prop)] = sub
    return found


def properties_of(schema: dict[str, Any]) -> tuple[dict[str, Any], set[str]]:
    """(properties, required), its allOf parts' included."""
    properties, required = dict(schema.get("properties", {})), set(schema.get("required", []))
    for part in schema.get("allOf", []):
        more, also = properties_of(resolved(part))
        properties, required = {**more, **properties}, required | also
    return properties, required


def minimal(schema: dict[str, Any]) -> Any:
    """A value of the schema's types: its example, const or first enum value, or for an object
    its required properties (patterns are not the client's to check)."""
    schema = resolved(schema)
    for key in ("const", "enum", "examples"):
        if key in schema:
            return schema[key] if key == "const" else schema[key][0]
    if "anyOf" in schema:
        return minimal(schema["anyOf"][0])
    kind = schema.get("type", "object")
    kind = kind[0] if isinstance(kind, list) else kind
    if kind == "object":
        properties, required = properties_of(schema)
        return {name: minimal(properties[name]) for name in sorted(required & properties.keys())}
    dates = {"date-time": "2025-01-01T00:00:00Z", "date": "2025-01-01"}
    return {"string": dates.get(schema.get("format", ""), "x"), "integer": 1, "number": 1.5, "boolean": True,
            "array": [], "null": None}[kind]


def is_text(schema: dict[str, Any]) -> bool:
    """Free text: strings (maybe null), not an enum or a constant, not a date the client parses."""
    branches = [resolved(branch) for branch in resolved(schema).get("anyOf", [schema])]
    kinds = set()
    for branch in branches:
        kind = branch.get("type")
        kinds |= set(kind) if isinstance(kind, list) else {kind}
        if {"enum", "const"} & branch.keys() and kind != "null" or branch.get("format") in ("date", "date-time"):
            return False
    return "string" in kinds and kinds <= {"string", "null"}


def is_enum(schema: dict[str, Any]) -> bool:
    """An enum of names (reminder_type), maybe nullable."""
    branches = [resolved(branch) for branch in resolved(schema).get("anyOf", [schema])]
    return any(all(isinstance(value, str) for value in branch.get("enum", [None])) for branch in branches)


MODELS = sorted(name for name in models.__all__ if hasattr(getattr(models, name), "from_dict"))


def model_properties(kind: Any) -> list[tuple[str, str]]:
    return [(model, name) for model in MODELS if model in model_schemas()
            for name, schema in properties_of(model_schemas()[model])[0].items() if kind(schema)]


TEXT_PROPERTIES = model_properties(is_text)
ENUM_PROPERTIES = model_properties(is_enum)


def test_every_generated_model_is_read_from_the_spec() -> None:
    assert set(MODELS) <= model_schemas().keys()
    assert {("PatientUpdate", "occupation"), ("Patient", "occupation"), ("LinkLinks", "self")} <= set(TEXT_PROPERTIES)


@pytest.mark.parametrize(("model", "name"), TEXT_PROPERTIES, ids=[f"{m}.{n}" for m, n in TEXT_PROPERTIES])
def test_a_text_property_holding_a_number_is_refused_by_name(model: str, name: str) -> None:
    cls = getattr(models, model)
    body = minimal(model_schemas()[model])
    cls.from_dict(body)  # the body is fine but for the property under test
    with pytest.raises(TypeError, match=f"^{name}: unexpected int$"):
        cls.from_dict({**body, name: 3})


@pytest.mark.parametrize(("model", "name"), ENUM_PROPERTIES, ids=[f"{m}.{n}" for m, n in ENUM_PROPERTIES])
def test_an_unknown_enum_value_is_refused_by_name(model: str, name: str) -> None:
    cls = getattr(models, model)
    body = minimal(model_schemas()[model])
    from cliniko_client.pii_fields import PII_FIELDS

    # A personal property's unknown value is not echoed: it may be clinical text (a note's question type).
    personal = bool({name, f"{name}_"} & PII_FIELDS.get(model, frozenset()))  # `type` is the attribute `type_`
    words = r"unexpected value \(not shown: personal\)" if personal else "Unexpected value 'Telegram'"
    with pytest.raises(TypeError, match=f"^{name}: {words}"):
        cls.from_dict({**body, name: "Telegram"})


# ---- amounts (issue 22): decimal.Decimal, never float -------------------------------------------


def _values(model: Any) -> Any:
    """Every attribute value of a parsed model, nested models and lists included."""
    for value in attrs.asdict(model, recurse=False).values():
        if attrs.has(type(value)):
            yield from _values(value)
        elif isinstance(value, list):
            for item in value:
                yield from (_values(item) if attrs.has(type(item)) else [item])
        else:
            yield value


@pytest.mark.parametrize("name", ["live", "seed"])
def test_amounts_parse_as_decimals_and_go_back_as_sent(name: str) -> None:
    from decimal import Decimal

    document = json.loads((FIXTURES / "listInvoiceItems" / f"response-200-{name}.json").read_text())
    page = models.InvoiceItemList.from_dict(document)
    item = page.invoice_items[0]
    assert isinstance(item.net_price, Decimal) and isinstance(item.unit_price, Decimal)
    assert isinstance(item.quantity, Decimal) and isinstance(item.total_including_tax, Decimal)
    assert not any(isinstance(value, float) for value in _values(page))
    # The seed's `"quantity": 1` comes back as the decimal string, every other amount as sent.
    expected = {k: (str(v) if k == "quantity" else v) for k, v in document["invoice_items"][0].items()}
    assert item.to_dict() == expected
    invoice = models.Invoice.from_dict(json.loads((FIXTURES / "getInvoice" / f"response-200-{name}.json").read_text()))
    assert invoice.net_amount + invoice.tax_amount == invoice.total_amount  # exact, as money must be


def test_a_json_number_amount_becomes_its_shortest_decimal() -> None:
    from decimal import Decimal

    item = models.InvoiceItem.from_dict({"id": "1", "created_at": "2024-02-01T10:00:00Z",
                                         "updated_at": "2024-02-01T10:00:00Z", "total_including_tax": 81.818})
    assert item.total_including_tax == Decimal("81.818")


@pytest.mark.parametrize("amount", ["twelve dollars", "NaN", True])
def test_a_bad_amount_is_refused_without_echoing_it(amount: object) -> None:
    with pytest.raises((TypeError, ValueError)) as caught:  # a boolean: "total_amount: unexpected bool"
        models.Invoice.from_dict({"id": "1", "created_at": "2024-02-01T10:00:00Z",
                                  "updated_at": "2024-02-01T10:00:00Z", "total_amount": amount})
    assert str(amount) not in str(caught.value)


def test_typescript_keeps_amounts_as_strings() -> None:
    types = (Path(__file__).resolve().parent.parent / "generated" / "typescript" / "schema.d.ts").read_text()
    assert re.search(r"\n        Amount: string;", types)
    assert "\n        AmountOrNumber: string | number;" in types  # Amount's text, or an older number
