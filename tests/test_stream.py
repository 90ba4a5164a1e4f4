"""The activity stream (``stream_chat_activity``) against the fake server's real HTTP stream: nothing
lost and nothing twice across drops, stalls, 503s, 429s, duplicated deliveries and overlapping
backfill, sync and async; typed errors that end it at once; gaps said out loud."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

from x_chat import ChatClient
from x_chat._stream import ActivityGapWarning, LineSplitter, StreamLineTooLong, StreamState
from x_chat.activity import ChatActivity, ChatEventType
from x_chat.errors import (
    AuthenticationError,
    BadRequestError,
    InvalidArgumentError,
    PaymentRequiredError,
    PermissionDeniedError,
    RateLimitError,
)
from x_chat.testing import FakeXServer, Fault, StreamScript

STREAM = "/2/activity/stream"
PEER = "1215441834412953600"
WATCHDOG = 120.0
"""A stream that loses an event never ends: after this long the fake server refuses it (403), so the
test fails with that error instead of hanging."""


@pytest.fixture
def streaming(server: FakeXServer) -> Iterator[FakeXServer]:
    """The server with a stream subscription for its user, keep-alives every 50 ms, and a watchdog."""
    server.activity.keepalive = 0.05
    server.activity.subscriptions["1"] = _subscription(server.user_id)
    watchdog = threading.Timer(WATCHDOG, _refuse, args=(server,))
    watchdog.start()
    yield server
    watchdog.cancel()


def _subscription(user_id: str) -> Any:
    from x_chat.testing._fake_server.activity import FakeSubscription

    return FakeSubscription("1", "chat.received", user_id)


def _refuse(server: FakeXServer) -> None:
    server.inject(Fault(status=403, path=STREAM, times=10**6))
    server.activity.disconnect_streams()


def _publish(server: FakeXServer, first: int, count: int) -> list[str]:
    ids = []
    for number in range(first, first + count):
        event_id = str(10**18 + number)
        server.publish_activity(
            "chat.received",
            server.user_id,
            {
                "conversation_id": f"{PEER}:{server.user_id}",
                "sender_id": PEER,
                "id": event_id,
                "created_at_msec": "1735689600000",
            },
        )
        ids.append(event_id)
    return ids


def _read(stream: Any, count: int, on_item: Any = None) -> list[ChatActivity]:
    got: list[ChatActivity] = []
    for activity in stream:
        got.append(activity)
        if on_item is not None:
            on_item(len(got))
        if len(got) == count:
            break
    return got


def test_nothing_lost_nothing_twice_across_every_kind_of_failure(streaming: FakeXServer, client: ChatClient) -> None:
    server = streaming
    expected = _publish(server, 0, 20)  # before the stream opens: the first connection's backfill brings them
    server.script_stream(
        StreamScript(disconnect_after=5),  # a dropped connection
        StreamScript(duplicate=True, disconnect_after=4),  # every delivery twice, then dropped
        StreamScript(stall_after=3, stall_for=60),  # silence, keep-alives too: a dead connection
    )
    server.inject(
        Fault.server_error(503, path=STREAM),
        Fault.rate_limited(retry_after=0.05, path=STREAM),
    )

    def more(count: int) -> None:
        if count == 12:  # published while streaming: live, or by the next connection's backfill
            expected.extend(_publish(server, 20, 10))

    stream = client.stream_chat_activity(backfill_minutes=1, stall_timeout=3.0, backoff=0.01)
    try:
        got = _read(stream, 30, more)
        stats = stream.stats
    finally:
        stream.close()
    ids = [a.event_id for a in got]
    assert ids == expected  # all of them, in order
    assert len({a.event_uuid for a in got}) == 30  # each once
    assert stats.duplicates > 0  # the duplicated deliveries and the overlapping backfills were there...
    assert stats.stalls == 1 and stats.delivered == 30
    assert 5 <= stats.connects <= 10  # ...and reconnecting did not run away
    assert all(a.event_type is ChatEventType.RECEIVED and a.conversation_id == f"{PEER}-{server.user_id}" for a in got)
    reconnects = [r for r in server.requests_to(STREAM)][1:]
    assert all(r.query_values("backfill_minutes") == ["1"] for r in reconnects)  # resumed with backfill


@pytest.mark.parametrize(
    ("status", "error"),
    [(401, AuthenticationError), (402, PaymentRequiredError), (403, PermissionDeniedError), (400, BadRequestError)],
)
def test_errors_that_waiting_does_not_heal_end_the_stream_at_once(
    streaming: FakeXServer, client: ChatClient, status: int, error: type[Exception]
) -> None:
    streaming.inject(Fault(status=status, path=STREAM, times=10))
    stream = client.stream_chat_activity(backoff=0.01)
    with pytest.raises(error) as info:
        next(iter(stream))
    assert info.value.status_code == status  # type: ignore[attr-defined]
    assert len(streaming.requests_to(STREAM)) == 1  # not one retry


def test_a_429_waits_for_the_reset_x_sent_not_the_backoff(streaming: FakeXServer, client: ChatClient) -> None:
    """``backoff=0.0001`` makes any guessed wait nothing: the ``x-rate-limit-reset`` X sent (a second
    or more away) is what is honoured."""
    import time

    expected = _publish(streaming, 0, 1)
    streaming.inject(Fault.rate_limited(reset_in=1.0, path=STREAM))
    stream = client.stream_chat_activity(backfill_minutes=1, backoff=0.0001)
    started = time.monotonic()
    try:
        got = _read(stream, 1)
    finally:
        stream.close()
    assert [a.event_id for a in got] == expected
    assert time.monotonic() - started >= 0.9  # it waited for the reset
    assert len(streaming.requests_to(STREAM)) == 2


def test_unknown_types_and_fields_pass_through_and_junk_never_kills_the_stream(
    streaming: FakeXServer, client: ChatClient
) -> None:
    from x_chat.testing._fake_server.activity import FakeSubscription

    streaming.activity.subscriptions["2"] = FakeSubscription("2", "chat.something_new", streaming.user_id)
    streaming.publish_activity("chat.something_new", streaming.user_id, {"novel": [1, 2]}, event_uuid="-42")
    _publish(streaming, 0, 1)
    stream = client.stream_chat_activity(backfill_minutes=1)
    try:
        first, second = _read(stream, 2)
    finally:
        stream.close()
    assert first.event_type == "chat.something_new" and not first.known
    assert first.event_uuid == "-42" and first.raw["payload"] == {"novel": [1, 2]}
    assert second.known and second.is_message


def test_closing_hangs_up(streaming: FakeXServer, client: ChatClient) -> None:
    _publish(streaming, 0, 3)
    stream = client.stream_chat_activity(backfill_minutes=1)
    assert len(_read(stream, 1)) == 1
    stream.close()
    with pytest.raises(StopIteration):
        next(iter(stream))
    assert streaming.activity.connections == 1


async def test_cancelling_the_async_stream_ends_it(streaming: FakeXServer) -> None:
    import asyncio

    from x_chat import AsyncChatClient

    async with AsyncChatClient(token=streaming.token, base_url=streaming.base_url) as client:
        stream = client.stream_chat_activity()
        task = asyncio.ensure_future(stream.__anext__())
        await asyncio.sleep(0)  # it is connected, or connecting: there is nothing to read
        task.cancel()
        with pytest.raises(asyncio.CancelledError):
            await task
        await stream.aclose()


def test_arguments_are_checked_before_any_request(server: FakeXServer, client: ChatClient) -> None:
    for bad in (
        {"backfill_minutes": 6},
        {"stall_timeout": 0},
        {"backoff": -1},
        {"start_time": "2026-01-02", "end_time": "2026-01-01"},
    ):
        with pytest.raises(InvalidArgumentError):
            client.stream_chat_activity(**bad)
    assert server.requests_to(STREAM) == []


# --- the bookkeeping, without I/O ------------------------------------------------------------------


def test_a_gap_longer_than_backfill_warns_and_counts() -> None:
    state = StreamState()
    now = datetime.now(UTC)
    assert state.connect_params(now) == {}
    state.alive(now)
    assert state.connect_params(now + timedelta(seconds=70)) == {"backfill_minutes": 2}
    with pytest.warns(ActivityGapWarning, match="may be missing"):
        assert state.connect_params(now + timedelta(minutes=9)) == {"backfill_minutes": 5}
    assert state.stats.gaps == 1 and state.stats.reconnects == 2


def test_backoff_follows_x_rules_scaled() -> None:
    state = StreamState(backoff=1.0)
    assert [state.network_delay() for _ in range(3)] == [0.25, 0.5, 0.75]
    assert max(state.network_delay() for _ in range(100)) == 16.0
    assert [state.http_delay() for _ in range(8)] == [5, 10, 20, 40, 80, 160, 320, 320]
    state.alive()  # a connection that delivers resets both
    assert state.network_delay() == 0.25 and state.http_delay() == 5
    assert StreamState(backoff=0.01).http_delay() == pytest.approx(0.05)


def test_a_server_that_answers_and_hangs_up_gets_a_growing_delay() -> None:
    state = StreamState()
    delays = []
    for _ in range(4):
        state.connected()  # a 200, then nothing: not a delivering connection
        delays.append(state.network_delay())
    assert delays == [0.25, 0.5, 0.75, 1.0]
    assert state.connect_params() == {"backfill_minutes": 1}  # but resuming counts from the last connect


def test_x_allows_450_connects_per_15_minutes() -> None:
    state = StreamState()
    assert all(state.connect_wait(now=float(i)) == 0 for i in range(450))
    assert state.connect_wait(now=450.0) == pytest.approx(900 - 450)
    assert state.connect_wait(now=900.5) == 0


def test_the_dedupe_window_is_bounded() -> None:
    from x_chat._stream import BoundedSeen

    seen = BoundedSeen(limit=3)
    for key in "abcd":
        seen.add(key)
    seen.add("d")  # again: not a new member
    assert sorted(seen) == ["b", "c", "d"]


def test_a_long_event_uuid_is_deduplicated_by_its_digest() -> None:
    state = StreamState()
    line = b'{"data":{"event_uuid":"' + b"u" * 100_000 + b'","event_type":"chat.sent"}}'
    first = state.accept(line)
    assert first is not None and first.event_uuid == "u" * 100_000  # yielded as sent
    assert state.accept(line) is None and state.stats.duplicates == 1
    assert max(len(key) for key in state._seen) < 100  # kept as a digest


def test_lines_are_split_across_chunks_and_bounded() -> None:
    splitter = LineSplitter(limit=16)
    assert list(splitter.feed(b'{"a":1}\r\n\r\n{"b"')) == [b'{"a":1}', b""]
    assert list(splitter.feed(b":2}\n")) == [b'{"b":2}']
    assert list(splitter.feed(b'{"c":3}')) == [] and splitter.rest_pending()
    assert splitter.rest() == b'{"c":3}' and not splitter.rest_pending()  # a last line without its newline
    with pytest.raises(StreamLineTooLong):
        list(splitter.feed(b"x" * 17))


def test_rate_limit_wait_is_never_scaled() -> None:
    import httpx

    from x_chat.errors import RateLimit

    headers = {"retry-after": "7"}
    error = RateLimitError(httpx.Response(429, headers=headers), rate_limit=RateLimit.from_headers(headers))
    assert StreamState(backoff=0.001).rate_limit_delay(error) == 7.0
    bare = RateLimitError(httpx.Response(429))
    assert StreamState(backoff=0.5).rate_limit_delay(bare) == 30.0
