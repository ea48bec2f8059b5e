from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...decoding import loads, paused_gc
from ...models.attendee import Attendee
from ...models.attendee_create import AttendeeCreate
from ...models.error_message import ErrorMessage
from ...models.validation_error import ValidationError
from ...types import Response


def _get_kwargs(
    *,
    body: AttendeeCreate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/attendees",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Attendee | ErrorMessage | ValidationError | str | None:
    if response.status_code == 201:
        with paused_gc():
            response_201 = Attendee.from_dict(loads(response.content))

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
) -> Response[Attendee | ErrorMessage | ValidationError | str]:
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
    body: AttendeeCreate,
) -> Response[Attendee | ErrorMessage | ValidationError | str]:
    """Create an attendee

     A patient joins a booking: `booking_id` (a group or an individual
    appointment of the account) and `patient_id` are required, each a record
    of the account (else a 422 naming it). A group appointment takes at most
    `max_attendees` attendees holding a place (neither cancelled, archived
    nor deleted): one more is a 422 naming `booking_id`, and cancelling or
    archiving one frees its place. The class's `patient_ids` follows its
    attendees. Answers 201 with the attendee and its URL in `Location`. Not
    idempotent.

    Args:
        body (AttendeeCreate): A new attendee: the patient `patient_id` joins the booking
            `booking_id`
            (a group or an individual appointment of the account; else a 422
            naming it). A group appointment takes at most `max_attendees` attendees
            holding a place (neither cancelled, archived nor deleted): one more is
            a 422 naming `booking_id`. The other properties are `AttendeeUpdate`'s.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Attendee | ErrorMessage | ValidationError | str]
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
    body: AttendeeCreate,
) -> Attendee | ErrorMessage | ValidationError | str | None:
    """Create an attendee

     A patient joins a booking: `booking_id` (a group or an individual
    appointment of the account) and `patient_id` are required, each a record
    of the account (else a 422 naming it). A group appointment takes at most
    `max_attendees` attendees holding a place (neither cancelled, archived
    nor deleted): one more is a 422 naming `booking_id`, and cancelling or
    archiving one frees its place. The class's `patient_ids` follows its
    attendees. Answers 201 with the attendee and its URL in `Location`. Not
    idempotent.

    Args:
        body (AttendeeCreate): A new attendee: the patient `patient_id` joins the booking
            `booking_id`
            (a group or an individual appointment of the account; else a 422
            naming it). A group appointment takes at most `max_attendees` attendees
            holding a place (neither cancelled, archived nor deleted): one more is
            a 422 naming `booking_id`. The other properties are `AttendeeUpdate`'s.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Attendee | ErrorMessage | ValidationError | str
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: AttendeeCreate,
) -> Response[Attendee | ErrorMessage | ValidationError | str]:
    """Create an attendee

     A patient joins a booking: `booking_id` (a group or an individual
    appointment of the account) and `patient_id` are required, each a record
    of the account (else a 422 naming it). A group appointment takes at most
    `max_attendees` attendees holding a place (neither cancelled, archived
    nor deleted): one more is a 422 naming `booking_id`, and cancelling or
    archiving one frees its place. The class's `patient_ids` follows its
    attendees. Answers 201 with the attendee and its URL in `Location`. Not
    idempotent.

    Args:
        body (AttendeeCreate): A new attendee: the patient `patient_id` joins the booking
            `booking_id`
            (a group or an individual appointment of the account; else a 422
            naming it). A group appointment takes at most `max_attendees` attendees
            holding a place (neither cancelled, archived nor deleted): one more is
            a 422 naming `booking_id`. The other properties are `AttendeeUpdate`'s.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Attendee | ErrorMessage | ValidationError | str]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: AttendeeCreate,
) -> Attendee | ErrorMessage | ValidationError | str | None:
    """Create an attendee

     A patient joins a booking: `booking_id` (a group or an individual
    appointment of the account) and `patient_id` are required, each a record
    of the account (else a 422 naming it). A group appointment takes at most
    `max_attendees` attendees holding a place (neither cancelled, archived
    nor deleted): one more is a 422 naming `booking_id`, and cancelling or
    archiving one frees its place. The class's `patient_ids` follows its
    attendees. Answers 201 with the attendee and its URL in `Location`. Not
    idempotent.

    Args:
        body (AttendeeCreate): A new attendee: the patient `patient_id` joins the booking
            `booking_id`
            (a group or an individual appointment of the account; else a 422
            naming it). A group appointment takes at most `max_attendees` attendees
            holding a place (neither cancelled, archived nor deleted): one more is
            a 422 naming `booking_id`. The other properties are `AttendeeUpdate`'s.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Attendee | ErrorMessage | ValidationError | str
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
