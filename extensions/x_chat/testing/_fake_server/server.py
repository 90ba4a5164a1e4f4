"""``FakeXServer``: a fake X API on 127.0.0.1 for tests and demos, built from small parts: ``http``
(sockets, recorded requests, injected faults), ``routes`` (one handler per operation), ``store`` (the
data), ``validation`` (requests checked against the spec) and ``problems`` (X-style errors)."""

from __future__ import annotations

import collections
import json
import secrets
import threading
import time
from collections.abc import Iterable
from typing import Any

from .activity import ActivityHub, StreamScript
from .adversary import Adversary
from .broadcasts import FakeBroadcast
from .http import Fault, Handler, HTTPServer, RecordedRequest
from .oauth import FakeCredentials
from .problems import ProblemError, problem
from .rate_limits import RateLimiter, RateLimits
from .routes import Routes
from .store import FakeConversation, Store

__all__ = ["DEFAULT_CONSUMER_SECRET", "DEFAULT_TOKEN", "DEFAULT_USER", "FakeXServer"]

DEFAULT_TOKEN = "fake-x-token"
"""The bearer token the fake server accepts unless told otherwise."""
DEFAULT_USER = "1603419180975409153"
DEFAULT_CONSUMER_SECRET = "fake-consumer-secret"
"""The consumer secret the fake server signs webhook deliveries with unless told otherwise."""


