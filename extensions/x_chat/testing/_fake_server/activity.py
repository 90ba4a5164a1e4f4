"""The fake server's X Activity API: subscriptions, the activity stream (keep-alives, backfill,
scripted disconnects, stalls and duplicates), webhooks with a real CRC round trip to the user's
URL, signed deliveries and replay. A message sent through the fake server is published as
``chat.sent`` for its sender and ``chat.received`` for the other members, to every subscription
that matches."""

from __future__ import annotations

import base64
import collections
import contextlib
import hashlib
import hmac
import json
import queue
import re
import secrets
import socket
import threading
import time
import uuid
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING, Any

import attrs
import httpx

from x_chat_generated.models.webhook_config_field import WebhookConfigField

from .http import STREAMING
from .problems import ProblemError, invalid
from .validation import checked_query, int_in, json_body, names_of, string

if TYPE_CHECKING:
    from .http import Handler, RecordedRequest

__all__ = ["ActivityHub", "ActivityRoutes", "FakeSubscription", "FakeWebhook", "StreamScript", "sign"]

ALIASES = {"chat.conversation_join": "chat.conversation.join"}
NUMERIC_ID = re.compile(r"[0-9]{1,19}", re.ASCII)
WEBHOOK_SIGNATURE_HEADER = "x-twitter-webhooks-signature"

Answer = tuple[int, bytes, str]


def sign(secret: str, data: bytes) -> str:
    """``sha256=`` and the base64 HMAC-SHA256 of ``data`` under ``secret``: how X signs a delivery
    (and answers a CRC token)."""
    return "sha256=" + base64.b64encode(hmac.new(secret.encode(), data, hashlib.sha256).digest()).decode()


@attrs.define
class FakeSubscription:
    subscription_id: str
    event_type: str
    user_id: str
    tag: str | None = None
    webhook_id: str | None = None
    created_at: str = ""
    updated_at: str = ""

    def to_json(self) -> dict[str, Any]:
        found: dict[str, Any] = {
            "subscription_id": self.subscription_id,
            "event_type": self.event_type,
            "filter": {"user_id": self.user_id},
            "created_at": self.created_at,
            "updated_at": self.updated_at,
        }
        if self.tag is not None:
            found["tag"] = self.tag
        if self.webhook_id is not None:
            found["webhook_id"] = self.webhook_id
        return found


@attrs.define
class FakeWebhook:
    id: str
    url: str
    valid: bool
    created_at: str

    def to_json(self) -> dict[str, Any]:
        return {"id": self.id, "url": self.url, "valid": self.valid, "created_at": self.created_at}


@attrs.define
class StreamScript:
    """What the next stream connection does, beyond serving: close after ``disconnect_after``
    deliveries, or fall silent (no keep-alives either) after ``stall_after`` for ``stall_for``
    seconds, or send every delivery twice (``duplicate``)."""

    disconnect_after: int | None = None
    stall_after: int | None = None
    stall_for: float = 60.0
    duplicate: bool = False


@attrs.frozen
class Published:
    at: float
    """Epoch seconds."""
    envelope: dict[str, Any]
    webhook_id: str | None
    line: bytes


def _now_iso() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%S.000Z")


