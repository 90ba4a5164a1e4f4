"""The real-time commands as a user runs them: ``x-chat subscriptions``, ``x-chat listen`` and
``x-chat webhook serve|register``, as processes against the fake server."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import IO

import pytest

from x_chat.testing import FakeXServer

from .redis_server import free_port
from .test_cli import run

PEER = "1215441834412953600"


def _start(*args: str, server: FakeXServer) -> subprocess.Popen[str]:
    env = {**os.environ, "X_BEARER_TOKEN": server.token, "X_API_BASE_URL": server.base_url}
    command = [sys.executable, "-m", "x_chat", *args]
    return subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def _line(stream: IO[str] | None) -> str:
    assert stream is not None
    return stream.readline()


def _until(condition: object, what: str) -> None:
    deadline = time.monotonic() + 60
    while not condition():  # type: ignore[operator]
        assert time.monotonic() < deadline, f"timed out waiting for {what}"
        time.sleep(0.02)


def _stop(process: subprocess.Popen[str]) -> tuple[str, str]:
    if process.poll() is None:
        process.send_signal(signal.SIGINT)
    out, err = process.communicate(timeout=60)
    return out, err


def test_subscriptions_add_list_update_remove(server: FakeXServer) -> None:
    base = ("--base-url", server.base_url)
    added = run(
        "subscriptions", "add", "chat.conversation_join", server.user_id, "--tag", "bot", *base, token=server.token
    )
    assert added.returncode == 0, added.stderr
    made = json.loads(added.stdout)
    assert made["event_type"] == "chat.conversation.join" and made["tag"] == "bot"
    listed = run("subscriptions", "list", *base, token=server.token)
    assert [json.loads(line)["subscription_id"] for line in listed.stdout.splitlines()] == [made["subscription_id"]]
    updated = run("subscriptions", "update", made["subscription_id"], "--tag", "renamed", *base, token=server.token)
    assert json.loads(updated.stdout)["tag"] == "renamed"
    removed = run("subscriptions", "remove", made["subscription_id"], *base, token=server.token)
    assert json.loads(removed.stdout) == {"subscription_id": made["subscription_id"], "deleted": True}
    bad = run("subscriptions", "add", "post.create", server.user_id, *base, token=server.token)
    assert bad.returncode == 2 and "chat event type" in bad.stderr
    assert len(server.requests_to("/2/activity/subscriptions")) == 4  # add, list, update, remove: not the bad one


def test_listen_prints_activities_as_they_arrive(server: FakeXServer) -> None:
    server.activity.keepalive = 0.05
    run("subscriptions", "add", "chat.received", server.user_id, "--base-url", server.base_url, token=server.token)
    listening = _start("listen", "--json", "--limit", "2", server=server)
    try:
        _until(lambda: server.activity.connections >= 1, "the stream to open")
        for n in range(2):
            payload = {"conversation_id": f"{PEER}:{server.user_id}", "sender_id": PEER, "id": str(n)}
            server.publish_activity("chat.received", server.user_id, payload)
        out, err = listening.communicate(timeout=60)
    finally:
        _stop(listening)
    assert listening.returncode == 0, err
    printed = [json.loads(line) for line in out.splitlines()]
    assert [(p["event_type"], p["event_id"], p["conversation_id"]) for p in printed] == [
        ("chat.received", "0", f"{PEER}-{server.user_id}"),
        ("chat.received", "1", f"{PEER}-{server.user_id}"),
    ]


def test_webhook_serve_answers_crc_register_and_prints_deliveries(server: FakeXServer, tmp_path: Path) -> None:
    port = free_port()
    serving = _start(
        "webhook", "serve", "--port", str(port), "--consumer-secret", server.consumer_secret,
        "--journal", str(tmp_path / "journal.sqlite3"), server=server,
    )  # fmt: skip
    try:
        assert "webhook on" in _line(serving.stderr)
        url = f"http://127.0.0.1:{port}/"
        registered = None
        deadline = time.monotonic() + 60
        while registered is None or registered.returncode != 0:  # uvicorn may still be binding
            assert time.monotonic() < deadline, registered.stderr if registered else "no answer"
            registered = run("webhook", "register", url, "--base-url", server.base_url, token=server.token)
        webhook = json.loads(registered.stdout)
        assert webhook["valid"] is True and webhook["url"] == url  # X's CRC challenge was answered
        base = ("--base-url", server.base_url)
        run(
            "subscriptions",
            "add",
            "chat.received",
            server.user_id,
            "--webhook-id",
            webhook["id"],
            *base,
            token=server.token,
        )
        server.publish_activity("chat.received", server.user_id, {"conversation_id": "g1", "id": "5"})
        printed = json.loads(_line(serving.stdout))
        assert printed["event_id"] == "5" and printed["conversation_id"] == "g1"
        listed = run("webhook", "list", *base, token=server.token)
        assert json.loads(listed.stdout)["id"] == webhook["id"]
    finally:
        _stop(serving)
    assert serving.returncode == 0


def test_webhook_serve_without_a_secret_is_a_usage_error(server: FakeXServer, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("X_CONSUMER_SECRET", raising=False)
    result = run("webhook", "serve", "--port", "1")
    assert result.returncode == 2 and "consumer secret" in result.stderr


def test_listen_falls_back_to_polling_when_the_stream_is_refused(server: FakeXServer) -> None:
    import time as clock

    from x_chat.testing import Fault

    server.inject(Fault(status=402, path="/2/activity/stream", times=100))
    listening = _start("listen", "--json", "--limit", "1", "--interval", "0.05", server=server)
    try:
        assert "polling every 0.05 s instead" in _line(listening.stderr)
        _until(lambda: len(server.requests_to("/2/chat/conversations")) >= 2, "the inbox to be polled")
        conversation = server.conversations[f"{PEER}-{server.user_id}"]
        event = conversation.add_event(PEER, created_at_msec=int(clock.time() * 1000), payload=b"new")
        out, err = listening.communicate(timeout=60)
    finally:
        _stop(listening)
    assert listening.returncode == 0, err
    printed = json.loads(out)
    assert printed["event_id"] == event["id"] and printed["event_type"] == "chat.received"
    assert len(server.requests_to("/2/activity/stream")) == 1
