"""The sandbox's routes: every resource of the spec under `/v1`, answered from SQLite.

The routes are the spec's: collections.py finds each resource's operations by the
shape of their paths, and one handler per kind of endpoint (list, get, create,
update, archive, unarchive, the deleted, archived and nested lists) serves them for
any resource. What a resource does beyond what the spec states is in its own
module (patients.py); a resource without one follows records.py.

One Route per path, its methods dispatched inside, so an unsupported method
gets a 405 with a correct `Allow`. Every request goes through the same gate,
in Cliniko's order: a User-Agent (else 400), a key of some account (else 401),
the rate limit (else 429). The rules live in their own modules: filters.py,
pagination.py, validation.py, accounts.py, faults.py.
"""

from __future__ import annotations

import functools
import logging
import random
import re
from collections.abc import Awaitable, Callable
from contextlib import AbstractContextManager
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, Protocol

from starlette.applications import Starlette
from starlette.convertors import Convertor, register_url_convertor
from starlette.exceptions import HTTPException
from starlette.middleware import Middleware
from starlette.requests import ClientDisconnect, Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route
from starlette.types import ASGIApp, Receive, Scope, Send

from ..spec_schemas import ApiResource, Spec
from . import available_times  # noqa: F401 - registers the available-times handlers (custom.py)
from .accounts import Account, Directory, User, default_accounts
from .appointments import AppointmentRules, GroupAppointmentRules
from .attendees import AttendeeRules, seed_attendees
from .blocks import BlockRules
from .collections import SHAPES, Collection, Endpoint, collections_of
from .contacts import ContactRules
from .custom import CUSTOM_HANDLERS
from .errors import ApiError, validation_failed
from .faults import FaultInjection, RateLimiter
from .filters import INT64_MAX, contains, parse_sort, where_of
from .invoices import seed_invoices
from .legacy import relay
from .pagination import API_PREFIX, base_url, page_links, parse_page
from .patient_cases import PatientCaseRules, book_in_case
from .patients import PatientRules
from .practitioners import PractitionerRules
from .records import Records, writable_of
from .referral_sources import ReferralSourceRules
from .scheduling import seed_schedule, seed_synthetic_calendar
from .seeding import mint_id, now, starter_patients, synthetic_patients
from .spec import bundled_spec
from .storage import Room, is_list_of_ids
from .treatment_notes import TreatmentNoteRules, seed_treatment_notes
from .unions import UnionRules
from .validation import BodyRules, normalized, read_body

RECORD_ID = re.compile(r"^[0-9]{1,19}$")  # the spec's ids: 1-19 digits
log = logging.getLogger("sandbox")


class Digits(Convertor[str]):
    """A path segment of digits, kept as text: `/patients/archived` is not an id,
    so `PUT /patients/archived` is a 405, not a 404 of a patient."""

    regex = "[0-9]+"

    def convert(self, value: str) -> str:
        return value

    def to_string(self, value: str) -> str:
        return value


register_url_convertor("digits", Digits())


@dataclass(frozen=True)
class Caller:
    account: Account
    user: User


Handler = Callable[[Request, Caller], Awaitable[Response]]


@functools.cache
def _spec() -> tuple[Any, BodyRules]:
    """The spec and its compiled body rules, loaded once per process (the file does not change)."""
    spec = bundled_spec()
    return spec, BodyRules(spec)


class RecordRules(Protocol):
    """What one resource's own module says beyond the spec (patients.PatientRules)."""

    noun: str  # a record in words, for messages: "patient"

    def blank(self, account: Account) -> dict[str, Any]: ...
    def check(self, operation: str, body: Any, account: Account) -> None: ...  # a 422 if broken
    def apply(self, record: dict[str, Any], body: dict[str, Any], account: Account) -> None: ...
    def render(self, record: dict[str, Any], base_url: str) -> dict[str, Any]: ...
    def render_deleted(self, record: dict[str, Any], base_url: str) -> dict[str, Any]: ...
    def example(self) -> dict[str, Any] | None: ...  # a record to seed from, for a resource with no create
    def scope(self, path: str) -> tuple[str, list[Any]]: ...  # SQL: the records the list at `path` shows
    def attach(self, sandbox: Sandbox) -> None: ...  # the server, for rules that read other resources
    def room(self, record: dict[str, Any], account: Account) -> Room | None: ...  # the places a new record takes
    def written(self, record: dict[str, Any], account: Account) -> None: ...  # what follows a stored record
    def guard(self) -> AbstractContextManager[object]: ...  # held around each write's checks and write


