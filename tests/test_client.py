"""ChatClient / AsyncChatClient against the fake X server over real HTTP."""

from __future__ import annotations

import asyncio
import json
from datetime import UTC, datetime, timedelta

import httpx
import pytest

from x_chat import (
    AsyncChatClient,
    ChatClient,
    ChatConversation,
    ChatMessageEvent,
    ConfigurationError,
    Conversation,
    ConversationId,
    EventField,
    EventsPage,
    GetChatConversationEventsResponse,
    GetChatConversationResponse,
    InvalidFieldError,
    InvalidIdError,
    MalformedResponseError,
    PaginationLoopError,
    PartialErrorsWarning,
    PartialResponseError,
    created_at,
    parse_time,
)
from x_chat.testing import FakeXServer, Fault
from x_chat_generated.types import UNSET

from .conftest import DIRECT, FAST_RETRY, GROUP

START = datetime(2025, 1, 1, tzinfo=UTC)
STEP = timedelta(milliseconds=37_000)


def test_get_conversation_returns_the_generated_page_model(server: FakeXServer, client: ChatClient) -> None:
    page = client.get_conversation_events(DIRECT, fields=["id", "sender_id"], max_results=100)
    assert isinstance(page, EventsPage) and isinstance(page.model, GetChatConversationEventsResponse)
    assert page.meta.result_count == 100
    assert all(isinstance(e, ChatMessageEvent) for e in page.data)
    assert {e.sender_id for e in page.data} == set(DIRECT.split("-"))
    (request,) = server.requests_to("/2/chat/conversations/")
    assert dict(request.query) == {"max_results": "100", "chat_message_event.fields": "id,sender_id"}


def test_accepts_a_conversation_id_object(server: FakeXServer, client: ChatClient) -> None:
    page = client.get_conversation_events(ConversationId.parse(GROUP), max_results=1)
    assert page.meta.result_count == 1


def test_detailed_exposes_status_headers_and_rate_limit(server: FakeXServer, client: ChatClient) -> None:
    detailed = client.with_raw_response.get_conversation_events(GROUP, max_results=1)
    assert detailed.raw.status_code == 200
    assert detailed.raw.rate_limit is not None and detailed.raw.rate_limit.limit == 900
    assert detailed.raw.request_id == detailed.raw.headers["x-transaction-id"]


def test_latest_rate_limit_is_exposed_while_iterating(server: FakeXServer, client: ChatClient) -> None:
    assert client.rate_limit is None
    events = client.iter_conversation_events(GROUP, page_size=10)
    next(events)
    first = client.rate_limit
    assert first is not None and first.limit == 900 and first.reset is not None
    for _ in range(10):
        next(events)
    assert client.rate_limit is not None and client.rate_limit.remaining == first.remaining - 1  # type: ignore[operator]


def test_iterates_every_event_once_newest_first(server: FakeXServer, client: ChatClient) -> None:
    events = list(client.iter_conversation_events(GROUP, fields="all"))
    expected = server.conversations[GROUP].events[::-1]
    assert [e.id for e in events] == [e["id"] for e in expected]
    assert len(server.requests_to("/2/chat/conversations/")) == 13  # 1234 events, 100 a page


def test_iteration_is_lazy(server: FakeXServer, client: ChatClient) -> None:
    events = client.iter_conversation_events(GROUP, page_size=10)
    assert server.requests_to("/2/chat/conversations/") == []
    next(events)
    assert len(server.requests_to("/2/chat/conversations/")) == 1
    for _ in range(10):
        next(events)
    assert len(server.requests_to("/2/chat/conversations/")) == 2


def test_limit_and_page_size(server: FakeXServer, client: ChatClient) -> None:
    events = list(client.iter_conversation_events(GROUP, limit=250, page_size=60))
    assert len(events) == 250
    requests = server.requests_to("/2/chat/conversations/")
    assert len(requests) == 5
    assert {r.query_values("max_results")[0] for r in requests} == {"60"}
    assert list(client.iter_conversation_events(GROUP, limit=0)) == []
    assert len(server.requests_to("/2/chat/conversations/")) == 5


def test_resume_from_a_saved_token_loses_and_repeats_nothing(server: FakeXServer, client: ChatClient) -> None:
    seen: list[str] = []
    saved: str | None = None
    for number, page in enumerate(client.iter_conversation_pages(GROUP, page_size=100)):
        seen += [e.id for e in page.data]  # type: ignore[misc, union-attr]
        saved = page.meta.next_token  # type: ignore[union-attr, assignment]
        if number == 4:
            break  # the program stops here; it saved where it was
    assert saved is not None
    with ChatClient(token=server.token, base_url=server.base_url) as fresh:
        seen += [e.id for e in fresh.iter_conversation_events(GROUP, start_token=saved)]  # type: ignore[misc]
    assert seen == [e["id"] for e in server.conversations[GROUP].events[::-1]]


