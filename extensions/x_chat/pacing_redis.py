"""One rate-limit budget for many processes and machines: `RedisRateBudget` keeps `RateBudget`'s
state in Redis, so every process that paces one token through it shares one budget.

X's limits belong to a token (a user), not to a process. With a plain `RateBudget`, three workers of
one token each spend the whole window, and together draw 429s. With one `RedisRateBudget`, they
spend it once::

    from x_chat import ChatClient
    from x_chat.pacing_redis import RedisRateBudget

    budget = RedisRateBudget("redis://127.0.0.1:6379/0", namespace="archive")
    with ChatClient(token=token, pacing=budget) as client:  # in every worker
        ...

How it works (``docs``: README, "Scaling out"):

- **Keys:** ``x-chat:<namespace>:<credential>:<endpoint>``, where ``<credential>`` is the first 16 hex
  digits of the SHA-256 of the token (never the token). Clients of two tokens given the same budget
  do not share a window; two namespaces never meet.
- **Atomic:** reserving and settling are Lua scripts, so two processes never both take the last
  request of a window. Time is Redis's own clock (``TIME``), the same for every machine.
- **Leases:** a request in flight is a member of a sorted set, scored with the time its lease ends.
  A process killed while it holds reservations blocks the others only until then. The lease is 60 s
  by default: longer than any request the pipeline lets run (its timeouts and response-size bounds
  end a request well before), and a fifteenth of X's 15-minute window, so a crash costs at most a few
  requests' worth of waiting, never a window.
- **Redis failures:** by default the budget falls back to pacing in this process (like `RateBudget`),
  with one `RedisUnavailableWarning`, and tries Redis again after ``retry_after`` seconds;
  ``on_unavailable="raise"`` raises `RateBudgetUnavailableError` instead. A Redis call never blocks
  longer than ``socket_timeout``, and no exception of the redis package escapes.

Needs the ``x-chat[redis]`` extra (the official ``redis`` client, sync and asyncio).
"""

from __future__ import annotations

import copy
import itertools
import os
import threading
import time
import uuid
import warnings
import weakref
from collections import defaultdict, deque
from typing import TYPE_CHECKING, Any, Literal

from .errors import InvalidArgumentError, RateBudgetUnavailableError, RateLimit, redis_host
from .pacing import EndpointBudget, RateBudget

if TYPE_CHECKING:
    from redis import Redis
    from redis.asyncio import Redis as AsyncRedis

__all__ = ["RedisRateBudget", "RedisUnavailableWarning"]

DEFAULT_LEASE = 60.0

# KEYS: the endpoint's state (hash: limit, remaining, reset) and its leases (sorted set: reservation
# id scored by the end of its lease). ARGV: margin, lease, reservation id. Returns the seconds to wait
# as a string ("0": reserved), since Redis turns a Lua number into an integer.
_RESERVE = """
local t = redis.call('TIME')
local now = tonumber(t[1]) + tonumber(t[2]) / 1000000
local margin, lease = tonumber(ARGV[1]), tonumber(ARGV[2])
redis.call('ZREMRANGEBYSCORE', KEYS[2], '-inf', now)
local st = redis.call('HMGET', KEYS[1], 'limit', 'remaining', 'reset')
local limit, remaining, reset = tonumber(st[1]), tonumber(st[2]), tonumber(st[3])
if reset and now >= reset + margin then
  remaining, reset = limit, nil
  redis.call('HDEL', KEYS[1], 'reset', 'remaining')
  if limit then redis.call('HSET', KEYS[1], 'remaining', limit) end
end
local in_flight = redis.call('ZCARD', KEYS[2])
if remaining == nil or remaining - in_flight > 0 then
  redis.call('ZADD', KEYS[2], now + lease, ARGV[3])
  redis.call('PEXPIRE', KEYS[2], math.ceil(lease * 1000) + 1000)
  return '0'
end
if reset == nil then return '0.05' end
return tostring(math.max(0.01, reset + margin - now))
"""

