"""The exceptions x-chat raises: one hierarchy under `XChatError`.

``XChatError`` (defined by the generated package, so its errors are x-chat errors too)
  ``MalformedDataError``   a nested object of a parsed model, read later, that is not what the spec says
  ``ConfigurationError``   bad client settings (no credentials, plain-HTTP base URL, ...)
  ``InvalidIdError``, ``InvalidFieldError``   bad input, raised before any request (also ValueErrors)
  ``InvalidArgumentError`` any other argument x-chat cannot use, before any request (a ValueError
                           and a TypeError, so code catching either keeps working)
  ``APIConnectionError``   the request did not get an HTTP response; ``APITimeoutError`` below it
  ``APIStatusError``       X answered with an error status; one subclass per common status
  ``MalformedResponseError``  a response body that is not what the spec says
  ``PartialResponseError`` a page carried ``errors`` and the iteration is ``strict``
  ``PaginationLoopError``  the server handed out the same ``next_token`` twice
  ``TrustError``           (``x_chat.trust``) a key, key change or member list X served fails the
                           end-to-end checks: nothing was encrypted or sent (``docs/security.md``)
"""

from __future__ import annotations

import time
from collections.abc import Mapping
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from typing import Any

import attrs
import httpx

from x_chat_generated.errors import XChatError
from x_chat_generated.types import MalformedDataError

__all__ = [
    "APIConnectionError",
    "APIStatusError",
    "APITimeoutError",
    "AuthenticationError",
    "BadRequestError",
    "ConfigurationError",
    "ConflictError",
    "InternalServerError",
    "InvalidArgumentError",
    "MalformedDataError",
    "MalformedResponseError",
    "MissingCredentialsError",
    "NotFoundError",
    "PaginationLoopError",
    "PartialErrorsWarning",
    "PartialResponseError",
    "PaymentRequiredError",
    "PermissionDeniedError",
    "RateBudgetSpentError",
    "RateBudgetUnavailableError",
    "RateLimit",
    "RateLimitError",
    "ResponseTooLargeError",
    "UsageCapExceededError",
    "XChatError",
]

_REQUEST_ID_HEADERS = ("x-transaction-id", "x-request-id")

MAX_SANE_WAIT = 31 * 24 * 3600.0
"""The longest wait a rate-limit header may ask for and be believed (a month): beyond it (years
away, infinite), the header is ignored and the retry policy decides."""


class ConfigurationError(XChatError, ValueError):
    """The client was set up in a way that cannot work or is unsafe."""


class MissingCredentialsError(ConfigurationError):
    """No credentials were given or found (no token, no ``$X_BEARER_TOKEN``, no auth); the CLI
    exits 4 for it, as for a refused token."""


class InvalidArgumentError(XChatError, ValueError, TypeError):
    """An argument x-chat cannot use: a value out of range or of the wrong type (a page size of
    0, an empty message, ``keys=None``). Raised before any request. It is both a ValueError and a
    TypeError, as Python would raise one or the other, so ``except ValueError`` and ``except
    TypeError`` keep working.
    """


