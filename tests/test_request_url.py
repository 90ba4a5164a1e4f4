"""x-chat's request URLs are what httpx parses from the joined string (``_settings.request_url``),
and its own httpx clients keep no cookies (``StatelessCookieJar``, a speed measure): neither may
change a byte of what is sent or break a client you pass in."""

from __future__ import annotations

import json
from urllib.parse import quote, urlencode

import httpx
import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from x_chat import AsyncChatClient, ChatClient
from x_chat._settings import request_url
from x_chat.testing import FakeXServer, Fault

from .conftest import GROUP

BASES = st.sampled_from(
    ["https://api.x.com", "http://127.0.0.1:8765", "https://proxy.example:8443/x-api", "https://api.x.com/"]
)
# any text as one path segment, quoted as the generated operations quote IDs
SEGMENTS = st.text(max_size=30).map(lambda text: quote(text, safe=""))
PARAMS = st.dictionaries(
    st.sampled_from(["max_results", "pagination_token", "chat_message_event.fields", "q"]),
    st.one_of(st.integers(0, 100), st.text(max_size=40), st.lists(st.sampled_from(["id", "sender_id", "a b"]))),
    max_size=3,
)


@given(base=BASES, segment=SEGMENTS, params=PARAMS)
@example(base="https://api.x.com", segment="..", params={})  # a dot segment: httpx drops it
@example(base="https://api.x.com", segment="%zz", params={"q": "%"})  # not escapes: httpx encodes them
@example(base="https://api.x.com", segment="a b", params={"q": "<#>"})
def test_the_url_is_what_httpx_parses_from_the_string(base: str, segment: str, params: dict[str, object]) -> None:
    path = f"/2/chat/conversations/{segment}/events"
    query = urlencode(params, doseq=True, safe=",", quote_via=quote)
    expected = httpx.URL(f"{base}{path}?{query}" if query else f"{base}{path}")
    built = httpx.URL(request_url(base, path, query))
    assert str(built) == str(expected)
    assert (built.scheme, built.host, built.port, built.raw_path) == (
        expected.scheme,
        expected.host,
        expected.port,
        expected.raw_path,
    )


def _page_with_cookie() -> Fault:
    body = json.dumps({"data": [{"id": "1", "event_type": "MessageCreate"}], "meta": {"result_count": 1}}).encode()
    return Fault(
        status=200, body=body, content_type="application/json", headers={"set-cookie": "guest_id=v1%3A1; Path=/"}
    )


def test_x_chats_own_client_keeps_no_cookie_but_yours_does(server: FakeXServer) -> None:
    with ChatClient(token=server.token, base_url=server.base_url) as client:
        server.inject(_page_with_cookie())
        assert [event.id for event in client.get_conversation_events(GROUP).data] == ["1"]
        assert len(client.api.get_httpx_client().cookies) == 0
        client.get_conversation_events(GROUP)
        assert "cookie" not in server.requests_to("/2/chat/")[-1].headers
    with httpx.Client() as yours, ChatClient(token=server.token, base_url=server.base_url, http_client=yours) as client:
        server.inject(_page_with_cookie())
        client.get_conversation_events(GROUP)
        assert yours.cookies.get("guest_id") == "v1%3A1"  # a client you pass keeps its own jar


@pytest.mark.asyncio
async def test_the_async_client_keeps_no_cookie_either(server: FakeXServer) -> None:
    async with AsyncChatClient(token=server.token, base_url=server.base_url) as client:
        server.inject(_page_with_cookie())
        await client.get_conversation_events(GROUP)
        assert len(client.api.get_async_httpx_client().cookies) == 0
