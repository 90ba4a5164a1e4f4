"""End-to-end encrypted writes through the fake server: what one user sends, the other reads back,
decrypted and verified; keys are trusted only once their signatures verify; nothing is sent twice."""

from __future__ import annotations

import base64
import contextlib
import io
import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any, cast

import attrs
import pytest
from anyio.from_thread import BlockingPortal, start_blocking_portal

from x_chat import APIConnectionError, AsyncChatClient, ChatClient, ConfigurationError, InvalidIdError, XChatError
from x_chat.crypto import ChatKeys, DecryptedMessage, DecryptionWarning, MessageKind
from x_chat.media import MediaDecryptionError, MediaTransferError, MediaType
from x_chat.testing import FakeXServer, Fault

from .async_as_sync import AsyncAsSync
from .conftest import FAST_RETRY

chat_xdk = pytest.importorskip("chat_xdk")  # the crypto extra is installed by `make test` (uv sync --all-extras)

ALICE, BOB, MALLORY = "1215441834412953600", "1603419180975409153", "999"
CID = f"{ALICE}-{BOB}"


class Users:
    """Alice and Bob with registered keys; ``client(user)`` is a ChatClient, or (``portal`` given)
    an AsyncChatClient driven through tests/async_as_sync.py: every test runs against both."""

    def __init__(self, server: FakeXServer, portal: BlockingPortal | None = None) -> None:
        self.server = server
        self.portal = portal
        self.opened: list[AsyncAsSync] = []
        self.keys = {ALICE: ChatKeys.generate(ALICE), BOB: ChatKeys.generate(BOB)}
        self.tokens = {user: server.add_user(user) for user in (ALICE, BOB)}

    def client(self, user: str) -> ChatClient:
        if self.portal is None:
            return ChatClient(token=self.tokens[user], base_url=self.server.base_url, retry=FAST_RETRY)
        facade = AsyncAsSync(self.aclient(user), self.portal)
        self.opened.append(facade)
        return cast(ChatClient, facade)

    def aclient(self, user: str) -> AsyncChatClient:
        return AsyncChatClient(token=self.tokens[user], base_url=self.server.base_url, retry=FAST_RETRY)


@pytest.fixture(params=["sync", "async"])
def users(request: pytest.FixtureRequest, fake_x_server: FakeXServer) -> Iterator[Users]:
    with contextlib.ExitStack() as stack:
        portal = stack.enter_context(start_blocking_portal()) if request.param == "async" else None
        people = Users(fake_x_server, portal)
        for user, keys in people.keys.items():
            with people.client(user) as client:
                assert client.register_public_key(keys) == keys.key_version
        yield people
        for facade in people.opened:
            facade.close()


def _read(users: Users, user: str) -> list[DecryptedMessage]:
    keys = users.keys[user]
    fresh = ChatKeys.from_exported_keys(keys.export(), key_version=keys.key_version, user_id=user)
    with users.client(user) as client:
        return list(client.iter_messages(CID, keys=fresh))


def test_every_message_kind_round_trips_decrypted_and_verified(users: Users) -> None:
    with users.client(ALICE) as alice, users.client(BOB) as bob:
        first = alice.send_message(BOB, "lunch?", keys=users.keys[ALICE])  # a bare user ID: the 1:1 with Bob
        reply = bob.send_message(CID, "friday", keys=users.keys[BOB], reply_to=first.sequence_id)
        liked = bob.add_reaction(CID, first.sequence_id, "👍", keys=users.keys[BOB])
        unliked = bob.remove_reaction(CID, first.sequence_id, "👍", keys=users.keys[BOB])
        edited = alice.edit_message(CID, first.sequence_id, "lunch at 12?", keys=users.keys[ALICE])
    _check_every_kind(users, [first, reply, liked, unliked, edited], [_read(users, user) for user in (ALICE, BOB)])


async def test_every_message_kind_round_trips_with_the_async_client(users: Users) -> None:
    async with users.aclient(ALICE) as alice, users.aclient(BOB) as bob:
        first = await alice.send_message(BOB, "lunch?", keys=users.keys[ALICE])
        reply = await bob.send_message(CID, "friday", keys=users.keys[BOB], reply_to=first.sequence_id)
        liked = await bob.add_reaction(CID, first.sequence_id, "👍", keys=users.keys[BOB])
        unliked = await bob.remove_reaction(CID, first.sequence_id, "👍", keys=users.keys[BOB])
        edited = await alice.edit_message(CID, first.sequence_id, "lunch at 12?", keys=users.keys[ALICE])
        read = []
        for user, client in ((ALICE, alice), (BOB, bob)):
            keys = users.keys[user]
            fresh = ChatKeys.from_exported_keys(keys.export(), key_version=keys.key_version, user_id=user)
            read.append([m async for m in client.iter_messages(CID, keys=fresh)])
    _check_every_kind(users, [first, reply, liked, unliked, edited], read)


