"""Independent conformance: the SDK's requests go through Prism, the mock server built from our spec
by Stoplight, in validation mode. Any request Prism reports as violating the spec fails the test."""

from __future__ import annotations

import base64
import contextlib
import io
import itertools
import json
import subprocess
import time
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path
from typing import Any

import httpx
import pytest

from x_chat import AsyncChatClient, ChatClient, PartialErrorsWarning
from x_chat_generated.api.activity import (
    activity_stream,
    create_activity_subscription,
    delete_activity_subscription,
    get_activity_subscriptions,
    update_activity_subscription,
)
from x_chat_generated.api.broadcasts import (
    delete_broadcast_chat_message,
    get_broadcast_chat,
    mute_broadcast_chat_user,
    send_broadcast_chat,
    unmute_broadcast_chat_user,
)
from x_chat_generated.api.chats import (
    add_chat_group_members,
    add_conversation_keys,
    add_user_public_key,
    chat_media_download,
    chat_media_upload_append,
    chat_media_upload_finalize,
    chat_media_upload_initialize,
    create_chat_conversation,
    delete_chat_messages,
    get_chat_conversation,
    get_chat_conversation_events,
    get_chat_conversations,
    get_users_public_key,
    get_users_public_keys,
    initialize_chat_group,
    mark_chat_conversation_read,
    send_chat_message,
    send_chat_typing_indicator,
)
from x_chat_generated.api.webhooks import (
    create_webhook_replay_job,
    create_webhooks,
    delete_webhooks,
    get_webhooks,
    validate_webhooks,
)
from x_chat_generated.models import (
    AddChatGroupMembersRequest,
    AddConversationKeysConversationParticipantKeys,
    AddConversationKeysRequest,
    AddUserPublicKeyPublicKey,
    AddUserPublicKeyRequest,
    BroadcastChatExpansion,
    BroadcastChatMessageField,
    ChatConversationExpansion,
    ChatConversationField,
    ChatMediaUploadAppendRequest,
    ChatMediaUploadFinalizeRequest,
    ChatMediaUploadInitializeRequest,
    ChatMessageEventField,
    CreateActivitySubscriptionFilter,
    CreateActivitySubscriptionRequest,
    CreateActivitySubscriptionRequestEventType,
    CreateChatConversationConversationParticipantKeys,
    CreateChatConversationRequest,
    CreateWebhookReplayJobRequest,
    CreateWebhooksRequest,
    DeleteChatMessagesActionSignatures,
    DeleteChatMessagesRequest,
    DeleteChatMessagesRequestDeleteMessageAction,
    MarkChatConversationReadRequest,
    MuteBroadcastChatUserRequest,
    PublicKeyField,
    SendBroadcastChatRequest,
    SendChatMessageRequest,
    UpdateActivitySubscriptionRequest,
    UserField,
)
from x_chat_generated.types import File

from .redis_server import free_port

ROOT = Path(__file__).resolve().parent.parent
PRISM = ROOT / "node_modules" / ".bin" / "prism"
SPEC = ROOT / "spec" / "x-chat-openapi.json"
DIRECT = "1215441834412953600-1603419180975409153"
BROADCAST = "1YqKDqWqdPLsV"


class Violations:
    """Collects Prism's verdicts: its `sl-violations` header, and any non-2xx answer."""

    def __init__(self) -> None:
        self.found: list[str] = []
        self.checked = 0

    def hook(self, response: httpx.Response) -> None:
        self.checked += 1
        verdict = response.headers.get("sl-violations")
        if verdict or not response.is_success:
            self.found.append(f"{response.request.method} {response.request.url} -> {response.status_code} {verdict}")

    async def ahook(self, response: httpx.Response) -> None:
        self.hook(response)


