"""The activity stream's bookkeeping, with no I/O: splitting the body into lines (bounded), parsing and
deduplicating deliveries, X's reconnect rules, and how to resume after a disconnect. Both clients'
``stream_chat_activity`` drive one `StreamState`.

X's guidance for the stream (docs.x.com, "Activity stream" and its connection guide): treat 20 s
of silence as a dead connection; back off linearly (250 ms steps) up to 16 s after a network
error, exponentially from 5 s up to 320 s after an HTTP error, and exponentially from 60 s after
a 429; at most 450 connects per 15 minutes; ``backfill_minutes`` (0 to 5) recovers what was
missed while disconnected.
"""

from __future__ import annotations

import collections
import hashlib
import logging
import math
import time
import warnings
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from typing import Any

import attrs
import orjson

from .activity import ActivityGapWarning, ChatActivity, ChatEventType, RealtimeFallbackWarning, parse_activity
from .errors import InvalidArgumentError, RateLimitError, XChatError
from .times import TimeArg, parse_time

__all__ = [
    "MAX_BACKFILL_MINUTES",
    "ActivityGapWarning",
    "DecryptSession",
    "LineSplitter",
    "RealtimeFallbackWarning",
    "StreamState",
    "StreamStats",
    "check_seconds",
    "conversation_runs",
    "polled_activity",
    "stream_state",
    "with_key_changes",
]

logger = logging.getLogger("x_chat")

MAX_BACKFILL_MINUTES = 5
"""The longest backfill X serves: a disconnect longer than this loses events."""
MAX_LINE_BYTES = 4 * 1024 * 1024
"""The longest line the stream accepts; a longer one ends the connection (and reconnects)."""
DEDUPE_WINDOW = 131_072
"""How many recent ``event_uuid``s are remembered: more than X's ceiling (250 events/s) over its
backfill window (5 minutes)."""
CONNECTS_PER_WINDOW = 450
CONNECT_WINDOW = 15 * 60.0
RESUME_MARGIN = 5.0
"""Seconds of backfill added to a gap, for clocks and in-flight events."""


class StreamLineTooLong(XChatError):
    """A line longer than `MAX_LINE_BYTES`: the connection is dropped and the stream reconnects."""


@attrs.define
class StreamStats:
    """What a stream did so far (``stream.stats``)."""

    connects: int = 0
    """Connections opened (successful or not)."""
    reconnects: int = 0
    """Connections after the first."""
    delivered: int = 0
    """Activities yielded."""
    duplicates: int = 0
    """Deliveries skipped because their ``event_uuid`` was yielded before."""
    malformed: int = 0
    """Lines that were not a JSON delivery (skipped)."""
    keep_alives: int = 0
    gaps: int = 0
    """Disconnects longer than X's backfill window (each also warned with `ActivityGapWarning`)."""
    stalls: int = 0
    """Connections ended by ``stall_timeout`` seconds of silence."""


class BoundedSeen(set[str]):
    """A set that forgets its oldest members past ``limit``: the deliveries (``event_uuid``) a
    stream yielded, the signed message IDs a listener yielded; each once, in bounded memory."""

    def __init__(self, limit: int = DEDUPE_WINDOW) -> None:
        super().__init__()
        self._order: collections.deque[str] = collections.deque()
        self._limit = limit

    def add(self, item: str) -> None:
        if item in self:
            return
        super().add(item)
        self._order.append(item)
        if len(self._order) > self._limit:
            self.discard(self._order.popleft())


@attrs.define
class DecryptSession:
    """What decrypting one stream's deliveries remembers: the signed message IDs yielded (each
    message once), and per conversation the key changes already offered and the keys they gave
    (so that a key is extracted once, not for every delivery that carries its key change)."""

    seen: set[str] = attrs.field(factory=BoundedSeen)
    _keys: dict[str, dict[str, bytes]] = attrs.field(factory=dict)
    _offered: dict[str, set[str]] = attrs.field(factory=dict)
    _decryptor: Any = None
    _looked_up: set[str] = attrs.field(factory=set)

    def looked_up(self, user_ids: list[str]) -> bool:
        """Whether these users' public keys were looked up already in this session (then noted as such)."""
        missing = set(user_ids) - self._looked_up
        self._looked_up |= missing
        return not missing

    def key_map(self, conversation_id: str) -> dict[str, bytes]:
        """The keys of ``conversation_id``'s accepted key changes, by version (updated by decrypting)."""
        return self._keys.setdefault(conversation_id, {})

    def new_key_changes(self, conversation_id: str, key_changes: list[str | None]) -> list[str]:
        """The key changes not offered before for this conversation, once each, in order."""
        offered = self._offered.get(conversation_id, set())
        return list(dict.fromkeys(k for k in key_changes if k and k not in offered))

    def offered(self, conversation_id: str, key_changes: list[str]) -> None:
        """Note key changes offered (accepted or refused: the review's verdict does not change)."""
        self._offered.setdefault(conversation_id, set()).update(key_changes)

    def decryptor(self, keys: Any) -> Any:
        """One `Decryptor` of ``keys`` for the session."""
        if self._decryptor is None or self._decryptor.keys is not keys:
            self._decryptor = keys.decryptor()
        return self._decryptor


