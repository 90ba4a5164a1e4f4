from typing import Any
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.generic_problem import GenericProblem
from ...models.send_broadcast_chat_request import SendBroadcastChatRequest
from ...models.send_broadcast_chat_response import SendBroadcastChatResponse
from ...types import Response, status_code_of


def _get_kwargs(
    id: str,
    *,
    body: SendBroadcastChatRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/2/broadcasts/{id}/chat".format(
            id=quote(str(id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | SendBroadcastChatResponse | GenericProblem:
    if response.status_code == 200:
        response_200 = SendBroadcastChatResponse.from_dict(client.parse_json(response))

        return response_200

    _media_type = response.headers.get("content-type", "").split(";")[0].strip().lower()
    if _media_type == "application/problem+json":
        return GenericProblem.from_dict(client.parse_json(response))

    response_default = Error.from_dict(client.parse_json(response))

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Error | SendBroadcastChatResponse | GenericProblem]:
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
    body: SendBroadcastChatRequest,
) -> Response[Error | SendBroadcastChatResponse | GenericProblem]:
    """Send a chat message to a live broadcast

     Posts a chat message to a running broadcast, attributed to the authenticated user.

    Args:
        id (str):
        body (SendBroadcastChatRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | SendBroadcastChatResponse | GenericProblem]
    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
    )

    return client.send_request(
        kwargs, lambda response: _build_response(client=client, response=response), operation="send_broadcast_chat"
    )


def sync(
    id: str,
    *,
    client: AuthenticatedClient,
    body: SendBroadcastChatRequest,
) -> Error | SendBroadcastChatResponse | GenericProblem | None:
    """Send a chat message to a live broadcast

     Posts a chat message to a running broadcast, attributed to the authenticated user.

    Args:
        id (str):
        body (SendBroadcastChatRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | SendBroadcastChatResponse | GenericProblem
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
    body: SendBroadcastChatRequest,
) -> Response[Error | SendBroadcastChatResponse | GenericProblem]:
    """Send a chat message to a live broadcast

     Posts a chat message to a running broadcast, attributed to the authenticated user.

    Args:
        id (str):
        body (SendBroadcastChatRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | SendBroadcastChatResponse | GenericProblem]
    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
    )

    return await client.send_request_async(
        kwargs, lambda response: _build_response(client=client, response=response), operation="send_broadcast_chat"
    )


async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient,
    body: SendBroadcastChatRequest,
) -> Error | SendBroadcastChatResponse | GenericProblem | None:
    """Send a chat message to a live broadcast

     Posts a chat message to a running broadcast, attributed to the authenticated user.

    Args:
        id (str):
        body (SendBroadcastChatRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | SendBroadcastChatResponse | GenericProblem
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            body=body,
        )
    ).parsed
