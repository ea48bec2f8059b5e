from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...decoding import loads, paused_gc
from ...models.error_message import ErrorMessage
from ...models.group_appointment_booking import GroupAppointmentBooking
from ...models.individual_appointment_booking import IndividualAppointmentBooking
from ...models.unavailable_block import UnavailableBlock
from ...types import UNSET, Response, Unset


def _get_kwargs(
    id: str,
    *,
    q: list[str] | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_q: list[str] | Unset = UNSET
    if not isinstance(q, Unset):
        json_q = q

    params["q[]"] = json_q

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/bookings/{id}".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorMessage | GroupAppointmentBooking | IndividualAppointmentBooking | UnavailableBlock | str | None:
    if response.status_code == 200:
        with paused_gc():

            def _parse_response_200(
                data: object,
            ) -> GroupAppointmentBooking | IndividualAppointmentBooking | UnavailableBlock:
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_booking_type_0 = IndividualAppointmentBooking.from_dict(data)

                    return componentsschemas_booking_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_booking_type_1 = GroupAppointmentBooking.from_dict(data)

                    return componentsschemas_booking_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_booking_type_2 = UnavailableBlock.from_dict(data)

                return componentsschemas_booking_type_2

            response_200 = _parse_response_200(loads(response.content))

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
) -> Response[ErrorMessage | GroupAppointmentBooking | IndividualAppointmentBooking | UnavailableBlock | str]:
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
    q: list[str] | Unset = UNSET,
) -> Response[ErrorMessage | GroupAppointmentBooking | IndividualAppointmentBooking | UnavailableBlock | str]:
    """Get a booking

     Reads one individual appointment, group appointment or unavailable block
    by its id, in its own kind's shape (`Booking`), cancelled ones included.
    An archived or deleted one answers 404 unless the request carries
    `q[]=archived_at:*` or `q[]=deleted_at:*`.

    Args:
        id (str):
        q (list[str] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorMessage | GroupAppointmentBooking | IndividualAppointmentBooking | UnavailableBlock | str]
    """

    kwargs = _get_kwargs(
        id=id,
        q=q,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    q: list[str] | Unset = UNSET,
) -> ErrorMessage | GroupAppointmentBooking | IndividualAppointmentBooking | UnavailableBlock | str | None:
    """Get a booking

     Reads one individual appointment, group appointment or unavailable block
    by its id, in its own kind's shape (`Booking`), cancelled ones included.
    An archived or deleted one answers 404 unless the request carries
    `q[]=archived_at:*` or `q[]=deleted_at:*`.

    Args:
        id (str):
        q (list[str] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorMessage | GroupAppointmentBooking | IndividualAppointmentBooking | UnavailableBlock | str
    """

    return sync_detailed(
        id=id,
        client=client,
        q=q,
    ).parsed


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    q: list[str] | Unset = UNSET,
) -> Response[ErrorMessage | GroupAppointmentBooking | IndividualAppointmentBooking | UnavailableBlock | str]:
    """Get a booking

     Reads one individual appointment, group appointment or unavailable block
    by its id, in its own kind's shape (`Booking`), cancelled ones included.
    An archived or deleted one answers 404 unless the request carries
    `q[]=archived_at:*` or `q[]=deleted_at:*`.

    Args:
        id (str):
        q (list[str] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorMessage | GroupAppointmentBooking | IndividualAppointmentBooking | UnavailableBlock | str]
    """

    kwargs = _get_kwargs(
        id=id,
        q=q,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    q: list[str] | Unset = UNSET,
) -> ErrorMessage | GroupAppointmentBooking | IndividualAppointmentBooking | UnavailableBlock | str | None:
    """Get a booking

     Reads one individual appointment, group appointment or unavailable block
    by its id, in its own kind's shape (`Booking`), cancelled ones included.
    An archived or deleted one answers 404 unless the request carries
    `q[]=archived_at:*` or `q[]=deleted_at:*`.

    Args:
        id (str):
        q (list[str] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorMessage | GroupAppointmentBooking | IndividualAppointmentBooking | UnavailableBlock | str
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            q=q,
        )
    ).parsed
