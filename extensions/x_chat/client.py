"""ChatClient and AsyncChatClient: the facade over the generated client."""

from __future__ import annotations

import ipaddress
import os
import time
from collections.abc import AsyncIterator, Iterator
from typing import Any, Final, Generic, TypeVar
from urllib.parse import quote, urlencode, urlsplit

import attrs
import httpx

from x_chat_generated.api.chat import get_chat_conversation
from x_chat_generated.client import AuthenticatedClient
from x_chat_generated.models.chat_get_conversation_response import ChatGetConversationResponse
from x_chat_generated.models.chat_message_event import ChatMessageEvent
from x_chat_generated.types import UNSET

from .auth import OAuth1Credentials
from .errors import APIConnectionError, APITimeoutError, ConfigurationError, RateLimit, XChatError
from .fields import ALL, EventField, FieldsArg, resolve_fields
from .ids import ConversationId
from .pagination import EventWindow, PageCursor, report_page_errors
from .responses import RawResponse, check_status, parse_conversation_page
from .retries import DEFAULT_RETRY, DEFAULT_TIMEOUT, RetryPolicy, is_retryable
from .times import TimeArg, msec_of, parse_time

__all__ = ["DEFAULT_BASE_URL", "AsyncChatClient", "ChatClient", "Detailed"]

DEFAULT_BASE_URL: Final = "https://api.x.com"
TOKEN_ENV: Final = "X_BEARER_TOKEN"
MAX_PAGE_SIZE: Final = 100

