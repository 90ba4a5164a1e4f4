"""Receiving X Activity events by webhook: the CRC answer, the signature check, and `WebhookApp`,
an ASGI app that loses nothing.

X validates a webhook with a challenge, ``GET url?crc_token=T``, answered with `crc_response`
(within a few seconds), and signs every event it POSTs: ``x-twitter-webhooks-signature:
sha256=<base64 HMAC-SHA256 of the raw body, keyed with the app's consumer secret>``
(`verify_signature`).

`WebhookApp` answers both. An event is written to a local journal (SQLite) before it is
acknowledged, then handed to ``on_event`` from there, in order, once per ``event_uuid``: a handler
that raises gets the event again later, and a restart resumes with what was not handled. With
``client=`` and ``webhook_id=``, it asks X to replay what it missed while it was down
(``POST /2/webhooks/replay``, from the last delivery it saw).

```py
from x_chat.webhooks import crc_response, verify_signature

print(crc_response("challenge", consumer_secret="secret"))
#> {'response_token': 'sha256=oeUF6Wxqoezggrue+wbIDxKRPSF6esKwizR2MHh9HaA='}
print(verify_signature(b'{"data":{}}', "sha256=nope", consumer_secret="secret"))
#> False
```
"""

from __future__ import annotations

import asyncio
import base64
import contextlib
import hashlib
import hmac
import inspect
import logging
import os
import sqlite3
import threading
import time
from collections.abc import Awaitable, Callable, Mapping, MutableMapping
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs

import orjson

from .activity import ChatActivity, parse_activity
from .errors import ConfigurationError, InvalidArgumentError, XChatError

__all__ = [
    "SIGNATURE_HEADER",
    "WebhookApp",
    "WebhookJournal",
    "crc_response",
    "default_journal_path",
    "verify_signature",
]

logger = logging.getLogger("x_chat")

SIGNATURE_HEADER = "x-twitter-webhooks-signature"
"""The header X signs each delivery in."""
JOURNAL_ENV = "X_CHAT_WEBHOOK_JOURNAL"
MAX_BODY_BYTES = 1024 * 1024
"""The largest delivery accepted (413 above)."""
RETRY_DELAYS = (1.0, 5.0, 30.0, 120.0, 600.0)
"""Seconds before a failed event is handed to ``on_event`` again (the last one repeats)."""
REPLAY_WINDOW = timedelta(hours=24)
REPLAY_AFTER = 1.0
"""Seconds after `WebhookApp.start` before the replay of a downtime is asked for: the server must
be listening when X delivers it."""

Handler = Callable[[ChatActivity], Awaitable[None] | None]
# ASGI's three (as asgiref and Starlette spell them, so the app type-checks where they take an app)
Scope = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[MutableMapping[str, Any]]]
Send = Callable[[MutableMapping[str, Any]], Awaitable[None]]


def _secret(consumer_secret: object) -> bytes:
    if not isinstance(consumer_secret, str) or not consumer_secret:
        raise InvalidArgumentError("consumer_secret is your app's consumer secret (API key secret), a non-empty string")
    return consumer_secret.encode()


def _sign(secret: bytes, data: bytes) -> str:
    return "sha256=" + base64.b64encode(hmac.new(secret, data, hashlib.sha256).digest()).decode()


def crc_response(crc_token: str, consumer_secret: str) -> dict[str, str]:
    """The JSON X expects in answer to ``GET ...?crc_token=T``: ``{"response_token": "sha256=" +
    base64(HMAC-SHA256(key=consumer secret, msg=T))}``.

    Args:
        crc_token: The ``crc_token`` query parameter X sent.
        consumer_secret: Your app's consumer secret.
    """
    if not isinstance(crc_token, str) or not crc_token:
        raise InvalidArgumentError("crc_token is the non-empty crc_token X sent")
    return {"response_token": _sign(_secret(consumer_secret), crc_token.encode())}


def verify_signature(raw_body: bytes, header: str | bytes | None, consumer_secret: str) -> bool:
    """Whether ``header`` (the ``x-twitter-webhooks-signature`` value) is X's signature of
    ``raw_body`` under ``consumer_secret``; compared in constant time. A missing header is False.

    Args:
        raw_body: The request body exactly as received (not re-serialized JSON).
        header: The signature header's value.
        consumer_secret: Your app's consumer secret.
    """
    secret = _secret(consumer_secret)
    if not isinstance(raw_body, bytes | bytearray | memoryview):
        raise InvalidArgumentError("raw_body is the request body as bytes, exactly as received")
    if header is None:
        return False
    given = header.encode("latin-1", "replace") if isinstance(header, str) else bytes(header)
    expected = _sign(secret, bytes(raw_body)).encode()
    return hmac.compare_digest(given.strip(), expected)


