"""AsyncChatClient, the source of both clients: ``_sync/client.py`` (ChatClient) is generated from
this file by ``extensions/generate_sync.py``. Every request goes through the generated operations, so
through the one pipeline (``client.api``)."""

from __future__ import annotations

import io
import os
from collections.abc import AsyncIterator, Iterable
from functools import partial
from typing import IO, TYPE_CHECKING, Any, Unpack
from urllib.parse import quote

import attrs
import httpx

from x_chat_generated.api.broadcasts import send_broadcast_chat
from x_chat_generated.api.chats import (
    add_conversation_keys,
    add_user_public_key,
    chat_media_upload_append,
    chat_media_upload_finalize,
    chat_media_upload_initialize,
    create_chat_conversation,
    get_chat_conversation_events,
    get_users_public_key,
    get_users_public_keys,
    initialize_chat_group,
    mark_chat_conversation_read,
    send_chat_message,
    send_chat_typing_indicator,
)
from x_chat_generated.models.add_conversation_keys_request import AddConversationKeysRequest
from x_chat_generated.models.add_conversation_keys_response import AddConversationKeysResponse
from x_chat_generated.models.add_user_public_key_request import AddUserPublicKeyRequest
from x_chat_generated.models.add_user_public_key_response import AddUserPublicKeyResponse
from x_chat_generated.models.chat_media_upload_append_request import ChatMediaUploadAppendRequest
from x_chat_generated.models.chat_media_upload_finalize_request import ChatMediaUploadFinalizeRequest
from x_chat_generated.models.chat_media_upload_initialize_request import ChatMediaUploadInitializeRequest
from x_chat_generated.models.chat_media_upload_initialize_response import ChatMediaUploadInitializeResponse
from x_chat_generated.models.chat_message_event import ChatMessageEvent
from x_chat_generated.models.create_chat_conversation_request import CreateChatConversationRequest
from x_chat_generated.models.create_chat_conversation_response import CreateChatConversationResponse
from x_chat_generated.models.get_users_public_key_response import GetUsersPublicKeyResponse
from x_chat_generated.models.get_users_public_keys_response import GetUsersPublicKeysResponse
from x_chat_generated.models.initialize_chat_group_response import InitializeChatGroupResponse
from x_chat_generated.models.mark_chat_conversation_read_request import MarkChatConversationReadRequest
from x_chat_generated.models.mark_chat_conversation_read_response import MarkChatConversationReadResponse
from x_chat_generated.models.public_key import PublicKey
from x_chat_generated.models.send_broadcast_chat_request import SendBroadcastChatRequest
from x_chat_generated.models.send_broadcast_chat_response import SendBroadcastChatResponse
from x_chat_generated.models.send_chat_message_request import SendChatMessageRequest
from x_chat_generated.models.send_chat_message_response import SendChatMessageResponse
from x_chat_generated.models.send_chat_typing_indicator_response import SendChatTypingIndicatorResponse
from x_chat_generated.types import File, Response, Unset

from .._base import (
    MAX_BROADCAST_CHAT_LENGTH,
    MAX_PAGE_SIZE,
    MAX_PUBLIC_KEY_IDS,
    REMOVED,
    BaseChatClient,
    Detailed,
    RawResponse,
    check_keys,
    check_limit,
    check_token,
    deprecated,
    event_plan,
    events_page,
    no_event_arguments,
    page_size,
    parsed_as,
    release_order,
    result_of,
    user_ids,
)
from .._call import RequestOptions, per_call
from ..errors import (
    APIConnectionError,
    APIStatusError,
    InvalidArgumentError,
    MalformedResponseError,
    NotFoundError,
    mark_possibly_sent,
)
from ..fields import (
    CONVERSATION_EXPANSIONS,
    CONVERSATION_FIELDS,
    PUBLIC_KEY_FIELDS,
    USER_FIELDS,
    FieldsArg,
    resolve_fields,
)
from ..ids import (
    ConversationId,
    validate_broadcast_id,
    validate_media_hash_key,
    validate_sequence_id,
    validate_user_id,
)
from ..media import (
    CIPHER_CHUNK,
    MIN_SEGMENT_SIZE,
    MediaSource,
    MediaType,
    Progress,
    UploadedMedia,
    close_destination,
    decrypting,
    guess_media_type,
    media_filename,
    open_destination,
    open_source,
    rewind,
    segment_size,
)
from ..pagination import EventWindow, PageCursor, report_page_errors
from ..results import BroadcastChatSent, Conversation, ConversationsPage, EventsPage, PublicKeys, SentMessage
from ..settings import Settings, StatelessCookieJar
from ..times import TimeArg
from ..trust import GroupMembersMismatchError, KeyRollbackError, UntrustedKeyChangeError
from ._backend import Fetch, guard, pipelined
from .pipeline import AsyncPipeline
from .raw import AsyncRawResponses

if TYPE_CHECKING:  # loaded on first use (see results.py); crypto needs the x-chat[crypto] extra
    from x_chat_generated.models.chat_conversation import ChatConversation

    from ..crypto import ChatKeys, ConversationKey, DecryptedMessage, DecryptedPage, ReplyTarget

__all__ = ["AsyncChatClient"]