def _check_every_kind(users: Users, sent: list[Any], read: list[list[DecryptedMessage]]) -> None:
    first = sent[0]
    assert first.conversation_id == CID and first.sequence_id and first.message_id
    assert [int(s.sequence_id) for s in sent] == sorted(int(s.sequence_id) for s in sent)
    assert len({s.message_id for s in sent}) == 5
    for messages in read:  # the sender reads its own messages too: its key was in the key change
        messages = messages[::-1]
        assert all(m.verified for m in messages)
        kinds = [m.kind for m in messages]
        assert kinds == [
            MessageKind.KEY_CHANGE,
            MessageKind.MESSAGE,
            MessageKind.REPLY,
            MessageKind.REACTION_ADDED,
            MessageKind.REACTION_REMOVED,
            MessageKind.EDIT,
        ]
        assert [m.sequence_id for m in messages[1:]] == [s.sequence_id for s in sent]
        assert messages[1].text == "lunch?" and messages[1].sender_id == ALICE
        assert messages[1].sequence_id == first.sequence_id and messages[1].id == first.message_id
        assert messages[2].text == "friday" and messages[2].sender_id == BOB
        assert messages[2].reply_to is not None and messages[2].reply_to.sequence_id == first.sequence_id
        assert messages[3].emoji == "👍" and messages[3].target_sequence_id == first.sequence_id
        assert messages[4].emoji == "👍" and messages[4].target_sequence_id == first.sequence_id
        assert messages[5].text == "lunch at 12?" and messages[5].target_sequence_id == first.sequence_id
        assert messages[5].sender_id == ALICE
    (change,) = users.server.requests_to(f"/2/chat/conversations/{CID}/keys")
    participants = {k["user_id"] for k in json.loads(change.body)["conversation_participant_keys"]}
    assert participants == {ALICE, BOB}


def test_reply_to_a_decrypted_message_quotes_it(users: Users) -> None:
    with users.client(ALICE) as alice, users.client(BOB) as bob:
        alice.send_message(CID, "original", keys=users.keys[ALICE])
        target = next(m for m in bob.iter_messages(CID, keys=users.keys[BOB]) if m.kind is MessageKind.MESSAGE)
        bob.send_message(CID, "quoting", keys=users.keys[BOB], reply_to=target)
    newest = _read(users, ALICE)[0]
    assert newest.reply_to is not None
    assert newest.reply_to.sequence_id == target.sequence_id and newest.reply_to.text == "original"


def test_a_forged_newer_key_change_is_not_used(users: Users) -> None:
    """Mallory (or the server) adds a newer key change in Bob's name, signed with her own key: Alice
    keeps encrypting with the last verified key, so Bob can read her and Mallory cannot."""
    with users.client(ALICE) as alice:
        alice.send_message(CID, "before", keys=users.keys[ALICE])
    forger = chat_xdk.Chat()
    payload = forger.generate_keypairs()
    forger.set_identity(BOB, payload.version)
    mallory_public = payload.public_key.public_key
    alice_public = users.keys[ALICE].registration()["public_key"]["public_key"]
    public_keys = [
        {"user_id": ALICE, "public_key": alice_public, "key_version": users.keys[ALICE].key_version},
        {"user_id": BOB, "public_key": mallory_public, "key_version": payload.version},
    ]
    change = forger.prepare_conversation_key_change(
        public_keys,
        conversation_id=CID.replace("-", ":"),
        sender_id=BOB,
        signing_key_version=users.keys[BOB].key_version,
    )
    forged_key = change["conversation_key"]
    users.server.store.conversation(CID).store_message_event(
        sender_id=BOB,
        message_id=change["action_signatures"][0]["message_id"],
        detail=base64.b64decode(change["action_signatures"][0]["encoded_message_event_detail"]),
        signature=_signature(change["action_signatures"][0]),
    )
    conversation = users.server.conversations[CID]
    conversation.missing_key_change_events.append(conversation.events[-1]["encoded_event"])
    fresh = ChatKeys.from_exported_keys(
        users.keys[ALICE].export(), key_version=users.keys[ALICE].key_version, user_id=ALICE
    )
    with users.client(ALICE) as alice:
        key = alice.conversation_key(CID, fresh)
        assert key.key != forged_key
        alice.send_message(CID, "after", keys=fresh)
    with pytest.warns(DecryptionWarning, match="KeyChange signature"):  # the forged change, reported
        texts = [m.text for m in _read(users, BOB) if m.kind is MessageKind.MESSAGE]
    assert texts == ["after", "before"]


