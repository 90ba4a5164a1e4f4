"""One pipeline for every operation (all 33 of the spec): the same fault, the same behaviour, whether an operation is
reached through the facade or through the generated client (``client.api``)."""

from __future__ import annotations

import base64
import io
import time
from collections.abc import Callable, Iterator
from typing import Any

import httpx
import pytest

from x_chat import (
    AsyncChatClient,
    ChatClient,
    InternalServerError,
    MalformedDataError,
    MalformedResponseError,
    RateLimitError,
    RetryPolicy,
    XChatError,
)
from x_chat._api import PipelineClient
from x_chat.testing import FakeXServer, Fault
from x_chat.testing._fake_server.server import DEFAULT_USER
from x_chat.testing.e2e import E2EUser
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
    ChatMediaUploadAppendRequest,
    ChatMediaUploadFinalizeRequest,
    ChatMediaUploadInitializeRequest,
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
    GetChatConversationEventsResponse,
    MarkChatConversationReadRequest,
    MuteBroadcastChatUserRequest,
    SendBroadcastChatRequest,
    SendChatMessageRequest,
    UpdateActivitySubscriptionRequest,
)
from x_chat_generated.types import File, Response

from .conftest import DIRECT, FAST_RETRY, GROUP

PARTICIPANT = {"user_id": "12", "encrypted_conversation_key": "a2V5", "public_key_version": "1"}
BROADCAST = "1YqKDqWqdPLsV"
Call = Callable[[PipelineClient], Response[Any]]
SIGNER = E2EUser.create(DEFAULT_USER)  # real chatxdk keys: the fake server checks a delete's signature


def _delete_body(server: FakeXServer) -> DeleteChatMessagesRequest:
    """A delete-for-self of the direct conversation's oldest message, signed by the server's user."""
    server.public_keys[DEFAULT_USER] = [SIGNER.public_key_object()]
    sequence_id = server.conversations[DIRECT].events[0]["sequence_id"]
    signed = SIGNER.chat.prepare_message_delete(DIRECT.replace("-", ":"), [sequence_id], False)
    return DeleteChatMessagesRequest(
        sequence_ids=[sequence_id],
        delete_message_action=DeleteChatMessagesRequestDeleteMessageAction.DELETE_FOR_SELF,
        action_signatures=[
            DeleteChatMessagesActionSignatures.from_dict(
                {
                    "message_id": signed["message_id"],
                    "encoded_message_event_detail": signed["encoded_message_event_detail"],
                    "message_event_signature": {
                        k: signed[k] for k in ("signature", "public_key_version", "signature_version")
                    },
                }
            )
        ],
    )


def _realtime(server: FakeXServer, hook_url: str) -> dict[str, tuple[str, Call]]:
    """The X Activity API and webhook operations: a subscription, a webhook at ``hook_url`` (which
    answers CRC), and one event published a minute ago that the stream's window covers."""
    from datetime import UTC, datetime, timedelta

    from x_chat.testing._fake_server.activity import FakeSubscription, FakeWebhook

    hub = server.activity
    hub.webhooks["7"] = FakeWebhook("7", hook_url, True, "")
    hub.subscriptions["1"] = FakeSubscription("1", "chat.received", DEFAULT_USER)
    if not hub.published:
        hub.publish("chat.received", DEFAULT_USER, {"conversation_id": GROUP, "id": "1"}, at=time.time() - 60)
    window = datetime.now(UTC) - timedelta(minutes=5), datetime.now(UTC) - timedelta(seconds=1)
    minute = (datetime.now(UTC) - timedelta(hours=1)).strftime("%Y%m%d%H%M")
    subscription = CreateActivitySubscriptionRequest(
        event_type=CreateActivitySubscriptionRequestEventType.CHAT_RECEIVED,
        filter_=CreateActivitySubscriptionFilter(user_id=DEFAULT_USER),
    )
    return {
        "activity_stream": (
            "GET",
            lambda api: activity_stream.sync_detailed(client=api, start_time=window[0], end_time=window[1]),
        ),
        "get_activity_subscriptions": ("GET", lambda api: get_activity_subscriptions.sync_detailed(client=api)),
        "create_activity_subscription": (
            "POST",
            lambda api: create_activity_subscription.sync_detailed(client=api, body=subscription),
        ),
        "update_activity_subscription": (
            "PUT",
            lambda api: update_activity_subscription.sync_detailed(
                "1", client=api, body=UpdateActivitySubscriptionRequest(tag="t")
            ),
        ),
        "delete_activity_subscription": (
            "DELETE",
            lambda api: delete_activity_subscription.sync_detailed(_resubscribed(server), client=api),
        ),
        "get_webhooks": ("GET", lambda api: get_webhooks.sync_detailed(client=api)),
        "create_webhooks": (
            "POST",
            lambda api: create_webhooks.sync_detailed(client=api, body=CreateWebhooksRequest(url=hook_url)),
        ),
        "validate_webhooks": ("PUT", lambda api: validate_webhooks.sync_detailed("7", client=api)),
        "delete_webhooks": (
            "DELETE",
            lambda api: delete_webhooks.sync_detailed(_rehooked(server, hook_url), client=api),
        ),
        "create_webhook_replay_job": (
            "POST",
            lambda api: create_webhook_replay_job.sync_detailed(
                client=api, body=CreateWebhookReplayJobRequest(webhook_id="7", from_date=minute, to_date=minute)
            ),
        ),
    }


