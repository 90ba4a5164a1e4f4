"""Issue 25's figures for `make bench`, each a ratio measured in the same run:

- **stream throughput**: `stream_chat_activity` (read, parsed, typed, deduplicated) over a stream
  served as fast as a socket takes it (``stream_server.py``, another process), in events per second
  on one core, over X's ceiling of 250 events/s (target: at least 10x); raw httpx + orjson for context;
- **decrypted throughput**: `stream_chat_messages` (decrypted, verified, each once) over the same
  messages as raw chatxdk decrypting each delivery with the conversation key extracted once
  (``decrypt_event(event, conversation_keys=...)``), in messages per second (target: at least 0.9x);
- **latency**: from a line leaving the server (one every 5 ms) to the handler being called with the
  decrypted, verified message (`stream_chat_activity` + `decrypt_activity`), p50 and p99 (target:
  p99 at most 5 ms);
- **webhook**: `WebhookApp` under uvicorn (signature, journal, handler) against a bare ASGI app doing
  the same HMAC, requests per second from one keep-alive client (target: at least 0.8x).

``python benchmarks/realtime.py`` runs it alone.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import httpx
import orjson

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT / "tests"))
X_CEILING = 250.0
"""X's documented ceiling for the activity stream, events per second."""
ALICE, BOB = "1215441834412953600", "1603419180975409153"
STREAM_EVENTS = 60_000
MESSAGES = 400
LATENCY_MESSAGES = 400
WEBHOOK_REQUESTS = 1500
ROUNDS = 3
WEBHOOK_ROUNDS = 6
"""Alternating which server goes first; the figure is the ratio of the medians."""


@contextmanager
def stream_server(lines: list[bytes], pace: float = 0.0) -> Iterator[str]:
    with tempfile.NamedTemporaryFile(suffix=".ndjson", delete=False) as blob:
        blob.write(b"".join(lines))
    command = [sys.executable, str(HERE / "stream_server.py"), "--lines", blob.name, "--pace", str(pace)]
    process = subprocess.Popen(command, stdout=subprocess.PIPE, text=True)
    try:
        assert process.stdout is not None
        yield f"http://127.0.0.1:{process.stdout.readline().strip()}"
    finally:
        process.terminate()
        process.wait(timeout=10)
        os.unlink(blob.name)


def _line(data: dict[str, Any]) -> bytes:
    return orjson.dumps({"data": data}) + b"\r\n"


def plain_lines(count: int) -> list[bytes]:
    """Chat deliveries with 600-byte ciphertexts; every tenth one a repeated delivery."""
    ciphertext = base64.b64encode(os.urandom(450)).decode()
    lines = []
    for n in range(count):
        uuid = f"00000000-0000-4000-8000-{(n - 1 if n % 10 == 9 else n):012d}"
        payload = {
            "conversation_id": f"{BOB}:{ALICE}",
            "sender_id": BOB,
            "id": str(1_900_000_000_000_000_000 + n),
            "created_at_msec": "1735689600000",
            "encoded_event": ciphertext,
        }
        lines.append(
            _line({"event_uuid": uuid, "event_type": "chat.received", "filter": {"user_id": ALICE}, "payload": payload})
        )
    return lines


def stream_throughput() -> dict[str, float]:
    from x_chat import ChatClient

    lines = plain_lines(STREAM_EVENTS)
    distinct = STREAM_EVENTS - STREAM_EVENTS // 10
    ours, raw = [], []
    with stream_server(lines) as base_url:
        for _ in range(ROUNDS):
            with ChatClient(token="bench", base_url=base_url, pacing=False) as client:
                stream = client.stream_chat_activity()
                started = time.perf_counter()
                count = 0
                for _activity in stream:
                    count += 1
                    if count == distinct:
                        break
                ours.append(count / (time.perf_counter() - started))
                stream.close()
            with httpx.Client() as http:
                started = time.perf_counter()
                with http.stream("GET", f"{base_url}/2/activity/stream") as response:
                    seen = sum(1 for line in response.iter_lines() if line and orjson.loads(line))
                raw.append(seen / (time.perf_counter() - started))
    return {"events_per_s": statistics.median(ours), "raw_per_s": statistics.median(raw)}


