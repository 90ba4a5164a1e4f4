"""`AsyncChatClient`, driven from synchronous test code, so that every client test runs against both
clients (as httpcore tests its async source and the generated sync twin alike).

Nothing is replaced: each coroutine the real async client returns runs to its end on an event loop
in another thread (anyio's blocking portal), and each async iterator is stepped there, one item a
call. Results, exceptions and warnings come back to the test as they are.
"""

from __future__ import annotations

import inspect
from collections.abc import AsyncIterator, Awaitable, Iterator
from typing import Any, TypeVar

from anyio.from_thread import BlockingPortal

T = TypeVar("T")


async def _awaited(awaitable: Awaitable[T]) -> T:
    return await awaitable


class AsyncAsSync:
    """Any attribute of the wrapped object, with coroutines awaited and async iterators made sync."""

    def __init__(self, wrapped: Any, portal: BlockingPortal, opened: list[AsyncIterator[Any]] | None = None) -> None:
        self._wrapped = wrapped
        self._portal = portal
        self._opened = opened if opened is not None else []

    def __repr__(self) -> str:
        return f"AsyncAsSync({self._wrapped!r})"

    def __getattr__(self, name: str) -> Any:
        value = getattr(self._wrapped, name)
        if inspect.ismethod(value) or inspect.isfunction(value):
            return lambda *args, **kwargs: self._sync(value(*args, **kwargs))
        return self._sync(value) if name == "with_raw_response" else value

    def _sync(self, result: Any) -> Any:
        if inspect.isawaitable(result):
            return self._sync(self._portal.call(_awaited, result))
        if isinstance(result, AsyncIterator):
            self._opened.append(result)
            return _Steps(result, self._portal)
        if type(result).__module__.startswith("x_chat._async"):  # with_options(), with_raw_response
            return AsyncAsSync(result, self._portal, self._opened)
        return result

    def close(self) -> None:
        """Close the iterations a test left unfinished, then the client: on its own loop."""
        while self._opened:
            close = getattr(self._opened.pop(), "aclose", None)
            if close is not None:
                self._portal.call(close)
        self._portal.call(self._wrapped.aclose)

    def __enter__(self) -> AsyncAsSync:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()


class _Steps(Iterator[Any]):
    def __init__(self, items: AsyncIterator[Any], portal: BlockingPortal) -> None:
        self._items, self._portal = items, portal

    def __next__(self) -> Any:
        try:
            return self._portal.call(_awaited, self._items.__anext__())
        except StopAsyncIteration:
            raise StopIteration from None

    def close(self) -> None:
        """``aclose()`` on the loop (an iterator that is an `AsyncActivityStream`, or an async generator)."""
        close = getattr(self._items, "aclose", None)
        if close is not None:
            self._portal.call(close)

    def __getattr__(self, name: str) -> Any:  # e.g. an AsyncActivityStream's ``stats``
        return getattr(self._items, name)
