"""The HTTP side of the fake server: requests as recorded, injected faults, the socket handler."""

from __future__ import annotations

import contextlib
import secrets
import socket
import sys
import time
from collections.abc import Mapping
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import TYPE_CHECKING, Any
from urllib.parse import parse_qsl, urlsplit

import attrs

from .problems import problem_body
from .rate_limits import DEFAULT_LIMIT

if TYPE_CHECKING:
    from .server import FakeXServer

__all__ = ["STREAMING", "Fault", "HTTPServer", "RecordedRequest"]

STREAMING = "x-fake/activity-stream"
"""The content type a route answers to have the handler stream (the activity stream) instead of
sending a body."""


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
        """Every value the query gave ``name``, in order.

        Args:
            name: A query parameter's name.
        """
        return [v for k, v in self.query if k == name]


@attrs.define
class Fault:
    """What the server does instead of (or before) answering the next matching request.

    ``status=None`` answers normally after ``delay``; ``drop=True`` closes the connection without
    an answer. ``times`` requests are affected; ``path`` limits it to paths starting with that.
    """

    status: int | None = 500
    body: bytes | None = None
    drop_after: bool = False
    """Handle the request (a write is stored), then close the connection without answering."""
    cut_after: int | None = None
    """Answer normally, but close the connection after this many bytes of the body (the headers
    promised all of it): a transfer dropped mid-stream."""
    headers: dict[str, str] = attrs.field(factory=dict)
    content_type: str = "application/problem+json"
    delay: float = 0.0
    drip: float | None = None
    """Answer normally, but one byte every ``drip`` seconds (the body; the head too with
    ``drip_head``), for at most ``drip_for`` seconds: a server that holds a call without ever timing
    out a single read."""
    drip_head: bool = False
    drip_for: float = 30.0
    drop: bool = False
    times: int = 1
    path: str = "/2/chat/"

    @classmethod
    def rate_limited(
        cls, reset_in: float = 1.0, *, retry_after: float | None = None, times: int = 1, path: str = "/2/chat/"
    ) -> Fault:
        """429 with ``x-rate-limit-*`` headers whose reset is ``reset_in`` seconds away.

        Args:
            reset_in: Seconds until the reset the headers announce.
            retry_after: A `Retry-After` header's seconds, or None for none.
            times: How many matching requests are affected.
            path: Only requests whose path starts with this are affected.
        """
        headers = {
            "x-rate-limit-limit": str(DEFAULT_LIMIT),
            "x-rate-limit-remaining": "0",
            "x-rate-limit-reset": str(int(time.time() + reset_in + 0.999)),
        }
        if retry_after is not None:
            headers["retry-after"] = f"{retry_after:g}"
        return cls(status=429, headers=headers, times=times, path=path)

    @classmethod
    def server_error(cls, status: int = 503, *, times: int = 1, path: str = "/2/chat/") -> Fault:
        """An error status (an RFC 7807 problem) instead of the answer.

        Args:
            status: The 5xx status to answer.
            times: How many matching requests are affected.
            path: Only requests whose path starts with this are affected.
        """
        return cls(status=status, times=times, path=path)

    @classmethod
    def reset_after_handling(cls, *, times: int = 1, path: str = "/2/chat/") -> Fault:
        """The server does its work (stores a message), then the connection drops before the answer.

        Args:
            times: How many matching requests are affected.
            path: Only requests whose path starts with this are affected.
        """
        return cls(status=None, drop_after=True, times=times, path=path)

    @classmethod
    def malformed(
        cls,
        body: bytes = b"<html><body>Bad gateway</body></html>",
        *,
        status: int = 200,
        content_type: str = "text/html",
        path: str = "/2/chat/",
    ) -> Fault:
        """A body that is not what the spec says (by default a 200 with an HTML page), once.

        Args:
            body: What to answer instead of the JSON.
            status: The status to answer with.
            content_type: The answer's content type.
            path: Only requests whose path starts with this are affected.
        """
        return cls(status=status, body=body, content_type=content_type, path=path)

    @classmethod
    def dripping(
        cls, interval: float = 0.2, *, head: bool = False, times: int = 1, path: str = "/2/chat/", seconds: float = 30.0
    ) -> Fault:
        """Answer normally, a byte every ``interval`` seconds (the body, or the whole answer with
        ``head``), giving up after ``seconds``.

        Args:
            interval: Seconds between two bytes.
            head: Drip the status line and headers too.
            times: How many matching requests are affected.
            path: Only requests whose path starts with this are affected.
            seconds: The longest the server keeps dripping (then it closes the connection).
        """
        return cls(status=None, drip=interval, drip_head=head, drip_for=seconds, times=times, path=path)

    @classmethod
    def slow(cls, delay: float, *, times: int = 1) -> Fault:
        """Answer normally, after ``delay`` seconds.

        Args:
            delay: Seconds to wait before answering.
            times: How many matching requests are affected.
        """
        return cls(status=None, delay=delay, times=times)

    @classmethod
    def disconnect(cls, *, times: int = 1) -> Fault:
        """Close the connection without reading the request or answering (nothing is handled).

        Args:
            times: How many matching requests are affected.
        """
        return cls(drop=True, times=times)

    @classmethod
    def cut_mid_body(cls, after_bytes: int, *, times: int = 1, path: str = "/2/chat/") -> Fault:
        """The answer starts, then the connection drops after ``after_bytes`` of its body.

        Args:
            after_bytes: Body bytes sent before the connection drops.
            times: How many matching requests are affected.
            path: Only requests whose path starts with this are affected.
        """
        return cls(status=None, cut_after=after_bytes, times=times, path=path)


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    # Headers and body go out in separate writes: with Nagle on, a reply whose last segment is small
    # waits for the client's delayed ACK (~40 ms), depending only on the body's size.
    disable_nagle_algorithm = True
    server: HTTPServer
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
        fault = fake.take_fault(record)
        if fault is not None:
            if fault.delay:
                time.sleep(fault.delay)
            if fault.drop:
                self.close_connection = True
                self.connection.close()
                return
            if fault.status is not None:
                payload = fault.body if fault.body is not None else problem_body(fault.status)
                self._send(fault.status, payload, fault.content_type, fault.headers)
                return
        if fake.latency:
            time.sleep(fake.latency)
        status, payload, content_type, headers = fake.respond(record)
        if content_type == STREAMING:
            fake.activity.serve_stream(self, record, headers)
            return
        if fault is not None and fault.drop_after:
            self.close_connection = True
            self.connection.close()
            return
        if fault is not None and fault.headers:
            headers = {**headers, **fault.headers}
        if fault is not None and fault.drip is not None:
            self._drip(status, payload, content_type, headers, fault)
            return
        self._send(status, payload, content_type, headers, cut_after=fault.cut_after if fault else None)

    def _drip(self, status: int, payload: bytes, content_type: str, headers: Mapping[str, str], fault: Fault) -> None:
        """The answer a byte at a time (see `Fault.drip`), until sent, the client leaves, or time is up."""
        assert fault.drip is not None
        head = f"HTTP/1.1 {status} {HTTPStatus(status).phrase}\r\ncontent-type: {content_type}\r\n"
        head += f"content-length: {len(payload)}\r\n" + "".join(f"{k}: {v}\r\n" for k, v in headers.items()) + "\r\n"
        whole = head.encode() + payload
        slow_from = 0 if fault.drip_head else len(head)
        self.close_connection = True
        ends = time.monotonic() + fault.drip_for
        with contextlib.suppress(OSError):
            self.wfile.write(whole[:slow_from])
            self.wfile.flush()
            for index in range(slow_from, len(whole)):
                if time.monotonic() > ends:
                    break
                self.wfile.write(whole[index : index + 1])
                self.wfile.flush()
                time.sleep(fault.drip)
            self.connection.shutdown(socket.SHUT_RDWR)

    def _send(
        self,
        status: int,
        payload: bytes,
        content_type: str,
        headers: Mapping[str, str],
        *,
        cut_after: int | None = None,
    ) -> None:
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
        if cut_after is None:
            self.wfile.write(payload)
            return
        self.close_connection = True
        with contextlib.suppress(OSError):  # the client may have hung up first
            self.wfile.write(payload[:cut_after])
            self.wfile.flush()
            self.connection.shutdown(socket.SHUT_RDWR)


class HTTPServer(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True
    request_queue_size = 128
    fake: FakeXServer

    def handle_error(self, request: Any, client_address: Any) -> None:
        """A client that went away (killed, timed out) is normal for a test server, not a traceback."""
        if isinstance(sys.exc_info()[1], ConnectionError):
            return
        super().handle_error(request, client_address)
