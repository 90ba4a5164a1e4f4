"""The fake X server's credentials: bearer tokens it issued (with expiry), X's OAuth 2.0 endpoints
(authorize with PKCE, token with refresh-token rotation) and OAuth 1.0a signature checks."""

from __future__ import annotations

import base64
import hashlib
import json
import secrets
import threading
import time
from collections.abc import Mapping
from typing import Any, Protocol
from urllib.parse import parse_qsl, unquote, urlencode

Answer = tuple[int, bytes, str, dict[str, str]]


class _Request(Protocol):
    """What the fake server recorded of a request (its RecordedRequest)."""

    @property
    def method(self) -> str: ...
    @property
    def path(self) -> str: ...
    @property
    def query(self) -> tuple[tuple[str, str], ...]: ...
    @property
    def headers(self) -> Mapping[str, str]: ...
    @property
    def body(self) -> bytes: ...
    @property
    def raw_target(self) -> str: ...


class FakeCredentials:
    """What the fake server accepts and issues. Thread-safe."""

    def __init__(self, static_tokens: set[str]) -> None:
        self.static_tokens = static_tokens
        self.token_lifetime = 7200.0
        self.oauth2_clients: dict[str, str | None] = {}
        self.issued: dict[str, float] = {}
        self.refresh_tokens: dict[str, str] = {}
        self.codes: dict[str, dict[str, str]] = {}
        self.oauth1: dict[tuple[str, str], tuple[str, str]] = {}
        self._nonces: set[str] = set()
        self._lock = threading.Lock()

    # -- set-up ------------------------------------------------------------------------------------
    def add_oauth2_client(self, client_id: str, client_secret: str | None = None) -> None:
        self.oauth2_clients[client_id] = client_secret

    def add_oauth1_credentials(
        self, consumer_key: str, consumer_secret: str, access_token: str, access_token_secret: str
    ) -> None:
        self.oauth1[(consumer_key, access_token)] = (consumer_secret, access_token_secret)

    def expire_token(self, access_token: str) -> None:
        with self._lock:
            self.issued[access_token] = 0.0

    def issue_token(
        self, client_id: str, scope: str = "dm.read tweet.read users.read offline.access"
    ) -> dict[str, Any]:
        access, refresh = secrets.token_urlsafe(24), secrets.token_urlsafe(24)
        with self._lock:
            self.issued[access] = time.time() + self.token_lifetime
            self.refresh_tokens[refresh] = client_id
        return {
            "token_type": "bearer",
            "expires_in": int(self.token_lifetime),
            "access_token": access,
            "scope": scope,
            "refresh_token": refresh,
        }

    # -- checks --------------------------------------------------------------------------------
    def authorized(self, request: _Request, base_url: str) -> bool:
        scheme, _, credential = request.headers.get("authorization", "").partition(" ")
        if scheme.lower() == "bearer":
            if credential in self.static_tokens:
                return True
            with self._lock:
                return self.issued.get(credential, 0.0) > time.time()
        if scheme == "OAuth":
            return self._oauth1_valid(request, base_url)
        return False

    def _oauth1_valid(self, request: _Request, base_url: str) -> bool:
        from authlib.oauth1.rfc5849.signature import generate_signature_base_string, hmac_sha1_signature
        from authlib.oauth1.rfc5849.wrapper import OAuth1Request

        try:
            headers = {name.title(): value for name, value in request.headers.items()}  # Authlib wants "Authorization"
            signed = OAuth1Request(request.method, base_url + request.raw_target, request.body, headers)
            params = dict(signed.oauth_params)
            timestamp = int(params.get("oauth_timestamp", "0"))
        except (ValueError, KeyError):
            return False
        secret_pair = self.oauth1.get((params.get("oauth_consumer_key", ""), params.get("oauth_token", "")))
        nonce = params.get("oauth_nonce", "")
        if secret_pair is None or params.get("oauth_signature_method") != "HMAC-SHA1":
            return False
        if abs(time.time() - timestamp) > 300 or not nonce:
            return False
        expected = hmac_sha1_signature(generate_signature_base_string(signed), *secret_pair)
        if not secrets.compare_digest(expected, signed.signature or ""):
            return False
        with self._lock:  # a nonce is good once: a replayed request is refused
            if nonce in self._nonces:
                return False
            self._nonces.add(nonce)
        return True

    # -- endpoints -----------------------------------------------------------------------------
    def answer(self, request: _Request) -> Answer:
        if request.path == "/2/oauth2/authorize" and request.method == "GET":
            return self._authorize(dict(request.query))
        if request.path == "/2/oauth2/token" and request.method == "POST":
            return self._token(request)
        return _error("invalid_request", f"no OAuth endpoint {request.method} {request.path}", 404)

    def _authorize(self, query: dict[str, str]) -> Answer:
        """Consents at once: redirects to redirect_uri with a code, as X does after the user agrees."""
        client_id, redirect_uri = query.get("client_id", ""), query.get("redirect_uri", "")
        if client_id not in self.oauth2_clients or not redirect_uri:
            return _error("invalid_request", "unknown client_id or no redirect_uri")
        if query.get("response_type") != "code" or query.get("code_challenge_method") != "S256":
            return _error("invalid_request", "response_type=code and S256 PKCE are required")
        code = secrets.token_urlsafe(16)
        with self._lock:
            self.codes[code] = {
                "client_id": client_id,
                "redirect_uri": redirect_uri,
                "challenge": query.get("code_challenge", ""),
                "scope": query.get("scope", ""),
            }
        separator = "&" if "?" in redirect_uri else "?"
        location = redirect_uri + separator + urlencode({"state": query.get("state", ""), "code": code})
        return 302, b"", "text/plain", {"location": location}

    def _token(self, request: _Request) -> Answer:
        if not request.headers.get("content-type", "").startswith("application/x-www-form-urlencoded"):
            return _error("invalid_request", "the body must be application/x-www-form-urlencoded")
        form = dict(parse_qsl(request.body.decode("utf-8", "replace")))
        client_id = self._client_of(request, form)
        if client_id is None:
            return _error("invalid_client", "unknown client or bad client credentials", 401)
        grant = form.get("grant_type")
        if grant == "authorization_code":
            with self._lock:
                entry = self.codes.pop(form.get("code", ""), None)
            verifier = form.get("code_verifier", "").encode()
            challenge = base64.urlsafe_b64encode(hashlib.sha256(verifier).digest()).rstrip(b"=").decode()
            if entry is None or entry["client_id"] != client_id or entry["redirect_uri"] != form.get("redirect_uri"):
                return _error("invalid_request", "unknown, used or mismatched authorization code")
            if not secrets.compare_digest(challenge, entry["challenge"]):
                return _error("invalid_request", "code_verifier does not match the code_challenge")
            return _ok(self.issue_token(client_id, entry["scope"]))
        if grant == "refresh_token":
            with self._lock:
                owner = self.refresh_tokens.pop(form.get("refresh_token", ""), None)  # rotated, as X does
            if owner != client_id:
                return _error("invalid_request", "Value passed for the token was invalid.")
            return _ok(self.issue_token(client_id))
        return _error("unsupported_grant_type", f"grant_type {grant!r} is not supported")

    def _client_of(self, request: _Request, form: dict[str, str]) -> str | None:
        auth = request.headers.get("authorization", "")
        if auth.startswith("Basic "):
            try:
                pair = base64.b64decode(auth[6:], validate=True).decode()
            except (ValueError, UnicodeDecodeError):
                return None
            client_id, _, secret = (unquote(part) for part in pair.partition(":"))
            expected = self.oauth2_clients.get(client_id)
            return client_id if expected is not None and secrets.compare_digest(expected, secret) else None
        client_id = form.get("client_id", "")
        if client_id in self.oauth2_clients and self.oauth2_clients[client_id] is None:
            return client_id  # a public client: PKCE instead of a secret
        return None


def _ok(body: dict[str, Any]) -> Answer:
    return 200, json.dumps(body).encode(), "application/json", {}


def _error(error: str, description: str, status: int = 400) -> Answer:
    return status, json.dumps({"error": error, "error_description": description}).encode(), "application/json", {}
