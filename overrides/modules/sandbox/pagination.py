"""`page` / `per_page` and the `links` of a list page.

page is 1-based, at most 2^31-1 (the spec's maximum): any other page is a 404, as the live API answered (a 2015
report; will_paginate, whose `total_entries` Cliniko's lists carry, treats an
invalid page as not found). per_page is 1-100 (default 50), else a 400. Every
page links to itself; `next` and `previous` appear only when there is such a
page. Links are absolute URLs built from the request's own path and query,
keeping its other query parameters (filters, sort), on the server's own
address (`origin`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import urlencode

from starlette.requests import Request

from .errors import ApiError

DEFAULT_PER_PAGE = 50
MAX_PER_PAGE = 100
MAX_PAGE = 2**31 - 1  # the spec's `page` maximum (int32)


@dataclass(frozen=True)
class Page:
    number: int
    per_page: int

    @property
    def offset(self) -> int:
        return (self.number - 1) * self.per_page


PAGE_MESSAGE = "page must be a whole number of 1 or more"


def parse_page(request: Request) -> Page:
    try:
        number = _integer(request, "page", 1)
    except ApiError:
        number = 0
    if not 1 <= number <= MAX_PAGE:
        raise ApiError(404, PAGE_MESSAGE)
    per_page = _integer(request, "per_page", DEFAULT_PER_PAGE)
    if not 1 <= per_page <= MAX_PER_PAGE:
        raise ApiError(400, f"per_page must be from 1 to {MAX_PER_PAGE}")
    return Page(number, per_page)


def _integer(request: Request, name: str, default: int) -> int:
    values = request.query_params.getlist(name)
    if not values:
        return default
    text = values[-1]
    # ASCII digits with an optional minus only: int() would also take "+1", " 1", "1_0" and "١".
    if not re.fullmatch(r"-?[0-9]{1,4300}", text):
        raise ApiError(400, f"{name} must be a whole number")
    return int(text)


def page_links(request: Request, page: Page, total: int) -> dict[str, str]:
    links = {"self": _url(request, page.number, page.per_page)}
    if page.offset + page.per_page < total:
        links["next"] = _url(request, page.number + 1, page.per_page)
    if page.number > 1:
        # Past the end, `previous` points at the last page that has entries.
        last = max(1, -(-total // page.per_page))
        links["previous"] = _url(request, min(page.number - 1, last), page.per_page)
    return links


def origin(request: Request) -> str:
    """`http://127.0.0.1:PORT`: the address the server listens on, never the request's
    `Host` header, which is the client's to write (links built from it could point anywhere)."""
    scheme = request.scope.get("scheme", "http")
    host, port = request.scope.get("server") or ("127.0.0.1", None)
    host = f"[{host}]" if ":" in host else host
    default = {"http": 80, "https": 443}.get(scheme)
    return f"{scheme}://{host}" if port in (None, default) else f"{scheme}://{host}:{port}"


def _url(request: Request, number: int, per_page: int) -> str:
    kept = [(k, v) for k, v in request.query_params.multi_items() if k not in ("page", "per_page")]
    query = urlencode([*kept, ("page", str(number)), ("per_page", str(per_page))])
    return f"{origin(request)}{request.url.path}?{query}"


API_PREFIX = "/v1"


def base_url(request: Request) -> str:
    """The API's absolute base URL on the server's own address (links are absolute)."""
    return origin(request) + API_PREFIX
