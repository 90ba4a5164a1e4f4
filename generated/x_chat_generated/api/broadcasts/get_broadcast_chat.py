from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.broadcast_chat_expansion import BroadcastChatExpansion
from ...models.broadcast_chat_message_field import BroadcastChatMessageField
from ...models.get_broadcast_chat_response import GetBroadcastChatResponse
from ...models.user_field import UserField
from ...types import UNSET, Response, Unset, status_code_of


def _get_kwargs(
    id: str,
    *,
    max_results: int | Unset = 100,
    pagination_token: str | Unset = UNSET,
    broadcast_chat_message_fields: list[BroadcastChatMessageField] | Unset = UNSET,
    expansions: list[BroadcastChatExpansion] | Unset = UNSET,
    user_fields: list[UserField] | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["max_results"] = max_results

    params["pagination_token"] = pagination_token

    json_broadcast_chat_message_fields: list[str] | Unset = UNSET
    if not isinstance(broadcast_chat_message_fields, Unset):
        json_broadcast_chat_message_fields = []
        for broadcast_chat_message_fields_item_data in broadcast_chat_message_fields:
            broadcast_chat_message_fields_item = broadcast_chat_message_fields_item_data.value
            json_broadcast_chat_message_fields.append(broadcast_chat_message_fields_item)

    if not isinstance(json_broadcast_chat_message_fields, Unset):
        params["broadcast_chat_message.fields"] = ",".join(map(str, json_broadcast_chat_message_fields))

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
        "url": "/2/broadcasts/{id}/chat".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> GetBroadcastChatResponse:
    if response.status_code == 200:
        response_200 = GetBroadcastChatResponse.from_dict(client.parse_json(response))

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[GetBroadcastChatResponse]:
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
    max_results: int | Unset = 100,
    pagination_token: str | Unset = UNSET,
    broadcast_chat_message_fields: list[BroadcastChatMessageField] | Unset = UNSET,
    expansions: list[BroadcastChatExpansion] | Unset = UNSET,
    user_fields: list[UserField] | Unset = UNSET,
) -> Response[GetBroadcastChatResponse]:
    """Get broadcast chat history

     Returns newest-first chat messages for a broadcast owned by the authenticated user.

    Args:
        id (str):
        max_results (int | Unset):  Default: 100.
        pagination_token (str | Unset):
        broadcast_chat_message_fields (list[BroadcastChatMessageField] | Unset): The fields
            available for a BroadcastChatMessage object.
        expansions (list[BroadcastChatExpansion] | Unset):
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
        Response[GetBroadcastChatResponse]
    """

    kwargs = _get_kwargs(
        id=id,
        max_results=max_results,
        pagination_token=pagination_token,
        broadcast_chat_message_fields=broadcast_chat_message_fields,
        expansions=expansions,
        user_fields=user_fields,
    )

    return client.send_request(
        kwargs, lambda response: _build_response(client=client, response=response), operation="get_broadcast_chat"
    )


def sync(
    id: str,
    *,
    client: AuthenticatedClient,
    max_results: int | Unset = 100,
    pagination_token: str | Unset = UNSET,
    broadcast_chat_message_fields: list[BroadcastChatMessageField] | Unset = UNSET,
    expansions: list[BroadcastChatExpansion] | Unset = UNSET,
    user_fields: list[UserField] | Unset = UNSET,
) -> GetBroadcastChatResponse:
    """Get broadcast chat history

     Returns newest-first chat messages for a broadcast owned by the authenticated user.

    Args:
        id (str):
        max_results (int | Unset):  Default: 100.
        pagination_token (str | Unset):
        broadcast_chat_message_fields (list[BroadcastChatMessageField] | Unset): The fields
            available for a BroadcastChatMessage object.
        expansions (list[BroadcastChatExpansion] | Unset):
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
        GetBroadcastChatResponse
    """

    return sync_detailed(
        id=id,
        client=client,
        max_results=max_results,
        pagination_token=pagination_token,
        broadcast_chat_message_fields=broadcast_chat_message_fields,
        expansions=expansions,
        user_fields=user_fields,
    ).parsed


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient,
    max_results: int | Unset = 100,
    pagination_token: str | Unset = UNSET,
    broadcast_chat_message_fields: list[BroadcastChatMessageField] | Unset = UNSET,
    expansions: list[BroadcastChatExpansion] | Unset = UNSET,
    user_fields: list[UserField] | Unset = UNSET,
) -> Response[GetBroadcastChatResponse]:
    """Get broadcast chat history

     Returns newest-first chat messages for a broadcast owned by the authenticated user.

    Args:
        id (str):
        max_results (int | Unset):  Default: 100.
        pagination_token (str | Unset):
        broadcast_chat_message_fields (list[BroadcastChatMessageField] | Unset): The fields
            available for a BroadcastChatMessage object.
        expansions (list[BroadcastChatExpansion] | Unset):
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
        Response[GetBroadcastChatResponse]
    """

    kwargs = _get_kwargs(
        id=id,
        max_results=max_results,
        pagination_token=pagination_token,
        broadcast_chat_message_fields=broadcast_chat_message_fields,
        expansions=expansions,
        user_fields=user_fields,
    )

    return await client.send_request_async(
        kwargs, lambda response: _build_response(client=client, response=response), operation="get_broadcast_chat"
    )


async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient,
    max_results: int | Unset = 100,
    pagination_token: str | Unset = UNSET,
    broadcast_chat_message_fields: list[BroadcastChatMessageField] | Unset = UNSET,
    expansions: list[BroadcastChatExpansion] | Unset = UNSET,
    user_fields: list[UserField] | Unset = UNSET,
) -> GetBroadcastChatResponse:
    """Get broadcast chat history

     Returns newest-first chat messages for a broadcast owned by the authenticated user.

    Args:
        id (str):
        max_results (int | Unset):  Default: 100.
        pagination_token (str | Unset):
        broadcast_chat_message_fields (list[BroadcastChatMessageField] | Unset): The fields
            available for a BroadcastChatMessage object.
        expansions (list[BroadcastChatExpansion] | Unset):
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
        GetBroadcastChatResponse
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            max_results=max_results,
            pagination_token=pagination_token,
            broadcast_chat_message_fields=broadcast_chat_message_fields,
            expansions=expansions,
            user_fields=user_fields,
        )
    ).parsed
