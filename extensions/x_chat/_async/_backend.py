"""What the asyncio source needs that has no token-for-token sync twin (see ``_sync/_backend.py``)."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Awaitable, Callable
from typing import TypeVar

import httpx

T = TypeVar("T")
R = TypeVar("R")

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
