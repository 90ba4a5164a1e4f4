"""The fake server's rate limits: X's fixed windows, per token and endpoint, with a window as short
as a test needs (15 minutes compressed into seconds)."""

from __future__ import annotations

import math
import threading
import time
from collections.abc import Callable, Mapping

import attrs

__all__ = ["DEFAULT_LIMIT", "RateLimiter", "RateLimits"]

DEFAULT_LIMIT = 900
"""X's requests per 15-minute window (the fake server's default)."""


@attrs.frozen
class RateLimits:
    """``limit`` requests per ``window`` seconds for each token and endpoint (``per_endpoint``
    overrides the limit by endpoint, e.g. ``{"GET /2/chat/conversations/{id}/events": 20}``).
    Windows are aligned to the epoch, so ``x-rate-limit-reset`` is exact for whole-second windows.
    ``enforce=False`` only reports the headers (never answers 429)."""

    limit: int = attrs.field(default=DEFAULT_LIMIT, validator=attrs.validators.ge(1))
    window: float = attrs.field(default=900.0, validator=attrs.validators.gt(0))
    per_endpoint: Mapping[str, int] = attrs.field(factory=dict)
    enforce: bool = True


class RateLimiter:
    """Counts requests per (token, endpoint) and window; thread-safe."""

    def __init__(self, limits: RateLimits, clock: Callable[[], float] = time.time) -> None:
        self.limits = limits
        self._clock = clock
        self._counts: dict[tuple[str, str], tuple[float, int]] = {}
        self._lock = threading.Lock()
        self.throttled = 0
        """429s answered because a window was spent."""

    def take(self, token: str, endpoint: str) -> tuple[bool, dict[str, str]]:
        """Count one request: (whether it is within the limit, its ``x-rate-limit-*`` headers)."""
        limit = self.limits.per_endpoint.get(endpoint, self.limits.limit)
        window = self.limits.window
        now = self._clock()
        start = math.floor(now / window) * window
        with self._lock:
            started, count = self._counts.get((token, endpoint), (start, 0))
            if started != start:
                count = 0
            allowed = count < limit or not self.limits.enforce
            if allowed:
                count += 1
            else:
                self.throttled += 1
            self._counts[(token, endpoint)] = (start, count)
        headers = {
            "x-rate-limit-limit": str(limit),
            "x-rate-limit-remaining": str(max(0, limit - count)),
            "x-rate-limit-reset": str(math.ceil(start + window)),
        }
        return allowed, headers