def conversation_runs(activities: list[ChatActivity]) -> list[list[ChatActivity]]:
    """``activities`` cut into runs of consecutive ones of one conversation, in order."""
    runs: list[list[ChatActivity]] = []
    for activity in activities:
        if runs and runs[-1][0].conversation_id == activity.conversation_id:
            runs[-1].append(activity)
        else:
            runs.append([activity])
    return runs


class LineSplitter:
    """Bytes in, complete lines out (``\\n``-terminated, ``\\r`` stripped); an empty line is a
    keep-alive. A line over ``limit`` bytes raises `StreamLineTooLong`."""

    def __init__(self, limit: int = MAX_LINE_BYTES) -> None:
        self._buffer = bytearray()
        self._limit = limit

    def feed(self, chunk: bytes) -> Iterator[bytes]:
        """The lines ``chunk`` completes.

        Args:
            chunk: The next bytes of the body.
        """
        buffer = self._buffer
        buffer += chunk
        start = 0
        while (end := buffer.find(b"\n", start)) != -1:
            line = bytes(buffer[start:end])
            start = end + 1
            yield line[:-1] if line.endswith(b"\r") else line
        del buffer[:start]
        if len(buffer) > self._limit:
            buffer.clear()
            raise StreamLineTooLong(f"the activity stream sent a line of more than {self._limit} bytes")

    def rest_pending(self) -> bool:
        """Whether bytes are waiting for a newline."""
        return bool(self._buffer.strip())

    def rest(self) -> bytes:
        """What is left after the last newline once the body ended cleanly (a last line X did not
        terminate), emptied."""
        left = bytes(self._buffer)
        self._buffer.clear()
        return left


def _dedupe_key(event_uuid: str) -> str:
    """What the dedupe window keeps of an ``event_uuid``: itself, or a digest of a long one (a
    server cannot fill memory with megabyte IDs)."""
    if len(event_uuid) <= 128:
        return event_uuid
    return "sha256:" + hashlib.sha256(event_uuid.encode("utf-8", "surrogatepass")).hexdigest()


@attrs.define
class StreamState:
    """One stream's state across its connections: what was yielded, when it was last alive, how
    long to wait before the next connect.

    Args:
        backoff: Scales X's documented delays (1.0: as documented; tests compress them).
        backfill_minutes, start_time, end_time: The first connection's window, as the caller asked.
    """

    backoff: float = 1.0
    backfill_minutes: int | None = None
    start_time: datetime | None = None
    end_time: datetime | None = None
    stats: StreamStats = attrs.field(factory=StreamStats)
    _seen: BoundedSeen = attrs.field(factory=BoundedSeen)
    _alive_at: datetime | None = None
    _network_failures: int = 0
    _http_failures: int = 0
    _rate_limited: int = 0
    _connects: collections.deque[float] = attrs.field(factory=collections.deque)

    # --- connecting -----------------------------------------------------------------------------

    def connect_params(self, now: datetime | None = None) -> dict[str, Any]:
        """The query of the next connection: the caller's window the first time; after a
        disconnect, enough backfill to cover it (capped at X's 5 minutes, which warns)."""
        now = now or datetime.now(UTC)
        self.stats.connects += 1
        if self._alive_at is None:
            params: dict[str, Any] = {}
            if self.backfill_minutes is not None:
                params["backfill_minutes"] = self.backfill_minutes
            if self.start_time is not None:
                params["start_time"] = self.start_time
            if self.end_time is not None:
                params["end_time"] = self.end_time
            return params
        self.stats.reconnects += 1
        gap = (now - self._alive_at).total_seconds() + RESUME_MARGIN
        minutes = max(1, math.ceil(gap / 60))
        if minutes > MAX_BACKFILL_MINUTES:
            self.stats.gaps += 1
            message = (
                f"the activity stream was disconnected for {gap - RESUME_MARGIN:.0f} s, longer than X's "
                f"{MAX_BACKFILL_MINUTES}-minute backfill: events from {self._alive_at.isoformat()} to "
                f"{(now - timedelta(minutes=MAX_BACKFILL_MINUTES)).isoformat()} may be missing "
                "(read them with iter_messages or poll_chat_activity)"
            )
            warnings.warn(message, ActivityGapWarning, stacklevel=4)
            logger.warning("%s", message)
            minutes = MAX_BACKFILL_MINUTES
        return {"backfill_minutes": minutes}

    def connect_wait(self, now: float | None = None) -> float:
        """Seconds to wait before connecting so as to stay within X's 450 connects per 15 minutes."""
        now = time.monotonic() if now is None else now
        while self._connects and now - self._connects[0] >= CONNECT_WINDOW:
            self._connects.popleft()
        if len(self._connects) < CONNECTS_PER_WINDOW:
            self._connects.append(now)
            return 0.0
        return CONNECT_WINDOW - (now - self._connects[0])

    def connected(self, now: datetime | None = None) -> None:
        """A connection was answered 200: resuming counts from here, but the backoff only resets
        once bytes arrive (a server that answers and hangs up at once still gets a growing delay)."""
        self._alive_at = now or datetime.now(UTC)

    def alive(self, now: datetime | None = None) -> None:
        """Bytes arrived (a line or a keep-alive): the connection is alive, up to now; a connection
        that delivers resets the backoff."""
        self._alive_at = now or datetime.now(UTC)
        self._network_failures = self._http_failures = self._rate_limited = 0

    # --- reading --------------------------------------------------------------------------------

    def accept(self, line: bytes) -> ChatActivity | None:
        """The activity a line delivers, or None: a keep-alive, a duplicate, or not a delivery
        (counted; a line that is not JSON never ends the stream)."""
        if not line.strip():
            self.stats.keep_alives += 1
            return None
        try:
            activity = parse_activity(orjson.loads(line))
        except orjson.JSONDecodeError:
            activity = None
        if activity is None:
            self.stats.malformed += 1
            logger.debug("skipped a stream line that is not an activity (%d bytes)", len(line))
            return None
        if activity.event_uuid is not None:
            key = _dedupe_key(activity.event_uuid)
            if key in self._seen:
                self.stats.duplicates += 1
                return None
            self._seen.add(key)
        self.stats.delivered += 1
        return activity

    # --- failing ----------------------------------------------------------------------------------

    def network_delay(self, *, stalled: bool = False) -> float:
        """After a network error, a stall, or the server closing: linear, 250 ms steps, up to 16 s."""
        if stalled:
            self.stats.stalls += 1
        self._network_failures += 1
        return float(min(0.25 * self._network_failures, 16.0) * self.backoff)

    def http_delay(self) -> float:
        """After an HTTP error (5xx, 4xx other than those that end the stream): 5 s, doubling, up to 320 s."""
        self._http_failures += 1
        return float(min(5.0 * 2 ** (self._http_failures - 1), 320.0) * self.backoff)

    def rate_limit_delay(self, error: RateLimitError, now: float | None = None) -> float:
        """After a 429: what X asked (``Retry-After``, else until ``x-rate-limit-reset``), as sent,
        never scaled; without either, 60 s, doubling (scaled by ``backoff``)."""
        self._rate_limited += 1
        limit = error.rate_limit
        sent = limit.wait(now=now) if limit is not None else None
        if sent is not None:
            return sent
        return float(60.0 * 2 ** (self._rate_limited - 1) * self.backoff)