def _resubscribed(server: FakeXServer) -> str:
    from x_chat.testing._fake_server.activity import FakeSubscription

    server.activity.subscriptions["2"] = FakeSubscription("2", "chat.sent", DEFAULT_USER)
    return "2"


def _rehooked(server: FakeXServer, hook_url: str) -> str:
    from x_chat.testing._fake_server.activity import FakeWebhook

    server.activity.webhooks["8"] = FakeWebhook("8", hook_url, True, "")
    return "8"


def _operations(server: FakeXServer, hook_url: str = "http://127.0.0.1:9/") -> dict[str, tuple[str, Call]]:
    """Every operation of the spec (33) with arguments the fake server accepts: name -> (method, call)."""
    server.public_keys["2244994945"] = [{"public_key": "cGs=", "public_key_version": "1"}]
    server.uploads["77"] = {"conversation_id": DIRECT, "key": "k1", "parts": {}}
    server.media[(DIRECT, "AGgkIbPRTG")] = b"ciphertext"
    body = SendChatMessageRequest(message_id="m1", encoded_message_create_event=base64.b64encode(b"x").decode())
    broadcast = server.add_broadcast(BROADCAST)
    broadcast.messages.append({"id": "1700000000000000000", "text": "hi", "author_id": "42", "broadcast_id": BROADCAST})
    return {
        "get_chat_conversations": ("GET", lambda api: get_chat_conversations.sync_detailed(client=api)),
        "get_chat_conversation": ("GET", lambda api: get_chat_conversation.sync_detailed(DIRECT, client=api)),
        "get_chat_conversation_events": (
            "GET",
            lambda api: get_chat_conversation_events.sync_detailed(GROUP, client=api, max_results=2),
        ),
        "chat_media_download": (
            "GET",
            lambda api: chat_media_download.sync_detailed(DIRECT, "AGgkIbPRTG", client=api),
        ),
        "get_users_public_key": ("GET", lambda api: get_users_public_key.sync_detailed("2244994945", client=api)),
        "get_users_public_keys": (
            "GET",
            lambda api: get_users_public_keys.sync_detailed(client=api, ids=["2244994945"]),
        ),
        "send_chat_message": ("POST", lambda api: send_chat_message.sync_detailed(DIRECT, client=api, body=body)),
        "mark_chat_conversation_read": (
            "POST",
            lambda api: mark_chat_conversation_read.sync_detailed(
                DIRECT, client=api, body=MarkChatConversationReadRequest(seen_until_sequence_id="12")
            ),
        ),
        "send_chat_typing_indicator": (
            "POST",
            lambda api: send_chat_typing_indicator.sync_detailed(DIRECT, client=api),
        ),
        "create_chat_conversation": (
            "POST",
            lambda api: create_chat_conversation.sync_detailed(
                client=api,
                body=CreateChatConversationRequest(
                    conversation_id="g1234567890123456780",
                    conversation_key_version="1",
                    conversation_participant_keys=[
                        CreateChatConversationConversationParticipantKeys.from_dict(PARTICIPANT)
                    ],
                    group_members=["12", "34"],
                ),
            ),
        ),
        "initialize_chat_group": ("POST", lambda api: initialize_chat_group.sync_detailed(client=api)),
        "add_conversation_keys": (
            "POST",
            lambda api: add_conversation_keys.sync_detailed(
                GROUP,
                client=api,
                body=AddConversationKeysRequest(
                    conversation_key_version="2",
                    conversation_participant_keys=[
                        AddConversationKeysConversationParticipantKeys.from_dict(PARTICIPANT)
                    ],
                ),
            ),
        ),
        "add_chat_group_members": (
            "POST",
            lambda api: add_chat_group_members.sync_detailed(
                GROUP, client=api, body=AddChatGroupMembersRequest(user_ids=["56"])
            ),
        ),
        "chat_media_upload_initialize": (
            "POST",
            lambda api: chat_media_upload_initialize.sync_detailed(
                client=api, body=ChatMediaUploadInitializeRequest(conversation_id=DIRECT, total_bytes=3)
            ),
        ),
        "chat_media_upload_append": (
            "POST",
            lambda api: chat_media_upload_append.sync_detailed(
                "77",
                client=api,
                body=ChatMediaUploadAppendRequest(
                    conversation_id=DIRECT, media=File(payload=io.BytesIO(b"abc")), media_hash_key="k1", segment_index=0
                ),
            ),
        ),
        "chat_media_upload_finalize": (
            "POST",
            lambda api: chat_media_upload_finalize.sync_detailed(
                "77",
                client=api,
                body=ChatMediaUploadFinalizeRequest(conversation_id=DIRECT, media_hash_key="k1", num_parts="1"),
            ),
        ),
        "add_user_public_key": (
            "POST",
            lambda api: add_user_public_key.sync_detailed(
                "2244994945",
                client=api,
                body=AddUserPublicKeyRequest(
                    public_key=AddUserPublicKeyPublicKey(public_key="cGs=", signing_public_key="c3Br"), version="2"
                ),
            ),
        ),
        "send_broadcast_chat": (
            "POST",
            lambda api: send_broadcast_chat.sync_detailed(
                BROADCAST, client=api, body=SendBroadcastChatRequest(text="hello")
            ),
        ),
        "delete_chat_messages": (
            "POST",
            lambda api: delete_chat_messages.sync_detailed(DIRECT, client=api, body=_delete_body(server)),
        ),
        "get_broadcast_chat": ("GET", lambda api: get_broadcast_chat.sync_detailed(BROADCAST, client=api)),
        "mute_broadcast_chat_user": (
            "POST",
            lambda api: mute_broadcast_chat_user.sync_detailed(
                BROADCAST, client=api, body=MuteBroadcastChatUserRequest(user_id="42")
            ),
        ),
        "unmute_broadcast_chat_user": (
            "DELETE",
            lambda api: unmute_broadcast_chat_user.sync_detailed(BROADCAST, "42", client=api),
        ),
        "delete_broadcast_chat_message": (
            "DELETE",
            lambda api: delete_broadcast_chat_message.sync_detailed(BROADCAST, "1700000000000000000", client=api),
        ),
        **_realtime(server, hook_url),
    }


