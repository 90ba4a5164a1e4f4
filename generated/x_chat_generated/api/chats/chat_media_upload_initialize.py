from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.chat_media_upload_initialize_request import ChatMediaUploadInitializeRequest
from ...models.chat_media_upload_initialize_response import ChatMediaUploadInitializeResponse
from ...models.error import Error
from ...models.generic_problem import GenericProblem
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
) -> ChatMediaUploadInitializeResponse | Error | GenericProblem:
    if response.status_code == 200:
        response_200 = ChatMediaUploadInitializeResponse.from_dict(client.parse_json(response))

        return response_200

    _media_type = response.headers.get("content-type", "").split(";")[0].strip().lower()
    if _media_type == "application/problem+json":
        return GenericProblem.from_dict(client.parse_json(response))

    response_default = Error.from_dict(client.parse_json(response))

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ChatMediaUploadInitializeResponse | Error | GenericProblem]:
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
) -> Response[ChatMediaUploadInitializeResponse | Error | GenericProblem]:
    """Initialize Chat Media Upload

     Initializes an XChat media upload session.

    Args:
        body (ChatMediaUploadInitializeRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ChatMediaUploadInitializeResponse | Error | GenericProblem]
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
) -> ChatMediaUploadInitializeResponse | Error | GenericProblem | None:
    """Initialize Chat Media Upload

     Initializes an XChat media upload session.

    Args:
        body (ChatMediaUploadInitializeRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ChatMediaUploadInitializeResponse | Error | GenericProblem
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: ChatMediaUploadInitializeRequest,
) -> Response[ChatMediaUploadInitializeResponse | Error | GenericProblem]:
    """Initialize Chat Media Upload

     Initializes an XChat media upload session.

    Args:
        body (ChatMediaUploadInitializeRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ChatMediaUploadInitializeResponse | Error | GenericProblem]
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
) -> ChatMediaUploadInitializeResponse | Error | GenericProblem | None:
    """Initialize Chat Media Upload

     Initializes an XChat media upload session.

    Args:
        body (ChatMediaUploadInitializeRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ChatMediaUploadInitializeResponse | Error | GenericProblem
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
