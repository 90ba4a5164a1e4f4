"""When and how long to retry: a small policy object on top of tenacity.

tenacity is the well-kept, widely used retry engine (sync and asyncio, composable stop/wait/retry
strategies, stop-before-deadline); x-chat only supplies the HTTP-specific parts: which failures are
retryable for which requests, and how long X asked us to wait (``Retry-After``, ``x-rate-limit-reset``).
"""

from __future__ import annotations

import logging
import random
import time
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from typing import Any

import attrs
import httpx
import tenacity

from .errors import APIConnectionError, APIStatusError, RateLimitError

__all__ = ["DEFAULT_RETRY", "DEFAULT_TIMEOUT", "RetryPolicy", "server_wait"]

logger = logging.getLogger("x_chat")

DEFAULT_TIMEOUT = httpx.Timeout(connect=5.0, read=30.0, write=30.0, pool=10.0)
"""Connect 5 s, read and write 30 s, waiting for a pooled connection 10 s."""

RETRY_STATUSES = frozenset({429, 500, 502, 503, 504})
# Connection failures after which the request cannot have reached the server: safe to retry even
# for a POST.
_NOT_SENT = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)


@attrs.frozen
class RetryPolicy:
    """How a client retries. Defaults: 3 retries, exponential backoff from 0.5 s (x2, at most 8 s,
    full jitter), all attempts within 60 s, and a 429 waited out only if X's reset is at most 60 s away.

    >>> RetryPolicy(max_retries=5, max_rate_limit_wait=900)  # doctest: +ELLIPSIS
    RetryPolicy(max_retries=5, ...)
    """

    max_retries: int = attrs.field(default=3, validator=attrs.validators.ge(0))
    backoff_initial: float = attrs.field(default=0.5, validator=attrs.validators.ge(0))
    backoff_max: float = attrs.field(default=8.0, validator=attrs.validators.ge(0))
    jitter: bool = True
    deadline: float | None = 60.0
    """Seconds for all attempts together; no retry starts whose wait would end past it."""
    max_rate_limit_wait: float = attrs.field(default=60.0, validator=attrs.validators.ge(0))
    """The longest wait for a 429's reset; a longer one raises RateLimitError at once."""

    def after_first_attempt(self, elapsed: float) -> RetryPolicy:
        """This policy for the attempts that follow a first one which took ``elapsed`` seconds."""
        if self.deadline is None:
            return self
        return attrs.evolve(self, deadline=max(0.0, self.deadline - elapsed))

    def backoff(self, attempt: int) -> float:
        """The pause before retry number ``attempt`` (1-based) when the server said nothing."""
        ceiling = min(self.backoff_max, self.backoff_initial * (2 ** (attempt - 1)))
        return random.uniform(0, ceiling) if self.jitter else ceiling

    def _stop(self) -> tenacity.stop.stop_base:
        stop: tenacity.stop.stop_base = tenacity.stop_after_attempt(self.max_retries + 1)
        if self.deadline is not None:
            stop = stop | tenacity.stop_before_delay(self.deadline)
        return stop

    def _wait(self, state: tenacity.RetryCallState) -> float:
        exc = state.outcome.exception() if state.outcome else None
        asked = exc.retry_after if isinstance(exc, APIStatusError) else None
        return asked if asked is not None else self.backoff(state.attempt_number)

    def _log(self, state: tenacity.RetryCallState) -> None:
        exc = state.outcome.exception() if state.outcome else None
        wait = state.next_action.sleep if state.next_action else 0.0
        logger.info("retrying after %s (attempt %d, waiting %.2fs)", exc, state.attempt_number, wait)

    def _kwargs(self, idempotent: bool) -> dict[str, Any]:
        def retryable(exc: BaseException) -> bool:
            return is_retryable(exc, idempotent=idempotent)

        return {
            "stop": self._stop(),
            "wait": self._wait,
            "retry": tenacity.retry_if_exception(retryable),
            "before_sleep": self._log,
            "reraise": True,
        }

    def retrying(self, *, idempotent: bool) -> tenacity.Retrying:
        return tenacity.Retrying(**self._kwargs(idempotent))

    def async_retrying(self, *, idempotent: bool) -> tenacity.AsyncRetrying:
        return tenacity.AsyncRetrying(**self._kwargs(idempotent))


DEFAULT_RETRY = RetryPolicy()


def is_retryable(exc: BaseException, *, idempotent: bool) -> bool:
    """Whether a failed attempt may be repeated."""
    if isinstance(exc, RateLimitError):
        return not exc.over_cap  # X rejected the request unprocessed: safe even for a POST
    if isinstance(exc, APIStatusError):
        return idempotent and exc.status_code in RETRY_STATUSES
    if isinstance(exc, APIConnectionError):
        return idempotent or isinstance(exc.__cause__, _NOT_SENT)
    return False


def server_wait(headers: httpx.Headers, *, now: float | None = None) -> float | None:
    """Seconds the server asked us to wait: ``Retry-After`` (seconds or HTTP date) or, failing that,
    until ``x-rate-limit-reset`` (epoch seconds). None if it said nothing usable."""
    now = time.time() if now is None else now
    retry_after = headers.get("retry-after")
    if retry_after is not None:
        try:
            return max(0.0, float(retry_after))
        except ValueError:
            try:
                return max(0.0, parsedate_to_datetime(retry_after).timestamp() - now)
            except (TypeError, ValueError, IndexError, OverflowError):
                pass
    reset = headers.get("x-rate-limit-reset")
    if reset is not None:
        try:
            return max(0.0, float(reset) - now)
        except ValueError:
            return None
    return None


def reset_time(wait: float | None, *, now: float | None = None) -> datetime | None:
    if wait is None:
        return None
    now = time.time() if now is None else now
    try:
        return datetime.fromtimestamp(now + wait, tz=UTC)
    except (OverflowError, OSError, ValueError):
        return None