def test_pages_stop_when_next_token_is_absent(server: FakeXServer, client: ChatClient) -> None:
    server.add_conversation("g42", events=200)
    pages = list(client.iter_conversation_pages("g42", page_size=100))
    assert len(pages) == 2
    assert isinstance(pages[0].meta.next_token, str)
    assert pages[-1].meta.to_dict().get("next_token") is None
    assert len(server.requests_to("/2/chat/conversations/")) == 2


def test_empty_conversation(server: FakeXServer, client: ChatClient) -> None:
    server.add_conversation("g7", events=0)
    assert list(client.iter_conversation_events("g7")) == []


def test_repeated_next_token_stops_with_a_clear_error(server: FakeXServer, client: ChatClient) -> None:
    server.conversations[GROUP].repeat_next_token = True
    with pytest.raises(PaginationLoopError, match="twice"):
        list(client.iter_conversation_pages(GROUP, page_size=100))
    assert len(server.requests_to("/2/chat/conversations/")) == 2  # the second page repeated the first one's token


def test_partial_errors_warn_by_default_and_raise_when_strict(server: FakeXServer, client: ChatClient) -> None:
    problem = {"title": "Partial", "type": "about:blank", "detail": "one event could not be loaded"}
    server.conversations[DIRECT].page_errors = [problem]
    with pytest.warns(PartialErrorsWarning, match="Partial"):
        pages = list(client.iter_conversation_pages(DIRECT))
    assert pages[0].errors[0].detail == "one event could not be loaded"  # type: ignore[index]
    with pytest.raises(PartialResponseError) as info:
        list(client.iter_conversation_events(DIRECT, strict=True))
    assert info.value.errors[0].title == "Partial"


def test_time_window_since_inclusive_until_exclusive(server: FakeXServer, client: ChatClient) -> None:
    since = START + 100 * STEP
    until = START + 150 * STEP
    events = list(client.iter_conversation_events(GROUP, fields=["id"], since=since, until=until))
    stamps = [created_at(e) for e in events]
    assert len(events) == 50
    assert min(stamps) == since and max(stamps) == until - STEP  # type: ignore[type-var]
    # created_at was added to the selection because the window needs it
    assert server.requests_to("/2/chat/conversations/")[0].query_values("chat_message_event.fields") == [
        "id,created_at"
    ]
    # newest first: the iteration stopped once it passed `since` instead of reading everything
    assert len(server.requests_to("/2/chat/conversations/")) == 12


def test_time_window_accepts_strings_naive_is_utc(server: FakeXServer, client: ChatClient) -> None:
    events = list(client.iter_conversation_events(GROUP, since="2025-01-01 00:01:00", until="2025-01-01T00:02:00Z"))
    assert [created_at(e) for e in events][::-1] == [START + k * STEP for k in (2, 3)]
    assert parse_time("2025-01-01 00:01:00") == datetime(2025, 1, 1, 0, 1, tzinfo=UTC)
    with pytest.raises(ValueError, match="date/time"):
        list(client.iter_conversation_events(GROUP, since="not a date"))


def test_created_at_is_an_aware_datetime(server: FakeXServer, client: ChatClient) -> None:
    (event,) = client.get_conversation_events(GROUP, fields=["created_at"], max_results=1).data  # type: ignore[misc]
    assert isinstance(event.created_at, datetime) and event.created_at.tzinfo is not None
    assert event.created_at == START + 1233 * STEP
    # X's form with an offset, and one without (taken as UTC, never local time)
    assert ChatMessageEvent.from_dict({"created_at": "2025-01-01T00:00:00.123Z"}).created_at == datetime(
        2025, 1, 1, 0, 0, 0, 123000, tzinfo=UTC
    )
    naive = ChatMessageEvent.from_dict({"created_at": "2025-01-01T05:00:00"}).created_at
    assert naive == datetime(2025, 1, 1, 5, tzinfo=UTC)
    assert created_at(ChatMessageEvent.from_dict({"id": "1"})) is None


@pytest.mark.parametrize("size", [0, 101, -1, 2.5, True])
def test_bad_page_sizes_are_rejected_before_any_request(server: FakeXServer, client: ChatClient, size: object) -> None:
    with pytest.raises(ValueError):
        client.get_conversation_events(GROUP, max_results=size)  # type: ignore[arg-type]
    with pytest.raises(ValueError):
        client.iter_conversation_events(GROUP, page_size=size)  # type: ignore[arg-type]
    assert server.requests == []


