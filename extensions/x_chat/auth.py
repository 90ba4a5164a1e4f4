"""Authentication as X requires it for Chat: OAuth 2.0 user context (PKCE, refresh) and OAuth 1.0a.

Three ways, all ``httpx.Auth`` under the hood:

- ``ChatClient(token=...)`` or ``$X_BEARER_TOKEN``: an OAuth 2.0 user access token, as it is.
- ``ChatClient(auth=OAuth2UserAuth(token, client_id=...))``: a token pair that refreshes itself when it
  expires or a 401 says so, and hands each new pair to ``on_refresh`` to persist. Get the first pair
  with `OAuth2PKCE` (authorization code with PKCE).
- ``ChatClient(oauth1=OAuth1Credentials(...))``: OAuth 1.0a, every request signed with HMAC-SHA1,
  query parameters included.

Authlib (the ``x-chat[oauth]`` extra) does the protocol work: PKCE verifier and challenge, the
authorization URL, token requests, OAuth 1.0a signatures. The bearer path needs none of it.
"""

from __future__ import annotations

import base64
import os
import threading
import time
from collections.abc import AsyncGenerator, Callable, Generator, Iterable
from typing import Any, Final
from urllib.parse import quote, urlencode

import attrs
import httpx

from ._error_mapping import error_from_response
from .errors import AuthenticationError, ConfigurationError, MalformedResponseError

__all__ = [
    "AUTHORIZE_URL",
    "DEFAULT_SCOPES",
    "TOKEN_URL",
    "AuthorizationRequest",
    "OAuth1Auth",
    "OAuth1Credentials",
    "OAuth2PKCE",
    "OAuth2Token",
    "OAuth2UserAuth",
]

AUTHORIZE_URL: Final = "https://api.x.com/2/oauth2/authorize"
"""The spec's authorizationUrl for OAuth2UserToken."""
TOKEN_URL: Final = "https://api.x.com/2/oauth2/token"
"""X's OAuth 2.0 token endpoint (code exchange and refresh)."""
DEFAULT_SCOPES: Final = ("dm.read", "dm.write", "tweet.read", "users.read", "offline.access")
"""What Chat needs (dm.read, tweet.read, users.read; dm.write to send), and offline.access for a
refresh token."""


def _authlib() -> Any:
    try:
        import authlib
    except ImportError:  # pragma: no cover - exercised by users without the extra
        raise ImportError(
            "OAuth support needs Authlib: pip install 'x-chat[oauth]' (a plain bearer token does not)"
        ) from None
    return authlib


# -- OAuth 1.0a --------------------------------------------------------------------------------


@attrs.frozen
class OAuth1Credentials:
    """OAuth 1.0a user-context credentials. The secrets stay out of ``repr``."""

    consumer_key: str
    consumer_secret: str = attrs.field(repr=False)
    access_token: str
    access_token_secret: str = attrs.field(repr=False)


class OAuth1Auth(httpx.Auth):
    """Signs every request (HMAC-SHA1, ``Authorization: OAuth ...``), its query parameters included.

    Args:
        credentials: The app's consumer key and secret and the user's access token and secret.
    """

    requires_request_body = True

    def __init__(self, credentials: OAuth1Credentials) -> None:
        _authlib()
        from authlib.oauth1.rfc5849.client_auth import ClientAuth

        self._credentials = credentials
        self._signer = ClientAuth(
            credentials.consumer_key,
            client_secret=credentials.consumer_secret,
            token=credentials.access_token,
            token_secret=credentials.access_token_secret,
        )

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        """Sign ``request`` (its method, URL with query, and form body) and send it.

        Args:
            request: The request to sign (httpx calls this; you do not).
        """
        _, headers, _ = self._signer.prepare(request.method, str(request.url), dict(request.headers), request.content)
        request.headers["Authorization"] = headers["Authorization"]
        yield request

    def __repr__(self) -> str:
        return f"OAuth1Auth(consumer_key={self._credentials.consumer_key!r}, access_token=...)"


# -- OAuth 2.0 user context ----------------------------------------------------------------------