def _patient_rules(spec: Spec, resource: ApiResource, body_rules: BodyRules, writes: str | None,
                   deleted_entries: str) -> RecordRules:
    return PatientRules(writable_of(spec, writes), body_rules, deleted_entries)


# The resources with a rules module of their own; each is made as Records is.
RULES_MODULES: dict[str, Callable[[Spec, ApiResource, BodyRules, str | None, str], RecordRules]] = {
    "patients": _patient_rules,
    "practitioners": PractitionerRules,
    "individual_appointments": AppointmentRules,
    "group_appointments": GroupAppointmentRules,
    "attendees": AttendeeRules,
    "contacts": ContactRules,
    "patient_cases": PatientCaseRules,
    "availability_blocks": BlockRules,
    "unavailable_blocks": BlockRules,
    "treatment_notes": TreatmentNoteRules,
    "referral_sources": ReferralSourceRules,
}


def _by_references(collections: dict[str, Collection]) -> list[Collection]:
    """The collections, each after every resource its records name (seeding order)."""
    ordered: list[Collection] = []
    pending = dict(collections)
    while pending:
        ready = [c for c in pending.values()
                 if all(r.resource not in pending or r.resource == c.name for r in c.resource.belongs_to)]
        for collection in ready or list(pending.values()):  # a cycle: the rest in the spec's order
            ordered.append(pending.pop(collection.name))
    return ordered


