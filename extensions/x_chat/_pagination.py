"""The bookkeeping of auto-pagination, shared by the sync and async clients (no I/O here).

Iteration follows ``meta.next_token`` until it is absent. A page's partial ``errors`` are kept on
the page (``page.errors``) and reported: by default with a `PartialErrorsWarning`, with
``strict=True`` by raising `PartialResponseError` instead.
"""

from __future__ import annotations

import warnings
from collections.abc import Sequence
from datetime import datetime
from typing import Any, Protocol

import attrs

from x_chat_generated.types import Unset

from .errors import PaginationLoopError, PartialErrorsWarning, PartialResponseError
from .times import msec_of

__all__ = ["EventWindow", "Page", "PageCursor", "next_token_of", "report_page_errors"]


class Page(Protocol):
    """What pagination needs of a page model: ``meta`` (with ``next_token``) and ``errors``."""

    @property
    def meta(self) -> Any: ...

    @property
    def errors(self) -> Any: ...


def next_token_of(page: Page) -> str | None:
    """The page's ``meta.next_token``, or None on the last page."""
    meta = page.meta
    if isinstance(meta, Unset):
        return None
    token = getattr(meta, "next_token", None)
    if not isinstance(token, str) or not token:
        return None
    return token


def report_page_errors(page: Page, *, strict: bool) -> None:
    """Warn about (or, strict, raise for) the ``errors`` a page carried next to its data."""
    if isinstance(page.errors, Unset) or not page.errors:
        return
    if strict:
        raise PartialResponseError(list(page.errors), page)
    titles = "; ".join(str(getattr(p, "title", p)) for p in page.errors[:3])
    warnings.warn(
        f"a page carried {len(page.errors)} error(s) next to its data: {titles} (see page.errors)",
        PartialErrorsWarning,
        stacklevel=4,
    )


@attrs.define
class PageCursor:
    """Where the iteration is: the token of the next request, and every token already followed."""

    token: str | None = None
    done: bool = False
    _seen: set[str] = attrs.field(factory=set)

    def advance(self, page: Page) -> None:
        token = next_token_of(page)
        if token is None:
            self.done = True
            return
        if token in self._seen or token == self.token:
            raise PaginationLoopError(token)
        if self.token is not None:
            self._seen.add(self.token)
        self.token = token


@attrs.define
class EventWindow:
    """Which events of a page to yield: the ``since``/``until`` window and the ``limit``.

    ``since`` is inclusive and ``until`` exclusive (``since <= created_at < until``), both in epoch
    milliseconds. Events without ``created_at`` are kept only when no window is set. When a page
    is newest-first (X's order) and reaches past ``since``, nothing older can follow, so the
    iteration stops there instead of reading the whole history.
    """

    since_ms: int | None = None
    until_ms: int | None = None
    limit: int | None = None
    count: int = 0
    finished: bool = False

    def take(self, events: Sequence[Any]) -> list[Any]:
        if self.since_ms is None and self.until_ms is None:
            chosen = list(events)
        else:
            chosen = []
            stamps = [self._msec(event) for event in events]
            known = [s for s in stamps if s is not None]
            newest_first = len(known) >= 2 and known[0] >= known[-1]
            for event, stamp in zip(events, stamps, strict=True):
                if stamp is None:
                    continue
                if self.since_ms is not None and stamp < self.since_ms:
                    if newest_first:
                        self.finished = True
                        break
                    continue
                if self.until_ms is not None and stamp >= self.until_ms:
                    continue
                chosen.append(event)
        if self.limit is not None:
            room = self.limit - self.count
            if len(chosen) >= room:
                chosen = chosen[:room]
                self.finished = True
        self.count += len(chosen)
        return chosen

    @staticmethod
    def _msec(event: Any) -> int | None:
        raw = getattr(event, "created_at", None)
        if not isinstance(raw, datetime):
            return None
        return msec_of(raw)
