import datetime
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...decoding import loads, paused_gc
from ...models.available_time_list import AvailableTimeList
from ...models.error_message import ErrorMessage
from ...models.status_error import StatusError
from ...types import UNSET, Response, Unset


def _get_kwargs(
    business_id: str,
    practitioner_id: str,
    appointment_type_id: str,
    *,
    from_: datetime.date,
    to: datetime.date,
    page: int | Unset = 1,
    per_page: int | Unset = 50,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_from_ = from_.isoformat()
    params["from"] = json_from_

    json_to = to.isoformat()
    params["to"] = json_to

    params["page"] = page

    params["per_page"] = per_page

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/businesses/{business_id}/practitioners/{practitioner_id}/appointment_types/{appointment_type_id}/available_times".format(
            business_id=quote(str(business_id), safe=""),
            practitioner_id=quote(str(practitioner_id), safe=""),
            appointment_type_id=quote(str(appointment_type_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AvailableTimeList | ErrorMessage | ErrorMessage | StatusError | str | None:
    if response.status_code == 200:
        with paused_gc():
            response_200 = AvailableTimeList.from_dict(loads(response.content))

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
) -> Response[AvailableTimeList | ErrorMessage | ErrorMessage | StatusError | str]:
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
    from_: datetime.date,
    to: datetime.date,
    page: int | Unset = 1,
    per_page: int | Unset = 50,
) -> Response[AvailableTimeList | ErrorMessage | ErrorMessage | StatusError | str]:
    """Get the available times of a practitioner

     The times at which an appointment of the type in the path can start with
    the practitioner at the business, from the start of `from` to the end of
    `to` in the business's time zone (`time_zone_identifier`), as online
    bookings offer them: computed from the practitioner's daily availabilities
    at the business and availability blocks, less unavailable blocks and
    appointments (cancelled and deleted ones free their time). Times step by
    the duration of the practitioner's default appointment type from the start
    of each free stretch (Cliniko staff: "the practitioner's default
    appointment type is used to determine the size of the time slots"); the
    requested type decides what must fit. The online-booking settings apply: no
    times before the minimum notice; at most the account's
    `online_bookings.max_appointments_per_day_segment` (`GET /settings`) times
    in each part of a day (morning before 12:00, afternoon 12:00 to 16:59,
    evening from 17:00, on the business's clock), the first ones, so the times
    shown move on as times are booked; none at all (404) when the business,
    practitioner or appointment type is not shown in online bookings.

    A page of computed times, not a collection: no `q[]` filters, no sort.
    `from` and `to` are dates at most 6 days apart (7 days in all), neither
    before today in the account's time zone; otherwise 400 `Invalid time frame
    definition. Please check from/to param limitations.`.

    Args:
        business_id (str):
        practitioner_id (str):
        appointment_type_id (str):
        from_ (datetime.date):
        to (datetime.date):
        page (int | Unset):  Default: 1.
        per_page (int | Unset):  Default: 50.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AvailableTimeList | ErrorMessage | ErrorMessage | StatusError | str]
    """

    kwargs = _get_kwargs(
        business_id=business_id,
        practitioner_id=practitioner_id,
        appointment_type_id=appointment_type_id,
        from_=from_,
        to=to,
        page=page,
        per_page=per_page,
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
    from_: datetime.date,
    to: datetime.date,
    page: int | Unset = 1,
    per_page: int | Unset = 50,
) -> AvailableTimeList | ErrorMessage | ErrorMessage | StatusError | str | None:
    """Get the available times of a practitioner

     The times at which an appointment of the type in the path can start with
    the practitioner at the business, from the start of `from` to the end of
    `to` in the business's time zone (`time_zone_identifier`), as online
    bookings offer them: computed from the practitioner's daily availabilities
    at the business and availability blocks, less unavailable blocks and
    appointments (cancelled and deleted ones free their time). Times step by
    the duration of the practitioner's default appointment type from the start
    of each free stretch (Cliniko staff: "the practitioner's default
    appointment type is used to determine the size of the time slots"); the
    requested type decides what must fit. The online-booking settings apply: no
    times before the minimum notice; at most the account's
    `online_bookings.max_appointments_per_day_segment` (`GET /settings`) times
    in each part of a day (morning before 12:00, afternoon 12:00 to 16:59,
    evening from 17:00, on the business's clock), the first ones, so the times
    shown move on as times are booked; none at all (404) when the business,
    practitioner or appointment type is not shown in online bookings.

    A page of computed times, not a collection: no `q[]` filters, no sort.
    `from` and `to` are dates at most 6 days apart (7 days in all), neither
    before today in the account's time zone; otherwise 400 `Invalid time frame
    definition. Please check from/to param limitations.`.

    Args:
        business_id (str):
        practitioner_id (str):
        appointment_type_id (str):
        from_ (datetime.date):
        to (datetime.date):
        page (int | Unset):  Default: 1.
        per_page (int | Unset):  Default: 50.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AvailableTimeList | ErrorMessage | ErrorMessage | StatusError | str
    """

    return sync_detailed(
        business_id=business_id,
        practitioner_id=practitioner_id,
        appointment_type_id=appointment_type_id,
        client=client,
        from_=from_,
        to=to,
        page=page,
        per_page=per_page,
    ).parsed


async def asyncio_detailed(
    business_id: str,
    practitioner_id: str,
    appointment_type_id: str,
    *,
    client: AuthenticatedClient | Client,
    from_: datetime.date,
    to: datetime.date,
    page: int | Unset = 1,
    per_page: int | Unset = 50,
) -> Response[AvailableTimeList | ErrorMessage | ErrorMessage | StatusError | str]:
    """Get the available times of a practitioner

     The times at which an appointment of the type in the path can start with
    the practitioner at the business, from the start of `from` to the end of
    `to` in the business's time zone (`time_zone_identifier`), as online
    bookings offer them: computed from the practitioner's daily availabilities
    at the business and availability blocks, less unavailable blocks and
    appointments (cancelled and deleted ones free their time). Times step by
    the duration of the practitioner's default appointment type from the start
    of each free stretch (Cliniko staff: "the practitioner's default
    appointment type is used to determine the size of the time slots"); the
    requested type decides what must fit. The online-booking settings apply: no
    times before the minimum notice; at most the account's
    `online_bookings.max_appointments_per_day_segment` (`GET /settings`) times
    in each part of a day (morning before 12:00, afternoon 12:00 to 16:59,
    evening from 17:00, on the business's clock), the first ones, so the times
    shown move on as times are booked; none at all (404) when the business,
    practitioner or appointment type is not shown in online bookings.

    A page of computed times, not a collection: no `q[]` filters, no sort.
    `from` and `to` are dates at most 6 days apart (7 days in all), neither
    before today in the account's time zone; otherwise 400 `Invalid time frame
    definition. Please check from/to param limitations.`.

    Args:
        business_id (str):
        practitioner_id (str):
        appointment_type_id (str):
        from_ (datetime.date):
        to (datetime.date):
        page (int | Unset):  Default: 1.
        per_page (int | Unset):  Default: 50.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AvailableTimeList | ErrorMessage | ErrorMessage | StatusError | str]
    """

    kwargs = _get_kwargs(
        business_id=business_id,
        practitioner_id=practitioner_id,
        appointment_type_id=appointment_type_id,
        from_=from_,
        to=to,
        page=page,
        per_page=per_page,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    business_id: str,
    practitioner_id: str,
    appointment_type_id: str,
    *,
    client: AuthenticatedClient | Client,
    from_: datetime.date,
    to: datetime.date,
    page: int | Unset = 1,
    per_page: int | Unset = 50,
) -> AvailableTimeList | ErrorMessage | ErrorMessage | StatusError | str | None:
    """Get the available times of a practitioner

     The times at which an appointment of the type in the path can start with
    the practitioner at the business, from the start of `from` to the end of
    `to` in the business's time zone (`time_zone_identifier`), as online
    bookings offer them: computed from the practitioner's daily availabilities
    at the business and availability blocks, less unavailable blocks and
    appointments (cancelled and deleted ones free their time). Times step by
    the duration of the practitioner's default appointment type from the start
    of each free stretch (Cliniko staff: "the practitioner's default
    appointment type is used to determine the size of the time slots"); the
    requested type decides what must fit. The online-booking settings apply: no
    times before the minimum notice; at most the account's
    `online_bookings.max_appointments_per_day_segment` (`GET /settings`) times
    in each part of a day (morning before 12:00, afternoon 12:00 to 16:59,
    evening from 17:00, on the business's clock), the first ones, so the times
    shown move on as times are booked; none at all (404) when the business,
    practitioner or appointment type is not shown in online bookings.

    A page of computed times, not a collection: no `q[]` filters, no sort.
    `from` and `to` are dates at most 6 days apart (7 days in all), neither
    before today in the account's time zone; otherwise 400 `Invalid time frame
    definition. Please check from/to param limitations.`.

    Args:
        business_id (str):
        practitioner_id (str):
        appointment_type_id (str):
        from_ (datetime.date):
        to (datetime.date):
        page (int | Unset):  Default: 1.
        per_page (int | Unset):  Default: 50.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AvailableTimeList | ErrorMessage | ErrorMessage | StatusError | str
    """

    return (
        await asyncio_detailed(
            business_id=business_id,
            practitioner_id=practitioner_id,
            appointment_type_id=appointment_type_id,
            client=client,
            from_=from_,
            to=to,
            page=page,
            per_page=per_page,
        )
    ).parsed
