"""Client options as openai-python has them: ``max_retries=``, ``default_headers=``, per-call
``extra_headers=``/``timeout=``, a ``User-Agent`` naming the SDK, ``with_raw_response`` on every
method, and ``X_CHAT_LOG``. Against the fake server, through both clients."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import tomllib
import warnings
from pathlib import Path

import httpx
import pytest

import x_chat
from x_chat import (
    APITimeoutError,
    AsyncChatClient,
    ChatClient,
    Detailed,
    InternalServerError,
    InvalidArgumentError,
)
from x_chat._base import BaseChatClient
from x_chat.testing import FakeXServer, Fault

from . import async_as_sync
from .conftest import DIRECT, FAST_RETRY, GROUP

ROOT = Path(__file__).resolve().parent.parent
USER_AGENT = re.compile(r"x-chat/(\S+) \(python/(\d+\.\d+\.\d+\S*); httpx/(\S+)\)")


def _chat_requests(server: FakeXServer) -> list[dict[str, str]]:
    return [dict(request.headers) for request in server.requests_to("/2/")]


def test_max_retries_0_in_the_constructor_sees_a_503_once(server: FakeXServer) -> None:
    server.inject(Fault.server_error(503, times=5))
    with (
        ChatClient(token=server.token, base_url=server.base_url, retry=FAST_RETRY, max_retries=0) as client,
        pytest.raises(InternalServerError),
    ):
        client.get_conversation_events(GROUP)
    assert len(server.requests_to("/2/chat/")) == 1


def test_the_default_policy_retries_that_503(server: FakeXServer) -> None:
    server.inject(Fault.server_error(503, times=1))
    with ChatClient(token=server.token, base_url=server.base_url, retry=FAST_RETRY) as client:
        assert client.get_conversation_events(GROUP, max_results=3).data
    assert len(server.requests_to("/2/chat/")) == 2


async def test_max_retries_0_async(server: FakeXServer) -> None:
    server.inject(Fault.server_error(503, times=5))
    async with AsyncChatClient(token=server.token, base_url=server.base_url, retry=FAST_RETRY, max_retries=0) as client:
        with pytest.raises(InternalServerError):
            await client.get_conversation(GROUP)
    assert len(server.requests_to("/2/chat/")) == 1


def test_user_agent_names_the_sdk_python_and_httpx(client: ChatClient, server: FakeXServer) -> None:
    client.get_conversation(GROUP)
    (headers,) = _chat_requests(server)
    match = USER_AGENT.fullmatch(headers["user-agent"])
    assert match is not None, headers["user-agent"]
    assert match.groups() == (x_chat.__version__, sys.version.split()[0], httpx.__version__)


def test_the_version_is_the_packages(client: ChatClient) -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert x_chat.__version__ == project["version"]


def test_default_headers_arrive_on_every_request_and_extra_headers_on_one_call(server: FakeXServer) -> None:
    with ChatClient(
        token=server.token, base_url=server.base_url, retry=FAST_RETRY, default_headers={"X-Team": "bots"}
    ) as client:
        client.get_conversation(GROUP)
        client.get_conversation(GROUP, extra_headers={"X-Trace": "t-1", "X-Team": "override"})
        client.get_conversation(GROUP)
        from x_chat_generated.api.chats import get_chat_conversations

        get_chat_conversations.sync_detailed(client=client.api)  # the generated layer, same pipeline
    first, second, third, generated = _chat_requests(server)
    assert first["x-team"] == third["x-team"] == generated["x-team"] == "bots"
    assert second["x-team"] == "override" and second["x-trace"] == "t-1"
    assert "x-trace" not in first and "x-trace" not in third
    assert all(USER_AGENT.fullmatch(h["user-agent"]) for h in (first, second, third, generated))
    assert all(h["authorization"] == f"Bearer {server.token}" for h in (first, second, third, generated))


def test_with_options_adds_default_headers_and_a_user_agent_can_be_replaced(server: FakeXServer) -> None:
    with ChatClient(token=server.token, base_url=server.base_url, default_headers={"User-Agent": "my-bot/2"}) as client:
        client.with_options(default_headers={"X-Extra": "1"}).get_conversation(GROUP)
        client.get_conversation(GROUP)
    copied, original = _chat_requests(server)
    assert copied["user-agent"] == original["user-agent"] == "my-bot/2"
    assert copied["x-extra"] == "1" and "x-extra" not in original


def test_a_user_agent_of_your_own_http_client_is_kept(server: FakeXServer) -> None:
    with (
        httpx.Client(headers={"User-Agent": "corp-proxy-client/1"}) as http,
        ChatClient(token=server.token, base_url=server.base_url, http_client=http) as client,
    ):
        client.get_conversation(GROUP)
    (headers,) = _chat_requests(server)
    assert headers["user-agent"] == "corp-proxy-client/1"


def test_extra_headers_follow_an_iterator_page_by_page_and_no_other_call(
    client: ChatClient, server: FakeXServer
) -> None:
    events = client.iter_conversation_events(GROUP, page_size=100, limit=250, extra_headers={"X-Job": "export"})
    first = next(events)
    client.get_conversation(DIRECT)  # between two pages of the iteration: not its headers
    rest = list(events)
    assert first.id and len(rest) == 249
    pages = [h for r, h in zip(server.requests_to("/2/"), _chat_requests(server), strict=True) if "events" in r.path]
    other = [
        h for r, h in zip(server.requests_to("/2/"), _chat_requests(server), strict=True) if "events" not in r.path
    ]
    assert len(pages) == 3 and all(h["x-job"] == "export" for h in pages)
    assert len(other) == 1 and "x-job" not in other[0]


async def test_extra_headers_on_async_calls_and_iterators(aclient: AsyncChatClient, server: FakeXServer) -> None:
    await aclient.get_conversation(GROUP, extra_headers={"X-Async": "yes"})
    seen = [event.id async for event in aclient.iter_conversation_events(GROUP, limit=150, extra_headers={"X-It": "1"})]
    await aclient.get_conversation(GROUP)
    headers = _chat_requests(server)
    assert len(seen) == 150 and headers[0]["x-async"] == "yes"
    assert [h.get("x-it") for h in headers[1:]] == ["1", "1", None]
    assert "x-async" not in headers[-1]


def test_a_per_call_timeout_ends_that_call_only(server: FakeXServer) -> None:
    with ChatClient(token=server.token, base_url=server.base_url, max_retries=0) as client:
        server.inject(Fault(status=None, delay=5.0, path=f"/2/chat/conversations/{GROUP}"))
        with pytest.raises(APITimeoutError):
            client.get_conversation(GROUP, timeout=0.5)  # the client's own read timeout is 30 s
        assert client.get_conversation(DIRECT).data.id == DIRECT


@pytest.mark.parametrize(
    ("options", "error"),
    [
        ({"extra_headers": {"X-Bad": 1}}, InvalidArgumentError),
        ({"extra_headers": {"X-Bad": "a\r\nInjected: 1"}}, InvalidArgumentError),
        ({"extra_headers": ["X-Bad"]}, InvalidArgumentError),
        ({"timeout": -1}, InvalidArgumentError),
        ({"timeout": "5"}, InvalidArgumentError),
        ({"extra_header": {"X": "1"}}, TypeError),
    ],
)
def test_bad_call_options_never_reach_the_network(
    client: ChatClient, server: FakeXServer, options: dict[str, object], error: type[Exception]
) -> None:
    with pytest.raises(error):
        client.get_conversation(GROUP, **options)  # type: ignore[arg-type]
    with pytest.raises(error):
        client.iter_conversation_events(GROUP, **options)  # type: ignore[arg-type]
    assert server.requests_to("/2/") == []


def test_bad_client_options_are_refused(server: FakeXServer) -> None:
    with pytest.raises(InvalidArgumentError):
        ChatClient(token=server.token, base_url=server.base_url, default_headers={"X": None})  # type: ignore[dict-item]
    with pytest.raises(ValueError, match="max_retries"):
        ChatClient(token=server.token, base_url=server.base_url, max_retries=-1)


def test_with_raw_response_gives_the_result_and_x_response(client: ChatClient, server: FakeXServer) -> None:
    detailed = client.with_raw_response.get_conversation(GROUP, fields="all")
    assert isinstance(detailed, Detailed)
    assert detailed.parsed.data.id == GROUP and detailed.parsed == client.get_conversation(GROUP, fields="all")
    assert detailed.raw.status_code == 200 and detailed.raw.headers["content-type"] == "application/json"
    assert detailed.raw.rate_limit is not None and detailed.raw.request_id
    assert detailed.responses == (detailed.raw,)
    assert b'"g1234567890123456789"' in detailed.raw.content


def test_with_raw_response_iterators_pair_items_with_their_page(client: ChatClient, server: FakeXServer) -> None:
    pages = list(client.with_raw_response.iter_conversation_pages(GROUP, page_size=100))
    assert len(pages) == 13 and [len(p.parsed.data) for p in pages][-1] == 34
    assert [p.raw.request_id for p in pages] == list(dict.fromkeys(p.raw.request_id for p in pages))  # one each
    events = list(client.with_raw_response.iter_conversation_events(GROUP, limit=150))
    assert len(events) == 150 and len({e.raw.request_id for e in events}) == 2
    assert events[0].raw is events[99].raw and events[100].raw is not events[0].raw


async def test_with_raw_response_async(aclient: AsyncChatClient, server: FakeXServer) -> None:
    page = await aclient.with_raw_response.get_conversation_events(GROUP, max_results=5)
    assert len(page.parsed.data) == 5 and page.raw.status_code == 200
    items = [item async for item in aclient.with_raw_response.iter_conversations(limit=2)]
    assert [i.raw.status_code for i in items] == [200, 200]


def test_with_raw_response_errors_are_the_same(client: ChatClient, server: FakeXServer) -> None:
    with pytest.raises(InvalidArgumentError):
        client.with_raw_response.get_conversation_events(GROUP, max_results=1000)
    assert server.requests_to("/2/") == []


def test_the_detailed_methods_are_deprecated_and_still_work(client: ChatClient) -> None:
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        detailed = client.get_conversation_detailed(GROUP)
        page = client.get_conversation_events_detailed(GROUP, max_results=2)
    assert detailed.parsed.data.id == GROUP and len(page.parsed.data) == 2
    messages = [str(w.message) for w in caught if issubclass(w.category, DeprecationWarning)]
    assert len(messages) == 2 and all("with_raw_response" in m for m in messages)
    # pointing at the caller: the test, or (async) the coroutine that awaited the method
    caller = __file__ if isinstance(client, ChatClient) else async_as_sync.__file__
    assert all(w.filename == caller for w in caught)


def test_every_facade_method_has_a_raw_form() -> None:
    def public(cls: type) -> set[str]:  # the facade's resources' methods, not BaseChatClient's
        resources = cls.__mro__[: cls.__mro__.index(BaseChatClient)]
        names = {name for klass in resources for name in vars(klass)}
        return {name for name in names if not name.startswith("_") and callable(getattr(cls, name))}

    skipped = {"aclose", "close", "with_options", "conversation_key", "decrypt_activity"}  # may send nothing
    skipped |= {"stream_chat_activity", "stream_chat_messages", "poll_chat_activity", "listen"}  # open-ended
    for cls, raw in ((ChatClient, x_chat.RawResponses), (AsyncChatClient, x_chat.AsyncRawResponses)):
        methods = public(cls) - skipped - {n for n in public(cls) if n.endswith("_detailed")}
        source = Path(sys.modules[raw.__module__].__file__ or "").read_text(encoding="utf-8")
        declared = set(re.findall(r"self\.(\w+) = raw", source))
        assert methods == declared, methods ^ declared


def test_x_chat_log_debug_logs_requests_with_secrets_redacted(server: FakeXServer, tmp_path: Path) -> None:
    script = (
        "from x_chat import ChatClient\n"
        f"with ChatClient(token={server.token!r}, base_url={server.base_url!r}, default_headers={{'X-API-Key': 's3cret-key'}}) as c:\n"
        f"    c.get_conversation({GROUP!r})\n"
    )
    environment = {**os.environ, "X_CHAT_LOG": "debug"}
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, env=environment, timeout=60)
    assert done.returncode == 0, done.stderr
    assert f"request GET {server.base_url}/2/chat/conversations/{GROUP}" in done.stderr
    assert "-> 200" in done.stderr and "<redacted>" in done.stderr
    assert server.token not in done.stderr and "s3cret-key" not in done.stderr
    quiet = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, env={**os.environ, "X_CHAT_LOG": ""}, timeout=60
    )
    assert quiet.returncode == 0 and quiet.stderr == ""
