"""ChatClient and AsyncChatClient: the facade over the generated client."""

from __future__ import annotations

import ipaddress
import os
import time
from collections.abc import AsyncIterator, Callable, Iterable, Iterator, Sequence
from typing import TYPE_CHECKING, Any, Final, Generic, TypeVar
from urllib.parse import quote, urlencode, urlsplit

import attrs
import httpx

from x_chat_generated.api.chats import get_chat_conversation_events, get_users_public_keys
from x_chat_generated.client import AuthenticatedClient
from x_chat_generated.models.chat_message_event import ChatMessageEvent
from x_chat_generated.models.get_chat_conversation_events_response import GetChatConversationEventsResponse
from x_chat_generated.models.get_users_public_keys_response import GetUsersPublicKeysResponse
from x_chat_generated.types import UNSET, Unset

from .auth import OAuth1Credentials
from .errors import APIConnectionError, APITimeoutError, ConfigurationError, RateLimit, XChatError
from .fields import (
    ALL,
    CONVERSATION_EXPANSIONS,
    CONVERSATION_FIELDS,
    PUBLIC_KEY_FIELDS,
    USER_FIELDS,
    EventField,
    FieldsArg,
    resolve_fields,
)
from .ids import ConversationId, validate_user_id
from .pagination import EventWindow, Page, PageCursor, report_page_errors
from .responses import RawResponse, check_status, parse_page
from .retries import DEFAULT_RETRY, DEFAULT_TIMEOUT, RetryPolicy, is_retryable
from .times import TimeArg, msec_of, parse_time

if TYPE_CHECKING:  # imported when first used: a conversation's `includes` pulls in every Post/User/Media model
    from x_chat_generated.models.chat_conversation import ChatConversation
    from x_chat_generated.models.get_chat_conversation_response import GetChatConversationResponse
    from x_chat_generated.models.get_chat_conversations_response import GetChatConversationsResponse

__all__ = ["DEFAULT_BASE_URL", "AsyncChatClient", "ChatClient", "Detailed"]

DEFAULT_BASE_URL: Final = "https://api.x.com"
TOKEN_ENV: Final = "X_BEARER_TOKEN"
MAX_PAGE_SIZE: Final = 100
MAX_PUBLIC_KEY_IDS: Final = 100
"""``GET /2/users/public_keys`` takes at most this many user IDs; longer lists are split."""

T = TypeVar("T")
P = TypeVar("P", bound=Page)
Build = Callable[[str | None], dict[str, Any]]
HttpT = TypeVar("HttpT", httpx.Client, httpx.AsyncClient)
TimeoutArg = float | httpx.Timeout | None


@attrs.frozen
class Detailed(Generic[T]):
    """A parsed result with the response it came from (status, headers, rate limit, request id)."""

    parsed: T
    raw: RawResponse


def _is_loopback(host: str) -> bool:
    if host == "localhost" or host.endswith(".localhost"):
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def _check_base_url(base_url: str, allow_insecure: bool) -> str:
    parts = urlsplit(base_url)
    if parts.scheme not in ("https", "http") or not parts.hostname:
        raise ConfigurationError(f"base_url must be an http(s) URL with a host, got {base_url!r}")
    if parts.scheme == "http" and not allow_insecure and not _is_loopback(parts.hostname):
        raise ConfigurationError(
            f"refusing to send credentials over plain HTTP to {parts.hostname!r}; use https, a loopback "
            "address, or pass allow_insecure=True"
        )
    return base_url.rstrip("/")


def _page_size(value: int | None, name: str) -> int | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= MAX_PAGE_SIZE:
        raise ValueError(f"{name} must be an integer from 1 to {MAX_PAGE_SIZE}, got {value!r}")
    return value


def _event_plan(
    fields: FieldsArg, since: TimeArg | None, until: TimeArg | None, limit: int | None
) -> tuple[FieldsArg, EventWindow]:
    """Which events to yield (the window) and which fields to ask for: a time window needs
    ``created_at``, so it is added to a selection that lacks it; with no selection (X's
    defaults, which may lack it), every field is selected."""
    _limit(limit)
    since_ms = msec_of(parse_time(since)) if since is not None else None
    until_ms = msec_of(parse_time(until)) if until is not None else None
    window = EventWindow(since_ms=since_ms, until_ms=until_ms, limit=limit, finished=limit == 0)
    if since_ms is None and until_ms is None:
        return fields, window
    selected = resolve_fields(fields)
    if selected is None:
        return ALL, window
    if EventField.CREATED_AT in selected:
        return selected, window
    return [*selected, EventField.CREATED_AT], window


