from typing import Any
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.generic_problem import GenericProblem
from ...models.send_chat_typing_indicator_response import SendChatTypingIndicatorResponse
from ...types import Response, status_code_of


def _get_kwargs(
    id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/2/chat/conversations/{id}/typing".format(
            id=quote(str(id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | SendChatTypingIndicatorResponse | GenericProblem:
    if response.status_code == 200:
        response_200 = SendChatTypingIndicatorResponse.from_dict(client.parse_json(response))

        return response_200

    _media_type = response.headers.get("content-type", "").split(";")[0].strip().lower()
    if _media_type == "application/problem+json":
        return GenericProblem.from_dict(client.parse_json(response))

    response_default = Error.from_dict(client.parse_json(response))

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Error | SendChatTypingIndicatorResponse | GenericProblem]:
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
) -> Response[Error | SendChatTypingIndicatorResponse | GenericProblem]:
    """Send Typing Indicator

     Sends a typing indicator to a specific Chat conversation on behalf of the authenticated user. For
    1:1 conversations, provide the recipient's user ID; the server constructs the canonical conversation
    ID from the authenticated user and recipient.

    Args:
        id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | SendChatTypingIndicatorResponse | GenericProblem]
    """

    kwargs = _get_kwargs(
        id=id,
    )

    return client.send_request(
        kwargs,
        lambda response: _build_response(client=client, response=response),
        operation="send_chat_typing_indicator",
    )


def sync(
    id: str,
    *,
    client: AuthenticatedClient,
) -> Error | SendChatTypingIndicatorResponse | GenericProblem | None:
    """Send Typing Indicator

     Sends a typing indicator to a specific Chat conversation on behalf of the authenticated user. For
    1:1 conversations, provide the recipient's user ID; the server constructs the canonical conversation
    ID from the authenticated user and recipient.

    Args:
        id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | SendChatTypingIndicatorResponse | GenericProblem
    """

    return sync_detailed(
        id=id,
        client=client,
    ).parsed


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient,
) -> Response[Error | SendChatTypingIndicatorResponse | GenericProblem]:
    """Send Typing Indicator

     Sends a typing indicator to a specific Chat conversation on behalf of the authenticated user. For
    1:1 conversations, provide the recipient's user ID; the server constructs the canonical conversation
    ID from the authenticated user and recipient.

    Args:
        id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | SendChatTypingIndicatorResponse | GenericProblem]
    """

    kwargs = _get_kwargs(
        id=id,
    )

    return await client.send_request_async(
        kwargs,
        lambda response: _build_response(client=client, response=response),
        operation="send_chat_typing_indicator",
    )


async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient,
) -> Error | SendChatTypingIndicatorResponse | GenericProblem | None:
    """Send Typing Indicator

     Sends a typing indicator to a specific Chat conversation on behalf of the authenticated user. For
    1:1 conversations, provide the recipient's user ID; the server constructs the canonical conversation
    ID from the authenticated user and recipient.

    Args:
        id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | SendChatTypingIndicatorResponse | GenericProblem
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
        )
    ).parsed