class ActivityHub:
    """Everything the fake X Activity API knows: subscriptions, webhooks, the published events
    (``published``), the stream connections' scripts and the webhook deliveries made
    (``deliveries``: (webhook ID, event_uuid, HTTP status or the error))."""

    def __init__(self, consumer_secret: str, keepalive: float = 20.0) -> None:
        self.consumer_secret = consumer_secret
        self.keepalive = keepalive
        self.subscriptions: dict[str, FakeSubscription] = {}
        self.webhooks: dict[str, FakeWebhook] = {}
        self.published: list[Published] = []
        self.deliveries: list[tuple[str, str, int | str]] = []
        self.scripts: collections.deque[StreamScript] = collections.deque()
        self.connections = 0
        self.replays: list[dict[str, str]] = []
        self._cond = threading.Condition()
        self._closed = False
        self._generation = 0
        self._outbox: queue.Queue[tuple[FakeWebhook, Published] | None] = queue.Queue()
        self._sender: threading.Thread | None = None
        self._ids = iter(range(1_800_000_000_000_000_000, 1_900_000_000_000_000_000))

    def next_id(self) -> str:
        with self._cond:
            return str(next(self._ids))

    def disconnect_streams(self) -> None:
        """Close every open stream connection now (a network drop, as clients see it)."""
        with self._cond:
            self._generation += 1
            self._cond.notify_all()

    def close(self) -> None:
        """Stop streaming and delivering (the server is stopping)."""
        with self._cond:
            self._closed = True
            self._cond.notify_all()
        self._outbox.put(None)
        if self._sender is not None:
            self._sender.join(timeout=5)
            self._sender = None

    # --- publishing ---------------------------------------------------------------------------------

    def publish(
        self,
        event_type: str,
        user_id: str,
        payload: dict[str, Any],
        *,
        event_uuid: str | None = None,
        at: float | None = None,
    ) -> list[dict[str, Any]]:
        """Publish an event for ``user_id`` to every subscription to ``event_type`` of that user (its
        webhook's, or the stream's); returns the envelopes made (one per matching subscription).

        Args:
            event_type: The event's type, as X names it (anything: unknown types are published too).
            user_id: The user it happened to.
            payload: Its payload.
            event_uuid: Its delivery ID (None: a fresh UUID per subscription).
            at: When it happened, epoch seconds (None: now).
        """
        made = []
        with self._cond:
            matching = [s for s in self.subscriptions.values() if s.event_type == event_type and s.user_id == user_id]
            for subscription in matching:
                data: dict[str, Any] = {
                    "event_uuid": event_uuid or str(uuid.uuid4()),
                    "event_type": event_type,
                    "filter": {"user_id": user_id},
                    "payload": payload,
                }
                if subscription.tag is not None:
                    data["tag"] = subscription.tag
                envelope = {"data": data}
                entry = Published(
                    at if at is not None else time.time(),
                    envelope,
                    subscription.webhook_id,
                    json.dumps(envelope, separators=(",", ":")).encode() + b"\r\n",
                )
                self.published.append(entry)
                self.published.sort(key=lambda p: p.at)
                made.append(envelope)
                webhook = self.webhooks.get(subscription.webhook_id or "")
                if webhook is not None:
                    self._queue(webhook, entry)
            self._cond.notify_all()
        return made

    def message_sent(
        self, conversation_id: str, participants: tuple[str, ...], event: dict[str, Any], key_change: str | None
    ) -> None:
        """Publish a message stored by the fake server: ``chat.sent`` for its sender,
        ``chat.received`` for the other participants."""
        direct = "-" in conversation_id
        payload: dict[str, Any] = {
            "conversation_id": conversation_id.replace("-", ":") if direct else conversation_id,
            "sender_id": event["sender_id"],
            "id": event["id"],
            "created_at_msec": event["created_at_msec"],
            "encoded_event": event["encoded_event"],
        }
        if key_change is not None:
            payload["conversation_key_change_event"] = key_change
        for user in dict.fromkeys(participants):
            kind = "chat.sent" if user == event["sender_id"] else "chat.received"
            self.publish(kind, user, payload)

    # --- the stream -----------------------------------------------------------------------------------

    def serve_stream(self, handler: Handler, request: RecordedRequest, headers: dict[str, str]) -> None:
        """Answer ``GET /2/activity/stream`` on ``handler``'s connection: the backfill asked for,
        then every new delivery for the stream, a keep-alive after ``keepalive`` seconds of nothing,
        until the client leaves, a script ends it, or the server stops."""
        query = checked_query(request, {"backfill_minutes": int_in(0, 5), "start_time": string, "end_time": string})
        since = time.time()
        if "backfill_minutes" in query:
            since -= 60 * query["backfill_minutes"]
        elif "start_time" in query:
            since = _epoch(query["start_time"], "start_time")
        until = _epoch(query["end_time"], "end_time") if "end_time" in query else None
        with self._cond:
            self.connections += 1
            generation = self._generation
            script = self.scripts.popleft() if self.scripts else StreamScript()
            position = next((i for i, p in enumerate(self.published) if p.at >= since), len(self.published))
        handler.close_connection = True
        head = "HTTP/1.1 200 OK\r\ncontent-type: application/json\r\nconnection: close\r\n"
        head += "".join(f"{k}: {v}\r\n" for k, v in headers.items()) + "\r\n"
        sent = 0
        try:
            handler.wfile.write(head.encode())
            handler.wfile.flush()
            while True:
                with self._cond:
                    deadline = time.monotonic() + (0 if until is not None and time.time() > until else self.keepalive)
                    while not self._closed and generation == self._generation and position >= len(self.published):
                        left = deadline - time.monotonic()
                        if left <= 0:
                            break
                        self._cond.wait(left)
                    if self._closed or generation != self._generation:
                        return
                    batch = [p for p in self.published[position:] if p.webhook_id is None]
                    position = len(self.published)
                ended = until is not None and time.time() > until
                if not batch and not ended:
                    handler.wfile.write(b"\r\n")
                    handler.wfile.flush()
                    continue
                for entry in batch:
                    if until is not None and entry.at > until:
                        return
                    if script.disconnect_after is not None and sent >= script.disconnect_after:
                        return
                    if script.stall_after is not None and sent >= script.stall_after:
                        with self._cond:
                            self._cond.wait_for(
                                lambda: self._closed or generation != self._generation, timeout=script.stall_for
                            )
                        return
                    handler.wfile.write(entry.line * (2 if script.duplicate else 1))
                    handler.wfile.flush()
                    sent += 1
                if ended:
                    return
        except OSError:
            return  # the client hung up
        finally:
            with contextlib.suppress(OSError):
                handler.connection.shutdown(socket.SHUT_RDWR)

    # --- webhooks -------------------------------------------------------------------------------------

    def crc_check(self, url: str) -> bool:
        """X's challenge: ``GET url?crc_token=T``, answered with the HMAC of T under the consumer secret."""
        token = secrets.token_urlsafe(24)
        try:
            answer = httpx.get(url, params={"crc_token": token}, timeout=3.0)
            found = answer.json().get("response_token") if answer.status_code == 200 else None
        except (httpx.HTTPError, ValueError, AttributeError):
            return False
        return isinstance(found, str) and hmac.compare_digest(found, sign(self.consumer_secret, token.encode()))

    def _queue(self, webhook: FakeWebhook, entry: Published) -> None:
        if self._sender is None:
            self._sender = threading.Thread(target=self._deliver_all, name="fake-x-webhooks", daemon=True)
            self._sender.start()
        self._outbox.put((webhook, entry))

    def _deliver_all(self) -> None:
        with httpx.Client(timeout=10.0) as http:
            while (item := self._outbox.get()) is not None:
                webhook, entry = item
                body = json.dumps(entry.envelope).encode()
                try:
                    answer = http.post(
                        webhook.url,
                        content=body,
                        headers={
                            "content-type": "application/json",
                            WEBHOOK_SIGNATURE_HEADER: sign(self.consumer_secret, body),
                        },
                    )
                    outcome: int | str = answer.status_code
                except httpx.HTTPError as exc:
                    outcome = type(exc).__name__
                with self._cond:
                    self.deliveries.append((webhook.id, entry.envelope["data"]["event_uuid"], outcome))
                    self._cond.notify_all()

    def wait_for_deliveries(self, count: int, timeout: float = 10.0) -> bool:
        """Wait until ``count`` webhook deliveries were attempted; whether they were."""
        with self._cond:
            return self._cond.wait_for(lambda: len(self.deliveries) >= count, timeout=timeout)

    def replay(self, webhook_id: str, start: float, end: float) -> int:
        """Deliver again, to ``webhook_id``, what was published for it between ``start`` and ``end``."""
        webhook = self.webhooks[webhook_id]
        with self._cond:
            entries = [p for p in self.published if p.webhook_id == webhook_id and start <= p.at < end]
            for entry in entries:
                self._queue(webhook, entry)
        return len(entries)