@attrs.frozen
class RateLimit:
    """X's rate-limit headers, parsed once per response. Any of them may be missing (None).

    ``limit``/``remaining``/``reset`` come from ``x-rate-limit-*``; ``retry_after`` is the
    ``Retry-After`` header (seconds, or an HTTP date turned into seconds from when it was read).

    The headers come from an untrusted party, so a value is kept only when it makes sense: ASCII
    digits only (RFC 9110's delay-seconds, X's epoch seconds), a limit of at least 1, a remaining
    count of at most the limit, and a wait of at most `MAX_SANE_WAIT`. Anything else (``inf``,
    ``1e12``, ``-1``, ``0`` as a limit, a reset years away) is read as absent, and the retry
    policy decides.
    """

    limit: int | None
    remaining: int | None
    reset: datetime | None
    """When the window resets (``x-rate-limit-reset``, epoch seconds), timezone-aware UTC."""
    retry_after: float | None = None

    @classmethod
    def from_headers(cls, headers: Mapping[str, str], *, now: float | None = None) -> RateLimit | None:
        """None if the response carried none of the headers.

        Args:
            headers: A response's headers.
            now: The epoch time to measure an HTTP-date `Retry-After` from (None: now).
        """
        now = time.time() if now is None else now
        found = _rate_limit_headers(headers)
        limit = _integer(found.get("x-rate-limit-limit"))
        remaining = _integer(found.get("x-rate-limit-remaining"))
        if "x-rate-limit-limit" in found and (limit is None or limit < 1):
            limit = remaining = None  # a count out of a limit that makes no sense means nothing
        if remaining is not None and limit is not None and remaining > limit:
            remaining = None
        reset = _integer(found.get("x-rate-limit-reset"))
        reset = reset if reset is not None and reset <= now + MAX_SANE_WAIT else None
        retry_after = _retry_after(found.get("retry-after"), now)
        if limit is None and remaining is None and reset is None and retry_after is None:
            return None
        reset_at = datetime.fromtimestamp(reset, tz=UTC) if reset is not None else None
        return cls(limit=limit, remaining=remaining, reset=reset_at, retry_after=retry_after)

    def wait(self, *, now: float | None = None) -> float | None:
        """Seconds X asked to wait: ``Retry-After``, else until the reset; None if it said neither.

        Args:
            now: The epoch time to measure from (None: now).
        """
        if self.retry_after is not None:
            return self.retry_after
        if self.reset is None:
            return None
        return max(0.0, self.reset.timestamp() - (time.time() if now is None else now))


_RATE_LIMIT_HEADERS = frozenset({"x-rate-limit-limit", "x-rate-limit-remaining", "x-rate-limit-reset", "retry-after"})
_RATE_LIMIT_RAW = {name.encode(): name for name in _RATE_LIMIT_HEADERS}


def _rate_limit_headers(headers: Mapping[str, str]) -> dict[str, str]:
    """The rate-limit headers present, by lowercase name. An ``httpx.Headers`` is read in one pass
    over its raw list (each ``.get`` scans the whole list: four of them per response showed in the
    page benchmark); a repeated header counts once, by its first value."""
    if isinstance(headers, httpx.Headers):
        found: dict[str, str] = {}
        for raw_name, raw_value in headers.raw:
            name = _RATE_LIMIT_RAW.get(raw_name.lower())
            if name is not None and name not in found:
                found[name] = raw_value.decode(headers.encoding)
        return found
    return {name: value for name in _RATE_LIMIT_HEADERS if (value := headers.get(name)) is not None}


def _integer(raw: str | None) -> int | None:
    """ASCII digits only (``int()`` would also take ``+5``, `` 5`` and other scripts' digits), at
    most 12 of them."""
    if raw is None:
        return None
    text = raw.strip()
    return int(text) if text.isascii() and text.isdigit() and len(text) <= 12 else None


def _retry_after(raw: str | None, now: float) -> float | None:
    """RFC 9110: delay-seconds (ASCII digits; a plain decimal fraction, as some servers send, is
    read too) or an HTTP-date; None when it is neither (an exponent, a sign, ``inf``, ``nan``), or
    asks for more than `MAX_SANE_WAIT`."""
    if raw is None:
        return None
    whole, dot, fraction = raw.strip().partition(".")
    seconds: float | None = _integer(whole) if not dot or (fraction.isascii() and fraction.isdigit()) else None
    if seconds is not None and dot:
        seconds += float(f"0.{fraction[:6]}")
    if seconds is None:
        try:
            seconds_float = parsedate_to_datetime(raw.strip()).timestamp() - now
        except (TypeError, ValueError, IndexError, OverflowError):
            return None
    else:
        seconds_float = float(seconds)
    if not 0.0 <= max(0.0, seconds_float) <= MAX_SANE_WAIT:
        return None
    return max(0.0, seconds_float)