# ARGV: reservation id, then (empty when unknown) limit, remaining, reset (epoch seconds), status,
# retry-after. The same rules as RateBudget.settle.
_SETTLE = """
local t = redis.call('TIME')
local now = tonumber(t[1]) + tonumber(t[2]) / 1000000
redis.call('ZREM', KEYS[2], ARGV[1])
local limit, remaining, reset = tonumber(ARGV[2]), tonumber(ARGV[3]), tonumber(ARGV[4])
local status, retry_after = tonumber(ARGV[5]), tonumber(ARGV[6])
if status == 429 and not (remaining ~= nil and remaining > 0) then
  if retry_after then reset = now + retry_after end
  remaining = 0
end
if limit then redis.call('HSET', KEYS[1], 'limit', limit) end
redis.call('EXPIRE', KEYS[1], 86400)
if reset == nil or remaining == nil or reset <= now then return 0 end
local st = redis.call('HMGET', KEYS[1], 'remaining', 'reset')
local current, current_reset = tonumber(st[1]), tonumber(st[2])
if current_reset == nil or reset > current_reset then
  redis.call('HSET', KEYS[1], 'reset', ARGV[4] ~= '' and ARGV[4] or tostring(reset), 'remaining', remaining)
elseif reset == current_reset and (current == nil or remaining < current) then
  redis.call('HSET', KEYS[1], 'remaining', remaining)
end
return 1
"""


class RedisUnavailableWarning(UserWarning):
    """Redis could not be reached: the budget paces in this process alone until it can again."""


