"""The sandbox's routes: Cliniko's Patients API under `/v1`, answered from SQLite.

One Route per path, its methods dispatched inside, so an unsupported method
gets a 405 with a correct `Allow`. Every request goes through the same gate,
in Cliniko's order: a User-Agent (else 400), a key of some account (else 401),
the rate limit (else 429). The rules live in their own modules: filters.py,
pagination.py, validation.py, patients.py, accounts.py, faults.py.
"""

from __future__ import annotations

import functools
import logging
import random
import re
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from starlette.applications import Starlette
from starlette.convertors import Convertor, register_url_convertor
from starlette.exceptions import HTTPException
from starlette.middleware import Middleware
from starlette.requests import ClientDisconnect, Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route
from starlette.types import ASGIApp, Receive, Scope, Send

from .accounts import Account, Directory, User, default_accounts
from .ecma import compile_ecma
from .errors import ApiError
from .faults import FaultInjection, RateLimiter
from .filters import INT64_MAX, FilterTable, filter_items, parse_filters, parse_sort
from .pagination import origin, page_links, parse_page
from .patients import DELETED_ENTRIES, apply_changes, blank_patient, render, render_deleted
from .seeding import mint_id, now, starter_patients, synthetic_patients
from .spec import bundled_spec
from .storage import Storage
from .validation import BodyRules, normalized, read_body

API_PREFIX = "/v1"
PATIENT_ID = re.compile(r"^[0-9]{1,19}$")  # components.parameters.PatientId
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


class Sandbox:
    """The state behind the routes: spec rules, accounts, storage, limits."""

    def __init__(self, db_path: str, accounts: list[Account], rate_limit: tuple[int, float] | None,
                 seed: int | None, deleted_entries: str = "seed") -> None:
        if deleted_entries not in DELETED_ENTRIES:
            raise ValueError(f"deleted_entries must be one of {', '.join(DELETED_ENTRIES)}, not {deleted_entries!r}")
        self.deleted_entries = deleted_entries
        spec, self.rules = _spec()
        document = spec.document
        self.list_filters = FilterTable.from_spec(document, "PatientFilters")
        self.deleted_filters = FilterTable.from_spec(document, "DeletedPatientFilters")
        self.get_filters = FilterTable.from_spec(document, "ArchivedFilter")
        self.sort_pattern = compile_ecma(document["components"]["parameters"]["Sort"]["schema"]["pattern"])
        self.writable = document["components"]["schemas"]["PatientUpdate"]["properties"]
        self.directory = Directory(accounts)
        self.storage = Storage(db_path)
        self.limiter = RateLimiter(*rate_limit) if rate_limit else None
        self.random = random.Random(seed)
        self.taken_ids: set[int] = set()

    # ---- seeding -----------------------------------------------------------

    def blank(self, account: Account) -> dict[str, Any]:
        return blank_patient(self.writable, account.default_reminder_type)

    def seed(self, patients_for_first_account: int = 0) -> None:
        """Starter patients for every empty account, plus N synthetic ones for the first."""
        for number, account in enumerate(self.directory.accounts):
            if self.storage.count(account.id) == 0:
                definition = account.custom_fields_definition
                patients = starter_patients(self.blank(account), self.random, self.taken_ids, definition)
                if number == 0 and patients_for_first_account:
                    patients += synthetic_patients(self.blank(account), self.random, self.taken_ids,
                                                   patients_for_first_account, definition)
                self.storage.save_many(account.id, patients)

    def new_id(self) -> int:
        """The id of a record created now: 19 digits, as the live API mints them."""
        while True:
            candidate = mint_id(self.random, self.taken_ids, datetime.now(UTC))
            if not self.storage.id_exists(candidate):
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

    # ---- handlers ------------------------------------------------------------

    def list_patients(self, view: str) -> Handler:
        async def handler(request: Request, caller: Caller) -> Response:
            table = self.deleted_filters if view == "deleted" else self.list_filters
            where = parse_filters(filter_items(request.query_params), table)
            order_by = parse_sort(request.query_params.get("sort"), request.query_params.get("order"),
                                  self.list_filters.fields, self.sort_pattern)
            page = parse_page(request)
            shown = "patients+archived" if view == "patients" and where.includes_archived else view
            total, patients = self.storage.list(caller.account.id, shown, where.sql, where.params, order_by,
                                                page.per_page, page.offset)
            base = base_url(request)
            if view == "deleted":
                shown_patients = [render_deleted(patient, base, self.deleted_entries) for patient in patients]
            else:
                shown_patients = [render(patient, base) for patient in patients]
            return JSONResponse({
                "patients": shown_patients,
                "total_entries": total,
                "links": page_links(request, page, total),
            })

        return handler

    def find(self, request: Request, caller: Caller, archived_ok: bool) -> dict[str, Any]:
        """The patient of the path's id; 404 when unknown, deleted, or archived and not asked for."""
        found = self.storage.get(caller.account.id, _patient_id(request))
        if found is None or not _visible(found[0], archived_ok):
            raise ApiError(404, "Not found")
        return found[1]

    def change(self, request: Request, caller: Caller, edit: Callable[[dict[str, Any]], bool]) -> dict[str, Any]:
        """Apply `edit` to the path's patient (archived ones too) in one transaction and
        return the patient as stored; 404 like `find`. `edit` says whether it changed anything."""

        def checked(state: str, patient: dict[str, Any]) -> bool:
            if not _visible(state, archived_ok=True):
                raise ApiError(404, "Not found")
            return edit(patient)

        found = self.storage.update(caller.account.id, _patient_id(request), checked)
        if found is None:
            raise ApiError(404, "Not found")
        return found[1]

    async def get_patient(self, request: Request, caller: Caller) -> Response:
        where = parse_filters(filter_items(request.query_params), self.get_filters)
        patient = self.find(request, caller, archived_ok=where.includes_archived)
        return JSONResponse(render(patient, base_url(request)))

    def add_patient(self, account: Account, body: dict[str, Any]) -> dict[str, Any]:
        """A new patient from a create body, checked by createPatient's rules (422 if broken)."""
        definition = account.custom_fields_definition
        body = normalized(body)
        self.rules.check("createPatient", body, definition)
        stamp = now()
        patient = self.blank(account)
        patient.update(created_at=stamp, updated_at=stamp)
        apply_changes(patient, body, definition)
        patient["id"] = self.new_id()
        while not self.storage.insert(account.id, patient):  # taken meanwhile (another process, same --db)
            patient["id"] = self.new_id()
        return patient

    async def create_patient(self, request: Request, caller: Caller) -> Response:
        body = await read_body(request, self.rules)
        patient = self.add_patient(caller.account, body)
        shown = render(patient, base_url(request))
        return JSONResponse(shown, status_code=201, headers={"Location": shown["links"]["self"]})

    async def update_patient(self, request: Request, caller: Caller) -> Response:
        # Archived patients are still records: they can be corrected without unarchiving.
        self.find(request, caller, archived_ok=True)  # an unknown id is a 404 whatever the body
        # The whole body first, then read-modify-write in one transaction: a body that
        # arrives late must not write back a record that another request changed meanwhile.
        body = normalized(await read_body(request, self.rules))
        definition = caller.account.custom_fields_definition
        self.rules.check("updatePatient", body, definition)

        def edit(patient: dict[str, Any]) -> bool:
            apply_changes(patient, body, definition)
            patient["updated_at"] = now()
            return True

        return JSONResponse(render(self.change(request, caller, edit), base_url(request)))

    async def archive_patient(self, request: Request, caller: Caller) -> Response:
        def archive(patient: dict[str, Any]) -> bool:
            if patient["archived_at"]:
                return False
            patient["archived_at"] = patient["updated_at"] = now()
            return True

        self.change(request, caller, archive)
        return Response(status_code=204)

    async def unarchive_patient(self, request: Request, caller: Caller) -> Response:
        def unarchive(patient: dict[str, Any]) -> bool:
            if not patient["archived_at"]:
                return False
            patient["archived_at"] = None
            patient["updated_at"] = now()
            return True

        return JSONResponse(render(self.change(request, caller, unarchive), base_url(request)))

    def settings(self, public: bool) -> Handler:
        async def handler(request: Request, caller: Caller) -> Response:
            if not public and not caller.user.may_view_settings:
                raise ApiError(403, "You do not have permission to do that.")
            return JSONResponse(caller.account.settings)

        return handler