@pytest.fixture(scope="module")
def hook_url() -> Iterator[str]:
    """A WebhookApp under uvicorn: it answers the CRC challenge of webhook registration and validation."""
    import tempfile

    from x_chat.webhooks import WebhookApp

    from .webhook_server import serving

    with tempfile.TemporaryDirectory() as folder:
        app = WebhookApp(consumer_secret="fake-consumer-secret", on_event=lambda a: None, journal=f"{folder}/j.sqlite3")
        with serving(app) as url:
            yield url + "/"


OPERATIONS = sorted(_operations(FakeXServer()).items())


def test_the_table_covers_every_operation_of_the_spec() -> None:
    import json

    from x_chat import spec_bytes

    spec = json.loads(spec_bytes())
    operations = {op["operationId"] for item in spec["paths"].values() for op in item.values() if "operationId" in op}
    snake = {"".join(f"_{c.lower()}" if c.isupper() else c for c in name) for name in operations}
    assert sorted(snake - {name for name, _ in OPERATIONS}) == [], "operations of the spec this table lacks"
    assert sorted({name for name, _ in OPERATIONS} - snake) == [], "operations the spec no longer has"


@pytest.mark.parametrize("name", [name for name, _ in OPERATIONS])
def test_a_503_is_retried_for_reads_and_raised_for_writes(
    server: FakeXServer, client: ChatClient, name: str, hook_url: str
) -> None:
    method, call = _operations(server, hook_url)[name]
    server.clear_requests()
    server.inject(Fault.server_error(503, path="/2/"))
    if method in ("GET", "DELETE", "PUT"):  # idempotent, or nothing was stored: the retry answers
        response = call(client.api)
        assert 200 <= response.status_code < 300
        assert len(server.requests_to("/2/")) == 2
    else:  # a write that may have been stored is never sent twice
        with pytest.raises(InternalServerError) as info:
            call(client.api)
        assert info.value.status_code == 503 and info.value.request_id
        assert len(server.requests_to("/2/")) == 1


