"""What both clients share and that does no I/O: settings, credentials, argument checks.

The clients themselves (``_async/client.py``, and ``_sync/client.py`` generated from it) only send
and iterate; everything they validate before any request lives here, written once.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from typing import Final, Generic, Self, TypeVar

import attrs
import httpx

from ._api import PipelineClient
from ._arguments import check_base_url
from ._call import check_headers, check_timeout
from ._settings import Settings, user_agent
from .auth import OAuth1Credentials
from .errors import (
    ConfigurationError,
    InvalidArgumentError,
    MissingCredentialsError,
    RateLimit,
)
from .pacing import RateBudget, credential_scope
from .retries import DEFAULT_RETRY, DEFAULT_TIMEOUT, RetryPolicy

__all__ = ["DEFAULT_BASE_URL", "BaseChatClient"]

DEFAULT_BASE_URL: Final = "https://api.x.com"
"""Where requests go unless `base_url=` or `$X_API_BASE_URL` says otherwise."""
TOKEN_ENV: Final = "X_BEARER_TOKEN"
BASE_URL_ENV: Final = "X_API_BASE_URL"
HttpT = TypeVar("HttpT", httpx.Client, httpx.AsyncClient)


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
        credential = _credential(token, auth)
        settings = Settings(
            base_url=self.base_url,
            retry=retry,
            timeout=check_timeout(timeout),
            budget=_budget(pacing, credential),
            headers=headers,
            client_headers=headers if http_client is None else (),
        )
        self._credential = credential
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
            settings = attrs.evolve(settings, budget=settings.budget if keep else _budget(pacing, self._credential))
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


def _credential(token: str | None, auth: object) -> str:
    """What a shared budget keys a client's windows by: a hash of its token (X counts per user), an
    auth object's own ``rate_limit_scope`` if it has one, else ``auth``."""
    if token is not None:
        return credential_scope(token)
    return str(getattr(auth, "rate_limit_scope", None) or "auth")


def _budget(pacing: bool | RateBudget, credential: str) -> RateBudget | None:
    if isinstance(pacing, RateBudget):
        return pacing.scoped(credential)
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
