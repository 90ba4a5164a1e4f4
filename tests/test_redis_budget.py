"""RedisRateBudget against a real redis-server (started and SIGKILLed here): one budget shared by
processes, kept apart by token and namespace, atomic, freed by leases when a process is killed, and
typed, bounded behaviour when Redis goes away and comes back."""

from __future__ import annotations

import json
import signal
import subprocess
import sys
import threading
import time
import warnings
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from x_chat import AsyncChatClient, ChatClient, RateBudgetUnavailableError, RateLimit
from x_chat.pacing import credential_scope
from x_chat.testing import FakeXServer, RateLimits

from .redis_server import RedisServer

redis = pytest.importorskip("redis")
from x_chat.pacing_redis import RedisRateBudget, RedisUnavailableWarning  # noqa: E402

EVENTS = "get_chat_conversation_events"
GROUP = "g1234567890123456789"


@pytest.fixture
def redis_server() -> Iterator[RedisServer]:
    server = RedisServer().start()
    yield server
    server.stop()


def _window(remaining: int, *, limit: int = 10, reset_in: float = 600) -> RateLimit:
    """What X's headers say: ``remaining`` of ``limit`` left until ``reset_in`` seconds from now."""
    return RateLimit(limit=limit, remaining=remaining, reset=datetime.fromtimestamp(int(time.time() + reset_in), UTC))


def _learn(budget: RedisRateBudget, remaining: int) -> None:
    """One request through ``budget`` whose answer says ``remaining`` requests are left."""
    assert budget.reserve(EVENTS) == 0
    budget.settle(EVENTS, _window(remaining), status=200)


def test_two_budgets_on_one_redis_share_one_window(redis_server: RedisServer) -> None:
    """As two processes would: what one learns and holds, the other sees."""
    first = RedisRateBudget(redis_server.url).scoped("alice")
    second = RedisRateBudget(redis_server.url).scoped("alice")
    _learn(first, remaining=3)
    assert [second.reserve(EVENTS), first.reserve(EVENTS), second.reserve(EVENTS)] == [0, 0, 0]
    assert first.reserve(EVENTS) > 500  # three in flight spend the window: wait for its reset
    snapshot = second.snapshot(EVENTS)
    assert snapshot is not None and snapshot.remaining == 3 and snapshot.in_flight == 3 and snapshot.limit == 10
    second.settle(EVENTS, _window(2), status=200)  # an answer: its place is free, and 2 are left
    assert first.snapshot(EVENTS).in_flight == 2  # type: ignore[union-attr]


def test_tokens_and_namespaces_never_share(redis_server: RedisServer) -> None:
    budget = RedisRateBudget(redis_server.url)
    alice, bob = budget.scoped(credential_scope("alice-token")), budget.scoped(credential_scope("bob-token"))
    _learn(alice, remaining=0)
    assert alice.reserve(EVENTS) > 500 and bob.reserve(EVENTS) == 0
    other = RedisRateBudget(redis_server.url, namespace="nightly").scoped(credential_scope("alice-token"))
    assert other.reserve(EVENTS) == 0
    keys = sorted(key.decode() for key in redis.Redis.from_url(redis_server.url).keys("*"))
    assert all("alice-token" not in key and "bob-token" not in key for key in keys)  # a hash, never the token
    assert f"x-chat:default:{credential_scope('alice-token')}:{EVENTS}" in keys
    assert f"x-chat:nightly:{credential_scope('alice-token')}:{EVENTS}:leases" in keys


def test_reservations_are_atomic_under_contention(redis_server: RedisServer) -> None:
    budgets = [RedisRateBudget(redis_server.url).scoped("alice") for _ in range(8)]
    _learn(budgets[0], remaining=5)
    granted: list[float] = []
    start = threading.Barrier(len(budgets))

    def take(budget: RedisRateBudget) -> None:
        start.wait()
        granted.extend(budget.reserve(EVENTS) for _ in range(3))

    threads = [threading.Thread(target=take, args=(budget,)) for budget in budgets]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert granted.count(0.0) == 5 and len(granted) == 24  # never a sixth


HOLD = """
import sys, time
from x_chat.pacing_redis import RedisRateBudget
budget = RedisRateBudget(sys.argv[1], lease=float(sys.argv[2])).scoped("alice")
taken = [budget.reserve("get_chat_conversation_events") for _ in range(3)]
print(taken, flush=True)
time.sleep(600)  # killed before it settles anything
"""


def test_a_killed_process_holds_its_places_only_until_its_leases_end(redis_server: RedisServer) -> None:
    budget = RedisRateBudget(redis_server.url).scoped("alice")
    _learn(budget, remaining=3)
    lease = 2.0
    child = subprocess.Popen(
        [sys.executable, "-c", HOLD, redis_server.url, str(lease)], stdout=subprocess.PIPE, text=True
    )
    try:
        assert child.stdout is not None and json.loads(child.stdout.readline()) == [0, 0, 0]
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=30)
    client = redis.Redis.from_url(redis_server.url)
    leases = client.zrange(f"x-chat:default:alice:{EVENTS}:leases", 0, -1, withscores=True)
    seconds, micros = client.time()
    assert len(leases) == 3 and all(end <= seconds + micros / 1e6 + lease for _, end in leases)
    deadline = time.monotonic() + 60
    while (wait := budget.reserve(EVENTS)) > 0 and time.monotonic() < deadline:
        time.sleep(0.1)
    assert wait == 0  # the dead process's leases ended: its places came back