def _conversation(count: int) -> tuple[Any, list[dict[str, Any]]]:
    from x_chat.testing.e2e import E2EConversation

    conversation = E2EConversation.create(f"{ALICE}-{BOB}")
    events = [conversation.message(BOB, f"message {n} " + "x" * 120) for n in range(count)]
    return conversation, events


def _deliveries(conversation: Any, events: list[dict[str, Any]], *, stamped: bool = False) -> list[bytes]:
    change = conversation.key_change_events[-1]
    lines = []
    for n, event in enumerate(events):
        payload = {k: event[k] for k in ("sender_id", "id", "created_at_msec", "encoded_event")}
        payload |= {"conversation_id": conversation.colon_id, "conversation_key_change_event": change}
        if stamped:
            payload["sent_at_ns"] = "0" * 19
        lines.append(_line({"event_uuid": f"u{n}", "event_type": "chat.received", "payload": payload}))
    return lines


def _keys(conversation: Any) -> Any:
    from x_chat.crypto import ChatKeys

    alice = conversation.users[ALICE]
    return ChatKeys.from_exported_keys(alice.exported_keys(), key_version=alice.key_version, user_id=ALICE)


@contextmanager
def _with_public_keys(conversation: Any, base_url: str) -> Iterator[Any]:
    """A client of the stream server whose public-key lookups are answered by a fake X server
    (a transport that routes ``/2/users/`` there)."""
    from x_chat import ChatClient
    from x_chat.testing import FakeXServer

    with FakeXServer() as keys_server:
        for user in conversation.users.values():
            keys_server.public_keys[user.user_id] = [user.public_key_object()]

        class Route(httpx.BaseTransport):
            def __init__(self) -> None:
                self.inner = httpx.HTTPTransport()

            def handle_request(self, request: httpx.Request) -> httpx.Response:
                if request.url.path.startswith("/2/users/"):
                    request.url = request.url.copy_with(port=keys_server.port)
                    request.headers["authorization"] = f"Bearer {keys_server.token}"
                return self.inner.handle_request(request)

        http = httpx.Client(transport=Route(), base_url=base_url)
        with ChatClient(token="bench", base_url=base_url, http_client=http, pacing=False) as client:
            yield client
        http.close()


def decrypted_throughput() -> dict[str, float]:
    import chat_xdk

    conversation, events = _conversation(MESSAGES)
    lines = _deliveries(conversation, events)
    alice, bob = conversation.users[ALICE], conversation.users[BOB]
    verified = _keys(conversation)  # the signing keys as chatxdk takes them, from verified bindings
    verified.add_public_keys(BOB, [bob.public_key_object()])
    verified.add_public_keys(ALICE, [alice.public_key_object()])
    signing = verified.trusted_keys()
    ours, raw = [], []
    with stream_server(lines) as base_url:
        for _ in range(ROUNDS):
            with _with_public_keys(conversation, base_url) as client:
                keys = _keys(conversation)
                messages = client.stream_chat_messages(keys=keys)
                started = time.perf_counter()
                count = 0
                for _message in messages:
                    count += 1
                    if count == MESSAGES:
                        break
                ours.append(count / (time.perf_counter() - started))
                messages.close()  # type: ignore[attr-defined]
            chat = chat_xdk.Chat()
            chat.import_keys(alice.exported_keys())
            chat.set_identity(ALICE, alice.key_version)
            change = conversation.key_change_events[-1]
            started = time.perf_counter()
            key_map = chat.decrypt_events([change], signing_keys=signing)["conversation_keys"]["keys"]
            done = 0
            for event in events:  # each delivery as it comes, with the key extracted once
                decrypted = chat.decrypt_event(event["encoded_event"], conversation_keys=key_map, signing_keys=signing)
                done += decrypted["verified"] is True
            assert done == MESSAGES
            raw.append(done / (time.perf_counter() - started))
    return {"ours_per_s": statistics.median(ours), "raw_per_s": statistics.median(raw)}


def latency() -> dict[str, float]:
    conversation, events = _conversation(LATENCY_MESSAGES)
    lines = _deliveries(conversation, events, stamped=True)
    delays: list[float] = []
    with stream_server(lines, pace=0.005) as base_url, _with_public_keys(conversation, base_url) as client:
        keys = _keys(conversation)
        stream = client.stream_chat_activity()
        for activity in stream:
            messages = client.decrypt_activity(activity, keys=keys)
            arrived = time.time_ns()
            assert len(messages) == 1 and messages[0].verified
            delays.append((arrived - int(activity.raw["payload"]["sent_at_ns"])) / 1e6)
            if len(delays) == LATENCY_MESSAGES:
                break
        stream.close()
    delays = delays[20:]  # the first ones include the sender's key lookup
    cut = statistics.quantiles(delays, n=100)
    return {"p50_ms": statistics.median(delays), "p99_ms": cut[98]}


