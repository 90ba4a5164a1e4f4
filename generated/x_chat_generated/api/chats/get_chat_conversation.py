from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.chat_conversation_expansion import ChatConversationExpansion
from ...models.chat_conversation_field import ChatConversationField
from ...models.get_chat_conversation_response import GetChatConversationResponse
from ...models.user_field import UserField
from ...types import UNSET, Response, Unset, status_code_of


def _get_kwargs(
    id: str,
    *,
    chat_conversation_fields: list[ChatConversationField] | Unset = UNSET,
    expansions: list[ChatConversationExpansion] | Unset = UNSET,
    user_fields: list[UserField] | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_chat_conversation_fields: list[str] | Unset = UNSET
    if not isinstance(chat_conversation_fields, Unset):
        json_chat_conversation_fields = []
        for chat_conversation_fields_item_data in chat_conversation_fields:
            chat_conversation_fields_item = chat_conversation_fields_item_data.value
            json_chat_conversation_fields.append(chat_conversation_fields_item)

    if not isinstance(json_chat_conversation_fields, Unset):
        params["chat_conversation.fields"] = ",".join(map(str, json_chat_conversation_fields))

    json_expansions: list[str] | Unset = UNSET
    if not isinstance(expansions, Unset):
        json_expansions = []
        for expansions_item_data in expansions:
            expansions_item = expansions_item_data.value
            json_expansions.append(expansions_item)

    if not isinstance(json_expansions, Unset):
        params["expansions"] = ",".join(map(str, json_expansions))

    json_user_fields: list[str] | Unset = UNSET
    if not isinstance(user_fields, Unset):
        json_user_fields = []
        for user_fields_item_data in user_fields:
            user_fields_item = user_fields_item_data.value
            json_user_fields.append(user_fields_item)

    if not isinstance(json_user_fields, Unset):
        params["user.fields"] = ",".join(map(str, json_user_fields))

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/2/chat/conversations/{id}".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> GetChatConversationResponse:
    if response.status_code == 200:
        response_200 = GetChatConversationResponse.from_dict(client.parse_json(response))

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[GetChatConversationResponse]:
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
    chat_conversation_fields: list[ChatConversationField] | Unset = UNSET,
    expansions: list[ChatConversationExpansion] | Unset = UNSET,
    user_fields: list[UserField] | Unset = UNSET,
) -> Response[GetChatConversationResponse]:
    """Get Chat Conversation

     Returns metadata for a Chat conversation including type, muted status, and group details. Use
    chat_conversation.fields to select which fields are returned. Use expansions to hydrate member,
    admin, or participant user objects. Use user.fields to control which profile fields are returned for
    expanded users.

    Args:
        id (str):
        chat_conversation_fields (list[ChatConversationField] | Unset): The fields available for a
            ChatConversation object.
        expansions (list[ChatConversationExpansion] | Unset):
        user_fields (list[UserField] | Unset): The fields available for a User object.

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
        Response[GetChatConversationResponse]
    """

    kwargs = _get_kwargs(
        id=id,
        chat_conversation_fields=chat_conversation_fields,
        expansions=expansions,
        user_fields=user_fields,
    )

    return client.send_request(
        kwargs, lambda response: _build_response(client=client, response=response), operation="get_chat_conversation"
    )


def sync(
    id: str,
    *,
    client: AuthenticatedClient,
    chat_conversation_fields: list[ChatConversationField] | Unset = UNSET,
    expansions: list[ChatConversationExpansion] | Unset = UNSET,
    user_fields: list[UserField] | Unset = UNSET,
) -> GetChatConversationResponse:
    """Get Chat Conversation

     Returns metadata for a Chat conversation including type, muted status, and group details. Use
    chat_conversation.fields to select which fields are returned. Use expansions to hydrate member,
    admin, or participant user objects. Use user.fields to control which profile fields are returned for
    expanded users.

    Args:
        id (str):
        chat_conversation_fields (list[ChatConversationField] | Unset): The fields available for a
            ChatConversation object.
        expansions (list[ChatConversationExpansion] | Unset):
        user_fields (list[UserField] | Unset): The fields available for a User object.

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
        GetChatConversationResponse
    """

    return sync_detailed(
        id=id,
        client=client,
        chat_conversation_fields=chat_conversation_fields,
        expansions=expansions,
        user_fields=user_fields,
    ).parsed


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient,
    chat_conversation_fields: list[ChatConversationField] | Unset = UNSET,
    expansions: list[ChatConversationExpansion] | Unset = UNSET,
    user_fields: list[UserField] | Unset = UNSET,
) -> Response[GetChatConversationResponse]:
    """Get Chat Conversation

     Returns metadata for a Chat conversation including type, muted status, and group details. Use
    chat_conversation.fields to select which fields are returned. Use expansions to hydrate member,
    admin, or participant user objects. Use user.fields to control which profile fields are returned for
    expanded users.

    Args:
        id (str):
        chat_conversation_fields (list[ChatConversationField] | Unset): The fields available for a
            ChatConversation object.
        expansions (list[ChatConversationExpansion] | Unset):
        user_fields (list[UserField] | Unset): The fields available for a User object.

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
        Response[GetChatConversationResponse]
    """

    kwargs = _get_kwargs(
        id=id,
        chat_conversation_fields=chat_conversation_fields,
        expansions=expansions,
        user_fields=user_fields,
    )

    return await client.send_request_async(
        kwargs, lambda response: _build_response(client=client, response=response), operation="get_chat_conversation"
    )


async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient,
    chat_conversation_fields: list[ChatConversationField] | Unset = UNSET,
    expansions: list[ChatConversationExpansion] | Unset = UNSET,
    user_fields: list[UserField] | Unset = UNSET,
) -> GetChatConversationResponse:
    """Get Chat Conversation

     Returns metadata for a Chat conversation including type, muted status, and group details. Use
    chat_conversation.fields to select which fields are returned. Use expansions to hydrate member,
    admin, or participant user objects. Use user.fields to control which profile fields are returned for
    expanded users.

    Args:
        id (str):
        chat_conversation_fields (list[ChatConversationField] | Unset): The fields available for a
            ChatConversation object.
        expansions (list[ChatConversationExpansion] | Unset):
        user_fields (list[UserField] | Unset): The fields available for a User object.

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
        GetChatConversationResponse
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            chat_conversation_fields=chat_conversation_fields,
            expansions=expansions,
            user_fields=user_fields,
        )
    ).parsed
