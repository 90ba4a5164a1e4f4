"""Webhooks: the CRC answer and the signature check against an independent HMAC (the ``cryptography``
package's), `WebhookApp` under uvicorn (CRC, unsigned, forged, not JSON, duplicates), and nothing
lost across a handler crash, a SIGKILL, a restart and a downtime filled by replay."""

from __future__ import annotations

import base64
import json
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx
import pytest

from x_chat import ChatClient
from x_chat.activity import ChatActivity, ChatEventType
from x_chat.errors import InvalidArgumentError
from x_chat.testing import FakeXServer
from x_chat.webhooks import WebhookApp, WebhookJournal, crc_response, verify_signature

from .webhook_server import WebhookProcess, serving

SECRET = "fake-consumer-secret"


def independent_signature(secret: str, data: bytes) -> str:
    """HMAC-SHA256 by the ``cryptography`` package (OpenSSL), not the standard library x-chat uses."""
    from cryptography.hazmat.primitives import hashes, hmac

    mac = hmac.HMAC(secret.encode(), hashes.SHA256())
    mac.update(data)
    return "sha256=" + base64.b64encode(mac.finalize()).decode()


@pytest.mark.parametrize("token", ["abc", "ÿ-ünïcode", "x" * 500])
def test_crc_response_matches_an_independent_hmac(token: str) -> None:
    assert crc_response(token, SECRET) == {"response_token": independent_signature(SECRET, token.encode())}


def test_verify_signature_accepts_x_and_refuses_the_rest() -> None:
    body = b'{"data":{"event_uuid":"1","event_type":"chat.received"}}'
    good = independent_signature(SECRET, body)
    assert verify_signature(body, good, SECRET)
    assert verify_signature(body, good.encode(), SECRET)
    assert not verify_signature(body + b" ", good, SECRET)  # the raw body, byte for byte
    assert not verify_signature(body, independent_signature("other", body), SECRET)
    assert not verify_signature(body, good[:-2], SECRET)
    assert not verify_signature(body, None, SECRET)
    assert not verify_signature(body, "", SECRET)
    with pytest.raises(InvalidArgumentError):
        verify_signature(body, good, "")
    with pytest.raises(InvalidArgumentError):
        verify_signature(json.loads(body), good, SECRET)  # type: ignore[arg-type]


def _signed(body: bytes, secret: str = SECRET) -> dict[str, str]:
    return {"content-type": "application/json", "x-twitter-webhooks-signature": independent_signature(secret, body)}


def _delivery(event_uuid: str, **payload: Any) -> bytes:
    data = {"event_uuid": event_uuid, "event_type": "chat.received", "filter": {"user_id": "1"}, "payload": payload}
    return json.dumps({"data": data}).encode()


def _wait(condition: Callable[[], bool], what: str, seconds: float = 60.0) -> None:
    deadline = time.monotonic() + seconds
    while not condition():
        assert time.monotonic() < deadline, f"timed out waiting for {what}"
        time.sleep(0.02)


def test_the_app_answers_crc_and_refuses_what_x_did_not_sign(tmp_path: Path) -> None:
    handled: list[ChatActivity] = []
    app = WebhookApp(consumer_secret=SECRET, on_event=handled.append, journal=tmp_path / "journal.sqlite3")
    with serving(app) as url:
        crc = httpx.get(url, params={"crc_token": "T0k3n"})
        assert crc.status_code == 200 and crc.json() == {"response_token": independent_signature(SECRET, b"T0k3n")}
        assert httpx.get(url).status_code == 400
        body = _delivery("u1", conversation_id="1:2", sender_id="2", id="9")
        unsigned = httpx.post(url, content=body, headers={"content-type": "application/json"})
        forged = httpx.post(url, content=body, headers=_signed(body, "not-the-secret"))
        tampered = httpx.post(url, content=body.replace(b"9", b"8"), headers=_signed(body))
        assert (unsigned.status_code, forged.status_code, tampered.status_code) == (401, 403, 403)
        junk = b"<html>not json</html>"
        assert httpx.post(url, content=junk, headers=_signed(junk)).status_code == 400
        assert httpx.put(url, content=body, headers=_signed(body)).status_code == 405
        first = httpx.post(url, content=body, headers=_signed(body))
        again = httpx.post(url, content=body, headers=_signed(body))
        assert first.status_code == again.status_code == 200
        assert (first.json()["duplicate"], again.json()["duplicate"]) == (False, True)
        _wait(lambda: len(handled) == 1, "the handler")
    assert len(handled) == 1  # the forged, unsigned and junk ones never reached it; the copy neither
    assert handled[0].event_uuid == "u1" and handled[0].conversation_id == "1-2"
    assert handled[0].event_type is ChatEventType.RECEIVED
    assert WebhookJournal(tmp_path / "journal.sqlite3").counts() == {"received": 1, "handled": 1, "pending": 0}


def test_the_app_needs_only_the_secret_and_the_handler(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))
    monkeypatch.delenv("X_CHAT_WEBHOOK_JOURNAL", raising=False)
    app = WebhookApp(consumer_secret=SECRET, on_event=lambda activity: None)
    assert app.journal.path == tmp_path / "state" / "x-chat" / "webhook-journal.sqlite3"
    assert SECRET not in repr(app)


