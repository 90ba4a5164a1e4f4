from io import BytesIO
from typing import Any
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.problem import Problem
from ...types import File, Response, status_code_of


def _get_kwargs(
    conversation_id: str,
    media_hash_key: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/2/chat/media/{conversation_id}/{media_hash_key}".format(
            conversation_id=quote(str(conversation_id), safe=""),
            media_hash_key=quote(str(media_hash_key), safe=""),
        ),
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Error | File | Problem:
    _media_type = response.headers.get("content-type", "").split(";")[0].strip().lower()
    if response.status_code == 200:
        response_200 = File(payload=BytesIO(response.content))

        return response_200

    if _media_type == "application/problem+json":
        return Problem.from_dict(response.json())

    response_default = Error.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Error | File | Problem]:
    return Response(
        status_code=status_code_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    conversation_id: str,
    media_hash_key: str,
    *,
    client: AuthenticatedClient,
) -> Response[Error | File | Problem]:
    """Download Chat Media

     Downloads encrypted media bytes from an XChat conversation. The response body contains raw binary
    bytes with content type application/octet-stream, despite the application/json declaration here (a
    platform limitation).

    Args:
        conversation_id (str): Unique identifier of an Chat conversation. Format is either two
            user IDs separated by a hyphen (e.g., '1215441834412953600-1603419180975409153') for
            direct conversations, or 'g' followed by a numeric ID (e.g., 'g1234567890123456789') for
            group conversations. Example: 1215441834412953600-1603419180975409153.
        media_hash_key (str): The media hash key returned from the upload initialize step.
            Alphanumeric characters only. Example: AGgkIbPRTG.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | File | Problem]
    """

    kwargs = _get_kwargs(
        conversation_id=conversation_id,
        media_hash_key=media_hash_key,
    )

    response = client.get_httpx_client().request(
        **kwargs,
        auth=client._request_auth(),
    )

    return _build_response(client=client, response=response)


def sync(
    conversation_id: str,
    media_hash_key: str,
    *,
    client: AuthenticatedClient,
) -> Error | File | Problem | None:
    """Download Chat Media

     Downloads encrypted media bytes from an XChat conversation. The response body contains raw binary
    bytes with content type application/octet-stream, despite the application/json declaration here (a
    platform limitation).

    Args:
        conversation_id (str): Unique identifier of an Chat conversation. Format is either two
            user IDs separated by a hyphen (e.g., '1215441834412953600-1603419180975409153') for
            direct conversations, or 'g' followed by a numeric ID (e.g., 'g1234567890123456789') for
            group conversations. Example: 1215441834412953600-1603419180975409153.
        media_hash_key (str): The media hash key returned from the upload initialize step.
            Alphanumeric characters only. Example: AGgkIbPRTG.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | File | Problem
    """

    return sync_detailed(
        conversation_id=conversation_id,
        media_hash_key=media_hash_key,
        client=client,
    ).parsed


async def asyncio_detailed(
    conversation_id: str,
    media_hash_key: str,
    *,
    client: AuthenticatedClient,
) -> Response[Error | File | Problem]:
    """Download Chat Media

     Downloads encrypted media bytes from an XChat conversation. The response body contains raw binary
    bytes with content type application/octet-stream, despite the application/json declaration here (a
    platform limitation).

    Args:
        conversation_id (str): Unique identifier of an Chat conversation. Format is either two
            user IDs separated by a hyphen (e.g., '1215441834412953600-1603419180975409153') for
            direct conversations, or 'g' followed by a numeric ID (e.g., 'g1234567890123456789') for
            group conversations. Example: 1215441834412953600-1603419180975409153.
        media_hash_key (str): The media hash key returned from the upload initialize step.
            Alphanumeric characters only. Example: AGgkIbPRTG.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | File | Problem]
    """

    kwargs = _get_kwargs(
        conversation_id=conversation_id,
        media_hash_key=media_hash_key,
    )

    response = await client.get_async_httpx_client().request(
        **kwargs,
        auth=client._request_auth(),
    )

    return _build_response(client=client, response=response)


async def asyncio(
    conversation_id: str,
    media_hash_key: str,
    *,
    client: AuthenticatedClient,
) -> Error | File | Problem | None:
    """Download Chat Media

     Downloads encrypted media bytes from an XChat conversation. The response body contains raw binary
    bytes with content type application/octet-stream, despite the application/json declaration here (a
    platform limitation).

    Args:
        conversation_id (str): Unique identifier of an Chat conversation. Format is either two
            user IDs separated by a hyphen (e.g., '1215441834412953600-1603419180975409153') for
            direct conversations, or 'g' followed by a numeric ID (e.g., 'g1234567890123456789') for
            group conversations. Example: 1215441834412953600-1603419180975409153.
        media_hash_key (str): The media hash key returned from the upload initialize step.
            Alphanumeric characters only. Example: AGgkIbPRTG.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | File | Problem
    """

    return (
        await asyncio_detailed(
            conversation_id=conversation_id,
            media_hash_key=media_hash_key,
            client=client,
        )
    ).parsed
