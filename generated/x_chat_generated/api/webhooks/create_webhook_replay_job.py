from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_webhook_replay_job_request import CreateWebhookReplayJobRequest
from ...models.create_webhook_replay_job_response import CreateWebhookReplayJobResponse
from ...types import Response, status_code_of


def _get_kwargs(
    *,
    body: CreateWebhookReplayJobRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/2/webhooks/replay",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CreateWebhookReplayJobResponse:
    if response.status_code == 200:
        response_200 = CreateWebhookReplayJobResponse.from_dict(client.parse_json(response))

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[CreateWebhookReplayJobResponse]:
    return Response(
        status_code=status_code_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: CreateWebhookReplayJobRequest,
) -> Response[CreateWebhookReplayJobResponse]:
    """Create replay job for webhook

     Creates a replay job to retrieve events from up to the past 24 hours for all events delivered or
    attempted to be delivered to the webhook.

    Args:
        body (CreateWebhookReplayJobRequest):

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
        Response[CreateWebhookReplayJobResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    return client.send_request(
        kwargs,
        lambda response: _build_response(client=client, response=response),
        operation="create_webhook_replay_job",
    )


def sync(
    *,
    client: AuthenticatedClient,
    body: CreateWebhookReplayJobRequest,
) -> CreateWebhookReplayJobResponse:
    """Create replay job for webhook

     Creates a replay job to retrieve events from up to the past 24 hours for all events delivered or
    attempted to be delivered to the webhook.

    Args:
        body (CreateWebhookReplayJobRequest):

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
        CreateWebhookReplayJobResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: CreateWebhookReplayJobRequest,
) -> Response[CreateWebhookReplayJobResponse]:
    """Create replay job for webhook

     Creates a replay job to retrieve events from up to the past 24 hours for all events delivered or
    attempted to be delivered to the webhook.

    Args:
        body (CreateWebhookReplayJobRequest):

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
        Response[CreateWebhookReplayJobResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    return await client.send_request_async(
        kwargs,
        lambda response: _build_response(client=client, response=response),
        operation="create_webhook_replay_job",
    )


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: CreateWebhookReplayJobRequest,
) -> CreateWebhookReplayJobResponse:
    """Create replay job for webhook

     Creates a replay job to retrieve events from up to the past 24 hours for all events delivered or
    attempted to be delivered to the webhook.

    Args:
        body (CreateWebhookReplayJobRequest):

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
        CreateWebhookReplayJobResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
