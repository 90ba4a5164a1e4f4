"""Real-time chat activity from the X Activity API (XAA): the typed events a stream, a webhook or the
polling fallback yields (`ChatActivity`), the chat event types (`ChatEventType`), and what the
subscription and webhook calls return.

Parsing is lenient: a delivery of an event type x-chat does not know, or with fields it does not
know, still becomes a `ChatActivity` (``known`` is False, ``raw`` keeps everything); only a
delivery that is not a JSON object is refused, by `parse_activity` returning None.

Examples:
    ```py
    from x_chat.activity import ChatEventType, parse_activity

    activity = parse_activity(
        {
            "data": {
                "event_uuid": "7e9a1b2c-0000-4000-8000-000000000001",
                "event_type": "chat.conversation_join",
                "filter": {"user_id": "1603419180975409153"},
                "payload": {
                    "conversation_id": "1215441834412953600:1603419180975409153",
                    "created_at_msec": "1735689600000",
                },
            }
        }
    )
    assert activity is not None and activity.created_at is not None
    print(activity.event_type is ChatEventType.CONVERSATION_JOIN, activity.conversation_id)
    #> True 1215441834412953600-1603419180975409153
    print(activity.created_at.isoformat())
    #> 2025-01-01T00:00:00+00:00
    ```
"""

from __future__ import annotations

import enum
import re
from collections.abc import Mapping
from datetime import datetime
from typing import Any

import attrs

from .times import from_msec

__all__ = [
    "ActivityGapWarning",
    "ActivitySubscription",
    "ChatActivity",
    "ChatEventType",
    "RealtimeFallbackWarning",
    "ReplayJob",
    "Webhook",
    "parse_activity",
]

_DIRECT_WITH_COLON = re.compile(r"([0-9]{1,19}):([0-9]{1,19})", re.ASCII)


class ChatEventType(enum.StrEnum):
    """The X Activity API's chat event types, by their canonical names.

    ``ChatEventType("chat.conversation_join")``, X's deprecated alias, is `CONVERSATION_JOIN`:
    the canonical name is what x-chat sends and reports.
    """

    RECEIVED = "chat.received"
    """The subscribed user received an encrypted message."""
    SENT = "chat.sent"
    """The subscribed user sent one (an outbound copy)."""
    CONVERSATION_JOIN = "chat.conversation.join"
    """The subscribed user joined a conversation."""
    MEMBER_ADDED = "chat.conversation.member_added"
    MEMBER_REMOVED = "chat.conversation.member_removed"
    ADMIN_ADDED = "chat.conversation.admin_added"
    ADMIN_REMOVED = "chat.conversation.admin_removed"
    GROUP_NAME = "chat.update.group_name"
    """A group was renamed."""
    RESTRICTIONS = "chat.update.restrictions"
    """A group's restrictions changed."""

    @classmethod
    def _missing_(cls, value: object) -> ChatEventType | None:
        if value == "chat.conversation_join":  # X's deprecated alias
            return cls.CONVERSATION_JOIN
        return None

    @classmethod
    def parse(cls, value: object) -> ChatEventType | str:
        """The member for ``value`` (the deprecated alias included), or ``value`` as a string when
        it is not a chat event type x-chat knows.

        Args:
            value: An ``event_type`` as X sent it.
        """
        try:
            return cls(str(value)) if isinstance(value, str) else str(value)
        except ValueError:
            return str(value)


def canonical_conversation_id(value: object) -> str | None:
    """A conversation ID in the form X's paths take: ``A:B`` (as some deliveries write a direct
    conversation) becomes ``A-B``; anything else is kept as sent (None if it is not a string)."""
    if isinstance(value, int) and not isinstance(value, bool):
        value = str(value)
    if not isinstance(value, str):
        return None
    match = _DIRECT_WITH_COLON.fullmatch(value)
    return f"{match[1]}-{match[2]}" if match else value


def _text(value: object) -> str | None:
    """A string field as X may send it: a string, or a number for an ID (kept exactly as digits)."""
    if isinstance(value, str):
        return value
    if isinstance(value, int) and not isinstance(value, bool):
        return str(value)
    return None


def _created_at(value: object) -> datetime | None:
    try:
        return from_msec(value) if isinstance(value, str | int) and not isinstance(value, bool) else None
    except ValueError:
        return None


class ActivityGapWarning(UserWarning):
    """The stream was disconnected for longer than X's backfill covers: events may be missing."""


class RealtimeFallbackWarning(UserWarning):
    """`listen(via="auto")` fell back from the activity stream to polling (402 or 403)."""


