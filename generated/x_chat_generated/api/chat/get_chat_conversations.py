from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.chat_conversation_expansion import ChatConversationExpansion
from ...models.chat_conversation_field import ChatConversationField
from ...models.chat_get_conversations_response import ChatGetConversationsResponse
from ...models.error import Error
from ...models.problem import Problem
from ...models.user_field import UserField
from ...types import UNSET, Response, Unset, status_code_of


def _get_kwargs(
    *,
    max_results: int | Unset = 10,
    pagination_token: str | Unset = UNSET,
    chat_conversation_fields: list[ChatConversationField] | Unset = UNSET,
    expansions: list[ChatConversationExpansion] | Unset = UNSET,
    user_fields: list[UserField] | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["max_results"] = max_results

    params["pagination_token"] = pagination_token

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
        "url": "/2/chat/conversations",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ChatGetConversationsResponse | Error | Problem:
    _media_type = response.headers.get("content-type", "").split(";")[0].strip().lower()
    if response.status_code == 200:
        response_200 = ChatGetConversationsResponse.from_dict(response.json())

        return response_200

    if _media_type == "application/problem+json":
        return Problem.from_dict(response.json())

    response_default = Error.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ChatGetConversationsResponse | Error | Problem]:
    return Response(
        status_code=status_code_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    max_results: int | Unset = 10,
    pagination_token: str | Unset = UNSET,
    chat_conversation_fields: list[ChatConversationField] | Unset = UNSET,
    expansions: list[ChatConversationExpansion] | Unset = UNSET,
    user_fields: list[UserField] | Unset = UNSET,
) -> Response[ChatGetConversationsResponse | Error | Problem]:
    """Get Chat Conversations

     Retrieves a list of Chat conversations for the authenticated user's inbox.

    Args:
        max_results (int | Unset):  Default: 10.
        pagination_token (str | Unset):
        chat_conversation_fields (list[ChatConversationField] | Unset): The fields available for a
            ChatConversation object. Example: ['admin_ids', 'created_at', 'group_avatar_url',
            'group_name', 'id', 'is_muted', 'member_ids', 'message_ttl_msec', 'participant_ids',
            'screen_capture_blocking_enabled', 'screen_capture_detection_enabled', 'type',
            'updated_at'].
        expansions (list[ChatConversationExpansion] | Unset): The list of fields you can expand
            for a [ChatConversation](#ChatConversation) object. If the field has an ID, it can be
            expanded into a full object. Example: ['admin_ids', 'member_ids', 'participant_ids'].
        user_fields (list[UserField] | Unset): The fields available for a User object. Example:
            ['affiliation', 'confirmed_email', 'connection_status', 'created_at', 'description',
            'entities', 'id', 'is_identity_verified', 'location', 'most_recent_tweet_id', 'name',
            'parody', 'pinned_tweet_id', 'profile_banner_url', 'profile_image_url', 'protected',
            'public_metrics', 'receives_your_dm', 'subscription', 'subscription_type', 'url',
            'username', 'verified', 'verified_followers_count', 'verified_type', 'withheld'].

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ChatGetConversationsResponse | Error | Problem]
    """

    kwargs = _get_kwargs(
        max_results=max_results,
        pagination_token=pagination_token,
        chat_conversation_fields=chat_conversation_fields,
        expansions=expansions,
        user_fields=user_fields,
    )

    response = client.get_httpx_client().request(
        **kwargs,
        auth=client._request_auth(),
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    max_results: int | Unset = 10,
    pagination_token: str | Unset = UNSET,
    chat_conversation_fields: list[ChatConversationField] | Unset = UNSET,
    expansions: list[ChatConversationExpansion] | Unset = UNSET,
    user_fields: list[UserField] | Unset = UNSET,
) -> ChatGetConversationsResponse | Error | Problem | None:
    """Get Chat Conversations

     Retrieves a list of Chat conversations for the authenticated user's inbox.

    Args:
        max_results (int | Unset):  Default: 10.
        pagination_token (str | Unset):
        chat_conversation_fields (list[ChatConversationField] | Unset): The fields available for a
            ChatConversation object. Example: ['admin_ids', 'created_at', 'group_avatar_url',
            'group_name', 'id', 'is_muted', 'member_ids', 'message_ttl_msec', 'participant_ids',
            'screen_capture_blocking_enabled', 'screen_capture_detection_enabled', 'type',
            'updated_at'].
        expansions (list[ChatConversationExpansion] | Unset): The list of fields you can expand
            for a [ChatConversation](#ChatConversation) object. If the field has an ID, it can be
            expanded into a full object. Example: ['admin_ids', 'member_ids', 'participant_ids'].
        user_fields (list[UserField] | Unset): The fields available for a User object. Example:
            ['affiliation', 'confirmed_email', 'connection_status', 'created_at', 'description',
            'entities', 'id', 'is_identity_verified', 'location', 'most_recent_tweet_id', 'name',
            'parody', 'pinned_tweet_id', 'profile_banner_url', 'profile_image_url', 'protected',
            'public_metrics', 'receives_your_dm', 'subscription', 'subscription_type', 'url',
            'username', 'verified', 'verified_followers_count', 'verified_type', 'withheld'].

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ChatGetConversationsResponse | Error | Problem
    """

    return sync_detailed(
        client=client,
        max_results=max_results,
        pagination_token=pagination_token,
        chat_conversation_fields=chat_conversation_fields,
        expansions=expansions,
        user_fields=user_fields,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    max_results: int | Unset = 10,
    pagination_token: str | Unset = UNSET,
    chat_conversation_fields: list[ChatConversationField] | Unset = UNSET,
    expansions: list[ChatConversationExpansion] | Unset = UNSET,
    user_fields: list[UserField] | Unset = UNSET,
) -> Response[ChatGetConversationsResponse | Error | Problem]:
    """Get Chat Conversations

     Retrieves a list of Chat conversations for the authenticated user's inbox.

    Args:
        max_results (int | Unset):  Default: 10.
        pagination_token (str | Unset):
        chat_conversation_fields (list[ChatConversationField] | Unset): The fields available for a
            ChatConversation object. Example: ['admin_ids', 'created_at', 'group_avatar_url',
            'group_name', 'id', 'is_muted', 'member_ids', 'message_ttl_msec', 'participant_ids',
            'screen_capture_blocking_enabled', 'screen_capture_detection_enabled', 'type',
            'updated_at'].
        expansions (list[ChatConversationExpansion] | Unset): The list of fields you can expand
            for a [ChatConversation](#ChatConversation) object. If the field has an ID, it can be
            expanded into a full object. Example: ['admin_ids', 'member_ids', 'participant_ids'].
        user_fields (list[UserField] | Unset): The fields available for a User object. Example:
            ['affiliation', 'confirmed_email', 'connection_status', 'created_at', 'description',
            'entities', 'id', 'is_identity_verified', 'location', 'most_recent_tweet_id', 'name',
            'parody', 'pinned_tweet_id', 'profile_banner_url', 'profile_image_url', 'protected',
            'public_metrics', 'receives_your_dm', 'subscription', 'subscription_type', 'url',
            'username', 'verified', 'verified_followers_count', 'verified_type', 'withheld'].

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ChatGetConversationsResponse | Error | Problem]
    """

    kwargs = _get_kwargs(
        max_results=max_results,
        pagination_token=pagination_token,
        chat_conversation_fields=chat_conversation_fields,
        expansions=expansions,
        user_fields=user_fields,
    )

    response = await client.get_async_httpx_client().request(
        **kwargs,
        auth=client._request_auth(),
    )

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    max_results: int | Unset = 10,
    pagination_token: str | Unset = UNSET,
    chat_conversation_fields: list[ChatConversationField] | Unset = UNSET,
    expansions: list[ChatConversationExpansion] | Unset = UNSET,
    user_fields: list[UserField] | Unset = UNSET,
) -> ChatGetConversationsResponse | Error | Problem | None:
    """Get Chat Conversations

     Retrieves a list of Chat conversations for the authenticated user's inbox.

    Args:
        max_results (int | Unset):  Default: 10.
        pagination_token (str | Unset):
        chat_conversation_fields (list[ChatConversationField] | Unset): The fields available for a
            ChatConversation object. Example: ['admin_ids', 'created_at', 'group_avatar_url',
            'group_name', 'id', 'is_muted', 'member_ids', 'message_ttl_msec', 'participant_ids',
            'screen_capture_blocking_enabled', 'screen_capture_detection_enabled', 'type',
            'updated_at'].
        expansions (list[ChatConversationExpansion] | Unset): The list of fields you can expand
            for a [ChatConversation](#ChatConversation) object. If the field has an ID, it can be
            expanded into a full object. Example: ['admin_ids', 'member_ids', 'participant_ids'].
        user_fields (list[UserField] | Unset): The fields available for a User object. Example:
            ['affiliation', 'confirmed_email', 'connection_status', 'created_at', 'description',
            'entities', 'id', 'is_identity_verified', 'location', 'most_recent_tweet_id', 'name',
            'parody', 'pinned_tweet_id', 'profile_banner_url', 'profile_image_url', 'protected',
            'public_metrics', 'receives_your_dm', 'subscription', 'subscription_type', 'url',
            'username', 'verified', 'verified_followers_count', 'verified_type', 'withheld'].

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ChatGetConversationsResponse | Error | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            max_results=max_results,
            pagination_token=pagination_token,
            chat_conversation_fields=chat_conversation_fields,
            expansions=expansions,
            user_fields=user_fields,
        )
    ).parsed
