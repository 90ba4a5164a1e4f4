"""Rate-limit pacing: the budget learnt from X's headers holds requests back so that none draws a
429, against a fake server that enforces its limits (windows compressed to a second)."""

from __future__ import annotations

import asyncio
import json
import os
import subprocess
import sys
import threading
import time
from datetime import UTC, datetime
from pathlib import Path

import pytest

from x_chat import (
    AsyncChatClient,
    ChatClient,
    RateBudget,
    RateBudgetSpentError,
    RateLimit,
    RateLimitError,
    RetryPolicy,
)
from x_chat.testing import FakeXServer, Fault, RateLimits

EVENTS = "get_chat_conversation_events"
GROUP = "g1234567890123456789"
NO_RETRY = RetryPolicy(max_retries=0)


class Clock:
    def __init__(self, now: float = 1000.0) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now


def _headers(limit: int, remaining: int, reset: float) -> RateLimit:
    return RateLimit(limit=limit, remaining=remaining, reset=datetime.fromtimestamp(reset, tz=UTC))


def test_a_budget_lets_the_window_be_spent_then_waits_for_its_reset() -> None:
    clock = Clock()
    budget = RateBudget(margin=0.5, clock=clock)
    assert budget.reserve(EVENTS) == 0.0  # nothing known: go
    budget.settle(EVENTS, _headers(3, 2, 1010), status=200)
    assert budget.reserve(EVENTS) == 0.0
    assert budget.reserve(EVENTS) == 0.0  # two in flight use up the two remaining
    assert budget.reserve(EVENTS) == pytest.approx(10.5)  # until the reset, plus the margin
    budget.settle(EVENTS, _headers(3, 0, 1010), status=200)  # answers out of order: the lowest count wins
    budget.settle(EVENTS, _headers(3, 1, 1010), status=200)
    snapshot = budget.snapshot(EVENTS)
    assert snapshot is not None and (snapshot.remaining, snapshot.in_flight) == (0, 0)
    clock.now = 1010.6  # the window has reset: the whole limit is available again
    assert [budget.reserve(EVENTS) for _ in range(3)] == [0.0, 0.0, 0.0]
    assert budget.reserve(EVENTS) > 0  # and no more until an answer tells the new window's count
    budget.settle(EVENTS, _headers(3, 2, 1010), status=200)  # a straggler from the old window: ignored
    assert budget.snapshot("other endpoint") is None and budget.reserve("other endpoint") == 0.0


def test_a_429_teaches_the_budget_to_wait() -> None:
    clock = Clock()
    budget = RateBudget(margin=0.0, clock=clock)
    assert budget.reserve(EVENTS) == 0.0
    budget.settle(EVENTS, RateLimit(limit=None, remaining=None, reset=None, retry_after=7.0), status=429)
    assert budget.reserve(EVENTS) == pytest.approx(7.0)
    clock.now += 8
    assert budget.reserve(EVENTS) == 0.0  # Retry-After wins over a far reset
    far = RateLimit(limit=9, remaining=0, reset=datetime.fromtimestamp(clock.now + 3600, tz=UTC), retry_after=0.5)
    budget.settle(EVENTS, far, status=429)
    assert budget.reserve(EVENTS) == pytest.approx(0.5)
    with pytest.raises(ValueError):
        RateBudget(margin=-1)


def _server(limit: int = 10, window: float = 1.0) -> FakeXServer:
    server = FakeXServer(rate_limits=RateLimits(limit=limit, window=window))
    server.add_conversation("g1", events=240)
    return server


def test_pacing_reads_past_the_limit_without_a_429() -> None:
    with _server() as server, ChatClient(token=server.token, base_url=server.base_url, retry=NO_RETRY) as client:
        waits: list[float] = []
        assert client.rate_budget is not None
        client.rate_budget.subscribe(lambda endpoint, seconds: waits.append(seconds))
        events = list(client.iter_conversation_events("g1", page_size=10))  # 24 requests, 10 per window
        assert len(events) == 240
        assert server.rate_limiter.throttled == 0
        assert waits, "the budget never held a request back"
        snapshot = client.rate_budget.snapshot(EVENTS)
        assert snapshot is not None and snapshot.waits == len(waits) and snapshot.limit == 10
        assert client.rate_limit is not None and client.rate_limit.limit == 10  # the latest headers


def test_without_pacing_the_same_reading_draws_a_429() -> None:
    with (
        _server() as server,
        ChatClient(token=server.token, base_url=server.base_url, retry=NO_RETRY, pacing=False) as client,
    ):
        assert client.rate_budget is None
        with pytest.raises(RateLimitError):
            list(client.iter_conversation_events("g1", page_size=10))
        assert server.rate_limiter.throttled == 1


