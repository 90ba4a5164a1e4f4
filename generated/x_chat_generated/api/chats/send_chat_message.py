from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.send_chat_message_request import SendChatMessageRequest
from ...models.send_chat_message_response import SendChatMessageResponse
from ...types import Response, status_code_of


def _get_kwargs(
    id: str,
    *,
    body: SendChatMessageRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/2/chat/conversations/{id}/messages".format(
            id=quote(str(id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> SendChatMessageResponse:
    if response.status_code == 201:
        response_201 = SendChatMessageResponse.from_dict(client.parse_json(response))

        return response_201

    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[SendChatMessageResponse]:
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
    body: SendChatMessageRequest,
) -> Response[SendChatMessageResponse]:
    """Send Chat Message

     Sends an encrypted message to a specific Chat conversation. For 1:1 conversations, provide the
    recipient's user ID; the server constructs the canonical conversation ID from the authenticated user
    and recipient.

    Args:
        id (str):
        body (SendChatMessageRequest):

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
        Response[SendChatMessageResponse]
    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
    )

    return client.send_request(
        kwargs, lambda response: _build_response(client=client, response=response), operation="send_chat_message"
    )


def sync(
    id: str,
    *,
    client: AuthenticatedClient,
    body: SendChatMessageRequest,
) -> SendChatMessageResponse:
    """Send Chat Message

     Sends an encrypted message to a specific Chat conversation. For 1:1 conversations, provide the
    recipient's user ID; the server constructs the canonical conversation ID from the authenticated user
    and recipient.

    Args:
        id (str):
        body (SendChatMessageRequest):

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
        SendChatMessageResponse
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
    body: SendChatMessageRequest,
) -> Response[SendChatMessageResponse]:
    """Send Chat Message

     Sends an encrypted message to a specific Chat conversation. For 1:1 conversations, provide the
    recipient's user ID; the server constructs the canonical conversation ID from the authenticated user
    and recipient.

    Args:
        id (str):
        body (SendChatMessageRequest):

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
        Response[SendChatMessageResponse]
    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
    )

    return await client.send_request_async(
        kwargs, lambda response: _build_response(client=client, response=response), operation="send_chat_message"
    )


async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient,
    body: SendChatMessageRequest,
) -> SendChatMessageResponse:
    """Send Chat Message

     Sends an encrypted message to a specific Chat conversation. For 1:1 conversations, provide the
    recipient's user ID; the server constructs the canonical conversation ID from the authenticated user
    and recipient.

    Args:
        id (str):
        body (SendChatMessageRequest):

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
        SendChatMessageResponse
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            body=body,
        )
    ).parsed
