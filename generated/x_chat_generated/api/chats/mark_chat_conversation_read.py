from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.mark_chat_conversation_read_request import MarkChatConversationReadRequest
from ...models.mark_chat_conversation_read_response import MarkChatConversationReadResponse
from ...types import Response, status_code_of


def _get_kwargs(
    id: str,
    *,
    body: MarkChatConversationReadRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/2/chat/conversations/{id}/read".format(
            id=quote(str(id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> MarkChatConversationReadResponse:
    if response.status_code == 200:
        response_200 = MarkChatConversationReadResponse.from_dict(client.parse_json(response))

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[MarkChatConversationReadResponse]:
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
    body: MarkChatConversationReadRequest,
) -> Response[MarkChatConversationReadResponse]:
    """Mark Conversation as Read

     Marks a specific Chat conversation as read on behalf of the authenticated user. For 1:1
    conversations, provide the recipient's user ID; the server constructs the canonical conversation ID
    from the authenticated user and recipient.

    Args:
        id (str):
        body (MarkChatConversationReadRequest):

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
        Response[MarkChatConversationReadResponse]
    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
    )

    return client.send_request(
        kwargs,
        lambda response: _build_response(client=client, response=response),
        operation="mark_chat_conversation_read",
    )


def sync(
    id: str,
    *,
    client: AuthenticatedClient,
    body: MarkChatConversationReadRequest,
) -> MarkChatConversationReadResponse:
    """Mark Conversation as Read

     Marks a specific Chat conversation as read on behalf of the authenticated user. For 1:1
    conversations, provide the recipient's user ID; the server constructs the canonical conversation ID
    from the authenticated user and recipient.

    Args:
        id (str):
        body (MarkChatConversationReadRequest):

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
        MarkChatConversationReadResponse
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
    body: MarkChatConversationReadRequest,
) -> Response[MarkChatConversationReadResponse]:
    """Mark Conversation as Read

     Marks a specific Chat conversation as read on behalf of the authenticated user. For 1:1
    conversations, provide the recipient's user ID; the server constructs the canonical conversation ID
    from the authenticated user and recipient.

    Args:
        id (str):
        body (MarkChatConversationReadRequest):

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
        Response[MarkChatConversationReadResponse]
    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
    )

    return await client.send_request_async(
        kwargs,
        lambda response: _build_response(client=client, response=response),
        operation="mark_chat_conversation_read",
    )


async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient,
    body: MarkChatConversationReadRequest,
) -> MarkChatConversationReadResponse:
    """Mark Conversation as Read

     Marks a specific Chat conversation as read on behalf of the authenticated user. For 1:1
    conversations, provide the recipient's user ID; the server constructs the canonical conversation ID
    from the authenticated user and recipient.

    Args:
        id (str):
        body (MarkChatConversationReadRequest):

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
        MarkChatConversationReadResponse
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            body=body,
        )
    ).parsed