@contextlib.contextmanager
def running_prism(*command: str) -> Iterator[str]:
    """Prism (``prism mock SPEC`` or ``prism proxy SPEC UPSTREAM``, plus ``options``) on a free port of
    127.0.0.1, once it answers; its base URL. Stopped on exit."""
    assert PRISM.exists(), "Prism is not installed: run `make node-setup` (make test does)"
    port = free_port()
    process = subprocess.Popen(
        [str(PRISM), *command, "-h", "127.0.0.1", "-p", str(port)],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    base_url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            assert process.poll() is None, process.stdout.read() if process.stdout else "prism exited"
            try:
                httpx.get(base_url + "/2/chat/conversations", timeout=1)
                break
            except httpx.TransportError:
                time.sleep(0.2)
        else:
            pytest.fail("Prism did not start within 60 s")
        yield base_url
    finally:
        process.terminate()
        process.wait(timeout=10)


@pytest.fixture(scope="module")
def prism() -> Iterator[str]:
    with running_prism("mock", str(SPEC), "--errors") as base_url:
        yield base_url


@pytest.fixture
def violations() -> Violations:
    return Violations()


@pytest.fixture
def client(prism: str, violations: Violations) -> Iterator[ChatClient]:
    http = httpx.Client(event_hooks={"response": [violations.hook]})
    with ChatClient(token="prism-token", base_url=prism, http_client=http) as chat:
        yield chat
    http.close()
    assert violations.checked > 0


ID_FORMS = [DIRECT, "g1234567890123456789", "1603419180975409153"]  # direct, group, recipient-only


def test_facade_requests_conform(client: ChatClient, violations: Violations) -> None:
    for cid in ID_FORMS:
        client.get_conversation_events(cid)
        client.get_conversation(cid, fields="all", expansions="all", user_fields=["username", "name"])
    client.get_conversation_events(ID_FORMS[1], fields="all", max_results=100, pagination_token="abc")
    client.get_conversation_events(DIRECT, fields=["id", "sender_id", "previous_sequence_id"], max_results=1)
    with pytest.warns(PartialErrorsWarning):  # Prism's example page carries an `errors` entry
        events = list(client.iter_conversation_events(DIRECT, limit=1, fields="all"))
        pages = list(itertools.islice(client.iter_conversation_pages(ID_FORMS[2], page_size=5), 1))
        conversations = list(client.iter_conversations(fields="all", expansions=["member_ids"], limit=1))
    assert len(events) == 1 and len(pages) >= 1 and len(conversations) == 1
    client.get_conversations(max_results=5)
    keys = client.get_users_public_keys([str(10**10 + k) for k in range(150)], fields="all")
    assert keys.data  # two requests (100 + 50 IDs), merged
    _broadcast_calls(client)
    _realtime_calls(client)
    assert violations.found == []
    assert violations.checked == 6 + 2 + 3 + 1 + 2 + 8 + 10


def _realtime_calls(client: ChatClient) -> None:
    """Subscriptions, webhooks and the stream, through the facade (10 requests)."""
    from datetime import UTC, datetime

    made = client.create_activity_subscription("chat.conversation_join", "2244994945", tag="bot", webhook_id="7")
    assert made.subscription_id
    assert len(list(client.iter_activity_subscriptions(limit=1, page_size=10))) == 1
    client.update_activity_subscription("1146654567674912769", tag="renamed", webhook_id=8)
    client.delete_activity_subscription("1146654567674912769")
    client.create_webhook("https://example.com/x-chat/webhook")
    client.get_webhooks()
    client.validate_webhook("1146654567674912769")
    client.delete_webhook(1146654567674912769)
    client.replay_webhook("1146654567674912769", since=datetime.now(UTC) - timedelta(hours=2))
    stream = client.stream_chat_activity(backfill_minutes=3)
    try:
        assert next(iter(stream)) is not None  # Prism's example, one line; then it would reconnect
    finally:
        stream.close()


def _broadcast_calls(client: ChatClient) -> None:
    """The operations of the 2026-08-22 revision, through the facade (8 requests)."""
    from x_chat.crypto import ChatKeys

    client.get_broadcast_chat(
        BROADCAST, fields="all", expansions="author_id", user_fields=["username"], max_results=200
    )
    with pytest.warns(PartialErrorsWarning):
        assert len(list(client.iter_broadcast_chat(BROADCAST, limit=1, page_size=5))) == 1
    client.send_broadcast_chat(BROADCAST, "hello", reply_to="1796592783368434721")
    client.mute_broadcast_chat_user(BROADCAST, "42", until=timedelta(minutes=5), message_id="17")
    client.mute_broadcast_chat_user(BROADCAST, 42)
    client.unmute_broadcast_chat_user(BROADCAST, "42")
    client.delete_broadcast_chat_message(BROADCAST, "1796592783368434721")
    keys = ChatKeys.generate(DIRECT.split("-")[1])  # a delete is signed, not encrypted: no key lookup
    client.delete_messages(DIRECT, ["1001", "1002"], for_all=True, keys=keys)


async def test_async_requests_conform(prism: str, violations: Violations) -> None:
    http = httpx.AsyncClient(event_hooks={"response": [violations.ahook]})
    async with AsyncChatClient(token="prism-token", base_url=prism, http_client=http) as client:
        for cid in ID_FORMS:
            await client.get_conversation_events(cid, fields=["encoded_event", "is_trusted"], max_results=7)
            await client.get_conversation(cid, fields=["id", "type"], expansions=["participant_ids"])
        with pytest.warns(PartialErrorsWarning):
            assert len([e async for e in client.iter_conversation_events(ID_FORMS[1], limit=1)]) == 1
            assert len([c async for c in client.iter_conversations(limit=1)]) == 1
        await client.get_users_public_keys(["2244994945"], fields=["public_key_version"])
        await client.get_broadcast_chat(BROADCAST, fields=["text", "created_at_ms"], pagination_token="12")
        await client.send_broadcast_chat(BROADCAST, "hello")
        await client.mute_broadcast_chat_user(BROADCAST, "42", until="2999-01-01")
        await client.unmute_broadcast_chat_user(BROADCAST, "42")
        await client.delete_broadcast_chat_message(BROADCAST, "1")
        from x_chat.crypto import ChatKeys

        await client.delete_messages("1215441834412953600", ["1001"], keys=ChatKeys.generate("1603419180975409153"))
    await http.aclose()
    assert violations.found == [] and violations.checked == 6 + 2 + 1 + 6


def test_generated_operations_conform(client: ChatClient, violations: Violations) -> None:
    """Every operation of the spec (33), through the generated client."""
    api = client.api
    get_chat_conversations.sync_detailed(
        client=api,
        max_results=5,
        chat_conversation_fields=[ChatConversationField.ID, ChatConversationField.TYPE],
        expansions=[ChatConversationExpansion.PARTICIPANT_IDS],
        user_fields=[UserField.USERNAME, UserField.NAME],
    )
    get_chat_conversation.sync_detailed(DIRECT, client=api, chat_conversation_fields=[ChatConversationField.GROUP_NAME])
    get_chat_conversation_events.sync_detailed(
        DIRECT, client=api, max_results=3, chat_message_event_fields=[ChatMessageEventField.CREATED_AT]
    )
    send_chat_message.sync_detailed(
        DIRECT,
        client=api,
        body=SendChatMessageRequest(message_id="m1", encoded_message_create_event=base64.b64encode(b"x").decode()),
    )
    mark_chat_conversation_read.sync_detailed(
        DIRECT, client=api, body=MarkChatConversationReadRequest(seen_until_sequence_id="12")
    )
    send_chat_typing_indicator.sync_detailed(DIRECT, client=api)
    participant = {"user_id": "12", "encrypted_conversation_key": "a2V5", "public_key_version": "1"}
    create_chat_conversation.sync_detailed(
        client=api,
        body=CreateChatConversationRequest(
            conversation_id="g1234567890123456789",
            conversation_key_version="1",
            conversation_participant_keys=[CreateChatConversationConversationParticipantKeys.from_dict(participant)],
            group_members=["12", "34"],
            group_name="visible to X",
        ),
    )
    initialize_chat_group.sync_detailed(client=api)
    add_conversation_keys.sync_detailed(
        "g1234567890123456789",
        client=api,
        body=AddConversationKeysRequest(
            conversation_key_version="2",
            conversation_participant_keys=[AddConversationKeysConversationParticipantKeys.from_dict(participant)],
        ),
    )
    add_chat_group_members.sync_detailed(
        "g1234567890123456789", client=api, body=AddChatGroupMembersRequest(user_ids=["56"])
    )
    chat_media_upload_initialize.sync_detailed(
        client=api, body=ChatMediaUploadInitializeRequest(conversation_id="1:2", total_bytes=3)
    )
    chat_media_upload_append.sync_detailed(
        "1",
        client=api,
        body=ChatMediaUploadAppendRequest(
            conversation_id="1:2", media=File(payload=io.BytesIO(b"abc")), media_hash_key="k1", segment_index=1
        ),
    )
    chat_media_upload_finalize.sync_detailed(
        "1", client=api, body=ChatMediaUploadFinalizeRequest(conversation_id="1:2", media_hash_key="k1", num_parts="2")
    )
    chat_media_download.sync_detailed("1-2", "AGgkIbPRTG", client=api)
    get_users_public_key.sync_detailed(
        "2244994945",
        client=api,
        public_key_fields=[PublicKeyField.PUBLIC_KEY, PublicKeyField.IDENTITY_PUBLIC_KEY_SIGNATURE],
    )
    get_users_public_keys.sync_detailed(
        client=api, ids=["2244994945", "12"], public_key_fields=[PublicKeyField.PUBLIC_KEY_VERSION]
    )
    add_user_public_key.sync_detailed(
        "2244994945",
        client=api,
        body=AddUserPublicKeyRequest(
            public_key=AddUserPublicKeyPublicKey(public_key="cGs=", signing_public_key="c3Br"), version="1"
        ),
    )
    send_broadcast_chat.sync_detailed(BROADCAST, client=api, body=SendBroadcastChatRequest(text="hello", reply_to="1"))
    signature = {"signature": "c2ln", "public_key_version": "1", "signature_version": "7"}
    delete_chat_messages.sync_detailed(
        DIRECT,
        client=api,
        body=DeleteChatMessagesRequest(
            sequence_ids=["1001"],
            delete_message_action=DeleteChatMessagesRequestDeleteMessageAction.DELETE_FOR_SELF,
            action_signatures=[
                DeleteChatMessagesActionSignatures.from_dict(
                    {
                        "message_id": "m1",
                        "encoded_message_event_detail": "ZGV0YWls",
                        "message_event_signature": signature,
                    }
                )
            ],
        ),
    )
    get_broadcast_chat.sync_detailed(
        BROADCAST,
        client=api,
        max_results=50,
        broadcast_chat_message_fields=[BroadcastChatMessageField.TEXT, BroadcastChatMessageField.REPLY_TO],
        expansions=[BroadcastChatExpansion.AUTHOR_ID],
        user_fields=[UserField.USERNAME],
    )
    mute_broadcast_chat_user.sync_detailed(
        BROADCAST, client=api, body=MuteBroadcastChatUserRequest(user_id="42", end_at_ms="1796592783368")
    )
    unmute_broadcast_chat_user.sync_detailed(BROADCAST, "42", client=api)
    delete_broadcast_chat_message.sync_detailed(BROADCAST, "17", client=api)
    _generated_realtime(api)
    assert violations.found == []
    assert violations.checked == 34  # 33 operations; the stream twice (backfill, and a window)


def _generated_realtime(api: Any) -> None:
    """The X Activity API and webhook operations (10), through the generated client."""
    from datetime import UTC, datetime

    activity_stream.sync_detailed(client=api, backfill_minutes=2)
    activity_stream.sync_detailed(
        client=api, start_time=datetime(2026, 1, 1, tzinfo=UTC), end_time=datetime(2026, 1, 2, tzinfo=UTC)
    )
    get_activity_subscriptions.sync_detailed(client=api, max_results=10)
    create_activity_subscription.sync_detailed(
        client=api,
        body=CreateActivitySubscriptionRequest(
            event_type=CreateActivitySubscriptionRequestEventType.CHAT_RECEIVED,
            filter_=CreateActivitySubscriptionFilter(user_id="2244994945"),
            tag="bot",
        ),
    )
    update_activity_subscription.sync_detailed("1", client=api, body=UpdateActivitySubscriptionRequest(tag="t"))
    delete_activity_subscription.sync_detailed("1", client=api)
    get_webhooks.sync_detailed(client=api)
    create_webhooks.sync_detailed(client=api, body=CreateWebhooksRequest(url="https://example.com/hook"))
    validate_webhooks.sync_detailed("1", client=api)
    delete_webhooks.sync_detailed("1", client=api)
    create_webhook_replay_job.sync_detailed(
        client=api,
        body=CreateWebhookReplayJobRequest(webhook_id="1", from_date="202601010000", to_date="202601011200"),
    )


def test_prism_does_flag_a_violating_request(prism: str, violations: Violations) -> None:
    """The control: a request that breaks the spec is reported, so the tests above can fail."""
    with httpx.Client(event_hooks={"response": [violations.hook]}) as http:
        http.get(f"{prism}/2/chat/conversations/g1/events?max_results=500", headers={"Authorization": "Bearer t"})
        http.get(
            f"{prism}/2/chat/conversations/g1/events?chat_message_event.fields=created_at_msec",
            headers={"Authorization": "Bearer t"},
        )
        http.post(f"{prism}/2/chat/conversations/g1/read", json={}, headers={"Authorization": "Bearer t"})
        http.get(f"{prism}/2/chat/conversations/g1/events")  # no credentials
        # the old append body (JSON with base64) is no longer what the spec says
        http.post(
            f"{prism}/2/chat/media/upload/1/append",
            json={"conversation_id": "1:2", "media": "YWJj", "media_hash_key": "k", "segment_index": 0},
            headers={"Authorization": "Bearer t"},
        )
    assert len(violations.found) == 5
    assert "max_results" in violations.found[0] and "422" in violations.found[0]
    assert all(json.loads(v.split(" ", 4)[4]) for v in violations.found)
