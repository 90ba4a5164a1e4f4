"""ChatClient / AsyncChatClient against the fake X server over real HTTP."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta

import httpx
import pytest

from x_chat import (
    AsyncChatClient,
    ChatClient,
    ChatGetConversationResponse,
    ChatMessageEvent,
    ConfigurationError,
    ConversationId,
    EventField,
    PaginationLoopError,
    PartialErrorsWarning,
    PartialResponseError,
    created_at,
    parse_time,
)
from x_chat.testing import FakeXServer

from .conftest import DIRECT, FAST_RETRY, GROUP

START = datetime(2025, 1, 1, tzinfo=UTC)
STEP = timedelta(milliseconds=37_000)


def test_get_conversation_returns_the_generated_page_model(server: FakeXServer, client: ChatClient) -> None:
    page = client.get_conversation(DIRECT, fields=["id", "sender_id"], max_results=100)
    assert isinstance(page, ChatGetConversationResponse)
    assert page.meta.result_count == 100  # type: ignore[union-attr]
    assert all(isinstance(e, ChatMessageEvent) for e in page.data)  # type: ignore[union-attr]
    assert {e.sender_id for e in page.data} == set(DIRECT.split("-"))  # type: ignore[union-attr]
    (request,) = server.requests_to("/2/chat/")
    assert dict(request.query) == {"max_results": "100", "chat_message_event.fields": "id,sender_id"}


def test_accepts_a_conversation_id_object(server: FakeXServer, client: ChatClient) -> None:
    page = client.get_conversation(ConversationId.parse(GROUP), max_results=1)
    assert page.meta.result_count == 1  # type: ignore[union-attr]


def test_detailed_exposes_status_headers_and_rate_limit(server: FakeXServer, client: ChatClient) -> None:
    detailed = client.get_conversation_detailed(GROUP, max_results=1)
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
    assert len(server.requests_to("/2/chat/")) == 13  # 1234 events, 100 a page


def test_iteration_is_lazy(server: FakeXServer, client: ChatClient) -> None:
    events = client.iter_conversation_events(GROUP, page_size=10)
    assert server.requests_to("/2/chat/") == []
    next(events)
    assert len(server.requests_to("/2/chat/")) == 1
    for _ in range(10):
        next(events)
    assert len(server.requests_to("/2/chat/")) == 2


def test_limit_and_page_size(server: FakeXServer, client: ChatClient) -> None:
    events = list(client.iter_conversation_events(GROUP, limit=250, page_size=60))
    assert len(events) == 250
    requests = server.requests_to("/2/chat/")
    assert len(requests) == 5
    assert {r.query_values("max_results")[0] for r in requests} == {"60"}
    assert list(client.iter_conversation_events(GROUP, limit=0)) == []
    assert len(server.requests_to("/2/chat/")) == 5


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
    assert isinstance(pages[0].meta.next_token, str)  # type: ignore[union-attr]
    assert pages[-1].meta.to_dict().get("next_token") is None  # type: ignore[union-attr]
    assert len(server.requests_to("/2/chat/")) == 2


def test_empty_conversation(server: FakeXServer, client: ChatClient) -> None:
    server.add_conversation("g7", events=0)
    assert list(client.iter_conversation_events("g7")) == []


def test_repeated_next_token_stops_with_a_clear_error(server: FakeXServer, client: ChatClient) -> None:
    server.conversations[GROUP].repeat_next_token = True
    with pytest.raises(PaginationLoopError, match="twice"):
        list(client.iter_conversation_pages(GROUP, page_size=100))
    assert len(server.requests_to("/2/chat/")) == 2  # the second page repeated the first one's token


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
    # created_at_msec was added to the selection because the window needs it
    assert server.requests_to("/2/chat/")[0].query_values("chat_message_event.fields") == ["id,created_at_msec"]
    # newest first: the iteration stopped once it passed `since` instead of reading everything
    assert len(server.requests_to("/2/chat/")) == 12


def test_time_window_accepts_strings_naive_is_utc(server: FakeXServer, client: ChatClient) -> None:
    events = list(client.iter_conversation_events(GROUP, since="2025-01-01 00:01:00", until="2025-01-01T00:02:00Z"))
    assert [created_at(e) for e in events][::-1] == [START + k * STEP for k in (2, 3)]
    assert parse_time("2025-01-01 00:01:00") == datetime(2025, 1, 1, 0, 1, tzinfo=UTC)
    with pytest.raises(ValueError, match="date/time"):
        list(client.iter_conversation_events(GROUP, since="not a date"))


def test_created_at_helper() -> None:
    event = ChatMessageEvent(encoded_event="", created_at_msec="1735689600123")
    assert created_at(event) == datetime(2025, 1, 1, 0, 0, 0, 123000, tzinfo=UTC)
    assert created_at(ChatMessageEvent(encoded_event="")) is None


@pytest.mark.parametrize("size", [0, 101, -1, 2.5, True])
def test_bad_page_sizes_are_rejected_before_any_request(server: FakeXServer, client: ChatClient, size: object) -> None:
    with pytest.raises(ValueError):
        client.get_conversation(GROUP, max_results=size)  # type: ignore[arg-type]
    with pytest.raises(ValueError):
        client.iter_conversation_events(GROUP, page_size=size)  # type: ignore[arg-type]
    assert server.requests == []


def test_token_from_environment(server: FakeXServer, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("X_BEARER_TOKEN", server.token)
    with ChatClient(base_url=server.base_url) as client:
        assert client.get_conversation(GROUP, max_results=1).meta.result_count == 1  # type: ignore[union-attr]
    monkeypatch.delenv("X_BEARER_TOKEN")
    with pytest.raises(ConfigurationError, match="X_BEARER_TOKEN"):
        ChatClient(base_url=server.base_url)


def test_user_supplied_httpx_client(server: FakeXServer) -> None:
    hooks: list[str] = []
    http = httpx.Client(event_hooks={"request": [lambda request: hooks.append(str(request.url))]})
    with ChatClient(token=server.token, base_url=server.base_url, http_client=http) as client:
        client.get_conversation(GROUP, max_results=1)
        assert client.api.get_httpx_client() is http
    assert hooks and hooks[0].startswith(server.base_url)
    assert not http.is_closed  # not ours to close
    assert server.requests_to("/2/chat/")[0].headers["authorization"] == f"Bearer {server.token}"
    http.close()


def test_generated_low_level_client_is_reachable(server: FakeXServer, client: ChatClient) -> None:
    from x_chat_generated.api.chat import get_chat_conversations

    listing = get_chat_conversations.sync(client=client.api)
    assert {c.id for c in listing.data} == {DIRECT, GROUP}  # type: ignore[union-attr]


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
    page = await aclient.get_conversation(DIRECT, fields=[EventField.ID, "sender_id"], max_results=5)
    assert page.meta.result_count == 5  # type: ignore[union-attr]
    events = [e.id async for e in aclient.iter_conversation_events(GROUP)]
    assert events == [e["id"] for e in server.conversations[GROUP].events[::-1]]


async def test_async_resume_limit_and_window(server: FakeXServer, aclient: AsyncChatClient) -> None:
    pages = aclient.iter_conversation_pages(GROUP, page_size=100)
    first = await pages.__anext__()
    await pages.aclose()  # type: ignore[attr-defined]
    token = first.meta.next_token  # type: ignore[union-attr]
    rest = [e.id async for e in aclient.iter_conversation_events(GROUP, start_token=token)]  # type: ignore[arg-type]
    assert [e.id for e in first.data] + rest == [e["id"] for e in server.conversations[GROUP].events[::-1]]  # type: ignore[union-attr]
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
        await c.get_conversation(GROUP, max_results=1)
    assert not http.is_closed
    await http.aclose()