@attrs.define
class OAuth2Token:
    """An OAuth 2.0 token pair. ``expires_at`` is epoch seconds; the tokens stay out of ``repr``."""

    access_token: str = attrs.field(repr=False)
    refresh_token: str | None = attrs.field(default=None, repr=False)
    expires_at: float | None = None
    scope: str | None = None
    token_type: str = "bearer"

    def expired(self, leeway: float = 30.0) -> bool:
        """True when it expires within ``leeway`` seconds (or has).

        Args:
            leeway: Seconds before ``expires_at`` from which the token counts as expired.
        """
        return self.expires_at is not None and time.time() >= self.expires_at - leeway

    @classmethod
    def from_response(cls, body: dict[str, Any], *, previous: OAuth2Token | None = None) -> OAuth2Token:
        """From a token endpoint's JSON (``expires_in`` in seconds). X rotates refresh tokens; if a
        response carries none, the previous one is kept.

        Args:
            body: The token endpoint's JSON object (``access_token``, ``refresh_token``,
                ``expires_in``, ``scope``).
            previous: The pair being refreshed: its refresh token is kept when the response has
                none.
        """
        access = body.get("access_token")
        if not isinstance(access, str) or not access:
            raise ValueError("the token response has no access_token")
        expires_in = body.get("expires_in")
        refresh = body.get("refresh_token")
        return cls(
            access_token=access,
            refresh_token=refresh if isinstance(refresh, str) else (previous.refresh_token if previous else None),
            expires_at=time.time() + float(expires_in) if isinstance(expires_in, int | float) else None,
            scope=body.get("scope") if isinstance(body.get("scope"), str) else None,
            token_type=str(body.get("token_type") or "bearer"),
        )

    def to_dict(self) -> dict[str, Any]:
        """The pair as JSON-able data, to store it (it holds the secrets: keep the file private)."""
        return attrs.asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> OAuth2Token:
        """A pair stored with `to_dict`.

        Args:
            data: What `to_dict` returned (unknown keys are ignored).
        """
        return cls(**{f.name: data[f.name] for f in attrs.fields(cls) if f.name in data})


def _token_request(token_url: str, client_id: str, client_secret: str | None, form: dict[str, str]) -> httpx.Request:
    headers = {"Content-Type": "application/x-www-form-urlencoded", "Accept": "application/json"}
    if client_secret:  # a confidential client authenticates with Basic; a public one names itself
        pair = f"{quote(client_id, safe='')}:{quote(client_secret, safe='')}".encode()  # RFC 6749, 2.3.1
        headers["Authorization"] = "Basic " + base64.b64encode(pair).decode()
    else:
        form = {**form, "client_id": client_id}
    return httpx.Request("POST", token_url, content=urlencode(form).encode(), headers=headers)


def _token_from(response: httpx.Response, previous: OAuth2Token | None = None) -> OAuth2Token:
    """The token pair of a token endpoint's answer; an OAuth error (RFC 6749, 5.2) is an
    AuthenticationError that quotes ``error`` and ``error_description``."""
    if response.status_code in (400, 401):
        try:
            body = response.json()
        except ValueError:
            body = {}
        body = body if isinstance(body, dict) else {}
        described = ": ".join(str(body[k]) for k in ("error", "error_description") if body.get(k))
        raise AuthenticationError(response, {"title": "Token request refused", "detail": described or None})
    if not response.is_success:
        raise error_from_response(response)
    try:
        return OAuth2Token.from_response(response.json(), previous=previous)
    except ValueError as exc:
        raise MalformedResponseError(f"token response: {exc}", response) from None


