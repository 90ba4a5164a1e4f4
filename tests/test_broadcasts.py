"""A live broadcast's chat through the fake server, sync and async: history (paginated, fields,
expansions), posting with replies, and the owner's moderation (mutes, time-outs, removals), with
every argument checked before any request; then the same through the CLI."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Callable
from datetime import UTC, datetime, timedelta

import pytest

from x_chat import ChatClient, InvalidArgumentError, InvalidIdError, PermissionDeniedError
from x_chat.fields import InvalidFieldError
from x_chat.testing import FakeXServer
from x_chat.testing._fake_server.server import DEFAULT_USER

BROADCAST = "1yNGaQLWpejGj"
VIEWER = "42"


@pytest.fixture
def viewer(server: FakeXServer, make_client: Callable[..., ChatClient]) -> ChatClient:
    """Someone watching (and chatting on) the broadcast, which the server's user owns."""
    server.add_broadcast(BROADCAST, owner_id=DEFAULT_USER)
    return make_client(token=server.add_user(VIEWER))


def test_history_is_newest_first_paginated_with_fields_and_authors(
    server: FakeXServer, client: ChatClient, viewer: ChatClient
) -> None:
    first = viewer.send_broadcast_chat(BROADCAST, "first")
    for text in ("second", "third"):
        viewer.send_broadcast_chat(BROADCAST, text)
    reply = client.send_broadcast_chat(BROADCAST, "thanks!", reply_to=first.timestamp)  # X: the id is the timestamp
    assert reply.success is True
    page = client.get_broadcast_chat(BROADCAST, max_results=2, fields="all", expansions="author_id")
    assert [m.text for m in page.data] == ["thanks!", "third"] and page.next_token is not None
    assert page.data[0].reply_to == first.timestamp and page.data[1].author_id == VIEWER
    assert {u.id for u in page.users} == {DEFAULT_USER, VIEWER}
    request = server.requests_to("/2/broadcasts/")[-1]
    assert request.query_values("broadcast_chat_message.fields") == [
        "author_name,author_username,broadcast_id,created_at_ms,id,reply_to,text"
    ]
    everything = list(client.iter_broadcast_chat(BROADCAST, page_size=2))
    assert [m.text for m in everything] == ["thanks!", "third", "second", "first"]
    assert len(list(client.iter_broadcast_chat(BROADCAST, page_size=3, limit=1))) == 1
    detailed = client.with_raw_response.get_broadcast_chat(BROADCAST, max_results=1)
    assert detailed.raw.status_code == 200 and [m.text for m in detailed.parsed.data] == ["thanks!"]
    with pytest.raises(PermissionDeniedError, match="does not own"):
        viewer.get_broadcast_chat(BROADCAST)  # only the owner reads the history


def test_mute_time_out_unmute_and_remove(server: FakeXServer, client: ChatClient, viewer: ChatClient) -> None:
    rude = viewer.send_broadcast_chat(BROADCAST, "rude")
    muted = client.mute_broadcast_chat_user(BROADCAST, VIEWER, message_id=rude.timestamp)
    assert muted.muted is True and muted.user_id == VIEWER and muted.message_id == rude.timestamp
    assert json.loads(server.requests_to("/2/broadcasts/")[-1].body) == {
        "user_id": VIEWER,
        "message_id": rude.timestamp,
    }
    assert [m.text for m in client.iter_broadcast_chat(BROADCAST)] == []  # removed with the mute
    with pytest.raises(PermissionDeniedError, match="muted"):
        viewer.send_broadcast_chat(BROADCAST, "let me talk")
    unmuted = client.unmute_broadcast_chat_user(BROADCAST, int(VIEWER))
    assert unmuted.muted is False and server.requests_to("/2/broadcasts/")[-1].method == "DELETE"
    kept = viewer.send_broadcast_chat(BROADCAST, "sorry")

    before = int(datetime.now(UTC).timestamp() * 1000)
    client.mute_broadcast_chat_user(BROADCAST, VIEWER, until=timedelta(minutes=5))
    end = int(json.loads(server.requests_to("/2/broadcasts/")[-1].body)["end_at_ms"])
    assert before + 300_000 <= end <= int(datetime.now(UTC).timestamp() * 1000) + 300_000  # five minutes from now
    client.mute_broadcast_chat_user(BROADCAST, VIEWER, until="2999-01-02 03:04")
    assert json.loads(server.requests_to("/2/broadcasts/")[-1].body)["end_at_ms"] == str(
        int(datetime(2999, 1, 2, 3, 4, tzinfo=UTC).timestamp() * 1000)
    )
    removed = client.delete_broadcast_chat_message(BROADCAST, kept.timestamp)
    assert removed.deleted is True and removed.message_id == kept.timestamp and removed.muted is None
    assert list(client.iter_broadcast_chat(BROADCAST)) == []
    with pytest.raises(PermissionDeniedError):
        viewer.mute_broadcast_chat_user(BROADCAST, DEFAULT_USER)  # only the owner moderates


