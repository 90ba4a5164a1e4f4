"""X Activity API subscriptions (``/2/activity/subscriptions``) and the webhooks that receive their
events (``/2/webhooks``): what to be told about, and where."""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable, Mapping
from datetime import UTC, datetime, timedelta
from typing import Any, Unpack
from urllib.parse import urlsplit

from x_chat_generated.api.activity import (
    create_activity_subscription,
    delete_activity_subscription,
    get_activity_subscriptions,
    update_activity_subscription,
)
from x_chat_generated.api.webhooks import (
    create_webhook_replay_job,
    create_webhooks,
    delete_webhooks,
    get_webhooks,
    validate_webhooks,
)
from x_chat_generated.models.create_activity_subscription_filter import CreateActivitySubscriptionFilter
from x_chat_generated.models.create_activity_subscription_request import CreateActivitySubscriptionRequest
from x_chat_generated.models.create_activity_subscription_request_event_type import (
    CreateActivitySubscriptionRequestEventType,
)
from x_chat_generated.models.create_webhook_replay_job_request import CreateWebhookReplayJobRequest
from x_chat_generated.models.create_webhooks_request import CreateWebhooksRequest
from x_chat_generated.models.update_activity_subscription_request import UpdateActivitySubscriptionRequest

from .._arguments import _is_loopback, check_limit
from .._call import RequestOptions, per_call
from .._responses import result_of
from ..activity import ActivitySubscription, ChatEventType, ReplayJob, Webhook
from ..errors import InvalidArgumentError
from ..ids import digits_id, validate_user_id
from ..times import TimeArg, parse_time
from ._core import ClientCore

MAX_SUBSCRIPTIONS_PAGE = 1000
MAX_TAG_LENGTH = 200
MAX_WEBHOOK_URL_LENGTH = 200
REPLAY_WINDOW = timedelta(hours=24)
"""X replays at most the past 24 hours."""


def chat_event_type(value: object) -> ChatEventType:
    """A chat event type: a `ChatEventType`, or its name (X's deprecated alias included)."""
    try:
        return ChatEventType(value if isinstance(value, str) else "")
    except ValueError:
        known = ", ".join(member.value for member in ChatEventType)
        raise InvalidArgumentError(f"event_type must be a chat event type ({known}), got {value!r}") from None


def numeric_id(value: object, name: str) -> str:
    """A subscription's or webhook's ID: 1 to 19 ASCII digits (an int is taken too)."""
    return digits_id(value, f"a {name}", name.split("_")[0])


def _tag(tag: object) -> str:
    if not isinstance(tag, str) or not 1 <= len(tag) <= MAX_TAG_LENGTH:
        raise InvalidArgumentError(f"tag is a string of 1 to {MAX_TAG_LENGTH} characters, got {tag!r:.60}")
    return tag


def webhook_url(url: object) -> str:
    """A URL X can deliver to: https (plain http only to this machine, for tests), at most 200 characters."""
    if not isinstance(url, str) or not 1 <= len(url) <= MAX_WEBHOOK_URL_LENGTH:
        raise InvalidArgumentError(f"url is a string of 1 to {MAX_WEBHOOK_URL_LENGTH} characters")
    parts = urlsplit(url)
    if parts.scheme not in ("https", "http") or not parts.hostname:
        raise InvalidArgumentError(f"url must be an absolute https URL, got {url!r}")
    if parts.scheme == "http" and not _is_loopback(parts.hostname):
        raise InvalidArgumentError(f"X delivers webhooks over https only; got plain http to {parts.hostname!r}")
    return url


def replay_window(since: TimeArg, until: TimeArg | None, now: datetime | None = None) -> tuple[str, str]:
    """``from_date`` and ``to_date`` (``yyyymmddhhmm``, UTC) of a replay: ``since`` before ``until``
    (default now), both within the past 24 hours."""
    now = now or datetime.now(UTC)
    start = parse_time(since)
    end = parse_time(until) if until is not None else now
    if start >= end:
        raise InvalidArgumentError(f"since ({start.isoformat()}) must be before until ({end.isoformat()})")
    if start < now - REPLAY_WINDOW - timedelta(minutes=1):
        raise InvalidArgumentError(
            f"X replays the past 24 hours only; since is {start.isoformat()} (events before "
            f"{(now - REPLAY_WINDOW).isoformat()} cannot be delivered again)"
        )
    return start.astimezone(UTC).strftime("%Y%m%d%H%M"), end.astimezone(UTC).strftime("%Y%m%d%H%M")