def request_id_of(headers: Mapping[str, str]) -> str | None:
    """X's request id (``x-transaction-id``), to quote when asking X support.

    Args:
        headers: A response's headers.
    """
    for name in _REQUEST_ID_HEADERS:
        if name in headers:
            return headers[name]
    return None


class APIConnectionError(XChatError):
    """No HTTP response: connection refused or reset, DNS, TLS, protocol error.

    Args:
        message: What failed.
        request: The request that got no response, when known.
    """

    may_have_been_sent: bool = False
    """A write that failed after it went out: X may have stored it (the error says so, with how to check)."""
    message_id: str | None = None
    """For a message x-chat made and signed: its ID, to find it by when reading."""

    def __init__(self, message: str, *, request: httpx.Request | None = None) -> None:
        super().__init__(message)
        self.request = request


class APITimeoutError(APIConnectionError):
    """The request timed out (connect, read, write or pool)."""


class APIStatusError(XChatError):
    """X answered with an error status. Carries what X said and the response itself.

    Attributes: ``status_code``; ``problem_type``, ``title``, ``detail`` from an RFC 7807 problem
    (``application/problem+json``) or the first entry of an ``errors`` array; ``errors`` (every entry);
    ``headers``; ``request_id``; ``rate_limit``; ``response`` (the httpx.Response).

    Args:
        response: The error response (its status, headers and body).
        body: Its parsed JSON body, if any: an RFC 7807 problem or an object with an `errors` array.
        rate_limit: Its parsed rate-limit headers (`RateLimit.from_headers`).
    """

    may_have_been_sent: bool = False
    """A write that failed after it went out (a 5xx): X may have stored it (the error says so, with how to check)."""
    message_id: str | None = None
    """For a message x-chat made and signed: its ID, to find it by when reading."""

    def __init__(self, response: httpx.Response, body: Any = None, *, rate_limit: RateLimit | None = None) -> None:
        self.response = response
        self.status_code = response.status_code
        self.headers = response.headers
        self.request_id = request_id_of(response.headers)
        self.rate_limit = rate_limit
        self.retry_after: float | None = rate_limit.wait() if rate_limit is not None else None
        """Seconds X asked to wait before a retry (``Retry-After`` / ``x-rate-limit-reset``), if it said."""
        problem = body if isinstance(body, dict) else {}
        entries = problem.get("errors")
        self.errors: list[Any] = entries if isinstance(entries, list) else []
        first = self.errors[0] if self.errors and isinstance(self.errors[0], dict) else {}

        def text(key: str, *fallback_keys: str) -> str | None:
            for source, keys in ((problem, (key,)), (first, (key, *fallback_keys))):
                for k in keys:
                    value = source.get(k)
                    if isinstance(value, str | int) and not isinstance(value, bool):
                        return str(value)
            return None

        self.problem_type = text("type")
        self.title = text("title")
        self.detail = text("detail", "message")
        super().__init__(self._message())

    def _message(self) -> str:
        parts = [f"HTTP {self.status_code}"]
        if self.title:
            parts.append(self.title)
        if self.detail and self.detail != self.title:
            parts.append(self.detail)
        text = ": ".join(parts[:2]) + (f" - {parts[2]}" if len(parts) > 2 else "")
        extras = []
        if self.problem_type and self.problem_type != "about:blank":  # RFC 7807: "no more than the status"
            extras.append(f"type={self.problem_type}")
        if self.request_id:
            extras.append(f"request_id={self.request_id}")
        return f"{text} ({', '.join(extras)})" if extras else text


class BadRequestError(APIStatusError):
    """400: a parameter X rejected."""


class AuthenticationError(APIStatusError):
    """401: missing, invalid or expired credentials."""


class PermissionDeniedError(APIStatusError):
    """403: the credentials may not do this (scopes, app permissions, not a participant)."""


class NotFoundError(APIStatusError):
    """404: no such conversation or resource."""


class ConflictError(APIStatusError):
    """409: the request conflicts with the resource's state."""


