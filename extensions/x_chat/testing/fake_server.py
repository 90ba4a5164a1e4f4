"""A fake X API server for tests and demos: real HTTP on 127.0.0.1, the Chat endpoints of our spec."""

from __future__ import annotations

import base64
import binascii
import collections
import hashlib
import json
import random
import re
import secrets
import threading
import time
from collections.abc import Iterable, Mapping
from email.parser import BytesParser
from email.policy import HTTP
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qsl, unquote, urlsplit

import attrs

from x_chat_generated.models.chat_message_event_field import ChatMessageEventField

__all__ = ["DEFAULT_TOKEN", "FakeConversation", "FakeXServer", "Fault", "RecordedRequest"]

DEFAULT_TOKEN = "fake-x-token"
PROBLEMS = "https://api.twitter.com/2/problems/"
CONVERSATION_ID = re.compile(r"([0-9]{1,19}-[0-9]{1,19}|g[0-9]{1,19})", re.ASCII)
SELECTABLE = frozenset(m.value for m in ChatMessageEventField.__members__.values())
# What an event carries without `chat_message_event.fields`: `encoded_event` is required by the spec.
DEFAULT_FIELDS = frozenset({"id", "encoded_event", "sequence_id"})
# Selectable name -> the key events carry it under (upstream quirk: previous_id).
FIELD_KEYS = {"previous_id": "previous_sequence_id"}
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
            event["previous_sequence_id"] = self.events[-1]["sequence_id"]
        self.events.append(event)
        return event


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server: _Server
    error_content_type = "application/problem+json"

    def log_message(self, format: str, *args: Any) -> None:  # quiet: tests read server.requests
        pass

    def do_GET(self) -> None:
        self._handle("GET")

    def do_POST(self) -> None:
        self._handle("POST")

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


