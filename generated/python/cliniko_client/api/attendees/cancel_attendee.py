from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...decoding import loads, paused_gc
from ...models.error_message import ErrorMessage
from ...models.individual_appointment_cancellation import IndividualAppointmentCancellation
from ...models.validation_error import ValidationError
from ...types import Response


def _get_kwargs(
    id: str,
    *,
    body: IndividualAppointmentCancellation,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/attendees/{id}/cancel".format(
            id=quote(str(id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | ErrorMessage | ValidationError | str | None:
    if response.status_code == 204:
        response_204 = cast(Any, None)
        return response_204

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
) -> Response[Any | ErrorMessage | ValidationError | str]:
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
    body: IndividualAppointmentCancellation,
) -> Response[Any | ErrorMessage | ValidationError | str]:
    """Cancel an attendee

     Cancels the attendee: sets `cancelled_at`, `cancellation_reason`, its
    words in `cancellation_reason_description` and `cancellation_note`, and
    frees its place in its group appointment (which leaves `patient_ids`).
    `cancellation_reason` is required (10 to 60, see `CancellationReason`).
    Only attendees of group appointments are cancelled here (2016-2020
    documentation); cancel an individual appointment at
    `PATCH /individual_appointments/{id}/cancel`. Answers 204 without a body.

    Args:
        id (str):
        body (IndividualAppointmentCancellation): Cancels the appointment: `cancellation_reason`
            is required (2016-2020
            documentation: "mandatory"); `cancellation_note` says why in words;
            `apply_to_repeats` cancels its repeats too.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorMessage | ValidationError | str]
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
    body: IndividualAppointmentCancellation,
) -> Any | ErrorMessage | ValidationError | str | None:
    """Cancel an attendee

     Cancels the attendee: sets `cancelled_at`, `cancellation_reason`, its
    words in `cancellation_reason_description` and `cancellation_note`, and
    frees its place in its group appointment (which leaves `patient_ids`).
    `cancellation_reason` is required (10 to 60, see `CancellationReason`).
    Only attendees of group appointments are cancelled here (2016-2020
    documentation); cancel an individual appointment at
    `PATCH /individual_appointments/{id}/cancel`. Answers 204 without a body.

    Args:
        id (str):
        body (IndividualAppointmentCancellation): Cancels the appointment: `cancellation_reason`
            is required (2016-2020
            documentation: "mandatory"); `cancellation_note` says why in words;
            `apply_to_repeats` cancels its repeats too.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorMessage | ValidationError | str
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
    body: IndividualAppointmentCancellation,
) -> Response[Any | ErrorMessage | ValidationError | str]:
    """Cancel an attendee

     Cancels the attendee: sets `cancelled_at`, `cancellation_reason`, its
    words in `cancellation_reason_description` and `cancellation_note`, and
    frees its place in its group appointment (which leaves `patient_ids`).
    `cancellation_reason` is required (10 to 60, see `CancellationReason`).
    Only attendees of group appointments are cancelled here (2016-2020
    documentation); cancel an individual appointment at
    `PATCH /individual_appointments/{id}/cancel`. Answers 204 without a body.

    Args:
        id (str):
        body (IndividualAppointmentCancellation): Cancels the appointment: `cancellation_reason`
            is required (2016-2020
            documentation: "mandatory"); `cancellation_note` says why in words;
            `apply_to_repeats` cancels its repeats too.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorMessage | ValidationError | str]
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
    body: IndividualAppointmentCancellation,
) -> Any | ErrorMessage | ValidationError | str | None:
    """Cancel an attendee

     Cancels the attendee: sets `cancelled_at`, `cancellation_reason`, its
    words in `cancellation_reason_description` and `cancellation_note`, and
    frees its place in its group appointment (which leaves `patient_ids`).
    `cancellation_reason` is required (10 to 60, see `CancellationReason`).
    Only attendees of group appointments are cancelled here (2016-2020
    documentation); cancel an individual appointment at
    `PATCH /individual_appointments/{id}/cancel`. Answers 204 without a body.

    Args:
        id (str):
        body (IndividualAppointmentCancellation): Cancels the appointment: `cancellation_reason`
            is required (2016-2020
            documentation: "mandatory"); `cancellation_note` says why in words;
            `apply_to_repeats` cancels its repeats too.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorMessage | ValidationError | str
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            body=body,
        )
    ).parsed
