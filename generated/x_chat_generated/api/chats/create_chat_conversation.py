from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.create_chat_conversation_request import CreateChatConversationRequest
from ...models.create_chat_conversation_response import CreateChatConversationResponse
from ...models.error import Error
from ...models.generic_problem import GenericProblem
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
) -> CreateChatConversationResponse | Error | GenericProblem:
    if response.status_code == 201:
        response_201 = CreateChatConversationResponse.from_dict(client.parse_json(response))

        return response_201

    _media_type = response.headers.get("content-type", "").split(";")[0].strip().lower()
    if _media_type == "application/problem+json":
        return GenericProblem.from_dict(client.parse_json(response))

    response_default = Error.from_dict(client.parse_json(response))

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[CreateChatConversationResponse | Error | GenericProblem]:
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
) -> Response[CreateChatConversationResponse | Error | GenericProblem]:
    """Create Chat Group Conversation

     Creates a new encrypted Chat group conversation on behalf of the authenticated user.

    Args:
        body (CreateChatConversationRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateChatConversationResponse | Error | GenericProblem]
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
) -> CreateChatConversationResponse | Error | GenericProblem | None:
    """Create Chat Group Conversation

     Creates a new encrypted Chat group conversation on behalf of the authenticated user.

    Args:
        body (CreateChatConversationRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateChatConversationResponse | Error | GenericProblem
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: CreateChatConversationRequest,
) -> Response[CreateChatConversationResponse | Error | GenericProblem]:
    """Create Chat Group Conversation

     Creates a new encrypted Chat group conversation on behalf of the authenticated user.

    Args:
        body (CreateChatConversationRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateChatConversationResponse | Error | GenericProblem]
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
) -> CreateChatConversationResponse | Error | GenericProblem | None:
    """Create Chat Group Conversation

     Creates a new encrypted Chat group conversation on behalf of the authenticated user.

    Args:
        body (CreateChatConversationRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateChatConversationResponse | Error | GenericProblem
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
