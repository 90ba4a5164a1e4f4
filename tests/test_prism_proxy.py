"""Every facade call, old and new, sync and async, through Prism as a validating proxy in front of the
fake server: Prism (built from our spec) checks each request and each answer, and the fake server
does the real work (encrypted writes need real keys, which Prism's mock examples cannot serve)."""

from __future__ import annotations

import io
import json
from collections.abc import Callable, Iterator
from datetime import timedelta
from typing import Any

import httpx
import pytest

from x_chat import AsyncChatClient, ChatClient
from x_chat.media import MediaDecryptionError
from x_chat.testing import FakeXServer

chat_xdk = pytest.importorskip("chat_xdk")
from x_chat.crypto import ChatKeys  # noqa: E402  (after the skip: needs x-chat[crypto])

from .test_prism_conformance import SPEC, running_prism  # noqa: E402

ALICE, BOB, CAROL = "1215441834412953600", "1603419180975409153", "777"
DIRECT = f"{ALICE}-{BOB}"
BROADCAST = "1yNGaQLWpejGj"


class Violations:
    """Prism's verdicts (its ``sl-violations`` header): every request violation, and every violation of
    a 2xx answer. A problem answer is left out: Prism checks it against the first media type of the
    ``default`` response (``application/json``'s ``Error``) whatever the answer's Content-Type
    (``application/problem+json``, which the fake server sends as X does)."""

    def __init__(self) -> None:
        self.found: list[str] = []
        self.checked = 0

    def hook(self, response: httpx.Response) -> None:
        self.checked += 1
        for verdict in json.loads(response.headers.get("sl-violations", "[]")):
            if verdict["location"][0] == "request" or response.is_success:
                self.found.append(f"{response.request.method} {response.request.url.path}: {verdict}")

    async def ahook(self, response: httpx.Response) -> None:
        self.hook(response)


@pytest.fixture(scope="module")
def upstream(tmp_path_factory: pytest.TempPathFactory) -> Iterator[FakeXServer]:
    from x_chat.webhooks import WebhookApp

    from .webhook_server import serving

    journal = tmp_path_factory.mktemp("webhook") / "journal.sqlite3"
    with FakeXServer(user_id=ALICE) as server:
        app = WebhookApp(consumer_secret=server.consumer_secret, on_event=lambda activity: None, journal=journal)
        with serving(app) as url:
            HOOK["url"] = url + "/"
            yield server


@pytest.fixture(scope="module")
def proxy(upstream: FakeXServer) -> Iterator[str]:
    with running_prism("proxy", str(SPEC), upstream.base_url) as base_url:
        yield base_url


Step = Callable[[Any, dict[str, Any]], Any]  # (client, state) -> result or awaitable
# Prism's proxy re-encodes binary bodies as UTF-8 (both ways), so the media it relays is not what was
# uploaded: the download's requests are checked like the others, and the stream cipher's authentication
# refuses what comes back, as it must (nothing is written).
CORRUPTED_BY_PRISM = {"download_media": MediaDecryptionError}


