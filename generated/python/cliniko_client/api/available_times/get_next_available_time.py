import datetime
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...decoding import loads, paused_gc
from ...models.error_message import ErrorMessage
from ...models.next_available_time import NextAvailableTime
from ...models.status_error import StatusError
from ...types import UNSET, Response, Unset


def _get_kwargs(
    business_id: str,
    practitioner_id: str,
    appointment_type_id: str,
    *,
    from_: datetime.date | Unset = UNSET,
    to: datetime.date | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_from_: str | Unset = UNSET
    if not isinstance(from_, Unset):
        json_from_ = from_.isoformat()
    params["from"] = json_from_

    json_to: str | Unset = UNSET
    if not isinstance(to, Unset):
        json_to = to.isoformat()
    params["to"] = json_to

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/businesses/{business_id}/practitioners/{practitioner_id}/appointment_types/{appointment_type_id}/next_available_time".format(
            business_id=quote(str(business_id), safe=""),
            practitioner_id=quote(str(practitioner_id), safe=""),
            appointment_type_id=quote(str(appointment_type_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorMessage | ErrorMessage | StatusError | NextAvailableTime | str | None:
    if response.status_code == 200:
        with paused_gc():
            response_200 = NextAvailableTime.from_dict(loads(response.content))

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

            def _parse_response_404(data: object) -> ErrorMessage | StatusError:
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_not_offered_error_type_0 = ErrorMessage.from_dict(data)

                    return componentsschemas_not_offered_error_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_not_offered_error_type_1 = StatusError.from_dict(data)

                return componentsschemas_not_offered_error_type_1

            response_404 = _parse_response_404(loads(response.content))

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
) -> Response[ErrorMessage | ErrorMessage | StatusError | NextAvailableTime | str]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
        http_response=response,
    )


def sync_detailed(
    business_id: str,
    practitioner_id: str,
    appointment_type_id: str,
    *,
    client: AuthenticatedClient | Client,
    from_: datetime.date | Unset = UNSET,
    to: datetime.date | Unset = UNSET,
) -> Response[ErrorMessage | ErrorMessage | StatusError | NextAvailableTime | str]:
    """Get the next available time of a practitioner

     The first time from now at which an appointment of the type in the path
    can start with the practitioner at the business, computed as
    `getAvailableTimes` computes its times and honouring the same online-booking
    settings (the minimum notice among them: Cliniko staff, 2016; the maximum
    per part of the day never hides the first time). Added in 2013 so that
    clients need not ask week after week.

    Cliniko's current document declares `from` and `to` here, required; the
    2013-2020 documentation sends neither. Both are optional in this document
    (see the Fidelity ledger): with them the search is limited to those
    dates, under the same rules as `getAvailableTimes`.

    Args:
        business_id (str):
        practitioner_id (str):
        appointment_type_id (str):
        from_ (datetime.date | Unset):
        to (datetime.date | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorMessage | ErrorMessage | StatusError | NextAvailableTime | str]
    """

    kwargs = _get_kwargs(
        business_id=business_id,
        practitioner_id=practitioner_id,
        appointment_type_id=appointment_type_id,
        from_=from_,
        to=to,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    business_id: str,
    practitioner_id: str,
    appointment_type_id: str,
    *,
    client: AuthenticatedClient | Client,
    from_: datetime.date | Unset = UNSET,
    to: datetime.date | Unset = UNSET,
) -> ErrorMessage | ErrorMessage | StatusError | NextAvailableTime | str | None:
    """Get the next available time of a practitioner

     The first time from now at which an appointment of the type in the path
    can start with the practitioner at the business, computed as
    `getAvailableTimes` computes its times and honouring the same online-booking
    settings (the minimum notice among them: Cliniko staff, 2016; the maximum
    per part of the day never hides the first time). Added in 2013 so that
    clients need not ask week after week.

    Cliniko's current document declares `from` and `to` here, required; the
    2013-2020 documentation sends neither. Both are optional in this document
    (see the Fidelity ledger): with them the search is limited to those
    dates, under the same rules as `getAvailableTimes`.

    Args:
        business_id (str):
        practitioner_id (str):
        appointment_type_id (str):
        from_ (datetime.date | Unset):
        to (datetime.date | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorMessage | ErrorMessage | StatusError | NextAvailableTime | str
    """

    return sync_detailed(
        business_id=business_id,
        practitioner_id=practitioner_id,
        appointment_type_id=appointment_type_id,
        client=client,
        from_=from_,
        to=to,
    ).parsed


async def asyncio_detailed(
    business_id: str,
    practitioner_id: str,
    appointment_type_id: str,
    *,
    client: AuthenticatedClient | Client,
    from_: datetime.date | Unset = UNSET,
    to: datetime.date | Unset = UNSET,
) -> Response[ErrorMessage | ErrorMessage | StatusError | NextAvailableTime | str]:
    """Get the next available time of a practitioner

     The first time from now at which an appointment of the type in the path
    can start with the practitioner at the business, computed as
    `getAvailableTimes` computes its times and honouring the same online-booking
    settings (the minimum notice among them: Cliniko staff, 2016; the maximum
    per part of the day never hides the first time). Added in 2013 so that
    clients need not ask week after week.

    Cliniko's current document declares `from` and `to` here, required; the
    2013-2020 documentation sends neither. Both are optional in this document
    (see the Fidelity ledger): with them the search is limited to those
    dates, under the same rules as `getAvailableTimes`.

    Args:
        business_id (str):
        practitioner_id (str):
        appointment_type_id (str):
        from_ (datetime.date | Unset):
        to (datetime.date | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorMessage | ErrorMessage | StatusError | NextAvailableTime | str]
    """

    kwargs = _get_kwargs(
        business_id=business_id,
        practitioner_id=practitioner_id,
        appointment_type_id=appointment_type_id,
        from_=from_,
        to=to,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    business_id: str,
    practitioner_id: str,
    appointment_type_id: str,
    *,
    client: AuthenticatedClient | Client,
    from_: datetime.date | Unset = UNSET,
    to: datetime.date | Unset = UNSET,
) -> ErrorMessage | ErrorMessage | StatusError | NextAvailableTime | str | None:
    """Get the next available time of a practitioner

     The first time from now at which an appointment of the type in the path
    can start with the practitioner at the business, computed as
    `getAvailableTimes` computes its times and honouring the same online-booking
    settings (the minimum notice among them: Cliniko staff, 2016; the maximum
    per part of the day never hides the first time). Added in 2013 so that
    clients need not ask week after week.

    Cliniko's current document declares `from` and `to` here, required; the
    2013-2020 documentation sends neither. Both are optional in this document
    (see the Fidelity ledger): with them the search is limited to those
    dates, under the same rules as `getAvailableTimes`.

    Args:
        business_id (str):
        practitioner_id (str):
        appointment_type_id (str):
        from_ (datetime.date | Unset):
        to (datetime.date | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorMessage | ErrorMessage | StatusError | NextAvailableTime | str
    """

    return (
        await asyncio_detailed(
            business_id=business_id,
            practitioner_id=practitioner_id,
            appointment_type_id=appointment_type_id,
            client=client,
            from_=from_,
            to=to,
        )
    ).parsed