class RedisRateBudget(RateBudget):
    """`RateBudget`'s interface, with its state in Redis (see the module's documentation).

    Args:
        url: The Redis URL (``redis://host:port/db``, ``rediss://`` for TLS, ``unix://``).
        namespace: Separates budgets that share a Redis (None: ``default``).
        lease: Seconds a reservation holds a request's place when its process never settles it
            (killed); at most a window.
        on_unavailable: ``"fallback"`` (pace in this process, warn once) or ``"raise"``
            (`RateBudgetUnavailableError`) when Redis cannot be reached.
        socket_timeout: Seconds any Redis call may take.
        retry_after: Seconds before Redis is tried again after a failure.
        margin: Seconds added after a window's reset before its first request.
    """

    def __init__(
        self,
        url: str,
        *,
        namespace: str | None = None,
        lease: float = DEFAULT_LEASE,
        on_unavailable: Literal["fallback", "raise"] = "fallback",
        socket_timeout: float = 1.0,
        retry_after: float = 5.0,
        margin: float = 0.25,
    ) -> None:
        super().__init__(margin=margin)
        try:
            import redis  # noqa: F401
        except ImportError:
            raise ImportError("RedisRateBudget needs the redis client: pip install 'x-chat[redis]'") from None
        if not isinstance(url, str) or not url.startswith(("redis://", "rediss://", "unix://")):
            shown = url.split(":", 1)[0] if isinstance(url, str) else type(url).__name__  # never its password
            raise InvalidArgumentError(f"url must be a redis://, rediss:// or unix:// URL, got a {shown!r} one")
        if not 0 < lease <= 900:
            raise InvalidArgumentError(f"lease must be more than 0 and at most X's 900 s window, got {lease}")
        if on_unavailable not in ("fallback", "raise"):
            raise InvalidArgumentError(f"on_unavailable is 'fallback' or 'raise', got {on_unavailable!r}")
        if not socket_timeout > 0:
            raise InvalidArgumentError(f"socket_timeout must be > 0, got {socket_timeout}")
        self.url = url
        self.namespace = namespace or "default"
        self.lease = lease
        self.on_unavailable = on_unavailable
        self.socket_timeout = socket_timeout
        self.retry_after = retry_after
        self._scope = "shared"
        self._shared = _Connections(url, socket_timeout)
        self._held: defaultdict[str, deque[str]] = defaultdict(deque)
        self._held_lock = threading.Lock()
        self._ids = itertools.count()

    def __repr__(self) -> str:  # the URL may carry a password: only its host is shown
        return f"RedisRateBudget(host={redis_host(self.url)!r}, namespace={self.namespace!r}, lease={self.lease})"

    def scoped(self, scope: str) -> RedisRateBudget:
        """A view of this budget for one credential (what a client makes of ``pacing=budget``): the
        same Redis and settings, keys under ``scope``.

        Args:
            scope: The credential's part of the keys (`x_chat.pacing.credential_scope` of the token).
        """
        view = copy.copy(self)
        view._scope = scope
        view._held = defaultdict(deque)
        view._held_lock = threading.Lock()
        return view

    def close(self) -> None:
        """Close the Redis connections of this budget (and of its scoped views); a later call opens
        them again."""
        self._shared.close()

    async def aclose(self) -> None:
        """`close`, and the asyncio connections of the running event loop."""
        await self._shared.aclose()

    # --- keys and reservations ------------------------------------------------------------------

    def _keys(self, endpoint: str) -> list[str]:
        base = f"x-chat:{self.namespace}:{self._scope}:{endpoint}"
        return [base, base + ":leases"]

    def _new_id(self) -> str:
        return f"{os.getpid()}-{uuid.uuid4().hex[:12]}-{next(self._ids)}"

    def _hold(self, endpoint: str, reservation: str) -> None:
        with self._held_lock:
            self._held[endpoint].append(reservation)

    def _release(self, endpoint: str) -> str | None:
        with self._held_lock:
            held = self._held.get(endpoint)
            return held.popleft() if held else None

    def _settle_args(self, reservation: str, rate_limit: RateLimit | None, status: int | None) -> list[str]:
        if rate_limit is None:
            return [reservation, "", "", "", "", ""]

        def text(value: object) -> str:
            return "" if value is None else str(value)

        reset = rate_limit.reset.timestamp() if rate_limit.reset is not None else None
        return [
            reservation,
            text(rate_limit.limit),
            text(rate_limit.remaining),
            text(int(reset) if reset is not None and reset == int(reset) else reset),
            text(status),
            text(rate_limit.retry_after),
        ]

    # --- Redis unavailable ----------------------------------------------------------------------

    def _local(self, endpoint: str) -> str:
        return f"{self._scope}:{endpoint}"

    def _failed(self, exc: Exception) -> None:
        """Redis failed: raise, or note it and warn once (until it answers again)."""
        self._shared.down_until = time.monotonic() + self.retry_after
        if self.on_unavailable == "raise":
            raise RateBudgetUnavailableError(self.url, exc) from None
        if not self._shared.warned:
            self._shared.warned = True
            warnings.warn(
                f"Redis at {self!r} cannot be reached ({type(exc).__name__}): pacing in this process alone "
                f"until it can (tried again every {self.retry_after:g} s)",
                RedisUnavailableWarning,
                stacklevel=4,
            )

    def _redis_down(self) -> bool:
        return time.monotonic() < self._shared.down_until and self.on_unavailable == "fallback"

    def _recovered(self) -> None:
        self._shared.warned = False
        self._shared.down_until = 0.0

    # --- the budget -----------------------------------------------------------------------------

    def _reserve_call(self, endpoint: str) -> tuple[str, list[Any]]:
        """A new reservation's ID and the ``eval`` arguments that take its place."""
        reservation = self._new_id()
        return reservation, [_RESERVE, 2, *self._keys(endpoint), self.margin, self.lease, reservation]

    def _reserved(self, endpoint: str, reservation: str, answer: Any) -> float:
        """What Redis answered to a reservation: the wait; a place taken is held until settled."""
        self._recovered()
        wait = float(answer)
        if wait <= 0:
            self._hold(endpoint, reservation)
        return wait

    def _settle_call(self, endpoint: str, rate_limit: RateLimit | None, status: int | None) -> list[Any] | None:
        """The ``eval`` arguments that settle this process's oldest reservation of ``endpoint``; None
        when it was reserved while Redis was down (settled locally here)."""
        reservation = self._release(endpoint)
        if reservation is None:
            super().settle(self._local(endpoint), rate_limit, status=status)
            return None
        return [_SETTLE, 2, *self._keys(endpoint), *self._settle_args(reservation, rate_limit, status)]

    def reserve(self, endpoint: str) -> float:
        """0.0 when a request may go now (its lease is held until `settle`), else the seconds to wait.

        Args:
            endpoint: The budget's key: the operation's name (e.g. `get_chat_conversation_events`).
        """
        if self._redis_down():
            return super().reserve(self._local(endpoint))
        reservation, call = self._reserve_call(endpoint)
        try:
            answer = self._shared.sync().eval(*call)
        except Exception as exc:  # redis.RedisError, OSError: never a bare redis error
            self._failed(exc)
            return super().reserve(self._local(endpoint))
        return self._reserved(endpoint, reservation, answer)

    def settle(self, endpoint: str, rate_limit: RateLimit | None, *, status: int | None = None) -> None:
        """A reserved request ended (see `RateBudget.settle`).

        Args:
            endpoint: The budget's key: the operation's name (e.g. `get_chat_conversation_events`).
            rate_limit: The response's parsed rate-limit headers (None if no response arrived).
            status: The response's status (a 429 teaches the budget the window is spent).
        """
        call = self._settle_call(endpoint, rate_limit, status)
        if call is None:
            return
        try:
            self._shared.sync().eval(*call)
        except Exception as exc:  # the lease frees the place; what the headers said is lost
            self._failed(exc)

    async def areserve(self, endpoint: str) -> float:
        """`reserve`, with redis's asyncio client.

        Args:
            endpoint: The budget's key: the operation's name (e.g. `get_chat_conversation_events`).
        """
        if self._redis_down():
            return super().reserve(self._local(endpoint))
        reservation, call = self._reserve_call(endpoint)
        try:
            answer = await self._shared.asyncio().eval(*call)
        except Exception as exc:
            self._failed(exc)
            return super().reserve(self._local(endpoint))
        return self._reserved(endpoint, reservation, answer)

    async def asettle(self, endpoint: str, rate_limit: RateLimit | None, *, status: int | None = None) -> None:
        """`settle`, with redis's asyncio client.

        Args:
            endpoint: The budget's key: the operation's name (e.g. `get_chat_conversation_events`).
            rate_limit: The response's parsed rate-limit headers (None if no response arrived).
            status: The response's status.
        """
        call = self._settle_call(endpoint, rate_limit, status)
        if call is None:
            return
        try:
            await self._shared.asyncio().eval(*call)
        except Exception as exc:
            self._failed(exc)

    def snapshot(self, endpoint: str) -> EndpointBudget | None:
        """What Redis holds for ``endpoint`` for this credential (the local view when Redis is down).

        Args:
            endpoint: The budget's key: the operation's name (e.g. `get_chat_conversation_events`).
        """
        local = super().snapshot(endpoint)
        state_key, leases_key = self._keys(endpoint)
        try:
            redis = self._shared.sync()
            state = redis.hgetall(state_key)
            in_flight = int(redis.zcount(leases_key, time.time(), "+inf"))
        except Exception:
            return super().snapshot(self._local(endpoint)) or local
        if not state and in_flight == 0 and local is None:
            return None

        def number(name: bytes) -> float | None:
            value = state.get(name)
            return float(value) if value is not None else None

        limit, remaining = number(b"limit"), number(b"remaining")
        return EndpointBudget(
            limit=int(limit) if limit is not None else None,
            remaining=int(remaining) if remaining is not None else None,
            reset=number(b"reset"),
            in_flight=in_flight,
            waits=local.waits if local else 0,
            waited=local.waited if local else 0.0,
        )


