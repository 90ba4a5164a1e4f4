"""Message events: ``GET /2/chat/conversations/{id}/events``, one page or all of them."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import TYPE_CHECKING, Any, Unpack

from x_chat_generated.api.chats import (
    get_chat_conversation_events,
)
from x_chat_generated.models.chat_message_event import ChatMessageEvent
from x_chat_generated.types import Response

from .._arguments import MAX_PAGE_SIZE, check_token, event_plan, page_size
from .._call import RequestOptions, per_call
from .._responses import Detailed, RawResponse, deprecated, events_page
from ..fields import (
    FieldsArg,
    resolve_fields,
)
from ..ids import (
    ConversationId,
)
from ..results import EventsPage
from ..times import TimeArg
from ._backend import Fetch

if TYPE_CHECKING:  # loaded on first use (see results.py); crypto needs the x-chat[crypto] extra
    pass


from ._core import ClientCore


class Events(ClientCore):
    """A conversation's message and key-change events."""

    def _events_fetch(
        self, conversation_id: str | ConversationId, fields: FieldsArg, max_results: int | None, size_name: str
    ) -> Fetch[Response[Any]]:
        """Check the arguments now; fetch a page later."""
        cid = ConversationId.parse(conversation_id).value
        selected = resolve_fields(fields)
        size = page_size(max_results, size_name)

        async def fetch(token: str | None) -> Response[Any]:
            return await get_chat_conversation_events.asyncio_detailed(
                cid,
                client=self.api,
                max_results=size,
                pagination_token=token,
                chat_message_event_fields=selected,
            )

        return fetch

    async def get_conversation_events_detailed(
        self,
        conversation_id: str | ConversationId,
        *,
        fields: FieldsArg = None,
        max_results: int | None = None,
        pagination_token: str | None = None,
    ) -> Detailed[EventsPage]:
        """Deprecated: use ``client.with_raw_response.get_conversation_events(...)``,
        which every method has.
        """
        deprecated("get_conversation_events_detailed", "with_raw_response.get_conversation_events")
        fetch = self._events_fetch(conversation_id, fields, max_results, "max_results")
        response = await fetch(check_token(pagination_token))
        return Detailed(events_page(response), RawResponse.of(response))

    @per_call
    async def get_conversation_events(
        self,
        conversation_id: str | ConversationId,
        *,
        fields: FieldsArg = None,
        max_results: int | None = None,
        pagination_token: str | None = None,
        **options: Unpack[RequestOptions],
    ) -> EventsPage:
        """One page of a conversation's message and key-change events
        (``GET /2/chat/conversations/{id}/events``, X's "Get Chat Conversation Events").

        ``fields``: ``"all"``, names or `EventField` members (None: X's defaults).
        ``max_results``: 1 to 100 (None: X's default, 10). ``pagination_token``: a previous page's
        ``next_token``.
        """
        fetch = self._events_fetch(conversation_id, fields, max_results, "max_results")
        return events_page(await fetch(check_token(pagination_token)))

    @per_call
    def iter_conversation_pages(
        self,
        conversation_id: str | ConversationId,
        *,
        fields: FieldsArg = None,
        page_size: int = MAX_PAGE_SIZE,
        start_token: str | None = None,
        strict: bool = False,
        **options: Unpack[RequestOptions],
    ) -> AsyncIterator[EventsPage]:
        """Every page of events, lazily, following ``next_token``; resume with ``start_token``.

        Arguments are checked when this is called, before the first request.
        """
        fetch = self._events_fetch(conversation_id, fields, page_size, "page_size")

        async def page(token: str | None) -> EventsPage:  # no RawResponse per page: nobody reads it
            return events_page(await fetch(token))

        return self._pages(page, start_token, strict)

    @per_call
    def iter_conversation_events(
        self,
        conversation_id: str | ConversationId,
        *,
        fields: FieldsArg = None,
        limit: int | None = None,
        page_size: int = MAX_PAGE_SIZE,
        start_token: str | None = None,
        since: TimeArg | None = None,
        until: TimeArg | None = None,
        strict: bool = False,
        **options: Unpack[RequestOptions],
    ) -> AsyncIterator[ChatMessageEvent]:
        """Every message event, lazily, one page in memory at a time.

        ``limit`` caps the number of events; ``since`` (inclusive) and ``until`` (exclusive) keep the
        events whose ``created_at`` is in that window (datetimes, or strings read by python-dateutil;
        no timezone means UTC).

        Args:
            since: Only events created at or after this time (inclusive): a datetime, an RFC 3339 or
                `YYYY-MM-DD[ HH:MM]` string, or epoch seconds. The iteration stops once pages are
                older.
            until: Only events created before this time (exclusive), in the same forms as `since`.
        """
        fields, window = event_plan(fields, since, until, limit)
        pages = self.iter_conversation_pages(
            conversation_id, fields=fields, page_size=page_size, start_token=start_token, strict=strict
        )
        return self._items(pages, window)

    # --- conversations: GET /2/chat/conversations/{id} and GET /2/chat/conversations ---------------
