from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.delete_chat_messages_request import DeleteChatMessagesRequest
from ...models.delete_chat_messages_response import DeleteChatMessagesResponse
from ...types import Response, status_code_of


def _get_kwargs(
    id: str,
    *,
    body: DeleteChatMessagesRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/2/chat/conversations/{id}/messages/delete".format(
            id=quote(str(id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> DeleteChatMessagesResponse:
    if response.status_code == 200:
        response_200 = DeleteChatMessagesResponse.from_dict(client.parse_json(response))

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[DeleteChatMessagesResponse]:
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
    body: DeleteChatMessagesRequest,
) -> Response[DeleteChatMessagesResponse]:
    """Delete Chat messages

     Deletes one or more messages from a Chat conversation. For 1:1 conversations, provide the
    recipient's user ID; the server constructs the canonical conversation ID from the authenticated user
    and recipient. Delete for all removes a message you sent (or, in groups you administer, any message)
    for every participant; delete for self removes any message only from your own view.

    Args:
        id (str):
        body (DeleteChatMessagesRequest):

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
        Response[DeleteChatMessagesResponse]
    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
    )

    return client.send_request(
        kwargs, lambda response: _build_response(client=client, response=response), operation="delete_chat_messages"
    )


def sync(
    id: str,
    *,
    client: AuthenticatedClient,
    body: DeleteChatMessagesRequest,
) -> DeleteChatMessagesResponse:
    """Delete Chat messages

     Deletes one or more messages from a Chat conversation. For 1:1 conversations, provide the
    recipient's user ID; the server constructs the canonical conversation ID from the authenticated user
    and recipient. Delete for all removes a message you sent (or, in groups you administer, any message)
    for every participant; delete for self removes any message only from your own view.

    Args:
        id (str):
        body (DeleteChatMessagesRequest):

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
        DeleteChatMessagesResponse
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
    body: DeleteChatMessagesRequest,
) -> Response[DeleteChatMessagesResponse]:
    """Delete Chat messages

     Deletes one or more messages from a Chat conversation. For 1:1 conversations, provide the
    recipient's user ID; the server constructs the canonical conversation ID from the authenticated user
    and recipient. Delete for all removes a message you sent (or, in groups you administer, any message)
    for every participant; delete for self removes any message only from your own view.

    Args:
        id (str):
        body (DeleteChatMessagesRequest):

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
        Response[DeleteChatMessagesResponse]
    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
    )

    return await client.send_request_async(
        kwargs, lambda response: _build_response(client=client, response=response), operation="delete_chat_messages"
    )


async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient,
    body: DeleteChatMessagesRequest,
) -> DeleteChatMessagesResponse:
    """Delete Chat messages

     Deletes one or more messages from a Chat conversation. For 1:1 conversations, provide the
    recipient's user ID; the server constructs the canonical conversation ID from the authenticated user
    and recipient. Delete for all removes a message you sent (or, in groups you administer, any message)
    for every participant; delete for self removes any message only from your own view.

    Args:
        id (str):
        body (DeleteChatMessagesRequest):

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
        DeleteChatMessagesResponse
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            body=body,
        )
    ).parsed