def test_token_from_environment(server: FakeXServer, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("X_BEARER_TOKEN", server.token)
    with ChatClient(base_url=server.base_url) as client:
        assert client.get_conversation_events(GROUP, max_results=1).meta.result_count == 1
    monkeypatch.delenv("X_BEARER_TOKEN")
    with pytest.raises(ConfigurationError, match="X_BEARER_TOKEN"):
        ChatClient(base_url=server.base_url)


def test_user_supplied_httpx_client(server: FakeXServer) -> None:
    hooks: list[str] = []
    http = httpx.Client(event_hooks={"request": [lambda request: hooks.append(str(request.url))]})
    with ChatClient(token=server.token, base_url=server.base_url, http_client=http) as client:
        client.get_conversation_events(GROUP, max_results=1)
        assert client.api.get_httpx_client() is http
    assert hooks and hooks[0].startswith(server.base_url)
    assert not http.is_closed  # not ours to close
    assert server.requests_to("/2/chat/conversations/")[0].headers["authorization"] == f"Bearer {server.token}"
    http.close()


def test_generated_low_level_client_is_reachable(server: FakeXServer, client: ChatClient) -> None:
    from x_chat_generated.api.chats import get_chat_conversations

    listing = get_chat_conversations.sync(client=client.api)
    assert {c.id for c in listing.data} == {DIRECT, GROUP}


# -- v2.167: events at /events, metadata at the old URL, the inbox, public keys ------------------


def test_events_come_from_the_events_path_with_every_seed_parameter(server: FakeXServer, client: ChatClient) -> None:
    page = client.get_conversation_events(GROUP, fields=["id", "sender_id"], max_results=5)
    token = page.meta.next_token
    client.get_conversation_events(GROUP, max_results=5, pagination_token=token)  # type: ignore[arg-type]
    first, second = server.requests_to("/2/chat/")
    assert first.path == second.path == f"/2/chat/conversations/{GROUP}/events"
    assert dict(first.query) == {"max_results": "5", "chat_message_event.fields": "id,sender_id"}
    assert dict(second.query) == {"max_results": "5", "pagination_token": token}


def test_selected_fields_are_exactly_what_comes_back(server: FakeXServer, client: ChatClient) -> None:
    page = client.get_conversation_events(DIRECT, fields=["id", "sender_id"], max_results=3)
    for event in page.data:
        assert set(event.to_dict()) == {"id", "sender_id"}
        assert event.encoded_event is UNSET and event.created_at is UNSET


def test_fields_all_sends_the_v2_167_set(server: FakeXServer, client: ChatClient) -> None:
    client.get_conversation_events(GROUP, fields="all", max_results=1)
    (request,) = server.requests_to("/2/chat/")
    sent = request.query_values("chat_message_event.fields")[0].split(",")
    assert sorted(sent) == sorted(m.value for m in EventField) and "created_at" in sent
    assert "created_at_msec" not in sent


def test_old_event_field_names_are_read_with_a_warning(server: FakeXServer, client: ChatClient) -> None:
    with pytest.warns(DeprecationWarning, match="created_at"):
        client.get_conversation_events(GROUP, fields=["created_at_msec", "previous_sequence_id"], max_results=1)
    (request,) = server.requests_to("/2/chat/")
    assert request.query_values("chat_message_event.fields") == ["created_at,previous_id"]


def test_get_conversation_is_metadata(server: FakeXServer, client: ChatClient) -> None:
    found = client.get_conversation(GROUP, fields="all", expansions=["member_ids"], user_fields=["username"])
    assert isinstance(found, Conversation) and isinstance(found.model, GetChatConversationResponse)
    assert isinstance(found.data, ChatConversation)
    assert found.data.id == GROUP and found.data.type_ == "group"
    assert isinstance(found.data.created_at, datetime) and found.data.created_at.tzinfo is not None
    assert found.data.message_ttl_ms == 0
    assert found.data.member_ids == list(server.conversations[GROUP].participant_ids)
    assert {u.id for u in found.users} == set(server.conversations[GROUP].participant_ids)
    (request,) = server.requests_to("/2/chat/")
    assert request.path == f"/2/chat/conversations/{GROUP}"
    assert request.query_values("expansions") == ["member_ids"] and request.query_values("user.fields") == ["username"]


@pytest.mark.parametrize("old", [{"max_results": 10}, {"pagination_token": "abc"}])
def test_old_event_arguments_to_get_conversation_point_to_the_events_call(
    server: FakeXServer, client: ChatClient, old: dict[str, object]
) -> None:
    with pytest.raises(TypeError, match=r"^get_conversation\(\) returns .*get_conversation_events"):
        client.get_conversation(GROUP, **old)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match=r"^get_conversation_detailed\(\) returns"), pytest.deprecated_call():
        client.get_conversation_detailed(GROUP, **old)  # type: ignore[arg-type]
    with pytest.raises(InvalidFieldError, match="get_conversation_events"):
        client.get_conversation(GROUP, fields=["sender_id"])
    assert server.requests == []


