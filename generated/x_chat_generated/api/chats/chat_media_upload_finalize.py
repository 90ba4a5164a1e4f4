from typing import Any
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...models.chat_media_upload_finalize_request import ChatMediaUploadFinalizeRequest
from ...models.chat_media_upload_finalize_response import ChatMediaUploadFinalizeResponse
from ...models.error import Error
from ...models.generic_problem import GenericProblem
from ...types import Response, status_code_of


def _get_kwargs(
    id: str,
    *,
    body: ChatMediaUploadFinalizeRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/2/chat/media/upload/{id}/finalize".format(
            id=quote(str(id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ChatMediaUploadFinalizeResponse | Error | GenericProblem:
    if response.status_code == 200:
        response_200 = ChatMediaUploadFinalizeResponse.from_dict(client.parse_json(response))

        return response_200

    _media_type = response.headers.get("content-type", "").split(";")[0].strip().lower()
    if _media_type == "application/problem+json":
        return GenericProblem.from_dict(client.parse_json(response))

    response_default = Error.from_dict(client.parse_json(response))

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ChatMediaUploadFinalizeResponse | Error | GenericProblem]:
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
    body: ChatMediaUploadFinalizeRequest,
) -> Response[ChatMediaUploadFinalizeResponse | Error | GenericProblem]:
    """Finalize Chat Media Upload

     Finalizes an XChat media upload session.

    Args:
        id (str):
        body (ChatMediaUploadFinalizeRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ChatMediaUploadFinalizeResponse | Error | GenericProblem]
    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
    )

    return client.send_request(
        kwargs,
        lambda response: _build_response(client=client, response=response),
        operation="chat_media_upload_finalize",
    )


def sync(
    id: str,
    *,
    client: AuthenticatedClient,
    body: ChatMediaUploadFinalizeRequest,
) -> ChatMediaUploadFinalizeResponse | Error | GenericProblem | None:
    """Finalize Chat Media Upload

     Finalizes an XChat media upload session.

    Args:
        id (str):
        body (ChatMediaUploadFinalizeRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ChatMediaUploadFinalizeResponse | Error | GenericProblem
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
    body: ChatMediaUploadFinalizeRequest,
) -> Response[ChatMediaUploadFinalizeResponse | Error | GenericProblem]:
    """Finalize Chat Media Upload

     Finalizes an XChat media upload session.

    Args:
        id (str):
        body (ChatMediaUploadFinalizeRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ChatMediaUploadFinalizeResponse | Error | GenericProblem]
    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
    )

    return await client.send_request_async(
        kwargs,
        lambda response: _build_response(client=client, response=response),
        operation="chat_media_upload_finalize",
    )


async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient,
    body: ChatMediaUploadFinalizeRequest,
) -> ChatMediaUploadFinalizeResponse | Error | GenericProblem | None:
    """Finalize Chat Media Upload

     Finalizes an XChat media upload session.

    Args:
        id (str):
        body (ChatMediaUploadFinalizeRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ChatMediaUploadFinalizeResponse | Error | GenericProblem
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            body=body,
        )
    ).parsed
