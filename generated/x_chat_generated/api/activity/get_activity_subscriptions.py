from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.get_activity_subscriptions_response import GetActivitySubscriptionsResponse
from ...types import UNSET, Response, Unset, status_code_of


def _get_kwargs(
    *,
    max_results: int | Unset = UNSET,
    pagination_token: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["max_results"] = max_results

    params["pagination_token"] = pagination_token

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/2/activity/subscriptions",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GetActivitySubscriptionsResponse:
    if response.status_code == 200:
        response_200 = GetActivitySubscriptionsResponse.from_dict(client.parse_json(response))

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[GetActivitySubscriptionsResponse]:
    return Response(
        status_code=status_code_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    max_results: int | Unset = UNSET,
    pagination_token: str | Unset = UNSET,
) -> Response[GetActivitySubscriptionsResponse]:
    """Get X activity subscriptions

     Get a list of active subscriptions for XAA

    Args:
        max_results (int | Unset):
        pagination_token (str | Unset):

    Raises:
        x_chat.errors.APIStatusError: Through x-chat's pipeline (``ChatClient.api``): X answered with an
            error status (a subclass per status: ``NotFoundError``, ``RateLimitError``, ...).
        x_chat.errors.APIConnectionError: Through x-chat's pipeline: no response (``APITimeoutError``
            when it timed out).
        x_chat.errors.MalformedResponseError: Through x-chat's pipeline: a success whose body is not
            what the spec says.
        errors.UnexpectedStatus: On a plain ``AuthenticatedClient``: a status the spec does not list as
            a success (error statuses included); httpx's own errors for the transport.

    Returns:
        Response[GetActivitySubscriptionsResponse]
    """

    kwargs = _get_kwargs(
        max_results=max_results,
        pagination_token=pagination_token,
    )

    return client.send_request(
        kwargs,
        lambda response: _build_response(client=client, response=response),
        operation="get_activity_subscriptions",
    )


def sync(
    *,
    client: AuthenticatedClient,
    max_results: int | Unset = UNSET,
    pagination_token: str | Unset = UNSET,
) -> GetActivitySubscriptionsResponse:
    """Get X activity subscriptions

     Get a list of active subscriptions for XAA

    Args:
        max_results (int | Unset):
        pagination_token (str | Unset):

    Raises:
        x_chat.errors.APIStatusError: Through x-chat's pipeline (``ChatClient.api``): X answered with an
            error status (a subclass per status: ``NotFoundError``, ``RateLimitError``, ...).
        x_chat.errors.APIConnectionError: Through x-chat's pipeline: no response (``APITimeoutError``
            when it timed out).
        x_chat.errors.MalformedResponseError: Through x-chat's pipeline: a success whose body is not
            what the spec says.
        errors.UnexpectedStatus: On a plain ``AuthenticatedClient``: a status the spec does not list as
            a success (error statuses included); httpx's own errors for the transport.

    Returns:
        GetActivitySubscriptionsResponse
    """

    return sync_detailed(
        client=client,
        max_results=max_results,
        pagination_token=pagination_token,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    max_results: int | Unset = UNSET,
    pagination_token: str | Unset = UNSET,
) -> Response[GetActivitySubscriptionsResponse]:
    """Get X activity subscriptions

     Get a list of active subscriptions for XAA

    Args:
        max_results (int | Unset):
        pagination_token (str | Unset):

    Raises:
        x_chat.errors.APIStatusError: Through x-chat's pipeline (``ChatClient.api``): X answered with an
            error status (a subclass per status: ``NotFoundError``, ``RateLimitError``, ...).
        x_chat.errors.APIConnectionError: Through x-chat's pipeline: no response (``APITimeoutError``
            when it timed out).
        x_chat.errors.MalformedResponseError: Through x-chat's pipeline: a success whose body is not
            what the spec says.
        errors.UnexpectedStatus: On a plain ``AuthenticatedClient``: a status the spec does not list as
            a success (error statuses included); httpx's own errors for the transport.

    Returns:
        Response[GetActivitySubscriptionsResponse]
    """

    kwargs = _get_kwargs(
        max_results=max_results,
        pagination_token=pagination_token,
    )

    return await client.send_request_async(
        kwargs,
        lambda response: _build_response(client=client, response=response),
        operation="get_activity_subscriptions",
    )


async def asyncio(
    *,
    client: AuthenticatedClient,
    max_results: int | Unset = UNSET,
    pagination_token: str | Unset = UNSET,
) -> GetActivitySubscriptionsResponse:
    """Get X activity subscriptions

     Get a list of active subscriptions for XAA

    Args:
        max_results (int | Unset):
        pagination_token (str | Unset):

    Raises:
        x_chat.errors.APIStatusError: Through x-chat's pipeline (``ChatClient.api``): X answered with an
            error status (a subclass per status: ``NotFoundError``, ``RateLimitError``, ...).
        x_chat.errors.APIConnectionError: Through x-chat's pipeline: no response (``APITimeoutError``
            when it timed out).
        x_chat.errors.MalformedResponseError: Through x-chat's pipeline: a success whose body is not
            what the spec says.
        errors.UnexpectedStatus: On a plain ``AuthenticatedClient``: a status the spec does not list as
            a success (error statuses included); httpx's own errors for the transport.

    Returns:
        GetActivitySubscriptionsResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            max_results=max_results,
            pagination_token=pagination_token,
        )
    ).parsed
