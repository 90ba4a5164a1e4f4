from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.get_webhooks_response import GetWebhooksResponse
from ...models.webhook_config_field import WebhookConfigField
from ...types import UNSET, Response, Unset, status_code_of


def _get_kwargs(
    *,
    webhook_config_fields: list[WebhookConfigField] | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_webhook_config_fields: list[str] | Unset = UNSET
    if not isinstance(webhook_config_fields, Unset):
        json_webhook_config_fields = []
        for webhook_config_fields_item_data in webhook_config_fields:
            webhook_config_fields_item = webhook_config_fields_item_data.value
            json_webhook_config_fields.append(webhook_config_fields_item)

    if not isinstance(json_webhook_config_fields, Unset):
        params["webhook_config.fields"] = ",".join(map(str, json_webhook_config_fields))

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/2/webhooks",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> GetWebhooksResponse:
    if response.status_code == 200:
        response_200 = GetWebhooksResponse.from_dict(client.parse_json(response))

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[GetWebhooksResponse]:
    return Response(
        status_code=status_code_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    webhook_config_fields: list[WebhookConfigField] | Unset = UNSET,
) -> Response[GetWebhooksResponse]:
    """Get webhook

     Get a list of webhook configs associated with a client app.

    Args:
        webhook_config_fields (list[WebhookConfigField] | Unset): The fields available for a
            WebhookConfig object.

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
        Response[GetWebhooksResponse]
    """

    kwargs = _get_kwargs(
        webhook_config_fields=webhook_config_fields,
    )

    return client.send_request(
        kwargs, lambda response: _build_response(client=client, response=response), operation="get_webhooks"
    )


def sync(
    *,
    client: AuthenticatedClient,
    webhook_config_fields: list[WebhookConfigField] | Unset = UNSET,
) -> GetWebhooksResponse:
    """Get webhook

     Get a list of webhook configs associated with a client app.

    Args:
        webhook_config_fields (list[WebhookConfigField] | Unset): The fields available for a
            WebhookConfig object.

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
        GetWebhooksResponse
    """

    return sync_detailed(
        client=client,
        webhook_config_fields=webhook_config_fields,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    webhook_config_fields: list[WebhookConfigField] | Unset = UNSET,
) -> Response[GetWebhooksResponse]:
    """Get webhook

     Get a list of webhook configs associated with a client app.

    Args:
        webhook_config_fields (list[WebhookConfigField] | Unset): The fields available for a
            WebhookConfig object.

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
        Response[GetWebhooksResponse]
    """

    kwargs = _get_kwargs(
        webhook_config_fields=webhook_config_fields,
    )

    return await client.send_request_async(
        kwargs, lambda response: _build_response(client=client, response=response), operation="get_webhooks"
    )


async def asyncio(
    *,
    client: AuthenticatedClient,
    webhook_config_fields: list[WebhookConfigField] | Unset = UNSET,
) -> GetWebhooksResponse:
    """Get webhook

     Get a list of webhook configs associated with a client app.

    Args:
        webhook_config_fields (list[WebhookConfigField] | Unset): The fields available for a
            WebhookConfig object.

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
        GetWebhooksResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            webhook_config_fields=webhook_config_fields,
        )
    ).parsed