async def test_async_concurrency_8_shares_the_budget_without_a_429() -> None:
    with _server(limit=12) as server:
        for n in range(2, 9):
            server.add_conversation(f"g{n}", events=40)
        async with AsyncChatClient(token=server.token, base_url=server.base_url, retry=NO_RETRY) as client:
            counts = await asyncio.gather(
                *(_count(client, f"g{n}") for n in range(1, 9))  # 24 + 7 x 4 = 52 requests, 8 at a time
            )
        assert counts == [240] + [40] * 7
        assert server.rate_limiter.throttled == 0


async def _count(client: AsyncChatClient, cid: str) -> int:
    return len([e async for e in client.iter_conversation_events(cid, page_size=10)])


def test_clients_sharing_one_budget_share_the_limit() -> None:
    budget = RateBudget()
    with _server() as server:
        server.add_conversation("g2", events=120)
        results: dict[str, int] = {}

        def read(cid: str) -> None:
            with ChatClient(token=server.token, base_url=server.base_url, retry=NO_RETRY, pacing=budget) as client:
                results[cid] = sum(1 for _ in client.iter_conversation_events(cid, page_size=10))

        threads = [threading.Thread(target=read, args=(cid,)) for cid in ("g1", "g2")]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        assert results == {"g1": 240, "g2": 120}
        assert server.rate_limiter.throttled == 0
        snapshot = budget.snapshot(EVENTS)
        assert snapshot is not None and snapshot.waits > 0


def test_a_429_that_still_happens_is_retried_and_learnt() -> None:
    with FakeXServer() as server, ChatClient(token=server.token, base_url=server.base_url) as client:
        server.add_conversation("g1", events=5)
        server.inject(Fault.rate_limited(reset_in=0.2, retry_after=0.2))
        assert len(list(client.iter_conversation_events("g1"))) == 5
        assert [r.path for r in server.requests].count("/2/chat/conversations/g1/events") == 2
        assert client.rate_budget is not None
        snapshot = client.rate_budget.snapshot(EVENTS)
        assert snapshot is not None and snapshot.in_flight == 0 and snapshot.limit == 900
        assert client.with_options(pacing=True).rate_budget is client.rate_budget
        assert client.with_options(pacing=False).rate_budget is None
        with pytest.raises(TypeError):
            ChatClient(token="t", pacing="yes")  # type: ignore[arg-type]


def test_a_spent_window_longer_than_the_cap_raises_without_sending() -> None:
    with FakeXServer() as server, ChatClient(token=server.token, base_url=server.base_url) as client:
        server.add_conversation("g1", events=5)
        server.inject(Fault.rate_limited(reset_in=3600))
        with pytest.raises(RateLimitError):  # the 429 itself: longer than max_rate_limit_wait
            client.get_conversation_events("g1")
        sent = len(server.requests)
        with pytest.raises(RateBudgetSpentError, match="nothing was sent") as info:
            client.get_conversation_events("g1")  # the budget knows the window is spent: no request
        assert len(server.requests) == sent and info.value.wait > 3000
        patient = client.with_options(pacing=RateBudget())  # a fresh budget knows nothing: it sends
        assert len(patient.get_conversation_events("g1").data) == 5


def test_a_budget_with_a_path_remembers_its_windows_for_the_next_process(tmp_path: Path) -> None:
    path = tmp_path / "budget.json"
    first = RateBudget(path=path)
    assert first.reserve(EVENTS) == 0
    reset = datetime.fromtimestamp(int(time.time()) + 600, UTC)
    first.settle(EVENTS, RateLimit(limit=10, remaining=0, reset=reset), status=200)
    assert json.loads(path.read_text())[EVENTS] == {"limit": 10, "remaining": 0, "reset": reset.timestamp()}
    assert RateBudget(path=path).reserve(EVENTS) > 500  # a new budget (process) waits for the reset
    assert RateBudget().reserve(EVENTS) == 0  # one without the file knows nothing
    path.write_text("{not json")
    assert RateBudget(path=path).reserve(EVENTS) == 0  # a damaged file is only a lost cache


def test_a_restarted_reader_waits_for_the_window_its_predecessor_spent(tmp_path: Path) -> None:
    """Two x-chat processes in a row on one --rate-budget file: the second waits for the reset
    instead of drawing the 429 a fresh budget would."""
    with FakeXServer(rate_limits=RateLimits(limit=3, window=5.0)) as server:
        server.add_conversation(GROUP, events=20)
        budget = str(tmp_path / "budget.json")
        command = [sys.executable, "-m", "x_chat", "events", GROUP, "--limit", "3", "--page-size", "1", "--json",
                   "--base-url", server.base_url, "--token", server.token]  # fmt: skip
        environment = {**os.environ, "X_CHAT_RATE_BUDGET": budget}
        for _ in range(2):
            run = subprocess.run(command, capture_output=True, text=True, env=environment, timeout=120)
            assert run.returncode == 0, run.stderr
            assert len(run.stdout.splitlines()) == 3
        assert server.rate_limiter.throttled == 0 and len(server.requests_to("/2/chat/")) == 6
