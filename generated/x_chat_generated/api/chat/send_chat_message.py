from typing import Any
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...models.chat_send_message_request import ChatSendMessageRequest
from ...models.chat_send_message_response import ChatSendMessageResponse
from ...models.error import Error
from ...models.problem import Problem
from ...types import Response, status_code_of


def _get_kwargs(
    conversation_id: str,
    *,
    body: ChatSendMessageRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/2/chat/conversations/{conversation_id}/messages".format(
            conversation_id=quote(str(conversation_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ChatSendMessageResponse | Error | Problem:
    _media_type = response.headers.get("content-type", "").split(";")[0].strip().lower()
    if response.status_code == 201:
        response_201 = ChatSendMessageResponse.from_dict(response.json())

        return response_201

    if _media_type == "application/problem+json":
        return Problem.from_dict(response.json())

    response_default = Error.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ChatSendMessageResponse | Error | Problem]:
    return Response(
        status_code=status_code_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    conversation_id: str,
    *,
    client: AuthenticatedClient,
    body: ChatSendMessageRequest,
) -> Response[ChatSendMessageResponse | Error | Problem]:
    """Send Chat Message

     Sends an encrypted message to a specific Chat conversation.

    Args:
        conversation_id (str): Unique identifier of an Chat conversation. Format is either two
            user IDs separated by a hyphen (e.g., '1215441834412953600-1603419180975409153') for
            direct conversations, or 'g' followed by a numeric ID (e.g., 'g1234567890123456789') for
            group conversations. Example: 1215441834412953600-1603419180975409153.
        body (ChatSendMessageRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ChatSendMessageResponse | Error | Problem]
    """

    kwargs = _get_kwargs(
        conversation_id=conversation_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
        auth=client._request_auth(),
    )

    return _build_response(client=client, response=response)


def sync(
    conversation_id: str,
    *,
    client: AuthenticatedClient,
    body: ChatSendMessageRequest,
) -> ChatSendMessageResponse | Error | Problem | None:
    """Send Chat Message

     Sends an encrypted message to a specific Chat conversation.

    Args:
        conversation_id (str): Unique identifier of an Chat conversation. Format is either two
            user IDs separated by a hyphen (e.g., '1215441834412953600-1603419180975409153') for
            direct conversations, or 'g' followed by a numeric ID (e.g., 'g1234567890123456789') for
            group conversations. Example: 1215441834412953600-1603419180975409153.
        body (ChatSendMessageRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ChatSendMessageResponse | Error | Problem
    """

    return sync_detailed(
        conversation_id=conversation_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    conversation_id: str,
    *,
    client: AuthenticatedClient,
    body: ChatSendMessageRequest,
) -> Response[ChatSendMessageResponse | Error | Problem]:
    """Send Chat Message

     Sends an encrypted message to a specific Chat conversation.

    Args:
        conversation_id (str): Unique identifier of an Chat conversation. Format is either two
            user IDs separated by a hyphen (e.g., '1215441834412953600-1603419180975409153') for
            direct conversations, or 'g' followed by a numeric ID (e.g., 'g1234567890123456789') for
            group conversations. Example: 1215441834412953600-1603419180975409153.
        body (ChatSendMessageRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ChatSendMessageResponse | Error | Problem]
    """

    kwargs = _get_kwargs(
        conversation_id=conversation_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(
        **kwargs,
        auth=client._request_auth(),
    )

    return _build_response(client=client, response=response)


async def asyncio(
    conversation_id: str,
    *,
    client: AuthenticatedClient,
    body: ChatSendMessageRequest,
) -> ChatSendMessageResponse | Error | Problem | None:
    """Send Chat Message

     Sends an encrypted message to a specific Chat conversation.

    Args:
        conversation_id (str): Unique identifier of an Chat conversation. Format is either two
            user IDs separated by a hyphen (e.g., '1215441834412953600-1603419180975409153') for
            direct conversations, or 'g' followed by a numeric ID (e.g., 'g1234567890123456789') for
            group conversations. Example: 1215441834412953600-1603419180975409153.
        body (ChatSendMessageRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ChatSendMessageResponse | Error | Problem
    """

    return (
        await asyncio_detailed(
            conversation_id=conversation_id,
            client=client,
            body=body,
        )
    ).parsed