@pytest.mark.parametrize("name", [name for name, method in OPERATIONS if method[0] != "GET"])
def test_a_429_on_a_write_waits_and_sends_it_again(
    server: FakeXServer, client: ChatClient, name: str, hook_url: str
) -> None:
    _, call = _operations(server, hook_url)[name]
    server.clear_requests()
    server.inject(Fault.rate_limited(retry_after=0.05, path="/2/"))  # X rejected it unprocessed
    response = call(client.api)
    assert 200 <= response.status_code < 300
    assert len(server.requests_to("/2/")) == 2
    assert client.rate_limit is not None  # tracked for client.api calls too


def test_a_429_beyond_the_cap_raises_instead_of_waiting(server: FakeXServer, client: ChatClient) -> None:
    _, call = _operations(server)["send_chat_message"]
    server.inject(Fault.rate_limited(reset_in=3600, path="/2/"))
    with pytest.raises(RateLimitError) as info:
        call(client.with_options(retry=RetryPolicy(max_rate_limit_wait=5)).api)
    assert info.value.reset_at is not None


def test_a_write_is_not_resent_after_the_server_stored_it(server: FakeXServer, client: ChatClient) -> None:
    """The connection drops after the server stored the message: the client must not send it again."""
    _, call = _operations(server)["send_chat_message"]
    before = len(server.conversations[DIRECT].events)
    server.inject(Fault.reset_after_handling(path="/2/chat/conversations/"))
    with pytest.raises(XChatError):
        call(client.api)
    assert len(server.conversations[DIRECT].events) == before + 1  # stored exactly once
    assert len(server.requests_to("/2/chat/conversations/")) == 1


def test_a_read_is_retried_after_a_dropped_connection(server: FakeXServer, client: ChatClient) -> None:
    server.inject(Fault.reset_after_handling(path="/2/chat/"))
    page = client.get_conversation_events(GROUP, max_results=3)
    assert len(page.data) == 3
    assert len(server.requests_to("/2/chat/")) == 2


def test_client_api_gets_typed_errors_and_malformed_bodies(server: FakeXServer, client: ChatClient) -> None:
    with pytest.raises(XChatError) as info:
        get_chat_conversation.sync_detailed("g999", client=client.api)
    assert info.value.__class__.__name__ == "NotFoundError"
    server.inject(Fault.malformed(b'{"data": "nope"}', content_type="application/json"))
    with pytest.raises(MalformedResponseError, match="data: expected array"):
        get_chat_conversation_events.sync_detailed(GROUP, client=client.api)


def test_malformed_data_error_is_an_xchat_error() -> None:
    page = GetChatConversationEventsResponse.from_dict({"meta": {"next_token": 5}})
    with pytest.raises(XChatError) as info:
        _ = page.meta
    assert isinstance(info.value, MalformedDataError) and info.value.field == "meta"


def test_with_options_shares_the_connection_pool_and_rate_limit(server: FakeXServer, client: ChatClient) -> None:
    patient = client.with_options(max_retries=0, timeout=httpx.Timeout(2.0))
    assert patient.retry.max_retries == 0 and client.retry.max_retries == FAST_RETRY.max_retries
    assert patient._http is client._http  # one connection pool (httpx.Client, or httpx.AsyncClient)
    server.inject(Fault.server_error(503))
    with pytest.raises(InternalServerError):
        patient.get_conversation_events(GROUP)
    (patient.close if isinstance(patient, ChatClient) else patient.aclose)()  # does not close the shared pool
    assert len(client.get_conversation_events(GROUP, max_results=1).data) == 1
    assert patient.rate_limit is client.rate_limit


async def test_async_generated_operations_share_the_pipeline(server: FakeXServer, aclient: AsyncChatClient) -> None:
    server.inject(Fault.server_error(503))
    response = await get_chat_conversation_events.asyncio_detailed(GROUP, client=aclient.api, max_results=2)
    assert response.status_code == 200 and len(server.requests_to("/2/chat/")) == 2
    server.inject(Fault.server_error(503))
    with pytest.raises(InternalServerError):
        await send_chat_typing_indicator.asyncio_detailed(DIRECT, client=aclient.api)


