from typing import Any
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...models.chat_get_conversation_response import ChatGetConversationResponse
from ...models.chat_message_event_field import ChatMessageEventField
from ...models.error import Error
from ...models.problem import Problem
from ...types import UNSET, Response, Unset, status_code_of


def _get_kwargs(
    conversation_id: str,
    *,
    max_results: int | Unset = 10,
    pagination_token: str | Unset = UNSET,
    chat_message_event_fields: list[ChatMessageEventField] | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["max_results"] = max_results

    params["pagination_token"] = pagination_token

    json_chat_message_event_fields: list[str] | Unset = UNSET
    if not isinstance(chat_message_event_fields, Unset):
        json_chat_message_event_fields = []
        for chat_message_event_fields_item_data in chat_message_event_fields:
            chat_message_event_fields_item = chat_message_event_fields_item_data.value
            json_chat_message_event_fields.append(chat_message_event_fields_item)

    if not isinstance(json_chat_message_event_fields, Unset):
        params["chat_message_event.fields"] = ",".join(map(str, json_chat_message_event_fields))

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/2/chat/conversations/{conversation_id}".format(
            conversation_id=quote(str(conversation_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ChatGetConversationResponse | Error | Problem:
    _media_type = response.headers.get("content-type", "").split(";")[0].strip().lower()
    if response.status_code == 200:
        response_200 = ChatGetConversationResponse.from_dict(response.json())

        return response_200

    if _media_type == "application/problem+json":
        return Problem.from_dict(response.json())

    response_default = Error.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ChatGetConversationResponse | Error | Problem]:
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
    max_results: int | Unset = 10,
    pagination_token: str | Unset = UNSET,
    chat_message_event_fields: list[ChatMessageEventField] | Unset = UNSET,
) -> Response[ChatGetConversationResponse | Error | Problem]:
    """Get Chat Conversation

     Retrieves messages and key change events for a specific Chat conversation with pagination support.

    Args:
        conversation_id (str): Unique identifier of an Chat conversation. Format is either two
            user IDs separated by a hyphen (e.g., '1215441834412953600-1603419180975409153') for
            direct conversations, or 'g' followed by a numeric ID (e.g., 'g1234567890123456789') for
            group conversations. Example: 1215441834412953600-1603419180975409153.
        max_results (int | Unset):  Default: 10.
        pagination_token (str | Unset):
        chat_message_event_fields (list[ChatMessageEventField] | Unset): The fields available for
            a ChatMessageEvent object. Example: ['conversation_id', 'conversation_token',
            'created_at_msec', 'encoded_event', 'id', 'is_trusted', 'message_event_signature',
            'previous_id', 'sender_id'].

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ChatGetConversationResponse | Error | Problem]
    """

    kwargs = _get_kwargs(
        conversation_id=conversation_id,
        max_results=max_results,
        pagination_token=pagination_token,
        chat_message_event_fields=chat_message_event_fields,
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
    max_results: int | Unset = 10,
    pagination_token: str | Unset = UNSET,
    chat_message_event_fields: list[ChatMessageEventField] | Unset = UNSET,
) -> ChatGetConversationResponse | Error | Problem | None:
    """Get Chat Conversation

     Retrieves messages and key change events for a specific Chat conversation with pagination support.

    Args:
        conversation_id (str): Unique identifier of an Chat conversation. Format is either two
            user IDs separated by a hyphen (e.g., '1215441834412953600-1603419180975409153') for
            direct conversations, or 'g' followed by a numeric ID (e.g., 'g1234567890123456789') for
            group conversations. Example: 1215441834412953600-1603419180975409153.
        max_results (int | Unset):  Default: 10.
        pagination_token (str | Unset):
        chat_message_event_fields (list[ChatMessageEventField] | Unset): The fields available for
            a ChatMessageEvent object. Example: ['conversation_id', 'conversation_token',
            'created_at_msec', 'encoded_event', 'id', 'is_trusted', 'message_event_signature',
            'previous_id', 'sender_id'].

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ChatGetConversationResponse | Error | Problem
    """

    return sync_detailed(
        conversation_id=conversation_id,
        client=client,
        max_results=max_results,
        pagination_token=pagination_token,
        chat_message_event_fields=chat_message_event_fields,
    ).parsed


async def asyncio_detailed(
    conversation_id: str,
    *,
    client: AuthenticatedClient,
    max_results: int | Unset = 10,
    pagination_token: str | Unset = UNSET,
    chat_message_event_fields: list[ChatMessageEventField] | Unset = UNSET,
) -> Response[ChatGetConversationResponse | Error | Problem]:
    """Get Chat Conversation

     Retrieves messages and key change events for a specific Chat conversation with pagination support.

    Args:
        conversation_id (str): Unique identifier of an Chat conversation. Format is either two
            user IDs separated by a hyphen (e.g., '1215441834412953600-1603419180975409153') for
            direct conversations, or 'g' followed by a numeric ID (e.g., 'g1234567890123456789') for
            group conversations. Example: 1215441834412953600-1603419180975409153.
        max_results (int | Unset):  Default: 10.
        pagination_token (str | Unset):
        chat_message_event_fields (list[ChatMessageEventField] | Unset): The fields available for
            a ChatMessageEvent object. Example: ['conversation_id', 'conversation_token',
            'created_at_msec', 'encoded_event', 'id', 'is_trusted', 'message_event_signature',
            'previous_id', 'sender_id'].

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ChatGetConversationResponse | Error | Problem]
    """

    kwargs = _get_kwargs(
        conversation_id=conversation_id,
        max_results=max_results,
        pagination_token=pagination_token,
        chat_message_event_fields=chat_message_event_fields,
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
    max_results: int | Unset = 10,
    pagination_token: str | Unset = UNSET,
    chat_message_event_fields: list[ChatMessageEventField] | Unset = UNSET,
) -> ChatGetConversationResponse | Error | Problem | None:
    """Get Chat Conversation

     Retrieves messages and key change events for a specific Chat conversation with pagination support.

    Args:
        conversation_id (str): Unique identifier of an Chat conversation. Format is either two
            user IDs separated by a hyphen (e.g., '1215441834412953600-1603419180975409153') for
            direct conversations, or 'g' followed by a numeric ID (e.g., 'g1234567890123456789') for
            group conversations. Example: 1215441834412953600-1603419180975409153.
        max_results (int | Unset):  Default: 10.
        pagination_token (str | Unset):
        chat_message_event_fields (list[ChatMessageEventField] | Unset): The fields available for
            a ChatMessageEvent object. Example: ['conversation_id', 'conversation_token',
            'created_at_msec', 'encoded_event', 'id', 'is_trusted', 'message_event_signature',
            'previous_id', 'sender_id'].

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ChatGetConversationResponse | Error | Problem
    """

    return (
        await asyncio_detailed(
            conversation_id=conversation_id,
            client=client,
            max_results=max_results,
            pagination_token=pagination_token,
            chat_message_event_fields=chat_message_event_fields,
        )
    ).parsed