@attrs.frozen
class ChatActivity:
    """One chat activity delivery, typed. Nothing is decrypted here: ``encoded_event`` is what
    `x_chat.ChatKeys` decrypts (`stream_chat_messages` does it, checking the trust rules).

    Every field is None where the delivery lacked it; ``raw`` is the delivery's ``data`` as sent.
    """

    event_uuid: str | None
    """The delivery's ID, as X sent it (a UUID, digits or a negative number): duplicates share it."""
    event_type: ChatEventType | str
    """A `ChatEventType`, or the string X sent for a type x-chat does not know."""
    conversation_id: str | None
    """The conversation, in the form X's paths take (``A:B`` becomes ``A-B``)."""
    sender_id: str | None
    event_id: str | None
    """The chat event's own ID (the payload's ``id``)."""
    created_at: datetime | None
    """When the chat event was created (aware, UTC), from ``created_at_msec``."""
    encoded_event: str | None = attrs.field(repr=False)
    """The encrypted event (base64)."""
    key_change_event: str | None = attrs.field(repr=False)
    """The signed key-change event that carries its conversation key, when the delivery has one."""
    key_version: str | None = None
    """``conversation_key_version``."""
    signature: str | None = attrs.field(default=None, repr=False)
    """``message_event_signature``."""
    user_id: str | None = None
    """The subscribed user it was delivered for (the subscription's ``filter.user_id``)."""
    tag: str | None = None
    """The subscription's tag."""
    raw: Mapping[str, Any] = attrs.field(factory=dict, repr=False, eq=False)

    @property
    def known(self) -> bool:
        """Whether the event type is a `ChatEventType`."""
        return isinstance(self.event_type, ChatEventType)

    @property
    def is_message(self) -> bool:
        """A message received or sent: it carries an encrypted chat event to decrypt."""
        return self.event_type in (ChatEventType.RECEIVED, ChatEventType.SENT)

    @classmethod
    def of(cls, data: Mapping[str, Any]) -> ChatActivity:
        """The activity in a delivery's ``data`` object (lenient: see the module).

        Args:
            data: The ``data`` object of a stream line or a webhook delivery.
        """
        payload = data.get("payload")
        payload = payload if isinstance(payload, Mapping) else {}
        subscription = data.get("filter")
        subscription = subscription if isinstance(subscription, Mapping) else {}
        return cls(
            event_uuid=_text(data.get("event_uuid")),
            event_type=ChatEventType.parse(data.get("event_type", "")),
            conversation_id=canonical_conversation_id(payload.get("conversation_id")),
            sender_id=_text(payload.get("sender_id")),
            event_id=_text(payload.get("id")),
            created_at=_created_at(payload.get("created_at_msec")),
            encoded_event=_text(payload.get("encoded_event")),
            key_change_event=_text(payload.get("conversation_key_change_event")),
            key_version=_text(payload.get("conversation_key_version")),
            signature=_text(payload.get("message_event_signature")),
            user_id=_text(subscription.get("user_id")),
            tag=_text(data.get("tag")),
            raw=data,
        )


def parse_activity(delivery: object) -> ChatActivity | None:
    """The `ChatActivity` of one delivery (a stream line or a webhook body, parsed from JSON, with
    its ``data`` object, or that ``data`` object itself); None when it is not an object or carries
    no activity (an ``errors``-only line, for one).

    Args:
        delivery: The parsed JSON.
    """
    if not isinstance(delivery, Mapping):
        return None
    data = delivery.get("data", delivery if "event_type" in delivery else None)
    if not isinstance(data, Mapping) or "event_type" not in data:
        return None
    return ChatActivity.of(data)


@attrs.frozen
class ActivitySubscription:
    """An X Activity API subscription (``/2/activity/subscriptions``)."""

    subscription_id: str
    event_type: ChatEventType | str
    """The canonical name, even when created with the deprecated alias."""
    user_id: str | None
    tag: str | None = None
    webhook_id: str | None = None
    """Where its events are delivered; None: the stream."""
    created_at: str | None = None
    updated_at: str | None = None

    @classmethod
    def of(cls, subscription: Mapping[str, Any]) -> ActivitySubscription:
        """One subscription, from X's JSON (``to_dict()`` of a generated model).

        Args:
            subscription: A subscription object.
        """
        found = subscription.get("filter")
        found = found if isinstance(found, Mapping) else {}
        identifier = _text(subscription.get("subscription_id"))
        if identifier is None:
            raise ValueError("a subscription without a subscription_id")
        return cls(
            subscription_id=identifier,
            event_type=ChatEventType.parse(subscription.get("event_type", "")),
            user_id=_text(found.get("user_id")),
            tag=_text(subscription.get("tag")),
            webhook_id=_text(subscription.get("webhook_id")),
            created_at=_text(subscription.get("created_at")),
            updated_at=_text(subscription.get("updated_at")),
        )


@attrs.frozen
class Webhook:
    """A registered webhook (``/2/webhooks``)."""

    id: str
    url: str | None
    valid: bool | None
    """Whether it passed X's CRC check."""
    created_at: str | None = None

    @classmethod
    def of(cls, webhook: Mapping[str, Any]) -> Webhook:
        """One webhook, from X's JSON.

        Args:
            webhook: A webhook config object.
        """
        identifier = _text(webhook.get("id"))
        if identifier is None:
            raise ValueError("a webhook without an id")
        valid = webhook.get("valid")
        return cls(
            identifier,
            _text(webhook.get("url")),
            valid if isinstance(valid, bool) else None,
            _text(webhook.get("created_at")),
        )


@attrs.frozen
class ReplayJob:
    """A webhook replay job X accepted: the window's events are delivered again."""

    job_id: str
    created_at: str | None
    webhook_id: str
    from_date: str
    """The window's start, ``yyyymmddhhmm`` UTC."""
    to_date: str
