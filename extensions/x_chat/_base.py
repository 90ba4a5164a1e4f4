"""What both clients share and that does no I/O: settings, credentials, argument checks.

The clients themselves (``_async/client.py``, and ``_sync/client.py`` generated from it) only send
and iterate; everything they validate before any request lives here, written once.
"""

from __future__ import annotations

import ipaddress
import os
from collections.abc import Callable, Iterable, Mapping
from typing import Any, Final, Generic, Self, TypeVar
from urllib.parse import urlsplit

import attrs
import httpx

from x_chat_generated.models.get_chat_conversation_events_response import GetChatConversationEventsResponse
from x_chat_generated.types import Response, Unset

from ._api import PipelineClient
from ._call import check_headers, check_timeout
from .auth import OAuth1Credentials
from .errors import (
    ConfigurationError,
    InvalidArgumentError,
    MalformedDataError,
    MalformedResponseError,
    MissingCredentialsError,
    RateLimit,
    request_id_of,
)
from .fields import ALL, EventField, FieldsArg, resolve_fields
from .ids import validate_user_id
from .pacing import RateBudget
from .pagination import EventWindow
from .results import EventsPage
from .retries import DEFAULT_RETRY, DEFAULT_TIMEOUT, RetryPolicy
from .settings import Settings, user_agent
from .times import TimeArg, msec_of, parse_time

__all__ = ["DEFAULT_BASE_URL", "BaseChatClient", "Detailed", "RawResponse"]

DEFAULT_BASE_URL: Final = "https://api.x.com"
TOKEN_ENV: Final = "X_BEARER_TOKEN"
BASE_URL_ENV: Final = "X_API_BASE_URL"
MAX_PAGE_SIZE: Final = 100
MAX_PUBLIC_KEY_IDS: Final = 100
"""``GET /2/users/public_keys`` takes at most this many user IDs; longer lists are split."""
MAX_BROADCAST_CHAT_LENGTH: Final = 140
"""``SendBroadcastChatRequest.text``: at most this many characters (the spec's ``maxLength``)."""

T = TypeVar("T")
M = TypeVar("M")
R = TypeVar("R")
HttpT = TypeVar("HttpT", httpx.Client, httpx.AsyncClient)
TimeoutArg = float | httpx.Timeout | None


@attrs.frozen
class RawResponse:
    """What X sent besides the parsed body: status, headers, rate limit, request id."""

    status_code: int
    headers: httpx.Headers
    rate_limit: RateLimit | None
    request_id: str | None
    content: bytes = attrs.field(repr=False)

    @classmethod
    def of(cls, response: Response[Any] | httpx.Response) -> RawResponse:
        """What ``response`` carried (a streamed body that went elsewhere: empty ``content``).

        Args:
            response: An httpx response, or a generated operation's ``Response``.
        """
        headers = response.headers if isinstance(response.headers, httpx.Headers) else httpx.Headers(response.headers)
        return cls(
            status_code=int(response.status_code),
            headers=headers,
            rate_limit=RateLimit.from_headers(headers),
            request_id=request_id_of(headers),
            content=_content(response),
        )


def _content(response: Response[Any] | httpx.Response) -> bytes:
    try:
        return response.content
    except httpx.ResponseNotRead:  # a streamed download: its body went to the destination
        return b""


@attrs.frozen
class Detailed(Generic[T]):
    """A parsed result with the response it came from (status, headers, rate limit, request id),
    as ``client.with_raw_response`` returns it."""

    parsed: T
    raw: RawResponse
    """The response the result came from: the last one, for a call that sent several."""
    responses: tuple[RawResponse, ...] = attrs.field(default=(), repr=False)
    """Every successful response of the call, in order (a group's creation or a media upload sends
    several; retried attempts are not kept)."""

    @classmethod
    def of(cls, parsed: T, responses: list[RawResponse]) -> Detailed[T]:
        """The result with the responses its call received (at least one).

        Args:
            parsed: The facade method's result.
            responses: The responses recorded while it ran.
        """
        if not responses:
            raise RuntimeError("the call sent no request, so it has no raw response")
        return cls(parsed, responses[-1], tuple(responses))


def deprecated(old: str, new: str) -> None:
    """Warn, once per call site, that the method ``old`` is deprecated in favour of ``new``."""
    import warnings

    warnings.warn(f"{old}() is deprecated: use client.{new}()", DeprecationWarning, stacklevel=3)


def parsed_as(response: Response[Any], model: type[M]) -> M:
    """The generated response's ``parsed`` as ``model``: the pipeline raised for error statuses, so
    anything else is a 2xx the spec does not describe."""
    parsed = response.parsed
    if isinstance(parsed, model):
        return parsed
    raise MalformedResponseError(f"expected {model.__name__}, got {type(parsed).__name__}", response)


