"""From a failure to its typed error: an error response's `APIStatusError` subclass, a transport
failure's `APIConnectionError`, and the mark on a write that may have reached X. Used by the
pipeline and the facade; the errors themselves are `x_chat.errors`."""

from __future__ import annotations

import json
from typing import Any

import httpx

from .errors import (
    APIConnectionError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    ConflictError,
    InternalServerError,
    NotFoundError,
    PaymentRequiredError,
    PermissionDeniedError,
    RateLimit,
    RateLimitError,
    UsageCapExceededError,
    XChatError,
)

BY_STATUS: dict[int, type[APIStatusError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    402: PaymentRequiredError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    429: RateLimitError,
}


def mark_possibly_sent(error: XChatError, message_id: str | None = None) -> XChatError:
    """Say on ``error`` that the write it ended may have reached X and been stored, that it was not
    sent again, and how to check (with ``message_id``, the ID to look for); returns ``error``.

    Args:
        error: What a write raised after its request went out.
        message_id: The ID x-chat made for the message, if it made one.
    """
    error.may_have_been_sent = True  # type: ignore[attr-defined]
    how = "read the conversation to check before sending it again"
    if message_id is not None:
        error.message_id = message_id  # type: ignore[attr-defined]
        how = (
            f"its message ID is {message_id}: read the conversation (iter_messages) and look for a message whose "
            "id is that, before sending it again"
        )
    if error.args:  # marked twice (pipeline, then facade with the ID): the newer sentence replaces the older
        base = str(error.args[0]).split(". This write may have reached X")[0]
        error.args = (f"{base}. This write may have reached X and been stored, so it was not sent again: {how}",)
    return error


def connection_error(exc: httpx.TransportError) -> APIConnectionError:
    """The typed error for a failure before an HTTP response (raise it ``from exc``)."""
    try:
        request: httpx.Request | None = exc.request
    except RuntimeError:
        request = None
    if isinstance(exc, httpx.TimeoutException):
        return APITimeoutError(f"request timed out ({type(exc).__name__})", request=request)
    return APIConnectionError(f"connection failed ({type(exc).__name__}: {exc})", request=request)


def is_usage_cap(body: Any, rate_limit: RateLimit | None) -> bool:
    """A 429 that is a usage cap: X's problem type says so, or the window still has room."""
    kind = body.get("type") if isinstance(body, dict) else None
    if isinstance(kind, str) and kind.rstrip("/").endswith("/problems/usage-capped"):
        return True
    return rate_limit is not None and rate_limit.remaining is not None and rate_limit.remaining > 0


def error_from_response(response: httpx.Response, *, rate_limit: RateLimit | None = None) -> APIStatusError:
    """The APIStatusError subclass for an error response, with X's problem details when the body has them.

    Args:
        response: A response with an error status (its body read).
        rate_limit: Its parsed rate-limit headers, if already parsed.
    """
    try:
        body: Any = json.loads(response.content) if response.content else None
    except (ValueError, UnicodeDecodeError):
        body = None
    status = response.status_code
    cls = BY_STATUS.get(status, InternalServerError if status >= 500 else APIStatusError)
    if status == 429 and is_usage_cap(body, rate_limit):
        cls = UsageCapExceededError
    return cls(response, body, rate_limit=rate_limit)