_REMOVED = object()
"""Default of the event-paging arguments that ``get_conversation`` no longer takes."""


def _no_event_arguments(method: str, max_results: object, pagination_token: object) -> None:
    given = [
        name
        for name, value in (("max_results", max_results), ("pagination_token", pagination_token))
        if value is not _REMOVED
    ]
    if given:
        raise TypeError(
            f"{method}() returns a conversation's metadata since x-chat 0.2.0 (X API v2.167) and takes no "
            f"{' or '.join(given)}; message events are read with get_conversation_events(cid, fields=..., "
            "max_results=..., pagination_token=...) or iter_conversation_events()"
        )


def _limit(limit: int | None) -> None:
    if limit is not None and (isinstance(limit, bool) or not isinstance(limit, int) or limit < 0):
        raise ValueError(f"limit must be a non-negative integer, got {limit!r}")


def _user_ids(user_ids: Iterable[str | int]) -> list[str]:
    if isinstance(user_ids, str | int):
        user_ids = [user_ids]
    ids = list(dict.fromkeys(validate_user_id(u) for u in user_ids))
    if not ids:
        raise ValueError("user_ids must name at least one user")
    return ids


def _merge_public_keys(pages: Sequence[GetUsersPublicKeysResponse]) -> GetUsersPublicKeysResponse:
    data = [key for page in pages if not isinstance(page.data, Unset) for key in page.data]
    errors = [problem for page in pages if not isinstance(page.errors, Unset) for problem in page.errors]
    merged = GetUsersPublicKeysResponse(data=data, errors=errors if errors else UNSET)
    for page in pages:
        merged.additional_properties.update(page.additional_properties)
    return merged