class Sandbox:
    """The state behind the routes: spec rules, accounts, storage, limits."""

    def __init__(self, db_path: str, accounts: list[Account], rate_limit: tuple[int, float] | None,
                 seed: int | None, deleted_entries: str = "seed") -> None:
        spec, self.body_rules = _spec()
        self.collections = collections_of(spec, db_path)
        self.rules: dict[str, RecordRules] = {}
        for name, collection in self.collections.items():
            body = collection.endpoint("update") or collection.endpoint("create")
            writes = body.operation_id if body else None
            # Resources with behaviour the spec cannot state have a module; the others follow records.py.
            rules_of = UnionRules if collection.resource.union_of else RULES_MODULES.get(name, Records)
            self.rules[name] = rules_of(spec, collection.resource, self.body_rules, writes, deleted_entries)
        for rules in self.rules.values():
            rules.attach(self)
        self.patients = self.collections["patients"]
        self.storage = self.patients.storage  # the patients' table, as tests and the fixture read it
        self.directory = Directory(accounts)
        self.limiter = RateLimiter(*rate_limit) if rate_limit else None
        self.random = random.Random(seed)
        self.taken_ids: set[int] = set()

    def close(self) -> None:
        for storage in {id(c.storage): c.storage for c in self.collections.values()}.values():  # shared ones once
            storage.close()

    # ---- seeding -----------------------------------------------------------

    def seed(self, patients_for_first_account: int = 0, appointments_for_first_account: int = 0) -> None:
        """Starter patients and calendar for every empty account, plus N synthetic patients and
        M synthetic appointments (with their practitioners) for the first."""
        rules = self.rules["patients"]
        starters = []
        for number, account in enumerate(self.directory.accounts):
            if self.storage.count(account.id) == 0:
                definition = account.custom_fields_definition
                patients = starter_patients(rules.blank(account), self.random, self.taken_ids, definition)
                if number == 0 and patients_for_first_account:
                    patients += synthetic_patients(rules.blank(account), self.random, self.taken_ids,
                                                   patients_for_first_account, definition)
                self.storage.save_many(account.id, patients)
                starters.append((account, patients[0]))
        # After every account's patients: their ids and data stay what a seed made them before.
        for account, patient in starters:
            self.seed_children(account, patient)
        if starters and starters[0][0] is self.directory.accounts[0] and appointments_for_first_account:
            account = starters[0][0]
            patient_ids = [str(i) for i in self.storage.ids_where(account.id, "state = 'active'", [])]
            seed_synthetic_calendar(self, account, appointments_for_first_account, patient_ids)

    def seed_children(self, account: Account, parent: dict[str, Any]) -> None:
        """One record of each other resource for the account, made from its create operation's
        first example, each after the records it names: the account's first (active) starter
        patient, and the record just made of any other resource it names."""
        made: dict[str, dict[str, Any]] = {"patients": parent}
        made.update(seed_schedule(self, account, parent))  # the calendar: businesses to appointments
        made.update(seed_attendees(self, account, made))  # the seeded class's attendees
        made.update(seed_invoices(self, account))  # an invoice for each appointment, its items adding up
        made.update(seed_treatment_notes(self, account, parent))  # a note that answers its template
        for collection in _by_references(self.collections):
            create = collection.endpoint("create")
            example = create.example if create else self.rules[collection.name].example()
            if collection.name in made or example is None or collection.resource.stored_as:
                continue  # made already, or cannot be; a legacy resource's records are its stored one's
            # The records it names (but itself: a repeat's first, `repeated_from_id`, stays unset).
            named_records = [r for r in collection.resource.belongs_to if r.resource != collection.name]
            if any(reference.resource not in made for reference in named_records):
                continue  # it names a record that cannot be seeded: the resource starts empty
            body = dict(example)
            for reference in named_records:
                named = str(made[reference.resource]["id"])
                body[reference.property] = [named] if is_list_of_ids(reference.property) else named
            # A resource the API cannot create (referral sources) is stored as its example shows it.
            made[collection.name] = (self.add_record(collection, account, body, create.operation_id) if create
                                     else self.insert_record(collection, account, body))
        book_in_case(self, account, made)  # the first appointment in the patient's case, and so its invoice

    def new_id(self, collection: Collection) -> int:
        """The id of a record created now: 19 digits, as the live API mints them, and no other
        record's of any resource (`GET /bookings/{id}` reads two resources by one id)."""
        while True:
            candidate = mint_id(self.random, self.taken_ids, datetime.now(UTC))
            if not any(other.storage.id_exists(candidate) for other in self.collections.values()):
                return candidate

    # ---- the gate every request passes ------------------------------------

    def admit(self, request: Request) -> Caller:
        if not request.headers.get("user-agent", "").strip():
            raise ApiError(400, "Requires a user agent")
        found = self.directory.authenticate(request.headers.get("authorization"))
        if found is None:
            raise ApiError(401, "HTTP Basic: Access denied.")
        account, user = found
        if self.limiter is not None:
            self.limiter.check(user.key)
        return Caller(account, user)

    def path(self, handlers: dict[str, Handler]) -> Callable[[Request], Awaitable[Response]]:
        async def endpoint(request: Request) -> Response:
            caller = self.admit(request)
            method = "GET" if request.method == "HEAD" else request.method
            return await handlers[method](request, caller)

        return endpoint

    # ---- handlers, one per kind of endpoint (collections.SHAPES), for any resource ----

    def handler(self, collection: Collection, endpoint: Endpoint) -> Handler:
        if collection.resource.stored_as:  # another resource's records under older names
            return relay(self, collection, endpoint)
        if endpoint.kind in ("list", "archived", "deleted", "nested", "scoped"):
            return self.list_records(collection, endpoint)
        if endpoint.kind == "custom":
            custom = CUSTOM_HANDLERS.get(endpoint.operation_id)
            if custom is None:
                raise ValueError(f"{endpoint.operation_id}: the sandbox knows no endpoint of its path's shape "
                                 f"({', '.join(f'{m.upper()} /NAME{p}' for m, p in SHAPES)}); register a "
                                 "handler for it in sandbox/custom.py")
            made: Handler = custom(self, collection, endpoint)
            return made
        kinds: dict[str, Callable[[Collection, Endpoint], Handler]] = {
            "get": self.get_record, "create": self.create_record, "update": self.update_record,
            "archive": self.archive_record, "unarchive": self.unarchive_record, "cancel": self.cancel_record,
        }
        return kinds[endpoint.kind](collection, endpoint)

    def list_records(self, collection: Collection, endpoint: Endpoint,
                     through: Callable[[Request, Caller], tuple[str, list[Any]]] | None = None) -> Handler:
        """A list of `collection`'s records; `through` adds a condition of its own (SQL over the
        table's columns, its parameters), for a list that a handler of custom.py serves."""
        listed = endpoint.listed if endpoint.kind == "nested" else endpoint.kind  # `/PARENT/{id}/NAME/deleted`
        view = {"list": "active", "scoped": "active", "custom": "active", "archived": "archived",
                "deleted": "deleted"}[listed]
        rules = self.rules[collection.name]
        render = rules.render_deleted if listed == "deleted" else rules.render
        # The records this list shows at all (active practitioners, cancelled appointments).
        scope, scope_params = rules.scope(endpoint.path)

        async def handler(request: Request, caller: Caller) -> Response:
            where = where_of(request.query_params, endpoint.filters)
            # A list without a `sort` parameter in the spec keeps its default order.
            sort = request.query_params.get("sort") if endpoint.sort else None
            order_by = parse_sort(sort, request.query_params.get("order"), collection.list_filters.fields,
                                  endpoint.sort)
            page = parse_page(request)
            shown = "active+archived" if view in ("active",) and where.includes_archived else view
            sql, params = f"({where.sql}) AND ({scope})", [*where.params, *scope_params]
            if endpoint.parent is not None:
                sql, params = self.under_parent(endpoint, request, caller, sql, params)
            if through is not None:
                condition, condition_params = through(request, caller)
                sql, params = f"({sql}) AND ({condition})", [*params, *condition_params]
            total, records = collection.storage.list(caller.account.id, shown, sql, params, order_by,
                                                     page.per_page, page.offset)
            base = base_url(request)
            return JSONResponse({
                collection.name: [render(record, base) for record in records],
                "total_entries": total,
                "links": page_links(request, page, total),
            })

        return handler

    def under_parent(self, endpoint: Endpoint, request: Request, caller: Caller, sql: str,
                     params: list[Any]) -> tuple[str, list[Any]]:
        """A nested list's condition: the records naming the path's record, or (`reverse`)
        the records it names in its list of ids. An unknown parent is a 404."""
        assert endpoint.parent is not None
        parent_name, field = endpoint.parent
        parent = self.find(self.collections[parent_name], request, caller, archived_ok=True)
        if endpoint.reverse:
            named = [min(int(i), INT64_MAX) for i in parent.get(field) or []]
            return f"({sql}) AND id IN ({','.join('?' * len(named)) or 'NULL'})", [*params, *named]
        if is_list_of_ids(field):
            return f"({sql}) AND {contains(field)}", [*params, int(parent["id"])]
        return f"({sql}) AND {field} = ?", [*params, int(parent["id"])]

    def find(self, collection: Collection, request: Request, caller: Caller, archived_ok: bool) -> dict[str, Any]:
        """The record of the path's id; 404 when unknown, deleted, or archived and not asked for."""
        found = collection.storage.get(caller.account.id, _record_id(request))
        if found is None or not _visible(found[0], archived_ok):
            raise ApiError(404, "Not found")
        return found[1]

    def change(self, collection: Collection, request: Request, caller: Caller,
               edit: Callable[[dict[str, Any]], bool]) -> dict[str, Any]:
        """Apply `edit` to the path's record (archived ones too) in one transaction and
        return the record as stored; 404 like `find`. `edit` says whether it changed anything."""

        def checked(state: str, record: dict[str, Any]) -> bool:
            if not _visible(state, archived_ok=True):
                raise ApiError(404, "Not found")
            return edit(record)

        with self.rules[collection.name].guard():
            found = collection.storage.update(caller.account.id, _record_id(request), checked)
        if found is None:
            raise ApiError(404, "Not found")
        self.rules[collection.name].written(found[1], caller.account)
        return found[1]

    def get_record(self, collection: Collection, endpoint: Endpoint) -> Handler:
        async def handler(request: Request, caller: Caller) -> Response:
            archived_ok = where_of(request.query_params, endpoint.filters).includes_archived
            record = self.find(collection, request, caller, archived_ok=archived_ok)
            return JSONResponse(self.rules[collection.name].render(record, base_url(request)))

        return handler

    def add_record(self, collection: Collection, account: Account, body: Any, operation: str) -> dict[str, Any]:
        """A new record from a create body, checked by the operation's rules (422 if broken)."""
        rules = self.rules[collection.name]
        body = normalized(body)
        rules.check(operation, body, account)
        self.check_parent(collection, body, account)
        return self.insert_record(collection, account, body)

    def insert_record(self, collection: Collection, account: Account, body: dict[str, Any]) -> dict[str, Any]:
        """A new record with what `body` says, as its resource's rules apply it (no checks)."""
        rules = self.rules[collection.name]
        stamp = now()
        record = rules.blank(account)
        record.update(created_at=stamp, updated_at=stamp)
        rules.apply(record, body, account)
        record["id"] = self.new_id(collection)
        with rules.guard():  # the room counted and the record inserted with no other guarded write between
            while not collection.storage.insert(account.id, record, rules.room(record, account)):  # id taken
                record["id"] = self.new_id(collection)
        rules.written(record, account)
        return record

    def add_patient(self, account: Account, body: dict[str, Any]) -> dict[str, Any]:
        """A new patient from a create body (the testing fixture's add_patient)."""
        create = self.patients.endpoint("create")
        assert create is not None
        return self.add_record(self.patients, account, body, create.operation_id)

    def check_parent(self, collection: Collection, body: dict[str, Any], account: Account) -> None:
        """Every record a body names (an alert's patient; each of a business's appointment
        types) is a live or archived one of the same account: else a 422 naming the
        property, as for any invalid value. A property listed for several resources (an
        attendee's `booking_id`: a group or an individual appointment) names one of any."""
        kinds: dict[str, list[str]] = {}
        for parent, field in collection.resource.belongs_to:
            kinds.setdefault(field, []).append(parent)
        for field, parents in kinds.items():
            named = body.get(field)
            for value in named if isinstance(named, list) else [named]:
                if value is not None and not any(self.names(parent, account, value) for parent in parents):
                    nouns = " or ".join(self.rules[parent].noun for parent in parents)
                    raise validation_failed({field: f"must name a {nouns} of this account"})

    def names(self, resource: str, account: Account, value: Any) -> bool:
        """Whether `value` is the id of a live or archived record of `resource` in the account."""
        found = self.collections[resource].storage.get(account.id, min(int(value), INT64_MAX))
        return found is not None and found[0] != "deleted"

    def create_record(self, collection: Collection, endpoint: Endpoint) -> Handler:
        async def handler(request: Request, caller: Caller) -> Response:
            body = await read_body(request, self.body_rules, endpoint.operation_id)
            record = self.add_record(collection, caller.account, body, endpoint.operation_id)
            shown = self.rules[collection.name].render(record, base_url(request))
            return JSONResponse(shown, status_code=201, headers={"Location": shown["links"]["self"]})

        return handler

    def update_record(self, collection: Collection, endpoint: Endpoint) -> Handler:
        rules = self.rules[collection.name]

        async def handler(request: Request, caller: Caller) -> Response:
            # Archived records are still records: they can be corrected without unarchiving.
            self.find(collection, request, caller, archived_ok=True)  # an unknown id is a 404 whatever the body
            # The whole body first, then read-modify-write in one transaction: a body that
            # arrives late must not write back a record that another request changed meanwhile.
            body = normalized(await read_body(request, self.body_rules, endpoint.operation_id))
            rules.check(endpoint.operation_id, body, caller.account)
            self.check_parent(collection, body, caller.account)

            def edit(record: dict[str, Any]) -> bool:
                rules.apply(record, body, caller.account)
                record["updated_at"] = now()
                return True

            return JSONResponse(rules.render(self.change(collection, request, caller, edit), base_url(request)))

        return handler

    def archive_record(self, collection: Collection, endpoint: Endpoint) -> Handler:
        def archive(record: dict[str, Any]) -> bool:
            if record["archived_at"]:
                return False
            record["archived_at"] = record["updated_at"] = now()
            return True

        async def handler(request: Request, caller: Caller) -> Response:
            record = self.change(collection, request, caller, archive)
            return self.answer(collection, endpoint, record, request)

        return handler

    def unarchive_record(self, collection: Collection, endpoint: Endpoint) -> Handler:
        def unarchive(record: dict[str, Any]) -> bool:
            if not record["archived_at"]:
                return False
            record["archived_at"] = None
            record["updated_at"] = now()
            return True

        async def handler(request: Request, caller: Caller) -> Response:
            record = self.change(collection, request, caller, unarchive)
            return self.answer(collection, endpoint, record, request)

        return handler

    def cancel_record(self, collection: Collection, endpoint: Endpoint) -> Handler:
        """`PATCH /NAME/{id}/cancel`: `cancelled_at` set now, and what the body says (the reason)."""
        rules = self.rules[collection.name]

        async def handler(request: Request, caller: Caller) -> Response:
            self.find(collection, request, caller, archived_ok=True)
            body = normalized(await read_body(request, self.body_rules, endpoint.operation_id))
            rules.check(endpoint.operation_id, body, caller.account)

            def cancel(record: dict[str, Any]) -> bool:
                rules.apply(record, body, caller.account)
                record["cancelled_at"] = record.get("cancelled_at") or now()
                record["updated_at"] = now()
                return True

            record = self.change(collection, request, caller, cancel)
            return self.answer(collection, endpoint, record, request)

        return handler

    def answer(self, collection: Collection, endpoint: Endpoint, record: dict[str, Any], request: Request) -> Response:
        """The record, or no body, with the status the spec gives the operation (a patient's
        unarchive answers 200 with the patient, a treatment note's 204)."""
        if endpoint.success == 204:
            return Response(status_code=204)
        return JSONResponse(self.rules[collection.name].render(record, base_url(request)), status_code=endpoint.success)

    def settings(self, public: bool) -> Handler:
        async def handler(request: Request, caller: Caller) -> Response:
            if not public and not caller.user.may_view_settings:
                raise ApiError(403, "You do not have permission to do that.")
            return JSONResponse(caller.account.settings)

        return handler

    def routes(self) -> list[Route]:
        """One Route per path of the spec: every resource's endpoints, and the settings."""
        by_path: dict[str, dict[str, Handler]] = {}
        for collection in self.collections.values():
            for (method, path), endpoint in collection.endpoints.items():
                by_path.setdefault(path, {})[method.upper()] = self.handler(collection, endpoint)
        by_path["/settings"] = {"GET": self.settings(public=False)}
        by_path["/settings/public"] = {"GET": self.settings(public=True)}
        return [
            Route(API_PREFIX + path.replace("{id}", "{id:digits}"), self.path(handlers), methods=list(handlers))
            for path, handlers in by_path.items()
        ]


