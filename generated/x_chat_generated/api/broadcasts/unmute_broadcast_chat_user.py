from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.unmute_broadcast_chat_user_response import UnmuteBroadcastChatUserResponse
from ...types import Response, status_code_of


def _get_kwargs(
    id: str,
    user_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/2/broadcasts/{id}/chat/mutes/{user_id}".format(
            id=quote(str(id), safe=""),
            user_id=quote(str(user_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> UnmuteBroadcastChatUserResponse:
    if response.status_code == 200:
        response_200 = UnmuteBroadcastChatUserResponse.from_dict(client.parse_json(response))

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[UnmuteBroadcastChatUserResponse]:
    return Response(
        status_code=status_code_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    id: str,
    user_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[UnmuteBroadcastChatUserResponse]:
    """Unmute a user in a broadcast chat

     Allows a muted user to post messages in a running broadcast chat again. The authenticated user must
    own the broadcast.

    Args:
        id (str):
        user_id (str):

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
        Response[UnmuteBroadcastChatUserResponse]
    """

    kwargs = _get_kwargs(
        id=id,
        user_id=user_id,
    )

    return client.send_request(
        kwargs,
        lambda response: _build_response(client=client, response=response),
        operation="unmute_broadcast_chat_user",
    )


def sync(
    id: str,
    user_id: str,
    *,
    client: AuthenticatedClient,
) -> UnmuteBroadcastChatUserResponse:
    """Unmute a user in a broadcast chat

     Allows a muted user to post messages in a running broadcast chat again. The authenticated user must
    own the broadcast.

    Args:
        id (str):
        user_id (str):

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
        UnmuteBroadcastChatUserResponse
    """

    return sync_detailed(
        id=id,
        user_id=user_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    id: str,
    user_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[UnmuteBroadcastChatUserResponse]:
    """Unmute a user in a broadcast chat

     Allows a muted user to post messages in a running broadcast chat again. The authenticated user must
    own the broadcast.

    Args:
        id (str):
        user_id (str):

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
        Response[UnmuteBroadcastChatUserResponse]
    """

    kwargs = _get_kwargs(
        id=id,
        user_id=user_id,
    )

    return await client.send_request_async(
        kwargs,
        lambda response: _build_response(client=client, response=response),
        operation="unmute_broadcast_chat_user",
    )


async def asyncio(
    id: str,
    user_id: str,
    *,
    client: AuthenticatedClient,
) -> UnmuteBroadcastChatUserResponse:
    """Unmute a user in a broadcast chat

     Allows a muted user to post messages in a running broadcast chat again. The authenticated user must
    own the broadcast.

    Args:
        id (str):
        user_id (str):

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
        UnmuteBroadcastChatUserResponse
    """

    return (
        await asyncio_detailed(
            id=id,
            user_id=user_id,
            client=client,
        )
    ).parsed