def check_seconds(value: object, name: str, *, minimum: float = 0.0, strict: bool = True) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
        raise InvalidArgumentError(f"{name} is a number of seconds, got {value!r}")
    if value < minimum or (strict and value == minimum):
        raise InvalidArgumentError(f"{name} must be {'more than' if strict else 'at least'} {minimum:g}, got {value!r}")
    return float(value)


def stream_state(
    backfill_minutes: int | None, start_time: TimeArg | None, end_time: TimeArg | None, backoff: float
) -> StreamState:
    """The checked arguments of a stream, as its starting state."""
    if backfill_minutes is not None and (
        isinstance(backfill_minutes, bool)
        or not isinstance(backfill_minutes, int)
        or not 0 <= backfill_minutes <= MAX_BACKFILL_MINUTES
    ):
        raise InvalidArgumentError(f"backfill_minutes is 0 to {MAX_BACKFILL_MINUTES}, got {backfill_minutes!r}")
    start = parse_time(start_time).astimezone(UTC).replace(microsecond=0) if start_time is not None else None
    end = parse_time(end_time).astimezone(UTC).replace(microsecond=0) if end_time is not None else None
    if start is not None and end is not None and start >= end:
        raise InvalidArgumentError("start_time must be before end_time")
    scale = check_seconds(backoff, "backoff", strict=False)
    return StreamState(backoff=scale, backfill_minutes=backfill_minutes, start_time=start, end_time=end)


def polled_activity(conversation_id: str, event: Any, user_id: str | None) -> ChatActivity:
    """A message event read by polling, as the activity the stream would have delivered."""
    data = {k: v for k, v in event.to_dict().items() if k != "conversation_id"}
    sender = data.get("sender_id")
    kind = ChatEventType.SENT if user_id is not None and sender == user_id else ChatEventType.RECEIVED
    created = event.created_at if isinstance(event.created_at, datetime) else None
    return ChatActivity(
        event_uuid=f"poll:{conversation_id}:{data.get('id')}",
        event_type=kind,
        conversation_id=conversation_id,
        sender_id=sender if isinstance(sender, str) else None,
        event_id=data.get("id") if isinstance(data.get("id"), str) else None,
        created_at=created,
        encoded_event=data.get("encoded_event") if isinstance(data.get("encoded_event"), str) else None,
        key_change_event=None,
        user_id=user_id,
        raw={"event_type": kind.value, "payload": {"conversation_id": conversation_id, **data}},
    )


def with_key_changes(activity: ChatActivity, key_changes: list[str]) -> ChatActivity:
    """A polled activity with the newest key change its page listed (as a delivery carries one)."""
    if activity.key_change_event is not None or not key_changes:
        return activity
    return attrs.evolve(activity, key_change_event=key_changes[0])
