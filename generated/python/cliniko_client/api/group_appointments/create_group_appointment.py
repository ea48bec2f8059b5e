from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...decoding import loads, paused_gc
from ...models.error_message import ErrorMessage
from ...models.group_appointment import GroupAppointment
from ...models.group_appointment_create import GroupAppointmentCreate
from ...models.validation_error import ValidationError
from ...types import Response


def _get_kwargs(
    *,
    body: GroupAppointmentCreate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/group_appointments",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorMessage | GroupAppointment | ValidationError | str | None:
    if response.status_code == 201:
        with paused_gc():
            response_201 = GroupAppointment.from_dict(loads(response.content))

        return response_201

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
    *,
    client: AuthenticatedClient | Client,
    body: GroupAppointmentCreate,
) -> Response[ErrorMessage | GroupAppointment | ValidationError | str]:
    """Create a group appointment

     Books a group appointment (a class) with no attendees yet: patients join
    it as attendees (`POST /attendees` with its id as `booking_id`).
    `starts_at`, `practitioner_id`, `appointment_type_id` and `business_id`
    are required, each id a record of the account (else a 422 naming it).
    Without `ends_at` it ends the appointment type's `duration_in_minutes`
    after it starts, and without `max_attendees` it takes the type's (2016-2020
    documentation); an `ends_at` not after `starts_at` is a 422 naming
    `ends_at`. It takes its practitioner's time as an individual appointment
    does; overlaps are allowed (see `conflicts`). Answers 201 with the
    appointment and its URL in `Location`. Not idempotent.

    Args:
        body (GroupAppointmentCreate): A new group appointment. `starts_at`, `practitioner_id`,
            `appointment_type_id` and `business_id` are required; without `ends_at`
            (or with `ends_at: null`) it ends `duration_in_minutes` of its
            appointment type after it starts; without `max_attendees` it takes the
            type's `max_attendees`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorMessage | GroupAppointment | ValidationError | str]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: GroupAppointmentCreate,
) -> ErrorMessage | GroupAppointment | ValidationError | str | None:
    """Create a group appointment

     Books a group appointment (a class) with no attendees yet: patients join
    it as attendees (`POST /attendees` with its id as `booking_id`).
    `starts_at`, `practitioner_id`, `appointment_type_id` and `business_id`
    are required, each id a record of the account (else a 422 naming it).
    Without `ends_at` it ends the appointment type's `duration_in_minutes`
    after it starts, and without `max_attendees` it takes the type's (2016-2020
    documentation); an `ends_at` not after `starts_at` is a 422 naming
    `ends_at`. It takes its practitioner's time as an individual appointment
    does; overlaps are allowed (see `conflicts`). Answers 201 with the
    appointment and its URL in `Location`. Not idempotent.

    Args:
        body (GroupAppointmentCreate): A new group appointment. `starts_at`, `practitioner_id`,
            `appointment_type_id` and `business_id` are required; without `ends_at`
            (or with `ends_at: null`) it ends `duration_in_minutes` of its
            appointment type after it starts; without `max_attendees` it takes the
            type's `max_attendees`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorMessage | GroupAppointment | ValidationError | str
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: GroupAppointmentCreate,
) -> Response[ErrorMessage | GroupAppointment | ValidationError | str]:
    """Create a group appointment

     Books a group appointment (a class) with no attendees yet: patients join
    it as attendees (`POST /attendees` with its id as `booking_id`).
    `starts_at`, `practitioner_id`, `appointment_type_id` and `business_id`
    are required, each id a record of the account (else a 422 naming it).
    Without `ends_at` it ends the appointment type's `duration_in_minutes`
    after it starts, and without `max_attendees` it takes the type's (2016-2020
    documentation); an `ends_at` not after `starts_at` is a 422 naming
    `ends_at`. It takes its practitioner's time as an individual appointment
    does; overlaps are allowed (see `conflicts`). Answers 201 with the
    appointment and its URL in `Location`. Not idempotent.

    Args:
        body (GroupAppointmentCreate): A new group appointment. `starts_at`, `practitioner_id`,
            `appointment_type_id` and `business_id` are required; without `ends_at`
            (or with `ends_at: null`) it ends `duration_in_minutes` of its
            appointment type after it starts; without `max_attendees` it takes the
            type's `max_attendees`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorMessage | GroupAppointment | ValidationError | str]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: GroupAppointmentCreate,
) -> ErrorMessage | GroupAppointment | ValidationError | str | None:
    """Create a group appointment

     Books a group appointment (a class) with no attendees yet: patients join
    it as attendees (`POST /attendees` with its id as `booking_id`).
    `starts_at`, `practitioner_id`, `appointment_type_id` and `business_id`
    are required, each id a record of the account (else a 422 naming it).
    Without `ends_at` it ends the appointment type's `duration_in_minutes`
    after it starts, and without `max_attendees` it takes the type's (2016-2020
    documentation); an `ends_at` not after `starts_at` is a 422 naming
    `ends_at`. It takes its practitioner's time as an individual appointment
    does; overlaps are allowed (see `conflicts`). Answers 201 with the
    appointment and its URL in `Location`. Not idempotent.

    Args:
        body (GroupAppointmentCreate): A new group appointment. `starts_at`, `practitioner_id`,
            `appointment_type_id` and `business_id` are required; without `ends_at`
            (or with `ends_at: null`) it ends `duration_in_minutes` of its
            appointment type after it starts; without `max_attendees` it takes the
            type's `max_attendees`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorMessage | GroupAppointment | ValidationError | str
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
