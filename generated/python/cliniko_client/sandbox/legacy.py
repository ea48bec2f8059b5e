"""Resources that are another resource's records under older names (`x-cliniko-resource`
`stored_as`): the deprecated `/appointments` family is individual appointments.

One store: an appointment made at `/appointments` is read at
`/individual_appointments/{id}` and the other way round. Each endpoint of the legacy
resource is answered by the stored resource's endpoint of the same shape
(`/appointments/{id}/cancel` by `/individual_appointments/{id}/cancel`; a nested list
by a list of the stored records under the same parent), so the stored resource's
rules (appointments.py: ends after starts, the type's duration, cancel's words,
conflicts) apply unchanged. Around it, RENAMES (the one map between the two sets of
names) is applied to what goes in (`q[]` fields, `sort` keys, body properties) and
to what comes out (properties, links, the names in a 422's errors); a request is
first checked against the legacy operation's own filters, sort and body schema.
"""

from __future__ import annotations

import dataclasses
import json
import re
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from starlette.requests import Request
from starlette.responses import Response

from .errors import ApiError
from .filters import parse_sort, where_of
from .validation import normalized, read_body

if TYPE_CHECKING:
    from .app import Caller, Handler, Sandbox
    from .collections import Collection, Endpoint

# {legacy resource: {legacy name: stored name}}: the properties, filters and sort keys
# whose names differ (2013-2018 documentation against the individual appointments').
RENAMES: dict[str, dict[str, str]] = {
    "appointments": {
        "appointment_start": "starts_at",
        "appointment_end": "ends_at",
        "cancellation_time": "cancelled_at",
        "appointment_repeated_from": "repeated_from",
    },
}
QUERY_FIELDS = ("q[]", "q")  # parameters whose values start with a field name
BODY_KINDS = ("create", "update", "cancel")
PAGE_KINDS = ("list", "deleted", "scoped", "nested")
RECORD_KINDS = ("get", "create", "update")


@dataclasses.dataclass(frozen=True)
class Renaming:
    """One legacy resource's names against its stored resource's."""

    legacy: str  # appointments
    stored: str  # individual_appointments
    to_stored: Mapping[str, str]

    @property
    def to_legacy(self) -> dict[str, str]:
        return {stored: legacy for legacy, stored in self.to_stored.items()}

    def query(self, items: list[tuple[str, str]], names: Mapping[str, str]) -> list[tuple[str, str]]:
        """`q[]` fields and `sort` keys renamed by `names`; other parameters as they are."""
        renamed = []
        for key, value in items:
            if key in QUERY_FIELDS:
                field, sep, rest = value.partition(":")
                value = names.get(field, field) + sep + rest
            elif key == "sort":
                value = ",".join(
                    names.get(k.partition(":")[0], k.partition(":")[0]) + k[len(k.partition(":")[0]) :]
                    for k in value.split(",")
                )
            renamed.append((key, value))
        return renamed

    def url(self, url: str) -> str:
        """A stored URL as the legacy resource shows it: its path and its query's names."""
        for end in ("/", "?"):
            url = url.replace(f"/{self.stored}{end}", f"/{self.legacy}{end}")
        parts = urlsplit(url)
        if not parts.query:
            return urlunsplit(parts)
        query = self.query(parse_qsl(parts.query, keep_blank_values=True), self.to_legacy)
        return urlunsplit(parts._replace(query=urlencode(query)))

    def words(self, text: str) -> str:
        """A message naming stored properties (`must be after starts_at`), with the legacy names."""
        names = self.to_legacy
        return re.sub(r"\b(" + "|".join(map(re.escape, names)) + r")\b", lambda m: names[m.group(1)], text)

    def shown(self, value: Any, keep: set[str] | None = None) -> Any:
        """A stored record (or what it links) as the legacy resource shows it: properties
        renamed, those the legacy schema lacks dropped (`keep`, top level only), links moved."""
        if isinstance(value, str):
            return self.url(value) if value.startswith(("http://", "https://")) else value
        if isinstance(value, list):
            return [self.shown(item) for item in value]
        if not isinstance(value, dict):
            return value
        renamed = {self.to_legacy.get(name, name): self.shown(item) for name, item in value.items()}
        return {name: item for name, item in renamed.items() if keep is None or name in keep}


def renaming_of(sandbox: Sandbox, collection: Collection) -> Renaming:
    stored = collection.resource.stored_as
    assert stored is not None
    return Renaming(collection.name, stored, RENAMES.get(collection.name, {}))


