from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.add_conversation_keys_request import AddConversationKeysRequest
from ...models.add_conversation_keys_response import AddConversationKeysResponse
from ...types import Response, status_code_of


def _get_kwargs(
    id: str,
    *,
    body: AddConversationKeysRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/2/chat/conversations/{id}/keys".format(
            id=quote(str(id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> AddConversationKeysResponse:
    if response.status_code == 200:
        response_200 = AddConversationKeysResponse.from_dict(client.parse_json(response))

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[AddConversationKeysResponse]:
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
    body: AddConversationKeysRequest,
) -> Response[AddConversationKeysResponse]:
    """Add Conversation Keys

     Adds (initializes or rotates) the encryption keys for a Chat conversation. Call this before sending
    messages in a new 1:1 conversation, and again with a newer key version to rotate the conversation
    key. For 1:1 conversations, provide the recipient's user ID as the conversation id; the server
    constructs the canonical conversation ID from the authenticated user and recipient. The request body
    must contain the conversation key version and participant keys (the conversation key encrypted for
    each participant using their public key).

    Args:
        id (str):
        body (AddConversationKeysRequest):

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
        Response[AddConversationKeysResponse]
    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
    )

    return client.send_request(
        kwargs, lambda response: _build_response(client=client, response=response), operation="add_conversation_keys"
    )


def sync(
    id: str,
    *,
    client: AuthenticatedClient,
    body: AddConversationKeysRequest,
) -> AddConversationKeysResponse:
    """Add Conversation Keys

     Adds (initializes or rotates) the encryption keys for a Chat conversation. Call this before sending
    messages in a new 1:1 conversation, and again with a newer key version to rotate the conversation
    key. For 1:1 conversations, provide the recipient's user ID as the conversation id; the server
    constructs the canonical conversation ID from the authenticated user and recipient. The request body
    must contain the conversation key version and participant keys (the conversation key encrypted for
    each participant using their public key).

    Args:
        id (str):
        body (AddConversationKeysRequest):

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
        AddConversationKeysResponse
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
    body: AddConversationKeysRequest,
) -> Response[AddConversationKeysResponse]:
    """Add Conversation Keys

     Adds (initializes or rotates) the encryption keys for a Chat conversation. Call this before sending
    messages in a new 1:1 conversation, and again with a newer key version to rotate the conversation
    key. For 1:1 conversations, provide the recipient's user ID as the conversation id; the server
    constructs the canonical conversation ID from the authenticated user and recipient. The request body
    must contain the conversation key version and participant keys (the conversation key encrypted for
    each participant using their public key).

    Args:
        id (str):
        body (AddConversationKeysRequest):

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
        Response[AddConversationKeysResponse]
    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
    )

    return await client.send_request_async(
        kwargs, lambda response: _build_response(client=client, response=response), operation="add_conversation_keys"
    )


async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient,
    body: AddConversationKeysRequest,
) -> AddConversationKeysResponse:
    """Add Conversation Keys

     Adds (initializes or rotates) the encryption keys for a Chat conversation. Call this before sending
    messages in a new 1:1 conversation, and again with a newer key version to rotate the conversation
    key. For 1:1 conversations, provide the recipient's user ID as the conversation id; the server
    constructs the canonical conversation ID from the authenticated user and recipient. The request body
    must contain the conversation key version and participant keys (the conversation key encrypted for
    each participant using their public key).

    Args:
        id (str):
        body (AddConversationKeysRequest):

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
        AddConversationKeysResponse
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            body=body,
        )
    ).parsed
