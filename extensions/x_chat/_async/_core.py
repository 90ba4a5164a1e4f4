"""The shared core of every resource of `AsyncChatClient`: its HTTP client, closing, pagination
and the lookup of public keys the end-to-end operations need."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import TYPE_CHECKING, Any, Self

import httpx

from .._arguments import check_token, release_order
from .._base import BaseChatClient
from .._pagination import EventWindow, PageCursor, report_page_errors
from .._settings import Settings, StatelessCookieJar
from ._backend import Fetch, guard

if TYPE_CHECKING:  # loaded on first use (see results.py); crypto needs the x-chat[crypto] extra
    pass


class ClientCore(BaseChatClient[httpx.AsyncClient]):
    """The client's connection, lifetime and pagination (see `BaseChatClient`)."""

    def _new_http(self, settings: Settings) -> httpx.AsyncClient:
        return guard(
            httpx.AsyncClient(
                timeout=settings.timeout,
                limits=httpx.Limits(max_connections=20),
                cookies=StatelessCookieJar(),
                headers=settings.client_headers,  # sent by httpx itself: no per-request merge
            )
        )

    def _attach(self, http: httpx.AsyncClient) -> None:
        if not str(http.base_url):
            http.base_url = self.base_url  # so requests with relative URLs work on it too
        self.api.set_async_httpx_client(http)

    async def aclose(self) -> None:
        """Close the connection pool (not a user-supplied httpx client)."""
        if self._owns_http:
            await self._http.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.aclose()

    # --- pagination, for every paginated operation ---------------------------------------------------

    async def _pages(self, fetch: Fetch[Any], start_token: str | None, strict: bool) -> AsyncIterator[Any]:
        cursor = PageCursor(token=check_token(start_token))
        while not cursor.done:
            page = await fetch(cursor.token)
            report_page_errors(page, strict=strict)
            cursor.advance(page)
            yield page
            del page  # not alive during the next request: see release_order

    @staticmethod
    async def _items(pages: AsyncIterator[Any], window: EventWindow) -> AsyncIterator[Any]:
        if window.finished:
            return
        try:
            async for page in pages:
                batch = release_order(window.take(page.data))
                del page
                while batch:
                    yield batch.pop()
                if window.finished:
                    return
        finally:
            await pages.aclose()  # type: ignore[attr-defined]

    # --- message events: GET /2/chat/conversations/{id}/events ------------------------------------