# The facade's methods meet the same faults: they call the generated operations, so the pipeline.
PEER = "42"
ENCRYPTED = f"{PEER}-{DEFAULT_USER}"
FacadeCall = Callable[[Any, Any], Any]  # (ChatClient | AsyncChatClient, ChatKeys) -> result or awaitable
FACADE: dict[str, tuple[str, FacadeCall]] = {
    "get_conversation_events": ("GET", lambda c, k: c.get_conversation_events(GROUP, max_results=2)),
    "get_conversation": ("GET", lambda c, k: c.get_conversation(DIRECT, fields="all")),
    "get_conversations": ("GET", lambda c, k: c.get_conversations()),
    "get_users_public_keys": ("GET", lambda c, k: c.get_users_public_keys([PEER])),
    "get_user_public_keys": ("GET", lambda c, k: c.get_user_public_keys(PEER)),
    "mark_read": ("POST", lambda c, k: c.mark_read(DIRECT, "12")),
    "send_typing": ("POST", lambda c, k: c.send_typing(DIRECT)),
    "send_broadcast_chat": ("POST", lambda c, k: c.send_broadcast_chat("1YqKDqWqdPLsV", "hello")),
    "register_public_key": ("POST", lambda c, k: c.register_public_key(k)),
    "send_message": ("POST", lambda c, k: c.send_message(ENCRYPTED, "hi", keys=k)),
    "add_reaction": ("POST", lambda c, k: c.add_reaction(ENCRYPTED, "1", "👍", keys=k)),
    "remove_reaction": ("POST", lambda c, k: c.remove_reaction(ENCRYPTED, "1", "👍", keys=k)),
    "edit_message": ("POST", lambda c, k: c.edit_message(ENCRYPTED, "1", "hi!", keys=k)),
    # the key change that opened ENCRYPTED is its first event: 10**15 + 1
    "delete_messages": ("POST", lambda c, k: c.delete_messages(ENCRYPTED, ["1000000000000001"], keys=k)),
    "get_broadcast_chat": ("GET", lambda c, k: c.get_broadcast_chat(BROADCAST, expansions="author_id")),
    "mute_broadcast_chat_user": ("POST", lambda c, k: c.mute_broadcast_chat_user(BROADCAST, PEER)),
    "unmute_broadcast_chat_user": ("DELETE", lambda c, k: c.unmute_broadcast_chat_user(BROADCAST, PEER)),
    "delete_broadcast_chat_message": (
        "DELETE",
        lambda c, k: c.delete_broadcast_chat_message(BROADCAST, "1700000000000000000"),
    ),
    "create_activity_subscription": ("POST", lambda c, k: c.create_activity_subscription("chat.received", PEER)),
    "update_activity_subscription": ("PUT", lambda c, k: c.update_activity_subscription("1", tag="t")),
    "delete_activity_subscription": ("DELETE", lambda c, k: c.delete_activity_subscription(_subscribed(c))),
    "get_webhooks": ("GET", lambda c, k: c.get_webhooks()),
    "delete_webhook": ("DELETE", lambda c, k: c.delete_webhook(_hooked(c))),
    "replay_webhook": ("POST", lambda c, k: c.replay_webhook("7", since=_an_hour_ago())),
}
_TABLE_SERVER: dict[str, FakeXServer] = {}


def _subscribed(chat: Any) -> str:
    """A subscription to delete (made on the test's server, which ``keys`` stored in _TABLE_SERVER)."""
    from x_chat.testing._fake_server.activity import FakeSubscription

    _TABLE_SERVER["server"].activity.subscriptions["9"] = FakeSubscription("9", "chat.sent", PEER)
    return "9"


def _hooked(chat: Any) -> str:
    from x_chat.testing._fake_server.activity import FakeWebhook

    _TABLE_SERVER["server"].activity.webhooks["9"] = FakeWebhook("9", "https://example.com/x", True, "")
    return "9"


def _an_hour_ago() -> Any:
    from datetime import UTC, datetime, timedelta

    return datetime.now(UTC) - timedelta(hours=1)


