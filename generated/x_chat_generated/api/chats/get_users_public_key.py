from typing import Any
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.generic_problem import GenericProblem
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


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | GetUsersPublicKeyResponse | GenericProblem:
    if response.status_code == 200:
        response_200 = GetUsersPublicKeyResponse.from_dict(client.parse_json(response))

        return response_200

    _media_type = response.headers.get("content-type", "").split(";")[0].strip().lower()
    if _media_type == "application/problem+json":
        return GenericProblem.from_dict(client.parse_json(response))

    response_default = Error.from_dict(client.parse_json(response))

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Error | GetUsersPublicKeyResponse | GenericProblem]:
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
) -> Response[Error | GetUsersPublicKeyResponse | GenericProblem]:
    """Get public keys

     Returns a user's registered public keys for X Chat encryption.

    Args:
        id (str): Unique identifier of a User Example: 2244994945.
        public_key_fields (list[PublicKeyField] | Unset): The fields available for a PublicKey
            object.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | GetUsersPublicKeyResponse | GenericProblem]
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
) -> Error | GetUsersPublicKeyResponse | GenericProblem | None:
    """Get public keys

     Returns a user's registered public keys for X Chat encryption.

    Args:
        id (str): Unique identifier of a User Example: 2244994945.
        public_key_fields (list[PublicKeyField] | Unset): The fields available for a PublicKey
            object.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | GetUsersPublicKeyResponse | GenericProblem
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
) -> Response[Error | GetUsersPublicKeyResponse | GenericProblem]:
    """Get public keys

     Returns a user's registered public keys for X Chat encryption.

    Args:
        id (str): Unique identifier of a User Example: 2244994945.
        public_key_fields (list[PublicKeyField] | Unset): The fields available for a PublicKey
            object.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | GetUsersPublicKeyResponse | GenericProblem]
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
) -> Error | GetUsersPublicKeyResponse | GenericProblem | None:
    """Get public keys

     Returns a user's registered public keys for X Chat encryption.

    Args:
        id (str): Unique identifier of a User Example: 2244994945.
        public_key_fields (list[PublicKeyField] | Unset): The fields available for a PublicKey
            object.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | GetUsersPublicKeyResponse | GenericProblem
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            public_key_fields=public_key_fields,
        )
    ).parsed
