"""Every call ends: a wall-clock limit on each attempt (head and body), the deadline bounding the
attempt in flight, and a cap on a decoded body. Real HTTP against the fake server."""

from __future__ import annotations

import asyncio
import gzip

import pytest

from x_chat import APITimeoutError, AsyncChatClient, ChatClient, RetryPolicy
from x_chat.errors import ResponseTooLargeError
from x_chat.testing import FakeXServer, Fault

from .conftest import GROUP

ONCE = RetryPolicy(max_retries=0, jitter=False)


def _get(server: FakeXServer, policy: RetryPolicy, *, use_async: bool) -> object:
    if not use_async:
        with ChatClient(token=server.token, base_url=server.base_url, retry=policy) as client:
            return client.get_conversation_events(GROUP, max_results=20)

    async def main() -> object:
        async with AsyncChatClient(token=server.token, base_url=server.base_url, retry=policy) as client:
            return await client.get_conversation_events(GROUP, max_results=20)

    return asyncio.run(main())


@pytest.mark.parametrize("use_async", [False, True], ids=["sync", "async"])
@pytest.mark.parametrize("head", [False, True], ids=["body", "head"])
def test_a_dripping_answer_ends_at_the_attempt_limit(server: FakeXServer, use_async: bool, head: bool) -> None:
    """A byte every 0.2 s never trips a per-read timeout; the attempt's own limit ends it (without
    it, the server gives up after 20 s and the call fails as a broken connection instead)."""
    server.inject(Fault.dripping(0.2, head=head, seconds=20))
    with pytest.raises(APITimeoutError, match="did not finish within its limit of 1 s"):
        _get(server, attrs_evolve(ONCE, attempt_timeout=1.0), use_async=use_async)


@pytest.mark.parametrize("use_async", [False, True], ids=["sync", "async"])
def test_the_deadline_bounds_the_attempt_in_flight(server: FakeXServer, use_async: bool) -> None:
    server.inject(Fault.dripping(0.2, seconds=20))
    policy = RetryPolicy(max_retries=3, jitter=False, deadline=1.0, attempt_timeout=None)
    with pytest.raises(APITimeoutError, match=r"limit of 1 s \(what is left of RetryPolicy.deadline"):
        _get(server, policy, use_async=use_async)


def test_a_timed_out_read_is_retried_and_then_answers(server: FakeXServer) -> None:
    server.inject(Fault.dripping(0.2, seconds=20))
    page = _get(
        server, RetryPolicy(max_retries=1, jitter=False, backoff_initial=0.01, attempt_timeout=1.0), use_async=False
    )
    assert len(page.data) == 20  # type: ignore[attr-defined]


@pytest.mark.parametrize("use_async", [False, True], ids=["sync", "async"])
def test_a_compressed_body_that_expands_past_the_cap_is_refused(server: FakeXServer, use_async: bool) -> None:
    bomb = gzip.compress(b'{"data": [' + b" " * (40 * 1024 * 1024) + b"]}", compresslevel=9)
    assert len(bomb) < 100 * 1024
    server.inject(Fault(status=200, body=bomb, content_type="application/json", headers={"content-encoding": "gzip"}))
    with pytest.raises(ResponseTooLargeError, match="larger than 4194304 bytes"):
        _get(server, attrs_evolve(ONCE, max_response_bytes=4 * 1024 * 1024), use_async=use_async)
    assert _get(server, ONCE, use_async=use_async)  # the next call is unaffected


def attrs_evolve(policy: RetryPolicy, **changes: object) -> RetryPolicy:
    import attrs

    return attrs.evolve(policy, **changes)
