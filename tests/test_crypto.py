"""End-to-end decryption against the fake server serving real chatxdk ciphertext, over HTTP."""

from __future__ import annotations

import base64
import os
import subprocess
import sys
import warnings
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from x_chat import ChatClient, ConfigurationError, EventsPage
from x_chat.crypto import (
    ChatKeys,
    DecryptedMessage,
    DecryptionErrorKind,
    DecryptionFailedError,
    DecryptionWarning,
    Decryptor,
    MessageKind,
    write_key_file,
)
from x_chat.testing import FakeXServer
from x_chat.testing.e2e import E2EConversation, E2EUser, encode_message_event
from x_chat_generated.models import GetChatConversationEventsResponse

CID = "111-222"


@pytest.fixture(scope="module")
def conversation() -> E2EConversation:
    chat = E2EConversation.create(CID)
    hello = chat.message("111", "hello bob")
    chat.reply("222", "hi alice", hello)
    chat.react("222", "👍", hello)
    chat.react("222", "👍", hello, remove=True)
    chat.edit("111", hello, "hello bob!")
    for n in range(245):
        chat.message("111" if n % 2 else "222", f"message {n}")
    return chat


@pytest.fixture
def encrypted(fake_x_server: FakeXServer, conversation: E2EConversation) -> FakeXServer:
    fake_x_server.add_encrypted_conversation(conversation)
    return fake_x_server


@pytest.fixture
def key_file(tmp_path: Path, conversation: E2EConversation) -> Path:
    bob = conversation.users["222"]
    return write_key_file(tmp_path / "keys.json", user_id="222", key_version=bob.key_version, keys=bob.exported_keys())


@pytest.fixture
def client(encrypted: FakeXServer) -> Iterator[ChatClient]:
    with ChatClient(token=encrypted.token, base_url=encrypted.base_url) as chat:
        yield chat


def _by_sequence(messages: list[DecryptedMessage]) -> list[DecryptedMessage]:
    return sorted(messages, key=lambda m: int(m.sequence_id))


def test_every_kind_decrypts_to_its_exact_plaintext(client: ChatClient, key_file: Path) -> None:
    decryptor = Decryptor.from_key_file(key_file)
    messages = _by_sequence(list(client.iter_messages(CID, keys=decryptor.keys, page_size=40)))
    assert len(messages) == 251
    change, hello, reply, added, removed, edit = messages[:6]
    assert change.kind is MessageKind.KEY_CHANGE and change.sender_id == "111"
    assert (hello.kind, hello.text, hello.sender_id) == (MessageKind.MESSAGE, "hello bob", "111")
    assert (reply.kind, reply.text) == (MessageKind.REPLY, "hi alice")
    assert reply.reply_to is not None and reply.reply_to.text == "hello bob"
    assert reply.reply_to.sequence_id == hello.sequence_id
    assert (added.kind, added.emoji, added.target_sequence_id) == (MessageKind.REACTION_ADDED, "👍", hello.sequence_id)
    assert (removed.kind, removed.emoji) == (MessageKind.REACTION_REMOVED, "👍")
    assert (edit.kind, edit.text, edit.target_sequence_id) == (MessageKind.EDIT, "hello bob!", hello.sequence_id)
    assert [m.text for m in messages[6:]] == [f"message {n}" for n in range(245)]
    assert all(m.verified for m in messages)
    assert hello.created_at is not None and hello.created_at.tzinfo is not None
    assert hello.conversation_id == CID


def test_one_batched_decrypt_call_per_page(client: ChatClient, key_file: Path) -> None:
    decryptor = Decryptor.from_key_file(key_file)
    calls: list[int] = []
    native = decryptor.keys._chat

    class Counting:
        def __getattr__(self, name: str) -> Any:
            return getattr(native, name)

        def decrypt_events(self, events: list[str], signing_keys: Any = None) -> Any:
            calls.append(len(events))
            return native.decrypt_events(events, signing_keys=signing_keys)

    decryptor.keys._chat = Counting()
    pages = list(client.iter_decrypted_pages(CID, keys=decryptor.keys, page_size=100))
    assert len(pages) == len(calls) == 3
    assert calls == [101, 101, 52]  # each page's events plus the key change its meta lists