def _record_id(request: Request) -> int:
    """The path's id; one too long for a 64-bit integer is nobody's (a 404)."""
    raw = request.path_params["id"]
    return min(int(raw), INT64_MAX) if RECORD_ID.match(raw) else INT64_MAX


def _visible(state: str, archived_ok: bool) -> bool:
    return state == "active" or (state == "archived" and archived_ok)


class TrailingSlash:
    """`/v1/patients/` is served as `/v1/patients`, as Rails routes it, through the same gate.
    Starlette would answer a 307 to a URL built from the `Host` header, before authentication."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        path = scope.get("path", "")
        if scope["type"] == "http" and len(path) > 1 and path.endswith("/"):
            raw = scope.get("raw_path") or path.encode()
            scope = {**scope, "path": path.rstrip("/") or "/", "raw_path": raw.rstrip(b"/") or b"/"}
        await self.app(scope, receive, send)


async def _api_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, ApiError)
    return exc.response()


async def _http_error(request: Request, exc: Exception) -> Response:
    # Unknown paths and methods: JSON like every other answer, keeping `Allow` on 405.
    assert isinstance(exc, HTTPException)
    message = "Not found" if exc.status_code == 404 else exc.detail
    return JSONResponse({"message": message}, status_code=exc.status_code, headers=exc.headers)


async def _client_gone(request: Request, exc: Exception) -> Response:
    # A client that hangs up mid-body is normal (timeouts, cancelled tasks): one line, no traceback.
    log.warning("%s %s: the client disconnected before sending the whole body", request.method, request.url.path)
    return Response(status_code=400)  # nobody is listening; uvicorn drops it


async def _server_error(request: Request, exc: Exception) -> Response:
    # The last resort: never a traceback to the client. Tests fail on any 500.
    log.exception("unexpected error on %s %s", request.method, request.url.path)
    return JSONResponse({"message": "Internal server error"}, status_code=500)


def create_app(
    db_path: str = ":memory:",
    rate_limit: tuple[int, float] | None = None,
    faults: float = 0.0,
    accounts: list[Account] | None = None,
    *,
    seed_patients: int = 0,
    seed_appointments: int = 0,
    seed: int | None = None,
    deleted_entries: str = "seed",
) -> Starlette:
    """The sandbox app. `rate_limit=(requests, seconds)`; `faults` is the share of
    requests answered with a fault; `seed` makes ids, seeding and faults repeatable;
    `seed_patients`/`seed_appointments` add synthetic ones to the first account;
    `deleted_entries` is the shape of /patients/deleted entries (patients.DELETED_ENTRIES)."""
    sandbox = Sandbox(db_path, accounts if accounts is not None else default_accounts(), rate_limit, seed,
                      deleted_entries)
    sandbox.seed(seed_patients, seed_appointments)
    routes = sandbox.routes()
    middleware = [Middleware(TrailingSlash)]  # outermost: a fault is drawn for the path as served
    if faults:
        middleware.append(Middleware(FaultInjection, rate=faults, seed=seed))
    app = Starlette(
        routes=routes,
        middleware=middleware,
        exception_handlers={ApiError: _api_error, HTTPException: _http_error, ClientDisconnect: _client_gone,
                            Exception: _server_error},
    )
    app.router.redirect_slashes = False  # never a redirect built from the Host header
    app.state.sandbox = sandbox
    return app
