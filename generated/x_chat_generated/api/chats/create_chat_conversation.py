from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_chat_conversation_request import CreateChatConversationRequest
from ...models.create_chat_conversation_response import CreateChatConversationResponse
from ...types import Response, status_code_of


def _get_kwargs(
    *,
    body: CreateChatConversationRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/2/chat/conversations/group",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CreateChatConversationResponse:
    if response.status_code == 201:
        response_201 = CreateChatConversationResponse.from_dict(client.parse_json(response))

        return response_201

    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[CreateChatConversationResponse]:
    return Response(
        status_code=status_code_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: CreateChatConversationRequest,
) -> Response[CreateChatConversationResponse]:
    """Create Chat Group Conversation

     Creates a new encrypted Chat group conversation on behalf of the authenticated user.

    Args:
        body (CreateChatConversationRequest):

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
        Response[CreateChatConversationResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    return client.send_request(
        kwargs, lambda response: _build_response(client=client, response=response), operation="create_chat_conversation"
    )


def sync(
    *,
    client: AuthenticatedClient,
    body: CreateChatConversationRequest,
) -> CreateChatConversationResponse:
    """Create Chat Group Conversation

     Creates a new encrypted Chat group conversation on behalf of the authenticated user.

    Args:
        body (CreateChatConversationRequest):

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
        CreateChatConversationResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: CreateChatConversationRequest,
) -> Response[CreateChatConversationResponse]:
    """Create Chat Group Conversation

     Creates a new encrypted Chat group conversation on behalf of the authenticated user.

    Args:
        body (CreateChatConversationRequest):

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
        Response[CreateChatConversationResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    return await client.send_request_async(
        kwargs, lambda response: _build_response(client=client, response=response), operation="create_chat_conversation"
    )


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: CreateChatConversationRequest,
) -> CreateChatConversationResponse:
    """Create Chat Group Conversation

     Creates a new encrypted Chat group conversation on behalf of the authenticated user.

    Args:
        body (CreateChatConversationRequest):

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
        CreateChatConversationResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