def _patient_id(request: Request) -> int:
    """The path's id; one too long for a 64-bit integer is nobody's (a 404)."""
    raw = request.path_params["id"]
    return min(int(raw), INT64_MAX) if PATIENT_ID.match(raw) else INT64_MAX


def _visible(state: str, archived_ok: bool) -> bool:
    return state == "active" or (state == "archived" and archived_ok)


def base_url(request: Request) -> str:
    """The API's absolute base URL on the server's own address (links are absolute)."""
    return origin(request) + API_PREFIX


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
    seed: int | None = None,
    deleted_entries: str = "seed",
) -> Starlette:
    """The sandbox app. `rate_limit=(requests, seconds)`; `faults` is the share of
    requests answered with a fault; `seed` makes ids, seeding and faults repeatable;
    `deleted_entries` is the shape of /patients/deleted entries (patients.DELETED_ENTRIES)."""
    sandbox = Sandbox(db_path, accounts if accounts is not None else default_accounts(), rate_limit, seed,
                      deleted_entries)
    sandbox.seed(seed_patients)
    s = sandbox
    routes = [
        Route(f"{API_PREFIX}/patients", s.path({"GET": s.list_patients("patients"), "POST": s.create_patient}),
              methods=["GET", "POST"]),
        Route(f"{API_PREFIX}/patients/deleted", s.path({"GET": s.list_patients("deleted")}), methods=["GET"]),
        Route(f"{API_PREFIX}/patients/archived", s.path({"GET": s.list_patients("archived")}), methods=["GET"]),
        Route(f"{API_PREFIX}/patients/{{id:digits}}", s.path({
            "GET": s.get_patient, "PUT": s.update_patient, "PATCH": s.update_patient, "DELETE": s.archive_patient,
        }), methods=["GET", "PUT", "PATCH", "DELETE"]),
        Route(f"{API_PREFIX}/patients/{{id:digits}}/archive", s.path({"POST": s.archive_patient}),
              methods=["POST"]),
        Route(f"{API_PREFIX}/patients/{{id:digits}}/unarchive", s.path({"POST": s.unarchive_patient}),
              methods=["POST"]),
        Route(f"{API_PREFIX}/settings", s.path({"GET": s.settings(public=False)}), methods=["GET"]),
        Route(f"{API_PREFIX}/settings/public", s.path({"GET": s.settings(public=True)}), methods=["GET"]),
    ]
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