def _signature(signed: dict[str, str]) -> bytes:
    from x_chat._thrift import signature_struct

    return signature_struct(signed["signature"], signed["public_key_version"], signed["signature_version"])


def test_a_public_key_whose_binding_fails_is_not_trusted(users: Users) -> None:
    keys = ChatKeys.generate(ALICE)
    other = ChatKeys.generate(BOB).registration()["public_key"]
    mismatched = {**other, "signing_public_key": keys.registration()["public_key"]["signing_public_key"]}
    assert keys.add_public_keys(BOB, [{**mismatched, "public_key_version": "1"}]) == 0
    assert keys.add_public_keys(BOB, [{**other, "public_key_version": "1"}]) == 1


def test_a_sent_message_is_never_sent_twice(users: Users) -> None:
    with users.client(ALICE) as alice:
        alice.send_message(CID, "opening", keys=users.keys[ALICE])
        stored = len(users.server.conversations[CID].events)
        users.server.clear_requests()
        users.server.inject(Fault.reset_after_handling(path=f"/2/chat/conversations/{CID}/messages"))
        with pytest.raises(XChatError):
            alice.send_message(CID, "once", keys=users.keys[ALICE])
        assert len(users.server.requests_to(f"/2/chat/conversations/{CID}/messages")) == 1
        assert len(users.server.conversations[CID].events) == stored + 1
        users.server.inject(Fault.rate_limited(retry_after=0.05, path=f"/2/chat/conversations/{CID}/messages"))
        alice.send_message(CID, "after a 429", keys=users.keys[ALICE])  # nothing was stored: sent again
    assert len(users.server.conversations[CID].events) == stored + 2


def test_arguments_are_checked_before_any_request(users: Users) -> None:
    users.server.clear_requests()
    with users.client(ALICE) as alice:
        with pytest.raises(InvalidIdError):
            alice.send_message("12/../34", "x", keys=users.keys[ALICE])
        with pytest.raises(ValueError, match="text"):
            alice.send_message(CID, "", keys=users.keys[ALICE])
        with pytest.raises(InvalidIdError):
            alice.add_reaction(CID, "12a", "👍", keys=users.keys[ALICE])
        with pytest.raises(ValueError, match="emoji"):
            alice.add_reaction(CID, "12", "", keys=users.keys[ALICE])
        with pytest.raises(InvalidIdError):
            alice.mark_read(CID, "not-a-sequence")
        for call in (
            lambda: alice.send_message(CID, "x", keys=None),  # type: ignore[arg-type]
            lambda: alice.add_reaction(CID, "12", "👍", keys="keys.json"),  # type: ignore[arg-type]
            lambda: alice.edit_message(CID, "12", "x", keys=users.keys[ALICE].export()),  # type: ignore[arg-type]
            lambda: alice.create_group([BOB], keys=None),  # type: ignore[arg-type]
            lambda: alice.upload_media(CID, io.BytesIO(b"x"), keys=None),  # type: ignore[arg-type]
            lambda: alice.iter_decrypted_pages(CID, keys=None),  # type: ignore[arg-type]
        ):
            with pytest.raises(TypeError, match=r"keys must be an x_chat\.crypto\.ChatKeys"):
                call()
    assert users.server.requests_to("/2/") == []


def test_mark_read_and_typing(users: Users) -> None:
    with users.client(BOB) as bob:
        bob.send_message(CID, "hi", keys=users.keys[BOB])
        assert bob.mark_read(CID, "1000000000000002") is True
        assert bob.send_typing(ALICE) is True  # a bare user ID: the 1:1 with Alice
    conversation = users.server.conversations[CID]
    assert conversation.read_until == {BOB: "1000000000000002"} and conversation.typing == [BOB]


def test_keys_from_file_export_and_secrets(tmp_path: Path) -> None:
    keys = ChatKeys.generate(ALICE)
    path = keys.write_key_file(tmp_path / "keys.json")
    assert path.stat().st_mode & 0o777 == 0o600
    loaded = ChatKeys.from_key_file(path)
    assert loaded.registration() == keys.registration() and loaded.export() == keys.export()
    secret = keys.export().hex()
    assert secret not in repr(keys) + str(keys) and "private" not in repr(keys)
    with pytest.raises(ConfigurationError, match="64 bytes"):
        ChatKeys.from_exported_keys(keys.export()[:32], key_version="1", user_id=ALICE)
    with pytest.raises(XChatError, match="bytes of export_keys"):  # a path or base64 text, not bytes
        ChatKeys.from_exported_keys(str(path), key_version="1", user_id=ALICE)  # type: ignore[arg-type]
    path.chmod(0o644)
    with pytest.raises(ConfigurationError, match="chmod 600"):
        ChatKeys.from_key_file(path)