class RateBudgetSpentError(XChatError):
    """Pacing: the endpoint's rate-limit window is spent and its reset is further away than the
    retry policy's ``max_rate_limit_wait``, so the request was not sent (a long job raises that
    cap: ``client.with_options(retry=RetryPolicy(max_rate_limit_wait=900))``).

    Args:
        endpoint: The operation whose budget is spent.
        wait: Seconds until its window resets.
    """

    def __init__(self, endpoint: str, wait: float) -> None:
        self.endpoint = endpoint
        self.wait = wait
        self.reset_at = datetime.fromtimestamp(time.time() + wait, tz=UTC)
        super().__init__(
            f"the rate limit of {endpoint} is spent until {self.reset_at:%H:%M:%S} UTC ({wait:.0f} s, longer than "
            "max_rate_limit_wait); nothing was sent"
        )


def redis_host(url: str) -> str:
    """``host:port`` of a Redis URL (``unix`` for a socket): what may be shown of it, never a password."""
    from urllib.parse import urlsplit

    parts = urlsplit(url)
    if parts.scheme == "unix":
        return "unix"
    try:
        port = parts.port
    except ValueError:
        port = None
    return f"{parts.hostname or '?'}:{port or 6379}"


class RateBudgetUnavailableError(XChatError):
    """A `RedisRateBudget` made with ``on_unavailable="raise"`` could not reach Redis, so the request
    was not sent (nothing reached X). Check the Redis server, or let the budget fall back to pacing
    in this process (``on_unavailable="fallback"``, the default).

    Args:
        url: The budget's Redis URL (its password is not shown).
        cause: What the redis client raised.
    """

    def __init__(self, url: str, cause: BaseException) -> None:
        self.host = redis_host(url)
        super().__init__(
            f"the shared rate-limit budget's Redis at {self.host} cannot be reached ({type(cause).__name__}: "
            f"{str(cause)[:200]}); nothing was sent. Start Redis, or use on_unavailable='fallback'"
        )


class RateLimitError(APIStatusError):
    """429: rate limited, and waiting for the reset would take longer than the client allows (or the
    retries ran out). X stored nothing, so a write that raised this was not made.

    ``reset_at`` is when X says the window resets (``Retry-After`` or ``x-rate-limit-reset``).

    Args:
        response: The error response (its status, headers and body).
        body: Its parsed JSON body, if any: an RFC 7807 problem or an object with an `errors` array.
        rate_limit: Its parsed rate-limit headers (`RateLimit.from_headers`).
    """

    def __init__(self, response: httpx.Response, body: Any = None, *, rate_limit: RateLimit | None = None) -> None:
        wait = rate_limit.wait() if rate_limit is not None else None
        try:
            self.reset_at = datetime.fromtimestamp(time.time() + wait, tz=UTC) if wait is not None else None
        except (OverflowError, OSError, ValueError):  # a wait past year 9999
            self.reset_at = None
        super().__init__(response, body, rate_limit=rate_limit)

    def _message(self) -> str:
        base = super()._message()
        return f"{base}; resets at {self.reset_at.isoformat()}" if self.reset_at else base


class PaymentRequiredError(APIStatusError):
    """402: X refuses the request because the account's credits are spent (X's problem type
    ``https://api.x.com/2/problems/credits-depleted``; the activity stream answers so too). Not
    retried: it does not heal with time. Add credits in X's developer console, then try again.

    Args:
        response: The error response (its status, headers and body).
        body: Its parsed JSON body, if any: an RFC 7807 problem or an object with an `errors` array.
        rate_limit: Its parsed rate-limit headers (`RateLimit.from_headers`).
    """

    def _message(self) -> str:
        return (
            f"{super()._message()}; X says the account's credits are spent: add credits in the developer console "
            "(retrying will not help)"
        )


