"""The benchmark's server: pre-serialized conversation pages over HTTP/1.1 on 127.0.0.1.

Run in its own process (``python benchmarks/page_server.py --delay 0.02``) so that serving does not
compete with the measured client for the GIL. It prints its port on the first line of stdout.

A conversation ``g<N>`` has N pages of 100 events; page bodies are built once, up front, from the
fake X server's deterministic events (v2.167's fields, realistic ``encoded_event`` sizes); each request
only appends the page's ``meta`` (with its ``next_token``). It serves ``/2/chat/conversations/{id}/events``,
the path both our SDK and xdk call.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlsplit

from x_chat.testing import FakeXServer, RateLimits

DISTINCT_PAGES = 8
PATH = re.compile(r"/2/chat/conversations/g([0-9]+)/events")


def build_pages(payload_bytes: int) -> list[bytes]:
    """The pre-serialized ``data`` arrays of DISTINCT_PAGES different pages."""
    fake = FakeXServer(rate_limits=RateLimits(limit=10**9))
    conversation = fake.add_conversation("g1", events=100 * DISTINCT_PAGES, payload_bytes=payload_bytes)
    events = conversation.served_events()
    return [json.dumps(events[i * 100 : (i + 1) * 100], separators=(",", ":")).encode() for i in range(DISTINCT_PAGES)]


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    disable_nagle_algorithm = True  # headers and body are separate writes: no delayed-ACK stalls
    server: Server

    def log_message(self, format: str, *args: object) -> None:
        pass

    def setup(self) -> None:
        super().setup()
        with self.server.lock:
            self.server.connections += 1

    def do_GET(self) -> None:
        url = urlsplit(self.path)
        match = PATH.fullmatch(url.path)
        if url.path == "/stats":
            return self._send(200, json.dumps({"connections": self.server.connections}).encode())
        if match is None:
            return self._send(404, b'{"title":"Not Found","type":"about:blank"}')
        if self.server.delay:
            time.sleep(self.server.delay)
        total = int(match.group(1))
        token = parse_qs(url.query).get("pagination_token", ["t0"])[0]
        index = int(token[1:]) if token[1:].isdigit() else 0
        meta = {"result_count": 100, "has_more": index + 1 < total}
        if index + 1 < total:
            meta["next_token"] = f"t{index + 1}"
        body = b'{"data":' + self.server.pages[index % DISTINCT_PAGES] + b',"meta":' + json.dumps(meta).encode() + b"}"
        self._send(200, body)

    def _send(self, status: int, body: bytes) -> None:
        self.send_response_only(status)
        self.send_header("content-type", "application/json")
        self.send_header("content-length", str(len(body)))
        self.send_header("x-rate-limit-limit", "900")
        self.send_header("x-rate-limit-remaining", "899")
        self.send_header("x-rate-limit-reset", str(int(time.time()) + 900))
        self.end_headers()
        self.wfile.write(body)


class Server(ThreadingHTTPServer):
    daemon_threads = True
    request_queue_size = 256

    def __init__(self, port: int, delay: float, pages: list[bytes]) -> None:
        super().__init__(("127.0.0.1", port), Handler)
        self.delay = delay
        self.pages = pages
        self.connections = 0
        self.lock = threading.Lock()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--port", type=int, default=0)
    parser.add_argument("--delay", type=float, default=0.0, help="seconds added to every page request")
    parser.add_argument("--payload-bytes", type=int, default=180)
    args = parser.parse_args()
    server = Server(args.port, args.delay, build_pages(args.payload_bytes))
    print(server.server_address[1], len(server.pages[0]), flush=True)
    try:
        server.serve_forever(poll_interval=0.1)
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()
        sys.stdout.flush()


if __name__ == "__main__":
    main()
