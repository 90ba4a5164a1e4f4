# Generated from x_chat/_async/_core.py by extensions/generate_sync.py: do not edit.
"""The shared core of every resource of `AsyncChatClient`: its HTTP client, closing, pagination
and the lookup of public keys the end-to-end operations need."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, Any, Self

import httpx

from .._arguments import check_token, release_order
from .._base import BaseChatClient
from .._pagination import EventWindow, PageCursor, report_page_errors
from .._settings import Settings, StatelessCookieJar
from ._backend import Fetch, guard

if TYPE_CHECKING:  # loaded on first use (see results.py); crypto needs the x-chat[crypto] extra
    pass


class ClientCore(BaseChatClient[httpx.Client]):
    """The client's connection, lifetime and pagination (see `BaseChatClient`)."""

    def _new_http(self, settings: Settings) -> httpx.Client:
        return guard(
            httpx.Client(
                timeout=settings.timeout,
                limits=httpx.Limits(max_connections=20),
                cookies=StatelessCookieJar(),
                headers=settings.client_headers,  # sent by httpx itself: no per-request merge
            )
        )

    def _attach(self, http: httpx.Client) -> None:
        if not str(http.base_url):
            http.base_url = self.base_url  # so requests with relative URLs work on it too
        self.api.set_httpx_client(http)

    def close(self) -> None:
        """Close the connection pool (not a user-supplied httpx client)."""
        if self._owns_http:
            self._http.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    # --- pagination, for every paginated operation ---------------------------------------------------

    def _pages(self, fetch: Fetch[Any], start_token: str | None, strict: bool) -> Iterator[Any]:
        cursor = PageCursor(token=check_token(start_token))
        while not cursor.done:
            page = fetch(cursor.token)
            report_page_errors(page, strict=strict)
            cursor.advance(page)
            yield page
            del page  # not alive during the next request: see release_order

    @staticmethod
    def _items(pages: Iterator[Any], window: EventWindow) -> Iterator[Any]:
        if window.finished:
            return
        try:
            for page in pages:
                batch = release_order(window.take(page.data))
                del page
                while batch:
                    yield batch.pop()
                if window.finished:
                    return
        finally:
            pages.close()  # type: ignore[attr-defined]

    # --- message events: GET /2/chat/conversations/{id}/events ------------------------------------
