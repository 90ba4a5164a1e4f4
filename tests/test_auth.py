"""OAuth 2.0 PKCE and refresh, OAuth 1.0a signing, against the fake server over real HTTP."""

from __future__ import annotations

import asyncio
import logging
from urllib.parse import parse_qs, urlsplit

import httpx
import pytest

from x_chat import APIStatusError, AsyncChatClient, AuthenticationError, ChatClient, ConfigurationError
from x_chat.auth import OAuth1Credentials, OAuth2PKCE, OAuth2Token, OAuth2UserAuth
from x_chat.testing import FakeXServer, Fault

from .conftest import FAST_RETRY, GROUP

CLIENT_ID = "chat-app"
REDIRECT = "http://127.0.0.1:9999/callback"


def _pkce(server: FakeXServer, secret: str | None = None) -> OAuth2PKCE:
    server.credentials.add_oauth2_client(CLIENT_ID, secret)
    return OAuth2PKCE(
        client_id=CLIENT_ID,
        client_secret=secret,
        redirect_uri=REDIRECT,
        authorize_url=f"{server.base_url}/2/oauth2/authorize",
        token_url=f"{server.base_url}/2/oauth2/token",
    )


def _consent(request_url: str) -> str:
    """What a browser does: open the authorization URL, get redirected back with a code."""
    response = httpx.get(request_url, follow_redirects=False)
    assert response.status_code == 302
    return response.headers["location"]


@pytest.mark.parametrize("secret", [None, "s3cret"])
def test_pkce_round_trip(server: FakeXServer, secret: str | None) -> None:
    pkce = _pkce(server, secret)
    request = pkce.authorization_url()
    query = parse_qs(urlsplit(request.url).query)
    assert query["code_challenge_method"] == ["S256"] and query["state"] == [request.state]
    assert query["scope"] == ["dm.read dm.write tweet.read users.read offline.access"]
    assert 43 <= len(request.code_verifier) <= 128
    token = pkce.exchange(request, _consent(request.url))
    assert token.refresh_token and token.expires_at
    with ChatClient(auth=pkce.auth(token), base_url=server.base_url) as client:
        assert client.get_conversation_events(GROUP, max_results=3).meta.result_count == 3


def test_exchange_checks_state_and_verifier(server: FakeXServer) -> None:
    pkce = _pkce(server)
    request = pkce.authorization_url()
    redirected = _consent(request.url)
    with pytest.raises(ConfigurationError, match="redirect URL"):
        pkce.exchange(pkce.authorization_url(), redirected)  # another attempt's state
    forged = OAuth2PKCE(client_id=CLIENT_ID, redirect_uri=REDIRECT, token_url=pkce.token_url)
    other = forged.authorization_url(state=request.state)  # right state, wrong code_verifier
    with pytest.raises(AuthenticationError, match="code_verifier"):
        forged.exchange(other, redirected)
    code = parse_qs(urlsplit(_consent(request.url)).query)["code"][0]
    assert pkce.exchange(request, code).access_token  # a bare code is accepted too


def test_expired_token_is_refreshed_once_mid_pagination(server: FakeXServer) -> None:
    pkce = _pkce(server)
    request = pkce.authorization_url()
    token = pkce.exchange(request, _consent(request.url))
    saved: list[OAuth2Token] = []
    auth = pkce.auth(token, on_refresh=saved.append)
    ids: list[str] = []
    with ChatClient(auth=auth, base_url=server.base_url, retry=FAST_RETRY) as client:
        for number, page in enumerate(client.iter_conversation_pages(GROUP)):
            ids += [e.id for e in page.data]  # type: ignore[misc, union-attr]
            if number == 4:
                server.credentials.expire_token(token.access_token)  # expires in the middle
    assert ids == [e["id"] for e in server.conversations[GROUP].events[::-1]]
    assert len(saved) == 1 and auth.refreshes == 1
    assert saved[0].access_token != token.access_token and saved[0].refresh_token != token.refresh_token
    assert len(server.requests_to("/2/oauth2/token")) == 2  # the exchange and one refresh
    statuses = [r for r in server.requests_to("/2/chat/conversations/")]
    assert len(statuses) == 13 + 1  # one request was answered 401 and sent again


def test_token_known_to_expire_is_refreshed_before_the_request(server: FakeXServer) -> None:
    pkce = _pkce(server)
    pair = server.credentials.issue_token(CLIENT_ID)
    token = OAuth2Token.from_response(pair)
    token.expires_at = 0  # the client knows it has expired
    server.credentials.expire_token(pair["access_token"])
    auth = pkce.auth(token)
    with ChatClient(auth=auth, base_url=server.base_url) as client:
        client.get_conversation_events(GROUP, max_results=1)
    assert auth.refreshes == 1
    assert [r.path for r in server.requests] == ["/2/oauth2/token", f"/2/chat/conversations/{GROUP}/events"]


def test_a_refused_refresh_is_an_authentication_error(server: FakeXServer) -> None:
    pkce = _pkce(server)
    token = OAuth2Token(access_token="nope", refresh_token="not-issued")
    with ChatClient(auth=pkce.auth(token), base_url=server.base_url) as client, pytest.raises(AuthenticationError):
        client.get_conversation_events(GROUP)


async def test_concurrent_async_requests_share_one_refresh(server: FakeXServer) -> None:
    pkce = _pkce(server)
    token = OAuth2Token.from_response(server.credentials.issue_token(CLIENT_ID))
    server.credentials.expire_token(token.access_token)
    auth = pkce.auth(token)
    async with AsyncChatClient(auth=auth, base_url=server.base_url, retry=FAST_RETRY) as client:
        pages = await asyncio.gather(*(client.get_conversation_events(GROUP, max_results=2) for _ in range(8)))
    assert all(page.meta.result_count == 2 for page in pages)
    assert auth.refreshes == 1
    assert len(server.requests_to("/2/oauth2/token")) == 1


