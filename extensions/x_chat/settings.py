"""A client's request settings (plain data), shared by its sync and async pipelines."""

from __future__ import annotations

import threading
from collections.abc import Mapping
from typing import Any
from urllib.parse import quote, urlencode

import attrs
import httpx

from .errors import RateLimit
from .pacing import RateBudget
from .retries import DEFAULT_RETRY, DEFAULT_TIMEOUT, RetryPolicy

__all__ = ["RateLimitTracker", "Settings", "build_request"]


class RateLimitTracker:
    """The latest rate limit X reported, across a client and its ``with_options`` copies."""

    def __init__(self) -> None:
        self.latest: RateLimit | None = None
        self._lock = threading.Lock()

    def note(self, headers: Mapping[str, str]) -> RateLimit | None:
        """Parse a response's rate-limit headers (once) and keep them if there were any."""
        rate_limit = RateLimit.from_headers(headers)
        if rate_limit is not None:
            with self._lock:
                self.latest = rate_limit
        return rate_limit


@attrs.frozen
class Settings:
    """How a client sends: where, with which retry policy and timeout. ``with_options`` evolves it."""

    base_url: str
    retry: RetryPolicy = DEFAULT_RETRY
    timeout: httpx.Timeout = DEFAULT_TIMEOUT
    idempotent_writes: bool = False
    """Treat POSTs as safe to resend: only for writes that are idempotent by construction (a media
    segment appended again under the same index replaces itself)."""
    tracker: RateLimitTracker = attrs.field(factory=RateLimitTracker, eq=False)
    budget: RateBudget | None = attrs.field(factory=RateBudget, eq=False)
    """Rate-limit pacing (None: off): requests wait for room in their endpoint's window."""


def build_request(http: httpx.Client | httpx.AsyncClient, settings: Settings, request: dict[str, Any]) -> httpx.Request:
    """The ``httpx.Request`` for an operation's request arguments: one absolute URL with the query
    already encoded (commas kept literal, as X documents field lists), so httpx parses one URL instead
    of merging base URL, path and params (measurable per page, see benchmarks/)."""
    kwargs = dict(request)
    params = kwargs.pop("params", None)
    if params:
        params = {
            key: ("true" if value else "false") if isinstance(value, bool) else value for key, value in params.items()
        }
    query = urlencode(params, doseq=True, safe=",", quote_via=quote) if params else ""
    url = f"{settings.base_url}{kwargs.pop('url')}"
    return http.build_request(url=f"{url}?{query}" if query else url, timeout=settings.timeout, **kwargs)
