from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.get_users_public_keys_response import GetUsersPublicKeysResponse
from ...models.public_key_field import PublicKeyField
from ...types import UNSET, Response, Unset, status_code_of


def _get_kwargs(
    *,
    ids: list[str],
    public_key_fields: list[PublicKeyField] | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_ids = ids

    params["ids"] = ",".join(map(str, json_ids))

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
        "url": "/2/users/public_keys",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> GetUsersPublicKeysResponse:
    if response.status_code == 200:
        response_200 = GetUsersPublicKeysResponse.from_dict(client.parse_json(response))

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[GetUsersPublicKeysResponse]:
    return Response(
        status_code=status_code_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    ids: list[str],
    public_key_fields: list[PublicKeyField] | Unset = UNSET,
) -> Response[GetUsersPublicKeysResponse]:
    """Get public keys

     Returns registered public keys for X Chat encryption for the specified users.

    Args:
        ids (list[str]):
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
        Response[GetUsersPublicKeysResponse]
    """

    kwargs = _get_kwargs(
        ids=ids,
        public_key_fields=public_key_fields,
    )

    return client.send_request(
        kwargs, lambda response: _build_response(client=client, response=response), operation="get_users_public_keys"
    )


def sync(
    *,
    client: AuthenticatedClient,
    ids: list[str],
    public_key_fields: list[PublicKeyField] | Unset = UNSET,
) -> GetUsersPublicKeysResponse:
    """Get public keys

     Returns registered public keys for X Chat encryption for the specified users.

    Args:
        ids (list[str]):
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
        GetUsersPublicKeysResponse
    """

    return sync_detailed(
        client=client,
        ids=ids,
        public_key_fields=public_key_fields,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    ids: list[str],
    public_key_fields: list[PublicKeyField] | Unset = UNSET,
) -> Response[GetUsersPublicKeysResponse]:
    """Get public keys

     Returns registered public keys for X Chat encryption for the specified users.

    Args:
        ids (list[str]):
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
        Response[GetUsersPublicKeysResponse]
    """

    kwargs = _get_kwargs(
        ids=ids,
        public_key_fields=public_key_fields,
    )

    return await client.send_request_async(
        kwargs, lambda response: _build_response(client=client, response=response), operation="get_users_public_keys"
    )


async def asyncio(
    *,
    client: AuthenticatedClient,
    ids: list[str],
    public_key_fields: list[PublicKeyField] | Unset = UNSET,
) -> GetUsersPublicKeysResponse:
    """Get public keys

     Returns registered public keys for X Chat encryption for the specified users.

    Args:
        ids (list[str]):
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
        GetUsersPublicKeysResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            ids=ids,
            public_key_fields=public_key_fields,
        )
    ).parsed
