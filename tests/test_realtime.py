"""Real-time chat end to end, with real encryption: what Bob sends, Alice receives from the stream
decrypted and verified, once; what the server lies about is not shown as verified; `listen` falls
back to polling on 402 and 403; and the echo bot of docs/guides/bots.md answers."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from x_chat import ChatClient
from x_chat.testing import FakeXServer, Fault, StreamScript

from .conftest import FAST_RETRY

chat_xdk = pytest.importorskip("chat_xdk")
from x_chat._stream import RealtimeFallbackWarning  # noqa: E402
from x_chat.crypto import ChatKeys, DecryptionWarning  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
ALICE, BOB, MALLORY = "1215441834412953600", "1603419180975409153", "999"
CID = f"{ALICE}-{BOB}"


class People:
    def __init__(self, server: FakeXServer) -> None:
        self.server = server
        self.keys = {user: ChatKeys.generate(user) for user in (ALICE, BOB)}
        self.tokens = {user: server.add_user(user) for user in (ALICE, BOB, MALLORY)}
        for user, keys in self.keys.items():
            with self.client(user) as client:
                client.register_public_key(keys)

    def client(self, user: str) -> ChatClient:
        return ChatClient(token=self.tokens[user], base_url=self.server.base_url, retry=FAST_RETRY)


@pytest.fixture
def people(fake_x_server: FakeXServer) -> Iterator[People]:
    fake_x_server.activity.keepalive = 0.05
    yield People(fake_x_server)


def test_the_stream_yields_bobs_messages_to_alice_decrypted_verified_once(people: People) -> None:
    with people.client(ALICE) as alice, people.client(BOB) as bob:
        alice.create_activity_subscription("chat.received", ALICE)
        sent = [bob.send_message(CID, f"hello {n}", keys=people.keys[BOB]) for n in range(3)]
        people.server.script_stream(StreamScript(duplicate=True, disconnect_after=2))
        messages = alice.stream_chat_messages(keys=people.keys[ALICE], backfill_minutes=1, backoff=0.01)
        got = []
        try:
            for message in messages:
                got.append(message)
                if len(got) == 3:
                    break
        finally:
            messages.close()  # type: ignore[attr-defined]
    assert [m.text for m in got] == ["hello 0", "hello 1", "hello 2"]
    assert all(m.verified and m.sender_id == BOB and m.conversation_id == CID for m in got)
    assert [m.sequence_id for m in got] == [s.sequence_id for s in sent]


def test_a_delivery_the_server_forged_is_not_shown_as_verified(people: People) -> None:
    """The server re-addresses Bob's signed message to another conversation, and delivers a second
    copy of it under a new event_uuid: neither is yielded; the genuine one is, once."""
    server = people.server
    with people.client(ALICE) as alice, people.client(BOB) as bob:
        alice.create_activity_subscription("chat.received", ALICE)
        bob.send_message(CID, "genuine", keys=people.keys[BOB])
        genuine = server.activity.published[-1].envelope["data"]["payload"]
        server.publish_activity("chat.received", ALICE, {**genuine, "conversation_id": f"{ALICE}:{MALLORY}"})
        server.publish_activity("chat.received", ALICE, dict(genuine))  # the same signed message again
        bob.send_message(CID, "last", keys=people.keys[BOB])
        messages = alice.stream_chat_messages(keys=people.keys[ALICE], backfill_minutes=1)
        got = []
        with pytest.warns(DecryptionWarning, match="could not be read"):
            try:
                for message in messages:
                    got.append(message)
                    if len(got) == 2:
                        break
            finally:
                messages.close()  # type: ignore[attr-defined]
    assert [(m.text, m.conversation_id) for m in got] == [("genuine", CID), ("last", CID)]


@pytest.mark.parametrize("status", [402, 403])
def test_listen_falls_back_to_polling_and_says_so_once(people: People, status: int) -> None:
    server = people.server
    server.inject(Fault(status=status, path="/2/activity/stream", times=100))

    def send_once_refused() -> None:  # Bob writes once the stream was refused and polling began
        deadline = time.monotonic() + 60
        while not server.requests_to("/2/chat/conversations") and time.monotonic() < deadline:
            time.sleep(0.01)
        with people.client(BOB) as bob:
            bob.send_message(CID, "first", keys=people.keys[BOB])

    sender = threading.Thread(target=send_once_refused)
    with people.client(ALICE) as alice:
        listening = alice.listen(keys=people.keys[ALICE], interval=0.05)
        got = []
        with pytest.warns(RealtimeFallbackWarning) as warned:
            sender.start()
            try:
                for message in listening:
                    got.append(message)
                    if len(got) == 1:
                        with people.client(BOB) as bob:
                            bob.send_message(CID, "second", keys=people.keys[BOB])
                    if len(got) == 2:
                        break
            finally:
                listening.close()  # type: ignore[attr-defined]
                sender.join()
    assert [m.text for m in got] == ["first", "second"]
    assert all(m.verified and m.sender_id == BOB for m in got)
    assert len([w for w in warned if issubclass(w.category, RealtimeFallbackWarning)]) == 1
    assert len(server.requests_to("/2/activity/stream")) == 1  # not retried: it does not heal


def test_the_echo_bot_of_the_guide_answers(people: People, tmp_path: Path) -> None:
    """docs/examples/echo_bot.py as its own process: Bob writes, the bot (Alice) echoes, Bob reads
    the echo back, decrypted and verified; then the bot is killed."""
    keys_file = tmp_path / "bot-keys.json"
    people.keys[ALICE].write_key_file(keys_file)
    env = {
        **os.environ,
        "X_CHAT_KEYS": str(keys_file),
        "X_BEARER_TOKEN": people.tokens[ALICE],
        "X_APP_BEARER_TOKEN": people.server.token,
        "X_API_BASE_URL": people.server.base_url,
    }
    bot = subprocess.Popen(
        [sys.executable, str(ROOT / "docs" / "examples" / "echo_bot.py")], env=env, stderr=subprocess.PIPE
    )
    try:
        deadline = time.monotonic() + 60
        while not people.server.activity.subscriptions or not people.server.activity.connections:
            assert bot.poll() is None, bot.stderr.read().decode() if bot.stderr else ""
            assert time.monotonic() < deadline, "the bot did not start streaming"
            time.sleep(0.02)
        with people.client(BOB) as bob:
            bob.send_message(CID, "ping", keys=people.keys[BOB])
            echoed: list[Any] = []
            while not echoed:
                assert bot.poll() is None, bot.stderr.read().decode() if bot.stderr else ""
                assert time.monotonic() < deadline, "no echo"
                echoed = [m for m in bob.iter_messages(CID, keys=people.keys[BOB]) if m.sender_id == ALICE]
                time.sleep(0.05)
    finally:
        os.kill(bot.pid, signal.SIGKILL)
        bot.wait()
        if bot.stderr:
            bot.stderr.close()
    assert [m.text for m in echoed] == ["echo: ping"]
    assert echoed[0].verified and echoed[0].reply_to is not None
