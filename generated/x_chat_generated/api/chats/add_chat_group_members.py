from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.add_chat_group_members_request import AddChatGroupMembersRequest
from ...models.add_chat_group_members_response import AddChatGroupMembersResponse
from ...types import Response, status_code_of


def _get_kwargs(
    id: str,
    *,
    body: AddChatGroupMembersRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/2/chat/conversations/{id}/members".format(
            id=quote(str(id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> AddChatGroupMembersResponse:
    if response.status_code == 200:
        response_200 = AddChatGroupMembersResponse.from_dict(client.parse_json(response))

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[AddChatGroupMembersResponse]:
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
    body: AddChatGroupMembersRequest,
) -> Response[AddChatGroupMembersResponse]:
    """Add members to a Chat group conversation

     Adds one or more members to an existing encrypted Chat group conversation, rotating the conversation
    key.

    Args:
        id (str):
        body (AddChatGroupMembersRequest):

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
        Response[AddChatGroupMembersResponse]
    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
    )

    return client.send_request(
        kwargs, lambda response: _build_response(client=client, response=response), operation="add_chat_group_members"
    )


def sync(
    id: str,
    *,
    client: AuthenticatedClient,
    body: AddChatGroupMembersRequest,
) -> AddChatGroupMembersResponse:
    """Add members to a Chat group conversation

     Adds one or more members to an existing encrypted Chat group conversation, rotating the conversation
    key.

    Args:
        id (str):
        body (AddChatGroupMembersRequest):

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
        AddChatGroupMembersResponse
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
    body: AddChatGroupMembersRequest,
) -> Response[AddChatGroupMembersResponse]:
    """Add members to a Chat group conversation

     Adds one or more members to an existing encrypted Chat group conversation, rotating the conversation
    key.

    Args:
        id (str):
        body (AddChatGroupMembersRequest):

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
        Response[AddChatGroupMembersResponse]
    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
    )

    return await client.send_request_async(
        kwargs, lambda response: _build_response(client=client, response=response), operation="add_chat_group_members"
    )


async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient,
    body: AddChatGroupMembersRequest,
) -> AddChatGroupMembersResponse:
    """Add members to a Chat group conversation

     Adds one or more members to an existing encrypted Chat group conversation, rotating the conversation
    key.

    Args:
        id (str):
        body (AddChatGroupMembersRequest):

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
        AddChatGroupMembersResponse
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            body=body,
        )
    ).parsed
