"""Generated data a Cliniko account can really accept, for schemathesis runs.

THE one declared exception to "generate from the schema alone": an answer in
`custom_fields` must use the section, field and option tokens of the account's
custom fields definition (GET /settings), and the schema cannot know them, so
schema-valid random UUIDs get a legitimate 422. Instead of allowing that 422,
`use_definition` makes every positive body's `custom_fields` a real answer to
the definition, drawn by Hypothesis. Negative bodies are left alone, so the
server's rejection of bad custom fields is still tested.

A second, smaller one: JSON Schema counts `60.0` as an integer, so schemathesis
sends ids written as floats in positive bodies. The spec's `Id` refuses them in
words (a float id has often lost digits on its way through a double) and the
sandbox answers 422; `use_integer_ids` writes such ids as integers in positive
bodies. Negative bodies are left alone.

Also registers the custom string formats of the spec (`iana-time-zone`), which
schemathesis would otherwise fill with random text, and keeps a positive request's
date window (`from`/`to` of the free-time searches) in the future: the spec says in
words that `from` is not before today, which no schema can say of a fixed example.
"""

from __future__ import annotations

import hashlib
import zoneinfo
from collections import Counter
from datetime import UTC, date, datetime, timedelta
from typing import Any

import schemathesis
from cliniko_client.sandbox.seeding import example_answers
from hypothesis import strategies as st
from schemathesis.core.parameters import ParameterLocation

# Printable text without surrogates: what a person types into a form.
TEXT = st.text(st.characters(codec="utf-8", exclude_categories=("Cc", "Cs")), min_size=1, max_size=40)


TIME_ZONES = sorted(zoneinfo.available_timezones())
_ZONE_SET = frozenset(TIME_ZONES)


def register_realistic_values(schema: Any = None) -> None:
    """Real IANA zone names for `format: iana-time-zone`, periods that end after they
    start, and date windows that are not in the past, in every phase.

    Hypothesis phases draw from the registered strategy. The coverage phase builds
    strings from `pattern`, `minLength` and `maxLength` alone (`A000...`), which the
    server rightly refuses (the spec documents that unknown zone names get a 422), so
    a positive body's `time_zone` that is not a real zone is swapped for one.

    With a `schema`, the body hooks are that schema's: registered globally, schemathesis
    runs them on every schema of the process, and they doubled the cost of the security
    report's own negative-mode schema in the same pytest worker (29 s to 56 s of CPU).
    """
    schemathesis.openapi.format("iana-time-zone", st.sampled_from(TIME_ZONES))
    hook = schema.hook if schema is not None else schemathesis.hook
    hook("map_case")(_real_time_zone)
    hook("map_case")(_ordered_period)
    # before_call, not map_case: the examples phase sends the spec's own examples unmapped.
    # Global only (schemathesis has no schema-scoped before_call); it runs only when a case is sent.
    if "_future_window" not in {getattr(f, "__name__", "") for f in _global_before_call()}:
        schemathesis.hook("before_call")(_future_window)


def _global_before_call() -> list[Any]:
    from schemathesis.hooks import GLOBAL_HOOK_DISPATCHER

    return list(GLOBAL_HOOK_DISPATCHER.get_all_by_name("before_call"))


def _real_time_zone(context: Any, case: Any) -> Any:
    meta = case.meta
    component = meta.components.get(ParameterLocation.BODY) if meta is not None else None
    body = case.body
    if (component is not None and component.mode.is_positive and isinstance(body, dict)
            and isinstance(body.get("time_zone"), str) and body["time_zone"] not in _ZONE_SET):
        digest = int(hashlib.sha256(body["time_zone"].encode()).hexdigest(), 16)
        case.body = {**body, "time_zone": TIME_ZONES[digest % len(TIME_ZONES)]}
    return case


def _ordered_period(context: Any, case: Any) -> Any:
    """A positive body's period made one: `ends_at` an hour after `starts_at` when it is
    missing or not after it. That a period ends after it starts (and that a block states
    its end) is the server's documented 422, which a schema cannot express; generated
    pairs are in the wrong order half of the time."""
    meta = case.meta
    component = meta.components.get(ParameterLocation.BODY) if meta is not None else None
    body = case.body
    if component is None or not component.mode.is_positive or not isinstance(body, dict):
        return case
    try:
        starts = datetime.fromisoformat(str(body["starts_at"]).replace("Z", "+00:00"))
        ends = datetime.fromisoformat(str(body["ends_at"]).replace("Z", "+00:00")) if "ends_at" in body else None
    except (KeyError, ValueError):
        return case
    if starts.tzinfo is not None and (ends is None or ends.tzinfo is None or ends <= starts):
        later = (starts + timedelta(hours=1)).astimezone(UTC)
        case.body = {**body, "ends_at": later.strftime("%Y-%m-%dT%H:%M:%SZ")}
    return case