class _BaseClient(Generic[HttpT]):
    """Configuration and request building shared by both clients."""

    _http: HttpT

    def __init__(
        self,
        token: str | None = None,
        *,
        base_url: str = DEFAULT_BASE_URL,
        timeout: float | httpx.Timeout = DEFAULT_TIMEOUT,
        retry: RetryPolicy = DEFAULT_RETRY,
        http_client: HttpT | None = None,
        auth: httpx.Auth | None = None,
        oauth1: OAuth1Credentials | None = None,
        allow_insecure: bool = False,
    ) -> None:
        self.base_url = _check_base_url(base_url, allow_insecure)
        if sum(x is not None for x in (token, auth, oauth1)) > 1:
            raise ConfigurationError("pass one of token=, auth= or oauth1=, not several")
        if oauth1 is not None:
            from .auth import OAuth1Auth

            auth = OAuth1Auth(oauth1)
        if auth is None:
            token = token if token is not None else os.environ.get(TOKEN_ENV) or None
        if token is None and auth is None and http_client is None:
            raise ConfigurationError(
                f"no credentials: pass ChatClient(token=...) or set {TOKEN_ENV} (an OAuth 2.0 user access "
                "token), or pass auth= / oauth1= (see x_chat.auth)"
            )
        self.retry = retry
        self._timeout = timeout if isinstance(timeout, httpx.Timeout) else httpx.Timeout(timeout)
        self._auth = auth
        self._owns_http = http_client is None
        self._api = AuthenticatedClient(base_url=self.base_url, token=token or "", timeout=self._timeout)
        self._http = http_client if http_client is not None else self._new_http()
        if auth is not None and self._http.auth is None:
            self._http.auth = auth  # so the generated functions on client.api use it too
        self._attach(self._http)

    def _new_http(self) -> HttpT:
        raise NotImplementedError

    def _attach(self, http: HttpT) -> None:
        raise NotImplementedError

    @property
    def api(self) -> AuthenticatedClient:
        """The generated low-level client, sharing this client's httpx client and credentials.

        >>> from x_chat_generated.api.chats import get_chat_conversations
        >>> get_chat_conversations.sync_detailed(client=chat.api)  # doctest: +SKIP
        """
        return self._api

    def __repr__(self) -> str:
        return f"{type(self).__name__}(base_url={self.base_url!r})"

    rate_limit: RateLimit | None = None
    """X's rate-limit headers of the latest response that had them, parsed (also while iterating)."""

    def _received(self, response: httpx.Response, policy: RetryPolicy) -> httpx.Response:
        """Note the rate limit, then raise the typed error for an error status."""
        if "x-rate-limit-remaining" in response.headers:
            self.rate_limit = RateLimit.from_headers(response.headers)
        check_status(response, policy)
        return response

    @staticmethod
    def _retry_after_first(exc: XChatError, policy: RetryPolicy, idempotent: bool) -> bool:
        return policy.max_retries > 0 and is_retryable(exc, idempotent=idempotent)

    @staticmethod
    def _next_page(
        response: httpx.Response, parse: Callable[[httpx.Response], P], cursor: PageCursor, strict: bool
    ) -> P:
        page = parse(response)
        report_page_errors(page, strict=strict)
        cursor.advance(page)
        return page

    def _request(self, kwargs: dict[str, Any]) -> dict[str, Any]:
        """The generated operation's request as one absolute URL with its query already encoded
        (commas kept literal, as X documents field lists): httpx then parses one URL instead of
        merging base URL, path and params, which is measurable per page (benchmarks/)."""
        params = kwargs.pop("params", None)
        query = urlencode(params, safe=",", quote_via=quote) if params else ""
        kwargs["url"] = f"{self.base_url}{kwargs['url']}?{query}" if query else self.base_url + kwargs["url"]
        return kwargs

    def _events_request(
        self,
        conversation_id: str | ConversationId,
        fields: FieldsArg,
        max_results: int | None,
        page_size_name: str = "max_results",
    ) -> Build:
        """Validate the arguments of ``GET /2/chat/conversations/{id}/events`` now; build a page's request later."""
        cid = ConversationId.parse(conversation_id).value
        selected = resolve_fields(fields)
        size = _page_size(max_results, page_size_name)

        def build(token: str | None) -> dict[str, Any]:
            return self._request(
                get_chat_conversation_events._get_kwargs(
                    cid,
                    max_results=size if size is not None else UNSET,
                    pagination_token=token if token is not None else UNSET,
                    chat_message_event_fields=selected if selected is not None else UNSET,
                )
            )

        return build

    def _conversation_request(
        self, conversation_id: str | ConversationId, fields: FieldsArg, expansions: FieldsArg, user_fields: FieldsArg
    ) -> dict[str, Any]:
        from x_chat_generated.api.chats import get_chat_conversation  # see TYPE_CHECKING above

        cid = ConversationId.parse(conversation_id).value
        selected = CONVERSATION_FIELDS.resolve(fields)
        expand = CONVERSATION_EXPANSIONS.resolve(expansions)
        users = USER_FIELDS.resolve(user_fields)
        return self._request(
            get_chat_conversation._get_kwargs(
                cid,
                chat_conversation_fields=selected if selected is not None else UNSET,
                expansions=expand if expand is not None else UNSET,
                user_fields=users if users is not None else UNSET,
            )
        )

    def _conversations_request(
        self,
        fields: FieldsArg,
        expansions: FieldsArg,
        user_fields: FieldsArg,
        max_results: int | None,
        page_size_name: str = "max_results",
    ) -> Build:
        """Validate the arguments of ``GET /2/chat/conversations`` now; build a page's request later."""
        from x_chat_generated.api.chats import get_chat_conversations  # see TYPE_CHECKING above

        selected = CONVERSATION_FIELDS.resolve(fields)
        expand = CONVERSATION_EXPANSIONS.resolve(expansions)
        users = USER_FIELDS.resolve(user_fields)
        size = _page_size(max_results, page_size_name)

        def build(token: str | None) -> dict[str, Any]:
            return self._request(
                get_chat_conversations._get_kwargs(
                    max_results=size if size is not None else UNSET,
                    pagination_token=token if token is not None else UNSET,
                    chat_conversation_fields=selected if selected is not None else UNSET,
                    expansions=expand if expand is not None else UNSET,
                    user_fields=users if users is not None else UNSET,
                )
            )

        return build

    def _public_keys_requests(self, user_ids: Iterable[str | int], fields: FieldsArg) -> list[dict[str, Any]]:
        ids = _user_ids(user_ids)
        selected = PUBLIC_KEY_FIELDS.resolve(fields)
        return [
            self._request(
                get_users_public_keys._get_kwargs(
                    ids=ids[start : start + MAX_PUBLIC_KEY_IDS],
                    public_key_fields=selected if selected is not None else UNSET,
                )
            )
            for start in range(0, len(ids), MAX_PUBLIC_KEY_IDS)
        ]

    def _request_options(self, timeout: TimeoutArg) -> dict[str, Any]:
        options: dict[str, Any] = {"auth": self._auth if self._auth is not None else self._api._request_auth()}
        if timeout is not None:
            options["timeout"] = timeout
        return options


def _token(pagination_token: str | None) -> str | None:
    if pagination_token is not None and not isinstance(pagination_token, str):
        raise TypeError(f"pagination_token must be a string, got {type(pagination_token).__name__}")
    return pagination_token