class UsageCapExceededError(APIStatusError):
    """429 for a usage cap, not a rate limit: X's problem type
    ``https://api.twitter.com/2/problems/usage-capped`` (``period``: Daily or Monthly; ``scope``:
    Account or Product), or a 429 that arrives while the rate-limit window still has room. Not
    retried and not paced: waiting minutes does not lift a daily or monthly cap.

    Args:
        response: The error response (its status, headers and body).
        body: Its parsed JSON body, if any: an RFC 7807 problem or an object with an `errors` array.
        rate_limit: Its parsed rate-limit headers (`RateLimit.from_headers`).
    """

    def __init__(self, response: httpx.Response, body: Any = None, *, rate_limit: RateLimit | None = None) -> None:
        problem = body if isinstance(body, dict) else {}
        period, scope = problem.get("period"), problem.get("scope")
        self.period = period if isinstance(period, str) else None
        """``Daily`` or ``Monthly``, when X says."""
        self.scope = scope if isinstance(scope, str) else None
        """``Account`` or ``Product``, when X says."""
        super().__init__(response, body, rate_limit=rate_limit)

    def _message(self) -> str:
        cap = " ".join(p for p in (self.period, self.scope) if p) or "a"
        return (
            f"{super()._message()}; {cap} usage cap of X is spent, not a rate limit: it lifts when its period "
            "ends or the plan changes (not retried)"
        )


class InternalServerError(APIStatusError):
    """5xx: a failure on X's side (retried first, for idempotent requests)."""


class MalformedResponseError(XChatError):
    """A response body that is not what the spec says: not JSON, an HTML error page, truncated,
    or values of the wrong type. ``reason`` says what was wrong.

    Args:
        reason: What was wrong with the body.
        response: The `httpx.Response`, or the generated `Response` it came in.
    """

    may_have_been_sent: bool = False
    """A write X answered with a body that is not what the spec says: it may have stored it."""
    message_id: str | None = None
    """For a message x-chat made and signed: its ID, to find it by when reading."""

    def __init__(self, reason: str, response: Any) -> None:
        self.reason = reason
        self.response = response
        self.status_code = response.status_code
        self.request_id = request_id_of(response.headers)
        content_type = response.headers.get("content-type", "none")
        rid = f", request_id={self.request_id}" if self.request_id else ""
        super().__init__(f"malformed response (HTTP {self.status_code}, content-type {content_type}{rid}): {reason}")


class ResponseTooLargeError(XChatError):
    """A response body larger, once decoded, than the client takes (``RetryPolicy.max_response_bytes``):
    it was not read further. X's pages are far smaller; a body this large is a broken or hostile
    server (a compressed body that expands a thousandfold, for one).

    Args:
        cap: The limit, in bytes.
    """

    def __init__(self, cap: int) -> None:
        self.cap = cap
        super().__init__(
            f"the response body is larger than {cap} bytes once decoded (RetryPolicy.max_response_bytes): "
            "not read further. Raise the limit only if you expect such a body"
        )


class PartialResponseError(XChatError):
    """A page carried ``errors`` next to its data and the iteration was ``strict=True``.

    Args:
        errors: The page's `errors` (problem models or dicts).
        page: The page they came with.
    """

    def __init__(self, errors: list[Any], page: Any) -> None:
        self.errors = errors
        self.page = page
        super().__init__(f"the page carried {len(errors)} error(s): {_describe_problems(errors)}")


class PartialErrorsWarning(UserWarning):
    """A page carried ``errors`` next to its data (the default, non-strict iteration warns)."""


class PaginationLoopError(XChatError):
    """The server returned a ``next_token`` it had already returned: following it would loop forever.

    Args:
        token: The `next_token` returned twice.
    """

    def __init__(self, token: str) -> None:
        self.token = token
        super().__init__(f"the server returned next_token {token!r} twice; stopping instead of looping forever")


def _describe_problems(errors: list[Any]) -> str:
    described = []
    for problem in errors[:3]:
        to_dict = getattr(problem, "to_dict", None)
        data = to_dict() if callable(to_dict) else problem
        if isinstance(data, dict):
            described.append(str(data.get("title") or data.get("detail") or data.get("type") or data))
        else:
            described.append(str(data))
    more = f" (+{len(errors) - 3} more)" if len(errors) > 3 else ""
    return "; ".join(described) + more