def _live(entries: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [entry for entry in entries if not entry.get("archived")]


def _field_answer(field: dict[str, Any]) -> st.SearchStrategy[dict[str, Any]]:
    token = field["token"]
    if field["type"] in ("text", "paragraph"):
        return st.fixed_dictionaries({"token": st.just(token), "value": TEXT})
    if field["type"] == "date":
        return st.fixed_dictionaries({"token": st.just(token), "value": st.dates().map(lambda d: d.isoformat())})
    options = [o["token"] for o in _live(field.get("options", []))]
    other = field.get("other") or {}
    other_open = other.get("enabled") is True and not other.get("archived")
    most = 1 if field["type"] == "radiobuttons" else len(options)
    chosen = st.lists(st.sampled_from(options), unique=True, max_size=most) if options else st.just([])

    def build(picked: list[str], other_value: str | None) -> dict[str, Any]:
        answer: dict[str, Any] = {"token": token, "options": [{"token": t, "selected": True} for t in picked]}
        if other_value is not None and not (field["type"] == "radiobuttons" and picked):
            answer["other"] = {"selected": True, "value": other_value}
        return answer

    return st.builds(build, chosen, st.none() | TEXT if other_open else st.none())


def custom_fields_answers(definition: dict[str, Any] | None) -> st.SearchStrategy[dict[str, Any] | None]:
    """Valid `custom_fields` for an account with this definition (or null)."""
    sections = []
    for section in _live((definition or {}).get("sections", [])):
        fields = [_field_answer(field) for field in _live(section.get("fields", []))]
        answered = (st.lists(st.one_of(fields), max_size=len(fields), unique_by=lambda f: f["token"])
                    if fields else st.just([]))
        sections.append(st.fixed_dictionaries({"token": st.just(section["token"]), "fields": answered}))
    if not sections:
        return st.none()
    return st.none() | st.fixed_dictionaries({"sections": st.lists(st.one_of(sections), max_size=len(sections),
                                                                     unique_by=lambda s: s["token"])})


def _positive_body_with_custom_fields(case: Any) -> bool:
    meta = case.meta
    component = meta.components.get(ParameterLocation.BODY) if meta is not None else None
    return (isinstance(case.body, dict) and "custom_fields" in case.body
            and component is not None and component.mode.is_positive)


def use_definition(schema: Any, definition: dict[str, Any] | None) -> None:
    """Make positive bodies of `schema`'s operations answer `definition`'s custom fields.

    Hypothesis phases draw varied answers (flatmap_case); the coverage phase,
    which builds cases without Hypothesis, only runs map_case, so that one
    puts in a fixed valid answer.
    """
    answers = custom_fields_answers(definition)
    fixed = example_answers(definition)

    @schema.hook
    def map_case(context: Any, case: Any) -> Any:
        if _positive_body_with_custom_fields(case) and case.body["custom_fields"] is not None:
            case.body = {**case.body, "custom_fields": fixed}
        return case

    @schema.hook
    def flatmap_case(context: Any, case: Any) -> st.SearchStrategy[Any]:
        if not _positive_body_with_custom_fields(case):
            return st.just(case)
        body = case.body

        def answered(value: dict[str, Any] | None) -> Any:
            case.body = {**body, "custom_fields": value}
            return case

        return answers.map(answered)


def _is_id(name: str) -> bool:
    """A body property holding an id (`patient_id`) or a list of ids (`appointment_type_ids`)."""
    return name.endswith(("_id", "_ids"))


def _whole(value: Any) -> Any:
    """A whole-number float written as an integer; anything else as it is."""
    return int(value) if isinstance(value, float) and value.is_integer() else value


# The search window's bounds (/available_times, /next_available_time): at most 6 days apart.
WINDOW = ("from", "to")
MAX_DAYS_APART = 6


def _future_window(context: Any, case: Any, kwargs: dict[str, Any]) -> None:
    """A positive request's `from`/`to` moved to a window starting tomorrow (UTC), which is
    not before today in any account's zone; both are sent when either is (Cliniko refuses
    one alone). The spec's example dates pass, and then lie in the past: a 400 that no
    schema can foresee. The span keeps what was generated, cut to 6 days."""
    meta = case.meta
    if meta is None or not isinstance(case.query, dict) or not any(name in case.query for name in WINDOW):
        return
    # An example from the spec is a case with no component of its own.
    query = meta.components.get(ParameterLocation.QUERY)
    if not (query.mode if query is not None else meta.generation.mode).is_positive:
        return
    try:
        span = (date.fromisoformat(str(case.query["to"])) - date.fromisoformat(str(case.query["from"]))).days
    except (KeyError, ValueError):
        span = 0
    first = datetime.now(UTC).date() + timedelta(days=1)
    last = first + timedelta(days=min(max(span, 0), MAX_DAYS_APART))
    case.query = {**case.query, "from": first.isoformat(), "to": last.isoformat()}


def integer_ids(case: Any) -> Any:
    """A positive body's whole-number float ids (`60.0`) written as integers (`60`).

    JSON Schema counts `60.0` as an integer, but the spec's `Id` says ids are written
    as integers (a float id has often lost digits) and the sandbox refuses them (422):
    a documented rule the schema cannot express. Negative bodies are left alone.
    """
    meta = case.meta
    component = meta.components.get(ParameterLocation.BODY) if meta is not None else None
    if component is None or not component.mode.is_positive or not isinstance(case.body, dict):
        return case
    ids = {name: [_whole(v) for v in value] if isinstance(value, list) else _whole(value)
           for name, value in case.body.items() if _is_id(name)}
    if ids:
        case.body = {**case.body, **ids}
    return case


def use_integer_ids(schema: Any) -> None:
    """Register `integer_ids` on a schema (the pytest suites; the CLI's hooks call it too)."""

    @schema.hook
    def map_case(context: Any, case: Any) -> Any:
        return integer_ids(case)


def resources_of(bundle: dict[str, Any]) -> list[str]:
    """The names of the bundle's resources (x-cliniko-resource on each collection's list)."""
    return [item["get"]["x-cliniko-resource"]["name"] for item in bundle.get("paths", {}).values()
            if "x-cliniko-resource" in (item.get("get") or {})]


Parents = dict[str, list[tuple[str, str]]]  # {resource: [(resource named, the property naming it)]}


def parents_of(bundle: dict[str, Any]) -> Parents:
    """{resource: [(resource named, the property naming it)]} from the bundle's x-cliniko-resource."""
    found = {}
    for item in bundle.get("paths", {}).values():
        described = (item.get("get") or {}).get("x-cliniko-resource") or {}
        if described.get("belongs_to"):
            found[described["name"]] = [(r["resource"], r["property"]) for r in described["belongs_to"]]
    return found


# What positive_data_acceptance expects of any schema-valid request, plus 422 (see below).
PARENT_CHECKED_STATUSES = ["2xx", "3xx", "401", "403", "404", "409", "422", "429", "5xx"]


def parent_checked_operations(bundle: dict[str, Any]) -> list[str]:
    """The operations whose body names a record's parent (createMedicalAlert...): a schema-valid
    parent id may name no record of the account, which Cliniko refuses with a 422 naming it."""
    parents = parents_of(bundle)
    found = []
    for path, item in bundle.get("paths", {}).items():
        resource = path.strip("/").split("/")[0]
        for method, operation in item.items():
            if resource in parents and method in ("post", "put", "patch") and "requestBody" in operation:
                found.append(operation["operationId"])
    return sorted(found)


def deprecated_operations(bundle: dict[str, Any]) -> list[str]:
    """The deprecated operations: the legacy `/appointments` family and the older nested lists,
    each answered by the same rules as a current operation that gets every phase."""
    return sorted(operation["operationId"] for item in bundle.get("paths", {}).values()
                  for operation in item.values() if isinstance(operation, dict) and operation.get("deprecated"))


def schemathesis_config(bundle: dict[str, Any]) -> Any:
    """The pytest suites' schemathesis configuration: the default, with schemathesis_operations."""
    from schemathesis.config import SchemathesisConfig

    return SchemathesisConfig.from_dict({"operations": schemathesis_operations(bundle)})


def schemathesis_operations(bundle: dict[str, Any]) -> list[dict[str, Any]]:
    """Per-operation settings: 422 also expected of positive data on parent_checked_operations
    (the CLI's schemathesis.toml says the same), and no coverage phase for deprecated operations:
    its edge cases would test again, at a cost of CI minutes, the rules their current twins are
    tested on (they keep examples and fuzzing)."""
    checked, deprecated = set(parent_checked_operations(bundle)), set(deprecated_operations(bundle))
    expect_422 = {"checks": {"positive_data_acceptance": {"expected-statuses": PARENT_CHECKED_STATUSES}}}
    no_coverage = {"phases": {"coverage": {"enabled": False}}}
    # The first entry an operation matches is its configuration: each group once, with all it needs.
    groups = [(checked & deprecated, {**expect_422, **no_coverage}), (checked - deprecated, expect_422),
              (deprecated - checked, no_coverage)]
    return [{"include-operation-id": sorted(operations), **settings} for operations, settings in groups if operations]


def with_existing_parent(case: Any, parents: Parents, ids: dict[str, list[str]]) -> Any:
    """A positive body's properties naming records (`patient_id` of an alert) naming existing ones, in every
    phase: a parent id that names no record of the account is a 422 that JSON Schema cannot foresee
    (tested by the sandbox's and the security report's own tests), not "valid data rejected"."""
    meta = case.meta
    if meta is None:
        return case
    # A body the case did not generate on its own (a positive fuzzing case) has no component of its own.
    body = meta.components.get(ParameterLocation.BODY)
    positive = body.mode.is_positive if body is not None else meta.generation.mode.is_positive
    resource = case.operation.path.strip("/").split("/")[0]
    if not positive or resource not in parents or not isinstance(case.body, dict):
        return case
    body = dict(case.body)
    for parent, field in parents[resource]:
        if not ids.get(parent):
            continue
        if isinstance(body.get(field), str | int | float):
            body[field] = _existing(str(body[field]), ids[parent])
        elif isinstance(body.get(field), list):
            body[field] = [_existing(str(value), ids[parent]) for value in body[field]]
    case.body = body
    return case


def _existing(generated: str, ids: list[str]) -> str:
    """One of `ids`, the same for the same generated value."""
    return ids[int(hashlib.sha256(generated.encode()).hexdigest(), 16) % len(ids)]


def _pick(generated: str, ids: list[str], turn: int) -> str:
    """The operation's `turn`-th positive id: one of `ids` in turn, and every `len(ids) + 1`-th
    time the generated value, so unknown ids stay covered. Counted, not hashed: a value the
    examples repeat (the spec's example id) would otherwise stay unknown on every call."""
    slot = turn % (len(ids) + 1)
    return ids[slot] if slot < len(ids) else generated


def _pool(operation: Any, ids: list[str]) -> list[str]:
    """The records an operation may name: one that changes a record (PUT, PATCH, DELETE, POST
    .../archive) names only the last, so the others stay as seeded for the reads of the rest
    of the run (free times need a business that still offers the appointment type)."""
    if operation.method.upper() != "GET":
        return ids[-1:]
    return ids[:-1] or ids


def _path_ids(path: str) -> dict[str, str]:
    """{path parameter: the resource it names}, each named by the segment before it:
    `/businesses/{business_id}/practitioners/{practitioner_id}` -> business_id: businesses, ..."""
    segments = path.strip("/").split("/")
    return {segment[1:-1]: segments[i - 1] for i, segment in enumerate(segments)
            if i and segment.startswith("{") and segment.endswith("}")}


def use_existing_ids(schema: Any, ids: dict[str, list[str]], parents: Parents) -> None:
    """Make most positive ids name records that exist: an id in a path names a record of the
    resource its segment before names (`/patients/{id}/medical_alerts`: a patient), and the
    property naming a record's parent in a body (`patient_id` of an alert) names a parent.

    Random 64-bit ids almost never exist, so without this the id operations would
    only ever answer 404 (and creates 422) and their success paths would go untested.
    The stateful phase is left alone: there ids come from the spec's links.
    `ids`: {resource: existing ids}; `parents`: {resource: [(resource named, property)]}.
    """
    if not any(ids.values()):
        raise ValueError("use_existing_ids needs at least one existing id")

    turns: Counter[str] = Counter()  # positive ids mapped so far, per operation

    @schema.hook
    def map_case(context: Any, case: Any) -> Any:
        meta = case.meta
        if meta is None:
            return case
        path = meta.components.get(ParameterLocation.PATH)
        params = case.path_parameters
        if (path is not None and path.mode.is_positive and isinstance(params, dict)
                and meta.phase.name != "stateful"):
            turn = turns[case.operation.label]
            turns[case.operation.label] += 1
            mapped = dict(params)
            # Several ids in one path go through their combinations (mixed radix), not in step: in
            # step, cycles of 2, 3 and 2 ids met the one combination the free-time searches offer
            # (a business, a practitioner shown online, a type) on every 6th case only, and those
            # cases came with bad `from`/`to`: the searches never succeeded.
            for name, resource in _path_ids(case.operation.path).items():
                if ids.get(resource) and isinstance(params.get(name), str):
                    pool = _pool(case.operation, ids[resource])
                    mapped[name] = _pick(params[name], pool, turn)
                    turn //= len(pool) + 1
            case.path_parameters = mapped
        return with_existing_parent(case, parents, ids)