def default_journal_path() -> Path:
    """Where `WebhookApp` keeps its journal unless told: ``$X_CHAT_WEBHOOK_JOURNAL``, else
    ``$XDG_STATE_HOME/x-chat/webhook-journal.sqlite3`` (``~/.local/state/...``)."""
    explicit = os.environ.get(JOURNAL_ENV)
    if explicit:
        return Path(explicit)
    base = os.environ.get("XDG_STATE_HOME") or str(Path.home() / ".local" / "state")
    return Path(base) / "x-chat" / "webhook-journal.sqlite3"


class WebhookJournal:
    """The deliveries a `WebhookApp` received, in SQLite (write-ahead log). One row per
    ``event_uuid``; ``handled`` once ``on_event`` returned. Thread-safe.

    A delivery is committed to the log before it is acknowledged: a process that is killed loses
    none. By default commits are not fsynced one by one (SQLite's ``synchronous=NORMAL``): a power
    loss may lose the last ones, and the next start's replay (from the last delivery the journal
    kept) asks X for them again. ``fsync=True`` syncs every commit (``synchronous=FULL``).

    Args:
        path: The database file (created with its directory).
        fsync: Sync every commit to the disk before it is acknowledged.
    """

    def __init__(self, path: str | os.PathLike[str], *, fsync: bool = False) -> None:
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._lock = threading.Lock()
        self._db = sqlite3.connect(self.path, check_same_thread=False, isolation_level=None)
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute(f"PRAGMA synchronous={'FULL' if fsync else 'NORMAL'}")
        self._db.execute(
            "CREATE TABLE IF NOT EXISTS deliveries (seq INTEGER PRIMARY KEY AUTOINCREMENT, event_uuid TEXT UNIQUE "
            "NOT NULL, received_at REAL NOT NULL, body BLOB NOT NULL, handled INTEGER NOT NULL DEFAULT 0, "
            "attempts INTEGER NOT NULL DEFAULT 0, retry_at REAL NOT NULL DEFAULT 0, last_error TEXT)"
        )

    def __repr__(self) -> str:
        return f"WebhookJournal({str(self.path)!r})"

    def record(self, event_uuid: str, body: bytes, received_at: float | None = None) -> bool:
        """Keep a delivery; False if its ``event_uuid`` was kept before (a duplicate).

        Args:
            event_uuid: The delivery's ID.
            body: The raw body, as received.
            received_at: When it arrived, epoch seconds (None: now).
        """
        with self._lock:
            cursor = self._db.execute(
                "INSERT OR IGNORE INTO deliveries (event_uuid, received_at, body) VALUES (?, ?, ?)",
                (event_uuid, time.time() if received_at is None else received_at, body),
            )
            return cursor.rowcount == 1

    def due(
        self, now: float | None = None, limit: int = 100, *, before: float | None = None
    ) -> list[tuple[str, bytes]]:
        """Unhandled deliveries whose turn has come, oldest first: (event_uuid, body).

        Args:
            now: The time to compare retry times with, epoch seconds (None: now).
            limit: At most this many.
            before: Only those that failed, or arrived before this time (the others are on their
                way to the handler already).
        """
        now = time.time() if now is None else now
        since = time.time() + 1 if before is None else before
        with self._lock:
            rows = self._db.execute(
                "SELECT event_uuid, body FROM deliveries WHERE handled = 0 AND retry_at <= ? "
                "AND (attempts > 0 OR received_at < ?) ORDER BY seq LIMIT ?",
                (now, since, limit),
            ).fetchall()
        return [(str(uuid), bytes(body)) for uuid, body in rows]

    def next_retry(self, *, before: float | None = None) -> float | None:
        """When the earliest unhandled delivery is due (epoch seconds), or None.

        Args:
            before: Only those that failed, or arrived before this time (as `due`).
        """
        since = time.time() + 1 if before is None else before
        with self._lock:
            (found,) = self._db.execute(
                "SELECT MIN(retry_at) FROM deliveries WHERE handled = 0 AND (attempts > 0 OR received_at < ?)",
                (since,),
            ).fetchone()
        return float(found) if found is not None else None

    def handled(self, event_uuid: str) -> None:
        """Mark a delivery handled (its body is dropped: only its ID is kept, for deduplication).

        Args:
            event_uuid: The delivery's ID.
        """
        self.handled_many([event_uuid])

    def handled_many(self, event_uuids: list[str]) -> None:
        """Mark deliveries handled, in one transaction.

        Args:
            event_uuids: Their IDs.
        """
        if not event_uuids:
            return
        with self._lock:
            self._db.execute("BEGIN")
            self._db.executemany(
                "UPDATE deliveries SET handled = 1, body = x'' WHERE event_uuid = ?", [(u,) for u in event_uuids]
            )
            self._db.execute("COMMIT")

    def failed(self, event_uuid: str, error: str, now: float | None = None) -> int:
        """Note a handler failure; the event is due again after a backoff. Returns the attempts so far.

        Args:
            event_uuid: The delivery's ID.
            error: What the handler raised (kept in the journal, at most 500 characters).
            now: The time of the failure, epoch seconds (None: now).
        """
        now = time.time() if now is None else now
        with self._lock:
            (attempts,) = self._db.execute(
                "SELECT attempts FROM deliveries WHERE event_uuid = ?", (event_uuid,)
            ).fetchone()
            attempts += 1
            delay = RETRY_DELAYS[min(attempts, len(RETRY_DELAYS)) - 1]
            self._db.execute(
                "UPDATE deliveries SET attempts = ?, retry_at = ?, last_error = ? WHERE event_uuid = ?",
                (attempts, now + delay, error[:500], event_uuid),
            )
        return int(attempts)

    def last_received(self) -> datetime | None:
        """When the newest delivery arrived (aware UTC), or None for an empty journal."""
        with self._lock:
            (found,) = self._db.execute("SELECT MAX(received_at) FROM deliveries").fetchone()
        return datetime.fromtimestamp(found, tz=UTC) if found is not None else None

    def counts(self) -> dict[str, int]:
        """``received``, ``handled`` and ``pending`` deliveries."""
        with self._lock:
            total, handled = self._db.execute("SELECT COUNT(*), COALESCE(SUM(handled), 0) FROM deliveries").fetchone()
        return {"received": int(total), "handled": int(handled), "pending": int(total) - int(handled)}

    def close(self) -> None:
        """Close the database."""
        with self._lock:
            self._db.close()