def test_cli_sends_reacts_and_reads_back(users: Users, tmp_path: Path) -> None:
    x_chat = [sys.executable, "-m", "x_chat"]
    env = {**os.environ, "X_BEARER_TOKEN": ""}
    files = {}
    for user, keys in users.keys.items():
        files[user] = str(keys.write_key_file(tmp_path / f"{user}.json"))

    def cli(user: str, *args: str) -> subprocess.CompletedProcess[str]:
        connection = ["--base-url", users.server.base_url, "--token", users.tokens[user]]
        return subprocess.run([*x_chat, *args, *connection], capture_output=True, text=True, env=env, timeout=60)

    sent = cli(ALICE, "send", BOB, "from the CLI", "--keys", files[ALICE])
    assert sent.returncode == 0, sent.stderr
    sequence_id = json.loads(sent.stdout)["sequence_id"]
    assert cli(BOB, "react", CID, sequence_id, "🎉", "--keys", files[BOB]).returncode == 0
    assert cli(BOB, "send", CID, "reply", "--reply-to", sequence_id, "--keys", files[BOB]).returncode == 0
    assert cli(BOB, "react", CID, sequence_id, "🎉", "--remove", "--keys", files[BOB]).returncode == 0
    assert cli(ALICE, "edit", CID, sequence_id, "from the CLI, edited", "--keys", files[ALICE]).returncode == 0
    assert cli(BOB, "read", CID, sequence_id).returncode == 0
    assert cli(BOB, "typing", CID).returncode == 0
    read = cli(ALICE, "messages", CID, "--keys", files[ALICE], "--format", "jsonl", "--no-progress")
    records = [json.loads(line) for line in read.stdout.splitlines()]
    assert [(r["kind"], r["text"] or r["emoji"]) for r in records if r["kind"] != "key_change"] == [
        ("edit", "from the CLI, edited"),
        ("reaction_removed", "🎉"),
        ("reply", "reply"),
        ("reaction_added", "🎉"),
        ("message", "from the CLI"),
    ]
    assert all(r["verified"] for r in records)
    exported = subprocess.run([*x_chat, "keys", "export", "--keys", files[ALICE]], capture_output=True, text=True)
    public = json.loads(exported.stdout)
    assert public["user_id"] == ALICE and "private_keys" not in exported.stdout
    bad = cli(ALICE, "send", "12/../34", "x", "--keys", files[ALICE])
    assert bad.returncode == 2 and "12/../34" in bad.stderr
    photo = tmp_path / "photo.bin"
    photo.write_bytes(os.urandom(1_500_000))
    up = cli(ALICE, "media", "upload", CID, str(photo), "--keys", files[ALICE], "--no-progress")
    assert up.returncode == 0, up.stderr
    hash_key = json.loads(up.stdout)["media_hash_key"]
    down = cli(
        BOB, "media", "download", CID, hash_key, str(tmp_path / "got.bin"), "--keys", files[BOB], "--no-progress"
    )
    assert down.returncode == 0, down.stderr
    assert (tmp_path / "got.bin").read_bytes() == photo.read_bytes()
    attached = cli(ALICE, "send", CID, "the photo", "--attach", str(photo), "--keys", files[ALICE])
    assert attached.returncode == 0, attached.stderr
    read = cli(BOB, "messages", CID, "--keys", files[BOB], "--format", "jsonl", "--no-progress", "--limit", "1")
    (newest,) = [json.loads(line) for line in read.stdout.splitlines()]
    assert newest["text"] == "the photo" and newest["sequence_id"] == json.loads(attached.stdout)["sequence_id"]
    assert [(m["filename"], m["size"]) for m in newest["media"]] == [("photo.bin", photo.stat().st_size)]
    table = cli(BOB, "messages", CID, "--keys", files[BOB], "--no-progress", "--limit", "1")
    assert f"photo.bin {newest['media'][0]['media_hash_key']}]" in table.stdout


