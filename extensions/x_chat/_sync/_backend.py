"""The sync twins of ``_async/_backend.py`` (written by hand: they share no tokens with it)."""

from __future__ import annotations

import contextlib
import time
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from typing import TypeVar

import httpx

from .._deadline import AttemptLimit, attempt_deadline
from .._deadline import guard as guard

T = TypeVar("T")
R = TypeVar("R")

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