class OAuth2UserAuth(httpx.Auth):
    """Bearer auth with an OAuth 2.0 user token pair that refreshes itself.

    It refreshes before a request when the token expires within ``leeway`` seconds, and once after a
    401; the new pair goes to ``on_refresh`` (persist it: X rotates refresh tokens). Concurrent
    requests share one refresh (a lock, sync or asyncio).

    Args:
        token: The token pair (from `OAuth2PKCE.exchange`, or stored with `OAuth2Token.to_dict`).
        client_id: Your app's OAuth 2.0 client ID.
        client_secret: Your app's client secret, for a confidential client (None for a public one).
        token_url: X's token endpoint.
        on_refresh: Called with each new pair: persist it, X rotates refresh tokens.
        leeway: Refresh before a request when the token expires within this many seconds.

    Examples:
        ```py
        import json
        from pathlib import Path

        from x_chat import ChatClient
        from x_chat.auth import OAuth2PKCE, OAuth2Token, OAuth2UserAuth

        pkce = OAuth2PKCE(client_id="YOUR_CLIENT_ID", redirect_uri="http://127.0.0.1:8976/callback")
        request = pkce.authorization_url()
        first = pkce.exchange(request, open_in_browser(request.url))  # the URL X sent the user back to
        Path("token.json").write_text(json.dumps(first.to_dict()))

        stored = OAuth2Token.from_dict(json.loads(Path("token.json").read_text()))
        auth = OAuth2UserAuth(
            stored,
            client_id="YOUR_CLIENT_ID",
            on_refresh=lambda new: Path("token.json").write_text(json.dumps(new.to_dict())),
        )
        with ChatClient(auth=auth) as client:
            print(client.get_conversation_events("g1234567890123456789", max_results=1).data[0].id)
            #> 1054351113904317941
        ```
    """

    requires_response_body = True

    def __init__(
        self,
        token: OAuth2Token,
        *,
        client_id: str,
        client_secret: str | None = None,
        token_url: str = TOKEN_URL,
        on_refresh: Callable[[OAuth2Token], object] | None = None,
        leeway: float = 30.0,
    ) -> None:
        self.token = token
        self.client_id = client_id
        self._client_secret = client_secret
        self.token_url = token_url
        self.on_refresh = on_refresh
        self.leeway = leeway
        self.refreshes = 0
        self._sync_lock = threading.Lock()
        self._async_lock: Any = None  # an asyncio.Lock, made in the event loop that first needs it

    def __repr__(self) -> str:
        return f"OAuth2UserAuth(client_id={self.client_id!r}, token={self.token!r})"

    def _can_refresh(self) -> bool:
        return bool(self.token.refresh_token)

    def _refresh_request(self) -> httpx.Request:
        assert self.token.refresh_token is not None
        form = {"grant_type": "refresh_token", "refresh_token": self.token.refresh_token}
        return _token_request(self.token_url, self.client_id, self._client_secret, form)

    def _refreshed(self, response: httpx.Response) -> None:
        self.token = _token_from(response, previous=self.token)
        self.refreshes += 1
        if self.on_refresh is not None:
            self.on_refresh(self.token)

    def _authorize(self, request: httpx.Request) -> str:
        request.headers["Authorization"] = f"Bearer {self.token.access_token}"
        return self.token.access_token

    def sync_auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        """Add the bearer token, refreshing it first if it is about to expire, and once more after a 401.

        Args:
            request: The request to authorize (httpx calls this; you do not).
        """
        if self.token.expired(self.leeway) and self._can_refresh():
            with self._sync_lock:
                if self.token.expired(self.leeway):  # another thread may have refreshed meanwhile
                    response = yield self._refresh_request()
                    response.read()
                    self._refreshed(response)
        used = self._authorize(request)
        response = yield request
        if response.status_code == 401 and self._can_refresh():
            with self._sync_lock:
                if self.token.access_token == used:
                    refresh = yield self._refresh_request()
                    refresh.read()
                    self._refreshed(refresh)
            self._authorize(request)
            yield request

    async def async_auth_flow(self, request: httpx.Request) -> AsyncGenerator[httpx.Request, httpx.Response]:
        """`sync_auth_flow` for `httpx.AsyncClient`: one refresh at a time per asyncio loop.

        Args:
            request: The request to authorize (httpx calls this; you do not).
        """
        if self._async_lock is None:
            import asyncio  # here: the sync path should not pay for importing asyncio

            self._async_lock = asyncio.Lock()
        if self.token.expired(self.leeway) and self._can_refresh():
            async with self._async_lock:
                if self.token.expired(self.leeway):  # another task refreshed while this one waited
                    response = yield self._refresh_request()
                    await response.aread()
                    self._refreshed(response)
        used = self._authorize(request)
        response = yield request
        if response.status_code == 401 and self._can_refresh():
            async with self._async_lock:
                if self.token.access_token == used:
                    refresh = yield self._refresh_request()
                    await refresh.aread()
                    self._refreshed(refresh)
            self._authorize(request)
            yield request


@attrs.frozen
class AuthorizationRequest:
    """One authorization attempt: send the user to ``url``; keep ``state`` and ``code_verifier``."""

    url: str
    state: str
    code_verifier: str = attrs.field(repr=False)
    redirect_uri: str
    scopes: tuple[str, ...]