def test_tampered_ciphertext_and_spoofed_sender_are_rejected_per_event(
    fake_x_server: FakeXServer, conversation: E2EConversation, key_file: Path
) -> None:
    served = fake_x_server.add_encrypted_conversation(conversation)
    good = conversation.events[1]
    raw = bytearray(base64.b64decode(good["encoded_event"]))
    raw[-40] ^= 0x01  # inside the signed, encrypted content
    tampered = {**good, "id": "t1", "sequence_id": "9001", "encoded_event": base64.b64encode(bytes(raw)).decode()}
    spoofed_raw = base64.b64decode(good["encoded_event"]).replace(b"\x00\x00\x00\x03111", b"\x00\x00\x00\x03222", 1)
    spoofed = {
        **good,
        "id": "s1",
        "sequence_id": "9002",
        "sender_id": "222",
        "encoded_event": base64.b64encode(spoofed_raw).decode(),
    }
    served.events += [tampered, spoofed]
    with ChatClient(token=fake_x_server.token, base_url=fake_x_server.base_url) as client:
        decryptor = Decryptor.from_key_file(key_file)
        pages = list(client.iter_decrypted_pages(CID, keys=decryptor.keys))
    errors = [e for page in pages for e in page.errors]
    # v2.167 events carry no sequence_id: an unreadable event is identified by its REST id
    assert {e.event_id for e in errors} == {"t1", "s1"}
    assert {e.sequence_id for e in errors} == {None}
    assert all(e.kind in (DecryptionErrorKind.SIGNATURE, DecryptionErrorKind.DECRYPTION) for e in errors)
    assert sum(len(page.messages) for page in pages) == 251  # the rest of the page still reads
    with ChatClient(token=fake_x_server.token, base_url=fake_x_server.base_url) as client:
        with pytest.warns(DecryptionWarning):
            list(client.iter_messages(CID, keys=Decryptor.from_key_file(key_file).keys))
        with pytest.raises(DecryptionFailedError):
            list(client.iter_messages(CID, keys=Decryptor.from_key_file(key_file).keys, strict=True))


def test_a_non_participant_gets_per_event_errors_not_a_crash(client: ChatClient, tmp_path: Path) -> None:
    eve = E2EUser.create("333")
    decryptor = Decryptor.from_exported_keys(eve.exported_keys(), key_version=eve.key_version, user_id="333")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DecryptionWarning)
        pages = list(client.iter_decrypted_pages(CID, keys=decryptor.keys, page_size=100))
    assert sum(len(p.messages) for p in pages) == 0
    assert sum(len(p.errors) for p in pages) >= 251


def test_missing_key_change_is_reported_clearly(
    fake_x_server: FakeXServer, conversation: E2EConversation, key_file: Path
) -> None:
    fake_x_server.add_encrypted_conversation(conversation, key_changes_in_meta=False)
    with ChatClient(token=fake_x_server.token, base_url=fake_x_server.base_url) as client:
        first = next(client.iter_decrypted_pages(CID, keys=Decryptor.from_key_file(key_file).keys, page_size=50))
    assert first.messages == [] and len(first.errors) == 50
    assert all(e.kind is DecryptionErrorKind.MISSING_KEY for e in first.errors)
    assert "conversation_key_events" in first.errors[0].reason


def test_newer_meta_name_conversation_key_events_is_accepted(conversation: E2EConversation, key_file: Path) -> None:
    page = EventsPage.of(
        GetChatConversationEventsResponse.from_dict(
            {
                "data": conversation.events[5:9][::-1],
                "meta": {"conversation_key_events": conversation.key_change_events},
            }
        )
    )
    decryptor = Decryptor.from_key_file(key_file)
    for user in conversation.users.values():
        assert decryptor.add_signing_keys(user.user_id, [user.public_key_object()]) == 1
    decrypted = decryptor.decrypt_page(page)
    assert decrypted.errors == []
    assert len(decrypted.messages) == 4


def test_signing_keys_are_paired_with_the_requested_user(
    encrypted: FakeXServer, client: ChatClient, key_file: Path
) -> None:
    decryptor = Decryptor.from_key_file(key_file)
    list(client.iter_decrypted_pages(CID, keys=decryptor.keys, page_size=100))
    requested = {r.path for r in encrypted.requests_to("/2/users/")}
    assert requested == {"/2/users/111/public_keys", "/2/users/222/public_keys"}
    fields = encrypted.requests_to("/2/users/")[0].query_values("public_key.fields")[0].split(",")
    assert {"identity_public_key_signature", "public_key_version"} <= set(fields)


def test_unverified_signatures_are_rejected_by_default(conversation: E2EConversation, key_file: Path) -> None:
    page = EventsPage.of(
        GetChatConversationEventsResponse.from_dict(
            {
                "data": conversation.events[1:3],
                "meta": {"missing_conversation_key_change_events": conversation.key_change_events},
            }
        )
    )
    strict = Decryptor.from_key_file(key_file)  # no signing keys added: nothing can be verified
    assert strict.decrypt_page(page).messages == []
    lenient = Decryptor.from_key_file(key_file, reject_unverified=False)
    readable = lenient.decrypt_page(page).messages
    assert readable and not any(m.verified for m in readable)