def _epoch(value: str, name: str) -> float:
    try:
        return datetime.fromisoformat(value.replace("Z", "+00:00")).timestamp()
    except ValueError:
        raise invalid(name, value, f"The `{name}` query parameter value [{value}] is not a valid time") from None


def _minute(value: str) -> float:
    return datetime.strptime(value, "%Y%m%d%H%M").replace(tzinfo=UTC).timestamp()


class ActivityRoutes:
    """The handlers of ``/2/activity/...`` and ``/2/webhooks...``; mixed into the fake server's routes."""

    activity: ActivityHub

    def _activity_stream(self, request: RecordedRequest) -> Answer:
        return 200, b"", STREAMING

    def _create_subscription(self, request: RecordedRequest) -> Answer:
        body = json_body(request, schema="CreateActivitySubscriptionRequest")
        hub = self.activity
        user = body.get("filter", {}).get("user_id")
        if not isinstance(user, str) or not NUMERIC_ID.fullmatch(user):
            raise ProblemError(400, "`filter.user_id` must name a user")
        webhook_id = body.get("webhook_id")
        if webhook_id is not None and webhook_id not in hub.webhooks:
            raise ProblemError(400, f"webhook {webhook_id} does not exist", resource_type="webhook")
        now = _now_iso()
        event_type = ALIASES.get(body["event_type"], body["event_type"])
        subscription = FakeSubscription(hub.next_id(), event_type, user, body.get("tag"), webhook_id, now, now)
        with hub._cond:
            hub.subscriptions[subscription.subscription_id] = subscription
        return _json({"data": {"subscription": subscription.to_json()}})

    def _list_subscriptions(self, request: RecordedRequest) -> Answer:
        query = checked_query(request, {"max_results": int_in(1, 1000), "pagination_token": string})
        every = list(self.activity.subscriptions.values())
        token = query.get("pagination_token", f"{0:016x}")
        if len(token) < 16 or not all(c in "0123456789abcdef" for c in token):
            raise invalid(
                "pagination_token", token, f"The `pagination_token` query parameter value [{token}] is not valid"
            )
        offset = int(token, 16)
        size = query.get("max_results", 100)
        chunk = every[offset : offset + size]
        body: dict[str, Any] = {"data": [s.to_json() for s in chunk]}
        if offset + size < len(every):
            body["meta"] = {"next_token": f"{offset + size:016x}"}
        return _json(body)

    def _subscription(self, subscription_id: str) -> FakeSubscription:
        found = self.activity.subscriptions.get(subscription_id)
        if not NUMERIC_ID.fullmatch(subscription_id):
            raise invalid("subscription_id", subscription_id, "is not valid")
        if found is None:
            raise ProblemError(
                404, f"Could not find subscription with id: [{subscription_id}].", resource_type="subscription"
            )
        return found

    def _update_subscription(self, request: RecordedRequest, subscription_id: str) -> Answer:
        subscription = self._subscription(subscription_id)
        body = json_body(request, schema="UpdateActivitySubscriptionRequest")
        if "webhook_id" in body and body["webhook_id"] not in self.activity.webhooks:
            raise ProblemError(400, f"webhook {body['webhook_id']} does not exist")
        with self.activity._cond:
            subscription.tag = body.get("tag", subscription.tag)
            subscription.webhook_id = body.get("webhook_id", subscription.webhook_id)
            subscription.updated_at = _now_iso()
            total = len(self.activity.subscriptions)
        return _json({"data": {"subscription": subscription.to_json(), "total_subscriptions": total}})

    def _delete_subscription(self, request: RecordedRequest, subscription_id: str) -> Answer:
        self._subscription(subscription_id)
        with self.activity._cond:
            del self.activity.subscriptions[subscription_id]
        return _json({"data": {"deleted": True}})

    def _create_webhook(self, request: RecordedRequest) -> Answer:
        body = json_body(request, schema="CreateWebhooksRequest")
        url = body["url"]
        if not url.startswith(("https://", "http://127.0.0.1", "http://localhost", "http://[::1]")):
            raise ProblemError(400, "The webhook URL must be https")
        if not self.activity.crc_check(url):
            raise ProblemError(400, f"The webhook {url} did not answer the CRC challenge correctly")
        webhook = FakeWebhook(self.activity.next_id(), url, True, _now_iso())
        with self.activity._cond:
            self.activity.webhooks[webhook.id] = webhook
        return _json({"data": webhook.to_json()})

    def _list_webhooks(self, request: RecordedRequest) -> Answer:
        checked_query(request, {"webhook_config.fields": names_of(WebhookConfigField)})
        hooks = [w.to_json() for w in self.activity.webhooks.values()]
        return _json({"data": hooks, "meta": {"result_count": len(hooks)}})

    def _webhook(self, webhook_id: str) -> FakeWebhook:
        if not NUMERIC_ID.fullmatch(webhook_id):
            raise invalid("webhook_id", webhook_id, "is not valid")
        found = self.activity.webhooks.get(webhook_id)
        if found is None:
            raise ProblemError(404, f"Could not find webhook with id: [{webhook_id}].", resource_type="webhook")
        return found

    def _validate_webhook(self, request: RecordedRequest, webhook_id: str) -> Answer:
        webhook = self._webhook(webhook_id)
        webhook.valid = self.activity.crc_check(webhook.url)
        return _json({"data": {"valid": webhook.valid}})

    def _delete_webhook(self, request: RecordedRequest, webhook_id: str) -> Answer:
        self._webhook(webhook_id)
        with self.activity._cond:
            del self.activity.webhooks[webhook_id]
        return _json({"data": {"deleted": True}})

    def _replay(self, request: RecordedRequest) -> Answer:
        body = json_body(request, schema="CreateWebhookReplayJobRequest")
        self._webhook(body["webhook_id"])
        start, end = _minute(body["from_date"]), _minute(body["to_date"]) + 60
        if end <= start:
            raise ProblemError(400, "from_date must be before to_date")
        if start < time.time() - timedelta(hours=24, minutes=1).total_seconds():
            raise ProblemError(400, "Replays are limited to the past 24 hours")
        self.activity.replays.append(dict(body))
        self.activity.replay(body["webhook_id"], start, end)
        return _json({"data": {"job_id": self.activity.next_id(), "created_at": _now_iso()}})


def _json(body: dict[str, Any]) -> Answer:
    return 200, json.dumps(body).encode(), "application/json"
