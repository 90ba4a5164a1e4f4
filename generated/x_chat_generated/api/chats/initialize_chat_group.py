from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.generic_problem import GenericProblem
from ...models.initialize_chat_group_response import InitializeChatGroupResponse
from ...types import Response, status_code_of


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/2/chat/conversations/group/initialize",
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | InitializeChatGroupResponse | GenericProblem:
    if response.status_code == 200:
        response_200 = InitializeChatGroupResponse.from_dict(client.parse_json(response))

        return response_200

    _media_type = response.headers.get("content-type", "").split(";")[0].strip().lower()
    if _media_type == "application/problem+json":
        return GenericProblem.from_dict(client.parse_json(response))

    response_default = Error.from_dict(client.parse_json(response))

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Error | InitializeChatGroupResponse | GenericProblem]:
    return Response(
        status_code=status_code_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
) -> Response[Error | InitializeChatGroupResponse | GenericProblem]:
    """Initialize Chat Group

     Initializes a new Chat group conversation and returns a unique conversation ID. Use the returned
    conversation_id in a subsequent POST /chat/conversations/group call to fully create and configure
    the group.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | InitializeChatGroupResponse | GenericProblem]
    """

    kwargs = _get_kwargs()

    return client.send_request(
        kwargs, lambda response: _build_response(client=client, response=response), operation="initialize_chat_group"
    )


def sync(
    *,
    client: AuthenticatedClient,
) -> Error | InitializeChatGroupResponse | GenericProblem | None:
    """Initialize Chat Group

     Initializes a new Chat group conversation and returns a unique conversation ID. Use the returned
    conversation_id in a subsequent POST /chat/conversations/group call to fully create and configure
    the group.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | InitializeChatGroupResponse | GenericProblem
    """

    return sync_detailed(
        client=client,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
) -> Response[Error | InitializeChatGroupResponse | GenericProblem]:
    """Initialize Chat Group

     Initializes a new Chat group conversation and returns a unique conversation ID. Use the returned
    conversation_id in a subsequent POST /chat/conversations/group call to fully create and configure
    the group.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | InitializeChatGroupResponse | GenericProblem]
    """

    kwargs = _get_kwargs()

    return await client.send_request_async(
        kwargs, lambda response: _build_response(client=client, response=response), operation="initialize_chat_group"
    )


async def asyncio(
    *,
    client: AuthenticatedClient,
) -> Error | InitializeChatGroupResponse | GenericProblem | None:
    """Initialize Chat Group

     Initializes a new Chat group conversation and returns a unique conversation ID. Use the returned
    conversation_id in a subsequent POST /chat/conversations/group call to fully create and configure
    the group.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | InitializeChatGroupResponse | GenericProblem
    """

    return (
        await asyncio_detailed(
            client=client,
        )
    ).parsed