def stored_endpoint(sandbox: Sandbox, collection: Collection, endpoint: Endpoint) -> tuple[Collection, Endpoint]:
    """The stored resource's endpoint that answers a legacy one: the same method and path below
    the stored resource's name; a nested list, the stored records under the same parent, read
    as the stored list of its suffix's shape (`/PARENT/{id}/appointments/deleted`: `/deleted`)."""
    stored = sandbox.collections[renaming_of(sandbox, collection).stored]
    method, path = next(key for key, e in collection.endpoints.items() if e.operation_id == endpoint.operation_id)
    if endpoint.kind == "nested":
        suffix = path.split("{id}", 1)[1].removeprefix(f"/{collection.name}")
        like = stored.endpoints.get(("get", f"/{stored.name}{suffix}"))
        if like is None:
            raise ValueError(f"GET {path}: {stored.name} has no list /{stored.name}{suffix} to answer it")
        return stored, dataclasses.replace(endpoint, filters=like.filters, sort=like.sort)
    target = stored.endpoints.get((method, f"/{stored.name}" + path.removeprefix(f"/{collection.name}")))
    if target is None:
        raise ValueError(f"{method.upper()} {path}: {stored.name} has no endpoint of its shape to answer it")
    return stored, target


def relay(sandbox: Sandbox, collection: Collection, endpoint: Endpoint) -> Handler:
    """The handler of a legacy endpoint: the stored endpoint's, with the names translated."""
    names = renaming_of(sandbox, collection)
    stored, target = stored_endpoint(sandbox, collection, endpoint)
    inner = sandbox.handler(stored, target)
    rules = sandbox.rules[collection.name]
    keep = getattr(rules, "shown", None)  # the properties of the legacy list's items (records.Records)

    async def handler(request: Request, caller: Caller) -> Response:
        # The legacy operation's own filters, sort and body, refused in its own words.
        where_of(request.query_params, endpoint.filters)
        if endpoint.sort is not None:
            fields = endpoint.filters.fields if endpoint.filters else {}
            parse_sort(request.query_params.get("sort"), request.query_params.get("order"), fields, endpoint.sort)
        scope = dict(request.scope)
        scope["query_string"] = urlencode(names.query(request.query_params.multi_items(), names.to_stored)).encode()
        body = b""
        if endpoint.kind in BODY_KINDS:
            sent = normalized(await read_body(request, sandbox.body_rules, endpoint.operation_id))
            rules.check(endpoint.operation_id, sent, caller.account)
            renamed = {names.to_stored.get(k, k): v for k, v in sent.items()} if isinstance(sent, dict) else sent
            body = json.dumps(renamed).encode()
            headers = [(k, v) for k, v in request.scope["headers"] if k not in (b"content-type", b"content-length")]
            scope["headers"] = [
                *headers,
                (b"content-type", b"application/json"),
                (b"content-length", str(len(body)).encode()),
            ]

        async def receive() -> dict[str, Any]:
            return {"type": "http.request", "body": body, "more_body": False}

        try:
            answer = await inner(Request(scope, receive), caller)
        except ApiError as error:
            errors = (
                {names.to_legacy.get(k, k): names.words(v) for k, v in error.errors.items()}
                if error.errors is not None
                else None
            )
            raise ApiError(error.status, names.words(error.message), errors, error.headers) from None
        return translated(answer, endpoint, names, keep)

    return handler


def translated(answer: Response, endpoint: Endpoint, names: Renaming, keep: set[str] | None) -> Response:
    """A stored endpoint's answer as the legacy one gives it."""
    headers = {k: v for k, v in answer.headers.items() if k not in ("content-length", "content-type")}
    if "location" in headers:
        headers["location"] = names.url(headers["location"])
    if not answer.body or answer.media_type != "application/json":
        return Response(answer.body, status_code=answer.status_code, headers=headers, media_type=answer.media_type)
    body = json.loads(bytes(answer.body))
    if endpoint.kind in PAGE_KINDS and answer.status_code == 200:
        body = {
            names.legacy: [names.shown(r, keep) for r in body[names.stored]],
            "total_entries": body["total_entries"],
            "links": names.shown(body["links"]),
        }
    elif endpoint.kind in RECORD_KINDS and answer.status_code in (200, 201):
        body = names.shown(body, keep)
    return Response(
        json.dumps(body).encode(), status_code=answer.status_code, headers=headers, media_type="application/json"
    )
