from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.delete_broadcast_chat_message_response import DeleteBroadcastChatMessageResponse
from ...types import Response, status_code_of


def _get_kwargs(
    id: str,
    message_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/2/broadcasts/{id}/chat/{message_id}".format(
            id=quote(str(id), safe=""),
            message_id=quote(str(message_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DeleteBroadcastChatMessageResponse:
    if response.status_code == 200:
        response_200 = DeleteBroadcastChatMessageResponse.from_dict(client.parse_json(response))

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[DeleteBroadcastChatMessageResponse]:
    return Response(
        status_code=status_code_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    id: str,
    message_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[DeleteBroadcastChatMessageResponse]:
    """Remove a chat message from a live broadcast

     Removes a specific chat message from a running broadcast owned by the authenticated user.

    Args:
        id (str):
        message_id (str):

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
        Response[DeleteBroadcastChatMessageResponse]
    """

    kwargs = _get_kwargs(
        id=id,
        message_id=message_id,
    )

    return client.send_request(
        kwargs,
        lambda response: _build_response(client=client, response=response),
        operation="delete_broadcast_chat_message",
    )


def sync(
    id: str,
    message_id: str,
    *,
    client: AuthenticatedClient,
) -> DeleteBroadcastChatMessageResponse:
    """Remove a chat message from a live broadcast

     Removes a specific chat message from a running broadcast owned by the authenticated user.

    Args:
        id (str):
        message_id (str):

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
        DeleteBroadcastChatMessageResponse
    """

    return sync_detailed(
        id=id,
        message_id=message_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    id: str,
    message_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[DeleteBroadcastChatMessageResponse]:
    """Remove a chat message from a live broadcast

     Removes a specific chat message from a running broadcast owned by the authenticated user.

    Args:
        id (str):
        message_id (str):

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
        Response[DeleteBroadcastChatMessageResponse]
    """

    kwargs = _get_kwargs(
        id=id,
        message_id=message_id,
    )

    return await client.send_request_async(
        kwargs,
        lambda response: _build_response(client=client, response=response),
        operation="delete_broadcast_chat_message",
    )


async def asyncio(
    id: str,
    message_id: str,
    *,
    client: AuthenticatedClient,
) -> DeleteBroadcastChatMessageResponse:
    """Remove a chat message from a live broadcast

     Removes a specific chat message from a running broadcast owned by the authenticated user.

    Args:
        id (str):
        message_id (str):

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
        DeleteBroadcastChatMessageResponse
    """

    return (
        await asyncio_detailed(
            id=id,
            message_id=message_id,
            client=client,
        )
    ).parsed
