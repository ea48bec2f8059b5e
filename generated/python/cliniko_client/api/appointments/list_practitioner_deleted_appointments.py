from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...decoding import loads, paused_gc
from ...models.deleted_appointment_list import DeletedAppointmentList
from ...models.error_message import ErrorMessage
from ...models.list_practitioner_deleted_appointments_order import (
    ListPractitionerDeletedAppointmentsOrder,
)
from ...types import UNSET, Response, Unset


def _get_kwargs(
    id: str,
    *,
    page: int | Unset = 1,
    per_page: int | Unset = 50,
    q: list[str] | Unset = UNSET,
    sort: str | Unset = UNSET,
    order: ListPractitionerDeletedAppointmentsOrder | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["page"] = page

    params["per_page"] = per_page

    json_q: list[str] | Unset = UNSET
    if not isinstance(q, Unset):
        json_q = q

    params["q[]"] = json_q

    params["sort"] = sort

    json_order: str | Unset = UNSET
    if not isinstance(order, Unset):
        json_order = order

    params["order"] = json_order

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/practitioners/{id}/appointments/deleted".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DeletedAppointmentList | ErrorMessage | str | None:
    if response.status_code == 200:
        with paused_gc():
            response_200 = DeletedAppointmentList.from_dict(loads(response.content))

        return response_200

    if response.status_code == 400:
        with paused_gc():
            response_400 = ErrorMessage.from_dict(loads(response.content))

        return response_400

    if response.status_code == 401:
        response_401 = response.text
        return response_401

    if response.status_code == 403:
        with paused_gc():
            response_403 = ErrorMessage.from_dict(loads(response.content))

        return response_403

    if response.status_code == 404:
        with paused_gc():
            response_404 = ErrorMessage.from_dict(loads(response.content))

        return response_404

    if response.status_code == 429:
        response_429 = response.text
        return response_429

    if response.status_code == 500:
        response_500 = response.text
        return response_500

    if response.status_code == 502:
        response_502 = response.text
        return response_502

    if response.status_code == 503:
        response_503 = response.text
        return response_503

    if response.status_code == 504:
        response_504 = response.text
        return response_504

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[DeletedAppointmentList | ErrorMessage | str]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
        http_response=response,
    )


def sync_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = 1,
    per_page: int | Unset = 50,
    q: list[str] | Unset = UNSET,
    sort: str | Unset = UNSET,
    order: ListPractitionerDeletedAppointmentsOrder | Unset = UNSET,
) -> Response[DeletedAppointmentList | ErrorMessage | str]:
    """List a practitioner's deleted appointments (deprecated)

     Deprecated: use `GET /individual_appointments/deleted`. Lists the
    deleted appointments of the practitioner in the path (2013-2018
    documentation), entries as in `/appointments/deleted` (see
    `DeletedAppointment`), filtered as that list is. An unknown or other
    account's practitioner answers 404.

    Args:
        id (str):
        page (int | Unset):  Default: 1.
        per_page (int | Unset):  Default: 50.
        q (list[str] | Unset):
        sort (str | Unset):
        order (ListPractitionerDeletedAppointmentsOrder | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeletedAppointmentList | ErrorMessage | str]
    """

    kwargs = _get_kwargs(
        id=id,
        page=page,
        per_page=per_page,
        q=q,
        sort=sort,
        order=order,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = 1,
    per_page: int | Unset = 50,
    q: list[str] | Unset = UNSET,
    sort: str | Unset = UNSET,
    order: ListPractitionerDeletedAppointmentsOrder | Unset = UNSET,
) -> DeletedAppointmentList | ErrorMessage | str | None:
    """List a practitioner's deleted appointments (deprecated)

     Deprecated: use `GET /individual_appointments/deleted`. Lists the
    deleted appointments of the practitioner in the path (2013-2018
    documentation), entries as in `/appointments/deleted` (see
    `DeletedAppointment`), filtered as that list is. An unknown or other
    account's practitioner answers 404.

    Args:
        id (str):
        page (int | Unset):  Default: 1.
        per_page (int | Unset):  Default: 50.
        q (list[str] | Unset):
        sort (str | Unset):
        order (ListPractitionerDeletedAppointmentsOrder | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeletedAppointmentList | ErrorMessage | str
    """

    return sync_detailed(
        id=id,
        client=client,
        page=page,
        per_page=per_page,
        q=q,
        sort=sort,
        order=order,
    ).parsed


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = 1,
    per_page: int | Unset = 50,
    q: list[str] | Unset = UNSET,
    sort: str | Unset = UNSET,
    order: ListPractitionerDeletedAppointmentsOrder | Unset = UNSET,
) -> Response[DeletedAppointmentList | ErrorMessage | str]:
    """List a practitioner's deleted appointments (deprecated)

     Deprecated: use `GET /individual_appointments/deleted`. Lists the
    deleted appointments of the practitioner in the path (2013-2018
    documentation), entries as in `/appointments/deleted` (see
    `DeletedAppointment`), filtered as that list is. An unknown or other
    account's practitioner answers 404.

    Args:
        id (str):
        page (int | Unset):  Default: 1.
        per_page (int | Unset):  Default: 50.
        q (list[str] | Unset):
        sort (str | Unset):
        order (ListPractitionerDeletedAppointmentsOrder | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeletedAppointmentList | ErrorMessage | str]
    """

    kwargs = _get_kwargs(
        id=id,
        page=page,
        per_page=per_page,
        q=q,
        sort=sort,
        order=order,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = 1,
    per_page: int | Unset = 50,
    q: list[str] | Unset = UNSET,
    sort: str | Unset = UNSET,
    order: ListPractitionerDeletedAppointmentsOrder | Unset = UNSET,
) -> DeletedAppointmentList | ErrorMessage | str | None:
    """List a practitioner's deleted appointments (deprecated)

     Deprecated: use `GET /individual_appointments/deleted`. Lists the
    deleted appointments of the practitioner in the path (2013-2018
    documentation), entries as in `/appointments/deleted` (see
    `DeletedAppointment`), filtered as that list is. An unknown or other
    account's practitioner answers 404.

    Args:
        id (str):
        page (int | Unset):  Default: 1.
        per_page (int | Unset):  Default: 50.
        q (list[str] | Unset):
        sort (str | Unset):
        order (ListPractitionerDeletedAppointmentsOrder | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeletedAppointmentList | ErrorMessage | str
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            page=page,
            per_page=per_page,
            q=q,
            sort=sort,
            order=order,
        )
    ).parsed
