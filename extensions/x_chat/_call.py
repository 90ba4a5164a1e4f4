"""Per-call options (``extra_headers=``, ``timeout=``) and raw-response recording.

Both reach the pipeline through context variables, set only for the duration of one facade call:
the whole call of a method, or each step of an iterator it returns (so an iterator consumed later,
or interleaved with other calls, still sends with its own options). A call without options runs
the method as it is, at no cost.
"""

from __future__ import annotations

import functools
import inspect
from collections.abc import AsyncIterator, Callable, Iterator, Mapping
from contextvars import ContextVar
from typing import Any, TypedDict, TypeVar

import attrs
import httpx

from ._docs import with_shared_args
from .errors import InvalidArgumentError

__all__ = ["CallOptions", "RequestOptions", "call_options", "in_context", "per_call", "record_response"]

F = TypeVar("F", bound=Callable[..., Any])
T = TypeVar("T")


class RequestOptions(TypedDict, total=False):
    """Options every facade method takes for that one call, as openai-python's do.

    ```py
    page = client.get_conversation_events(
        "g1234567890123456789", max_results=5, extra_headers={"X-Trace": "abc"}, timeout=5
    )
    print(len(page.data))
    #> 5
    ```
    """

    extra_headers: Mapping[str, str]
    """Headers added to this call's requests, over the client's ``default_headers``."""
    timeout: float | httpx.Timeout
    """This call's timeout: seconds for every phase, or an ``httpx.Timeout``."""


@attrs.frozen
class CallOptions:
    """`RequestOptions`, checked."""

    headers: tuple[tuple[str, str], ...] = ()
    timeout: httpx.Timeout | None = None


_OPTIONS: ContextVar[CallOptions | None] = ContextVar("x_chat_call_options", default=None)
_RECORDER: ContextVar[list[Any] | None] = ContextVar("x_chat_raw_responses", default=None)


def call_options() -> CallOptions | None:
    """The options of the facade call in progress (None: the client's own)."""
    return _OPTIONS.get()


def record_response(response: httpx.Response) -> None:
    """Keep a successful response for a ``with_raw_response`` call in progress (if any)."""
    recorder = _RECORDER.get()
    if recorder is not None:
        from ._responses import RawResponse

        recorder.append(RawResponse.of(response))


def recording() -> tuple[ContextVar[list[Any] | None], list[Any]]:
    """A fresh list for `record_response`, with the variable to set it in (see `in_context`)."""
    return _RECORDER, []


def check_headers(headers: object, name: str) -> tuple[tuple[str, str], ...]:
    """``headers`` as pairs; InvalidArgumentError for anything that is not str -> str without
    line breaks (httpx would refuse it only when sending)."""
    if headers is None:
        return ()
    if not isinstance(headers, Mapping):
        raise InvalidArgumentError(f"{name} must be a mapping of header names to values, got {type(headers).__name__}")
    pairs = []
    for key, value in headers.items():
        if not isinstance(key, str) or not isinstance(value, str):
            raise InvalidArgumentError(f"{name}: header names and values must be strings, got {key!r}")
        if not key or any(c in key for c in " :\r\n\t") or any(c in value for c in "\r\n\0"):
            raise InvalidArgumentError(f"{name}: {key!r} is not a valid header")
        pairs.append((key, value))
    return tuple(pairs)


def check_timeout(timeout: object, name: str = "timeout") -> httpx.Timeout:
    if isinstance(timeout, httpx.Timeout):
        return timeout
    if isinstance(timeout, bool) or not isinstance(timeout, int | float) or not timeout > 0:
        raise InvalidArgumentError(f"{name} must be a positive number of seconds or an httpx.Timeout, got {timeout!r}")
    return httpx.Timeout(timeout)


def _take(kwargs: dict[str, Any], method: str, accepted: frozenset[str]) -> CallOptions | None:
    unknown = [name for name in kwargs if name not in accepted]
    if unknown:
        raise TypeError(f"{method}() got an unexpected keyword argument {unknown[0]!r}")
    if "extra_headers" not in kwargs and "timeout" not in kwargs:
        return None
    headers = check_headers(kwargs.pop("extra_headers", None), "extra_headers")
    timeout = kwargs.pop("timeout", None)
    return CallOptions(headers, check_timeout(timeout) if timeout is not None else None)


def per_call(method: F) -> F:
    """Give ``method`` (declared with ``**options: Unpack[RequestOptions]``) its per-call options."""
    parameters = inspect.signature(method).parameters.values()
    named = {p.name for p in parameters if p.kind in (p.POSITIONAL_OR_KEYWORD, p.KEYWORD_ONLY)}
    accepted = frozenset(named | set(RequestOptions.__annotations__))
    name = method.__name__

    @functools.wraps(method)
    def call(*args: Any, **kwargs: Any) -> Any:
        options = _take(kwargs, name, accepted) if kwargs else None
        if options is None:
            return method(*args, **kwargs)
        return in_context(_OPTIONS, options, method, *args, **kwargs)

    if method.__doc__:  # help() shows the shared arguments too (see _docs.py)
        call.__doc__ = with_shared_args(inspect.cleandoc(method.__doc__), [p.name for p in parameters])
    return call  # type: ignore[return-value]


def in_context(var: ContextVar[Any], value: Any, method: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
    """``method(*args, **kwargs)`` with ``var`` set to ``value`` while it runs: while the coroutine
    it returns runs, or each step of the iterator it returns."""
    token = var.set(value)
    try:
        result = method(*args, **kwargs)
    finally:
        var.reset(token)
    if inspect.iscoroutine(result):
        return _awaited(var, value, result)
    if isinstance(result, AsyncIterator):
        return _async_steps(var, value, result)
    if isinstance(result, Iterator):
        return _steps(var, value, result)
    return result


async def _awaited(var: ContextVar[Any], value: Any, coroutine: Any) -> Any:
    token = var.set(value)
    try:
        return await coroutine
    finally:
        var.reset(token)


async def _async_steps(var: ContextVar[Any], value: Any, items: AsyncIterator[T]) -> AsyncIterator[T]:
    try:
        while True:
            token = var.set(value)
            try:
                item = await anext(items)
            except StopAsyncIteration:
                return
            finally:
                var.reset(token)
            yield item
    finally:
        close = getattr(items, "aclose", None)
        if close is not None:
            await close()


def _steps(var: ContextVar[Any], value: Any, items: Iterator[T]) -> Iterator[T]:
    try:
        while True:
            token = var.set(value)
            try:
                item = next(items)
            except StopIteration:
                return
            finally:
                var.reset(token)
            yield item
    finally:
        close = getattr(items, "close", None)
        if close is not None:
            close()
