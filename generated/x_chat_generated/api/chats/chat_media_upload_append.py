from typing import Any
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...models.chat_media_upload_append_request import ChatMediaUploadAppendRequest
from ...models.chat_media_upload_append_response import ChatMediaUploadAppendResponse
from ...models.error import Error
from ...models.generic_problem import GenericProblem
from ...types import Response, status_code_of


def _get_kwargs(
    id: str,
    *,
    body: ChatMediaUploadAppendRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/2/chat/media/upload/{id}/append".format(
            id=quote(str(id), safe=""),
        ),
    }

    _kwargs["files"] = body.to_multipart()

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ChatMediaUploadAppendResponse | Error | GenericProblem:
    if response.status_code == 200:
        response_200 = ChatMediaUploadAppendResponse.from_dict(client.parse_json(response))

        return response_200

    _media_type = response.headers.get("content-type", "").split(";")[0].strip().lower()
    if _media_type == "application/problem+json":
        return GenericProblem.from_dict(client.parse_json(response))

    response_default = Error.from_dict(client.parse_json(response))

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ChatMediaUploadAppendResponse | Error | GenericProblem]:
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
    body: ChatMediaUploadAppendRequest,
) -> Response[ChatMediaUploadAppendResponse | Error | GenericProblem]:
    """Append Chat Media Upload

     Appends media data to an XChat upload session.

    Args:
        id (str):
        body (ChatMediaUploadAppendRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ChatMediaUploadAppendResponse | Error | GenericProblem]
    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
    )

    return client.send_request(
        kwargs, lambda response: _build_response(client=client, response=response), operation="chat_media_upload_append"
    )


def sync(
    id: str,
    *,
    client: AuthenticatedClient,
    body: ChatMediaUploadAppendRequest,
) -> ChatMediaUploadAppendResponse | Error | GenericProblem | None:
    """Append Chat Media Upload

     Appends media data to an XChat upload session.

    Args:
        id (str):
        body (ChatMediaUploadAppendRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ChatMediaUploadAppendResponse | Error | GenericProblem
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
    body: ChatMediaUploadAppendRequest,
) -> Response[ChatMediaUploadAppendResponse | Error | GenericProblem]:
    """Append Chat Media Upload

     Appends media data to an XChat upload session.

    Args:
        id (str):
        body (ChatMediaUploadAppendRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ChatMediaUploadAppendResponse | Error | GenericProblem]
    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
    )

    return await client.send_request_async(
        kwargs, lambda response: _build_response(client=client, response=response), operation="chat_media_upload_append"
    )


async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient,
    body: ChatMediaUploadAppendRequest,
) -> ChatMediaUploadAppendResponse | Error | GenericProblem | None:
    """Append Chat Media Upload

     Appends media data to an XChat upload session.

    Args:
        id (str):
        body (ChatMediaUploadAppendRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ChatMediaUploadAppendResponse | Error | GenericProblem
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            body=body,
        )
    ).parsed