def test_cli_creates_a_group_adds_members_and_posts_to_a_broadcast(users: Users, tmp_path: Path) -> None:
    carol, carol_keys = "777", ChatKeys.generate("777")
    carol_token = users.server.add_user(carol, public_key=carol_keys.public_key())
    files = {user: str(keys.write_key_file(tmp_path / f"{user}.json")) for user, keys in users.keys.items()}
    files[carol] = str(carol_keys.write_key_file(tmp_path / "carol.json"))
    tokens = {**users.tokens, carol: carol_token}

    def cli(user: str, *args: str) -> subprocess.CompletedProcess[str]:
        connection = ["--base-url", users.server.base_url, "--token", tokens[user]]
        command = [sys.executable, "-m", "x_chat", *args, *connection]
        return subprocess.run(command, capture_output=True, text=True, env={**os.environ, "X_BEARER_TOKEN": ""})

    created = cli(ALICE, "group", "create", BOB, "--title", "Lunch club", "--keys", files[ALICE])
    assert created.returncode == 0, created.stderr
    group = json.loads(created.stdout)["conversation_id"]
    assert (
        group.startswith("g")
        and json.loads(users.server.requests_to("/2/chat/conversations/group")[-1].body)["group_name"] == "Lunch club"
    )
    assert cli(ALICE, "send", group, "before carol", "--keys", files[ALICE]).returncode == 0
    added = cli(BOB, "group", "add", group, carol, "--keys", files[BOB])
    assert added.returncode == 0, added.stderr
    assert json.loads(added.stdout)["key_version"] != json.loads(created.stdout)["key_version"]
    assert cli(BOB, "send", group, "hi carol", "--keys", files[BOB]).returncode == 0
    read = cli(carol, "messages", group, "--keys", files[carol], "--format", "jsonl", "--no-progress")
    texts = [json.loads(line)["text"] for line in read.stdout.splitlines() if '"message"' in line]
    assert texts == ["hi carol"] and "3 unreadable events" in read.stderr  # what was sent before she joined
    not_a_group = cli(ALICE, "group", "add", CID, carol, "--keys", files[ALICE])
    assert not_a_group.returncode == 2 and "not a group" in not_a_group.stderr

    shown = cli(ALICE, "keys", "show", BOB, carol)
    assert shown.returncode == 0, shown.stderr
    versions = [json.loads(line)["public_key_version"] for line in shown.stdout.splitlines()]
    assert versions == [users.keys[BOB].key_version, carol_keys.key_version]
    assert len(users.server.requests_to("/2/users/public_keys")) == 1  # one bulk request

    posted = cli(ALICE, "broadcast", "1yNGaQLWpejGj", "great stream")
    assert posted.returncode == 0, posted.stderr
    assert json.loads(posted.stdout)["success"] is True
    assert json.loads(users.server.requests_to("/2/broadcasts/")[-1].body) == {"text": "great stream"}
    too_long = cli(ALICE, "broadcast", "1yNGaQLWpejGj", "x" * 141)
    assert too_long.returncode == 2 and "140" in too_long.stderr


APPEND = "/2/chat/media/upload/735401/append"  # the fake server's first upload session


