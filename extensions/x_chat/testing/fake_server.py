"""A fake X API server for tests and demos: real HTTP on 127.0.0.1, the Chat endpoints of our spec."""

from __future__ import annotations

import base64
import binascii
import collections
import functools
import hashlib
import json
import random
import re
import secrets
import threading
import time
from collections.abc import Callable, Iterable, Mapping
from email.parser import BytesParser
from email.policy import HTTP
from enum import StrEnum
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qsl, unquote, urlsplit

import attrs

from x_chat_generated.models.chat_conversation_expansion import ChatConversationExpansion
from x_chat_generated.models.chat_conversation_field import ChatConversationField
from x_chat_generated.models.chat_message_event_field import ChatMessageEventField
from x_chat_generated.models.public_key_field import PublicKeyField
from x_chat_generated.models.user_field import UserField

from .oauth import FakeCredentials

__all__ = ["DEFAULT_TOKEN", "FakeConversation", "FakeXServer", "Fault", "RecordedRequest"]

DEFAULT_TOKEN = "fake-x-token"
PROBLEMS = "https://api.x.com/2/problems/"
CONVERSATION_ID = re.compile(r"([0-9]{1,19}-[0-9]{1,19}|g[0-9]{1,19})", re.ASCII)
# v2.167's path pattern also takes a bare user ID: the direct conversation with the authenticated user.
CONVERSATION_REF = re.compile(r"([0-9]{1,19}|[0-9]{1,19}-[0-9]{1,19}|g[0-9]{1,19})", re.ASCII)
USER_ID = re.compile(r"[0-9]{1,19}", re.ASCII)
# What an event carries without `chat_message_event.fields` (v2.167 requires no field; with a
# selection, exactly the selected fields are returned).
DEFAULT_FIELDS = frozenset({"id", "encoded_event"})
# What an event can carry (v2.167's ChatMessageEvent); the store keeps more (sequence_id, msec).
EVENT_FIELDS = frozenset(member.value for member in ChatMessageEventField.__members__.values())
DEFAULT_CONVERSATION_FIELDS = frozenset({"id", "type"})
DEFAULT_USER = "1603419180975409153"
RATE_LIMIT = 900
RATE_WINDOW_S = 900


@attrs.frozen
class RecordedRequest:
    """One request as the server received it."""

    method: str
    path: str
    """The raw request path, before percent-decoding."""
    query: tuple[tuple[str, str], ...]
    headers: Mapping[str, str]
    body: bytes
    raw_target: str = ""
    """The request target exactly as sent (path and query): what an OAuth 1.0a signature covers."""

    def query_values(self, name: str) -> list[str]:
        return [v for k, v in self.query if k == name]


@attrs.define
class Fault:
    """What the server does instead of (or before) answering the next matching request.

    ``status=None`` answers normally after ``delay``; ``drop=True`` closes the connection without
    an answer. ``times`` requests are affected; ``path`` limits it to paths starting with that.
    """

    status: int | None = 500
    body: bytes | None = None
    headers: dict[str, str] = attrs.field(factory=dict)
    content_type: str = "application/problem+json"
    delay: float = 0.0
    drop: bool = False
    times: int = 1
    path: str = "/2/chat/"

    @classmethod
    def rate_limited(cls, reset_in: float = 1.0, *, retry_after: float | None = None, times: int = 1) -> Fault:
        """429 with ``x-rate-limit-*`` headers whose reset is ``reset_in`` seconds away."""
        headers = {
            "x-rate-limit-limit": str(RATE_LIMIT),
            "x-rate-limit-remaining": "0",
            "x-rate-limit-reset": str(int(time.time() + reset_in + 0.999)),
        }
        if retry_after is not None:
            headers["retry-after"] = f"{retry_after:g}"
        return cls(status=429, headers=headers, times=times)

    @classmethod
    def server_error(cls, status: int = 503, *, times: int = 1) -> Fault:
        return cls(status=status, times=times)

    @classmethod
    def malformed(
        cls,
        body: bytes = b"<html><body>Bad gateway</body></html>",
        *,
        status: int = 200,
        content_type: str = "text/html",
    ) -> Fault:
        return cls(status=status, body=body, content_type=content_type)

    @classmethod
    def slow(cls, delay: float, *, times: int = 1) -> Fault:
        return cls(status=None, delay=delay, times=times)

    @classmethod
    def disconnect(cls, *, times: int = 1) -> Fault:
        return cls(drop=True, times=times)


def _stable_int(*parts: object) -> int:
    digest = hashlib.sha256("|".join(map(str, parts)).encode()).digest()
    return int.from_bytes(digest[:8], "big")


