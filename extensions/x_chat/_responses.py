"""What a call returns besides its result: `RawResponse` (X's response), `Detailed` (both), and
the reading of a generated operation's parsed body as the facade's result."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Generic, TypeVar

import attrs
import httpx

from x_chat_generated.types import Response, Unset

from .errors import (
    MalformedDataError,
    MalformedResponseError,
    RateLimit,
    request_id_of,
)
from .results import EventsPage

__all__ = ["Detailed", "RawResponse"]

T = TypeVar("T")
M = TypeVar("M")
R = TypeVar("R")


@attrs.frozen
class RawResponse:
    """What X sent besides the parsed body: status, headers, rate limit, request id."""

    status_code: int
    headers: httpx.Headers
    rate_limit: RateLimit | None
    request_id: str | None
    content: bytes = attrs.field(repr=False)

    @classmethod
    def of(cls, response: Response[Any] | httpx.Response) -> RawResponse:
        """What ``response`` carried (a streamed body that went elsewhere: empty ``content``).

        Args:
            response: An httpx response, or a generated operation's ``Response``.
        """
        headers = response.headers if isinstance(response.headers, httpx.Headers) else httpx.Headers(response.headers)
        return cls(
            status_code=int(response.status_code),
            headers=headers,
            rate_limit=RateLimit.from_headers(headers),
            request_id=request_id_of(headers),
            content=_content(response),
        )


def _content(response: Response[Any] | httpx.Response) -> bytes:
    try:
        return response.content
    except httpx.ResponseNotRead:  # a streamed download: its body went to the destination
        return b""


@attrs.frozen
class Detailed(Generic[T]):
    """A parsed result with the response it came from (status, headers, rate limit, request id),
    as ``client.with_raw_response`` returns it."""

    parsed: T
    raw: RawResponse
    """The response the result came from: the last one, for a call that sent several."""
    responses: tuple[RawResponse, ...] = attrs.field(default=(), repr=False)
    """Every successful response of the call, in order (a group's creation or a media upload sends
    several; retried attempts are not kept)."""

    @classmethod
    def of(cls, parsed: T, responses: list[RawResponse]) -> Detailed[T]:
        """The result with the responses its call received (at least one).

        Args:
            parsed: The facade method's result.
            responses: The responses recorded while it ran.
        """
        if not responses:
            raise RuntimeError("the call sent no request, so it has no raw response")
        return cls(parsed, responses[-1], tuple(responses))


def deprecated(old: str, new: str) -> None:
    """Warn, once per call site, that the method ``old`` is deprecated in favour of ``new``."""
    import warnings

    warnings.warn(f"{old}() is deprecated: use client.{new}()", DeprecationWarning, stacklevel=3)


def result_of(response: Response[M], result: Callable[[M], R]) -> R:
    """``result(response.parsed)``: the one way the facade reads a response into its result. A body
    with ``errors`` and no ``data`` (a success status X gave to a failure), or a nested object that
    turns out malformed while the result is built (nested models are lazy), is
    MalformedResponseError, with the response's details."""
    parsed = response.parsed
    data, errors = getattr(parsed, "data", None), getattr(parsed, "errors", None)
    if isinstance(data, Unset) and isinstance(errors, list) and errors:  # e.g. a 201 with only errors
        raise MalformedResponseError(f"X answered with errors and no data: {_problems(errors)}", response)
    try:
        return result(parsed)
    except (MalformedDataError, TypeError, ValueError, KeyError, AttributeError) as exc:
        raise MalformedResponseError(f"{type(exc).__name__}: {exc}", response) from None


def _problems(errors: list[Any]) -> str:
    """X's own words from a response's ``errors``: each problem's title and detail."""
    said = []
    for problem in errors[:3]:
        found = problem.to_dict() if hasattr(problem, "to_dict") else problem
        found = found if isinstance(found, dict) else {}
        words = [str(found[k]) for k in ("title", "detail") if isinstance(found.get(k), str)]
        said.append(" - ".join(dict.fromkeys(words)) or "a problem without a title")
    return "; ".join(said) + (f" (and {len(errors) - 3} more)" if len(errors) > 3 else "")


def events_page(response: Response[Any]) -> EventsPage:
    """The facade's page of ``GET /2/chat/conversations/{id}/events``."""
    return result_of(response, EventsPage.of)