def _oauth1(server: FakeXServer) -> OAuth1Credentials:
    credentials = OAuth1Credentials("consumer-key", "consumer-SECRET", "1-access", "access-SECRET")
    server.credentials.add_oauth1_credentials(*attrs_values(credentials))
    return credentials


def attrs_values(credentials: OAuth1Credentials) -> tuple[str, str, str, str]:
    return (
        credentials.consumer_key,
        credentials.consumer_secret,
        credentials.access_token,
        credentials.access_token_secret,
    )


def test_oauth1_requests_are_signed_and_verified(server: FakeXServer) -> None:
    credentials = _oauth1(server)
    with ChatClient(oauth1=credentials, base_url=server.base_url) as client:
        events = list(client.iter_conversation_events(GROUP, fields=["id", "sender_id"], limit=250))
    assert len(events) == 250
    requests = server.requests_to("/2/chat/conversations/")
    assert all(
        r.headers["authorization"].startswith("OAuth oauth_nonce=") or "oauth_signature=" in r.headers["authorization"]
        for r in requests
    )
    assert requests[0].query_values("chat_message_event.fields") == ["id,sender_id"]  # covered by the signature


def test_oauth1_tampered_or_wrong_secret_is_rejected(server: FakeXServer) -> None:
    credentials = _oauth1(server)
    wrong = OAuth1Credentials(
        credentials.consumer_key, "guessed", credentials.access_token, credentials.access_token_secret
    )
    with ChatClient(oauth1=wrong, base_url=server.base_url) as client, pytest.raises(AuthenticationError):
        client.get_conversation_events(GROUP)
    with ChatClient(oauth1=credentials, base_url=server.base_url) as client:
        client.get_conversation_events(GROUP, max_results=2)
    signed = server.requests_to("/2/chat/conversations/")[-1]
    with httpx.Client() as http:
        # the same signature on other query parameters: refused
        tampered = http.get(
            f"{server.base_url}/2/chat/conversations/{GROUP}/events?max_results=3",
            headers={"authorization": signed.headers["authorization"]},
        )
        replayed = http.get(
            server.base_url + signed.raw_target, headers={"authorization": signed.headers["authorization"]}
        )
    assert tampered.status_code == 401
    assert replayed.status_code == 401  # a nonce is good once


def test_any_httpx_auth_and_user_supplied_client(server: FakeXServer) -> None:
    class HeaderAuth(httpx.Auth):
        def auth_flow(self, request: httpx.Request):  # type: ignore[no-untyped-def]
            request.headers["Authorization"] = f"Bearer {server.token}"
            yield request

    http = httpx.Client()
    with ChatClient(auth=HeaderAuth(), base_url=server.base_url, http_client=http) as client:
        assert client.get_conversation_events(GROUP, max_results=1).meta.result_count == 1
        from x_chat_generated.api.chats import get_chat_conversations

        assert get_chat_conversations.sync_detailed(client=client.api).status_code == 200
    http.close()
    with pytest.raises(ConfigurationError, match="one of"):
        ChatClient(token="t", oauth1=_oauth1(server))


def test_secrets_stay_out_of_reprs_and_logs(server: FakeXServer, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    pkce = _pkce(server, "client-SECRET-value")
    request = pkce.authorization_url()
    token = pkce.exchange(request, _consent(request.url))
    server.credentials.expire_token(token.access_token)
    auth = pkce.auth(token)
    credentials = _oauth1(server)
    with ChatClient(auth=auth, base_url=server.base_url) as client:
        client.get_conversation_events(GROUP, max_results=1)
        shown = "\n".join(repr(x) for x in (pkce, request, token, auth, auth.token, credentials, client))
    secrets = [token.access_token, token.refresh_token, auth.token.access_token, auth.token.refresh_token]
    secrets += ["client-SECRET-value", request.code_verifier, "consumer-SECRET", "access-SECRET"]
    logs = "\n".join(record.getMessage() for record in caplog.records)
    for secret in secrets:
        assert secret and secret not in shown and secret not in logs


def test_oauth2_user_auth_without_refresh_token_just_sends_the_bearer(server: FakeXServer) -> None:
    auth = OAuth2UserAuth(OAuth2Token(access_token=server.token), client_id="x")
    with ChatClient(auth=auth, base_url=server.base_url) as client:
        client.get_conversation_events(GROUP, max_results=1)
    assert auth.refreshes == 0


@pytest.mark.parametrize("step", ["refresh", "exchange"])
def test_credentials_never_follow_a_redirect_whatever_the_client(server: FakeXServer, step: str) -> None:
    """A 307 from the token endpoint would re-post the refresh token (or the code and verifier) to
    another origin; with a user client that follows redirects too, nothing reaches it."""
    with FakeXServer() as elsewhere:
        pkce = _pkce(server)
        request = pkce.authorization_url()
        redirected = _consent(request.url)
        token = OAuth2Token.from_response(server.credentials.issue_token(CLIENT_ID))
        token.expires_at = 0
        moved = Fault(status=307, headers={"location": f"{elsewhere.base_url}/steal"}, path="/2/oauth2/token")
        server.inject(moved)
        following = httpx.Client(follow_redirects=True)
        try:
            with pytest.raises(APIStatusError) as refused:
                if step == "exchange":
                    pkce.exchange(request, redirected, http_client=following)
                else:
                    with ChatClient(auth=pkce.auth(token), base_url=server.base_url, http_client=following) as client:
                        client.get_conversation_events(GROUP, max_results=1)
        finally:
            following.close()
        assert refused.value.status_code == 307
        assert elsewhere.requests == []