class AsyncChatClient(BaseChatClient[httpx.AsyncClient]):
    """An X Chat client: every Chat operation, typed, through one pipeline (auth, retries, pacing).

    ``token`` defaults to ``$X_BEARER_TOKEN`` (an OAuth 2.0 user access token). ``http_client`` may be
    your own ``httpx.AsyncClient`` (proxies, transports, event hooks): the token is applied per
    request, and a client you pass is not closed by this one. ``retry`` and ``timeout`` set the
    defaults; `with_options` makes a copy with others for some calls.

    Examples:
        ```py
        import asyncio

        from x_chat import AsyncChatClient


        async def main() -> None:
            async with AsyncChatClient() as client:  # the token from $X_BEARER_TOKEN
                events = client.iter_conversation_events("g1234567890123456789", fields=["id", "sender_id"], limit=2)
                async for event in events:
                    print(event.id, event.sender_id)
                    #> 1054351113904317941 1215441834412953600
                    #> 1054351113904317940 56


        asyncio.run(main())
        ```
    """

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

    @property
    def with_raw_response(self) -> AsyncRawResponses:
        """Every method of this client, returning a `Detailed` (the result and X's response);
        see `AsyncRawResponses`."""
        return AsyncRawResponses(self)

    async def aclose(self) -> None:
        """Close the connection pool (not a user-supplied httpx client)."""
        if self._owns_http:
            await self._http.aclose()

    async def __aenter__(self) -> AsyncChatClient:
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

        Args:
            conversation_id: A conversation ID in any of X's three forms (`low-high` direct, `g…`
                group, or a bare user ID for your direct conversation with that user),
                or a `ConversationId`. Checked before any request.
            fields: The fields to select: names or enum members, `"all"`, or None for X's defaults.
                An unknown name raises `InvalidFieldError` before any request.
            max_results: Items per page (1 to 100), or None for X's default.
            pagination_token: The `next_token` of the previous page, or None for the first page.
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

        Args:
            conversation_id: A conversation ID in any of X's three forms (`low-high` direct, `g…`
                group, or a bare user ID for your direct conversation with that user),
                or a `ConversationId`. Checked before any request.
            fields: The fields to select: names or enum members, `"all"`, or None for X's defaults.
                An unknown name raises `InvalidFieldError` before any request.
            max_results: Items per page (1 to 100), or None for X's default.
            pagination_token: The `next_token` of the previous page, or None for the first page.
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

        Args:
            conversation_id: A conversation ID in any of X's three forms (`low-high` direct, `g…`
                group, or a bare user ID for your direct conversation with that user),
                or a `ConversationId`. Checked before any request.
            fields: The fields to select: names or enum members, `"all"`, or None for X's defaults.
                An unknown name raises `InvalidFieldError` before any request.
            page_size: Items per request while iterating (1 to 100).
            start_token: Resume an iteration from a saved `next_token` (None: from the newest page).
            strict: Raise `PartialResponseError` when a page carries `errors` next to its data; by
                default a `PartialErrorsWarning` is issued and the iteration goes on.
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
            conversation_id: A conversation ID in any of X's three forms (`low-high` direct, `g…`
                group, or a bare user ID for your direct conversation with that user),
                or a `ConversationId`. Checked before any request.
            fields: The fields to select: names or enum members, `"all"`, or None for X's defaults.
                An unknown name raises `InvalidFieldError` before any request.
            limit: Stop after this many items (None: all of them).
            page_size: Items per request while iterating (1 to 100).
            start_token: Resume an iteration from a saved `next_token` (None: from the newest page).
            since: Only events created at or after this time (inclusive): a datetime, an RFC 3339 or
                `YYYY-MM-DD[ HH:MM]` string, or epoch seconds. The iteration stops once pages are
                older.
            until: Only events created before this time (exclusive), in the same forms as `since`.
            strict: Raise `PartialResponseError` when a page carries `errors` next to its data; by
                default a `PartialErrorsWarning` is issued and the iteration goes on.
        """
        fields, window = event_plan(fields, since, until, limit)
        pages = self.iter_conversation_pages(
            conversation_id, fields=fields, page_size=page_size, start_token=start_token, strict=strict
        )
        return self._items(pages, window)

    # --- conversations: GET /2/chat/conversations/{id} and GET /2/chat/conversations ---------------

    async def get_conversation_detailed(
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
            conversation_id: A conversation ID in any of X's three forms (`low-high` direct, `g…`
                group, or a bare user ID for your direct conversation with that user),
                or a `ConversationId`. Checked before any request.
            fields: The fields to select: names or enum members, `"all"`, or None for X's defaults.
                An unknown name raises `InvalidFieldError` before any request.
            expansions: Objects to expand into `includes` (e.g. `["member_ids"]`), `"all"`, or None.
            user_fields: The fields of expanded users (e.g. `["username"]`), `"all"`, or None.
            max_results: Items per page (1 to 100), or None for X's default.
            pagination_token: The `next_token` of the previous page, or None for the first page.
        """
        deprecated("get_conversation_detailed", "with_raw_response.get_conversation")
        no_event_arguments("get_conversation_detailed", max_results, pagination_token)
        return await self._get_conversation(conversation_id, fields, expansions, user_fields)

    async def _get_conversation(
        self, conversation_id: str | ConversationId, fields: FieldsArg, expansions: FieldsArg, user_fields: FieldsArg
    ) -> Detailed[Conversation]:
        from x_chat_generated.api.chats import get_chat_conversation  # see TYPE_CHECKING above
        from x_chat_generated.models.get_chat_conversation_response import GetChatConversationResponse

        cid = ConversationId.parse(conversation_id).value
        response = await get_chat_conversation.asyncio_detailed(
            cid,
            client=self.api,
            chat_conversation_fields=CONVERSATION_FIELDS.resolve(fields),
            expansions=CONVERSATION_EXPANSIONS.resolve(expansions),
            user_fields=USER_FIELDS.resolve(user_fields),
        )
        return Detailed(result_of(response, GetChatConversationResponse, Conversation.of), RawResponse.of(response))

    @per_call
    async def get_conversation(
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
            conversation_id: A conversation ID in any of X's three forms (`low-high` direct, `g…`
                group, or a bare user ID for your direct conversation with that user),
                or a `ConversationId`. Checked before any request.
            fields: The fields to select: names or enum members, `"all"`, or None for X's defaults.
                An unknown name raises `InvalidFieldError` before any request.
            expansions: Objects to expand into `includes` (e.g. `["member_ids"]`), `"all"`, or None.
            user_fields: The fields of expanded users (e.g. `["username"]`), `"all"`, or None.
            max_results: Items per page (1 to 100), or None for X's default.
            pagination_token: The `next_token` of the previous page, or None for the first page.
        """
        no_event_arguments("get_conversation", max_results, pagination_token)
        detailed = await self._get_conversation(conversation_id, fields, expansions, user_fields)
        return detailed.parsed

    def _conversations_fetch(
        self, fields: FieldsArg, expansions: FieldsArg, user_fields: FieldsArg, max_results: int | None, size_name: str
    ) -> Fetch[ConversationsPage]:
        from x_chat_generated.api.chats import get_chat_conversations  # see TYPE_CHECKING above
        from x_chat_generated.models.get_chat_conversations_response import GetChatConversationsResponse

        selected = CONVERSATION_FIELDS.resolve(fields)
        expand = CONVERSATION_EXPANSIONS.resolve(expansions)
        users = USER_FIELDS.resolve(user_fields)
        size = page_size(max_results, size_name)

        async def fetch(token: str | None) -> ConversationsPage:
            response = await get_chat_conversations.asyncio_detailed(
                client=self.api,
                max_results=size,
                pagination_token=token,
                chat_conversation_fields=selected,
                expansions=expand,
                user_fields=users,
            )
            return result_of(response, GetChatConversationsResponse, ConversationsPage.of)

        return fetch

    @per_call
    async def get_conversations(
        self,
        *,
        fields: FieldsArg = None,
        expansions: FieldsArg = None,
        user_fields: FieldsArg = None,
        max_results: int | None = None,
        pagination_token: str | None = None,
        **options: Unpack[RequestOptions],
    ) -> ConversationsPage:
        """One page of your inbox's conversations (``GET /2/chat/conversations``).

        Args:
            fields: The fields to select: names or enum members, `"all"`, or None for X's defaults.
                An unknown name raises `InvalidFieldError` before any request.
            expansions: Objects to expand into `includes` (e.g. `["member_ids"]`), `"all"`, or None.
            user_fields: The fields of expanded users (e.g. `["username"]`), `"all"`, or None.
            max_results: Items per page (1 to 100), or None for X's default.
            pagination_token: The `next_token` of the previous page, or None for the first page.
        """
        fetch = self._conversations_fetch(fields, expansions, user_fields, max_results, "max_results")
        return await fetch(check_token(pagination_token))

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
    ) -> AsyncIterator[ConversationsPage]:
        """Every page of your conversations (with each page's ``users``), lazily.

        Args:
            fields: The fields to select: names or enum members, `"all"`, or None for X's defaults.
                An unknown name raises `InvalidFieldError` before any request.
            expansions: Objects to expand into `includes` (e.g. `["member_ids"]`), `"all"`, or None.
            user_fields: The fields of expanded users (e.g. `["username"]`), `"all"`, or None.
            page_size: Items per request while iterating (1 to 100).
            start_token: Resume an iteration from a saved `next_token` (None: from the newest page).
            strict: Raise `PartialResponseError` when a page carries `errors` next to its data; by
                default a `PartialErrorsWarning` is issued and the iteration goes on.
        """
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
    ) -> AsyncIterator[ChatConversation]:
        """Every conversation of your inbox, lazily, following ``next_token``.

        Args:
            fields: The fields to select: names or enum members, `"all"`, or None for X's defaults.
                An unknown name raises `InvalidFieldError` before any request.
            expansions: Objects to expand into `includes` (e.g. `["member_ids"]`), `"all"`, or None.
            user_fields: The fields of expanded users (e.g. `["username"]`), `"all"`, or None.
            limit: Stop after this many items (None: all of them).
            page_size: Items per request while iterating (1 to 100).
            start_token: Resume an iteration from a saved `next_token` (None: from the newest page).
            strict: Raise `PartialResponseError` when a page carries `errors` next to its data; by
                default a `PartialErrorsWarning` is issued and the iteration goes on.
        """
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
    async def get_users_public_keys(
        self, user_ids_: Iterable[str | int], *, fields: FieldsArg = None, **options: Unpack[RequestOptions]
    ) -> PublicKeys:
        """The registered chat public keys of these users (``GET /2/users/public_keys``).

        At most 100 IDs go in one request; a longer list is split, and the answers are merged
        (``data`` and ``errors`` in request order). Duplicate IDs are asked once.

        Args:
            user_ids_: The users' IDs, any number (sent 100 a request).
            fields: The fields to select: names or enum members, `"all"`, or None for X's defaults.
                An unknown name raises `InvalidFieldError` before any request.
        """
        ids = user_ids(user_ids_)
        selected = PUBLIC_KEY_FIELDS.resolve(fields)
        models = []
        for start in range(0, len(ids), MAX_PUBLIC_KEY_IDS):
            response = await get_users_public_keys.asyncio_detailed(
                client=self.api, ids=ids[start : start + MAX_PUBLIC_KEY_IDS], public_key_fields=selected
            )
            models.append(parsed_as(response, GetUsersPublicKeysResponse))
        return PublicKeys.merge(models)

    @per_call
    async def get_user_public_keys(self, user_id: str | int, **options: Unpack[RequestOptions]) -> list[PublicKey]:
        """One user's registered chat public keys, every field (``GET /2/users/{id}/public_keys``).

        Args:
            user_id: The user's ID.
        """
        from x_chat_generated.models.public_key_field import PublicKeyField

        response = await get_users_public_key.asyncio_detailed(
            validate_user_id(user_id), client=self.api, public_key_fields=list(PublicKeyField)
        )
        parsed = parsed_as(response, GetUsersPublicKeyResponse)
        return list(parsed.data) if not isinstance(parsed.data, Unset) else []

    @per_call
    async def register_public_key(self, keys: ChatKeys, **options: Unpack[RequestOptions]) -> str:
        """Register ``keys``' public key for their user (``POST /2/users/{id}/public_keys``); returns
        the version X registered it under (``keys.key_version`` unless X assigned another).

        Args:
            keys: The `ChatKeys` whose public key to register (`POST /2/users/{id}/public_keys`).
        """
        check_keys(keys)
        body = AddUserPublicKeyRequest.from_dict(keys.registration())
        response = await add_user_public_key.asyncio_detailed(keys.user_id, client=self.api, body=body)
        data = parsed_as(response, AddUserPublicKeyResponse).data
        version = data.public_key_version if not isinstance(data, Unset) else None
        return version if isinstance(version, str) else keys.key_version

    # --- conversation state: read marker, typing -----------------------------------------------------

    @per_call
    async def mark_read(
        self, conversation_id: str | ConversationId, seen_until_sequence_id: str, **options: Unpack[RequestOptions]
    ) -> bool:
        """Mark the conversation read up to a message (``POST /2/chat/conversations/{id}/read``).

        Args:
            conversation_id: A conversation ID in any of X's three forms (`low-high` direct, `g…`
                group, or a bare user ID for your direct conversation with that user),
                or a `ConversationId`. Checked before any request.
            seen_until_sequence_id: The sequence ID of the newest event you have read.
        """
        cid = ConversationId.parse(conversation_id).value
        body = MarkChatConversationReadRequest(seen_until_sequence_id=validate_sequence_id(seen_until_sequence_id))
        response = await mark_chat_conversation_read.asyncio_detailed(cid, client=self.api, body=body)
        data = parsed_as(response, MarkChatConversationReadResponse).data
        return not isinstance(data, Unset) and data.success is True

    @per_call
    async def send_typing(self, conversation_id: str | ConversationId, **options: Unpack[RequestOptions]) -> bool:
        """Show "typing..." to the other participants (``POST /2/chat/conversations/{id}/typing``).

        Args:
            conversation_id: A conversation ID in any of X's three forms (`low-high` direct, `g…`
                group, or a bare user ID for your direct conversation with that user),
                or a `ConversationId`. Checked before any request.
        """
        cid = ConversationId.parse(conversation_id).value
        response = await send_chat_typing_indicator.asyncio_detailed(cid, client=self.api)
        data = parsed_as(response, SendChatTypingIndicatorResponse).data
        return not isinstance(data, Unset) and data.success is True

    # --- live broadcasts: POST /2/broadcasts/{id}/chat ------------------------------------------------

    @per_call
    async def send_broadcast_chat(
        self, broadcast_id: str, text: str, **options: Unpack[RequestOptions]
    ) -> BroadcastChatSent:
        """Post a chat message to a live broadcast, as the authenticated user
        (``POST /2/broadcasts/{id}/chat``; scopes ``broadcast.write broadcast.read``).

        Broadcast chat is public: the text is sent as it is, not end-to-end encrypted, and needs no
        keys. Like every write, it is sent once: a failure after the request may have reached X
        raises instead of resending.

        Args:
            broadcast_id: The broadcast's ID (1 to 13 ASCII letters and digits, e.g. `1yNGaQLWpejGj`).
                Checked before any request.
            text: The message, 1 to 140 characters. Checked before any request.
        """
        validate_broadcast_id(broadcast_id)
        if not isinstance(text, str) or not 1 <= len(text) <= MAX_BROADCAST_CHAT_LENGTH:
            shown = f"{len(text)} characters" if isinstance(text, str) else type(text).__name__
            raise InvalidArgumentError(
                f"a broadcast chat message is 1 to {MAX_BROADCAST_CHAT_LENGTH} characters, got {shown}"
            )
        body = SendBroadcastChatRequest(text=text)
        response = await send_broadcast_chat.asyncio_detailed(broadcast_id, client=self.api, body=body)
        return result_of(response, SendBroadcastChatResponse, partial(BroadcastChatSent.of, broadcast_id))

    # --- end-to-end encrypted writes (x-chat[crypto]) -----------------------------------------------

    async def _signing_keys(self, keys: ChatKeys, user_ids_: Iterable[str], *, missing_ok: bool = False) -> None:
        """Fetch the public keys of users ``keys`` does not know yet; only keys whose binding verifies
        are kept. A user with no registered key (404) raises NotFoundError, unless ``missing_ok``
        (reading: that user's events are then reported unreadable, the others are read)."""
        missing = [u for u in dict.fromkeys(user_ids_) if u and not keys.knows_user(u)]
        for user_id in missing:
            try:
                found = await self.get_user_public_keys(user_id)
            except NotFoundError:
                if not missing_ok:
                    raise
                found = []
            keys.add_public_keys(user_id, found)

    @per_call
    async def conversation_key(
        self,
        conversation_id: str | ConversationId,
        keys: ChatKeys,
        *,
        refresh: bool = False,
        **options: Unpack[RequestOptions],
    ) -> ConversationKey:
        """The key new messages of this conversation are encrypted with: the newest key change that
        passes every check of ``docs/security.md`` (its signature, its conversation, its signer a
        participant or verified member, its signed version not older than one accepted before). A
        direct conversation without one gets a new key first (``POST
        /2/chat/conversations/{id}/keys``) for its two participants. A group without one raises
        `UntrustedKeyChangeError`, or `KeyRollbackError` when X offers only keys older than one
        already accepted.

        The key is kept in ``keys`` after the first call. Reading the conversation with the same
        ``keys`` (`iter_messages`, `iter_decrypted_pages`) keeps it current when another member
        changes it; ``refresh=True`` asks X again.

        Args:
            conversation_id: A conversation ID in any of X's three forms (`low-high` direct, `g…`
                group, or a bare user ID for your direct conversation with that user),
                or a `ConversationId`. Checked before any request.
            keys: Your `ChatKeys` (key blob, registered key version, user ID): needed to encrypt,
                sign and decrypt.
            refresh: Ignore the key kept from earlier calls and read the newest one from X.
        """
        check_keys(keys)
        cid = keys.canonical(conversation_id)
        known = None if refresh else keys.cached_key(cid)
        if known is not None:
            return known
        participants = ConversationId.parse(cid).participant_ids
        try:
            page = await self.get_conversation_events(cid, fields="all", max_results=MAX_PAGE_SIZE)
        except NotFoundError:
            if not participants:
                raise
            return await self._new_conversation_key(cid, keys, participants)  # a new direct conversation
        candidates = page.key_change_events + [e.encoded_event for e in page.data if isinstance(e.encoded_event, str)]
        senders = [e.sender_id for e in page.data if isinstance(e.sender_id, str)]
        await self._signing_keys(keys, [*participants, *senders, keys.user_id], missing_ok=True)
        review = keys._review_events(cid, candidates)
        found = keys._adopt(cid, review)
        if found is not None:
            return found
        if participants:  # a new key for the two users the ID names is always safe
            return await self._new_conversation_key(cid, keys, participants)
        accepted = keys.trust_store.conversation(cid).key_version
        if accepted is not None and not review.removed:
            raise KeyRollbackError(cid, review.rolled_back, accepted)
        raise UntrustedKeyChangeError(cid, review.reasons())

    async def _new_conversation_key(self, cid: str, keys: ChatKeys, participants: tuple[str, ...]) -> ConversationKey:
        await self._signing_keys(keys, participants)
        change = keys.prepare_key_change(cid, participants)
        body = AddConversationKeysRequest.from_dict(change.body)
        response = await add_conversation_keys.asyncio_detailed(cid, client=self.api, body=body)
        parsed_as(response, AddConversationKeysResponse)
        return keys.remember_key(cid, change.key)

    async def _send_encrypted(self, conversation_id: str | ConversationId, keys: ChatKeys, make: Any) -> SentMessage:
        key = await self.conversation_key(conversation_id, keys)
        payload = make(key)
        body = SendChatMessageRequest(
            message_id=payload.message_id,
            encoded_message_create_event=payload.encrypted_content,
            encoded_message_event_signature=payload.encoded_event_signature,
        )
        try:
            response = await send_chat_message.asyncio_detailed(key.conversation_id, client=self.api, body=body)
            return result_of(
                response, SendChatMessageResponse, partial(SentMessage.of, payload.message_id, key.conversation_id)
            )
        except (APIStatusError, APIConnectionError, MalformedResponseError) as error:
            if error.may_have_been_sent or isinstance(error, MalformedResponseError):  # X answered 2xx oddly
                mark_possibly_sent(error, payload.message_id)
            raise

    @per_call
    async def send_message(
        self,
        conversation_id: str | ConversationId,
        text: str,
        *,
        keys: ChatKeys,
        reply_to: str | DecryptedMessage | ReplyTarget | None = None,
        media: UploadedMedia | Iterable[UploadedMedia] = (),
        **options: Unpack[RequestOptions],
    ) -> SentMessage:
        """Encrypt, sign and send a text message (``POST /2/chat/conversations/{id}/messages``).

        ``reply_to``: the target's sequence ID, or a decrypted message (its text is quoted).
        ``media``: what ``upload_media`` returned for this conversation, attached by its
        ``media_hash_key`` (``text`` may then be empty). The message is sent once: a failure after
        the request may have reached X raises instead of resending (see README, "Writes are never
        sent twice").

        Args:
            conversation_id: A conversation ID in any of X's three forms (`low-high` direct, `g…`
                group, or a bare user ID for your direct conversation with that user),
                or a `ConversationId`. Checked before any request.
            text: The message text (encrypted before it leaves the process).
            keys: Your `ChatKeys` (key blob, registered key version, user ID): needed to encrypt,
                sign and decrypt.
            reply_to: The sequence ID of the message replied to, or a `DecryptedMessage` (quoted in
                the reply); None for a plain message.
            media: An `UploadedMedia` or a list of them, attached inside the encrypted message.
        """
        check_keys(keys)
        attached = [media] if isinstance(media, UploadedMedia) else list(media)
        cid = keys.canonical(conversation_id)
        foreign = [m.media_hash_key for m in attached if isinstance(m, UploadedMedia) and m.conversation_id != cid]
        if foreign:
            raise InvalidArgumentError(f"media {foreign} was uploaded to another conversation than {cid}")
        return await self._send_encrypted(conversation_id, keys, keys.message_encrypter(text, reply_to, attached))

    @per_call
    async def add_reaction(
        self,
        conversation_id: str | ConversationId,
        target_sequence_id: str,
        emoji: str,
        *,
        keys: ChatKeys,
        **options: Unpack[RequestOptions],
    ) -> SentMessage:
        """React to a message with an emoji.

        Args:
            conversation_id: A conversation ID in any of X's three forms (`low-high` direct, `g…`
                group, or a bare user ID for your direct conversation with that user),
                or a `ConversationId`. Checked before any request.
            target_sequence_id: The sequence ID of the message acted on (as a string of digits).
            emoji: The reaction, one emoji.
            keys: Your `ChatKeys` (key blob, registered key version, user ID): needed to encrypt,
                sign and decrypt.
        """
        check_keys(keys)
        return await self._send_encrypted(conversation_id, keys, keys.reaction_encrypter(target_sequence_id, emoji))

    @per_call
    async def remove_reaction(
        self,
        conversation_id: str | ConversationId,
        target_sequence_id: str,
        emoji: str,
        *,
        keys: ChatKeys,
        **options: Unpack[RequestOptions],
    ) -> SentMessage:
        """Take a reaction back.

        Args:
            conversation_id: A conversation ID in any of X's three forms (`low-high` direct, `g…`
                group, or a bare user ID for your direct conversation with that user),
                or a `ConversationId`. Checked before any request.
            target_sequence_id: The sequence ID of the message acted on (as a string of digits).
            emoji: The reaction, one emoji.
            keys: Your `ChatKeys` (key blob, registered key version, user ID): needed to encrypt,
                sign and decrypt.
        """
        check_keys(keys)
        encrypter = keys.reaction_encrypter(target_sequence_id, emoji, remove=True)
        return await self._send_encrypted(conversation_id, keys, encrypter)

    @per_call
    async def edit_message(
        self,
        conversation_id: str | ConversationId,
        target_sequence_id: str,
        text: str,
        *,
        keys: ChatKeys,
        **options: Unpack[RequestOptions],
    ) -> SentMessage:
        """Replace the text of one of your messages.

        Args:
            conversation_id: A conversation ID in any of X's three forms (`low-high` direct, `g…`
                group, or a bare user ID for your direct conversation with that user),
                or a `ConversationId`. Checked before any request.
            target_sequence_id: The sequence ID of the message acted on (as a string of digits).
            text: The new text.
            keys: Your `ChatKeys` (key blob, registered key version, user ID): needed to encrypt,
                sign and decrypt.
        """
        check_keys(keys)
        return await self._send_encrypted(conversation_id, keys, keys.edit_encrypter(target_sequence_id, text))

    # --- groups (x-chat[crypto]) --------------------------------------------------------------------

    @per_call
    async def create_group(
        self,
        member_ids: Iterable[str | int],
        *,
        keys: ChatKeys,
        admin_ids: Iterable[str | int] | None = None,
        title: str | None = None,
        **options: Unpack[RequestOptions],
    ) -> ConversationKey:
        """Create an encrypted group (initialize, then create with a key for every member, you
        included); returns its key, whose ``conversation_id`` is the new ``g...`` ID. ``title`` is
        sent as ``group_name`` and **is visible to X** (unlike messages).

        Args:
            member_ids: The members' user IDs (you are added).
            keys: Your `ChatKeys` (key blob, registered key version, user ID): needed to encrypt,
                sign and decrypt.
            admin_ids: Members who are admins (default: you).
            title: The group's title. X can read it: it is not end-to-end encrypted.
        """
        check_keys(keys)
        members = user_ids(member_ids)
        admins = user_ids(admin_ids) if admin_ids is not None else [keys.user_id]
        await self._signing_keys(keys, [*members, keys.user_id])
        started = await initialize_chat_group.asyncio_detailed(client=self.api)
        data = parsed_as(started, InitializeChatGroupResponse).data
        group = data.conversation_id if not isinstance(data, Unset) else None
        if not isinstance(group, str):
            raise MalformedResponseError("initialize gave no conversation_id", started)
        group_id = ConversationId.parse(group).value
        change = keys.prepare_group_create(group_id, members, admins, title)
        body = CreateChatConversationRequest.from_dict(change.body)
        parsed_as(
            await create_chat_conversation.asyncio_detailed(client=self.api, body=body), CreateChatConversationResponse
        )
        return keys.remember_key(group_id, change.key, members=[keys.user_id, *members])

    @per_call
    async def add_group_members(
        self,
        group_id: str | ConversationId,
        new_member_ids: Iterable[str | int],
        *,
        keys: ChatKeys,
        **options: Unpack[RequestOptions],
    ) -> ConversationKey:
        """Add members to a group with a new key for everyone (``POST .../members``).

        The key goes to the members of the group's verified key changes (read first), never to the
        server's list: when the two differ, `GroupMembersMismatchError` names the difference and
        nothing is sent.

        Args:
            group_id: The group conversation (`g…`).
            new_member_ids: The user IDs to add; they can read what is sent after they join.
            keys: Your `ChatKeys` (key blob, registered key version, user ID): needed to encrypt,
                sign and decrypt.
        """
        check_keys(keys)
        from x_chat_generated.api.chats import add_chat_group_members  # answers with a Post: ~50 ms of imports
        from x_chat_generated.models.add_chat_group_members_request import AddChatGroupMembersRequest

        cid = ConversationId.parse(group_id)
        if cid.group_id is None:
            raise InvalidArgumentError(f"{cid.value!r} is not a group")
        new = user_ids(new_member_ids)
        await self.conversation_key(cid, keys, refresh=True)  # the verified history: members, newest key
        verified = keys.group_members(cid) or ()
        found = await self.get_conversation(cid, fields="all", expansions=["member_ids", "admin_ids"])
        served = [str(m) for m in found.data.member_ids] if not isinstance(found.data.member_ids, Unset) else []
        if set(served) != set(verified):
            raise GroupMembersMismatchError(cid.value, set(served) - set(verified), set(verified) - set(served))
        members = list(verified)
        admins = [str(a) for a in found.data.admin_ids] if not isinstance(found.data.admin_ids, Unset) else []
        admins = [a for a in admins if a in verified]  # unsigned: never someone the history does not name
        title = found.data.group_name if isinstance(found.data.group_name, str) else None
        await self._signing_keys(keys, [*members, *new, keys.user_id])
        change = keys.prepare_group_members_change(cid.value, new, members, admins, title)
        body = AddChatGroupMembersRequest.from_dict(change.body)
        await add_chat_group_members.asyncio_detailed(cid.value, client=self.api, body=body)
        return keys.remember_key(cid.value, change.key, members=[*members, *new, keys.user_id])

    # --- media (x-chat[crypto]) ---------------------------------------------------------------------

    @per_call
    async def upload_media(
        self,
        conversation_id: str | ConversationId,
        media: MediaSource,
        *,
        keys: ChatKeys,
        filename: str | None = None,
        media_type: MediaType | None = None,
        segment_bytes: int = MIN_SEGMENT_SIZE,
        progress: Progress | None = None,
        **options: Unpack[RequestOptions],
    ) -> UploadedMedia:
        """Encrypt and upload a file (a path or a binary file object), never holding it whole: a
        chunked initialize, at most 1000 appends, finalize. An append that fails is sent again
        under the same segment index (which replaces itself), so the upload resumes where it broke.
        ``progress(sent, total)`` is called after every segment.

        Attach the result to a message with ``send_message(cid, text, keys=keys, media=uploaded)``.
        ``filename`` defaults to the file's base name and ``media_type`` is guessed from it (and
        from image dimensions found in the first bytes); both travel encrypted in the message.

        Args:
            conversation_id: A conversation ID in any of X's three forms (`low-high` direct, `g…`
                group, or a bare user ID for your direct conversation with that user),
                or a `ConversationId`. Checked before any request.
            media: A path or a binary file object (read as it uploads, never whole).
            keys: Your `ChatKeys` (key blob, registered key version, user ID): needed to encrypt,
                sign and decrypt.
            filename: The name sent, encrypted, with the attachment (default: the file's base name).
            media_type: A `MediaType` (default: guessed from the name and the first bytes).
            segment_bytes: Bytes per append request (raised when needed to stay within 1000
                segments).
            progress: Called as `progress(done_bytes, total_bytes)` after every segment (None:
                silent).
        """
        check_keys(keys)
        name = media_filename(media, filename)
        if media_type is not None and not isinstance(media_type, MediaType):
            raise InvalidArgumentError(f"media_type must be a MediaType, got {media_type!r}")
        handle, size, owned = open_source(media)
        try:
            key = await self.conversation_key(conversation_id, keys)
            total = keys.encrypted_size(size)
            step = segment_size(total, segment_bytes)
            body = ChatMediaUploadInitializeRequest(conversation_id=key.conversation_id, total_bytes=total)
            response = await chat_media_upload_initialize.asyncio_detailed(client=self.api, body=body)
            started = parsed_as(response, ChatMediaUploadInitializeResponse).data
            if isinstance(started, Unset):
                raise MalformedResponseError("the upload was not given a session", response)
            appender = self._with_settings(attrs.evolve(self.settings, idempotent_writes=True))
            encryptor = keys.media_encryptor(key)
            pending, index, sent = bytearray(), 0, 0
            chunk = handle.read(CIPHER_CHUNK)
            dimensions = keys.image_dimensions(chunk)  # the header is in the first bytes
            while True:
                pending += encryptor.push(chunk) if chunk else encryptor.finish()
                while len(pending) >= step or (not chunk and pending):
                    segment = bytes(pending[:step])
                    del pending[:step]
                    await appender._append(
                        key.conversation_id, started.session_id, started.media_hash_key, index, segment
                    )
                    index, sent = index + 1, sent + len(segment)
                    if progress is not None:
                        progress(sent, total)
                if not chunk:
                    break
                chunk = handle.read(CIPHER_CHUNK)
            finish = ChatMediaUploadFinalizeRequest(
                conversation_id=key.conversation_id, media_hash_key=started.media_hash_key, num_parts=str(index)
            )
            await chat_media_upload_finalize.asyncio_detailed(started.session_id, client=self.api, body=finish)
            width, height = dimensions or (0, 0)
            return UploadedMedia(
                key.conversation_id,
                started.media_hash_key,
                started.session_id,
                size,
                total,
                index,
                filename=name,
                media_type=media_type or guess_media_type(name, dimensions),
                width=width,
                height=height,
            )
        finally:
            if owned:
                handle.close()

    async def _append(self, conversation_id: str, session: str, hash_key: str, index: int, segment: bytes) -> None:
        body = ChatMediaUploadAppendRequest(
            conversation_id=conversation_id,
            media=File(payload=io.BytesIO(segment)),
            media_hash_key=hash_key,
            segment_index=index,
        )
        await chat_media_upload_append.asyncio_detailed(session, client=self.api, body=body)

    @per_call
    async def download_media(
        self,
        conversation_id: str | ConversationId,
        media_hash_key: str,
        destination: str | os.PathLike[str] | IO[bytes],
        *,
        keys: ChatKeys,
        progress: Progress | None = None,
        **options: Unpack[RequestOptions],
    ) -> int:
        """Stream media, decrypting as it arrives, into a path or a binary file object; returns the
        plaintext size. Never held whole in memory. A path is written to ``<path>.part`` and renamed
        only once the stream decrypted completely (chatxdk detects a truncated stream); a file
        object is rewound to where it was. A connection that breaks mid-stream is retried by the
        client's retry policy, from the start (a non-seekable file object cannot start over:
        ``MediaTransferError``).

        Args:
            conversation_id: A conversation ID in any of X's three forms (`low-high` direct, `g…`
                group, or a bare user ID for your direct conversation with that user),
                or a `ConversationId`. Checked before any request.
            media_hash_key: The attachment's `media_hash_key` (from `DecryptedMessage.media`).
            destination: A path (written to `<path>.part`, then renamed) or a binary file object.
            keys: Your `ChatKeys` (key blob, registered key version, user ID): needed to encrypt,
                sign and decrypt.
            progress: Called as `progress(done_bytes, total_bytes)` after every segment (None:
                silent).
        """
        check_keys(keys)
        validate_media_hash_key(media_hash_key)
        key = await self.conversation_key(conversation_id, keys)
        url = f"/2/chat/media/{quote(key.conversation_id, safe='')}/{quote(media_hash_key, safe='')}"
        target, temporary = open_destination(destination)
        start = target.tell() if getattr(target, "seekable", lambda: False)() else None
        attempts = 0

        async def receive(response: httpx.Response) -> int:
            nonlocal attempts
            attempts += 1
            if attempts > 1:  # the connection broke mid-body: start over, from a clean destination
                rewind(target, start)
            decryptor = keys.media_decryptor(key)
            written = received = 0
            total = int(response.headers.get("content-length") or 0)
            async for chunk in response.aiter_bytes(CIPHER_CHUNK):
                received += len(chunk)
                plain = decrypting(partial(decryptor.push, chunk))
                target.write(plain)
                written += len(plain)
                if progress is not None:
                    progress(received, total)
            plain = decrypting(decryptor.finish)
            target.write(plain)
            return written + len(plain)

        try:
            written = await AsyncPipeline(self.settings).receive(
                self.api.get_async_httpx_client(),
                {"method": "get", "url": url},
                auth=self.api.auth_for_request(),
                endpoint="chat_media_download",
                body=receive,
            )
        except BaseException:
            if temporary is None and start is not None:
                rewind(target, start)
            close_destination(target, temporary, destination, keep=False)
            raise
        close_destination(target, temporary, destination, keep=True)
        return written

    # --- end-to-end encrypted reads (x-chat[crypto]) ------------------------------------------------

    @per_call
    def iter_decrypted_pages(
        self,
        conversation_id: str | ConversationId,
        *,
        keys: ChatKeys,
        page_size: int = MAX_PAGE_SIZE,
        start_token: str | None = None,
        include_unverified: bool = False,
        **options: Unpack[RequestOptions],
    ) -> AsyncIterator[DecryptedPage]:
        """Every page, decrypted and verified; the next page is fetched while this one is decrypted.
        Resume with ``start_token`` (a page's ``page.next_token``).

        Only messages that check out are in ``page.messages``: signed by a key the client verified,
        signed for this conversation, by a participant (direct), and not a second copy of one
        already read. Every other event is in ``page.errors`` with its `DecryptionErrorKind`.

        Args:
            conversation_id: A conversation ID in any of X's three forms (`low-high` direct, `g…`
                group, or a bare user ID for your direct conversation with that user),
                or a `ConversationId`. Checked before any request.
            keys: Your `ChatKeys` (key blob, registered key version, user ID): needed to encrypt,
                sign and decrypt.
            page_size: Items per request while iterating (1 to 100).
            start_token: Resume an iteration from a saved `next_token` (None: from the newest page).
            include_unverified: Also return messages whose signature does not verify, marked
                `verified=False` (never trust their sender or content). Off by default.
        """
        check_keys(keys)
        cid = ConversationId.parse(conversation_id)
        pages = self.iter_conversation_pages(cid, fields="all", page_size=page_size, start_token=start_token)
        return self._decrypted(cid, keys, pages, include_unverified=include_unverified)

    async def _decrypted(
        self, cid: ConversationId, keys: ChatKeys, pages: AsyncIterator[EventsPage], *, include_unverified: bool
    ) -> AsyncIterator[DecryptedPage]:
        """Decrypted pages, checked against their conversation; the newest accepted key change met
        becomes the conversation's current key (`ChatKeys.learn_key`)."""
        decryptor = keys.decryptor()
        await self._signing_keys(keys, [*cid.participant_ids, cid.recipient_id or "", keys.user_id], missing_ok=True)

        async def with_senders(pages: AsyncIterator[EventsPage]) -> AsyncIterator[EventsPage]:
            async for page in pages:
                senders = [e.sender_id for e in page.data if isinstance(e.sender_id, str)]
                await self._signing_keys(keys, senders, missing_ok=True)
                yield page

        canonical = keys.canonical(cid)
        decrypt = partial(
            decryptor.decrypt_page, conversation_id=canonical, seen=set(), reject_unverified=not include_unverified
        )
        async for decrypted in pipelined(with_senders(pages), decrypt):
            keys._adopt(canonical, decrypted._review)
            yield decrypted

    @per_call
    async def iter_messages(
        self,
        conversation_id: str | ConversationId,
        *,
        keys: ChatKeys,
        strict: bool = False,
        page_size: int = MAX_PAGE_SIZE,
        include_unverified: bool = False,
        **options: Unpack[RequestOptions],
    ) -> AsyncIterator[DecryptedMessage]:
        """Every decrypted message, newest page first. Events that cannot be read are reported with a
        DecryptionWarning, or, ``strict=True``, raise DecryptionFailedError.

        Args:
            conversation_id: A conversation ID in any of X's three forms (`low-high` direct, `g…`
                group, or a bare user ID for your direct conversation with that user),
                or a `ConversationId`. Checked before any request.
            keys: Your `ChatKeys` (key blob, registered key version, user ID): needed to encrypt,
                sign and decrypt.
            strict: Raise `PartialResponseError` when a page carries `errors` next to its data; by
                default a `PartialErrorsWarning` is issued and the iteration goes on.
            page_size: Items per request while iterating (1 to 100).
            include_unverified: Also return messages whose signature does not verify, marked
                `verified=False` (never trust their sender or content). Off by default.
        """
        pages = self.iter_decrypted_pages(
            conversation_id, keys=keys, page_size=page_size, include_unverified=include_unverified
        )
        async for page in pages:
            page.report(strict=strict)
            for message in page.messages:
                yield message