def _parse_events_page(response: httpx.Response) -> GetChatConversationEventsResponse:
    return parse_page(response, GetChatConversationEventsResponse.from_dict)


def _parse_conversation(response: httpx.Response) -> GetChatConversationResponse:
    from x_chat_generated.models.get_chat_conversation_response import GetChatConversationResponse

    return parse_page(response, GetChatConversationResponse.from_dict, data=dict)


def _parse_conversations_page(response: httpx.Response) -> GetChatConversationsResponse:
    from x_chat_generated.models.get_chat_conversations_response import GetChatConversationsResponse

    return parse_page(response, GetChatConversationsResponse.from_dict)


def _parse_public_keys(response: httpx.Response) -> GetUsersPublicKeysResponse:
    return parse_page(response, GetUsersPublicKeysResponse.from_dict)


def _items(page: GetChatConversationEventsResponse | GetChatConversationsResponse) -> list[Any]:
    return list(page.data) if not isinstance(page.data, Unset) else []


def _release_order(events: list[T]) -> list[T]:
    """The events reversed, to be handed out with ``pop()``: once yielded, an event is referenced
    only by the caller, and neither the page nor its events outlive their turn. So at most one page
    is in memory however long the conversation (make bench: no RSS growth over 10,000 pages)."""
    events.reverse()
    return events


def _transport_error(exc: httpx.TransportError) -> APIConnectionError:
    if isinstance(exc, httpx.TimeoutException):
        return APITimeoutError(f"request timed out ({type(exc).__name__})", request=_request_of(exc))
    return APIConnectionError(f"connection failed ({type(exc).__name__}: {exc})", request=_request_of(exc))


def _request_of(exc: httpx.TransportError) -> httpx.Request | None:
    try:
        return exc.request
    except RuntimeError:
        return None


