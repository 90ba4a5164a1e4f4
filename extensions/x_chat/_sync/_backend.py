"""The sync twins of ``_async/_backend.py`` (written by hand: they share no tokens with it)."""

from __future__ import annotations

import contextlib
import time
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from typing import TYPE_CHECKING, ParamSpec, TypeVar

import httpx

from .._call import in_context, recording
from .._deadline import AttemptLimit, attempt_deadline
from .._deadline import guard as guard

if TYPE_CHECKING:
    from .._responses import Detailed, RawResponse

T = TypeVar("T")
R = TypeVar("R")
P = ParamSpec("P")

Fetch = Callable[[str | None], T]
"""Fetches the page that a token names (None: the first page)."""

Receive = Callable[[httpx.Response], T]
"""Reads a streamed response's body (the pipeline retries it whole if the connection breaks)."""


def sleep(seconds: float) -> None:
    time.sleep(seconds)


def pipelined(items: Iterator[T], work: Callable[[T], R]) -> Iterator[R]:
    """``work(item)`` for each item, in a worker thread while the next item is being fetched
    (``work`` is CPU-bound and releases the GIL: chatxdk's decryption)."""
    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="x-chat-work") as pool:
        pending: Future[R] | None = None
        for item in items:
            submitted = pool.submit(work, item)
            if pending is not None:
                yield pending.result()
            pending = submitted
        if pending is not None:
            yield pending.result()


@contextlib.contextmanager
def attempt_limit(seconds: float | None, described: str) -> Iterator[AttemptLimit]:
    """One attempt, ended with APITimeoutError once ``seconds`` have passed (None: no limit): every
    socket operation of a client x-chat made gets at most the time left (see ``_deadline``).
    ``described`` names the setting for the error."""
    limit = AttemptLimit(seconds, described)
    with attempt_deadline(limit.deadline):
        yield limit


def raw(method: Callable[P, R]) -> Callable[P, Detailed[R]]:
    """``method`` returning its result with the responses it came from (see `with_raw_response`)."""

    def call(*args: P.args, **kwargs: P.kwargs) -> Detailed[R]:
        var, seen = recording()
        result = in_context(var, seen, method, *args, **kwargs)
        from .._responses import Detailed

        return Detailed.of(result, seen)

    call.__doc__, call.__name__ = method.__doc__, method.__name__
    return call


def raw_items(method: Callable[P, Iterator[R]]) -> Callable[P, Iterator[Detailed[R]]]:
    """An iterating ``method`` whose items come with the response of the page they were on."""

    def call(*args: P.args, **kwargs: P.kwargs) -> Iterator[Detailed[R]]:
        var, seen = recording()
        return _detailed_items(in_context(var, seen, method, *args, **kwargs), seen)

    call.__doc__, call.__name__ = method.__doc__, method.__name__
    return call


def _detailed_items(items: Iterator[R], seen: list[RawResponse]) -> Iterator[Detailed[R]]:
    from .._responses import Detailed

    page: list[RawResponse] = []
    for item in items:
        if seen:  # a new page's responses: the items after it came from them
            page = seen[:]
            seen.clear()
        yield Detailed.of(item, page)