async def _reply(send: Send, status: int, body: Mapping[str, Any]) -> None:
    payload = orjson.dumps(body)
    await send(
        {
            "type": "http.response.start",
            "status": status,
            "headers": [(b"content-type", b"application/json"), (b"content-length", str(len(payload)).encode())],
        }
    )
    await send({"type": "http.response.body", "body": payload})


class WebhookApp:
    """An ASGI app for X's webhook deliveries: it answers CRC challenges (GET), refuses unsigned
    (401) and forged (403) POSTs without calling the handler, answers a body that is not JSON with
    400, journals each delivery before acknowledging it (200), and hands each ``event_uuid`` once to
    ``on_event``, from the journal, in order. A handler that raises gets the event again later
    (1 s, 5 s, 30 s, 2 min, then every 10 min); nothing is dropped.

    Run it with uvicorn (``uvicorn.run(app)``, or ``x-chat webhook serve``), or mount it in
    FastAPI or Starlette (``app.mount("/x/webhook", webhook_app)``). See ``docs/bots.md``.

    Args:
        consumer_secret: Your app's consumer secret (CRC and signatures).
        on_event: Called with each `ChatActivity` (a function or a coroutine function; a plain
            function runs in a worker thread, so it may use the sync `ChatClient`).
        journal: The SQLite file (default: `default_journal_path`), or a `WebhookJournal`.
        client: A `ChatClient` or `AsyncChatClient` to ask X for a replay at startup of what was
            delivered while the app was down (needs ``webhook_id``).
        webhook_id: This webhook's ID (`Webhook.id`), for the replay.
    """

    def __init__(
        self,
        *,
        consumer_secret: str,
        on_event: Handler,
        journal: str | os.PathLike[str] | WebhookJournal | None = None,
        client: Any = None,
        webhook_id: str | int | None = None,
    ) -> None:
        self._secret = _secret(consumer_secret)
        if not callable(on_event):
            raise InvalidArgumentError("on_event is a function called with each ChatActivity")
        if (client is None) != (webhook_id is None):
            raise ConfigurationError("replaying missed deliveries needs both client= and webhook_id=")
        self.on_event = on_event
        self.journal = (
            journal if isinstance(journal, WebhookJournal) else WebhookJournal(journal or default_journal_path())
        )
        self.client = client
        self.webhook_id = str(webhook_id) if webhook_id is not None else None
        self._fresh: asyncio.Queue[tuple[str, Any]] | None = None
        self._worker: asyncio.Task[None] | None = None
        self._replay: asyncio.Task[None] | None = None
        self._started = False

    def __repr__(self) -> str:  # never the secret
        return f"WebhookApp(journal={str(self.journal.path)!r}, webhook_id={self.webhook_id!r})"

    # --- ASGI -------------------------------------------------------------------------------------------

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "lifespan":
            await self._lifespan(receive, send)
            return
        if scope["type"] != "http":
            return
        await self.start()
        method = scope["method"]
        if method == "GET":
            token = parse_qs(scope.get("query_string", b"").decode("latin-1")).get("crc_token", [""])[0]
            if not token:
                await _reply(send, 400, {"error": "a CRC challenge carries crc_token"})
                return
            await _reply(send, 200, {"response_token": _sign(self._secret, token.encode())})
            return
        if method != "POST":
            await _reply(send, 405, {"error": "X delivers with POST and challenges with GET"})
            return
        body = await self._body(receive)
        if body is None:
            await _reply(send, 413, {"error": f"a delivery is at most {MAX_BODY_BYTES} bytes"})
            return
        header = next((v for k, v in scope.get("headers", ()) if k.lower() == SIGNATURE_HEADER.encode()), None)
        if header is None:
            await _reply(send, 401, {"error": f"unsigned: no {SIGNATURE_HEADER} header"})
            return
        if not hmac.compare_digest(header.strip(), _sign(self._secret, body).encode()):
            await _reply(send, 403, {"error": "the signature does not match the body"})
            return
        try:
            delivery = orjson.loads(body)
        except orjson.JSONDecodeError:
            await _reply(send, 400, {"error": "the body is not JSON"})
            return
        data = delivery.get("data") if isinstance(delivery, dict) else None
        found = data.get("event_uuid") if isinstance(data, dict) else None
        event_uuid = str(found) if isinstance(found, str | int) and not isinstance(found, bool) else None
        event_uuid = event_uuid or "sha256:" + hashlib.sha256(body).hexdigest()
        new = self.journal.record(event_uuid, body)  # a WAL append: no fsync, well under a millisecond
        await _reply(send, 200, {"received": True, "duplicate": not new})
        if new and self._fresh is not None:
            self._fresh.put_nowait((event_uuid, delivery))

    async def _body(self, receive: Receive) -> bytes | None:
        chunks: list[bytes] = []
        size = 0
        while True:
            message = await receive()
            if message["type"] == "http.disconnect":
                return b"".join(chunks)
            chunk = message.get("body", b"")
            size += len(chunk)
            if size > MAX_BODY_BYTES:
                return None
            chunks.append(chunk)
            if not message.get("more_body", False):
                return b"".join(chunks)

    async def _lifespan(self, receive: Receive, send: Send) -> None:
        while True:
            message = await receive()
            if message["type"] == "lifespan.startup":
                try:
                    await self.start()
                except Exception as exc:  # the server reports it and does not start
                    await send({"type": "lifespan.startup.failed", "message": str(exc)})
                    return
                await send({"type": "lifespan.startup.complete"})
            elif message["type"] == "lifespan.shutdown":
                await self.stop()
                await send({"type": "lifespan.shutdown.complete"})
                return

    # --- the worker ---------------------------------------------------------------------------------------

    async def start(self) -> None:
        """Start handing journaled events to ``on_event`` (what a previous run left first), and ask
        for a replay of the downtime when ``client`` and ``webhook_id`` are set. Called by the ASGI
        lifespan, or by the first request when the server (a mounted sub-app) sends none."""
        if self._started:
            return
        self._started = True
        self._fresh = asyncio.Queue()
        self._worker = asyncio.create_task(self._work(), name="x-chat-webhook-worker")
        if self.client is not None:  # once the server listens: X delivers the replay at once
            self._replay = asyncio.create_task(self._replay_soon(), name="x-chat-webhook-replay")

    async def _replay_soon(self) -> None:
        await asyncio.sleep(REPLAY_AFTER)  # the ASGI server binds its socket after the lifespan startup
        await self.replay_missed()

    async def stop(self) -> None:
        """Stop the worker (events not handled yet stay in the journal for the next start)."""
        if self._replay is not None:
            self._replay.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._replay
            self._replay = None
        if self._worker is not None:
            self._worker.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._worker
            self._worker = None
        self._started = False

    async def replay_missed(self) -> Any:
        """Ask X to deliver again what arrived from the last delivery in the journal until now
        (the past 24 hours at most); the journal drops what it already has. None when the journal
        is empty; else the `ReplayJob`."""
        last = self.journal.last_received()
        if last is None or self.client is None or self.webhook_id is None:
            return None
        now = datetime.now(UTC)
        since = max(last - timedelta(minutes=1), now - REPLAY_WINDOW + timedelta(minutes=1))
        if since < last - timedelta(minutes=1):
            logger.warning("webhook: down for more than 24 hours; X replays only the past 24 hours")
        replay = self.client.replay_webhook
        try:
            if hasattr(self.client, "aclose"):  # an AsyncChatClient
                job = await replay(self.webhook_id, since=since, until=now)
            else:  # a ChatClient: off the event loop, which keeps acknowledging deliveries
                job = await asyncio.to_thread(replay, self.webhook_id, since=since, until=now)
        except XChatError as error:
            logger.warning("webhook: asking X to replay since %s failed: %s", since.isoformat(), error)
            return None
        logger.info("webhook: X replays deliveries since %s (job %s)", since.isoformat(), job.job_id)
        return job

    async def _work(self) -> None:
        """What a previous run left first, then the new deliveries as the request path queues them
        (already journaled; a batch of those waiting at once goes to a sync handler in one thread
        hop), and the failed ones again when their retry is due."""
        assert self._fresh is not None
        started = time.time()
        retry_at: float | None = 0.0  # at start: everything unhandled in the journal is due
        while True:
            if retry_at is not None and retry_at <= time.time():
                due = await asyncio.to_thread(self.journal.due, before=started)
                await self._handle([(event_uuid, orjson.loads(body)) for event_uuid, body in due])
                retry_at = await asyncio.to_thread(self.journal.next_retry, before=started)
            timeout = None if retry_at is None else max(retry_at - time.time(), 0.05)
            try:
                batch = [await asyncio.wait_for(self._fresh.get(), timeout)]
            except TimeoutError:
                continue
            while len(batch) < 100 and not self._fresh.empty():
                batch.append(self._fresh.get_nowait())
            if not await self._handle(batch):
                retry_at = await asyncio.to_thread(self.journal.next_retry, before=started)

    async def _handle(self, batch: list[tuple[str, Any]]) -> bool:
        """Hand deliveries to ``on_event``, in order; whether all were handled (the others are kept
        for a retry)."""
        work = [(event_uuid, parse_activity(delivery)) for event_uuid, delivery in batch]
        if inspect.iscoroutinefunction(self.on_event):
            outcomes = [await self._call_async(activity) for _, activity in work]
        else:
            outcomes = await asyncio.to_thread(self._call_all, [activity for _, activity in work])
        for (event_uuid, _), error in zip(work, outcomes, strict=True):
            if error is not None:
                attempts = self.journal.failed(event_uuid, f"{type(error).__name__}: {error}")
                logger.warning(
                    "webhook: on_event raised %s for event %s (attempt %d); it is kept and retried",
                    type(error).__name__,
                    event_uuid,
                    attempts,
                )
        self.journal.handled_many(
            [event_uuid for (event_uuid, _), error in zip(work, outcomes, strict=True) if error is None]
        )
        return all(error is None for error in outcomes)

    async def _call_async(self, activity: ChatActivity | None) -> Exception | None:
        try:
            if activity is not None:
                await self.on_event(activity)  # type: ignore[misc]
        except Exception as exc:
            return exc
        return None

    def _call_all(self, activities: list[ChatActivity | None]) -> list[Exception | None]:
        """A sync handler on each activity, in this (worker) thread; what each raised."""
        outcomes: list[Exception | None] = []
        for activity in activities:
            try:
                if activity is not None:
                    result = self.on_event(activity)
                    if inspect.isawaitable(result):
                        raise TypeError("on_event returned an awaitable: declare it `async def`")
            except Exception as exc:
                outcomes.append(exc)
            else:
                outcomes.append(None)
        return outcomes
