"""Rate-limit pacing: spend X's per-endpoint budget without drawing a 429.

X allows each user a number of requests per endpoint in a fixed window (15 minutes) and reports it
on every response: ``x-rate-limit-limit``, ``x-rate-limit-remaining`` and ``x-rate-limit-reset``
(epoch seconds). A `RateBudget` keeps those figures per endpoint, counts the requests still
in flight, and tells the pipeline, before each request, whether it may go now or how long to wait:
requests go out as long as the window has room, and the next one waits for the reset. That uses
the whole allowance (nothing is held back while there is room) and never exceeds it.

One budget is made per client (its ``with_options`` copies share it). Clients that use the same
token, in threads or in asyncio tasks, should share one: ``ChatClient(token=t, pacing=budget)``,
because X counts per user, not per connection. ``pacing=False`` switches it off.

```py
from x_chat import ChatClient, RateBudget

budget = RateBudget()
alice = ChatClient(token=token, pacing=budget)  # two clients of one token, one budget
also_alice = ChatClient(token=token, pacing=budget)
print(budget.reserve("get_chat_conversation_events"))  # nothing known yet: go
#> 0.0
```
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import threading
import time
from collections.abc import Callable
from pathlib import Path

import attrs

from .errors import InvalidArgumentError, RateLimit

__all__ = ["EndpointBudget", "RateBudget", "WaitListener", "credential_scope"]

logger = logging.getLogger("x_chat")

WaitListener = Callable[[str, float], None]
"""Called with (endpoint, seconds) each time a request is held back for the rate limit."""


def credential_scope(token: str) -> str:
    """The part of a shared budget's keys that names a credential: 16 hex digits of the token's
    SHA-256 (never the token).

    Args:
        token: The bearer token.
    """
    return hashlib.sha256(token.encode()).hexdigest()[:16]


@attrs.frozen
class EndpointBudget:
    """What a budget knows of one endpoint (a snapshot)."""

    limit: int | None
    remaining: int | None
    """As X last reported it for the current window (None: unknown)."""
    reset: float | None
    """When the current window ends (epoch seconds; None: unknown)."""
    in_flight: int
    waits: int
    waited: float
    """Seconds spent waiting for this endpoint's window, in total."""


@attrs.define
class _State:
    limit: int | None = None
    remaining: int | None = None
    reset: float | None = None
    in_flight: int = 0
    waits: int = 0
    waited: float = 0.0