@attrs.define
class FakeConversation:
    """A conversation in the fake server's store: deterministic events, oldest first in ``events``
    (served newest first, as X does)."""

    conversation_id: str
    participant_ids: tuple[str, ...]
    events: list[dict[str, Any]] = attrs.field(factory=list)
    page_errors: list[dict[str, Any]] = attrs.field(factory=list)
    """Problems added to every page's ``errors`` (partial errors)."""
    repeat_next_token: bool = False
    """Misbehave: hand out the same ``next_token`` on every page."""
    missing_key_change_events: list[str] = attrs.field(factory=list)

    def served(self, event: dict[str, Any], fields: Iterable[str] = EVENT_FIELDS) -> dict[str, Any]:
        """``event`` as the server sends it: v2.167's fields only (the store keeps sequence IDs and
        epoch milliseconds too, for the encrypted payloads)."""
        wanted = set(fields)
        return {k: v for k, v in event.items() if k in wanted}

    def served_events(self) -> list[dict[str, Any]]:
        """Every event as served with ``fields="all"``, newest first (X's order)."""
        return [self.served(event) for event in self.events[::-1]]

    def add_event(self, sender_id: str, *, created_at_msec: int, payload: bytes) -> dict[str, Any]:
        index = len(self.events)
        base = _stable_int(self.conversation_id) % 10**17
        sequence_id = str(10**18 + base + index * 7)
        event: dict[str, Any] = {
            "id": str(10**18 + base + index),
            "sequence_id": sequence_id,
            "conversation_id": self.conversation_id,
            "conversation_token": f"ct{_stable_int(self.conversation_id, 'token') % 10**12}",
            "created_at_msec": str(created_at_msec),
            "created_at": rfc3339(created_at_msec),
            "encoded_event": base64.b64encode(payload).decode(),
            "is_trusted": True,
            "sender_id": sender_id,
            "message_event_signature": {
                "message_signing_key_info_list": [
                    {
                        "member_id": member,
                        "public_key_version": "1",
                        "signing_public_key": base64.b64encode(hashlib.sha256(member.encode()).digest()).decode(),
                    }
                    for member in self.participant_ids
                ],
                "public_key_version": "1",
                "signature": base64.b64encode(hashlib.sha512(payload).digest()).decode(),
                "signature_version": "1",
                "signing_public_key": base64.b64encode(hashlib.sha256(sender_id.encode()).digest()).decode(),
            },
        }
        if self.events:
            event["previous_id"] = self.events[-1]["id"]
        self.events.append(event)
        return event


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    # Headers and body go out in separate writes: with Nagle on, a reply whose last segment is small
    # waits for the client's delayed ACK (~40 ms), depending only on the body's size.
    disable_nagle_algorithm = True
    server: _Server
    error_content_type = "application/problem+json"

    def log_message(self, format: str, *args: Any) -> None:  # quiet: tests read server.requests
        pass

    def __getattr__(self, name: str) -> Any:
        # Every method (GET, POST, but also TRACE, QUERY, ...) goes through _handle, which answers 405
        # for the ones a path does not take, as X does, instead of http.server's 501.
        if name.startswith("do_"):
            return lambda: self._handle(name[3:])
        raise AttributeError(name)

    def _handle(self, method: str) -> None:
        fake = self.server.fake
        length = int(self.headers.get("content-length") or 0)
        body = self.rfile.read(length) if length else b""
        split = urlsplit(self.path)
        record = RecordedRequest(
            method=method,
            path=split.path,
            query=tuple(parse_qsl(split.query, keep_blank_values=True)),
            headers={k.lower(): v for k, v in self.headers.items()},
            body=body,
            raw_target=self.path,
        )
        fault = fake._record_and_take_fault(record)
        if fault is not None:
            if fault.delay:
                time.sleep(fault.delay)
            if fault.drop:
                self.close_connection = True
                self.connection.close()
                return
            if fault.status is not None:
                payload = fault.body if fault.body is not None else _problem_body(fault.status)
                self._send(fault.status, payload, fault.content_type, fault.headers)
                return
        if fake.latency:
            time.sleep(fake.latency)
        status, payload, content_type, headers = fake._respond(record)
        self._send(status, payload, content_type, headers)

    def _send(self, status: int, payload: bytes, content_type: str, headers: Mapping[str, str]) -> None:
        try:
            reason = HTTPStatus(status).phrase
        except ValueError:
            reason = "Unknown"
        self.send_response_only(status, reason)
        self.send_header("content-type", content_type)
        self.send_header("content-length", str(len(payload)))
        self.send_header("x-transaction-id", secrets.token_hex(8))
        for name, value in headers.items():
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(payload)


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True
    request_queue_size = 128
    fake: FakeXServer


def rfc3339(msec: int) -> str:
    """RFC 3339 in UTC with milliseconds, as X writes ``created_at``."""
    seconds, millis = divmod(msec, 1000)
    return time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(seconds)) + f".{millis:03d}Z"


def _problem(status: int, detail: str | None = None, **extra: Any) -> dict[str, Any]:
    # v2.167's typed problems (api.x.com URIs); 401 and 429 stay RFC 7807's about:blank, as X sends them.
    kinds = {
        400: ("invalid-request", "Invalid Request"),
        404: ("resource-not-found", "Not Found Error"),
        405: ("invalid-request", "Invalid Request"),
        429: (None, "Too Many Requests"),
        401: (None, "Unauthorized"),
        403: ("not-authorized-for-resource", "Forbidden"),
        500: ("internal-error", "Internal Error"),
    }
    if status == 403:
        extra.setdefault("resource_type", "dm_conversation")
    if status == 404:
        extra.setdefault("resource_type", "resource")
    kind, title = kinds.get(
        status, (None, HTTPStatus(status).phrase if status in HTTPStatus._value2member_map_ else "Error")
    )
    return {
        "title": title,
        "type": PROBLEMS + kind if kind else "about:blank",
        "status": status,
        "detail": detail or title,
        **extra,
    }