class ChatClient(_BaseClient[httpx.Client]):
    """The X Chat client.

    ``token`` defaults to ``$X_BEARER_TOKEN`` (an OAuth 2.0 user access token). ``http_client`` may be
    your own ``httpx.Client`` (proxies, transports, event hooks): the token is applied per request, and
    a client you pass is not closed by this one. ``retry`` and ``timeout`` set the defaults; every call
    takes ``retry=`` and ``timeout=`` too.

    >>> with ChatClient() as client:  # doctest: +SKIP
    ...     page = client.get_conversation_events("g1234567890123456789", fields=["id", "sender_id"])
    """

    def _new_http(self) -> httpx.Client:
        return httpx.Client(base_url=self.base_url, timeout=self._timeout, limits=httpx.Limits(max_connections=20))

    def _attach(self, http: httpx.Client) -> None:
        if not str(http.base_url):
            http.base_url = self.base_url  # so the generated functions' relative URLs work on it too
        self._api.set_httpx_client(http)

    def close(self) -> None:
        """Close the connection pool (not a user-supplied httpx client)."""
        if self._owns_http:
            self._http.close()

    def __enter__(self) -> ChatClient:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def _send(
        self, kwargs: dict[str, Any], *, idempotent: bool, retry: RetryPolicy | None, timeout: TimeoutArg
    ) -> httpx.Response:
        policy = retry or self.retry
        options = self._request_options(timeout)
        started = time.monotonic()
        try:  # the common case, without the retry machinery's cost
            return self._attempt(kwargs, options, policy)
        except XChatError as exc:
            if not self._retry_after_first(exc, policy, idempotent):
                raise
            first_error: XChatError | None = exc
        response: httpx.Response | None = None
        for attempt in policy.after_first_attempt(time.monotonic() - started).retrying(idempotent=idempotent):
            with attempt:
                if first_error is not None:  # replay attempt 1's failure: tenacity waits, then retries
                    error, first_error = first_error, None
                    raise error
                response = self._attempt(kwargs, options, policy)
        assert response is not None
        return response

    def _attempt(self, kwargs: dict[str, Any], options: dict[str, Any], policy: RetryPolicy) -> httpx.Response:
        try:
            response = self._http.request(**kwargs, **options)
        except httpx.TransportError as exc:
            raise _transport_error(exc) from exc
        return self._received(response, policy)

    def _pages(
        self,
        build: Build,
        parse: Callable[[httpx.Response], P],
        start_token: str | None,
        strict: bool,
        retry: RetryPolicy | None,
        timeout: TimeoutArg,
    ) -> Iterator[P]:
        cursor = PageCursor(token=_token(start_token))
        while not cursor.done:
            response = self._send(build(cursor.token), idempotent=True, retry=retry, timeout=timeout)
            page = self._next_page(response, parse, cursor, strict)
            del response
            yield page
            del page  # not alive during the next request: see _items_of

    @staticmethod
    def _items_of(pages: Iterator[Any], window: EventWindow | None, limit: int | None = None) -> Iterator[Any]:
        window = window or EventWindow(limit=limit, finished=limit == 0)
        if window.finished:
            return
        try:
            for page in pages:
                batch = _release_order(window.take(_items(page)))
                del page
                while batch:
                    yield batch.pop()
                if window.finished:
                    return
        finally:
            pages.close()  # type: ignore[attr-defined]

    # --- message events: GET /2/chat/conversations/{id}/events ------------------------------------

    def get_conversation_events_detailed(
        self,
        conversation_id: str | ConversationId,
        *,
        fields: FieldsArg = None,
        max_results: int | None = None,
        pagination_token: str | None = None,
        retry: RetryPolicy | None = None,
        timeout: TimeoutArg = None,
    ) -> Detailed[GetChatConversationEventsResponse]:
        """Like :meth:`get_conversation_events`, with the response's status, headers and rate limit."""
        kwargs = self._events_request(conversation_id, fields, max_results)(_token(pagination_token))
        response = self._send(kwargs, idempotent=True, retry=retry, timeout=timeout)
        return Detailed(_parse_events_page(response), RawResponse.of(response))

    def get_conversation_events(
        self,
        conversation_id: str | ConversationId,
        *,
        fields: FieldsArg = None,
        max_results: int | None = None,
        pagination_token: str | None = None,
        retry: RetryPolicy | None = None,
        timeout: TimeoutArg = None,
    ) -> GetChatConversationEventsResponse:
        """One page of a conversation's message and key-change events
        (``GET /2/chat/conversations/{id}/events``, X's "Get Chat Conversation Events").

        ``fields``: ``"all"``, names or :class:`EventField` members (None: X's defaults).
        ``max_results``: 1 to 100 (None: X's default, 10). ``pagination_token``: a previous page's
        ``meta.next_token``.

        >>> page = client.get_conversation_events("g1234567890123456789", fields=["id", "sender_id"])  # doctest: +SKIP
        """
        return self.get_conversation_events_detailed(
            conversation_id,
            fields=fields,
            max_results=max_results,
            pagination_token=pagination_token,
            retry=retry,
            timeout=timeout,
        ).parsed

    def iter_conversation_pages(
        self,
        conversation_id: str | ConversationId,
        *,
        fields: FieldsArg = None,
        page_size: int = MAX_PAGE_SIZE,
        start_token: str | None = None,
        strict: bool = False,
        retry: RetryPolicy | None = None,
        timeout: TimeoutArg = None,
    ) -> Iterator[GetChatConversationEventsResponse]:
        """Every page of events, lazily, following ``meta.next_token``; resume with ``start_token``.

        Arguments are checked when this is called, before the first request.
        """
        build = self._events_request(conversation_id, fields, page_size, "page_size")
        return self._pages(build, _parse_events_page, _token(start_token), strict, retry, timeout)

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
        retry: RetryPolicy | None = None,
        timeout: TimeoutArg = None,
    ) -> Iterator[ChatMessageEvent]:
        """Every message event, lazily, one page in memory at a time.

        ``limit`` caps the number of events; ``since`` (inclusive) and ``until`` (exclusive) keep the
        events whose ``created_at`` is in that window (datetimes, or strings read by python-dateutil;
        no timezone means UTC).
        """
        fields, window = _event_plan(fields, since, until, limit)
        pages = self.iter_conversation_pages(
            conversation_id,
            fields=fields,
            page_size=page_size,
            start_token=start_token,
            strict=strict,
            retry=retry,
            timeout=timeout,
        )
        return self._items_of(pages, window)

    # --- conversations: GET /2/chat/conversations/{id} and GET /2/chat/conversations ---------------

    def get_conversation_detailed(
        self,
        conversation_id: str | ConversationId,
        *,
        fields: FieldsArg = None,
        expansions: FieldsArg = None,
        user_fields: FieldsArg = None,
        retry: RetryPolicy | None = None,
        timeout: TimeoutArg = None,
        max_results: object = _REMOVED,
        pagination_token: object = _REMOVED,
    ) -> Detailed[GetChatConversationResponse]:
        """Like :meth:`get_conversation`, with the response's status, headers and rate limit."""
        _no_event_arguments("get_conversation_detailed", max_results, pagination_token)
        kwargs = self._conversation_request(conversation_id, fields, expansions, user_fields)
        response = self._send(kwargs, idempotent=True, retry=retry, timeout=timeout)
        return Detailed(_parse_conversation(response), RawResponse.of(response))

    def get_conversation(
        self,
        conversation_id: str | ConversationId,
        *,
        fields: FieldsArg = None,
        expansions: FieldsArg = None,
        user_fields: FieldsArg = None,
        retry: RetryPolicy | None = None,
        timeout: TimeoutArg = None,
        max_results: object = _REMOVED,
        pagination_token: object = _REMOVED,
    ) -> GetChatConversationResponse:
        """A conversation's metadata (``GET /2/chat/conversations/{id}``): type, group name, mute
        state, times; ``expansions`` (``member_ids``, ``admin_ids``, ``participant_ids``) hydrate
        users into ``includes.users``, with ``user_fields``.

        Since 0.2.0 (X API v2.167) this is metadata, not events: ``max_results`` and
        ``pagination_token`` raise TypeError pointing to :meth:`get_conversation_events`.
        """
        _no_event_arguments("get_conversation", max_results, pagination_token)
        return self.get_conversation_detailed(
            conversation_id, fields=fields, expansions=expansions, user_fields=user_fields, retry=retry, timeout=timeout
        ).parsed

    def get_conversations(
        self,
        *,
        fields: FieldsArg = None,
        expansions: FieldsArg = None,
        user_fields: FieldsArg = None,
        max_results: int | None = None,
        pagination_token: str | None = None,
        retry: RetryPolicy | None = None,
        timeout: TimeoutArg = None,
    ) -> GetChatConversationsResponse:
        """One page of your inbox's conversations (``GET /2/chat/conversations``)."""
        build = self._conversations_request(fields, expansions, user_fields, max_results)
        response = self._send(build(_token(pagination_token)), idempotent=True, retry=retry, timeout=timeout)
        return _parse_conversations_page(response)

    def iter_conversation_list_pages(
        self,
        *,
        fields: FieldsArg = None,
        expansions: FieldsArg = None,
        user_fields: FieldsArg = None,
        page_size: int = MAX_PAGE_SIZE,
        start_token: str | None = None,
        strict: bool = False,
        retry: RetryPolicy | None = None,
        timeout: TimeoutArg = None,
    ) -> Iterator[GetChatConversationsResponse]:
        """Every page of your conversations (with each page's ``includes``), lazily."""
        build = self._conversations_request(fields, expansions, user_fields, page_size, "page_size")
        return self._pages(build, _parse_conversations_page, _token(start_token), strict, retry, timeout)

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
        retry: RetryPolicy | None = None,
        timeout: TimeoutArg = None,
    ) -> Iterator[ChatConversation]:
        """Every conversation of your inbox, lazily, following ``meta.next_token``.

        >>> for conversation in client.iter_conversations(fields=["id", "type"]):  # doctest: +SKIP
        ...     print(conversation.id, conversation.type_)
        """
        _limit(limit)
        pages = self.iter_conversation_list_pages(
            fields=fields,
            expansions=expansions,
            user_fields=user_fields,
            page_size=page_size,
            start_token=start_token,
            strict=strict,
            retry=retry,
            timeout=timeout,
        )
        return self._items_of(pages, None, limit)

    # --- public keys: GET /2/users/public_keys ----------------------------------------------------

    def get_users_public_keys(
        self,
        user_ids: Iterable[str | int],
        *,
        fields: FieldsArg = None,
        retry: RetryPolicy | None = None,
        timeout: TimeoutArg = None,
    ) -> GetUsersPublicKeysResponse:
        """The registered chat public keys of these users (``GET /2/users/public_keys``).

        At most 100 IDs go in one request; a longer list is split, and the answers are merged into
        one response (``data`` and ``errors`` in request order). Duplicate IDs are asked once.
        """
        requests = self._public_keys_requests(user_ids, fields)
        pages = [
            _parse_public_keys(self._send(kwargs, idempotent=True, retry=retry, timeout=timeout)) for kwargs in requests
        ]
        return _merge_public_keys(pages)