class _Connections:
    """The Redis clients a budget and its scoped views share (made on first use, per event loop for
    asyncio), and whether Redis is known to be down."""

    def __init__(self, url: str, socket_timeout: float) -> None:
        self.url = url
        self.socket_timeout = socket_timeout
        self.down_until = 0.0
        self.warned = False
        self._sync: Redis | None = None
        self._async: weakref.WeakKeyDictionary[Any, AsyncRedis] = weakref.WeakKeyDictionary()
        self._lock = threading.Lock()

    def _options(self) -> dict[str, Any]:
        return {
            "socket_timeout": self.socket_timeout,
            "socket_connect_timeout": self.socket_timeout,
            "retry_on_timeout": False,
            "health_check_interval": 0,
        }

    def sync(self) -> Redis:
        with self._lock:
            if self._sync is None:
                import redis

                self._sync = redis.Redis.from_url(self.url, **self._options())
            return self._sync

    def close(self) -> None:
        with self._lock:
            client, self._sync = self._sync, None
        if client is not None:
            client.close()

    async def aclose(self) -> None:
        import asyncio

        self.close()
        with self._lock:
            client = self._async.pop(asyncio.get_running_loop(), None)
        if client is not None:
            await client.aclose()

    def asyncio(self) -> AsyncRedis:
        import asyncio

        loop = asyncio.get_running_loop()
        with self._lock:
            client = self._async.get(loop)
            if client is None:
                import redis.asyncio

                client = self._async[loop] = redis.asyncio.Redis.from_url(self.url, **self._options())
            return client