def result_of(response: Response[Any], model: type[M], result: Callable[[M], R]) -> R:
    """``result(parsed)`` (a facade result); a nested object that turns out malformed while it is
    built (nested models are lazy) is MalformedResponseError too, with the response's details."""
    parsed = parsed_as(response, model)
    data, errors = getattr(parsed, "data", None), getattr(parsed, "errors", None)
    if isinstance(data, Unset) and isinstance(errors, list) and errors:  # e.g. a 201 with only errors
        raise MalformedResponseError(f"X answered with errors and no data: {_problems(errors)}", response)
    try:
        return result(parsed)
    except (MalformedDataError, TypeError, ValueError, KeyError, AttributeError) as exc:
        raise MalformedResponseError(f"{type(exc).__name__}: {exc}", response) from None


def _problems(errors: list[Any]) -> str:
    """X's own words from a response's ``errors``: each problem's title and detail."""
    said = []
    for problem in errors[:3]:
        found = problem.to_dict() if hasattr(problem, "to_dict") else problem
        found = found if isinstance(found, dict) else {}
        words = [str(found[k]) for k in ("title", "detail") if isinstance(found.get(k), str)]
        said.append(" - ".join(dict.fromkeys(words)) or "a problem without a title")
    return "; ".join(said) + (f" (and {len(errors) - 3} more)" if len(errors) > 3 else "")


def events_page(response: Response[Any]) -> EventsPage:
    """The facade's page of ``GET /2/chat/conversations/{id}/events``."""
    return result_of(response, GetChatConversationEventsResponse, EventsPage.of)


def _is_loopback(host: str) -> bool:
    if host == "localhost" or host.endswith(".localhost"):
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def check_base_url(base_url: str, allow_insecure: bool) -> str:
    parts = urlsplit(base_url)
    if parts.scheme not in ("https", "http") or not parts.hostname:
        raise ConfigurationError(f"base_url must be an http(s) URL with a host, got {base_url!r}")
    if parts.scheme == "http" and not allow_insecure and not _is_loopback(parts.hostname):
        raise ConfigurationError(
            f"refusing to send credentials over plain HTTP to {parts.hostname!r}; use https, a loopback "
            "address, or pass allow_insecure=True"
        )
    return base_url.rstrip("/")


def page_size(value: int | None, name: str) -> int | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= MAX_PAGE_SIZE:
        raise InvalidArgumentError(f"{name} must be an integer from 1 to {MAX_PAGE_SIZE}, got {value!r}")
    return value


def check_limit(limit: int | None) -> None:
    if limit is not None and (isinstance(limit, bool) or not isinstance(limit, int) or limit < 0):
        raise InvalidArgumentError(f"limit must be a non-negative integer, got {limit!r}")


def check_token(pagination_token: str | None) -> str | None:
    if pagination_token is not None and not isinstance(pagination_token, str):
        raise InvalidArgumentError(f"pagination_token must be a string, got {type(pagination_token).__name__}")
    return pagination_token


def event_plan(
    fields: FieldsArg, since: TimeArg | None, until: TimeArg | None, limit: int | None
) -> tuple[FieldsArg, EventWindow]:
    """Which events to yield (the window) and which fields to ask for: a time window needs
    ``created_at``, so it is added to a selection that lacks it; with no selection (X's
    defaults, which may lack it), every field is selected."""
    check_limit(limit)
    since_ms = msec_of(parse_time(since)) if since is not None else None
    until_ms = msec_of(parse_time(until)) if until is not None else None
    if since_ms is not None and until_ms is not None and since_ms >= until_ms:
        raise InvalidArgumentError(
            f"since ({since}) is not earlier than until ({until}): no event can be in that window"
        )
    window = EventWindow(since_ms=since_ms, until_ms=until_ms, limit=limit, finished=limit == 0)
    if since_ms is None and until_ms is None:
        return fields, window
    selected = resolve_fields(fields)
    if selected is None:
        return ALL, window
    if EventField.CREATED_AT in selected:
        return selected, window
    return [*selected, EventField.CREATED_AT], window


REMOVED: Any = object()
"""Default of the event-paging arguments that ``get_conversation`` no longer takes."""


def no_event_arguments(method: str, max_results: object, pagination_token: object) -> None:
    given = [
        name
        for name, value in (("max_results", max_results), ("pagination_token", pagination_token))
        if value is not REMOVED
    ]
    if given:
        raise InvalidArgumentError(
            f"{method}() returns a conversation's metadata since x-chat 0.2.0 (X API v2.167) and takes no "
            f"{' or '.join(given)}; message events are read with get_conversation_events(cid, fields=..., "
            "max_results=..., pagination_token=...) or iter_conversation_events()"
        )


