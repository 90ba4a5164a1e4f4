"""From an httpx.Response to a typed result or a typed exception, never a bare KeyError."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar, cast

import attrs
import httpx
import orjson

from .errors import MalformedResponseError, RateLimit, RateLimitError, error_from_response, request_id_of
from .retries import RetryPolicy, reset_time, server_wait

__all__ = ["RawResponse", "check_status", "parse_json_model", "parse_page"]

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


def parse_page(response: httpx.Response, model: Callable[[dict[str, Any]], T], *, data: type | None = list) -> T:
    """A response model from a 2xx body, its top-level shape checked first: ``data`` (a list of
    objects, or one object with ``data=dict``), ``errors`` (a list of objects), ``meta``/``includes``
    (objects). Every field inside is optional (v2.167 requires none): what X leaves out is UNSET."""
    return parse_json_model(response, lambda body: _checked(body, model, data))


def _checked(body: dict[str, Any], model: Callable[[dict[str, Any]], T], data: type | None) -> T:
    shapes: list[tuple[str, type, type | None]] = [
        ("errors", list, dict),
        ("meta", dict, None),
        ("includes", dict, None),
    ]
    if data is not None:
        shapes.append(("data", data, dict if data is list else None))
    for key, kind, item_kind in shapes:
        value: Any = body.get(key)
        if value is None:
            continue
        if not isinstance(value, kind):
            raise TypeError(f"{key} is {type(value).__name__}, expected {'array' if kind is list else 'object'}")
        if item_kind is not None:
            items = cast(list[Any], value)  # checked above: a list
            for index, item in enumerate(items):
                if not isinstance(item, item_kind):
                    raise TypeError(f"{key}[{index}] is {type(item).__name__}, expected object")
    page = model(body)
    _ = getattr(page, "meta", None)  # built now (nested models are lazy), so a malformed meta is reported here
    return page