def _problem_body(status: int) -> bytes:
    return json.dumps(_problem(status)).encode()


_Check = Callable[[Any], Any]
"""A query check: the parsed value, or an error message (a str) saying why the value is invalid."""


class _Invalid(str):
    """An error message from a query check (distinguishable from a valid string value)."""


def _string(value: str) -> str:
    return value


def _int_in(low: int, high: int) -> _Check:
    def check(value: str) -> int | _Invalid:
        if not value.isascii() or not value.isdigit() or not low <= int(value) <= high:
            return _Invalid(f"is not between {low} and {high}")
        return int(value)

    return check


def _names_of(enum: type[StrEnum]) -> _Check:
    """A `style: form, explode: false` array of enum names: comma-joined, at least one, unique."""
    allowed = [m.value for m in enum.__members__.values()]

    def check(value: str) -> list[str] | _Invalid:
        names = value.split(",")
        for name in names:
            if name not in allowed:
                return _Invalid(f"is not one of {allowed}")
        if len(set(names)) != len(names):
            return _Invalid("has duplicates")
        return names

    return check


def _json_str(value: object) -> object:
    return value if isinstance(value, str) else _Invalid("is not a string")


def _json_int_from(low: int) -> _Check:
    def check(value: object) -> object:
        if isinstance(value, bool) or not isinstance(value, int) or value < low:
            return _Invalid(f"is not an integer of at least {low}")
        return value

    return check