def _data(model: Any) -> Any:
    """A response's ``data``, as JSON; a response without it is malformed."""
    body = model.to_dict() if hasattr(model, "to_dict") else {}
    if "data" not in body:
        raise ValueError("the response carries no data")
    return body["data"]


def _subscription(model: Any) -> ActivitySubscription:
    data = _data(model)
    found = data.get("subscription") if isinstance(data, Mapping) else None
    if not isinstance(found, Mapping):
        raise ValueError("the response carries no subscription")
    return ActivitySubscription.of(found)


def _flag(name: str) -> Callable[[Any], bool]:
    """Reads a response's boolean ``data.<name>`` (``deleted``, ``valid``); without it the response is malformed."""

    def read(model: Any) -> bool:
        data = _data(model)
        found = data.get(name) if isinstance(data, Mapping) else None
        if not isinstance(found, bool):
            raise ValueError(f"the response carries no boolean data.{name}")
        return found

    return read


_deleted, _valid = _flag("deleted"), _flag("valid")


class Subscriptions(ClientCore):
    """What X tells you about in real time (activity subscriptions), and where (webhooks)."""

    @per_call
    async def create_activity_subscription(
        self,
        event_type: ChatEventType | str,
        user_id: str | int,
        tag: str | None = None,
        webhook_id: str | int | None = None,
        **options: Unpack[RequestOptions],
    ) -> ActivitySubscription:
        """Subscribe to a user's chat events (``POST /2/activity/subscriptions``). With an OAuth 2.0
        user token, chat events need the ``dm.read`` scope of that user.

        Args:
            event_type: A `ChatEventType`, or its name (``"chat.received"``; X's deprecated
                ``"chat.conversation_join"`` is taken and reported as ``chat.conversation.join``).
            user_id: The user whose events to deliver.
            tag: Your label for the subscription (1 to 200 characters), delivered with each event.
            webhook_id: Deliver to this webhook (`create_webhook`); None: the activity stream.
        """
        kind = chat_event_type(event_type)
        body = CreateActivitySubscriptionRequest(
            event_type=CreateActivitySubscriptionRequestEventType(kind.value),
            filter_=CreateActivitySubscriptionFilter(user_id=validate_user_id(user_id)),
            tag=_tag(tag) if tag is not None else None,
            webhook_id=numeric_id(webhook_id, "webhook_id") if webhook_id is not None else None,
        )
        response = await create_activity_subscription.asyncio_detailed(client=self.api, body=body)
        return result_of(response, _subscription)

    @per_call
    def iter_activity_subscriptions(
        self, *, limit: int | None = None, page_size: int = MAX_SUBSCRIPTIONS_PAGE, **options: Unpack[RequestOptions]
    ) -> AsyncIterator[ActivitySubscription]:
        """Every subscription of your app (``GET /2/activity/subscriptions``), following
        ``meta.next_token`` when X sends one.

        Args:
            limit: Stop after this many (None: all).
            page_size: Subscriptions per request, 1 to 1000.
        """
        check_limit(limit)
        if not isinstance(page_size, int) or isinstance(page_size, bool) or not 1 <= page_size <= 1000:
            raise InvalidArgumentError(f"page_size is 1 to {MAX_SUBSCRIPTIONS_PAGE}, got {page_size!r}")
        return self._subscriptions(limit, page_size)

    async def _subscriptions(self, limit: int | None, page_size: int) -> AsyncIterator[ActivitySubscription]:
        token: str | None = None
        count = 0
        seen_tokens: set[str] = set()
        while limit is None or count < limit:
            response = await get_activity_subscriptions.asyncio_detailed(
                client=self.api, max_results=page_size, pagination_token=token
            )
            body = result_of(response, lambda model: model.to_dict())
            for item in body.get("data") or []:
                if limit is not None and count >= limit:
                    return
                count += 1
                yield ActivitySubscription.of(item)
            meta = body.get("meta")
            token = meta.get("next_token") if isinstance(meta, Mapping) else None
            if not isinstance(token, str) or not token or token in seen_tokens:
                return
            seen_tokens.add(token)

    @per_call
    async def update_activity_subscription(
        self,
        subscription_id: str | int,
        *,
        tag: str | None = None,
        webhook_id: str | int | None = None,
        **options: Unpack[RequestOptions],
    ) -> ActivitySubscription:
        """Change a subscription's tag or webhook (``PUT /2/activity/subscriptions/{id}``).

        Args:
            subscription_id: The subscription (`ActivitySubscription.subscription_id`).
            tag: Its new tag (1 to 200 characters).
            webhook_id: The webhook to deliver to from now on.
        """
        sid = numeric_id(subscription_id, "subscription_id")
        if tag is None and webhook_id is None:
            raise InvalidArgumentError("update_activity_subscription needs tag=, webhook_id= or both")
        body = UpdateActivitySubscriptionRequest(
            tag=_tag(tag) if tag is not None else None,
            webhook_id=numeric_id(webhook_id, "webhook_id") if webhook_id is not None else None,
        )
        response = await update_activity_subscription.asyncio_detailed(sid, client=self.api, body=body)
        return result_of(response, _subscription)

    @per_call
    async def delete_activity_subscription(self, subscription_id: str | int, **options: Unpack[RequestOptions]) -> bool:
        """Delete a subscription (``DELETE /2/activity/subscriptions/{id}``); whether X deleted it.

        Args:
            subscription_id: The subscription.
        """
        sid = numeric_id(subscription_id, "subscription_id")
        response = await delete_activity_subscription.asyncio_detailed(sid, client=self.api)
        return result_of(response, _deleted)

    # --- webhooks ---------------------------------------------------------------------------------

    @per_call
    async def create_webhook(self, url: str, **options: Unpack[RequestOptions]) -> Webhook:
        """Register a webhook (``POST /2/webhooks``). X validates it at once with a CRC challenge
        (``GET url?crc_token=...``), which `x_chat.webhooks.WebhookApp` answers: run it first.

        Args:
            url: Where X delivers events: https, at most 200 characters.
        """
        body = CreateWebhooksRequest(url=webhook_url(url))
        response = await create_webhooks.asyncio_detailed(client=self.api, body=body)
        return result_of(response, lambda model: Webhook.of(_data(model)))

    @per_call
    async def get_webhooks(self, **options: Unpack[RequestOptions]) -> list[Webhook]:
        """Your app's webhooks (``GET /2/webhooks``)."""
        response = await get_webhooks.asyncio_detailed(client=self.api)
        return result_of(response, lambda model: [Webhook.of(item) for item in model.to_dict().get("data") or []])

    @per_call
    async def delete_webhook(self, webhook_id: str | int, **options: Unpack[RequestOptions]) -> bool:
        """Delete a webhook (``DELETE /2/webhooks/{id}``); whether X deleted it.

        Args:
            webhook_id: The webhook (`Webhook.id`).
        """
        wid = numeric_id(webhook_id, "webhook_id")
        response = await delete_webhooks.asyncio_detailed(wid, client=self.api)
        return result_of(response, _deleted)

    @per_call
    async def validate_webhook(self, webhook_id: str | int, **options: Unpack[RequestOptions]) -> bool:
        """Ask X to send the webhook a CRC challenge again (``PUT /2/webhooks/{id}``), re-enabling
        one that failed; whether X triggered it.

        Args:
            webhook_id: The webhook.
        """
        wid = numeric_id(webhook_id, "webhook_id")
        response = await validate_webhooks.asyncio_detailed(wid, client=self.api)
        return result_of(response, _valid)

    @per_call
    async def replay_webhook(
        self, webhook_id: str | int, since: TimeArg, until: TimeArg | None = None, **options: Unpack[RequestOptions]
    ) -> ReplayJob:
        """Deliver again every event of a window to a webhook (``POST /2/webhooks/replay``), to fill
        the gap of a downtime; `WebhookApp` drops the ones it already has.

        Args:
            webhook_id: The webhook.
            since: The window's start (within the past 24 hours; minutes are X's resolution).
            until: The window's end (None: now).
        """
        wid = numeric_id(webhook_id, "webhook_id")
        start, end = replay_window(since, until)
        body = CreateWebhookReplayJobRequest(webhook_id=wid, from_date=start, to_date=end)
        response = await create_webhook_replay_job.asyncio_detailed(client=self.api, body=body)

        def job(model: Any) -> ReplayJob:
            data = _data(model)
            job_id = data.get("job_id") if isinstance(data, Mapping) else None
            if not isinstance(job_id, str | int) or isinstance(job_id, bool):
                raise ValueError("the response carries no job_id")
            created = data.get("created_at")
            return ReplayJob(str(job_id), created if isinstance(created, str) else None, wid, start, end)

        return result_of(response, job)