def _steps(keys: ChatKeys) -> list[tuple[str, str | None, Step]]:
    """Every facade method that sends a request, in an order that makes each one's inputs: (name,
    what to keep its result as, the call)."""

    def upload(c: Any, s: dict[str, Any]) -> Any:
        return c.upload_media(DIRECT, io.BytesIO(b"\x89PNG\r\n\x1a\n" + b"x" * 3000), keys=keys, filename="a.png")

    return [
        ("register_public_key", None, lambda c, s: c.register_public_key(keys)),
        ("get_user_public_keys", None, lambda c, s: c.get_user_public_keys(BOB)),
        ("get_users_public_keys", None, lambda c, s: c.get_users_public_keys([BOB, CAROL], fields="all")),
        ("conversation_key", None, lambda c, s: c.conversation_key(DIRECT, keys)),
        ("send_message", "sent", lambda c, s: c.send_message(DIRECT, "hello", keys=keys)),
        ("reply", None, lambda c, s: c.send_message(BOB, "again", keys=keys, reply_to=s["sent"].sequence_id)),
        ("add_reaction", None, lambda c, s: c.add_reaction(DIRECT, s["sent"].sequence_id, "👍", keys=keys)),
        ("remove_reaction", None, lambda c, s: c.remove_reaction(DIRECT, s["sent"].sequence_id, "👍", keys=keys)),
        ("edit_message", None, lambda c, s: c.edit_message(DIRECT, s["sent"].sequence_id, "hello!", keys=keys)),
        ("upload_media", "media", lambda c, s: upload(c, s)),
        ("send_message with media", None, lambda c, s: c.send_message(DIRECT, "", keys=keys, media=s["media"])),
        (
            "download_media",
            None,
            lambda c, s: c.download_media(DIRECT, s["media"].media_hash_key, io.BytesIO(), keys=keys),
        ),
        ("iter_messages", None, lambda c, s: c.iter_messages(DIRECT, keys=keys)),
        ("delete_messages", None, lambda c, s: c.delete_messages(DIRECT, [s["sent"].sequence_id], True, keys=keys)),
        ("mark_read", None, lambda c, s: c.mark_read(DIRECT, s["sent"].sequence_id)),
        ("send_typing", None, lambda c, s: c.send_typing(BOB)),
        ("get_conversation_events", None, lambda c, s: c.get_conversation_events(DIRECT, fields="all", max_results=5)),
        ("iter_conversation_events", None, lambda c, s: c.iter_conversation_events(DIRECT, page_size=2, limit=5)),
        ("get_conversation", None, lambda c, s: c.get_conversation(DIRECT, fields="all")),
        ("get_conversations", None, lambda c, s: c.get_conversations(max_results=5)),
        ("iter_conversations", None, lambda c, s: c.iter_conversations(limit=3)),
        ("create_group", "group", lambda c, s: c.create_group([BOB], keys=keys, title="lunch")),
        ("add_group_members", None, lambda c, s: c.add_group_members(s["group"].conversation_id, [CAROL], keys=keys)),
        ("send_broadcast_chat", "chat", lambda c, s: c.send_broadcast_chat(BROADCAST, "hi")),
        (
            "reply in broadcast",
            None,
            lambda c, s: c.send_broadcast_chat(BROADCAST, "yes", reply_to=s["chat"].timestamp),
        ),
        (
            "get_broadcast_chat",
            None,
            lambda c, s: c.get_broadcast_chat(BROADCAST, fields="all", expansions="author_id"),
        ),
        ("iter_broadcast_chat", None, lambda c, s: c.iter_broadcast_chat(BROADCAST, page_size=1, limit=2)),
        (
            "mute",
            None,
            lambda c, s: c.mute_broadcast_chat_user(BROADCAST, BOB, timedelta(minutes=1), s["chat"].timestamp),
        ),
        ("unmute_broadcast_chat_user", None, lambda c, s: c.unmute_broadcast_chat_user(BROADCAST, BOB)),
        (
            "delete_broadcast_chat_message",
            None,
            lambda c, s: c.delete_broadcast_chat_message(BROADCAST, s["chat"].timestamp),
        ),
        ("create_webhook", "hook", lambda c, s: c.create_webhook(HOOK["url"])),
        ("get_webhooks", None, lambda c, s: c.get_webhooks()),
        ("validate_webhook", None, lambda c, s: c.validate_webhook(s["hook"].id)),
        (
            "create_activity_subscription",
            "subscription",
            lambda c, s: c.create_activity_subscription("chat.received", ALICE, tag="bot", webhook_id=s["hook"].id),
        ),
        ("iter_activity_subscriptions", None, lambda c, s: c.iter_activity_subscriptions()),
        (
            "update_activity_subscription",
            None,
            lambda c, s: c.update_activity_subscription(s["subscription"].subscription_id, tag="renamed"),
        ),
        ("replay_webhook", None, lambda c, s: c.replay_webhook(s["hook"].id, since=_an_hour_ago())),
        (
            "delete_activity_subscription",
            None,
            lambda c, s: c.delete_activity_subscription(s["subscription"].subscription_id),
        ),
        ("delete_webhook", None, lambda c, s: c.delete_webhook(s["hook"].id)),
    ]


HOOK: dict[str, str] = {}
"""The URL of a WebhookApp that answers the fake server's CRC challenge (set by ``upstream``)."""


def _an_hour_ago() -> Any:
    from datetime import UTC, datetime

    return datetime.now(UTC) - timedelta(hours=1)


def _people(upstream: FakeXServer) -> ChatKeys:
    """Bob and Carol with registered keys, a broadcast Alice owns, and Alice's fresh keys."""
    upstream.store.conversations.pop(DIRECT, None)
    upstream.public_keys.pop(ALICE, None)  # each test registers Alice's new keys
    for user in (BOB, CAROL):
        upstream.public_keys[user] = [ChatKeys.generate(user).public_key()]
    upstream.add_broadcast(BROADCAST, owner_id=ALICE)
    return ChatKeys.generate(ALICE)


def test_every_sync_facade_call_passes_prism(upstream: FakeXServer, proxy: str) -> None:
    keys, state, violations = _people(upstream), {}, Violations()
    with (
        httpx.Client(event_hooks={"response": [violations.hook]}) as http,
        ChatClient(token=upstream.token, base_url=proxy, http_client=http) as client,
    ):
        for name, keep, step in _steps(keys):
            if name in CORRUPTED_BY_PRISM:
                with pytest.raises(CORRUPTED_BY_PRISM[name]):
                    step(client, state)
                continue
            result = step(client, state)
            if name.startswith("iter_"):
                assert list(result), name
            if keep:
                state[keep] = result
    assert violations.found == []
    assert violations.checked >= len(_steps(keys))


async def test_every_async_facade_call_passes_prism(upstream: FakeXServer, proxy: str) -> None:
    keys, state, violations = _people(upstream), {}, Violations()
    async with (
        httpx.AsyncClient(event_hooks={"response": [violations.ahook]}) as http,
        AsyncChatClient(token=upstream.token, base_url=proxy, http_client=http) as client,
    ):
        for name, keep, step in _steps(keys):
            if name in CORRUPTED_BY_PRISM:
                with pytest.raises(CORRUPTED_BY_PRISM[name]):
                    await step(client, state)
                continue
            result = step(client, state)
            if name.startswith("iter_"):
                assert [item async for item in result], name
            elif hasattr(result, "__await__"):
                result = await result
            if keep:
                state[keep] = result
    assert violations.found == []
    assert violations.checked >= len(_steps(keys))


def test_the_proxy_does_report_a_violating_request(upstream: FakeXServer, proxy: str) -> None:
    """The control: Prism's proxy flags a request outside the spec, so the tests above can fail."""
    violations = Violations()
    with httpx.Client(event_hooks={"response": [violations.hook]}) as http:
        http.get(f"{proxy}/2/chat/conversations/{DIRECT}/events", params={"max_results": 500})
    assert any("max_results must be <= 100" in found for found in violations.found), violations.found
