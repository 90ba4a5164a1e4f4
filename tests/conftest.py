from __future__ import annotations

from collections.abc import Iterator

import pytest

from x_chat import AsyncChatClient, ChatClient, RetryPolicy
from x_chat.testing import FakeXServer

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


@pytest.fixture
def client(server: FakeXServer) -> Iterator[ChatClient]:
    with ChatClient(token=server.token, base_url=server.base_url, retry=FAST_RETRY) as chat:
        yield chat


@pytest.fixture
async def aclient(server: FakeXServer) -> AsyncChatClient:
    chat = AsyncChatClient(token=server.token, base_url=server.base_url, retry=FAST_RETRY)
    yield chat  # type: ignore[misc]
    await chat.aclose()