def test_redis_going_away_falls_back_with_one_warning_and_comes_back(redis_server: RedisServer) -> None:
    budget = RedisRateBudget(redis_server.url, retry_after=0.2, socket_timeout=0.5).scoped("alice")
    assert budget.reserve(EVENTS) == 0
    budget.settle(EVENTS, _window(5), status=200)
    redis_server.stop()
    with pytest.warns(RedisUnavailableWarning, match="cannot be reached"):
        assert budget.reserve(EVENTS) == 0  # paced in this process meanwhile
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # warned once, not on every request
        budget.settle(EVENTS, _window(4), status=200)
        assert budget.reserve(EVENTS) == 0
        budget.settle(EVENTS, None)
    redis_server.start()  # the same port, empty
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        assert budget.reserve(EVENTS) == 0
        held = redis.Redis.from_url(redis_server.url).zcard(f"x-chat:default:alice:{EVENTS}:leases")
        if held:
            break
        budget.settle(EVENTS, None)
        time.sleep(0.1)
    assert held == 1  # back in Redis


def test_on_unavailable_raise_is_typed_and_bounded(redis_server: RedisServer) -> None:
    redis_server.stop()
    budget = RedisRateBudget(redis_server.url, on_unavailable="raise", socket_timeout=0.5).scoped("alice")
    with pytest.raises(RateBudgetUnavailableError, match="nothing was sent") as info:
        budget.reserve(EVENTS)
    assert info.value.__cause__ is None and "redis" not in type(info.value).__module__


def test_arguments_and_repr() -> None:
    with pytest.raises(ValueError, match="redis://") as refused:
        RedisRateBudget("http://user:s3cret@127.0.0.1:6379")
    assert "s3cret" not in str(refused.value)
    with pytest.raises(ValueError, match="lease"):
        RedisRateBudget("redis://127.0.0.1:6379", lease=0)
    with pytest.raises(ValueError, match="on_unavailable"):
        RedisRateBudget("redis://127.0.0.1:6379", on_unavailable="ignore")  # type: ignore[arg-type]
    shown = repr(RedisRateBudget("redis://:s3cret@127.0.0.1:6379/0"))
    assert "s3cret" not in shown and "127.0.0.1:6379" in shown


WORKER = """
import sys
from x_chat import ChatClient, RateBudget
from x_chat.pacing_redis import RedisRateBudget
base_url, token, url, count = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
budget = RedisRateBudget(url, namespace="fleet") if url else RateBudget()
with ChatClient(token=token, base_url=base_url, pacing=budget, max_retries=0) as client:
    for _ in range(count):
        client.get_conversation_events("g1234567890123456789", max_results=1)
print("done", flush=True)
"""


def test_three_processes_of_one_token_share_the_servers_limit_without_a_429(redis_server: RedisServer) -> None:
    with FakeXServer(rate_limits=RateLimits(limit=5, window=1.0)) as server:
        server.add_conversation(GROUP, events=5)
        workers = [
            subprocess.Popen(
                [sys.executable, "-c", WORKER, server.base_url, server.token, redis_server.url, "6"],
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                text=True,
            )
            for _ in range(3)
        ]
        outputs = [worker.communicate(timeout=120) for worker in workers]
        assert [worker.returncode for worker in workers] == [0, 0, 0], [err[-2000:] for _, err in outputs]
        assert len(server.requests_to("/2/chat/")) == 18 and server.rate_limiter.throttled == 0


async def test_the_async_client_shares_the_budget_through_redis_asyncio(redis_server: RedisServer) -> None:
    with FakeXServer(rate_limits=RateLimits(limit=4, window=1.0)) as server:
        server.add_conversation(GROUP, events=5)
        budget = RedisRateBudget(redis_server.url)
        async with AsyncChatClient(token=server.token, base_url=server.base_url, pacing=budget) as client:
            for _ in range(9):
                await client.get_conversation_events(GROUP, max_results=1)
        await budget.aclose()  # its connections; the next call opens them again
        with ChatClient(token=server.token, base_url=server.base_url, pacing=budget) as client:
            assert client.rate_budget is not budget and client.rate_budget.url == budget.url  # type: ignore[union-attr]
            client.get_conversation_events(GROUP, max_results=1)
        assert server.rate_limiter.throttled == 0
        scope = credential_scope(server.token)
        assert redis.Redis.from_url(redis_server.url).hget(f"x-chat:default:{scope}:{EVENTS}", "limit") == b"4"
        budget.close()


def test_an_export_split_over_two_processes_on_one_budget_draws_no_429(
    redis_server: RedisServer, tmp_path: Path
) -> None:
    with FakeXServer(rate_limits=RateLimits(limit=3, window=1.0)) as server:
        for cid in ("g1", "g2"):
            server.add_conversation(cid, events=450)  # 5 pages each: 10 event requests, 4 windows at least
        connection = ["--rate-budget", redis_server.url, "--base-url", server.base_url, "--token", server.token]
        runs = [
            subprocess.Popen(
                [
                    sys.executable,
                    "-m",
                    "x_chat",
                    "export",
                    cid,
                    "--out",
                    str(tmp_path / cid),
                    "--no-progress",
                    *connection,
                ],
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                text=True,
            )
            for cid in ("g1", "g2")
        ]
        outputs = [run.communicate(timeout=300) for run in runs]
        assert [run.returncode for run in runs] == [0, 0], [err[-2000:] for _, err in outputs]
        assert server.rate_limiter.throttled == 0
        for cid in ("g1", "g2"):
            lines = (tmp_path / cid / f"{cid}.jsonl").read_text().splitlines()
            assert len(lines) == 450