def _problem(status: int, detail: str | None = None, **extra: Any) -> dict[str, Any]:
    kinds = {
        400: ("invalid-request", "Invalid Request"),
        404: ("resource-not-found", "Not Found Error"),
        429: (None, "Too Many Requests"),
        401: (None, "Unauthorized"),
        403: ("client-forbidden", "Forbidden"),
    }
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

    def __init__(self, *, host: str = "127.0.0.1", port: int = 0, token: str = DEFAULT_TOKEN, latency: float = 0.0):
        self.host = host
        self.port = port
        self.tokens: set[str] = {token}
        self.token = token
        self.latency = latency
        self.conversations: dict[str, FakeConversation] = {}
        self.requests: list[RecordedRequest] = []
        self.uploads: dict[str, dict[str, Any]] = {}
        self.media: dict[tuple[str, str], bytes] = {}
        self._faults: collections.deque[Fault] = collections.deque()
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
        auth = request.headers.get("authorization", "")
        scheme, _, credential = auth.partition(" ")
        if scheme.lower() != "bearer" or credential not in self.tokens:
            return self._error(401, "Unauthorized", headers)
        try:
            status, body, content_type = self._route(request)
        except _ProblemError as problem:
            return self._error(problem.status, problem.detail, headers, **problem.extra)
        return status, body, content_type, headers

    def _error(
        self, status: int, detail: str, headers: dict[str, str], **extra: Any
    ) -> tuple[int, bytes, str, dict[str, str]]:
        return status, json.dumps(_problem(status, detail, **extra)).encode(), "application/problem+json", headers

    def _route(self, request: RecordedRequest) -> tuple[int, bytes, str]:
        parts = [unquote(p) for p in request.path.split("/")[1:]]
        method = request.method
        if parts[:3] != ["2", "chat", "conversations"] and parts[:3] != ["2", "chat", "media"]:
            raise _ProblemError(404, f"no route for {request.path}")
        if parts[2] == "conversations":
            if len(parts) == 3 and method == "GET":
                return self._list_conversations(request)
            if len(parts) >= 4:
                conversation = self._conversation(parts[3])
                if len(parts) == 4 and method == "GET":
                    return self._get_conversation(conversation, request)
                if len(parts) == 5 and method == "POST":
                    return self._conversation_action(conversation, parts[4], request)
        if parts[2] == "media":
            return self._media(parts[3:], request)
        raise _ProblemError(404, f"no route for {method} {request.path}")

    def _conversation(self, raw: str) -> FakeConversation:
        if not CONVERSATION_ID.fullmatch(raw):
            raise _ProblemError(
                400,
                "One or more parameters to your request was invalid.",
                errors=[
                    {
                        "parameters": {"conversation_id": [raw]},
                        "message": f"The `conversation_id` query parameter value [{raw}] is not valid",
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
                parameter="conversation_id",
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

    def _get_conversation(self, conversation: FakeConversation, request: RecordedRequest) -> tuple[int, bytes, str]:
        query: dict[str, str] = {}
        for name, value in request.query:
            if name in query:
                raise self._invalid(name, value, f"Duplicate parameter [{name}]")
            query[name] = value
        unknown = set(query) - {"max_results", "pagination_token", "chat_message_event.fields"}
        if unknown:
            name = sorted(unknown)[0]
            raise self._invalid(
                name,
                query[name],
                f"The query parameter [{name}] is not one of [max_results,pagination_token,chat_message_event.fields]",
            )
        raw_max = query.get("max_results", "10")
        if not raw_max.isascii() or not raw_max.isdigit() or not 1 <= int(raw_max) <= 100:
            raise self._invalid(
                "max_results", raw_max, f"The `max_results` query parameter value [{raw_max}] is not between 1 and 100"
            )
        max_results = int(raw_max)
        keys = set(DEFAULT_FIELDS)
        if "chat_message_event.fields" in query:
            for name in query["chat_message_event.fields"].split(","):
                if name not in SELECTABLE:
                    raise self._invalid(
                        "chat_message_event.fields",
                        name,
                        f"The `chat_message_event.fields` query parameter value [{name}] is not one of {sorted(SELECTABLE)}",
                    )
                keys.add(FIELD_KEYS.get(name, name))
        newest_first = conversation.events[::-1]
        offset = 0
        if "pagination_token" in query:
            offset = self._decode_token(conversation, query["pagination_token"])
        chunk = newest_first[offset : offset + max_results]
        data = [{k: v for k, v in event.items() if k in keys} for event in chunk]
        meta: dict[str, Any] = {"result_count": len(data)}
        next_offset = offset + len(chunk)
        has_more = next_offset < len(newest_first)
        meta["has_more"] = has_more
        if has_more:
            meta["next_token"] = self._encode_token(conversation, 0 if conversation.repeat_next_token else next_offset)
            if conversation.repeat_next_token:
                meta["next_token"] = self._encode_token(conversation, max_results)
        if conversation.missing_key_change_events:
            meta["missing_conversation_key_change_events"] = list(conversation.missing_key_change_events)
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
        data = [
            {
                "id": c.conversation_id,
                "type": "group" if c.conversation_id.startswith("g") else "direct",
                "participant_ids": list(c.participant_ids),
            }
            for c in self.conversations.values()
        ]
        body = {"data": data, "meta": {"result_count": len(data)}}
        return 200, json.dumps(body).encode(), "application/json"

    def _json_body(self, request: RecordedRequest) -> dict[str, Any]:
        if not request.headers.get("content-type", "").startswith("application/json"):
            raise _ProblemError(400, f"expected application/json, got {request.headers.get('content-type')!r}")
        try:
            body = json.loads(request.body)
        except ValueError:
            raise _ProblemError(400, "request body is not JSON") from None
        if not isinstance(body, dict):
            raise _ProblemError(400, "request body is not a JSON object")
        return body

    def _conversation_action(
        self, conversation: FakeConversation, action: str, request: RecordedRequest
    ) -> tuple[int, bytes, str]:
        if action == "messages":
            body = self._json_body(request)
            encoded = body.get("encoded_message_create_event")
            if not isinstance(encoded, str) or not isinstance(body.get("message_id"), str):
                raise _ProblemError(400, "message_id and encoded_message_create_event are required")
            sender = conversation.participant_ids[0]
            last = int(conversation.events[-1]["created_at_msec"]) if conversation.events else int(time.time() * 1000)
            event = conversation.add_event(
                sender, created_at_msec=last + 1000, payload=base64.b64decode(encoded + "==")
            )
            reply = {"data": {"encoded_message_event": event["encoded_event"]}}
            return 201, json.dumps(reply).encode(), "application/json"
        if action == "read":
            body = self._json_body(request)
            if not isinstance(body.get("seen_until_sequence_id"), str):
                raise _ProblemError(400, "seen_until_sequence_id is required")
            return 200, b'{"data":{"success":true}}', "application/json"
        if action == "typing":
            return 200, b'{"data":{"success":true}}', "application/json"
        raise _ProblemError(404, f"no route for POST {request.path}")

    def _media(self, parts: list[str], request: RecordedRequest) -> tuple[int, bytes, str]:
        if request.method == "POST" and parts == ["upload", "initialize"]:
            body = self._json_body(request)
            session = str(len(self.uploads) + 735401)
            key = f"k{hashlib.sha256(session.encode()).hexdigest()[:12]}"
            self.uploads[session] = {"conversation_id": body.get("conversation_id", ""), "key": key, "parts": {}}
            data = {"session_id": session, "media_hash_key": key, "conversation_id": body.get("conversation_id", "")}
            return 200, json.dumps({"data": data}).encode(), "application/json"
        if request.method == "POST" and len(parts) == 3 and parts[0] == "upload" and parts[1] in self.uploads:
            upload = self.uploads[parts[1]]
            if parts[2] == "append":
                index, chunk = self._append_body(request)
                upload["parts"][index] = chunk
                return 200, json.dumps({"data": {"expires_at": int(time.time()) + 86400}}).encode(), "application/json"
            if parts[2] == "finalize":
                self.media[(upload["conversation_id"], upload["key"])] = b"".join(
                    upload["parts"][i] for i in sorted(upload["parts"])
                )
                return 200, b'{"data":{"success":true}}', "application/json"
        if request.method == "GET" and len(parts) == 2:
            blob = self.media.get((parts[0], parts[1]))
            if blob is None:
                raise _ProblemError(404, f"no media {parts[1]!r} in {parts[0]!r}")
            return 200, blob, "application/octet-stream"
        raise _ProblemError(404, f"no route for {request.method} {request.path}")

    @staticmethod
    def _append_body(request: RecordedRequest) -> tuple[int, bytes]:
        content_type = request.headers.get("content-type", "")
        if content_type.startswith("application/json"):
            body = json.loads(request.body)
            return int(body["segment_index"]), base64.b64decode(body["media"])
        if content_type.startswith("multipart/form-data"):
            message = BytesParser(policy=HTTP).parsebytes(
                f"content-type: {content_type}\r\n\r\n".encode() + request.body
            )
            fields: dict[str, bytes] = {}
            for part in message.iter_parts():
                name = part.get_param("name", header="content-disposition")
                payload = part.get_payload(decode=True)
                fields[str(name)] = payload if isinstance(payload, bytes) else b""
            if "media" not in fields or "segment_index" not in fields:
                raise _ProblemError(400, f"multipart body lacks media or segment_index (has {sorted(fields)})")
            return int(fields["segment_index"]), fields["media"]
        raise _ProblemError(400, f"unsupported content-type {content_type!r}")


class _ProblemError(Exception):
    def __init__(self, status: int, detail: str, **extra: Any) -> None:
        super().__init__(detail)
        self.status = status
        self.detail = detail
        self.extra = extra