def check_keys(keys: object) -> None:
    """A clear InvalidArgumentError, before any request, for ``keys=`` that is not a `ChatKeys`."""
    from .crypto import ChatKeys  # the methods that take keys need x-chat[crypto] anyway

    if not isinstance(keys, ChatKeys):
        raise InvalidArgumentError(f"keys must be an x_chat.crypto.ChatKeys, got {type(keys).__name__}")


def user_id_list(ids: Iterable[str | int] | str | int) -> list[str]:
    if isinstance(ids, str | int):
        ids = [ids]
    unique = list(dict.fromkeys(validate_user_id(u) for u in ids))
    if not unique:
        raise InvalidArgumentError("user_ids must name at least one user")
    return unique


def release_order(items: list[T]) -> list[T]:
    """The items reversed, to be handed out with ``pop()``: once yielded, an item is referenced
    only by the caller, and neither the page nor its items outlive their turn. So at most one page
    is in memory however long the conversation (make bench: no RSS growth over 10,000 pages)."""
    items.reverse()
    return items


class BaseChatClient(Generic[HttpT]):
    """Configuration shared by both clients: credentials, base URL, settings, ``client.api``."""

    _http: HttpT
    api: PipelineClient
    """The generated low-level client, sending through this client's pipeline (same auth, retries,
    typed errors, rate-limit tracking): ``get_chat_conversations.sync_detailed(client=chat.api)``."""

    def __init__(
        self,
        token: str | None = None,
        *,
        base_url: str | None = None,
        timeout: float | httpx.Timeout = DEFAULT_TIMEOUT,
        retry: RetryPolicy = DEFAULT_RETRY,
        http_client: HttpT | None = None,
        auth: httpx.Auth | None = None,
        oauth1: OAuth1Credentials | None = None,
        allow_insecure: bool = False,
        pacing: bool | RateBudget = True,
        max_retries: int | None = None,
        default_headers: Mapping[str, str] | None = None,
    ) -> None:
        """``pacing``: True (the default) paces requests with a budget of this client's own; a
        `x_chat.pacing.RateBudget` shares one (clients of one token should); False
        switches pacing off (a 429 is then only handled after the fact, by the retry policy).

        Args:
            token: An OAuth 2.0 user access token; default `$X_BEARER_TOKEN`.
            base_url: The API's root; default `$X_API_BASE_URL`, else `https://api.x.com`. Plain
                HTTP only for loopback hosts unless `allow_insecure`.
            timeout: Seconds for every phase, or an `httpx.Timeout` (connect, read, write, pool).
            retry: The retry policy (`RetryPolicy`): attempts, backoff, which failures are retried,
                the longest rate-limit wait.
            http_client: Your own httpx client (proxies, transports, event hooks); the credentials
                are applied per request, and it is not closed by this client.
            auth: An `httpx.Auth` instead of a token, such as `OAuth2PKCE.auth(...)` (a token that
                refreshes itself).
            oauth1: `OAuth1Credentials`: every request signed with OAuth 1.0a (user context).
            allow_insecure: Allow a plain-HTTP `base_url` that is not on this machine.
            pacing: True paces requests with a budget of this client's own; a `RateBudget` shares
                one (clients of one token should); False switches pacing off.
            max_retries: Shortcut for a copy of the retry policy with this many retries (0: none).
            default_headers: Headers sent with every request, over the `User-Agent`
                (`x-chat/<version> (python/<version>; httpx/<version>)`) and under a call's
                `extra_headers`.
        """
        if base_url is None:
            base_url = os.environ.get(BASE_URL_ENV) or DEFAULT_BASE_URL
        self.base_url = check_base_url(base_url, allow_insecure)
        if sum(x is not None for x in (token, auth, oauth1)) > 1:
            raise ConfigurationError("pass one of token=, auth= or oauth1=, not several")
        if oauth1 is not None:
            from .auth import OAuth1Auth

            auth = OAuth1Auth(oauth1)
        if auth is None:
            token = token if token is not None else os.environ.get(TOKEN_ENV) or None
        if token is None and auth is None and http_client is None:
            raise MissingCredentialsError(
                f"no credentials: pass ChatClient(token=...) or set {TOKEN_ENV} (an OAuth 2.0 user access "
                "token), or pass auth= / oauth1= (see x_chat.auth)"
            )
        if max_retries is not None:
            retry = attrs.evolve(retry, max_retries=max_retries)
        agent: tuple[tuple[str, str], ...] = () if _own_user_agent(http_client) else (("User-Agent", user_agent()),)
        headers = _merge(agent, check_headers(default_headers, "default_headers"))
        settings = Settings(
            base_url=self.base_url,
            retry=retry,
            timeout=check_timeout(timeout),
            budget=_budget(pacing),
            headers=headers,
            client_headers=headers if http_client is None else (),
        )
        self._owns_http = http_client is None
        self._http = http_client if http_client is not None else self._new_http(settings)
        if auth is not None and self._http.auth is None:
            self._http.auth = auth
        self.api = PipelineClient(base_url=self.base_url, token=token or "", settings=settings)
        self._attach(self._http)

    def _new_http(self, settings: Settings) -> HttpT:
        raise NotImplementedError

    def _attach(self, http: HttpT) -> None:
        raise NotImplementedError

    @property
    def settings(self) -> Settings:
        return self.api.settings

    @property
    def retry(self) -> RetryPolicy:
        return self.settings.retry

    @property
    def rate_limit(self) -> RateLimit | None:
        """X's rate-limit headers of the latest response that had them, parsed (also while iterating)."""
        return self.settings.tracker.latest

    @property
    def rate_budget(self) -> RateBudget | None:
        """The pacing budget (None when pacing is off); pass it to other clients of the same token."""
        return self.settings.budget

    def with_options(
        self,
        *,
        retry: RetryPolicy | None = None,
        max_retries: int | None = None,
        timeout: float | httpx.Timeout | None = None,
        pacing: bool | RateBudget | None = None,
        default_headers: Mapping[str, str] | None = None,
    ) -> Self:
        """A client like this one with other per-call options, sharing its connections, credentials
        and rate-limit state.

        Examples:
            ```py
            hasty = client.with_options(max_retries=0, timeout=5)  # same connections and rate limits
            conversation = hasty.get_conversation("1215441834412953600-1603419180975409153")
            print(conversation.data.id)
            #> 1215441834412953600-1603419180975409153
            ```


        Args:
            retry: The retry policy (`RetryPolicy`): attempts, backoff, which failures are retried,
                the longest rate-limit wait.
            max_retries: Shortcut for a copy of the retry policy with this many retries.
            timeout: Seconds for every phase, or an `httpx.Timeout` (connect, read, write, pool).
            pacing: True paces requests with a budget of this client's own; a `RateBudget` shares
                one (clients of one token should); False switches pacing off.
            default_headers: Headers added to (or replacing) this client's default headers.
        """
        settings = self.settings
        if default_headers is not None:
            settings = attrs.evolve(
                settings, headers=_merge(settings.headers, check_headers(default_headers, "default_headers"))
            )
        if retry is not None:
            settings = attrs.evolve(settings, retry=retry)
        if max_retries is not None:
            settings = attrs.evolve(settings, retry=attrs.evolve(settings.retry, max_retries=max_retries))
        if timeout is not None:
            settings = attrs.evolve(settings, timeout=check_timeout(timeout))
        if pacing is not None:
            keep = pacing is True and settings.budget is not None
            settings = attrs.evolve(settings, budget=settings.budget if keep else _budget(pacing))
        return self._with_settings(settings)

    def _with_settings(self, settings: Settings) -> Self:
        copy = object.__new__(type(self))
        copy.__dict__.update(self.__dict__)
        copy._owns_http = False  # the original closes the shared connection pool
        copy.api = attrs.evolve(self.api, settings=settings)
        copy._attach(self._http)
        return copy

    def __repr__(self) -> str:
        return f"{type(self).__name__}(base_url={self.base_url!r})"


def _budget(pacing: bool | RateBudget) -> RateBudget | None:
    if isinstance(pacing, RateBudget):
        return pacing
    if not isinstance(pacing, bool):
        raise InvalidArgumentError(f"pacing must be True, False or a RateBudget, got {type(pacing).__name__}")
    return RateBudget() if pacing else None


def _merge(headers: tuple[tuple[str, str], ...], more: tuple[tuple[str, str], ...]) -> tuple[tuple[str, str], ...]:
    """``headers`` with ``more`` added, a name given again replacing the earlier value."""
    merged = httpx.Headers(headers)
    merged.update(more)
    return tuple(merged.items())


def _own_user_agent(http_client: httpx.Client | httpx.AsyncClient | None) -> bool:
    """Whether a client the user passed sets a User-Agent of its own (kept), not httpx's default."""
    if http_client is None:
        return False
    return not http_client.headers.get("User-Agent", "").startswith("python-httpx/")
