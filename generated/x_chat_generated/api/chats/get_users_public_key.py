from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.get_users_public_key_response import GetUsersPublicKeyResponse
from ...models.public_key_field import PublicKeyField
from ...types import UNSET, Response, Unset, status_code_of


def _get_kwargs(
    id: str,
    *,
    public_key_fields: list[PublicKeyField] | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_public_key_fields: list[str] | Unset = UNSET
    if not isinstance(public_key_fields, Unset):
        json_public_key_fields = []
        for public_key_fields_item_data in public_key_fields:
            public_key_fields_item = public_key_fields_item_data.value
            json_public_key_fields.append(public_key_fields_item)

    if not isinstance(json_public_key_fields, Unset):
        params["public_key.fields"] = ",".join(map(str, json_public_key_fields))

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/2/users/{id}/public_keys".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> GetUsersPublicKeyResponse:
    if response.status_code == 200:
        response_200 = GetUsersPublicKeyResponse.from_dict(client.parse_json(response))

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[GetUsersPublicKeyResponse]:
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
    public_key_fields: list[PublicKeyField] | Unset = UNSET,
) -> Response[GetUsersPublicKeyResponse]:
    """Get public keys

     Returns a user's registered public keys for X Chat encryption.

    Args:
        id (str): Unique identifier of a User Example: 2244994945.
        public_key_fields (list[PublicKeyField] | Unset): The fields available for a PublicKey
            object.

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
        Response[GetUsersPublicKeyResponse]
    """

    kwargs = _get_kwargs(
        id=id,
        public_key_fields=public_key_fields,
    )

    return client.send_request(
        kwargs, lambda response: _build_response(client=client, response=response), operation="get_users_public_key"
    )


def sync(
    id: str,
    *,
    client: AuthenticatedClient,
    public_key_fields: list[PublicKeyField] | Unset = UNSET,
) -> GetUsersPublicKeyResponse:
    """Get public keys

     Returns a user's registered public keys for X Chat encryption.

    Args:
        id (str): Unique identifier of a User Example: 2244994945.
        public_key_fields (list[PublicKeyField] | Unset): The fields available for a PublicKey
            object.

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
        GetUsersPublicKeyResponse
    """

    return sync_detailed(
        id=id,
        client=client,
        public_key_fields=public_key_fields,
    ).parsed


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient,
    public_key_fields: list[PublicKeyField] | Unset = UNSET,
) -> Response[GetUsersPublicKeyResponse]:
    """Get public keys

     Returns a user's registered public keys for X Chat encryption.

    Args:
        id (str): Unique identifier of a User Example: 2244994945.
        public_key_fields (list[PublicKeyField] | Unset): The fields available for a PublicKey
            object.

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
        Response[GetUsersPublicKeyResponse]
    """

    kwargs = _get_kwargs(
        id=id,
        public_key_fields=public_key_fields,
    )

    return await client.send_request_async(
        kwargs, lambda response: _build_response(client=client, response=response), operation="get_users_public_key"
    )


async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient,
    public_key_fields: list[PublicKeyField] | Unset = UNSET,
) -> GetUsersPublicKeyResponse:
    """Get public keys

     Returns a user's registered public keys for X Chat encryption.

    Args:
        id (str): Unique identifier of a User Example: 2244994945.
        public_key_fields (list[PublicKeyField] | Unset): The fields available for a PublicKey
            object.

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
        GetUsersPublicKeyResponse
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            public_key_fields=public_key_fields,
        )
    ).parsed
