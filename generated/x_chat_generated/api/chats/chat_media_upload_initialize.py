from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.chat_media_upload_initialize_request import ChatMediaUploadInitializeRequest
from ...models.chat_media_upload_initialize_response import ChatMediaUploadInitializeResponse
from ...types import Response, status_code_of


def _get_kwargs(
    *,
    body: ChatMediaUploadInitializeRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/2/chat/media/upload/initialize",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ChatMediaUploadInitializeResponse:
    if response.status_code == 200:
        response_200 = ChatMediaUploadInitializeResponse.from_dict(client.parse_json(response))

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ChatMediaUploadInitializeResponse]:
    return Response(
        status_code=status_code_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: ChatMediaUploadInitializeRequest,
) -> Response[ChatMediaUploadInitializeResponse]:
    """Initialize Chat Media Upload

     Initializes an XChat media upload session.

    Args:
        body (ChatMediaUploadInitializeRequest):

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
        Response[ChatMediaUploadInitializeResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    return client.send_request(
        kwargs,
        lambda response: _build_response(client=client, response=response),
        operation="chat_media_upload_initialize",
    )


def sync(
    *,
    client: AuthenticatedClient,
    body: ChatMediaUploadInitializeRequest,
) -> ChatMediaUploadInitializeResponse:
    """Initialize Chat Media Upload

     Initializes an XChat media upload session.

    Args:
        body (ChatMediaUploadInitializeRequest):

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
        ChatMediaUploadInitializeResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: ChatMediaUploadInitializeRequest,
) -> Response[ChatMediaUploadInitializeResponse]:
    """Initialize Chat Media Upload

     Initializes an XChat media upload session.

    Args:
        body (ChatMediaUploadInitializeRequest):

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
        Response[ChatMediaUploadInitializeResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    return await client.send_request_async(
        kwargs,
        lambda response: _build_response(client=client, response=response),
        operation="chat_media_upload_initialize",
    )


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: ChatMediaUploadInitializeRequest,
) -> ChatMediaUploadInitializeResponse:
    """Initialize Chat Media Upload

     Initializes an XChat media upload session.

    Args:
        body (ChatMediaUploadInitializeRequest):

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
        ChatMediaUploadInitializeResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
