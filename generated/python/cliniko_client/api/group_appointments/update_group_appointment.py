from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...decoding import loads, paused_gc
from ...models.error_message import ErrorMessage
from ...models.group_appointment import GroupAppointment
from ...models.group_appointment_update import GroupAppointmentUpdate
from ...models.validation_error import ValidationError
from ...types import Response


def _get_kwargs(
    id: str,
    *,
    body: GroupAppointmentUpdate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/group_appointments/{id}".format(
            id=quote(str(id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorMessage | GroupAppointment | ValidationError | str | None:
    if response.status_code == 200:
        with paused_gc():
            response_200 = GroupAppointment.from_dict(loads(response.content))

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

    if response.status_code == 413:
        with paused_gc():
            response_413 = ErrorMessage.from_dict(loads(response.content))

        return response_413

    if response.status_code == 415:
        with paused_gc():
            response_415 = ErrorMessage.from_dict(loads(response.content))

        return response_415

    if response.status_code == 422:
        with paused_gc():
            response_422 = ValidationError.from_dict(loads(response.content))

        return response_422

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
) -> Response[ErrorMessage | GroupAppointment | ValidationError | str]:
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
    body: GroupAppointmentUpdate,
) -> Response[ErrorMessage | GroupAppointment | ValidationError | str]:
    """Update a group appointment

     Updates the properties sent and leaves the others as they were (a partial
    update, like PATCH). Nothing is required; `ends_at` must follow `starts_at` (else a
    422 naming `ends_at`), and `ends_at: null` sets it from the appointment type's
    duration. `max_attendees` below the number of its attendees holding a
    place (neither cancelled, archived nor deleted) is a 422 naming
    `max_attendees` that says how many attend; cancel one first.

    Args:
        id (str):
        body (GroupAppointmentUpdate): Group appointment properties a client may write. Every one
            is optional;
            only the ones sent are changed. Each `..._id` must name a record of the
            account (else a 422 naming it); `ends_at` must follow `starts_at` (else
            a 422 naming `ends_at`); `ends_at: null` sets it from the appointment
            type's duration (2016-2020 documentation); `max_attendees` may not drop
            below the attendees it has (else a 422 naming it).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorMessage | GroupAppointment | ValidationError | str]
    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    body: GroupAppointmentUpdate,
) -> ErrorMessage | GroupAppointment | ValidationError | str | None:
    """Update a group appointment

     Updates the properties sent and leaves the others as they were (a partial
    update, like PATCH). Nothing is required; `ends_at` must follow `starts_at` (else a
    422 naming `ends_at`), and `ends_at: null` sets it from the appointment type's
    duration. `max_attendees` below the number of its attendees holding a
    place (neither cancelled, archived nor deleted) is a 422 naming
    `max_attendees` that says how many attend; cancel one first.

    Args:
        id (str):
        body (GroupAppointmentUpdate): Group appointment properties a client may write. Every one
            is optional;
            only the ones sent are changed. Each `..._id` must name a record of the
            account (else a 422 naming it); `ends_at` must follow `starts_at` (else
            a 422 naming `ends_at`); `ends_at: null` sets it from the appointment
            type's duration (2016-2020 documentation); `max_attendees` may not drop
            below the attendees it has (else a 422 naming it).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorMessage | GroupAppointment | ValidationError | str
    """

    return sync_detailed(
        id=id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    body: GroupAppointmentUpdate,
) -> Response[ErrorMessage | GroupAppointment | ValidationError | str]:
    """Update a group appointment

     Updates the properties sent and leaves the others as they were (a partial
    update, like PATCH). Nothing is required; `ends_at` must follow `starts_at` (else a
    422 naming `ends_at`), and `ends_at: null` sets it from the appointment type's
    duration. `max_attendees` below the number of its attendees holding a
    place (neither cancelled, archived nor deleted) is a 422 naming
    `max_attendees` that says how many attend; cancel one first.

    Args:
        id (str):
        body (GroupAppointmentUpdate): Group appointment properties a client may write. Every one
            is optional;
            only the ones sent are changed. Each `..._id` must name a record of the
            account (else a 422 naming it); `ends_at` must follow `starts_at` (else
            a 422 naming `ends_at`); `ends_at: null` sets it from the appointment
            type's duration (2016-2020 documentation); `max_attendees` may not drop
            below the attendees it has (else a 422 naming it).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorMessage | GroupAppointment | ValidationError | str]
    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    body: GroupAppointmentUpdate,
) -> ErrorMessage | GroupAppointment | ValidationError | str | None:
    """Update a group appointment

     Updates the properties sent and leaves the others as they were (a partial
    update, like PATCH). Nothing is required; `ends_at` must follow `starts_at` (else a
    422 naming `ends_at`), and `ends_at: null` sets it from the appointment type's
    duration. `max_attendees` below the number of its attendees holding a
    place (neither cancelled, archived nor deleted) is a 422 naming
    `max_attendees` that says how many attend; cancel one first.

    Args:
        id (str):
        body (GroupAppointmentUpdate): Group appointment properties a client may write. Every one
            is optional;
            only the ones sent are changed. Each `..._id` must name a record of the
            account (else a 422 naming it); `ends_at` must follow `starts_at` (else
            a 422 naming `ends_at`); `ends_at: null` sets it from the appointment
            type's duration (2016-2020 documentation); `max_attendees` may not drop
            below the attendees it has (else a 422 naming it).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorMessage | GroupAppointment | ValidationError | str
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            body=body,
        )
    ).parsed
