"""A patient's referral source (issue 22): how the patient came to the business.

Each patient has at most one, kept in the `referral_sources` collection (which
`GET /referral_sources` lists) and read and written at `/patients/{id}/referral_source`
(2020 docs), the URL its `links.self` shows. A `PUT` or `PATCH` makes it if the patient
has none. The referrer it names is a patient or a contact of the account (422 naming
`referrer_id` otherwise), and `referrer_type` says which. Referral source types are not
a resource of the spec, so their ids are kept as written.

Registered in app.RULES_MODULES (the rendering) and by operationId in custom.py (the
three endpoints, whose path lies under the patients' collection).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from starlette.requests import Request
from starlette.responses import JSONResponse, Response

from .custom import handles
from .errors import ApiError, validation_failed
from .filters import INT64_MAX, where_of
from .pagination import base_url
from .records import Records
from .seeding import now
from .validation import BodyRules, normalized, read_body

if TYPE_CHECKING:
    from ..spec_schemas import ApiResource, Spec
    from .accounts import Account
    from .app import Caller, Handler, Sandbox
    from .collections import Collection, Endpoint

WRITE = "updatePatientReferralSource"
# The kinds of record a referrer may be, and the word `referrer_type` shows for each.
REFERRERS = {"patients": "Patient", "contacts": "Contact"}


class ReferralSourceRules(Records):
    """records.py's rules; the record is shown at its patient's URL, its referrer as a link."""

    def __init__(self, spec: Spec, resource: ApiResource, body_rules: BodyRules, update_operation: str | None,
                 deleted_entries: str = "seed") -> None:
        # Written at the patient's URL, not the collection's: the body is that operation's.
        super().__init__(spec, resource, body_rules, update_operation or WRITE, deleted_entries)

    def render(self, record: dict[str, Any], base_url: str) -> dict[str, Any]:
        shown = super().render(record, base_url)
        referrer, kind = record.get("referrer_id"), record.get("referrer_type")
        resource = next((name for name, word in REFERRERS.items() if word == kind), None)
        shown.pop("referrer_id", None)
        shown.pop("referral_source_type_id", None)
        if referrer is not None and resource is not None:
            shown["referrer"] = {"links": {"self": f"{base_url}/{resource}/{referrer}"}}
        shown["links"] = {"self": f"{base_url}/patients/{record['patient_id']}/referral_source"}
        return shown


def _of_patient(sandbox: Sandbox, account_id: int, patient_id: Any, archived_ok: bool) -> dict[str, Any] | None:
    storage = sandbox.collections["referral_sources"].storage
    view = "active+archived" if archived_ok else "active"
    _, found = storage.list(account_id, view, "patient_id = ?", [int(patient_id)], "id", 1, 0)
    return found[0] if found else None


def _referrer_type(sandbox: Sandbox, account: Account, referrer_id: Any) -> str:
    """Which kind of record the referrer is; a 422 naming `referrer_id` if none of the account's."""
    for resource, word in REFERRERS.items():
        found = sandbox.collections[resource].storage.get(account.id, min(int(referrer_id), INT64_MAX))
        if found is not None and found[0] != "deleted":
            return word
    raise validation_failed({"referrer_id": "must name a patient or a contact of this account"})


@handles("getPatientReferralSource")
def get_referral_source(sandbox: Sandbox, patients: Collection, endpoint: Endpoint) -> Handler:
    async def handler(request: Request, caller: Caller) -> Response:
        archived_ok = where_of(request.query_params, endpoint.filters).includes_archived
        patient = sandbox.find(patients, request, caller, archived_ok=True)
        source = _of_patient(sandbox, caller.account.id, patient["id"], archived_ok)
        if source is None:  # a patient without one: 404 (2020 docs)
            raise ApiError(404, "Not found")
        return JSONResponse(sandbox.rules["referral_sources"].render(source, base_url(request)))

    return handler


def _set_referral_source(sandbox: Sandbox, patients: Collection, endpoint: Endpoint) -> Handler:
    """PUT and PATCH: the body's properties set on the patient's referral source, made if missing."""
    sources = sandbox.collections["referral_sources"]
    rules = sandbox.rules["referral_sources"]

    async def handler(request: Request, caller: Caller) -> Response:
        patient = sandbox.find(patients, request, caller, archived_ok=True)
        body = normalized(await read_body(request, sandbox.body_rules, endpoint.operation_id))
        rules.check(endpoint.operation_id, body, caller.account)  # the schema's rules: a 422 naming the property
        if body.get("referrer_id") is not None:
            body["referrer_type"] = _referrer_type(sandbox, caller.account, body["referrer_id"])
        source = _of_patient(sandbox, caller.account.id, patient["id"], archived_ok=True)
        if source is None:
            source = sandbox.insert_record(sources, caller.account, {**body, "patient_id": str(patient["id"])})
        else:
            def edit(record: dict[str, Any]) -> bool:
                rules.apply(record, body, caller.account)
                record["updated_at"] = now()
                return True

            found = sources.storage.update(caller.account.id, int(source["id"]), lambda _state, r: edit(r))
            assert found is not None  # it was read just now and records are never removed
            source = found[1]
        return JSONResponse(rules.render(source, base_url(request)))

    return handler


handles("updatePatientReferralSource")(_set_referral_source)
handles("patchPatientReferralSource")(_set_referral_source)
