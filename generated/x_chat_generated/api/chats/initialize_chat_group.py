from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.initialize_chat_group_response import InitializeChatGroupResponse
from ...types import Response, status_code_of


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/2/chat/conversations/group/initialize",
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> InitializeChatGroupResponse:
    if response.status_code == 200:
        response_200 = InitializeChatGroupResponse.from_dict(client.parse_json(response))

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[InitializeChatGroupResponse]:
    return Response(
        status_code=status_code_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
) -> Response[InitializeChatGroupResponse]:
    """Initialize Chat Group

     Initializes a new Chat group conversation and returns a unique conversation ID. Use the returned
    conversation_id in a subsequent POST /chat/conversations/group call to fully create and configure
    the group.

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
        Response[InitializeChatGroupResponse]
    """

    kwargs = _get_kwargs()

    return client.send_request(
        kwargs, lambda response: _build_response(client=client, response=response), operation="initialize_chat_group"
    )


def sync(
    *,
    client: AuthenticatedClient,
) -> InitializeChatGroupResponse:
    """Initialize Chat Group

     Initializes a new Chat group conversation and returns a unique conversation ID. Use the returned
    conversation_id in a subsequent POST /chat/conversations/group call to fully create and configure
    the group.

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
        InitializeChatGroupResponse
    """

    return sync_detailed(
        client=client,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
) -> Response[InitializeChatGroupResponse]:
    """Initialize Chat Group

     Initializes a new Chat group conversation and returns a unique conversation ID. Use the returned
    conversation_id in a subsequent POST /chat/conversations/group call to fully create and configure
    the group.

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
        Response[InitializeChatGroupResponse]
    """

    kwargs = _get_kwargs()

    return await client.send_request_async(
        kwargs, lambda response: _build_response(client=client, response=response), operation="initialize_chat_group"
    )


async def asyncio(
    *,
    client: AuthenticatedClient,
) -> InitializeChatGroupResponse:
    """Initialize Chat Group

     Initializes a new Chat group conversation and returns a unique conversation ID. Use the returned
    conversation_id in a subsequent POST /chat/conversations/group call to fully create and configure
    the group.

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
        InitializeChatGroupResponse
    """

    return (
        await asyncio_detailed(
            client=client,
        )
    ).parsed
