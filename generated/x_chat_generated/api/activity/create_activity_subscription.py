from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_activity_subscription_request import CreateActivitySubscriptionRequest
from ...models.create_activity_subscription_response import CreateActivitySubscriptionResponse
from ...types import Response, status_code_of


def _get_kwargs(
    *,
    body: CreateActivitySubscriptionRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/2/activity/subscriptions",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CreateActivitySubscriptionResponse:
    if response.status_code == 200:
        response_200 = CreateActivitySubscriptionResponse.from_dict(client.parse_json(response))

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[CreateActivitySubscriptionResponse]:
    return Response(
        status_code=status_code_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: CreateActivitySubscriptionRequest,
) -> Response[CreateActivitySubscriptionResponse]:
    """Create X activity subscription

     Creates a subscription for an X activity event. OAuth2 user-context tokens must hold the scope
    matching the requested event_type: dm.read for chat.* and dm.* events, like.read for like.* events,
    mute.read for mute.* events, block.read for block.* events, and tweet.read for all other event
    types. Mute and block subscriptions are actor-only: filter.user_id must identify the authenticated
    user and direction is not supported.

    Args:
        body (CreateActivitySubscriptionRequest):

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
        Response[CreateActivitySubscriptionResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    return client.send_request(
        kwargs,
        lambda response: _build_response(client=client, response=response),
        operation="create_activity_subscription",
    )


def sync(
    *,
    client: AuthenticatedClient,
    body: CreateActivitySubscriptionRequest,
) -> CreateActivitySubscriptionResponse:
    """Create X activity subscription

     Creates a subscription for an X activity event. OAuth2 user-context tokens must hold the scope
    matching the requested event_type: dm.read for chat.* and dm.* events, like.read for like.* events,
    mute.read for mute.* events, block.read for block.* events, and tweet.read for all other event
    types. Mute and block subscriptions are actor-only: filter.user_id must identify the authenticated
    user and direction is not supported.

    Args:
        body (CreateActivitySubscriptionRequest):

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
        CreateActivitySubscriptionResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: CreateActivitySubscriptionRequest,
) -> Response[CreateActivitySubscriptionResponse]:
    """Create X activity subscription

     Creates a subscription for an X activity event. OAuth2 user-context tokens must hold the scope
    matching the requested event_type: dm.read for chat.* and dm.* events, like.read for like.* events,
    mute.read for mute.* events, block.read for block.* events, and tweet.read for all other event
    types. Mute and block subscriptions are actor-only: filter.user_id must identify the authenticated
    user and direction is not supported.

    Args:
        body (CreateActivitySubscriptionRequest):

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
        Response[CreateActivitySubscriptionResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    return await client.send_request_async(
        kwargs,
        lambda response: _build_response(client=client, response=response),
        operation="create_activity_subscription",
    )


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: CreateActivitySubscriptionRequest,
) -> CreateActivitySubscriptionResponse:
    """Create X activity subscription

     Creates a subscription for an X activity event. OAuth2 user-context tokens must hold the scope
    matching the requested event_type: dm.read for chat.* and dm.* events, like.read for like.* events,
    mute.read for mute.* events, block.read for block.* events, and tweet.read for all other event
    types. Mute and block subscriptions are actor-only: filter.user_id must identify the authenticated
    user and direction is not supported.

    Args:
        body (CreateActivitySubscriptionRequest):

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
        CreateActivitySubscriptionResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
