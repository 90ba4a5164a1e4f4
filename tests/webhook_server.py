"""Serving a `WebhookApp` for the tests: under uvicorn, in a thread (``serving``) or in a process of
its own that a test may SIGKILL (``WebhookProcess``, running ``python -m tests.webhook_server``)."""

from __future__ import annotations

import argparse
import contextlib
import os
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import uvicorn

from .redis_server import free_port

ROOT = Path(__file__).resolve().parent.parent


@contextlib.contextmanager
def serving(app: Any) -> Iterator[str]:
    """``app`` under uvicorn on 127.0.0.1 (a free port) in a thread; its base URL."""
    port = free_port()
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning", lifespan="on"))
    thread = threading.Thread(target=server.run, name="uvicorn", daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not server.started:
        if not thread.is_alive() or time.monotonic() > deadline:
            raise RuntimeError("uvicorn did not start")
        time.sleep(0.01)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=30)


class WebhookProcess:
    """``python -m tests.webhook_server``: a WebhookApp under uvicorn whose handler appends each
    event_uuid to ``out`` (one line, fsynced), raising on an event's first attempt with ``fail_first``."""

    def __init__(self, journal: Path, out: Path, secret: str, *, fail_first: bool = False) -> None:
        self.port = free_port()
        self.journal, self.out, self.secret, self.fail_first = journal, out, secret, fail_first
        self.process: subprocess.Popen[bytes] | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/"

    def start(self, *, base_url: str | None = None, token: str | None = None, webhook_id: str | None = None) -> None:
        command = [
            sys.executable,
            "-m",
            "tests.webhook_server",
            "--port",
            str(self.port),
            "--journal",
            str(self.journal),
        ]
        command += ["--out", str(self.out), "--secret", self.secret]
        if self.fail_first:
            command.append("--fail-first")
        if webhook_id is not None:
            command += ["--base-url", str(base_url), "--token", str(token), "--webhook-id", webhook_id]
        self.process = subprocess.Popen(command, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        deadline = time.monotonic() + 30
        while True:
            try:
                if httpx.get(self.url, params={"crc_token": "up"}, timeout=1).status_code == 200:
                    return
            except httpx.TransportError:
                pass
            if self.process.poll() is not None or time.monotonic() > deadline:
                err = self.process.stderr.read().decode() if self.process.stderr else ""
                raise RuntimeError(f"the webhook process did not start: {err}")
            time.sleep(0.02)

    def kill(self) -> None:
        """SIGKILL: no shutdown, no flush."""
        if self.process is not None:
            os.kill(self.process.pid, signal.SIGKILL)
            self.process.wait()
            if self.process.stderr:
                self.process.stderr.close()
            self.process = None

    def handled(self) -> list[str]:
        return self.out.read_text().split() if self.out.exists() else []


def main() -> None:
    parser = argparse.ArgumentParser()
    for name in ("--port", "--journal", "--out", "--secret", "--base-url", "--token", "--webhook-id"):
        parser.add_argument(name, default=None)
    parser.add_argument("--fail-first", action="store_true")
    args = parser.parse_args()
    from x_chat import ChatClient
    from x_chat.activity import ChatActivity
    from x_chat.webhooks import WebhookApp

    attempts: set[str] = set()

    def on_event(activity: ChatActivity) -> None:
        key = str(activity.event_uuid)
        if args.fail_first and key not in attempts:
            attempts.add(key)
            raise RuntimeError("the handler crashed")
        with open(args.out, "a") as out:
            out.write(key + "\n")
            out.flush()
            os.fsync(out.fileno())

    client = ChatClient(token=args.token, base_url=args.base_url) if args.webhook_id else None
    app = WebhookApp(
        consumer_secret=args.secret, on_event=on_event, journal=args.journal, client=client, webhook_id=args.webhook_id
    )
    uvicorn.run(app, host="127.0.0.1", port=int(args.port), log_level="warning", lifespan="on")


if __name__ == "__main__":
    main()
