"""From an httpx.Response to a typed result or a typed exception, never a bare KeyError."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

import attrs
import httpx
import orjson

from x_chat_generated.models.chat_get_conversation_response import ChatGetConversationResponse

from .errors import MalformedResponseError, RateLimit, RateLimitError, error_from_response, request_id_of
from .retries import RetryPolicy, reset_time, server_wait

__all__ = ["RawResponse", "check_status", "parse_json_model"]

T = TypeVar("T")


@attrs.frozen
class RawResponse:
    """What X sent besides the parsed body: status, headers, rate limit, request id."""

    status_code: int
    headers: httpx.Headers
    rate_limit: RateLimit | None
    request_id: str | None
    http_response: httpx.Response = attrs.field(repr=False)

    @classmethod
    def of(cls, response: httpx.Response) -> RawResponse:
        return cls(
            status_code=response.status_code,
            headers=response.headers,
            rate_limit=RateLimit.from_headers(response.headers),
            request_id=request_id_of(response.headers),
            http_response=response,
        )


def check_status(response: httpx.Response, policy: RetryPolicy) -> None:
    """Raise the typed error for a non-2xx response, with how long X asked us to wait."""
    if response.is_success:
        return
    wait = server_wait(response.headers)
    error = error_from_response(response, reset_at=reset_time(wait))
    if wait is not None and wait <= policy.max_rate_limit_wait:
        error.retry_after = wait
    if isinstance(error, RateLimitError) and wait is not None and wait > policy.max_rate_limit_wait:
        error.over_cap = True
    raise error


def parse_json_model(response: httpx.Response, parse: Callable[[Any], T]) -> T:
    """``parse(json)`` for a 2xx body; anything that is not the expected shape is MalformedResponseError."""
    try:
        body = orjson.loads(response.content)
    except orjson.JSONDecodeError as exc:
        raise MalformedResponseError(f"body is not JSON ({exc})", response) from None
    if not isinstance(body, dict):
        raise MalformedResponseError(f"expected a JSON object, got {type(body).__name__}", response)
    try:
        return parse(body)
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        what = f"missing field {exc}" if isinstance(exc, KeyError) else f"{type(exc).__name__}: {exc}"
        raise MalformedResponseError(what, response) from None


def parse_conversation_page(response: httpx.Response) -> ChatGetConversationResponse:
    """The page model; the generated ``from_dict`` type-checks every value (templates/model.py.jinja)."""
    return parse_json_model(response, _conversation_page_from_dict)


def _conversation_page_from_dict(body: dict[str, Any]) -> ChatGetConversationResponse:
    for key, kind, item_kind in (("data", list, dict), ("errors", list, dict), ("meta", dict, None)):
        value = body.get(key)
        if value is None:
            continue
        if not isinstance(value, kind):
            raise TypeError(f"{key} is {type(value).__name__}, expected {'array' if kind is list else 'object'}")
        if item_kind is not None:
            for index, item in enumerate(value):
                if not isinstance(item, item_kind):
                    raise TypeError(f"{key}[{index}] is {type(item).__name__}, expected object")
    page = ChatGetConversationResponse.from_dict(body)
    _ = page.meta  # built now (nested models are lazy), so a malformed meta is reported here
    return page