def test_key_file_must_be_private(key_file: Path) -> None:
    key_file.chmod(0o644)
    with pytest.raises(ConfigurationError, match="chmod 600"):
        Decryptor.from_key_file(key_file)


def test_secrets_stay_out_of_reprs(key_file: Path, conversation: E2EConversation) -> None:
    decryptor = Decryptor.from_key_file(key_file)
    secret = base64.b64encode(conversation.users["222"].exported_keys()).decode()
    assert secret not in repr(decryptor) and secret not in repr(conversation.users["222"])


def test_without_the_extra_the_import_error_says_how_to_install(tmp_path: Path) -> None:
    code = "import sys; sys.modules['chat_xdk'] = None\nimport x_chat\nassert 'chat_xdk' not in [m for m in sys.modules if sys.modules[m]]\nimport x_chat.crypto"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode != 0
    assert "pip install 'x-chat[crypto]'" in result.stderr
    core = subprocess.run(
        [sys.executable, "-c", "import sys, x_chat, x_chat.cli; print('chat_xdk' in sys.modules)"],
        capture_output=True,
        text=True,
    )
    assert core.stdout.strip() == "False"


def test_cli_messages(encrypted: FakeXServer, key_file: Path) -> None:
    cli = str(Path(sys.executable).with_name("x-chat"))
    env = {k: v for k, v in os.environ.items() if k != "X_BEARER_TOKEN"}
    args = [cli, "messages", CID, "--keys", str(key_file), "--base-url", encrypted.base_url, "--token", encrypted.token]
    result = subprocess.run(
        [*args, "--format", "jsonl", "--no-progress"], capture_output=True, text=True, env=env, timeout=60
    )
    assert result.returncode == 0, result.stderr
    import json

    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(lines) == 251 and {"hello bob", "hi alice", "hello bob!"} <= {line["text"] for line in lines}
    table = subprocess.run(args, capture_output=True, text=True, env=env, timeout=60)
    assert table.returncode == 0 and "hello bob" in table.stdout and "reaction_added" in table.stdout
    key_file.chmod(0o640)
    refused = subprocess.run(args, capture_output=True, text=True, env=env, timeout=60)
    assert refused.returncode == 2 and "chmod 600" in refused.stderr


def test_encoder_produces_what_chatxdk_parses(conversation: E2EConversation) -> None:
    fake = encode_message_event(
        sequence_id="1",
        message_id="m",
        sender_id="111",
        conversation_id="111:222",
        created_at_msec=5,
        detail=b"\x00",
        signature=b"\x00",
    )
    raw = base64.b64decode(fake)
    assert raw.startswith(b"\x0b\x00\x01\x00\x00\x00\x011") and raw.endswith(b"\x00")


def test_the_decryptor_is_a_view_and_its_old_loops_delegate_to_the_client(client: ChatClient, key_file: Path) -> None:
    """One key holder: a decryptor's keys are its ChatKeys', and its deprecated fetch-and-decrypt
    loops are the client's (same messages), with a DeprecationWarning naming the replacement."""
    keys = ChatKeys.from_key_file(key_file)
    decryptor = keys.decryptor()
    assert decryptor.keys is keys and decryptor.trust is keys.trust_store
    expected = [m.sequence_id for m in client.iter_messages(CID, keys=keys)]
    with pytest.warns(DeprecationWarning, match=r"client\.iter_messages"):
        old = [m.sequence_id for m in decryptor.iter_messages(client, CID)]
    assert old == expected and expected


def test_the_old_decryptor_constructor_wraps_the_chat_in_chat_keys(
    conversation: E2EConversation, key_file: Path
) -> None:
    """``Decryptor(chat, user_id=...)`` (0.3) still decrypts, through a ChatKeys made around the
    Chat, with a DeprecationWarning naming the replacement."""
    keys = ChatKeys.from_key_file(key_file)
    with pytest.warns(DeprecationWarning, match=r"ChatKeys\(chat, user_id=\.\.\., key_version=\.\.\.\)"):
        old = Decryptor(keys._chat, user_id=keys.user_id, key_version=keys.key_version)
    assert isinstance(old.keys, ChatKeys) and old.keys is not keys and old.user_id == keys.user_id
    for user in conversation.users.values():
        assert old.add_signing_keys(user.user_id, [user.public_key_object()]) == 1
    page = EventsPage.of(
        GetChatConversationEventsResponse.from_dict(
            {
                "data": conversation.events[5:9][::-1],
                "meta": {"conversation_key_events": conversation.key_change_events},
            }
        )
    )
    decrypted = old.decrypt_page(page, conversation_id=CID)
    assert decrypted.errors == [] and len(decrypted.messages) == 4