@attrs.frozen
class OAuth2PKCE:
    """OAuth 2.0 Authorization Code with PKCE (S256), as X does it.

    Examples:
        ```py
        from x_chat import ChatClient
        from x_chat.auth import OAuth2PKCE

        pkce = OAuth2PKCE(client_id="YOUR_CLIENT_ID", redirect_uri="http://127.0.0.1:8080/callback")
        request = pkce.authorization_url()  # send the user to request.url; keep `request`
        redirected_to = open_in_browser(request.url)  # the URL X sent the user back to
        login = pkce.exchange(request, redirected_to)
        print(login.scope)
        #> dm.read dm.write tweet.read users.read offline.access
        with ChatClient(auth=pkce.auth(login)) as client:
            print(len(client.get_conversation_events("g1234567890123456789").data))
            #> 10
        ```
    """

    client_id: str
    redirect_uri: str
    client_secret: str | None = attrs.field(default=None, repr=False)
    scopes: tuple[str, ...] = DEFAULT_SCOPES
    authorize_url: str = attrs.field(factory=lambda: _endpoint(AUTHORIZE_URL))
    """X's authorization page (default: under ``$X_API_BASE_URL`` when it is set, as for the client)."""
    token_url: str = attrs.field(factory=lambda: _endpoint(TOKEN_URL))
    """X's token endpoint (default: under ``$X_API_BASE_URL`` when it is set)."""

    def authorization_url(
        self, *, state: str | None = None, scopes: Iterable[str] | None = None
    ) -> AuthorizationRequest:
        """A new authorization URL with a fresh state and code verifier (43 to 128 characters).

        Args:
            state: The OAuth state to use (None: a fresh random one, checked again by `code_from`).
            scopes: The scopes to ask for (None: this client's ``scopes``).
        """
        _authlib()
        from authlib.common.security import generate_token
        from authlib.oauth2.rfc6749.parameters import prepare_grant_uri
        from authlib.oauth2.rfc7636 import create_s256_code_challenge

        chosen = tuple(scopes) if scopes is not None else self.scopes
        state = state or generate_token(32)
        verifier = generate_token(64)
        url = prepare_grant_uri(
            self.authorize_url,
            client_id=self.client_id,
            response_type="code",
            redirect_uri=self.redirect_uri,
            scope=" ".join(chosen),
            state=state,
            code_challenge=create_s256_code_challenge(verifier),
            code_challenge_method="S256",
        )
        return AuthorizationRequest(url, state, verifier, self.redirect_uri, chosen)

    def code_from(self, request: AuthorizationRequest, redirected_to: str) -> str:
        """The code from the URL the user was redirected to (its state checked), or a bare code.

        Args:
            request: What `authorization_url` returned for this login.
            redirected_to: The whole URL X sent the user back to, or the bare code.
        """
        if "://" not in redirected_to and "?" not in redirected_to:
            return redirected_to.strip()
        _authlib()
        from authlib.oauth2.rfc6749.errors import OAuth2Error
        from authlib.oauth2.rfc6749.parameters import parse_authorization_code_response

        try:
            params = parse_authorization_code_response(redirected_to.strip(), state=request.state)
        except OAuth2Error as exc:
            raise ConfigurationError(
                f"the redirect URL was not accepted: {exc.error} {exc.description or ''}"
            ) from None
        return str(params["code"])

    def _exchange_request(self, request: AuthorizationRequest, redirected_to: str) -> httpx.Request:
        form = {
            "grant_type": "authorization_code",
            "code": self.code_from(request, redirected_to),
            "redirect_uri": request.redirect_uri,
            "code_verifier": request.code_verifier,
        }
        return _token_request(self.token_url, self.client_id, self.client_secret, form)

    def exchange(
        self, request: AuthorizationRequest, redirected_to: str, *, http_client: httpx.Client | None = None
    ) -> OAuth2Token:
        """Exchange the code (from the redirect URL, or the bare code) for a token pair.

        Args:
            request: What `authorization_url` returned for this login (its state and code verifier).
            redirected_to: The whole URL X sent the user back to, or the bare code.
            http_client: An `httpx.Client` to send the token request with (None: a short-lived one).
        """
        http = http_client or httpx.Client(timeout=30)
        try:
            return _token_from(http.send(self._exchange_request(request, redirected_to), follow_redirects=False))
        finally:
            if http_client is None:
                http.close()

    async def aexchange(
        self, request: AuthorizationRequest, redirected_to: str, *, http_client: httpx.AsyncClient | None = None
    ) -> OAuth2Token:
        """`exchange`, awaitable.

        Args:
            request: What `authorization_url` returned for this login (its state and code verifier).
            redirected_to: The whole URL X sent the user back to, or the bare code.
            http_client: An `httpx.AsyncClient` to send the token request with (None: a short-lived
                one).
        """
        http = http_client or httpx.AsyncClient(timeout=30)
        try:
            return _token_from(await http.send(self._exchange_request(request, redirected_to), follow_redirects=False))
        finally:
            if http_client is None:
                await http.aclose()

    def auth(self, token: OAuth2Token, *, on_refresh: Callable[[OAuth2Token], object] | None = None) -> OAuth2UserAuth:
        """The self-refreshing auth for a token pair from this client.

        Args:
            token: The pair `exchange` returned, or one stored with `OAuth2Token.to_dict`.
            on_refresh: Called with each new pair: persist it, X rotates refresh tokens.
        """
        return OAuth2UserAuth(
            token,
            client_id=self.client_id,
            client_secret=self.client_secret,
            token_url=self.token_url,
            on_refresh=on_refresh,
        )


def _endpoint(default: str) -> str:
    """``default`` moved under ``$X_API_BASE_URL`` (a proxy, or the fake X server), if it is set."""
    base = os.environ.get("X_API_BASE_URL")
    return f"{base.rstrip('/')}{default.removeprefix('https://api.x.com')}" if base else default