def test_media_round_trip_resumes_failed_appends(users: Users, tmp_path: Path) -> None:
    data = os.urandom(5 * 1024 * 1024 + 321)
    source = tmp_path / "photo.bin"
    source.write_bytes(data)
    seen: list[tuple[int, int]] = []
    users.server.inject(
        Fault.server_error(503, path=APPEND),  # refused: sent again under the same index
        Fault.reset_after_handling(path=APPEND),  # stored, then the connection drops: sent again, replaces itself
    )
    with users.client(ALICE) as alice, users.client(BOB) as bob:
        uploaded = alice.upload_media(
            BOB, source, keys=users.keys[ALICE], segment_bytes=512 * 1024, progress=lambda *p: seen.append(p)
        )
        assert uploaded.size == len(data) and uploaded.encrypted_size == chat_xdk.encrypted_stream_size(len(data))
        assert uploaded.segments == -(-uploaded.encrypted_size // (512 * 1024)) <= 1000
        stored = users.server.media[(CID, uploaded.media_hash_key)]
        assert len(stored) == uploaded.encrypted_size and data[:4096] not in stored  # encrypted at rest
        appends = [r for r in users.server.requests if r.path.endswith("/append")]
        assert len(appends) == uploaded.segments + 2
        assert seen[-1] == (uploaded.encrypted_size, uploaded.encrypted_size)
        target = tmp_path / "out.bin"
        assert bob.download_media(CID, uploaded.media_hash_key, target, keys=users.keys[BOB]) == len(data)
    assert target.read_bytes() == data


async def test_async_media_from_a_file_object(users: Users) -> None:
    data = os.urandom(3 * 1024 * 1024)
    async with users.aclient(ALICE) as alice:
        uploaded = await alice.upload_media(CID, io.BytesIO(data), keys=users.keys[ALICE])
        out = io.BytesIO()
        assert await alice.download_media(CID, uploaded.media_hash_key, out, keys=users.keys[ALICE]) == len(data)
    assert out.getvalue() == data


def test_a_truncated_download_leaves_no_file(users: Users, tmp_path: Path) -> None:
    with users.client(ALICE) as alice:
        uploaded = alice.upload_media(CID, io.BytesIO(os.urandom(200_000)), keys=users.keys[ALICE])
        key = (CID, uploaded.media_hash_key)
        users.server.media[key] = users.server.media[key][:-5000]  # the stream ends early
        target = tmp_path / "cut.bin"
        with pytest.raises(MediaDecryptionError, match="truncated"):
            alice.download_media(CID, uploaded.media_hash_key, target, keys=users.keys[ALICE])
    assert not target.exists() and not (tmp_path / "cut.bin.part").exists()


# The smallest valid PNG header chatxdk can size: signature, IHDR of 3 x 2 pixels.
PNG = (
    b"\x89PNG\r\n\x1a\n"
    + b"\x00\x00\x00\rIHDR"
    + (3).to_bytes(4, "big")
    + (2).to_bytes(4, "big")
    + b"\x08\x02\x00\x00\x00"
)


def test_a_message_carries_uploaded_media_to_the_recipient(users: Users, tmp_path: Path) -> None:
    photo = tmp_path / "holiday.png"
    photo.write_bytes(PNG + os.urandom(300_000))
    with users.client(ALICE) as alice, users.client(BOB) as bob:
        uploaded = alice.upload_media(BOB, photo, keys=users.keys[ALICE])
        notes = alice.upload_media(CID, io.BytesIO(b"minutes"), keys=users.keys[ALICE], filename="notes.txt")
        assert (uploaded.filename, uploaded.media_type, uploaded.width, uploaded.height) == (
            "holiday.png",
            MediaType.IMAGE,
            3,
            2,
        )
        assert (notes.filename, notes.media_type, notes.width) == ("notes.txt", MediaType.FILE, 0)
        sketch = alice.upload_media(CID, io.BytesIO(PNG), keys=users.keys[ALICE], filename="sketch.png")
        with pytest.raises(ValueError, match="images, GIFs or videos"):  # chatxdk's rule, checked before I/O
            alice.send_message(CID, "both", keys=users.keys[ALICE], media=[uploaded, notes])
        sent = alice.send_message(CID, "look", keys=users.keys[ALICE], media=[uploaded, sketch])
        alice.send_message(CID, "", keys=users.keys[ALICE], media=notes)  # media alone, no text
        (message,) = [m for m in _read(users, BOB) if m.sequence_id == sent.sequence_id]
        assert message.verified and message.text == "look"
        assert [(m.media_hash_key, m.filename, m.media_type, m.size) for m in message.media] == [
            (uploaded.media_hash_key, "holiday.png", "IMAGE", photo.stat().st_size),
            (sketch.media_hash_key, "sketch.png", "IMAGE", len(PNG)),
        ]
        (alone,) = [m for m in _read(users, BOB) if m.media and m.media[0].filename == "notes.txt"]
        assert alone.text == "" and alone.media[0].media_type == "FILE" and alone.media[0].size == 7
        assert (message.media[0].width, message.media[0].height) == (3, 2)
        target = tmp_path / "got.png"
        bob.download_media(CID, message.media[0].media_hash_key, target, keys=users.keys[BOB])
        assert target.read_bytes() == photo.read_bytes()
        body = users.server.requests_to(f"/2/chat/conversations/{CID}/messages")[0].body
        assert uploaded.media_hash_key.encode() not in body and b"holiday" not in body  # inside the ciphertext
        count = len(users.server.requests)
        other = attrs.evolve(uploaded, conversation_id=f"{ALICE}-{MALLORY}")
        with pytest.raises(ValueError, match="another conversation"):
            alice.send_message(CID, "wrong", keys=users.keys[ALICE], media=other)
        with pytest.raises(ValueError, match="non-empty"):
            alice.send_message(CID, "", keys=users.keys[ALICE])
        assert len(users.server.requests) == count


MEDIA_GET = "/2/chat/media/"


def test_a_download_cut_mid_stream_starts_over_and_keeps_nothing_partial(users: Users, tmp_path: Path) -> None:
    data = os.urandom(4 * 1024 * 1024)
    with users.client(ALICE) as alice:
        uploaded = alice.upload_media(CID, io.BytesIO(data), keys=users.keys[ALICE])
        users.server.inject(Fault.cut_mid_body(1_000_000, path=MEDIA_GET))
        target = tmp_path / "out.bin"
        seen: list[int] = []
        got = alice.download_media(
            CID, uploaded.media_hash_key, target, keys=users.keys[ALICE], progress=lambda done, _: seen.append(done)
        )
        assert got == len(data) and target.read_bytes() == data
        assert len(users.server.requests_to(f"{MEDIA_GET}{CID}/{uploaded.media_hash_key}")) == 2
        assert seen[-1] == uploaded.encrypted_size and min(seen) < 1_000_000  # it started over

        into = io.BytesIO(b"kept:")
        into.seek(5)
        users.server.inject(Fault.cut_mid_body(500_000, path=MEDIA_GET))
        assert alice.download_media(CID, uploaded.media_hash_key, into, keys=users.keys[ALICE]) == len(data)
        assert into.getvalue() == b"kept:" + data  # rewound to where it started, not appended twice

        users.server.inject(Fault.cut_mid_body(500_000, path=MEDIA_GET, times=10))
        lost = tmp_path / "lost.bin"
        with pytest.raises(APIConnectionError):
            alice.download_media(CID, uploaded.media_hash_key, lost, keys=users.keys[ALICE])
        assert not lost.exists() and not (tmp_path / "lost.bin.part").exists()

        class Pipe(io.RawIOBase):  # a destination that cannot rewind
            def __init__(self) -> None:
                self.data = bytearray()

            def writable(self) -> bool:
                return True

            def write(self, b: Any) -> int:
                self.data += b
                return len(b)

        users.server.inject(Fault.cut_mid_body(500_000, path=MEDIA_GET))
        with pytest.raises(MediaTransferError, match="cannot be rewound"):
            alice.download_media(CID, uploaded.media_hash_key, Pipe(), keys=users.keys[ALICE])


async def test_async_download_cut_mid_stream_starts_over(users: Users) -> None:
    data = os.urandom(2 * 1024 * 1024)
    async with users.aclient(ALICE) as alice:
        uploaded = await alice.upload_media(CID, io.BytesIO(data), keys=users.keys[ALICE])
        users.server.inject(Fault.cut_mid_body(700_000, path=MEDIA_GET))
        out = io.BytesIO()
        assert await alice.download_media(CID, uploaded.media_hash_key, out, keys=users.keys[ALICE]) == len(data)
    assert out.getvalue() == data


def test_groups_are_created_and_grow_with_new_keys(users: Users) -> None:
    carol = "777"
    carol_keys = ChatKeys.generate(carol)
    carol_token = users.server.add_user(carol)
    with ChatClient(token=carol_token, base_url=users.server.base_url) as client:
        client.register_public_key(carol_keys)
    with users.client(ALICE) as alice:
        key = alice.create_group([BOB], keys=users.keys[ALICE], title="Lunch club")
        group = key.conversation_id
        assert group.startswith("g")
        alice.send_message(group, "welcome", keys=users.keys[ALICE])
        created = json.loads(users.server.requests_to("/2/chat/conversations/group")[-1].body)
        assert created["group_name"] == "Lunch club"  # the title is visible to X
        assert {k["user_id"] for k in created["conversation_participant_keys"]} == {ALICE, BOB}
        newer = alice.add_group_members(group, [carol], keys=users.keys[ALICE])
        assert newer.version != key.version
        alice.send_message(group, "hi carol", keys=users.keys[ALICE])
    with users.client(BOB) as bob:
        read = list(bob.iter_messages(group, keys=users.keys[BOB]))
    assert [m.text for m in read if m.kind is MessageKind.MESSAGE] == ["hi carol", "welcome"]
    changes = [m.group_change for m in read if m.kind is MessageKind.GROUP_CHANGE]  # newest first
    assert [(c.change_type, c.member_ids) for c in changes if c] == [
        ("MembersAdded", (carol,)),
        ("Created", (ALICE, BOB)),
    ]
    assert changes[1] is not None and changes[1].title == "Lunch club" and changes[1].admin_ids == (ALICE,)
    assert all(m.verified and m.sender_id == ALICE for m in read if m.kind is MessageKind.GROUP_CHANGE)
    with (
        ChatClient(token=carol_token, base_url=users.server.base_url) as client,
        pytest.warns(DecryptionWarning, match="could not be read"),  # what was sent before she joined
    ):
        seen = [
            m.text for m in client.iter_messages(group, keys=carol_keys, strict=False) if m.kind is MessageKind.MESSAGE
        ]
    assert seen == ["hi carol"]


def test_a_key_change_by_another_member_is_used_once_read_or_refreshed(users: Users) -> None:
    """Alice keeps her group key after her first message; Bob then adds Carol with a new key. What
    Alice sends with the kept key Carol cannot read; once Alice has read the group (or asked with
    refresh=True), her messages go out under Bob's key and Carol reads them."""
    carol, carol_keys = "777", ChatKeys.generate("777")
    carol_token = users.server.add_user(carol, public_key=carol_keys.public_key())
    alice_keys = users.keys[ALICE]
    with users.client(ALICE) as alice, users.client(BOB) as bob:
        first = alice.create_group([BOB], keys=alice_keys)
        group = first.conversation_id
        alice.send_message(group, "welcome", keys=alice_keys)
        added = bob.add_group_members(group, [carol], keys=users.keys[BOB])
        assert added.version != first.version
        assert alice.conversation_key(group, alice_keys).version == first.version  # kept, not asked again
        alice.send_message(group, "stale", keys=alice_keys)
        list(alice.iter_messages(group, keys=alice_keys, strict=False))  # reading learns Bob's key change
        assert alice.conversation_key(group, alice_keys).version == added.version
        alice.send_message(group, "after reading", keys=alice_keys)
        other = ChatKeys.from_exported_keys(alice_keys.export(), key_version=alice_keys.key_version, user_id=ALICE)
        other.remember_key(group, first)  # another process of Alice's, still holding the old key
        assert alice.conversation_key(group, other, refresh=True).version == added.version
        alice.send_message(group, "after refresh", keys=other)
    with (
        ChatClient(token=carol_token, base_url=users.server.base_url) as client,
        pytest.warns(DecryptionWarning),  # "welcome" and "stale": sent under a key Carol never got
    ):
        seen = [m.text for m in client.iter_messages(group, keys=carol_keys) if m.kind is MessageKind.MESSAGE]
    assert seen == ["after refresh", "after reading"]


# -- a write that may have reached X says so ---------------------------------------------------------


@pytest.mark.parametrize("fault", ["lost response", "500", "201 with only errors"])
def test_a_write_that_may_have_been_stored_says_so_with_the_message_id(users: Users, fault: str) -> None:
    path = f"/2/chat/conversations/{CID}/messages"
    with users.client(ALICE) as alice:
        alice.send_message(CID, "first", keys=users.keys[ALICE])  # the conversation key exists
        if fault == "lost response":
            users.server.inject(Fault.reset_after_handling(path=path))  # stored, then the connection drops
        elif fault == "500":
            users.server.inject(Fault(status=500, path=path, times=5))
        else:
            problem = {
                "errors": [
                    {
                        "type": "https://api.twitter.com/2/problems/not-authorized-for-resource",
                        "title": "Forbidden",
                        "detail": "You cannot send messages to this user.",
                    }
                ]
            }
            users.server.inject(
                Fault(status=201, body=json.dumps(problem).encode(), content_type="application/json", path=path)
            )
        sent_before = len(users.server.requests_to(path))
        with pytest.raises(XChatError) as failed:
            alice.send_message(CID, "did it arrive?", keys=users.keys[ALICE])
    error = failed.value
    assert len(users.server.requests_to(path)) == sent_before + 1  # sent once, never again
    assert getattr(error, "may_have_been_sent", False) is True
    message_id = getattr(error, "message_id", None)
    assert message_id and message_id in str(error) and "may have reached X" in str(error)
    if fault == "201 with only errors":
        assert "You cannot send messages to this user." in str(error)
    if fault == "lost response":  # the ID finds it
        found = [m for m in _read(users, BOB) if m.id == message_id]
        assert [m.text for m in found] == ["did it arrive?"]


def test_a_refused_write_is_not_marked_as_possibly_sent(users: Users) -> None:
    path = f"/2/chat/conversations/{CID}/messages"
    with users.client(ALICE) as alice:
        alice.send_message(CID, "first", keys=users.keys[ALICE])
        users.server.inject(Fault(status=403, path=path))
        with pytest.raises(XChatError) as refused:
            alice.send_message(CID, "no", keys=users.keys[ALICE])
    assert getattr(refused.value, "may_have_been_sent", False) is False and "may have reached" not in str(refused.value)


@pytest.mark.parametrize("key", ["\u0663\u0663\u0663", "\uff41\uff42\uff43", "a" * 51, "", "abc/../x"])
def test_media_hash_keys_are_ascii_and_bounded_before_any_request(users: Users, key: str, tmp_path: Path) -> None:
    with users.client(ALICE) as alice:
        users.server.clear_requests()
        with pytest.raises(InvalidIdError, match="media"):
            alice.download_media(CID, key, tmp_path / "out", keys=users.keys[ALICE])
    assert users.server.requests_to("/2/chat/media/") == []
