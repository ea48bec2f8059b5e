from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...decoding import loads, paused_gc
from ...models.error_message import ErrorMessage
from ...models.unavailable_block import UnavailableBlock
from ...models.unavailable_block_create import UnavailableBlockCreate
from ...models.validation_error import ValidationError
from ...types import Response


def _get_kwargs(
    *,
    body: UnavailableBlockCreate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/unavailable_blocks",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorMessage | UnavailableBlock | ValidationError | str | None:
    if response.status_code == 201:
        with paused_gc():
            response_201 = UnavailableBlock.from_dict(loads(response.content))

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
) -> Response[ErrorMessage | UnavailableBlock | ValidationError | str]:
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
    body: UnavailableBlockCreate,
) -> Response[ErrorMessage | UnavailableBlock | ValidationError | str]:
    """Create an unavailable block

     Makes a practitioner unavailable at a business from `starts_at` to
    `ends_at`; no time in it is offered by the available times. `business_id`,
    `practitioner_id` and `starts_at` are required (the 2016-2020
    documentation's request sends no `ends_at`); business and practitioner
    must be the account's (otherwise a 422 naming the property). A
    `repeat_rule` repeats the block; the repeats name it in `repeated_from`.
    Appointments already in the time stay: `GET .../conflicts` says whether
    there are any. Answers 201 with the block and its URL in `Location`.

    Args:
        body (UnavailableBlockCreate): A new unavailable block. `business_id`, `practitioner_id`
            and `starts_at` are required.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorMessage | UnavailableBlock | ValidationError | str]
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
    body: UnavailableBlockCreate,
) -> ErrorMessage | UnavailableBlock | ValidationError | str | None:
    """Create an unavailable block

     Makes a practitioner unavailable at a business from `starts_at` to
    `ends_at`; no time in it is offered by the available times. `business_id`,
    `practitioner_id` and `starts_at` are required (the 2016-2020
    documentation's request sends no `ends_at`); business and practitioner
    must be the account's (otherwise a 422 naming the property). A
    `repeat_rule` repeats the block; the repeats name it in `repeated_from`.
    Appointments already in the time stay: `GET .../conflicts` says whether
    there are any. Answers 201 with the block and its URL in `Location`.

    Args:
        body (UnavailableBlockCreate): A new unavailable block. `business_id`, `practitioner_id`
            and `starts_at` are required.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorMessage | UnavailableBlock | ValidationError | str
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: UnavailableBlockCreate,
) -> Response[ErrorMessage | UnavailableBlock | ValidationError | str]:
    """Create an unavailable block

     Makes a practitioner unavailable at a business from `starts_at` to
    `ends_at`; no time in it is offered by the available times. `business_id`,
    `practitioner_id` and `starts_at` are required (the 2016-2020
    documentation's request sends no `ends_at`); business and practitioner
    must be the account's (otherwise a 422 naming the property). A
    `repeat_rule` repeats the block; the repeats name it in `repeated_from`.
    Appointments already in the time stay: `GET .../conflicts` says whether
    there are any. Answers 201 with the block and its URL in `Location`.

    Args:
        body (UnavailableBlockCreate): A new unavailable block. `business_id`, `practitioner_id`
            and `starts_at` are required.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorMessage | UnavailableBlock | ValidationError | str]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: UnavailableBlockCreate,
) -> ErrorMessage | UnavailableBlock | ValidationError | str | None:
    """Create an unavailable block

     Makes a practitioner unavailable at a business from `starts_at` to
    `ends_at`; no time in it is offered by the available times. `business_id`,
    `practitioner_id` and `starts_at` are required (the 2016-2020
    documentation's request sends no `ends_at`); business and practitioner
    must be the account's (otherwise a 422 naming the property). A
    `repeat_rule` repeats the block; the repeats name it in `repeated_from`.
    Appointments already in the time stay: `GET .../conflicts` says whether
    there are any. Answers 201 with the block and its URL in `Location`.

    Args:
        body (UnavailableBlockCreate): A new unavailable block. `business_id`, `practitioner_id`
            and `starts_at` are required.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorMessage | UnavailableBlock | ValidationError | str
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
