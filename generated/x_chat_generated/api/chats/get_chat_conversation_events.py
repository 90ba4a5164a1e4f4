from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.chat_message_event_field import ChatMessageEventField
from ...models.get_chat_conversation_events_response import GetChatConversationEventsResponse
from ...types import UNSET, Response, Unset, status_code_of


def _get_kwargs(
    id: str,
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
        "url": "/2/chat/conversations/{id}/events".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GetChatConversationEventsResponse:
    if response.status_code == 200:
        response_200 = GetChatConversationEventsResponse.from_dict(client.parse_json(response))

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[GetChatConversationEventsResponse]:
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
    max_results: int | Unset = 10,
    pagination_token: str | Unset = UNSET,
    chat_message_event_fields: list[ChatMessageEventField] | Unset = UNSET,
) -> Response[GetChatConversationEventsResponse]:
    """Get Chat Conversation Events

     Retrieves messages and key change events for a specific Chat conversation with pagination support.
    For 1:1 conversations, provide the recipient's user ID; the server constructs the canonical
    conversation ID from the authenticated user and recipient.

    Args:
        id (str):
        max_results (int | Unset):  Default: 10.
        pagination_token (str | Unset):
        chat_message_event_fields (list[ChatMessageEventField] | Unset): The fields available for
            a ChatMessageEvent object.

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
        Response[GetChatConversationEventsResponse]
    """

    kwargs = _get_kwargs(
        id=id,
        max_results=max_results,
        pagination_token=pagination_token,
        chat_message_event_fields=chat_message_event_fields,
    )

    return client.send_request(
        kwargs,
        lambda response: _build_response(client=client, response=response),
        operation="get_chat_conversation_events",
    )


def sync(
    id: str,
    *,
    client: AuthenticatedClient,
    max_results: int | Unset = 10,
    pagination_token: str | Unset = UNSET,
    chat_message_event_fields: list[ChatMessageEventField] | Unset = UNSET,
) -> GetChatConversationEventsResponse:
    """Get Chat Conversation Events

     Retrieves messages and key change events for a specific Chat conversation with pagination support.
    For 1:1 conversations, provide the recipient's user ID; the server constructs the canonical
    conversation ID from the authenticated user and recipient.

    Args:
        id (str):
        max_results (int | Unset):  Default: 10.
        pagination_token (str | Unset):
        chat_message_event_fields (list[ChatMessageEventField] | Unset): The fields available for
            a ChatMessageEvent object.

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
        GetChatConversationEventsResponse
    """

    return sync_detailed(
        id=id,
        client=client,
        max_results=max_results,
        pagination_token=pagination_token,
        chat_message_event_fields=chat_message_event_fields,
    ).parsed


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient,
    max_results: int | Unset = 10,
    pagination_token: str | Unset = UNSET,
    chat_message_event_fields: list[ChatMessageEventField] | Unset = UNSET,
) -> Response[GetChatConversationEventsResponse]:
    """Get Chat Conversation Events

     Retrieves messages and key change events for a specific Chat conversation with pagination support.
    For 1:1 conversations, provide the recipient's user ID; the server constructs the canonical
    conversation ID from the authenticated user and recipient.

    Args:
        id (str):
        max_results (int | Unset):  Default: 10.
        pagination_token (str | Unset):
        chat_message_event_fields (list[ChatMessageEventField] | Unset): The fields available for
            a ChatMessageEvent object.

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
        Response[GetChatConversationEventsResponse]
    """

    kwargs = _get_kwargs(
        id=id,
        max_results=max_results,
        pagination_token=pagination_token,
        chat_message_event_fields=chat_message_event_fields,
    )

    return await client.send_request_async(
        kwargs,
        lambda response: _build_response(client=client, response=response),
        operation="get_chat_conversation_events",
    )


async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient,
    max_results: int | Unset = 10,
    pagination_token: str | Unset = UNSET,
    chat_message_event_fields: list[ChatMessageEventField] | Unset = UNSET,
) -> GetChatConversationEventsResponse:
    """Get Chat Conversation Events

     Retrieves messages and key change events for a specific Chat conversation with pagination support.
    For 1:1 conversations, provide the recipient's user ID; the server constructs the canonical
    conversation ID from the authenticated user and recipient.

    Args:
        id (str):
        max_results (int | Unset):  Default: 10.
        pagination_token (str | Unset):
        chat_message_event_fields (list[ChatMessageEventField] | Unset): The fields available for
            a ChatMessageEvent object.

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
        GetChatConversationEventsResponse
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            max_results=max_results,
            pagination_token=pagination_token,
            chat_message_event_fields=chat_message_event_fields,
        )
    ).parsed
