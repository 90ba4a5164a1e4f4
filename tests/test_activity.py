"""Typed chat activity (lenient parsing of what X's docs show, in all their variants) and the
subscription and webhook calls: bodies that validate against X's own schemas, arguments checked
before any request."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from openapi_schema_validator import OAS30Validator

from x_chat import ChatClient
from x_chat.activity import ActivitySubscription, ChatActivity, ChatEventType, parse_activity
from x_chat.errors import InvalidArgumentError
from x_chat.ids import InvalidIdError
from x_chat.testing import FakeXServer

ROOT = Path(__file__).resolve().parent.parent
UPSTREAM = next((ROOT / "spec" / "upstream").glob("x-openapi-v*.json"))


def x_schema(name: str) -> OAS30Validator:
    """X's own schema (the vendored upstream file, not our curated copy), references resolved."""
    from referencing import Registry
    from referencing.jsonschema import DRAFT4

    document = json.loads(UPSTREAM.read_text())
    registry: Registry[Any] = Registry().with_resource("x.json", DRAFT4.create_resource(document))
    return OAS30Validator({"$ref": f"x.json#/components/schemas/{name}"}, registry=registry)


# --- parsing ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("event_uuid", "conversation_id", "expected_conversation"),
    [
        (
            "b8f9e5c2-0d6b-4d5e-9a41-1f3c8e2b7a10",
            "1215441834412953600:1603419180975409153",
            "1215441834412953600-1603419180975409153",
        ),
        (-8812345678901234567, "1215441834412953600-1603419180975409153", "1215441834412953600-1603419180975409153"),
        ("1146654567674912769", "g1234567890123456789", "g1234567890123456789"),
    ],
)
def test_the_documented_variants_parse_alike(event_uuid: Any, conversation_id: str, expected_conversation: str) -> None:
    delivery = {
        "data": {
            "event_uuid": event_uuid,
            "event_type": "chat.received",
            "filter": {"user_id": "1603419180975409153"},
            "tag": "my-bot",
            "payload": {
                "conversation_id": conversation_id,
                "sender_id": 1215441834412953600,
                "id": "1940000000000000001",
                "created_at_msec": 1735689600123,
                "encoded_event": "QUJD",
                "conversation_key_version": "3",
                "conversation_key_change_event": "S0VZ",
                "message_event_signature": "U0lH",
            },
        }
    }
    activity = parse_activity(delivery)
    assert activity is not None
    assert activity.event_uuid == str(event_uuid)
    assert activity.event_type is ChatEventType.RECEIVED and activity.known and activity.is_message
    assert activity.conversation_id == expected_conversation
    assert activity.sender_id == "1215441834412953600" and activity.event_id == "1940000000000000001"
    assert activity.created_at == datetime(2025, 1, 1, 0, 0, 0, 123000, tzinfo=UTC)
    assert (activity.encoded_event, activity.key_change_event, activity.key_version) == ("QUJD", "S0VZ", "3")
    assert activity.user_id == "1603419180975409153" and activity.tag == "my-bot"
    assert activity.raw is delivery["data"]
    assert "QUJD" not in repr(activity) and "S0VZ" not in repr(activity)  # ciphertext stays out of logs


def test_the_deprecated_alias_reads_as_the_canonical_name() -> None:
    assert ChatEventType("chat.conversation_join") is ChatEventType.CONVERSATION_JOIN
    activity = parse_activity({"data": {"event_type": "chat.conversation_join", "payload": {}}})
    assert activity is not None and activity.event_type is ChatEventType.CONVERSATION_JOIN
    assert str(activity.event_type) == "chat.conversation.join"


@pytest.mark.parametrize(
    "delivery",
    [
        {"data": {"event_type": "chat.reaction.new", "payload": {"emoji": "x"}}},  # a type not known yet
        {"data": {"event_type": "chat.sent", "payload": "not an object", "filter": [1]}},
        {"data": {"event_type": "chat.sent", "payload": {"created_at_msec": "yesterday", "sender_id": True}}},
    ],
)
def test_anything_unexpected_passes_through_typed_as_unknown(delivery: dict[str, Any]) -> None:
    activity = parse_activity(delivery)
    assert isinstance(activity, ChatActivity)
    assert activity.raw == delivery["data"]
    if activity.event_type == "chat.reaction.new":
        assert not activity.known and not activity.is_message
    assert activity.created_at is None and activity.sender_id is None


@pytest.mark.parametrize("junk", [None, [], "text", 3, {"errors": [{"title": "x"}]}, {"data": {"no": "type"}}])
def test_what_is_not_a_delivery_is_none(junk: Any) -> None:
    assert parse_activity(junk) is None


# --- subscriptions ------------------------------------------------------------------------------------


