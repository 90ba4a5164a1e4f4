"""From an httpx.Response to a typed result or a typed exception, never a bare KeyError."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

import attrs
import httpx

from x_chat_generated.models.chat_get_conversation_response import ChatGetConversationResponse
from x_chat_generated.models.chat_message_event import ChatMessageEvent
from x_chat_generated.types import Unset

from .errors import MalformedResponseError, RateLimit, RateLimitError, error_from_response, request_id_of
from .retries import RetryPolicy, reset_time, server_wait

__all__ = ["RawResponse", "check_status", "parse_json_model"]

T = TypeVar("T")

_EVENT_STRINGS = (
    "encoded_event",
    "conversation_id",
    "conversation_token",
    "created_at_msec",
    "id",
    "previous_sequence_id",
    "sender_id",
    "sequence_id",
)


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
        body = response.json()
    except (ValueError, UnicodeDecodeError) as exc:
        raise MalformedResponseError(f"body is not JSON ({exc})", response) from None
    if not isinstance(body, dict):
        raise MalformedResponseError(f"expected a JSON object, got {type(body).__name__}", response)
    try:
        return parse(body)
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        what = f"missing field {exc}" if isinstance(exc, KeyError) else f"{type(exc).__name__}: {exc}"
        raise MalformedResponseError(what, response) from None


def parse_conversation_page(response: httpx.Response) -> ChatGetConversationResponse:
    """The page model, type-checked where the generated ``from_dict`` trusts the input."""
    page = parse_json_model(response, _conversation_page_from_dict)
    problem = _page_problem(page)
    if problem:
        raise MalformedResponseError(problem, response)
    return page


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
    return ChatGetConversationResponse.from_dict(body)


def _wrong(value: object, *types: type) -> bool:
    return not isinstance(value, Unset) and not isinstance(value, types)


def _page_problem(page: ChatGetConversationResponse) -> str | None:
    events = page.data
    if not isinstance(events, Unset):
        for index, event in enumerate(events):
            if not isinstance(event, ChatMessageEvent):  # pragma: no cover - from_dict builds these
                return f"data[{index}] is not an event"
            for name in _EVENT_STRINGS:
                if _wrong(getattr(event, name), str):
                    return f"data[{index}].{name} is {type(getattr(event, name)).__name__}, expected string"
            if _wrong(event.is_trusted, bool):
                return f"data[{index}].is_trusted is not a boolean"
    meta = page.meta
    if not isinstance(meta, Unset):
        if _wrong(meta.next_token, str):
            return "meta.next_token is not a string"
        if _wrong(meta.result_count, int) or isinstance(meta.result_count, bool):
            return "meta.result_count is not an integer"
        if _wrong(meta.has_more, bool):
            return "meta.has_more is not a boolean"
    if not isinstance(page.errors, Unset) and not isinstance(page.errors, list):  # pragma: no cover
        return "errors is not a list"
    return None
