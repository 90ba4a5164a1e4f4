from io import BytesIO
from typing import Any
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.generic_problem import GenericProblem
from ...types import File, Response, status_code_of


def _get_kwargs(
    id: str,
    media_hash_key: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/2/chat/media/{id}/{media_hash_key}".format(
            id=quote(str(id), safe=""),
            media_hash_key=quote(str(media_hash_key), safe=""),
        ),
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Error | File | GenericProblem:
    if response.status_code == 200:
        response_200 = File(payload=BytesIO(response.content))

        return response_200

    _media_type = response.headers.get("content-type", "").split(";")[0].strip().lower()
    if _media_type == "application/problem+json":
        return GenericProblem.from_dict(client.parse_json(response))

    response_default = Error.from_dict(client.parse_json(response))

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Error | File | GenericProblem]:
    return Response(
        status_code=status_code_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    id: str,
    media_hash_key: str,
    *,
    client: AuthenticatedClient,
) -> Response[Error | File | GenericProblem]:
    """Download Chat Media

     Downloads encrypted media bytes from an XChat conversation. The response body contains raw binary
    bytes.

    Args:
        id (str):
        media_hash_key (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | File | GenericProblem]
    """

    kwargs = _get_kwargs(
        id=id,
        media_hash_key=media_hash_key,
    )

    return client.send_request(
        kwargs, lambda response: _build_response(client=client, response=response), operation="chat_media_download"
    )


def sync(
    id: str,
    media_hash_key: str,
    *,
    client: AuthenticatedClient,
) -> Error | File | GenericProblem | None:
    """Download Chat Media

     Downloads encrypted media bytes from an XChat conversation. The response body contains raw binary
    bytes.

    Args:
        id (str):
        media_hash_key (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | File | GenericProblem
    """

    return sync_detailed(
        id=id,
        media_hash_key=media_hash_key,
        client=client,
    ).parsed


async def asyncio_detailed(
    id: str,
    media_hash_key: str,
    *,
    client: AuthenticatedClient,
) -> Response[Error | File | GenericProblem]:
    """Download Chat Media

     Downloads encrypted media bytes from an XChat conversation. The response body contains raw binary
    bytes.

    Args:
        id (str):
        media_hash_key (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | File | GenericProblem]
    """

    kwargs = _get_kwargs(
        id=id,
        media_hash_key=media_hash_key,
    )

    return await client.send_request_async(
        kwargs, lambda response: _build_response(client=client, response=response), operation="chat_media_download"
    )


async def asyncio(
    id: str,
    media_hash_key: str,
    *,
    client: AuthenticatedClient,
) -> Error | File | GenericProblem | None:
    """Download Chat Media

     Downloads encrypted media bytes from an XChat conversation. The response body contains raw binary
    bytes.

    Args:
        id (str):
        media_hash_key (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | File | GenericProblem
    """

    return (
        await asyncio_detailed(
            id=id,
            media_hash_key=media_hash_key,
            client=client,
        )
    ).parsed
