from typing import Any
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...models.chat_media_upload_append_json_request import ChatMediaUploadAppendJsonRequest
from ...models.chat_media_upload_append_multipart_request import ChatMediaUploadAppendMultipartRequest
from ...models.error import Error
from ...models.media_upload_append_response import MediaUploadAppendResponse
from ...models.problem import Problem
from ...types import Response, status_code_of


def _get_kwargs(
    id: str,
    *,
    body: ChatMediaUploadAppendJsonRequest | ChatMediaUploadAppendMultipartRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/2/chat/media/upload/{id}/append".format(
            id=quote(str(id), safe=""),
        ),
    }

    if isinstance(body, ChatMediaUploadAppendJsonRequest):
        _kwargs["json"] = body.to_dict()

        headers["Content-Type"] = "application/json"
    elif isinstance(body, ChatMediaUploadAppendMultipartRequest):
        _kwargs["files"] = body.to_multipart()

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | MediaUploadAppendResponse | Problem:
    _media_type = response.headers.get("content-type", "").split(";")[0].strip().lower()
    if response.status_code == 200:
        response_200 = MediaUploadAppendResponse.from_dict(response.json())

        return response_200

    if _media_type == "application/problem+json":
        return Problem.from_dict(response.json())

    response_default = Error.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Error | MediaUploadAppendResponse | Problem]:
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
    body: ChatMediaUploadAppendJsonRequest | ChatMediaUploadAppendMultipartRequest,
) -> Response[Error | MediaUploadAppendResponse | Problem]:
    """Append Chat Media Upload

     Appends media data to an XChat upload session.

    Args:
        id (str):
        body (ChatMediaUploadAppendJsonRequest):
        body (ChatMediaUploadAppendMultipartRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | MediaUploadAppendResponse | Problem]
    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
        auth=client._request_auth(),
    )

    return _build_response(client=client, response=response)


def sync(
    id: str,
    *,
    client: AuthenticatedClient,
    body: ChatMediaUploadAppendJsonRequest | ChatMediaUploadAppendMultipartRequest,
) -> Error | MediaUploadAppendResponse | Problem | None:
    """Append Chat Media Upload

     Appends media data to an XChat upload session.

    Args:
        id (str):
        body (ChatMediaUploadAppendJsonRequest):
        body (ChatMediaUploadAppendMultipartRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | MediaUploadAppendResponse | Problem
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
    body: ChatMediaUploadAppendJsonRequest | ChatMediaUploadAppendMultipartRequest,
) -> Response[Error | MediaUploadAppendResponse | Problem]:
    """Append Chat Media Upload

     Appends media data to an XChat upload session.

    Args:
        id (str):
        body (ChatMediaUploadAppendJsonRequest):
        body (ChatMediaUploadAppendMultipartRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | MediaUploadAppendResponse | Problem]
    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(
        **kwargs,
        auth=client._request_auth(),
    )

    return _build_response(client=client, response=response)


async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient,
    body: ChatMediaUploadAppendJsonRequest | ChatMediaUploadAppendMultipartRequest,
) -> Error | MediaUploadAppendResponse | Problem | None:
    """Append Chat Media Upload

     Appends media data to an XChat upload session.

    Args:
        id (str):
        body (ChatMediaUploadAppendJsonRequest):
        body (ChatMediaUploadAppendMultipartRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | MediaUploadAppendResponse | Problem
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            body=body,
        )
    ).parsed