@pytest.mark.parametrize(
    ("call", "error"),
    [
        (lambda c: c.get_broadcast_chat("not/valid"), InvalidIdError),
        (lambda c: c.get_broadcast_chat(BROADCAST, max_results=201), InvalidArgumentError),
        (lambda c: c.get_broadcast_chat(BROADCAST, fields="txt"), InvalidFieldError),
        (lambda c: c.get_broadcast_chat(BROADCAST, expansions="reply_to"), InvalidFieldError),
        (lambda c: list(c.iter_broadcast_chat(BROADCAST, page_size=0)), InvalidArgumentError),
        (lambda c: c.send_broadcast_chat(BROADCAST, "hi", reply_to="abc"), InvalidIdError),
        (lambda c: c.mute_broadcast_chat_user(BROADCAST, "0042"), InvalidIdError),
        (lambda c: c.mute_broadcast_chat_user(BROADCAST, "x1"), InvalidIdError),
        (lambda c: c.mute_broadcast_chat_user(BROADCAST, VIEWER, until="2001-01-01"), InvalidArgumentError),
        (lambda c: c.mute_broadcast_chat_user(BROADCAST, VIEWER, until=timedelta(0)), InvalidArgumentError),
        (lambda c: c.mute_broadcast_chat_user(BROADCAST, VIEWER, until=5), InvalidArgumentError),
        (lambda c: c.mute_broadcast_chat_user(BROADCAST, VIEWER, message_id="0123"), InvalidIdError),
        (lambda c: c.unmute_broadcast_chat_user("a" * 14, VIEWER), InvalidIdError),
        (lambda c: c.delete_broadcast_chat_message(BROADCAST, "12 3"), InvalidIdError),
    ],
)
def test_arguments_are_checked_before_any_request(
    server: FakeXServer, client: ChatClient, call: Callable[[ChatClient], object], error: type[Exception]
) -> None:
    with pytest.raises(error):
        call(client)
    assert server.requests_to("/2/") == []


def test_the_cli_reads_and_moderates_a_broadcast(server: FakeXServer) -> None:
    server.add_broadcast(BROADCAST, owner_id=DEFAULT_USER)
    viewer = server.add_user(VIEWER)

    def cli(token: str, *args: str) -> subprocess.CompletedProcess[str]:
        command = [sys.executable, "-m", "x_chat", *args, "--base-url", server.base_url, "--token", token]
        return subprocess.run(command, capture_output=True, text=True, env={**os.environ, "X_BEARER_TOKEN": ""})

    old_form = cli(viewer, "broadcast", BROADCAST, "hello")  # 0.4's form: still posts
    assert old_form.returncode == 0, old_form.stderr
    first = json.loads(old_form.stdout)["timestamp"]
    replied = cli(server.token, "broadcast", "send", BROADCAST, "hi!", "--reply-to", first)
    assert replied.returncode == 0, replied.stderr
    history = cli(server.token, "broadcast", "chat", BROADCAST, "--authors")
    assert history.returncode == 0, history.stderr
    assert [json.loads(line)["text"] for line in history.stdout.splitlines()] == ["hi!", "hello"]
    muted = cli(server.token, "broadcast", "mute", BROADCAST, VIEWER, "--minutes", "10", "--message", first)
    assert muted.returncode == 0, muted.stderr
    assert json.loads(muted.stdout) == {
        "broadcast_id": BROADCAST,
        "user_id": VIEWER,
        "message_id": first,
        "muted": True,
    }
    refused = cli(viewer, "broadcast", "send", BROADCAST, "again")
    assert refused.returncode == 1 and "muted" in refused.stderr
    assert json.loads(cli(server.token, "broadcast", "unmute", BROADCAST, VIEWER).stdout)["muted"] is False
    mine = json.loads(cli(server.token, "broadcast", "chat", BROADCAST).stdout.splitlines()[0])["id"]
    removed = cli(server.token, "broadcast", "delete", BROADCAST, mine)
    assert json.loads(removed.stdout)["deleted"] is True
    assert cli(server.token, "broadcast", "chat", BROADCAST).stdout == ""
    bad = cli(server.token, "broadcast", "mute", BROADCAST, VIEWER, "--until", "2001-01-01")
    assert bad.returncode == 2 and "future" in bad.stderr
