from __future__ import annotations

import contextlib
import os
import time
import uuid
from collections.abc import Callable, Iterator
from typing import Any, cast

import pytest
from anyio.from_thread import start_blocking_portal

from x_chat import AsyncChatClient, ChatClient, RetryPolicy
from x_chat.testing import FakeXServer

from . import processes
from .async_as_sync import AsyncAsSync

pytest_plugins = ["x_chat.testing.pytest_plugin"]

DIRECT = "1215441834412953600-1603419180975409153"
GROUP = "g1234567890123456789"
# Fast, deterministic retries for tests: no jitter, tiny pauses.
FAST_RETRY = RetryPolicy(max_retries=3, backoff_initial=0.01, backoff_max=0.05, jitter=False, deadline=10)


@pytest.fixture
def server(fake_x_server: FakeXServer) -> FakeXServer:
    fake_x_server.add_conversation(DIRECT, events=250)
    fake_x_server.add_conversation(GROUP, events=1234)
    return fake_x_server


@pytest.fixture(params=["sync", "async"])
def make_client(request: pytest.FixtureRequest, server: FakeXServer) -> Iterator[Callable[..., ChatClient]]:
    """Makes clients of ``server`` (``retry=FAST_RETRY`` unless given), closed after the test. Each
    test that uses it runs twice: ``[sync]`` with ChatClient, ``[async]`` with AsyncChatClient driven
    through tests/async_as_sync.py (the async source, not only its generated twin, is what is tested)."""
    with contextlib.ExitStack() as stack:
        portal = stack.enter_context(start_blocking_portal()) if request.param == "async" else None
        made: list[ChatClient | AsyncAsSync] = []

        def make(**options: Any) -> ChatClient:
            options = {"token": server.token, "base_url": server.base_url, "retry": FAST_RETRY, **options}
            chat = ChatClient(**options) if portal is None else AsyncAsSync(AsyncChatClient(**options), portal)
            made.append(chat)
            return cast(ChatClient, chat)

        yield make
        for chat in made:
            chat.close()


@pytest.fixture
def client(make_client: Callable[..., ChatClient]) -> ChatClient:
    """A client of ``server``, once sync and once async (see `make_client`)."""
    return make_client()


@pytest.fixture
async def aclient(server: FakeXServer) -> AsyncChatClient:
    chat = AsyncChatClient(token=server.token, base_url=server.base_url, retry=FAST_RETRY)
    yield chat  # type: ignore[misc]
    await chat.aclose()


RUN = os.environ[processes.MARK] = uuid.uuid4().hex  # inherited by every subprocess (a nested run: its own)


def _left(before: set[int]) -> dict[int, str]:
    """Marked processes not in ``before``, once those just killed have had time to exit."""
    deadline = time.monotonic() + 10
    while True:
        left = {pid: command for pid, command in processes.marked(RUN).items() if pid not in before}
        if not left or time.monotonic() >= deadline:
            return left
        time.sleep(0.05)


@pytest.fixture(autouse=True)
def no_process_left_behind() -> Iterator[None]:
    """Fail a test that leaves a process running (a child, or a grandchild orphaned by it). The
    processes of wider-scoped fixtures (a module's Prism) started before it and are not its own."""
    before = set(processes.marked(RUN))
    yield
    left = _left(before)
    if left:
        processes.kill(left)
        pytest.fail(f"the test left processes running (now killed): {left}")


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    """And nothing at all once every fixture is torn down."""
    left = _left(set())
    if left:
        processes.kill(left)
        print(f"\nthe test session left processes running (now killed): {left}")
        session.exitstatus = pytest.ExitCode.TESTS_FAILED
