from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.mute_broadcast_chat_user_request import MuteBroadcastChatUserRequest
from ...models.mute_broadcast_chat_user_response import MuteBroadcastChatUserResponse
from ...types import Response, status_code_of


def _get_kwargs(
    id: str,
    *,
    body: MuteBroadcastChatUserRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/2/broadcasts/{id}/chat/mutes".format(
            id=quote(str(id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> MuteBroadcastChatUserResponse:
    if response.status_code == 200:
        response_200 = MuteBroadcastChatUserResponse.from_dict(client.parse_json(response))

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[MuteBroadcastChatUserResponse]:
    return Response(
        status_code=status_code_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    id: str,
    *,
    client: AuthenticatedClient,
    body: MuteBroadcastChatUserRequest,
) -> Response[MuteBroadcastChatUserResponse]:
    """Mute or time out a user in a broadcast chat

     Prevents a user from posting further messages in a running broadcast chat. When `end_at_ms` is
    provided, the mute expires at that time. The authenticated user must own the broadcast.

    Args:
        id (str):
        body (MuteBroadcastChatUserRequest):

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
        Response[MuteBroadcastChatUserResponse]
    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
    )

    return client.send_request(
        kwargs, lambda response: _build_response(client=client, response=response), operation="mute_broadcast_chat_user"
    )


def sync(
    id: str,
    *,
    client: AuthenticatedClient,
    body: MuteBroadcastChatUserRequest,
) -> MuteBroadcastChatUserResponse:
    """Mute or time out a user in a broadcast chat

     Prevents a user from posting further messages in a running broadcast chat. When `end_at_ms` is
    provided, the mute expires at that time. The authenticated user must own the broadcast.

    Args:
        id (str):
        body (MuteBroadcastChatUserRequest):

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
        MuteBroadcastChatUserResponse
    """

    return sync_detailed(
        id=id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient,
    body: MuteBroadcastChatUserRequest,
) -> Response[MuteBroadcastChatUserResponse]:
    """Mute or time out a user in a broadcast chat

     Prevents a user from posting further messages in a running broadcast chat. When `end_at_ms` is
    provided, the mute expires at that time. The authenticated user must own the broadcast.

    Args:
        id (str):
        body (MuteBroadcastChatUserRequest):

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
        Response[MuteBroadcastChatUserResponse]
    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
    )

    return await client.send_request_async(
        kwargs, lambda response: _build_response(client=client, response=response), operation="mute_broadcast_chat_user"
    )


async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient,
    body: MuteBroadcastChatUserRequest,
) -> MuteBroadcastChatUserResponse:
    """Mute or time out a user in a broadcast chat

     Prevents a user from posting further messages in a running broadcast chat. When `end_at_ms` is
    provided, the mute expires at that time. The authenticated user must own the broadcast.

    Args:
        id (str):
        body (MuteBroadcastChatUserRequest):

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
        MuteBroadcastChatUserResponse
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            body=body,
        )
    ).parsed
