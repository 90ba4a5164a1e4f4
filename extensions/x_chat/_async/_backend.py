"""What the asyncio source needs that has no token-for-token sync twin (see ``_sync/_backend.py``)."""

from __future__ import annotations

import asyncio
import contextlib
import time
from collections.abc import AsyncIterator, Awaitable, Callable
from typing import TYPE_CHECKING, ParamSpec, TypeVar

import httpx

from .._call import in_context, recording
from .._deadline import AttemptLimit

if TYPE_CHECKING:
    from .._responses import Detailed, RawResponse

T = TypeVar("T")
R = TypeVar("R")
P = ParamSpec("P")

Fetch = Callable[[str | None], Awaitable[T]]
"""Fetches the page that a token names (None: the first page)."""

Receive = Callable[[httpx.Response], Awaitable[T]]
"""Reads a streamed response's body (the pipeline retries it whole if the connection breaks)."""


async def sleep(seconds: float) -> None:
    await asyncio.sleep(seconds)


async def pipelined(items: AsyncIterator[T], work: Callable[[T], R]) -> AsyncIterator[R]:
    """``work(item)`` for each item, in a worker thread while the next item is being fetched
    (``work`` is CPU-bound and releases the GIL: chatxdk's decryption)."""
    pending: asyncio.Future[R] | None = None
    async for item in items:
        submitted = asyncio.ensure_future(asyncio.to_thread(work, item))
        if pending is not None:
            yield await pending
        pending = submitted
    if pending is not None:
        yield await pending


class _AsyncAttemptLimit(AttemptLimit):
    """`AttemptLimit` enforced by ``asyncio.timeout`` (the whole attempt, response head included)."""

    timeout: asyncio.Timeout | None = None

    def allow_download(self, declared_size: int) -> None:
        super().allow_download(declared_size)
        if self.timeout is not None and self.deadline is not None:
            self.timeout.reschedule(asyncio.get_running_loop().time() + (self.deadline - time.monotonic()))


@contextlib.asynccontextmanager
async def attempt_limit(seconds: float | None, described: str) -> AsyncIterator[AttemptLimit]:
    """One attempt, ended with APITimeoutError once ``seconds`` have passed (None: no limit);
    ``described`` names the setting for the error."""
    limit = _AsyncAttemptLimit(seconds, described)
    if seconds is None:
        yield limit
        return
    try:
        async with asyncio.timeout(seconds) as timeout:
            limit.timeout = timeout
            yield limit
    except TimeoutError:
        raise limit.error() from None


def guard(http: httpx.AsyncClient) -> httpx.AsyncClient:  # the sync twin wraps the socket layer
    """Nothing to do for asyncio: `attempt_limit` bounds the whole attempt."""
    return http


def raw(method: Callable[P, Awaitable[R]]) -> Callable[P, Awaitable[Detailed[R]]]:
    """``method`` returning its result with the responses it came from (see `with_raw_response`)."""

    async def call(*args: P.args, **kwargs: P.kwargs) -> Detailed[R]:
        var, seen = recording()
        result = await in_context(var, seen, method, *args, **kwargs)
        from .._responses import Detailed

        return Detailed.of(result, seen)

    call.__doc__, call.__name__ = method.__doc__, method.__name__
    return call


def raw_items(method: Callable[P, AsyncIterator[R]]) -> Callable[P, AsyncIterator[Detailed[R]]]:
    """An iterating ``method`` whose items come with the response of the page they were on."""

    def call(*args: P.args, **kwargs: P.kwargs) -> AsyncIterator[Detailed[R]]:
        var, seen = recording()
        return _detailed_items(in_context(var, seen, method, *args, **kwargs), seen)

    call.__doc__, call.__name__ = method.__doc__, method.__name__
    return call


async def _detailed_items(items: AsyncIterator[R], seen: list[RawResponse]) -> AsyncIterator[Detailed[R]]:
    from .._responses import Detailed

    page: list[RawResponse] = []
    async for item in items:
        if seen:  # a new page's responses: the items after it came from them
            page = seen[:]
            seen.clear()
        yield Detailed.of(item, page)