T = TypeVar("T")
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
    ``created_at_msec``, so it is added to a selection that lacks it; with no selection (X's
    defaults, which may lack it), every field is selected."""
    if limit is not None and (isinstance(limit, bool) or not isinstance(limit, int) or limit < 0):
        raise ValueError(f"limit must be a non-negative integer, got {limit!r}")
    since_ms = msec_of(parse_time(since)) if since is not None else None
    until_ms = msec_of(parse_time(until)) if until is not None else None
    window = EventWindow(since_ms=since_ms, until_ms=until_ms, limit=limit, finished=limit == 0)
    if since_ms is None and until_ms is None:
        return fields, window
    selected = resolve_fields(fields)
    if selected is None:
        return ALL, window
    if EventField.CREATED_AT_MSEC in selected:
        return fields, window
    return [*selected, EventField.CREATED_AT_MSEC], window


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

        >>> from x_chat_generated.api.chat import get_chat_conversations
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
    def _next_page(response: httpx.Response, cursor: PageCursor, strict: bool) -> ChatGetConversationResponse:
        page = parse_conversation_page(response)
        report_page_errors(page, strict=strict)
        cursor.advance(page)
        return page

    def _conversation_kwargs(
        self,
        conversation_id: str | ConversationId,
        fields: FieldsArg,
        max_results: int | None,
        pagination_token: str | None,
    ) -> dict[str, Any]:
        cid = ConversationId.parse(conversation_id)
        selected = resolve_fields(fields)
        max_results = _page_size(max_results, "max_results")
        if pagination_token is not None and not isinstance(pagination_token, str):
            raise TypeError(f"pagination_token must be a string, got {type(pagination_token).__name__}")
        kwargs = get_chat_conversation._get_kwargs(
            cid.value,
            max_results=max_results if max_results is not None else UNSET,
            pagination_token=pagination_token if pagination_token is not None else UNSET,
            chat_message_event_fields=selected if selected is not None else UNSET,
        )
        # One absolute URL with its query already encoded (commas kept literal, as X documents the
        # fields list): httpx then parses one URL instead of merging base URL, path and params,
        # which is measurable per page (benchmarks/).
        params = kwargs.pop("params", None)
        query = urlencode(params, safe=",", quote_via=quote) if params else ""
        kwargs["url"] = f"{self.base_url}{kwargs['url']}?{query}" if query else self.base_url + kwargs["url"]
        return kwargs

    def _request_options(self, timeout: TimeoutArg) -> dict[str, Any]:
        options: dict[str, Any] = {"auth": self._auth if self._auth is not None else self._api._request_auth()}
        if timeout is not None:
            options["timeout"] = timeout
        return options


def _release_order(events: list[ChatMessageEvent]) -> list[ChatMessageEvent]:
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
    ...     page = client.get_conversation("g1234567890123456789", fields=["id", "sender_id"])
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

    def get_conversation_detailed(
        self,
        conversation_id: str | ConversationId,
        *,
        fields: FieldsArg = None,
        max_results: int | None = None,
        pagination_token: str | None = None,
        retry: RetryPolicy | None = None,
        timeout: TimeoutArg = None,
    ) -> Detailed[ChatGetConversationResponse]:
        """Like :meth:`get_conversation`, with the response's status, headers and rate limit."""
        kwargs = self._conversation_kwargs(conversation_id, fields, max_results, pagination_token)
        response = self._send(kwargs, idempotent=True, retry=retry, timeout=timeout)
        return Detailed(parse_conversation_page(response), RawResponse.of(response))

    def get_conversation(
        self,
        conversation_id: str | ConversationId,
        *,
        fields: FieldsArg = None,
        max_results: int | None = None,
        pagination_token: str | None = None,
        retry: RetryPolicy | None = None,
        timeout: TimeoutArg = None,
    ) -> ChatGetConversationResponse:
        """One page of a conversation's message events (``GET /2/chat/conversations/{id}``).

        ``fields``: ``"all"``, names or :class:`EventField` members (None: X's defaults).
        ``max_results``: 1 to 100 (None: X's default, 10).
        """
        return self.get_conversation_detailed(
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
    ) -> Iterator[ChatGetConversationResponse]:
        """Every page, lazily, following ``meta.next_token``; resume with ``start_token``.

        Arguments are checked when this is called, before the first request.
        """
        self._conversation_kwargs(conversation_id, fields, _page_size(page_size, "page_size"), start_token)
        return self._pages(conversation_id, fields, page_size, start_token, strict, retry, timeout)

    def _pages(
        self,
        conversation_id: str | ConversationId,
        fields: FieldsArg,
        page_size: int,
        start_token: str | None,
        strict: bool,
        retry: RetryPolicy | None,
        timeout: TimeoutArg,
    ) -> Iterator[ChatGetConversationResponse]:
        cursor = PageCursor(token=start_token)
        while not cursor.done:
            kwargs = self._conversation_kwargs(conversation_id, fields, page_size, cursor.token)
            page = self._next_page(self._send(kwargs, idempotent=True, retry=retry, timeout=timeout), cursor, strict)
            yield page
            del page  # not alive during the next request: see _events

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
        events created in that window (datetimes, or strings read by python-dateutil; no timezone
        means UTC).
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
        return self._events(pages, window)

    @staticmethod
    def _events(pages: Iterator[ChatGetConversationResponse], window: EventWindow) -> Iterator[ChatMessageEvent]:
        if window.finished:
            return
        try:
            for page in pages:
                batch = _release_order(window.take(page.data or []))
                del page
                while batch:
                    yield batch.pop()
                if window.finished:
                    return
        finally:
            pages.close()  # type: ignore[attr-defined]


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

    async def get_conversation_detailed(
        self,
        conversation_id: str | ConversationId,
        *,
        fields: FieldsArg = None,
        max_results: int | None = None,
        pagination_token: str | None = None,
        retry: RetryPolicy | None = None,
        timeout: TimeoutArg = None,
    ) -> Detailed[ChatGetConversationResponse]:
        """Like :meth:`get_conversation`, with the response's status, headers and rate limit."""
        kwargs = self._conversation_kwargs(conversation_id, fields, max_results, pagination_token)
        response = await self._send(kwargs, idempotent=True, retry=retry, timeout=timeout)
        return Detailed(parse_conversation_page(response), RawResponse.of(response))

    async def get_conversation(
        self,
        conversation_id: str | ConversationId,
        *,
        fields: FieldsArg = None,
        max_results: int | None = None,
        pagination_token: str | None = None,
        retry: RetryPolicy | None = None,
        timeout: TimeoutArg = None,
    ) -> ChatGetConversationResponse:
        """One page of a conversation's message events; see :meth:`ChatClient.get_conversation`."""
        detailed = await self.get_conversation_detailed(
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
    ) -> AsyncIterator[ChatGetConversationResponse]:
        """Every page, lazily; see :meth:`ChatClient.iter_conversation_pages`."""
        self._conversation_kwargs(conversation_id, fields, _page_size(page_size, "page_size"), start_token)
        return self._pages(conversation_id, fields, page_size, start_token, strict, retry, timeout)

    async def _pages(
        self,
        conversation_id: str | ConversationId,
        fields: FieldsArg,
        page_size: int,
        start_token: str | None,
        strict: bool,
        retry: RetryPolicy | None,
        timeout: TimeoutArg,
    ) -> AsyncIterator[ChatGetConversationResponse]:
        cursor = PageCursor(token=start_token)
        while not cursor.done:
            kwargs = self._conversation_kwargs(conversation_id, fields, page_size, cursor.token)
            response = await self._send(kwargs, idempotent=True, retry=retry, timeout=timeout)
            page = self._next_page(response, cursor, strict)
            del response
            yield page
            del page  # not alive during the next request: see ChatClient._events

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
        return self._events(pages, window)

    @staticmethod
    async def _events(
        pages: AsyncIterator[ChatGetConversationResponse], window: EventWindow
    ) -> AsyncIterator[ChatMessageEvent]:
        if window.finished:
            return
        try:
            async for page in pages:
                batch = _release_order(window.take(page.data or []))
                del page
                while batch:
                    yield batch.pop()
                if window.finished:
                    return
        finally:
            await pages.aclose()  # type: ignore[attr-defined]