@contextmanager
def webhook_target(kind: str) -> Iterator[str]:
    from redis_server import free_port  # tests/redis_server.py

    port = free_port()
    with tempfile.TemporaryDirectory() as folder:
        command = [sys.executable, str(HERE / "webhook_target.py"), "--kind", kind, "--port", str(port)]
        command += ["--journal", f"{folder}/journal.sqlite3"]
        process = subprocess.Popen(command, cwd=ROOT)
        url = f"http://127.0.0.1:{port}/"
        try:
            deadline = time.monotonic() + 30
            while True:
                try:
                    httpx.get(url, params={"crc_token": "x"}, timeout=1)
                    break
                except httpx.TransportError:
                    assert time.monotonic() < deadline, f"the {kind} webhook server did not start"
                    time.sleep(0.05)
            yield url
        finally:
            process.terminate()
            process.wait(timeout=10)


def _post_all(url: str, bodies: list[bytes]) -> float:
    secret = b"bench-consumer-secret"
    signed = [
        (body, "sha256=" + base64.b64encode(hmac.new(secret, body, hashlib.sha256).digest()).decode())
        for body in bodies
    ]
    with httpx.Client() as http:
        started = time.perf_counter()
        for body, signature in signed:
            answer = http.post(
                url,
                content=body,
                headers={"content-type": "application/json", "x-twitter-webhooks-signature": signature},
            )
            assert answer.status_code == 200, answer.text
        return len(bodies) / (time.perf_counter() - started)


def webhook() -> dict[str, float]:
    rates: dict[str, list[float]] = {"app": [], "bare": []}
    for round_number in range(WEBHOOK_ROUNDS):
        for kind in ("app", "bare") if round_number % 2 == 0 else ("bare", "app"):
            bodies = [
                json.dumps({"data": {"event_uuid": f"{kind}-{round_number}-{n}", "event_type": "chat.received",
                                     "payload": {"conversation_id": "g1", "encoded_event": "A" * 600}}}).encode()
                for n in range(WEBHOOK_REQUESTS)
            ]  # fmt: skip
            with webhook_target(kind) as url:
                rates[kind].append(_post_all(url, bodies))
    return {kind: statistics.median(values) for kind, values in rates.items()}


def measure() -> dict[str, Any]:
    return {
        "stream": stream_throughput(),
        "decrypt": decrypted_throughput(),
        "latency": latency(),
        "webhook": webhook(),
    }


def lines(found: dict[str, Any]) -> list[str]:
    stream, decrypt, delay, hook = found["stream"], found["decrypt"], found["latency"], found["webhook"]
    return [
        "",
        "## Real-time chat (issue 25)",
        "",
        "| figure | measured | target |",
        "| --- | --- | --- |",
        f"| stream throughput, parsed, typed, deduplicated (one core) | {stream['events_per_s']:,.0f} events/s = "
        f"**{stream['events_per_s'] / X_CEILING:.0f}x** X's 250/s (raw httpx + orjson, for context: "
        f"{stream['raw_per_s']:,.0f}/s) | ≥ 10x |",
        f"| decrypted and verified, each once | {decrypt['ours_per_s']:,.0f} messages/s = "
        f"**{decrypt['ours_per_s'] / decrypt['raw_per_s']:.2f}x** raw chatxdk ({decrypt['raw_per_s']:,.0f}/s) | ≥ 0.9x |",
        f"| line sent to handler called, decryption included | p50 {delay['p50_ms']:.2f} ms, **p99 "
        f"{delay['p99_ms']:.2f} ms** | p99 ≤ 5 ms |",
        f"| webhook app under uvicorn (signature, journal, handler) | {hook['app']:,.0f} requests/s = "
        f"**{hook['app'] / hook['bare']:.2f}x** a bare ASGI app with the same HMAC ({hook['bare']:,.0f}/s) | ≥ 0.8x |",
    ]


if __name__ == "__main__":
    print("\n".join(lines(measure())))