@pytest.fixture
def keys(server: FakeXServer, client: ChatClient) -> Any:
    """The server user's keys, registered, with a conversation key already made for ENCRYPTED, so
    that an encrypted write is one request (what the fault hits)."""
    from x_chat.crypto import ChatKeys

    mine = ChatKeys.generate(DEFAULT_USER)
    server.add_user(PEER, public_key=ChatKeys.generate(PEER).public_key())
    client.register_public_key(mine)
    client.conversation_key(ENCRYPTED, mine)
    broadcast = server.add_broadcast(BROADCAST)
    broadcast.messages.append({"id": "1700000000000000000", "text": "hi", "author_id": PEER, "broadcast_id": BROADCAST})
    from x_chat.testing._fake_server.activity import FakeSubscription, FakeWebhook

    server.activity.subscriptions["1"] = FakeSubscription("1", "chat.received", PEER)
    server.activity.webhooks["7"] = FakeWebhook("7", "https://example.com/x", True, "")
    _TABLE_SERVER["server"] = server
    server.clear_requests()
    return mine


@pytest.mark.parametrize("flavour", ["sync", "async"])
@pytest.mark.parametrize("name", sorted(FACADE))
async def test_facade_methods_meet_faults_like_the_generated_ones(
    server: FakeXServer, client: ChatClient, aclient: AsyncChatClient, keys: Any, name: str, flavour: str
) -> None:
    method, call = FACADE[name]
    chat: Any = client if flavour == "sync" else aclient
    if flavour == "async":
        await aclient.conversation_key(ENCRYPTED, keys)  # the keys' cache already holds it: no request
    server.clear_requests()
    server.inject(Fault.server_error(503, path="/2/"))

    async def invoke() -> Any:
        result = call(chat, keys)
        return await result if flavour == "async" else result

    if method in ("GET", "DELETE", "PUT"):
        assert await invoke() is not None
        assert len(server.requests_to("/2/")) == 2  # retried: idempotent, or nothing can have been stored
    else:
        with pytest.raises(InternalServerError):
            await invoke()
        assert len(server.requests_to("/2/")) == 1  # never sent twice
    server.inject(Fault.rate_limited(retry_after=0.05, path="/2/"))
    server.clear_requests()
    assert await invoke() is not None  # a 429: X processed nothing, so every call waits and resends
    assert len(server.requests_to("/2/")) == 2


def test_the_facade_table_covers_every_public_method_that_sends_one_request() -> None:
    """A new single-request method must join FACADE (the multi-request ones are tested elsewhere)."""
    multi = {"create_group", "add_group_members", "upload_media", "download_media", "conversation_key"}
    # real time: open-ended iterators over many responses (tests/test_stream.py, test_realtime.py); the
    # webhook calls whose fake needs a CRC-answering URL (create, validate: tests/test_webhooks.py)
    multi |= {"stream_chat_activity", "stream_chat_messages", "poll_chat_activity", "listen", "decrypt_activity"}
    multi |= {"create_webhook", "validate_webhook"}
    iterators = {name for name in dir(ChatClient) if name.startswith("iter_")}
    detailed = {name for name in dir(ChatClient) if name.endswith("_detailed")}
    own = {"close", "with_options", "with_raw_response", "rate_limit", "rate_budget", "api", "base_url", "retry"}
    own |= {"timeout", "settings"}
    public = {name for name in dir(ChatClient) if not name.startswith("_")}
    assert public - multi - iterators - detailed - own == set(FACADE)


def test_the_generated_clients_own_knobs_refuse_instead_of_doing_nothing(client: ChatClient) -> None:
    """client.api sends through the pipeline, which never reads the generated client's headers,
    cookies or timeout: changing them raises, naming the option that works."""
    from x_chat import ConfigurationError

    calls = {
        "with_headers": lambda: client.api.with_headers({"X-A": "b"}),
        "with_cookies": lambda: client.api.with_cookies({"a": "b"}),
        "with_timeout": lambda: client.api.with_timeout(httpx.Timeout(1.0)),
    }
    for name, call in calls.items():
        with pytest.raises(ConfigurationError, match=rf"client\.api\.{name}\(\) has no effect"):
            call()


def test_a_success_status_the_spec_does_not_list_is_a_malformed_response(
    server: FakeXServer, client: ChatClient
) -> None:
    """Operations return their success types only: a 2xx the spec does not list for the operation
    (202 here) is MalformedResponseError through the pipeline, not a stray model or None."""
    server.inject(Fault(status=202, body=b"{}", content_type="application/json"))
    with pytest.raises(MalformedResponseError, match="HTTP 202 is not a success the spec lists"):
        client.get_conversation_events(GROUP)
