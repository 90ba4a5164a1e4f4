"""export_conversations and `x-chat export`: every event exactly once, in order, after any number
of SIGKILLs; finished conversations not fetched again; new events picked up."""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from x_chat import ChatClient
from x_chat.export import CHECKPOINT, LOCK, export_conversations
from x_chat.testing import FakeXServer, RateLimits

SIZES = {"g1": 450, "g2": 120, "g3": 0, "1001-1002": 730, "g5": 260, "g6": 1}
EVENTS_PATH = "/2/chat/conversations/"


def _server(limit: int = 900, window: float = 900.0) -> FakeXServer:
    server = FakeXServer(rate_limits=RateLimits(limit=limit, window=window)).start()
    for cid, events in SIZES.items():
        server.add_conversation(cid, events=events)
    return server


def _expected(server: FakeXServer, cid: str) -> list[str]:
    return [str(event["id"]) for event in server.conversations[cid].events[::-1]]  # newest first, as served


def _exported(out: Path, cid: str) -> list[str]:
    text = (out / f"{cid}.jsonl").read_text(encoding="utf-8")
    assert text == "" or text.endswith("\n"), f"{cid}: a partial last line"
    return [json.loads(line)["id"] for line in text.splitlines()]


def _event_requests(server: FakeXServer) -> int:
    return sum(1 for r in server.requests if r.path.startswith(EVENTS_PATH) and r.path.endswith("/events"))


def test_export_everything_then_only_what_changed(tmp_path: Path) -> None:
    server = _server()
    try:
        with ChatClient(token=server.token, base_url=server.base_url) as client:
            seen: list[str] = []
            summary = export_conversations(client, tmp_path, progress=lambda what, _: seen.append(what))
            assert summary.conversations == len(SIZES) and summary.events == sum(SIZES.values())
            assert not summary.errors and summary.requests == len(server.requests)
            for cid in SIZES:
                assert _exported(tmp_path, cid) == _expected(server, cid)
            assert seen[0] == "start" and seen.count("done") == len(SIZES)

            before = _event_requests(server)
            again = export_conversations(client, tmp_path)
            assert (again.unchanged, again.events, _event_requests(server)) == (len(SIZES), 0, before)

            conversation = server.conversations["g2"]
            for n in range(3):
                conversation.add_event("1001", created_at_msec=1_900_000_000_000 + n, payload=b"new")
            update = export_conversations(client, tmp_path)
            assert (update.conversations, update.unchanged, update.events) == (1, len(SIZES) - 1, 3)
            assert _exported(tmp_path, "g2") == _expected(server, "g2")  # in front, once
            assert export_conversations(client, tmp_path).events == 0

            only = export_conversations(client, tmp_path / "one", ["g5"])
            assert only.conversations == 1 and sorted(p.name for p in (tmp_path / "one").iterdir()) == [
                CHECKPOINT,
                LOCK,
                "g5.jsonl",
            ]
    finally:
        server.stop()


def test_a_failing_conversation_is_reported_and_the_others_exported(tmp_path: Path) -> None:
    server = _server()
    try:
        with ChatClient(token=server.token, base_url=server.base_url) as client:
            summary = export_conversations(client, tmp_path, ["g2", "g404", "g6"])
        assert list(summary.errors) == ["g404"] and "NotFoundError" in summary.errors["g404"]
        assert _exported(tmp_path, "g2") == _expected(server, "g2") and summary.conversations == 2
    finally:
        server.stop()


def _cli(server: FakeXServer, out: Path, *extra: str) -> subprocess.Popen[str]:
    command = [sys.executable, "-m", "x_chat", "export", "--out", str(out), *extra]
    command += ["--base-url", server.base_url, "--token", server.token]
    return subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def test_sigkill_at_random_moments_loses_and_repeats_nothing(tmp_path: Path) -> None:
    server = _server(limit=8, window=1.0)  # about 2 s a run: the kills land mid-export
    rng = random.Random(20261125)
    try:
        kills = 0
        for _ in range(5):
            process = _cli(server, tmp_path, "--no-progress")
            time.sleep(rng.uniform(0.6, 2.0))
            if process.poll() is None:
                os.kill(process.pid, signal.SIGKILL)
                kills += 1
            process.communicate(timeout=30)
        assert kills >= 3
        final = _cli(server, tmp_path)
        _, stderr = final.communicate(timeout=120)
        assert final.returncode == 0, stderr
        assert "conversations exported" in stderr and "rate-limit waits" in stderr
        for cid in SIZES:
            assert _exported(tmp_path, cid) == _expected(server, cid)
        assert server.rate_limiter.throttled == 0
        assert not list(tmp_path.glob("*.tmp"))
    finally:
        server.stop()


def test_the_cli_shows_progress_and_a_summary(tmp_path: Path) -> None:
    """Seven event pages at two requests per 2-second window: the export must wait for the window
    however fast or slow the machine is, and the bar and the summary say so."""
    server = _server(limit=2, window=2.0)
    try:
        process = _cli(server, tmp_path, "g1", "g2")
        _, stderr = process.communicate(timeout=120)
        assert process.returncode == 0, stderr
        assert "conversations" in stderr and "waiting" in stderr  # the bar says when it waits for the limit
        waits = int(stderr.split(" rate-limit waits")[0].rsplit(" ", 1)[-1])
        assert "2 conversations exported" in stderr and waits >= 1 and server.rate_limiter.throttled == 0
    finally:
        server.stop()


@pytest.mark.usefixtures("fake_x_server")
def test_export_with_keys_writes_the_decrypted_messages_alongside(tmp_path: Path, fake_x_server: FakeXServer) -> None:
    pytest.importorskip("chat_xdk")
    from x_chat.crypto import ChatKeys
    from x_chat.testing.e2e import E2EConversation

    conversation = E2EConversation.create("111-222")
    for n in range(150):
        conversation.message("111" if n % 2 else "222", f"message {n}")
    fake_x_server.add_encrypted_conversation(conversation)
    bob = conversation.users["222"]
    keys = ChatKeys.from_exported_keys(bob.exported_keys(), key_version=bob.key_version, user_id="222")
    with ChatClient(token=fake_x_server.token, base_url=fake_x_server.base_url) as client:
        summary = export_conversations(client, tmp_path, ["111-222"], decrypt_with=keys)
    lines = (tmp_path / "111-222.decrypted.jsonl").read_text(encoding="utf-8").splitlines()
    texts = [json.loads(line)["text"] for line in lines if json.loads(line)["kind"] == "message"]
    assert texts == [f"message {n}" for n in range(149, -1, -1)]
    assert summary.messages == len(lines) and all(json.loads(line)["verified"] for line in lines)