class FakeXServer:
    """A fake X API: real HTTP on 127.0.0.1 (a free port unless given), in-memory conversations.

    >>> with FakeXServer() as server:  # doctest: +SKIP
    ...     server.add_conversation("g1234567890123456789", events=250)
    ...     client = ChatClient(token=server.token, base_url=server.base_url)

    Serves the Chat endpoints of x-chat's spec: pagination tokens, ``max_results``, field
    selection, bearer-token checks (401 problem when missing or unknown), X-style problem responses
    for bad parameters (400) and unknown conversations (404), ``x-rate-limit-*`` headers on every
    response. ``inject(Fault...)`` makes the next requests fail (429, 5xx, slow, malformed, dropped).
    ``requests`` logs every request received.
    """

    def __init__(
        self,
        *,
        host: str = "127.0.0.1",
        port: int = 0,
        token: str = DEFAULT_TOKEN,
        latency: float = 0.0,
        user_id: str = DEFAULT_USER,
    ):
        self.host = host
        self.user_id = user_id
        """The authenticated user: a bare user ID in a conversation path means the direct
        conversation between this user and that one (v2.167)."""
        self.port = port
        self.tokens: set[str] = {token}
        self.token = token
        self.latency = latency
        self.conversations: dict[str, FakeConversation] = {}
        self.requests: list[RecordedRequest] = []
        self.uploads: dict[str, dict[str, Any]] = {}
        self.media: dict[tuple[str, str], bytes] = {}
        self.public_keys: dict[str, list[dict[str, Any]]] = {}
        """User ID -> the public keys ``GET /2/users/{id}/public_keys`` serves (PublicKey objects)."""
        self._faults: collections.deque[Fault] = collections.deque()
        self.credentials = FakeCredentials(self.tokens)
        """OAuth: ``add_oauth2_client``, ``add_oauth1_credentials``, ``issue_token``, ``expire_token``,
        ``token_lifetime`` (seconds)."""
        self._lock = threading.Lock()
        self._remaining = RATE_LIMIT
        self._server: _Server | None = None
        self._thread: threading.Thread | None = None

    # -- lifecycle -------------------------------------------------------------------------------
    def start(self) -> FakeXServer:
        if self._server is None:
            server = _Server((self.host, self.port), _Handler)
            server.fake = self
            self.port = server.server_address[1]
            self._server = server
            self._thread = threading.Thread(
                target=server.serve_forever, args=(0.05,), name="fake-x-server", daemon=True
            )
            self._thread.start()
        return self

    def stop(self) -> None:
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
        events), created ``step_msec`` apart from ``start_msec`` (2025-01-01T00:00:00Z)."""
        if not CONVERSATION_ID.fullmatch(conversation_id):
            raise ValueError(f"not a conversation ID: {conversation_id!r}")
        if participant_ids is None:
            if conversation_id.startswith("g"):
                seed = _stable_int(conversation_id)
                participant_ids = [str(10**17 + (seed + k * 7919) % 10**17) for k in range(3)]
            else:
                participant_ids = conversation_id.split("-")
        conversation = FakeConversation(conversation_id, tuple(participant_ids))
        rng = random.Random(_stable_int(conversation_id, "payload"))
        for index in range(events):
            sender = conversation.participant_ids[index % len(conversation.participant_ids)]
            size = payload_bytes + rng.randrange(-payload_bytes // 4, payload_bytes // 4 + 1)
            conversation.add_event(sender, created_at_msec=start_msec + index * step_msec, payload=rng.randbytes(size))
        with self._lock:
            self.conversations[conversation_id] = conversation
        return conversation

    def add_encrypted_conversation(self, conversation: Any, *, key_changes_in_meta: bool = True) -> FakeConversation:
        """Serve an end-to-end encrypted conversation made with ``x_chat.testing.e2e`` (real
        ciphertext), its users' public keys, and its key-change events in every page's meta
        (``key_changes_in_meta=False`` leaves them out, as a server that forgot them would)."""
        served = FakeConversation(
            conversation.conversation_id,
            tuple(conversation.users),
            events=list(conversation.events),
            missing_key_change_events=list(conversation.key_change_events) if key_changes_in_meta else [],
        )
        with self._lock:
            self.conversations[conversation.conversation_id] = served
            for user in conversation.users.values():
                self.public_keys[user.user_id] = [user.public_key_object()]
        return served

    def inject(self, *faults: Fault) -> None:
        """Queue faults; each affects the next ``fault.times`` requests to its path."""
        with self._lock:
            self._faults.extend(faults)

    def clear_requests(self) -> None:
        with self._lock:
            self.requests.clear()

    def requests_to(self, path_prefix: str = "/2/") -> list[RecordedRequest]:
        with self._lock:
            return [r for r in self.requests if r.path.startswith(path_prefix)]

    # -- request handling (called from server threads) ---------------------------------------------
    def _record_and_take_fault(self, record: RecordedRequest) -> Fault | None:
        with self._lock:
            self.requests.append(record)
            for fault in self._faults:
                if record.path.startswith(fault.path):
                    fault.times -= 1
                    if fault.times <= 0:
                        self._faults.remove(fault)
                    return fault
        return None

    def _rate_headers(self) -> dict[str, str]:
        with self._lock:
            self._remaining = self._remaining - 1 if self._remaining > 1 else RATE_LIMIT
            remaining = self._remaining
        reset = int(time.time()) // RATE_WINDOW_S * RATE_WINDOW_S + RATE_WINDOW_S
        return {
            "x-rate-limit-limit": str(RATE_LIMIT),
            "x-rate-limit-remaining": str(remaining),
            "x-rate-limit-reset": str(reset),
        }

    def _respond(self, request: RecordedRequest) -> tuple[int, bytes, str, dict[str, str]]:
        headers = self._rate_headers()
        if request.path.startswith("/2/oauth2/"):
            return self.credentials.answer(request)
        if not self.credentials.authorized(request, self.base_url):
            return self._error(401, "Unauthorized", headers)
        try:
            status, body, content_type = self._route(request)
        except _ProblemError as problem:
            return self._error(problem.status, problem.detail, {**headers, **problem.headers}, **problem.extra)
        except Exception as exc:  # a bug in the fake: answer 500 (schemathesis flags it) rather than hang up
            return self._error(500, f"fake server error: {type(exc).__name__}: {exc}", headers)
        return status, body, content_type, headers

    def _error(
        self, status: int, detail: str, headers: dict[str, str], **extra: Any
    ) -> tuple[int, bytes, str, dict[str, str]]:
        return status, json.dumps(_problem(status, detail, **extra)).encode(), "application/problem+json", headers

    def _routes(self) -> list[tuple[re.Pattern[str], str, Callable[..., tuple[int, bytes, str]]]]:
        return [
            (re.compile(r"/2/chat/conversations"), "GET", self._list_conversations),
            (re.compile(r"/2/chat/conversations/group"), "POST", self._create_group),
            (re.compile(r"/2/chat/conversations/group/initialize"), "POST", self._initialize_group),
            (re.compile(r"/2/chat/conversations/(?!group$)([^/]*)"), "GET", self._get_conversation),
            (re.compile(r"/2/chat/conversations/([^/]*)/events"), "GET", self._get_events),
            (re.compile(r"/2/chat/conversations/([^/]*)/keys"), "POST", self._add_keys),
            (re.compile(r"/2/chat/conversations/([^/]*)/members"), "POST", self._add_members),
            (re.compile(r"/2/chat/conversations/([^/]*)/messages"), "POST", self._send_message),
            (re.compile(r"/2/chat/conversations/([^/]*)/read"), "POST", self._mark_read),
            (re.compile(r"/2/chat/conversations/([^/]*)/typing"), "POST", self._typing),
            (re.compile(r"/2/chat/media/upload/initialize"), "POST", self._media_initialize),
            (re.compile(r"/2/chat/media/upload/([^/]*)/append"), "POST", self._media_append),
            (re.compile(r"/2/chat/media/upload/([^/]*)/finalize"), "POST", self._media_finalize),
            (re.compile(r"/2/chat/media/(?!upload/)([^/]*)/([^/]*)"), "GET", self._media_download),
            (re.compile(r"/2/users/public_keys"), "GET", self._bulk_public_keys),
            (re.compile(r"/2/users/([^/]*)/public_keys"), "GET", self._public_keys),
            (re.compile(r"/2/users/([^/]*)/public_keys"), "POST", self._add_public_key),
            (re.compile(r"/2/broadcasts/([^/]*)/chat"), "POST", self._broadcast_chat),
        ]

    def _route(self, request: RecordedRequest) -> tuple[int, bytes, str]:
        allowed = []
        for pattern, method, handler in self._routes():
            match = pattern.fullmatch(request.path)
            if match is None:
                continue
            if request.method != method:
                allowed.append(method)
                continue
            return handler(request, *(unquote(group) for group in match.groups()))
        if allowed:
            raise _ProblemError(405, f"{request.method} is not allowed here", headers={"allow": ", ".join(allowed)})
        raise _ProblemError(404, f"no route for {request.method} {request.path}")

    def _conversation(self, raw: str) -> FakeConversation:
        if USER_ID.fullmatch(raw):  # the recipient-only form: the direct conversation with that user
            for candidate in (f"{self.user_id}-{raw}", f"{raw}-{self.user_id}"):
                if candidate in self.conversations:
                    return self.conversations[candidate]
        if not CONVERSATION_REF.fullmatch(raw):
            raise _ProblemError(
                400,
                "One or more parameters to your request was invalid.",
                errors=[
                    {
                        "parameters": {"id": [raw]},
                        "message": f"The `id` path parameter value [{raw}] is not valid",
                    }
                ],
            )
        conversation = self.conversations.get(raw)
        if conversation is None:
            raise _ProblemError(
                404,
                f"Could not find conversation with id: [{raw}].",
                resource_type="dm_conversation",
                resource_id=raw,
                parameter="id",
                value=raw,
            )
        return conversation

    @staticmethod
    def _invalid(name: str, value: str, message: str) -> _ProblemError:
        return _ProblemError(
            400,
            "One or more parameters to your request was invalid.",
            errors=[{"parameters": {name: [value]}, "message": message}],
        )

    def _query(self, request: RecordedRequest, checks: Mapping[str, _Check]) -> dict[str, Any]:
        """The query parameters, each checked as the spec says; X-style 400 problems otherwise."""
        query: dict[str, Any] = {}
        for name, value in request.query:
            if name in query:
                raise self._invalid(name, value, f"Duplicate parameter [{name}]")
            check = checks.get(name)
            if check is None:
                allowed = ",".join(checks)
                raise self._invalid(name, value, f"The query parameter [{name}] is not one of [{allowed}]")
            checked = check(value)
            if isinstance(checked, _Invalid):
                raise self._invalid(name, value, f"The `{name}` query parameter value [{value}] {checked}")
            query[name] = checked
        return query

    def _get_events(self, request: RecordedRequest, conversation_id: str) -> tuple[int, bytes, str]:
        conversation = self._conversation(conversation_id)
        query = self._query(
            request,
            {
                "max_results": _int_in(1, 100),
                "pagination_token": _string,
                "chat_message_event.fields": _names_of(ChatMessageEventField),
            },
        )
        max_results = query.get("max_results", 10)
        keys = set(query.get("chat_message_event.fields", DEFAULT_FIELDS))
        newest_first = conversation.events[::-1]
        offset = 0
        if "pagination_token" in query:
            offset = self._decode_token(conversation, query["pagination_token"])
        chunk = newest_first[offset : offset + max_results]
        data = [conversation.served(event, keys) for event in chunk]
        meta: dict[str, Any] = {"result_count": len(data)}
        next_offset = offset + len(chunk)
        has_more = next_offset < len(newest_first)
        meta["has_more"] = has_more
        if has_more:
            # A misbehaving server repeats the second page's token forever.
            next_token_offset = max_results if conversation.repeat_next_token else next_offset
            meta["next_token"] = self._encode_token(conversation, next_token_offset)
        if conversation.missing_key_change_events:
            meta["conversation_key_events"] = list(conversation.missing_key_change_events)
        body: dict[str, Any] = {}
        if data:
            body["data"] = data
        if conversation.page_errors:
            body["errors"] = list(conversation.page_errors)
        body["meta"] = meta
        return 200, json.dumps(body, separators=(",", ":")).encode(), "application/json"

    @staticmethod
    def _encode_token(conversation: FakeConversation, offset: int) -> str:
        raw = f"{conversation.conversation_id}:{offset}".encode()
        return base64.b32encode(raw).decode().rstrip("=").lower()

    def _decode_token(self, conversation: FakeConversation, token: str) -> int:
        try:
            padded = token.upper() + "=" * (-len(token) % 8)
            cid, _, offset = base64.b32decode(padded).decode().rpartition(":")
            if cid == conversation.conversation_id and offset.isdigit():
                return int(offset)
        except (binascii.Error, UnicodeDecodeError, ValueError):
            pass
        raise self._invalid(
            "pagination_token", token, f"The `pagination_token` query parameter value [{token}] is not valid"
        )

    def _list_conversations(self, request: RecordedRequest) -> tuple[int, bytes, str]:
        query = self._query(
            request,
            {
                "max_results": _int_in(1, 100),
                "pagination_token": _string,
                "chat_conversation.fields": _names_of(ChatConversationField),
                "expansions": _names_of(ChatConversationExpansion),
                "user.fields": _names_of(UserField),
            },
        )
        conversations = list(self.conversations.values())
        offset = 0
        if "pagination_token" in query:
            token = query["pagination_token"]
            if not token.isascii() or not token.isdigit():
                raise self._invalid("pagination_token", token, "is not valid")
            offset = int(token)
        chunk = conversations[offset : offset + query.get("max_results", 10)]
        data = [self._metadata(c, query) for c in chunk]
        meta: dict[str, Any] = {"result_count": len(data), "has_more": offset + len(chunk) < len(conversations)}
        if offset + len(chunk) < len(conversations):
            meta["next_token"] = str(offset + len(chunk))
        body: dict[str, Any] = {"meta": meta}
        if data:
            body["data"] = data
        users = self._expanded_users(chunk, query)
        if users:
            body["includes"] = {"users": users}
        return 200, json.dumps(body).encode(), "application/json"

    _CONVERSATION_QUERY: Mapping[str, _Check] = {
        "chat_conversation.fields": _names_of(ChatConversationField),
        "expansions": _names_of(ChatConversationExpansion),
        "user.fields": _names_of(UserField),
    }

    def _get_conversation(self, request: RecordedRequest, conversation_id: str) -> tuple[int, bytes, str]:
        conversation = self._conversation(conversation_id)
        query = self._query(request, self._CONVERSATION_QUERY)
        body: dict[str, Any] = {"data": self._metadata(conversation, query)}
        users = self._expanded_users([conversation], query)
        if users:
            body["includes"] = {"users": users}
        return 200, json.dumps(body).encode(), "application/json"

    def _metadata(self, conversation: FakeConversation, query: Mapping[str, Any]) -> dict[str, Any]:
        """v2.167's ChatConversation: the selected fields (X's defaults: id, type) and, per expansion, the IDs."""
        group = conversation.conversation_id.startswith("g")
        first = int(conversation.events[0]["created_at_msec"]) if conversation.events else 1_735_689_600_000
        last = int(conversation.events[-1]["created_at_msec"]) if conversation.events else first
        full: dict[str, Any] = {
            "id": conversation.conversation_id,
            "type": "group" if group else "direct",
            "created_at": rfc3339(first),
            "updated_at": rfc3339(last),
            "is_muted": False,
            "message_ttl_ms": 0,
            "screen_capture_blocking_enabled": False,
            "screen_capture_detection_enabled": False,
        }
        if group:
            full["group_name"] = f"Group {conversation.conversation_id[1:7]}"
            full["group_avatar_url"] = f"https://example.invalid/avatars/{conversation.conversation_id}.png"
        wanted = set(query.get("chat_conversation.fields", DEFAULT_CONVERSATION_FIELDS))
        data = {k: v for k, v in full.items() if k in wanted}
        for expansion in query.get("expansions", []):
            ids = list(conversation.participant_ids)
            data[expansion] = ids[:1] if expansion == "admin_ids" and group else ids
        return data

    @staticmethod
    def _expanded_users(conversations: Iterable[FakeConversation], query: Mapping[str, Any]) -> list[dict[str, Any]]:
        if not query.get("expansions"):
            return []
        wanted = set(query.get("user.fields", [])) | {"id", "name", "username"}
        users: dict[str, dict[str, Any]] = {}
        for conversation in conversations:
            for user_id in conversation.participant_ids:
                full = {
                    "id": user_id,
                    "name": f"User {user_id[-4:]}",
                    "username": f"user{user_id[-6:]}",
                    "created_at": "2020-01-01T00:00:00.000Z",
                    "protected": False,
                    "verified": False,
                }
                users[user_id] = {k: v for k, v in full.items() if k in wanted}
        return list(users.values())

    def _json_body(
        self,
        request: RecordedRequest,
        fields: Mapping[str, tuple[_Check, bool]] | None = None,
        *,
        schema: str | None = None,
    ) -> dict[str, Any]:
        """The JSON object body, checked against the spec's component ``schema`` and/or field by field
        (check, required); X-style 400 problems otherwise."""
        if not request.headers.get("content-type", "").startswith("application/json"):
            raise _ProblemError(400, f"expected application/json, got {request.headers.get('content-type')!r}")
        try:
            body = json.loads(request.body)
        except ValueError:
            raise _ProblemError(400, "request body is not JSON") from None
        if not isinstance(body, dict):
            raise _ProblemError(400, "request body is not a JSON object")
        if schema is not None:
            problem = _schema_problem(schema, body)
            if problem:
                raise _ProblemError(400, f"the request body does not match {schema}: {problem}")
        for name, (check, required) in (fields or {}).items():
            if name not in body:
                if required:
                    raise _ProblemError(400, f"the request body lacks `{name}`")
                continue
            if isinstance(check(body[name]), _Invalid):
                raise _ProblemError(400, f"`{name}` {check(body[name])}")
        return body

    def _send_message(self, request: RecordedRequest, conversation_id: str) -> tuple[int, bytes, str]:
        conversation = self._conversation(conversation_id)
        body = self._json_body(
            request,
            {
                "message_id": (_json_str, True),
                "encoded_message_create_event": (_json_str, True),
                "encoded_message_event_signature": (_json_str, False),
                "conversation_token": (_json_str, False),
            },
        )
        try:
            payload = base64.b64decode(body["encoded_message_create_event"], validate=True)
        except ValueError:  # binascii.Error, or a non-ASCII string
            raise _ProblemError(400, "`encoded_message_create_event` is not base64") from None
        sender = conversation.participant_ids[0]
        last = int(conversation.events[-1]["created_at_msec"]) if conversation.events else int(time.time() * 1000)
        event = conversation.add_event(sender, created_at_msec=last + 1000, payload=payload)
        return 201, json.dumps({"data": {"encoded_message_event": event["encoded_event"]}}).encode(), "application/json"

    def _mark_read(self, request: RecordedRequest, conversation_id: str) -> tuple[int, bytes, str]:
        self._conversation(conversation_id)
        self._json_body(request, {"seen_until_sequence_id": (_json_str, True)})
        return 200, b'{"data":{"success":true}}', "application/json"

    def _typing(self, request: RecordedRequest, conversation_id: str) -> tuple[int, bytes, str]:
        self._conversation(conversation_id)
        return 200, b'{"data":{"success":true}}', "application/json"

    def _media_initialize(self, request: RecordedRequest) -> tuple[int, bytes, str]:
        body = self._json_body(
            request,
            {"conversation_id": (_json_str, True), "total_bytes": (_json_int_from(0), True)},
            schema="ChatMediaUploadInitializeRequest",
        )
        session = str(len(self.uploads) + 735401)
        key = f"k{hashlib.sha256(session.encode()).hexdigest()[:12]}"
        conversation_id = body.get("conversation_id", "")
        self.uploads[session] = {"conversation_id": conversation_id, "key": key, "parts": {}}
        data = {"session_id": session, "media_hash_key": key, "conversation_id": conversation_id}
        return 200, json.dumps({"data": data}).encode(), "application/json"

    def _upload(self, session: str) -> dict[str, Any]:
        if session not in self.uploads:
            raise _ProblemError(404, f"no upload session {session!r}")
        return self.uploads[session]

    def _media_append(self, request: RecordedRequest, session: str) -> tuple[int, bytes, str]:
        index, chunk = self._append_body(request)
        self._upload(session)["parts"][index] = chunk
        return 200, json.dumps({"data": {"expires_at": int(time.time()) + 86400}}).encode(), "application/json"

    def _media_finalize(self, request: RecordedRequest, session: str) -> tuple[int, bytes, str]:
        self._json_body(request, schema="ChatMediaUploadFinalizeRequest")
        upload = self._upload(session)
        self.media[(upload["conversation_id"], upload["key"])] = b"".join(
            upload["parts"][i] for i in sorted(upload["parts"])
        )
        return 200, b'{"data":{"success":true}}', "application/json"

    def _bulk_public_keys(self, request: RecordedRequest) -> tuple[int, bytes, str]:
        query = self._query(request, {"ids": _string, "public_key.fields": _names_of(PublicKeyField)})
        if "ids" not in query:
            raise self._invalid("ids", "", "The `ids` query parameter is required")
        ids = query["ids"].split(",")
        if not 1 <= len(ids) <= 100 or not all(USER_ID.fullmatch(i) for i in ids):
            raise self._invalid("ids", query["ids"], "The `ids` query parameter takes 1 to 100 user IDs")
        wanted = set(query.get("public_key.fields", ["public_key", "signing_public_key"]))
        data = [
            {k: v for k, v in key.items() if k in wanted}
            for user_id in ids
            for key in self.public_keys.get(user_id, [])
        ]
        body: dict[str, Any] = {"data": data} if data else {}
        missing = [i for i in ids if not self.public_keys.get(i)]
        if missing:
            body["errors"] = [
                _problem(404, f"Could not find public keys of user: [{i}].", resource_type="user", resource_id=i)
                for i in missing
            ]
        return 200, json.dumps(body).encode(), "application/json"

    def _add_public_key(self, request: RecordedRequest, user_id: str) -> tuple[int, bytes, str]:
        if not USER_ID.fullmatch(user_id):
            raise self._invalid("id", user_id, f"The `id` path parameter value [{user_id}] is not valid")
        body = self._json_body(request, schema="AddUserPublicKeyRequest")
        key = {**body["public_key"], "public_key_version": body["version"]}
        self.public_keys.setdefault(user_id, []).append(key)
        return 200, json.dumps({"data": {"public_key_version": body["version"]}}).encode(), "application/json"

    def _create_group(self, request: RecordedRequest) -> tuple[int, bytes, str]:
        body = self._json_body(request, schema="CreateChatConversationRequest")
        cid = body["conversation_id"]
        if CONVERSATION_ID.fullmatch(cid) and cid.startswith("g") and cid not in self.conversations:
            members = [m for m in body["group_members"] if isinstance(m, str)]
            self.add_conversation(cid, participant_ids=[self.user_id, *members])
        return 201, json.dumps({"data": {"conversation_id": cid}}).encode(), "application/json"

    def _initialize_group(self, request: RecordedRequest) -> tuple[int, bytes, str]:
        group_id = str(10**18 + len(self.conversations) * 7919 + secrets.randbelow(10**6))
        return 200, json.dumps({"data": {"conversation_id": f"g{group_id}"}}).encode(), "application/json"

    def _add_keys(self, request: RecordedRequest, conversation_id: str) -> tuple[int, bytes, str]:
        self._conversation(conversation_id)
        self._json_body(request, schema="AddConversationKeysRequest")
        return 200, json.dumps({"data": {"conversation_id": conversation_id}}).encode(), "application/json"

    def _add_members(self, request: RecordedRequest, conversation_id: str) -> tuple[int, bytes, str]:
        self._conversation(conversation_id)
        self._json_body(request, schema="AddChatGroupMembersRequest")
        return 200, b'{"data":{}}', "application/json"

    def _broadcast_chat(self, request: RecordedRequest, broadcast_id: str) -> tuple[int, bytes, str]:
        if not re.fullmatch(r"[a-zA-Z0-9]{1,13}", broadcast_id, re.ASCII):
            raise self._invalid("id", broadcast_id, f"The `id` path parameter value [{broadcast_id}] is not valid")
        self._json_body(request, schema="SendBroadcastChatRequest")
        data = {"success": True, "timestamp": str(int(time.time() * 1000))}
        return 200, json.dumps({"data": data}).encode(), "application/json"

    def _public_keys(self, request: RecordedRequest, user_id: str) -> tuple[int, bytes, str]:
        if not re.fullmatch(r"[0-9]{1,19}", user_id, re.ASCII):
            raise self._invalid("id", user_id, f"The `id` path parameter value [{user_id}] is not valid")
        query = self._query(request, {"public_key.fields": _names_of(PublicKeyField)})
        keys = self.public_keys.get(user_id)
        if not keys:
            raise _ProblemError(
                404, f"Could not find public keys of user: [{user_id}].", resource_type="user", resource_id=user_id
            )
        wanted = set(query.get("public_key.fields", ["public_key", "signing_public_key"]))
        data = [{k: v for k, v in key.items() if k in wanted} for key in keys]
        return 200, json.dumps({"data": data}).encode(), "application/json"

    def _media_download(self, request: RecordedRequest, conversation_id: str, key: str) -> tuple[int, bytes, str]:
        if not re.fullmatch(r"[a-zA-Z0-9]{1,50}", key, re.ASCII):
            raise self._invalid(
                "media_hash_key", key, f"The `media_hash_key` path parameter value [{key}] is not valid"
            )
        blob = self.media.get((conversation_id, key))
        if blob is None:
            raise _ProblemError(404, f"no media {key!r} in {conversation_id!r}")
        return 200, blob, "application/octet-stream"

    def _append_body(self, request: RecordedRequest) -> tuple[int, bytes]:
        """The append body: multipart/form-data with the raw segment (our spec's fix #2)."""
        content_type = request.headers.get("content-type", "")
        if not content_type.startswith("multipart/form-data"):
            raise _ProblemError(400, f"expected multipart/form-data, got {content_type!r}")
        message = BytesParser(policy=HTTP).parsebytes(f"content-type: {content_type}\r\n\r\n".encode() + request.body)
        fields: dict[str, bytes] = {}
        for part in message.iter_parts():
            name = part.get_param("name", header="content-disposition")
            payload = part.get_payload(decode=True)
            fields[str(name)] = payload if isinstance(payload, bytes) else b""
        missing = {"media", "segment_index", "conversation_id", "media_hash_key"} - set(fields)
        if missing:
            raise _ProblemError(400, f"the multipart body lacks {sorted(missing)}")
        extra = set(fields) - {"media", "segment_index", "conversation_id", "media_hash_key"}
        if extra:
            raise _ProblemError(400, f"the multipart body has unknown fields {sorted(extra)}")
        segment = fields["segment_index"].decode("ascii", "replace")
        if not re.fullmatch(r"[0-9]{1,3}", segment, re.ASCII):
            raise _ProblemError(400, "`segment_index` is not 0 to 999")
        return int(segment), fields["media"]


@functools.cache
def _spec_validators() -> dict[str, Any]:
    """A validator per component schema of the shipped spec (OpenAPI 3.0 semantics: nullable, formats)."""
    from openapi_schema_validator import OAS30Validator
    from referencing import Registry
    from referencing.jsonschema import DRAFT4

    from ..spec import spec_bytes

    spec = json.loads(spec_bytes())
    registry: Registry[Any] = Registry().with_resource("spec.json", DRAFT4.create_resource(spec))
    return {
        name: OAS30Validator({"$ref": f"spec.json#/components/schemas/{name}"}, registry=registry)
        for name in spec["components"]["schemas"]
    }


def _schema_problem(schema: str, body: Any) -> str | None:
    """Why ``body`` does not match the spec's schema ``schema`` (the first reason), or None."""
    error = next(iter(_spec_validators()[schema].iter_errors(body)), None)
    if error is None:
        return None
    where = "/".join(str(p) for p in error.absolute_path) or "body"
    return f"{where}: {error.message[:200]}"


class _ProblemError(Exception):
    def __init__(self, status: int, detail: str, *, headers: Mapping[str, str] | None = None, **extra: Any) -> None:
        super().__init__(detail)
        self.status = status
        self.detail = detail
        self.headers = dict(headers or {})
        self.extra = extra