def test_old_model_name_is_a_deprecated_alias() -> None:
    import x_chat

    with pytest.warns(DeprecationWarning, match="GetChatConversationEventsResponse"):
        old = x_chat.ChatGetConversationResponse
    assert old is GetChatConversationEventsResponse


def test_a_bare_user_id_is_your_direct_conversation_with_that_user(server: FakeXServer, client: ChatClient) -> None:
    me, other = DIRECT.split("-")[1], DIRECT.split("-")[0]
    server.user_id = me
    events = list(client.iter_conversation_events(other, limit=5))
    assert [e.id for e in events] == [e["id"] for e in server.conversations[DIRECT].events[::-1][:5]]
    assert server.requests_to("/2/chat/")[0].path == f"/2/chat/conversations/{other}/events"
    assert ConversationId.with_user(other).recipient_id == other


def test_iter_conversations_follows_pages(server: FakeXServer, client: ChatClient) -> None:
    for k in range(25):
        server.add_conversation(f"g{500 + k}", events=1)
    found = list(client.iter_conversations(fields=["id", "type"], page_size=10))
    assert [c.id for c in found] == list(server.conversations)
    assert len(server.requests_to("/2/chat/conversations")) == 3
    assert [c.id for c in client.iter_conversations(limit=4)] == list(server.conversations)[:4]


def test_users_public_keys_are_split_by_100(server: FakeXServer, client: ChatClient) -> None:
    ids = [str(10**17 + k) for k in range(250)]
    for user_id in ids:
        server.public_keys[user_id] = [{"public_key": f"pk{user_id}", "public_key_version": "1"}]
    result = client.get_users_public_keys([*ids, ids[0]], fields=["public_key", "public_key_version"])
    assert [k.public_key for k in result.data] == [f"pk{u}" for u in ids]
    requests = server.requests_to("/2/users/public_keys")
    assert [len(r.query_values("ids")[0].split(",")) for r in requests] == [100, 100, 50]
    with pytest.raises(InvalidIdError):
        client.get_users_public_keys(["12", "../34"])
    with pytest.raises(InvalidFieldError, match="public_key_version"):
        client.get_users_public_keys(["12"], fields=["versio"])
    assert len(server.requests_to("/2/users/public_keys")) == 3


async def test_async_v2_167_calls(server: FakeXServer, aclient: AsyncChatClient) -> None:
    page = await aclient.get_conversation_events(GROUP, fields=["id"], max_results=2)
    assert len(page.data) == 2  # type: ignore[arg-type]
    found = await aclient.get_conversation(DIRECT, fields=["id", "type"])
    assert found.data.type_ == "direct"
    assert {c.id async for c in aclient.iter_conversations()} == {DIRECT, GROUP}
    server.public_keys["12"] = [{"public_key": "pk12"}]
    keys = await aclient.get_users_public_keys(["12"])
    assert [k.public_key for k in keys.data] == ["pk12"]
    with pytest.raises(TypeError, match="get_conversation_events"):
        await aclient.get_conversation(GROUP, max_results=5)


def test_plain_http_is_refused_unless_loopback_or_opted_in() -> None:
    with pytest.raises(ConfigurationError, match="plain HTTP"):
        ChatClient(token="t", base_url="http://api.example.com")
    ChatClient(token="t", base_url="http://example.com", allow_insecure=True).close()
    for url in ("http://127.0.0.1:1", "http://localhost:1", "http://[::1]:1", "http://127.9.9.9"):
        ChatClient(token="t", base_url=url).close()
    with pytest.raises(ConfigurationError):
        ChatClient(token="t", base_url="ftp://x.com")


# -- async ---------------------------------------------------------------------------------------


async def test_async_get_and_iterate(server: FakeXServer, aclient: AsyncChatClient) -> None:
    page = await aclient.get_conversation_events(DIRECT, fields=[EventField.ID, "sender_id"], max_results=5)
    assert page.meta.result_count == 5
    events = [e.id async for e in aclient.iter_conversation_events(GROUP)]
    assert events == [e["id"] for e in server.conversations[GROUP].events[::-1]]


