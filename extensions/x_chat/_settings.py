"""A client's request settings (plain data), shared by its sync and async pipelines."""

from __future__ import annotations

import threading
from collections.abc import Mapping
from http.cookiejar import CookieJar
from typing import Any
from urllib.parse import quote, urlencode

import attrs
import httpx

from ._call import CallOptions
from .errors import RateLimit
from .pacing import RateBudget
from .retries import DEFAULT_RETRY, DEFAULT_TIMEOUT, RetryPolicy

__all__ = ["RateLimitTracker", "Settings", "StatelessCookieJar", "build_request", "request_url", "user_agent"]


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
    headers: tuple[tuple[str, str], ...] = ()
    """Headers sent with every request (``User-Agent`` and the client's ``default_headers``)."""
    client_headers: tuple[tuple[str, str], ...] = attrs.field(default=(), eq=False)
    """The ``headers`` that the httpx client x-chat made already sends (the same object when
    nothing changed them since): then no request repeats them (~9 µs a request)."""


def user_agent() -> str:
    """``x-chat/<version> (python/<version>; httpx/<version>)``, as X's own SDKs name themselves."""
    import platform

    from ._version import __version__

    return f"x-chat/{__version__} (python/{platform.python_version()}; httpx/{httpx.__version__})"


def build_request(
    http: httpx.Client | httpx.AsyncClient, settings: Settings, request: dict[str, Any], options: CallOptions | None
) -> httpx.Request:
    """The ``httpx.Request`` for an operation's request arguments: one absolute URL with the query
    already encoded (commas kept literal, as X documents field lists), so httpx does not merge base
    URL, path and params (measurable per page, see benchmarks/). The client's headers, then the
    operation's, then the call's ``extra_headers``; the call's ``timeout`` over the client's."""
    kwargs = dict(request)
    timeout = settings.timeout
    own = kwargs.pop("headers", None)
    if own or options is not None:  # httpx puts its client's headers first, then these
        headers = httpx.Headers(settings.headers)
        headers.update(own or {})
        if options is not None:
            headers.update(options.headers)
            timeout = options.timeout or timeout
        kwargs["headers"] = headers
    elif settings.headers is not settings.client_headers:  # a client of yours, or with_options(default_headers=)
        kwargs["headers"] = settings.headers
    params = kwargs.pop("params", None)
    if params:
        params = {
            key: ("true" if value else "false") if isinstance(value, bool) else value for key, value in params.items()
        }
    query = urlencode(params, doseq=True, safe=",", quote_via=quote) if params else ""
    url = request_url(settings.base_url, kwargs.pop("url"), query)
    return http.build_request(url=url, timeout=timeout, **kwargs)


def request_url(base_url: str, path: str, query: str) -> str:
    """``base_url + path [+ "?" + query]``, for httpx to parse (once, in ``build_request``)."""
    return f"{base_url}{path}?{query}" if query else f"{base_url}{path}"


class StatelessCookieJar(CookieJar):
    """The cookie jar of the httpx clients x-chat makes: it keeps no cookie from responses.

    Every X API request carries its own credentials, so cookies are of no use, and reading
    ``Set-Cookie`` costs httpx about 10 µs per response (``http.cookiejar``). A client you pass in
    (``http_client=``) keeps its own jar.
    """

    def extract_cookies(self, response: Any, request: Any) -> None:
        """Ignore the response's cookies.

        Args:
            response: The response (a ``http.cookiejar``-compatible wrapper made by httpx).
            request: Its request (likewise).
        """