async def test_a_handler_that_crashes_gets_the_event_again(tmp_path: Path) -> None:
    calls: list[str] = []

    async def flaky(activity: ChatActivity) -> None:
        calls.append(str(activity.event_uuid))
        if len(calls) == 1:
            raise RuntimeError("boom")

    app = WebhookApp(consumer_secret=SECRET, on_event=flaky, journal=tmp_path / "j.sqlite3")
    app.journal.record("e1", _delivery("e1"))
    await app.start()
    try:
        for _ in range(3000):  # the retry is due a second later
            if app.journal.counts()["handled"] == 1:
                break
            import asyncio

            await asyncio.sleep(0.01)
    finally:
        await app.stop()
    assert calls == ["e1", "e1"]
    assert app.journal.counts() == {"received": 1, "handled": 1, "pending": 0}


def test_register_through_a_real_crc_round_trip_and_receive_signed_deliveries(
    tmp_path: Path, server: FakeXServer, client: ChatClient
) -> None:
    handled: list[ChatActivity] = []
    app = WebhookApp(consumer_secret=server.consumer_secret, on_event=handled.append, journal=tmp_path / "j.sqlite3")
    with serving(app) as url:
        webhook = client.create_webhook(url + "/")
        assert webhook.valid is True and [w.id for w in client.get_webhooks()] == [webhook.id]
        assert client.validate_webhook(webhook.id) is True
        client.create_activity_subscription(ChatEventType.RECEIVED, server.user_id, webhook_id=webhook.id, tag="bot")
        server.publish_activity("chat.received", server.user_id, {"conversation_id": "g1", "id": "7"})
        _wait(lambda: len(handled) == 1, "the delivery")
        assert handled[0].tag == "bot" and handled[0].conversation_id == "g1"
        assert client.delete_webhook(webhook.id) is True
    with serving(WebhookApp(consumer_secret="wrong", on_event=print, journal=tmp_path / "k.sqlite3")) as url:
        from x_chat.errors import BadRequestError

        with pytest.raises(BadRequestError, match="CRC"):
            client.create_webhook(url + "/")


def test_nothing_is_lost_across_a_crash_a_sigkill_a_restart_and_a_downtime(tmp_path: Path, server: FakeXServer) -> None:
    """Deliveries are journaled before the 200; a handler that crashes gets them again; a SIGKILL
    loses none of them; what X delivered while the app was down comes back by replay."""
    process = WebhookProcess(
        tmp_path / "journal.sqlite3", tmp_path / "handled.txt", server.consumer_secret, fail_first=True
    )
    with ChatClient(token=server.token, base_url=server.base_url) as client:
        process.start()
        try:
            webhook = client.create_webhook(process.url)
            client.create_activity_subscription("chat.received", server.user_id, webhook_id=webhook.id)
            sent = [server.publish_activity("chat.received", server.user_id, {"id": str(i)})[0] for i in range(5)]
            assert server.activity.wait_for_deliveries(5)
            assert all(status == 200 for _, _, status in server.activity.deliveries)
            process.kill()  # each event's first attempt crashed; the retries were a second away
            downtime = [
                server.publish_activity("chat.received", server.user_id, {"id": str(i)})[0] for i in range(5, 8)
            ]
            assert server.activity.wait_for_deliveries(8)
            assert all(status != 200 for _, _, status in server.activity.deliveries[5:])  # nobody listening
            process.start(base_url=server.base_url, token=server.token, webhook_id=webhook.id)
            expected = {e["data"]["event_uuid"] for e in sent + downtime}
            _wait(lambda: set(process.handled()) == expected, "every event to be handled")
            assert len(server.activity.replays) == 1  # asked for, from the last delivery it had
        finally:
            process.kill()
    assert sorted(set(process.handled())) == sorted(expected)
    # each once in the journal; a handler that returned just before the SIGKILL may not be marked yet
    # (at least once: it would run again at the next start)
    assert WebhookJournal(tmp_path / "journal.sqlite3").counts()["received"] == 8


@pytest.mark.parametrize("framework", ["fastapi", "starlette"])
def test_mounted_in_a_framework_it_answers_and_delivers(tmp_path: Path, framework: str) -> None:
    """Mounted under a path, the app gets no lifespan of its own: its worker starts on the first request."""
    handled: list[ChatActivity] = []
    hook = WebhookApp(consumer_secret=SECRET, on_event=handled.append, journal=tmp_path / "j.sqlite3")
    if framework == "fastapi":
        from fastapi import FastAPI

        site: Any = FastAPI()
        site.mount("/x/webhook", hook)
    else:
        from starlette.applications import Starlette
        from starlette.routing import Mount

        site = Starlette(routes=[Mount("/x/webhook", app=hook)])
    with serving(site) as url:
        crc = httpx.get(f"{url}/x/webhook", params={"crc_token": "abc"}, follow_redirects=True)
        assert crc.json() == {"response_token": independent_signature(SECRET, b"abc")}
        body = _delivery("m1", conversation_id="g1")
        assert httpx.post(f"{url}/x/webhook/", content=body, headers=_signed(body)).status_code == 200
        _wait(lambda: len(handled) == 1, "the handler")
    assert handled[0].event_uuid == "m1"
