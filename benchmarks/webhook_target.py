"""The two webhook servers `make bench` compares, each under uvicorn in a process of its own:
``--kind app`` is x-chat's `WebhookApp` (signature check, SQLite journal, handler), ``--kind bare``
a bare ASGI app that checks the same HMAC and answers 200. Prints nothing; the parent polls the port."""

from __future__ import annotations

import argparse
import base64
import hashlib
import hmac
from typing import Any

import uvicorn

SECRET = "bench-consumer-secret"


async def bare(scope: dict[str, Any], receive: Any, send: Any) -> None:
    if scope["type"] != "http":
        return
    body = b""
    while True:
        message = await receive()
        body += message.get("body", b"")
        if not message.get("more_body"):
            break
    header = dict(scope["headers"]).get(b"x-twitter-webhooks-signature", b"")
    expected = b"sha256=" + base64.b64encode(hmac.new(SECRET.encode(), body, hashlib.sha256).digest())
    status = 200 if hmac.compare_digest(header, expected) else 403
    await send({"type": "http.response.start", "status": status, "headers": [(b"content-type", b"application/json")]})
    await send({"type": "http.response.body", "body": b'{"received":true}'})


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--kind", choices=("app", "bare"), required=True)
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--journal", default=None)
    args = parser.parse_args()
    app: Any = bare
    if args.kind == "app":
        from x_chat.webhooks import WebhookApp

        app = WebhookApp(consumer_secret=SECRET, on_event=lambda activity: None, journal=args.journal)
    uvicorn.run(app, host="127.0.0.1", port=args.port, log_level="warning", access_log=False)


if __name__ == "__main__":
    main()
