# Generated from x_chat/_async/_conversations.py by extensions/generate_sync.py: do not edit.
"""Conversations: one's metadata, the inbox, the read marker and typing."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, Unpack

from x_chat_generated.api.chats import (
    mark_chat_conversation_read,
    send_chat_typing_indicator,
)
from x_chat_generated.models.mark_chat_conversation_read_request import MarkChatConversationReadRequest
from x_chat_generated.types import Unset

from .._arguments import MAX_PAGE_SIZE, REMOVED, check_limit, check_token, no_event_arguments, page_size
from .._call import RequestOptions, per_call
from .._pagination import EventWindow
from .._responses import Detailed, RawResponse, deprecated, result_of
from ..fields import (
    CONVERSATION_EXPANSIONS,
    CONVERSATION_FIELDS,
    USER_FIELDS,
    FieldsArg,
)
from ..ids import (
    ConversationId,
    validate_sequence_id,
)
from ..results import Conversation, ConversationsPage
from ._backend import Fetch

if TYPE_CHECKING:  # loaded on first use (see results.py); crypto needs the x-chat[crypto] extra
    from x_chat_generated.models.chat_conversation import ChatConversation


from ._core import ClientCore


class Conversations(ClientCore):
    """Conversations' metadata and state."""

    def get_conversation_detailed(
        self,
        conversation_id: str | ConversationId,
        *,
        fields: FieldsArg = None,
        expansions: FieldsArg = None,
        user_fields: FieldsArg = None,
        max_results: object = REMOVED,
        pagination_token: object = REMOVED,
    ) -> Detailed[Conversation]:
        """Deprecated: use ``client.with_raw_response.get_conversation(...)``, which
        every method has.

        Args:
            max_results: Removed in 0.2.0 (events moved to `get_conversation_events`): raises TypeError.
            pagination_token: Removed in 0.2.0, likewise: raises TypeError.
        """
        deprecated("get_conversation_detailed", "with_raw_response.get_conversation")
        no_event_arguments("get_conversation_detailed", max_results, pagination_token)
        return self._get_conversation(conversation_id, fields, expansions, user_fields)

    def _get_conversation(
        self, conversation_id: str | ConversationId, fields: FieldsArg, expansions: FieldsArg, user_fields: FieldsArg
    ) -> Detailed[Conversation]:
        from x_chat_generated.api.chats import get_chat_conversation  # see TYPE_CHECKING above

        cid = ConversationId.parse(conversation_id).value
        response = get_chat_conversation.sync_detailed(
            cid,
            client=self.api,
            chat_conversation_fields=CONVERSATION_FIELDS.resolve(fields),
            expansions=CONVERSATION_EXPANSIONS.resolve(expansions),
            user_fields=USER_FIELDS.resolve(user_fields),
        )
        return Detailed(result_of(response, Conversation.of), RawResponse.of(response))

    @per_call
    def get_conversation(
        self,
        conversation_id: str | ConversationId,
        *,
        fields: FieldsArg = None,
        expansions: FieldsArg = None,
        user_fields: FieldsArg = None,
        max_results: object = REMOVED,
        pagination_token: object = REMOVED,
        **options: Unpack[RequestOptions],
    ) -> Conversation:
        """A conversation's metadata (``GET /2/chat/conversations/{id}``): type, group name, mute
        state, times; ``expansions`` (``member_ids``, ``admin_ids``, ``participant_ids``) hydrate
        users into ``users``, with ``user_fields``.

        Since 0.2.0 (X API v2.167) this is metadata, not events: ``max_results`` and
        ``pagination_token`` raise TypeError pointing to `get_conversation_events`.

        Args:
            max_results: Removed in 0.2.0 (events moved to `get_conversation_events`): raises TypeError.
            pagination_token: Removed in 0.2.0, likewise: raises TypeError.
        """
        no_event_arguments("get_conversation", max_results, pagination_token)
        detailed = self._get_conversation(conversation_id, fields, expansions, user_fields)
        return detailed.parsed

    def _conversations_fetch(
        self, fields: FieldsArg, expansions: FieldsArg, user_fields: FieldsArg, max_results: int | None, size_name: str
    ) -> Fetch[ConversationsPage]:
        from x_chat_generated.api.chats import get_chat_conversations  # see TYPE_CHECKING above

        selected = CONVERSATION_FIELDS.resolve(fields)
        expand = CONVERSATION_EXPANSIONS.resolve(expansions)
        users = USER_FIELDS.resolve(user_fields)
        size = page_size(max_results, size_name)

        def fetch(token: str | None) -> ConversationsPage:
            response = get_chat_conversations.sync_detailed(
                client=self.api,
                max_results=size,
                pagination_token=token,
                chat_conversation_fields=selected,
                expansions=expand,
                user_fields=users,
            )
            return result_of(response, ConversationsPage.of)

        return fetch

    @per_call
    def get_conversations(
        self,
        *,
        fields: FieldsArg = None,
        expansions: FieldsArg = None,
        user_fields: FieldsArg = None,
        max_results: int | None = None,
        pagination_token: str | None = None,
        **options: Unpack[RequestOptions],
    ) -> ConversationsPage:
        """One page of your inbox's conversations (``GET /2/chat/conversations``)."""
        fetch = self._conversations_fetch(fields, expansions, user_fields, max_results, "max_results")
        return fetch(check_token(pagination_token))

    @per_call
    def iter_conversation_list_pages(
        self,
        *,
        fields: FieldsArg = None,
        expansions: FieldsArg = None,
        user_fields: FieldsArg = None,
        page_size: int = MAX_PAGE_SIZE,
        start_token: str | None = None,
        strict: bool = False,
        **options: Unpack[RequestOptions],
    ) -> Iterator[ConversationsPage]:
        """Every page of your conversations (with each page's ``users``), lazily."""
        fetch = self._conversations_fetch(fields, expansions, user_fields, page_size, "page_size")
        return self._pages(fetch, start_token, strict)

    @per_call
    def iter_conversations(
        self,
        *,
        fields: FieldsArg = None,
        expansions: FieldsArg = None,
        user_fields: FieldsArg = None,
        limit: int | None = None,
        page_size: int = MAX_PAGE_SIZE,
        start_token: str | None = None,
        strict: bool = False,
        **options: Unpack[RequestOptions],
    ) -> Iterator[ChatConversation]:
        """Every conversation of your inbox, lazily, following ``next_token``."""
        check_limit(limit)
        pages = self.iter_conversation_list_pages(
            fields=fields,
            expansions=expansions,
            user_fields=user_fields,
            page_size=page_size,
            start_token=start_token,
            strict=strict,
        )
        return self._items(pages, EventWindow(limit=limit, finished=limit == 0))

    # --- public keys ---------------------------------------------------------------------------------

    @per_call
    def mark_read(
        self, conversation_id: str | ConversationId, seen_until_sequence_id: str, **options: Unpack[RequestOptions]
    ) -> bool:
        """Mark the conversation read up to a message (``POST /2/chat/conversations/{id}/read``).

        Args:
            seen_until_sequence_id: The sequence ID of the newest event you have read.
        """
        cid = ConversationId.parse(conversation_id).value
        body = MarkChatConversationReadRequest(seen_until_sequence_id=validate_sequence_id(seen_until_sequence_id))
        response = mark_chat_conversation_read.sync_detailed(cid, client=self.api, body=body)
        data = response.parsed.data
        return not isinstance(data, Unset) and data.success is True

    @per_call
    def send_typing(self, conversation_id: str | ConversationId, **options: Unpack[RequestOptions]) -> bool:
        """Show "typing..." to the other participants (``POST /2/chat/conversations/{id}/typing``)."""
        cid = ConversationId.parse(conversation_id).value
        response = send_chat_typing_indicator.sync_detailed(cid, client=self.api)
        data = response.parsed.data
        return not isinstance(data, Unset) and data.success is True

    # --- live broadcasts: POST /2/broadcasts/{id}/chat ------------------------------------------------