class FakeXServer:
    """A fake X API: real HTTP on 127.0.0.1 (a free port unless given), in-memory conversations.

    Args:
        host: The address to listen on.
        port: The port (0: a free one; read `base_url` after `start`).
        token: The bearer token requests must carry (`add_user` adds more).
        latency: Seconds every answer waits, to stand for the network.
        user_id: The authenticated user of `token`.
        rate_limits: The rate limits to enforce (None: X's 900 requests per 15 minutes per
            endpoint).
        consumer_secret: The app's consumer secret (webhook signatures and CRC).
        keepalive: Seconds of nothing after which the activity stream sends a keep-alive newline
            (X: about 20).

    Examples:
        ```py
        from x_chat import ChatClient, RateLimitError
        from x_chat.testing import FakeXServer, Fault

        with FakeXServer() as server:
            server.add_conversation("g1234567890123456789", events=250)
            with ChatClient(token=server.token, base_url=server.base_url) as client:
                print(sum(1 for _ in client.iter_conversation_events("g1234567890123456789")))
                #> 250
                server.inject(Fault.rate_limited(reset_in=900))  # longer than the client would wait
                try:
                    client.get_conversation_events("g1234567890123456789")
                except RateLimitError as error:
                    print(error.status_code)
                    #> 429
        ```

    Serves the Chat endpoints of x-chat's spec: pagination tokens, ``max_results``, field
    selection, bearer-token checks (401 problem when missing or unknown), X-style problem responses
    for bad parameters (400) and unknown conversations (404), ``x-rate-limit-*`` headers on every
    response. ``inject(Fault...)`` makes the next requests fail (429, 5xx, slow, malformed, dropped).
    ``requests`` logs every request received.

    Rate limits are enforced per token and endpoint in fixed windows (``rate_limits``, default X's
    900 requests per 15 minutes): ``FakeXServer(rate_limits=RateLimits(limit=20, window=2))``
    compresses a window into seconds; a spent window answers 429 (``rate_limiter.throttled``
    counts them).
    """

    def __init__(
        self,
        *,
        host: str = "127.0.0.1",
        port: int = 0,
        token: str = DEFAULT_TOKEN,
        latency: float = 0.0,
        user_id: str = DEFAULT_USER,
        rate_limits: RateLimits | None = None,
        consumer_secret: str = DEFAULT_CONSUMER_SECRET,
        keepalive: float = 20.0,
    ):
        self.host = host
        self.user_id = user_id
        """The authenticated user: a bare user ID in a conversation path means the direct
        conversation between this user and that one (v2.167)."""
        self.port = port
        self.tokens: set[str] = {token}
        self.token = token
        self.latency = latency
        self.store = Store(user_id)
        self.activity = ActivityHub(consumer_secret, keepalive)
        """The X Activity API: ``subscriptions``, ``webhooks``, ``published`` events, webhook
        ``deliveries``, ``scripts`` for the next stream connections (see `script_stream`)."""
        self.consumer_secret = consumer_secret
        """The app's consumer secret: deliveries are signed and CRC challenges checked with it."""
        self.routes = Routes(self.store, self.activity)
        self.conversations = self.store.conversations
        self.public_keys = self.store.public_keys
        """User ID -> the public keys ``GET /2/users/{id}/public_keys`` serves (PublicKey objects)."""
        self.broadcasts = self.store.broadcasts
        """Broadcast ID -> its `FakeBroadcast` (chat messages, mutes, owner)."""
        self.uploads = self.store.uploads
        self.media = self.store.media
        self.requests: list[RecordedRequest] = []
        self._faults: collections.deque[Fault] = collections.deque()
        self.credentials = FakeCredentials(self.tokens)
        """OAuth: ``add_oauth2_client``, ``add_oauth1_credentials``, ``issue_token``, ``expire_token``,
        ``token_lifetime`` (seconds)."""
        self._lock = threading.Lock()
        self.rate_limiter = RateLimiter(rate_limits or RateLimits())
        self._server: HTTPServer | None = None
        self._thread: threading.Thread | None = None
        self.adversary = Adversary(self)
        """Adversary mode: serve the lies of a compromised X on demand (``replay``, ``rollback``,
        ``serve_event``, ``swap_public_keys``, ``malform_public_keys``, ``list_members``)."""

    # -- lifecycle -------------------------------------------------------------------------------
    def start(self) -> FakeXServer:
        """Listen and serve in a background thread (the port is known from now on); returns itself."""
        if self._server is None:
            server = HTTPServer((self.host, self.port), Handler)
            server.fake = self
            self.port = server.server_address[1]
            self._server = server
            self._thread = threading.Thread(
                target=server.serve_forever, args=(0.05,), name="fake-x-server", daemon=True
            )
            self._thread.start()
        return self

    def stop(self) -> None:
        """Stop serving and close the socket (a `with` block does this on exit)."""
        self.activity.close()
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
            self._server = None
        if self._thread is not None:
            self._thread.join(timeout=5)
            self._thread = None

    def __enter__(self) -> FakeXServer:
        return self.start()

    def __exit__(self, *exc_info: object) -> None:
        self.stop()

    def serve_forever(self) -> None:
        """Run in the foreground until interrupted (the CLI's ``x-chat fake-server``)."""
        self.start()
        try:
            while True:
                time.sleep(3600)
        except KeyboardInterrupt:
            pass
        finally:
            self.stop()

    @property
    def base_url(self) -> str:
        """The URL to give a client: ``http://host:port``."""
        return f"http://{self.host}:{self.port}"

    # -- data --------------------------------------------------------------------------------------
    def add_conversation(
        self,
        conversation_id: str,
        *,
        events: int = 0,
        participant_ids: Iterable[str] | None = None,
        start_msec: int = 1_735_689_600_000,
        step_msec: int = 37_000,
        payload_bytes: int = 700,
    ) -> FakeConversation:
        """Add a conversation with ``events`` deterministic events (the same arguments give the same
        events), created ``step_msec`` apart from ``start_msec`` (2025-01-01T00:00:00Z).

        Args:
            conversation_id: Its ID, in X's `low-high` or `g…` form.
            events: How many events to make.
            participant_ids: Its participants (None: taken from a direct ID; the server's user for a
                group).
            start_msec: The first event's creation time, in epoch milliseconds.
            step_msec: Milliseconds between events.
            payload_bytes: The size of each event's made-up `encoded_event` payload.
        """
        return self.store.add_conversation(
            conversation_id,
            events=events,
            participant_ids=participant_ids,
            start_msec=start_msec,
            step_msec=step_msec,
            payload_bytes=payload_bytes,
        )

    def add_encrypted_conversation(self, conversation: Any, *, key_changes_in_meta: bool = True) -> FakeConversation:
        """Serve an end-to-end encrypted conversation made with ``x_chat.testing.e2e`` (real
        ciphertext), its users' public keys, and its key-change events in every page's meta
        (``key_changes_in_meta=False`` leaves them out, as a server that forgot them would).

        Args:
            conversation: An `x_chat.testing.e2e.E2EConversation`.
            key_changes_in_meta: List its key-change events in every page's meta, as X does.
        """
        served = FakeConversation(
            conversation.conversation_id,
            tuple(conversation.users),
            events=list(conversation.events),
            missing_key_change_events=list(conversation.key_change_events) if key_changes_in_meta else [],
        )
        with self.store.lock:
            self.conversations[conversation.conversation_id] = served
            for user in conversation.users.values():
                self.public_keys[user.user_id] = [user.public_key_object()]
        return served

    def add_broadcast(self, broadcast_id: str, *, owner_id: str | None = None) -> FakeBroadcast:
        """A live broadcast whose chat ``owner_id`` (None: the server's default user) may read and
        moderate; anyone may post to it. Posting to an unknown broadcast makes one too.

        Args:
            broadcast_id: Its ID (1 to 13 ASCII letters and digits).
            owner_id: Who owns it.
        """
        broadcast = FakeBroadcast(broadcast_id, owner_id or self.store.user_id)
        with self.store.lock:
            self.store.broadcasts[broadcast_id] = broadcast
        return broadcast

    def add_user(self, user_id: str, *, token: str | None = None, public_key: dict[str, str] | None = None) -> str:
        """A user who can call the server with the returned bearer token (made up unless given);
        ``public_key`` (a PublicKey object) is served for them. Requests with other tokens act as
        ``user_id`` of the server.

        Args:
            user_id: The user's ID.
            token: Their bearer token (None: a made-up one, returned).
            public_key: A PublicKey object to serve as their chat public key.
        """
        token = token or f"token-{user_id}-{secrets.token_hex(4)}"
        with self.store.lock:
            self.tokens.add(token)
            self.store.token_users[token] = user_id
            if public_key is not None:
                self.store.public_keys.setdefault(user_id, []).append(public_key)
        return token

    def publish_activity(
        self, event_type: str, user_id: str, payload: dict[str, Any], *, event_uuid: str | None = None
    ) -> list[dict[str, Any]]:
        """Publish an X Activity event to the subscriptions to it (the stream's, or their webhooks');
        returns the envelopes made. Messages sent through the server are published by themselves.

        Args:
            event_type: Its type, e.g. ``"chat.received"`` (unknown types too).
            user_id: The user it happened to (a subscription's ``filter.user_id``).
            payload: Its payload.
            event_uuid: Its delivery ID (None: a fresh UUID).
        """
        return self.activity.publish(event_type, user_id, payload, event_uuid=event_uuid)

    def script_stream(self, *scripts: StreamScript) -> None:
        """What the next activity stream connections do, one script each (disconnect, stall,
        duplicate every delivery); faults (`inject` with ``path="/2/activity/stream"``) work too."""
        with self._lock:
            self.activity.scripts.extend(scripts)

    def inject(self, *faults: Fault) -> None:
        """Queue faults; each affects the next ``fault.times`` requests to its path."""
        with self._lock:
            self._faults.extend(faults)

    def clear_requests(self) -> None:
        """Forget the requests recorded so far."""
        with self._lock:
            self.requests.clear()

    def requests_to(self, path_prefix: str = "/2/") -> list[RecordedRequest]:
        """The requests received so far, in order, whose path starts with ``path_prefix``.

        Args:
            path_prefix: Keep the requests whose path starts with this.
        """
        with self._lock:
            return [r for r in self.requests if r.path.startswith(path_prefix)]

    # -- request handling (called from server threads) ---------------------------------------------
    def take_fault(self, record: RecordedRequest) -> Fault | None:
        """Record ``record`` and return the fault that applies to it, if any (called by the server's threads).

        Args:
            record: The request received.
        """
        with self._lock:
            self.requests.append(record)
            for fault in self._faults:
                if record.path.startswith(fault.path):
                    fault.times -= 1
                    if fault.times <= 0:
                        self._faults.remove(fault)
                    return fault
        return None

    def respond(self, request: RecordedRequest) -> tuple[int, bytes, str, dict[str, str]]:
        """The status, body, content type and headers for ``request`` (called by the server's threads).

        Args:
            request: The request received.
        """
        if request.path.startswith("/2/oauth2/"):
            return self.credentials.answer(request)
        token = request.headers.get("authorization", "")
        allowed, headers = self.rate_limiter.take(token, self.routes.endpoint_of(request))
        if not self.credentials.authorized(request, self.base_url):
            return self._error(401, "Unauthorized", headers)
        if not allowed:
            return self._error(429, "Too Many Requests", headers)
        try:
            status, body, content_type = self.routes.route(request)
        except ProblemError as problem:
            return self._error(problem.status, problem.detail, {**headers, **problem.headers}, **problem.extra)
        except Exception as exc:  # a bug in the fake: answer 500 (schemathesis flags it) rather than hang up
            return self._error(500, f"fake server error: {type(exc).__name__}: {exc}", headers)
        return status, body, content_type, headers

    def _error(
        self, status: int, detail: str, headers: dict[str, str], **extra: Any
    ) -> tuple[int, bytes, str, dict[str, str]]:
        return status, json.dumps(problem(status, detail, **extra)).encode(), "application/problem+json", headers