class AsyncChatClient(_BaseClient[httpx.AsyncClient]):
    """The asyncio X Chat client: the same methods as :class:`ChatClient`, awaitable or async-iterable.

    >>> async with AsyncChatClient() as client:  # doctest: +SKIP
    ...     async for event in client.iter_conversation_events("g1234567890123456789"):
    ...         print(event.id)
    """

    def _new_http(self) -> httpx.AsyncClient:
        return httpx.AsyncClient(base_url=self.base_url, timeout=self._timeout, limits=httpx.Limits(max_connections=20))

    def _attach(self, http: httpx.AsyncClient) -> None:
        if not str(http.base_url):
            http.base_url = self.base_url  # so the generated functions' relative URLs work on it too
        self._api.set_async_httpx_client(http)

    async def aclose(self) -> None:
        """Close the connection pool (not a user-supplied httpx client)."""
        if self._owns_http:
            await self._http.aclose()

    async def __aenter__(self) -> AsyncChatClient:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.aclose()

    async def _send(
        self, kwargs: dict[str, Any], *, idempotent: bool, retry: RetryPolicy | None, timeout: TimeoutArg
    ) -> httpx.Response:
        policy = retry or self.retry
        options = self._request_options(timeout)
        started = time.monotonic()
        try:  # the common case, without the retry machinery's cost
            return await self._attempt(kwargs, options, policy)
        except XChatError as exc:
            if not self._retry_after_first(exc, policy, idempotent):
                raise
            first_error: XChatError | None = exc
        response: httpx.Response | None = None
        async for attempt in policy.after_first_attempt(time.monotonic() - started).async_retrying(
            idempotent=idempotent
        ):
            with attempt:
                if first_error is not None:  # replay attempt 1's failure: tenacity waits, then retries
                    error, first_error = first_error, None
                    raise error
                response = await self._attempt(kwargs, options, policy)
        assert response is not None
        return response

    async def _attempt(self, kwargs: dict[str, Any], options: dict[str, Any], policy: RetryPolicy) -> httpx.Response:
        try:
            response = await self._http.request(**kwargs, **options)
        except httpx.TransportError as exc:
            raise _transport_error(exc) from exc
        return self._received(response, policy)

    async def _pages(
        self,
        build: Build,
        parse: Callable[[httpx.Response], P],
        start_token: str | None,
        strict: bool,
        retry: RetryPolicy | None,
        timeout: TimeoutArg,
    ) -> AsyncIterator[P]:
        cursor = PageCursor(token=_token(start_token))
        while not cursor.done:
            response = await self._send(build(cursor.token), idempotent=True, retry=retry, timeout=timeout)
            page = self._next_page(response, parse, cursor, strict)
            del response
            yield page
            del page  # not alive during the next request: see ChatClient._items_of

    @staticmethod
    async def _items_of(
        pages: AsyncIterator[Any], window: EventWindow | None, limit: int | None = None
    ) -> AsyncIterator[Any]:
        window = window or EventWindow(limit=limit, finished=limit == 0)
        if window.finished:
            return
        try:
            async for page in pages:
                batch = _release_order(window.take(_items(page)))
                del page
                while batch:
                    yield batch.pop()
                if window.finished:
                    return
        finally:
            await pages.aclose()  # type: ignore[attr-defined]

    async def get_conversation_events_detailed(
        self,
        conversation_id: str | ConversationId,
        *,
        fields: FieldsArg = None,
        max_results: int | None = None,
        pagination_token: str | None = None,
        retry: RetryPolicy | None = None,
        timeout: TimeoutArg = None,
    ) -> Detailed[GetChatConversationEventsResponse]:
        """Like :meth:`get_conversation_events`, with the response's status, headers and rate limit."""
        kwargs = self._events_request(conversation_id, fields, max_results)(_token(pagination_token))
        response = await self._send(kwargs, idempotent=True, retry=retry, timeout=timeout)
        return Detailed(_parse_events_page(response), RawResponse.of(response))

    async def get_conversation_events(
        self,
        conversation_id: str | ConversationId,
        *,
        fields: FieldsArg = None,
        max_results: int | None = None,
        pagination_token: str | None = None,
        retry: RetryPolicy | None = None,
        timeout: TimeoutArg = None,
    ) -> GetChatConversationEventsResponse:
        """One page of events; see :meth:`ChatClient.get_conversation_events`."""
        detailed = await self.get_conversation_events_detailed(
            conversation_id,
            fields=fields,
            max_results=max_results,
            pagination_token=pagination_token,
            retry=retry,
            timeout=timeout,
        )
        return detailed.parsed

    def iter_conversation_pages(
        self,
        conversation_id: str | ConversationId,
        *,
        fields: FieldsArg = None,
        page_size: int = MAX_PAGE_SIZE,
        start_token: str | None = None,
        strict: bool = False,
        retry: RetryPolicy | None = None,
        timeout: TimeoutArg = None,
    ) -> AsyncIterator[GetChatConversationEventsResponse]:
        """Every page of events, lazily; see :meth:`ChatClient.iter_conversation_pages`."""
        build = self._events_request(conversation_id, fields, page_size, "page_size")
        return self._pages(build, _parse_events_page, _token(start_token), strict, retry, timeout)

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
        retry: RetryPolicy | None = None,
        timeout: TimeoutArg = None,
    ) -> AsyncIterator[ChatMessageEvent]:
        """Every message event, lazily; see :meth:`ChatClient.iter_conversation_events`."""
        fields, window = _event_plan(fields, since, until, limit)
        pages = self.iter_conversation_pages(
            conversation_id,
            fields=fields,
            page_size=page_size,
            start_token=start_token,
            strict=strict,
            retry=retry,
            timeout=timeout,
        )
        return self._items_of(pages, window)

    async def get_conversation_detailed(
        self,
        conversation_id: str | ConversationId,
        *,
        fields: FieldsArg = None,
        expansions: FieldsArg = None,
        user_fields: FieldsArg = None,
        retry: RetryPolicy | None = None,
        timeout: TimeoutArg = None,
        max_results: object = _REMOVED,
        pagination_token: object = _REMOVED,
    ) -> Detailed[GetChatConversationResponse]:
        """Like :meth:`get_conversation`, with the response's status, headers and rate limit."""
        _no_event_arguments("get_conversation_detailed", max_results, pagination_token)
        kwargs = self._conversation_request(conversation_id, fields, expansions, user_fields)
        response = await self._send(kwargs, idempotent=True, retry=retry, timeout=timeout)
        return Detailed(_parse_conversation(response), RawResponse.of(response))

    async def get_conversation(
        self,
        conversation_id: str | ConversationId,
        *,
        fields: FieldsArg = None,
        expansions: FieldsArg = None,
        user_fields: FieldsArg = None,
        retry: RetryPolicy | None = None,
        timeout: TimeoutArg = None,
        max_results: object = _REMOVED,
        pagination_token: object = _REMOVED,
    ) -> GetChatConversationResponse:
        """A conversation's metadata; see :meth:`ChatClient.get_conversation`."""
        _no_event_arguments("get_conversation", max_results, pagination_token)
        detailed = await self.get_conversation_detailed(
            conversation_id, fields=fields, expansions=expansions, user_fields=user_fields, retry=retry, timeout=timeout
        )
        return detailed.parsed

    async def get_conversations(
        self,
        *,
        fields: FieldsArg = None,
        expansions: FieldsArg = None,
        user_fields: FieldsArg = None,
        max_results: int | None = None,
        pagination_token: str | None = None,
        retry: RetryPolicy | None = None,
        timeout: TimeoutArg = None,
    ) -> GetChatConversationsResponse:
        """One page of your conversations; see :meth:`ChatClient.get_conversations`."""
        build = self._conversations_request(fields, expansions, user_fields, max_results)
        response = await self._send(build(_token(pagination_token)), idempotent=True, retry=retry, timeout=timeout)
        return _parse_conversations_page(response)

    def iter_conversation_list_pages(
        self,
        *,
        fields: FieldsArg = None,
        expansions: FieldsArg = None,
        user_fields: FieldsArg = None,
        page_size: int = MAX_PAGE_SIZE,
        start_token: str | None = None,
        strict: bool = False,
        retry: RetryPolicy | None = None,
        timeout: TimeoutArg = None,
    ) -> AsyncIterator[GetChatConversationsResponse]:
        """Every page of your conversations, lazily; see :meth:`ChatClient.iter_conversation_list_pages`."""
        build = self._conversations_request(fields, expansions, user_fields, page_size, "page_size")
        return self._pages(build, _parse_conversations_page, _token(start_token), strict, retry, timeout)

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
        retry: RetryPolicy | None = None,
        timeout: TimeoutArg = None,
    ) -> AsyncIterator[ChatConversation]:
        """Every conversation of your inbox, lazily; see :meth:`ChatClient.iter_conversations`."""
        _limit(limit)
        pages = self.iter_conversation_list_pages(
            fields=fields,
            expansions=expansions,
            user_fields=user_fields,
            page_size=page_size,
            start_token=start_token,
            strict=strict,
            retry=retry,
            timeout=timeout,
        )
        return self._items_of(pages, None, limit)

    async def get_users_public_keys(
        self,
        user_ids: Iterable[str | int],
        *,
        fields: FieldsArg = None,
        retry: RetryPolicy | None = None,
        timeout: TimeoutArg = None,
    ) -> GetUsersPublicKeysResponse:
        """Users' chat public keys, 100 IDs a request; see :meth:`ChatClient.get_users_public_keys`."""
        requests = self._public_keys_requests(user_ids, fields)
        pages = [
            _parse_public_keys(await self._send(kwargs, idempotent=True, retry=retry, timeout=timeout))
            for kwargs in requests
        ]
        return _merge_public_keys(pages)