async def test_async_resume_limit_and_window(server: FakeXServer, aclient: AsyncChatClient) -> None:
    pages = aclient.iter_conversation_pages(GROUP, page_size=100)
    first = await pages.__anext__()
    await pages.aclose()  # type: ignore[attr-defined]
    token = first.meta.next_token
    rest = [e.id async for e in aclient.iter_conversation_events(GROUP, start_token=token)]  # type: ignore[arg-type]
    assert [e.id for e in first.data] + rest == [e["id"] for e in server.conversations[GROUP].events[::-1]]
    limited = [e async for e in aclient.iter_conversation_events(GROUP, limit=7, page_size=3)]
    assert len(limited) == 7
    window = [
        e async for e in aclient.iter_conversation_events(GROUP, since=START + 10 * STEP, until=START + 20 * STEP)
    ]
    assert len(window) == 10


async def test_async_concurrent_conversations(server: FakeXServer, aclient: AsyncChatClient) -> None:
    for k in range(8):
        server.add_conversation(f"g{k + 100}", events=150)

    async def count(cid: str) -> int:
        return len([e async for e in aclient.iter_conversation_events(cid)])

    counts = await asyncio.gather(*(count(f"g{k + 100}") for k in range(8)))
    assert counts == [150] * 8


async def test_async_partial_errors_and_loop(server: FakeXServer, aclient: AsyncChatClient) -> None:
    server.conversations[DIRECT].page_errors = [{"title": "Partial", "type": "about:blank"}]
    with pytest.raises(PartialResponseError):
        [e async for e in aclient.iter_conversation_events(DIRECT, strict=True)]
    server.conversations[GROUP].repeat_next_token = True
    with pytest.raises(PaginationLoopError):
        [e async for e in aclient.iter_conversation_events(GROUP)]


async def test_async_user_supplied_client(server: FakeXServer) -> None:
    http = httpx.AsyncClient()
    async with AsyncChatClient(token=server.token, base_url=server.base_url, http_client=http, retry=FAST_RETRY) as c:
        await c.get_conversation_events(GROUP, max_results=1)
    assert not http.is_closed
    await http.aclose()


def test_send_broadcast_chat_posts_the_text_and_returns_xs_answer(server: FakeXServer, client: ChatClient) -> None:
    sent = client.send_broadcast_chat("1yNGaQLWpejGj", "Great stream! 🎉")
    (request,) = server.requests_to("/2/broadcasts/")
    assert request.method == "POST" and request.path == "/2/broadcasts/1yNGaQLWpejGj/chat"
    assert json.loads(request.body) == {"text": "Great stream! 🎉"}
    assert sent.broadcast_id == "1yNGaQLWpejGj" and sent.success is True and sent.timestamp.isdigit()
    assert sent.model.to_dict()["data"]["timestamp"] == sent.timestamp


@pytest.mark.parametrize(
    ("broadcast_id", "text", "error"),
    [
        ("1yNGaQLWpejGj0", "hi", InvalidIdError),  # 14 characters
        ("../chat", "hi", InvalidIdError),
        ("abc\n", "hi", InvalidIdError),
        ("١٢٣", "hi", InvalidIdError),  # non-ASCII digits
        (123, "hi", InvalidIdError),
        ("1yNGaQLWpejGj", "", ValueError),
        ("1yNGaQLWpejGj", "x" * 141, ValueError),
        ("1yNGaQLWpejGj", None, ValueError),
    ],
)
def test_send_broadcast_chat_checks_its_arguments_before_any_request(
    server: FakeXServer, client: ChatClient, broadcast_id: object, text: object, error: type[Exception]
) -> None:
    with pytest.raises(error) as info:
        client.send_broadcast_chat(broadcast_id, text)  # type: ignore[arg-type]
    assert "broadcast" in str(info.value)
    assert server.requests_to("/2/") == []


async def test_async_send_broadcast_chat_at_the_length_limit(server: FakeXServer, aclient: AsyncChatClient) -> None:
    sent = await aclient.send_broadcast_chat("A1", "é" * 140)  # characters, not bytes
    assert sent.success and json.loads(server.requests_to("/2/broadcasts/A1/chat")[0].body)["text"] == "é" * 140


def test_send_broadcast_chat_without_data_is_malformed(server: FakeXServer, client: ChatClient) -> None:
    server.inject(
        Fault.malformed(
            b'{"errors":[{"detail":"broadcast ended","title":"x","type":"about:blank"}]}',
            content_type="application/json",
            path="/2/broadcasts/",
        )
    )
    with pytest.raises(MalformedResponseError, match="broadcast ended"):
        client.send_broadcast_chat("1yNGaQLWpejGj", "hi")
