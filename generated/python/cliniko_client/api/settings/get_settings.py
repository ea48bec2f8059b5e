from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...decoding import loads, paused_gc
from ...models.error_message import ErrorMessage
from ...models.settings import Settings
from ...types import Response


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/settings",
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorMessage | Settings | str | None:
    if response.status_code == 200:
        with paused_gc():
            response_200 = Settings.from_dict(loads(response.content))

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
) -> Response[ErrorMessage | Settings | str]:
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
) -> Response[ErrorMessage | Settings | str]:
    """Get the account's settings

     The account's settings. Needs a role that may view settings (otherwise
    403); `GET /settings/public` carries the parts every user may read. Only
    the parts that shape patients are described; the rest is open-ended.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorMessage | Settings | str]
    """

    kwargs = _get_kwargs()

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
) -> ErrorMessage | Settings | str | None:
    """Get the account's settings

     The account's settings. Needs a role that may view settings (otherwise
    403); `GET /settings/public` carries the parts every user may read. Only
    the parts that shape patients are described; the rest is open-ended.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorMessage | Settings | str
    """

    return sync_detailed(
        client=client,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[ErrorMessage | Settings | str]:
    """Get the account's settings

     The account's settings. Needs a role that may view settings (otherwise
    403); `GET /settings/public` carries the parts every user may read. Only
    the parts that shape patients are described; the rest is open-ended.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorMessage | Settings | str]
    """

    kwargs = _get_kwargs()

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
) -> ErrorMessage | Settings | str | None:
    """Get the account's settings

     The account's settings. Needs a role that may view settings (otherwise
    403); `GET /settings/public` carries the parts every user may read. Only
    the parts that shape patients are described; the rest is open-ended.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorMessage | Settings | str
    """

    return (
        await asyncio_detailed(
            client=client,
        )
    ).parsed
