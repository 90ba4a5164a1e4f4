from collections.abc import Awaitable, Callable
from io import BytesIO
from typing import Any, TypeVar
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
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


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> File:
    if response.status_code == 200:
        response_200 = File(payload=BytesIO(response.content))

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[File]:
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
) -> Response[File]:
    """Download Chat Media

     Downloads encrypted media bytes from an XChat conversation. The response body contains raw binary
    bytes.

    Args:
        id (str):
        media_hash_key (str):

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
        Response[File]
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
) -> File:
    """Download Chat Media

     Downloads encrypted media bytes from an XChat conversation. The response body contains raw binary
    bytes.

    Args:
        id (str):
        media_hash_key (str):

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
        File
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
) -> Response[File]:
    """Download Chat Media

     Downloads encrypted media bytes from an XChat conversation. The response body contains raw binary
    bytes.

    Args:
        id (str):
        media_hash_key (str):

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
        Response[File]
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
) -> File:
    """Download Chat Media

     Downloads encrypted media bytes from an XChat conversation. The response body contains raw binary
    bytes.

    Args:
        id (str):
        media_hash_key (str):

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
        File
    """

    return (
        await asyncio_detailed(
            id=id,
            media_hash_key=media_hash_key,
            client=client,
        )
    ).parsed


T = TypeVar("T")


def sync_stream(
    id: str,
    media_hash_key: str,
    *,
    client: AuthenticatedClient,
    receive: Callable[[httpx.Response], T],
) -> T:
    """Download Chat Media, streamed: ``receive`` reads the body of the
    success response (``response.iter_bytes()``) and its result is returned.

    Args:
        receive: Reads the streamed success response; called again from the start if the connection
            breaks mid-body and the client retries.
    """

    kwargs = _get_kwargs(
        id=id,
        media_hash_key=media_hash_key,
    )

    return client.stream_request(kwargs, receive, operation="chat_media_download")


async def asyncio_stream(
    id: str,
    media_hash_key: str,
    *,
    client: AuthenticatedClient,
    receive: Callable[[httpx.Response], Awaitable[T]],
) -> T:
    """The asyncio twin of `sync_stream` (``receive`` reads ``response.aiter_bytes()``).

    Args:
        receive: Reads the streamed success response; called again from the start if the connection
            breaks mid-body and the client retries.
    """

    kwargs = _get_kwargs(
        id=id,
        media_hash_key=media_hash_key,
    )

    return await client.stream_request_async(kwargs, receive, operation="chat_media_download")