class RateBudget:
    """Per-endpoint request budgets, learnt from X's rate-limit headers; thread-safe.

    ``margin``: seconds added after a window's reset before its first request (X's reset has
    one-second resolution and clocks differ a little).

    With ``path``, the windows outlive the process: what X said of each endpoint (limit, remaining,
    reset) is written there (atomically, after each answer that changed it) and read back by the
    next budget given the same path. An export restarted after a kill then waits for the window its
    predecessor spent instead of drawing a 429 (``x-chat export`` keeps it in its output folder).
    It is one process's memory, not a shared budget: for several processes at once, see
    `x_chat.pacing_redis.RedisRateBudget`.

    Args:
        margin: Seconds added after a window's reset before its first request.
        clock: The epoch clock (`time.time`; a test may pass its own).
        path: A JSON file to keep the windows in across processes (None: memory only).
    """

    def __init__(
        self,
        *,
        margin: float = 0.25,
        clock: Callable[[], float] = time.time,
        path: str | os.PathLike[str] | None = None,
    ) -> None:
        if margin < 0:
            raise InvalidArgumentError(f"margin must be >= 0, got {margin}")
        self.margin = margin
        self._clock = clock
        self._states: dict[str, _State] = {}
        self._lock = threading.Lock()
        self._listeners: list[WaitListener] = []
        self.path = Path(path) if path is not None else None
        if self.path is not None:
            self._load(self.path)

    def _load(self, path: Path) -> None:
        """The windows a previous budget wrote; an unreadable file is ignored (it is only a cache)."""
        try:
            saved = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return
        if not isinstance(saved, dict):
            return
        now = self._clock()
        for endpoint, window in saved.items():
            if not isinstance(window, dict):
                continue
            limit, remaining, reset = (window.get(k) for k in ("limit", "remaining", "reset"))
            state = self._state(str(endpoint))
            state.limit = limit if isinstance(limit, int) and not isinstance(limit, bool) else None
            if isinstance(reset, int | float) and isinstance(remaining, int) and reset > now:
                state.remaining, state.reset = remaining, float(reset)

    def _save(self) -> None:
        """Write the windows (the caller holds the lock); a failure to write is only logged."""
        if self.path is None:
            return
        windows = {
            endpoint: {"limit": state.limit, "remaining": state.remaining, "reset": state.reset}
            for endpoint, state in self._states.items()
        }
        temporary = self.path.with_name(f".{self.path.name}.tmp")
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            temporary.write_text(json.dumps(windows, sort_keys=True), encoding="utf-8")
            os.replace(temporary, self.path)
        except OSError as exc:
            logger.warning("could not keep the rate-limit windows in %s: %s", self.path, exc)

    def __repr__(self) -> str:
        return f"RateBudget(endpoints={sorted(self._states)}, margin={self.margin})"

    def _state(self, endpoint: str) -> _State:
        """The endpoint's state (made on first use); the caller holds the lock."""
        state = self._states.get(endpoint)
        if state is None:
            state = self._states[endpoint] = _State()
        return state

    def reserve(self, endpoint: str) -> float:
        """0.0 when a request to ``endpoint`` may go now (it is counted as in flight until
        `settle`); otherwise the seconds to wait before asking again.

        Args:
            endpoint: The budget's key: the operation's name (e.g. `get_chat_conversation_events`).
        """
        with self._lock:
            state = self._state(endpoint)
            now = self._clock()
            if state.reset is not None and now >= state.reset + self.margin:  # a new window
                state.remaining, state.reset = state.limit, None
            if state.remaining is None or state.remaining - state.in_flight > 0:
                state.in_flight += 1
                return 0.0
            if state.reset is None:  # the window is spent by requests not answered yet
                return 0.05
            return max(0.01, state.reset + self.margin - now)

    def settle(self, endpoint: str, rate_limit: RateLimit | None, *, status: int | None = None) -> None:
        """A reserved request ended: with the response's rate limit (None if none arrived).

        Args:
            endpoint: The budget's key: the operation's name (e.g. `get_chat_conversation_events`).
            rate_limit: The response's parsed rate-limit headers (None if no response arrived).
            status: The response's status (a 429 teaches the budget the window is spent).
        """
        with self._lock:
            state = self._state(endpoint)
            state.in_flight = max(0, state.in_flight - 1)
            if rate_limit is None:
                return
            now = self._clock()
            reset = rate_limit.reset.timestamp() if rate_limit.reset is not None else None
            usage_cap = rate_limit.remaining is not None and rate_limit.remaining > 0
            if status == 429 and not usage_cap:  # Retry-After, when X sends it, says when to try again
                if rate_limit.retry_after is not None:
                    reset = now + rate_limit.retry_after
                remaining: int | None = 0
            else:
                remaining = rate_limit.remaining
            if rate_limit.limit is not None:
                state.limit = rate_limit.limit
            if reset is None or remaining is None or reset <= now:
                return  # nothing to learn, or an answer from a window that has ended
            if state.reset is None or reset > state.reset:  # the first answer of a newer window
                state.reset, state.remaining = reset, remaining
            elif reset == state.reset:  # answers arrive out of order: the lowest count is the latest
                state.remaining = remaining if state.remaining is None else min(state.remaining, remaining)
            self._save()

    async def areserve(self, endpoint: str) -> float:
        """`reserve`, for the async client (the same state; a shared budget's may do I/O here).

        Args:
            endpoint: The budget's key: the operation's name (e.g. `get_chat_conversation_events`).
        """
        return self.reserve(endpoint)

    async def asettle(self, endpoint: str, rate_limit: RateLimit | None, *, status: int | None = None) -> None:
        """`settle`, for the async client.

        Args:
            endpoint: The budget's key: the operation's name (e.g. `get_chat_conversation_events`).
            rate_limit: The response's parsed rate-limit headers (None if no response arrived).
            status: The response's status.
        """
        self.settle(endpoint, rate_limit, status=status)

    def scoped(self, scope: str) -> RateBudget:
        """The budget a client of one credential uses: this one (a `RedisRateBudget` keys by it).

        Args:
            scope: The credential's part of a shared budget's keys.
        """
        return self

    def waiting(self, endpoint: str, seconds: float) -> None:
        """Called by the pipeline before it sleeps for the budget: counts it and tells listeners.

        Args:
            endpoint: The budget's key: the operation's name (e.g. `get_chat_conversation_events`).
            seconds: How long the request will wait.
        """
        with self._lock:
            state = self._state(endpoint)
            state.waits += 1
            state.waited += seconds
            listeners = list(self._listeners)
        for listener in listeners:
            listener(endpoint, seconds)

    def subscribe(self, listener: WaitListener) -> Callable[[], None]:
        """Call ``listener(endpoint, seconds)`` before every wait; returns the unsubscribe function.

        Args:
            listener: Called as `listener(endpoint, seconds)`.
        """
        with self._lock:
            self._listeners.append(listener)

        def unsubscribe() -> None:
            with self._lock:
                if listener in self._listeners:
                    self._listeners.remove(listener)

        return unsubscribe

    def snapshot(self, endpoint: str) -> EndpointBudget | None:
        """What is known of ``endpoint`` (None if no request went to it).

        Args:
            endpoint: The budget's key: the operation's name (e.g. `get_chat_conversation_events`).
        """
        with self._lock:
            state = self._states.get(endpoint)
            return None if state is None else EndpointBudget(**attrs.asdict(state))

    @property
    def endpoints(self) -> list[str]:
        with self._lock:
            return sorted(self._states)