def test_subscriptions_round_trip_with_bodies_valid_against_x_schemas(server: FakeXServer, client: ChatClient) -> None:
    made = client.create_activity_subscription("chat.conversation_join", server.user_id, tag="bot")
    other = client.create_activity_subscription(ChatEventType.SENT, int(server.user_id))
    assert made.event_type is ChatEventType.CONVERSATION_JOIN  # reported by its canonical name
    assert isinstance(made, ActivitySubscription) and made.user_id == server.user_id and made.tag == "bot"
    assert [s.subscription_id for s in client.iter_activity_subscriptions()] == [
        made.subscription_id,
        other.subscription_id,
    ]
    assert [s.subscription_id for s in client.iter_activity_subscriptions(limit=1)] == [made.subscription_id]
    changed = client.update_activity_subscription(made.subscription_id, tag="renamed")
    assert changed.tag == "renamed" and changed.subscription_id == made.subscription_id
    assert client.delete_activity_subscription(other.subscription_id) is True
    assert [s.subscription_id for s in client.iter_activity_subscriptions()] == [made.subscription_id]

    posted = [r for r in server.requests_to("/2/activity/subscriptions") if r.method == "POST"]
    creates = [json.loads(r.body) for r in posted]
    assert creates[0]["event_type"] == "chat.conversation.join"  # the canonical name is what is sent
    for body in creates:
        x_schema("CreateActivitySubscriptionRequest").validate(body)
    put = next(r for r in server.requests_to("/2/activity/subscriptions/") if r.method == "PUT")
    x_schema("UpdateActivitySubscriptionRequest").validate(json.loads(put.body))


def test_subscriptions_are_paged_by_next_token(server: FakeXServer, client: ChatClient) -> None:
    for _ in range(5):
        client.create_activity_subscription("chat.received", server.user_id)
    found = list(client.iter_activity_subscriptions(page_size=2))
    assert len({s.subscription_id for s in found}) == 5
    assert len([r for r in server.requests_to("/2/activity/subscriptions") if r.method == "GET"]) == 3


@pytest.mark.parametrize(
    ("call", "error"),
    [
        (lambda c: c.create_activity_subscription("post.create", "1"), InvalidArgumentError),
        (lambda c: c.create_activity_subscription("chat.received", "12ab"), InvalidIdError),
        (lambda c: c.create_activity_subscription("chat.received", "1", tag=""), InvalidArgumentError),
        (lambda c: c.create_activity_subscription("chat.received", "1", tag="x" * 201), InvalidArgumentError),
        (lambda c: c.create_activity_subscription("chat.received", "1", webhook_id="w1"), InvalidIdError),
        (lambda c: c.update_activity_subscription("1"), InvalidArgumentError),
        (lambda c: c.delete_activity_subscription("../1"), InvalidIdError),
        (lambda c: c.create_webhook("http://example.com/hook"), InvalidArgumentError),
        (lambda c: c.create_webhook("ftp://example.com/hook"), InvalidArgumentError),
        (lambda c: c.create_webhook("https://example.com/" + "x" * 200), InvalidArgumentError),
        (lambda c: c.replay_webhook("1", datetime.now(UTC) - timedelta(days=2)), InvalidArgumentError),
        (
            lambda c: c.replay_webhook("1", datetime.now(UTC), datetime.now(UTC) - timedelta(hours=1)),
            InvalidArgumentError,
        ),
        (lambda c: c.iter_activity_subscriptions(page_size=0), InvalidArgumentError),
    ],
)
def test_bad_arguments_never_reach_the_network(server: FakeXServer, client: ChatClient, call: Any, error: type) -> None:
    with pytest.raises(error):
        call(client)
    assert server.requests_to("/2/") == []


def test_replay_sends_x_its_minute_window(server: FakeXServer, client: ChatClient) -> None:
    from x_chat.testing._fake_server.activity import FakeWebhook

    server.activity.webhooks["5"] = FakeWebhook("5", "https://example.com/hook", True, "")
    since = datetime(2026, 1, 1, 12, 34, 56, tzinfo=UTC)
    now = datetime.now(UTC)
    if now - since > timedelta(hours=23):
        since = (now - timedelta(hours=2)).replace(second=56)
    job = client.replay_webhook(5, since, since + timedelta(minutes=90))
    body = json.loads(server.requests_to("/2/webhooks/replay")[0].body)
    assert body == {
        "webhook_id": "5",
        "from_date": since.strftime("%Y%m%d%H%M"),
        "to_date": (since + timedelta(minutes=90)).strftime("%Y%m%d%H%M"),
    }
    x_schema("CreateWebhookReplayJobRequest").validate(body)
    assert job.webhook_id == "5" and job.job_id
