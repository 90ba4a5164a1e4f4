"""Deleting messages (``POST /2/chat/conversations/{id}/messages/delete``) through the fake server,
sync and async: real chatxdk action signatures that the server checks, X's rules for deleting for
all or for yourself, what reads back, and a server that keeps serving what was deleted."""

from __future__ import annotations

import base64
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from x_chat import InvalidArgumentError, InvalidIdError, PermissionDeniedError, XChatError
from x_chat._thrift import signature_struct
from x_chat.crypto import ChatKeys, MessageKind
from x_chat.testing import Fault

from . import test_writes
from .test_writes import ALICE, BOB, CID, Users, _read

users = test_writes.users  # the fixture: Alice and Bob with registered keys, sync and async

chat_xdk = pytest.importorskip("chat_xdk")


def _conversation(users: Users) -> dict[str, str]:
    """Alice and Bob each send two messages; their texts by sequence ID."""
    sent = {}
    for user, texts in ((ALICE, ["a1", "a2"]), (BOB, ["b1", "b2"])):
        with users.client(user) as chat:
            for text in texts:
                sent[chat.send_message(CID, text, keys=users.keys[user]).sequence_id] = text
    return sent


def test_delete_for_all_removes_your_messages_for_everyone_and_reads_back_as_a_delete(users: Users) -> None:
    sent = _conversation(users)
    a1 = next(s for s, t in sent.items() if t == "a1")
    with users.client(ALICE) as alice:
        result = alice.delete_messages(CID, [a1], for_all=True, keys=users.keys[ALICE])
    assert result.deleted is True and result.sequence_ids == (a1,) and result.for_all is True
    for reader in (ALICE, BOB):
        read = _read(users, reader)
        texts = [m.text for m in read if m.kind is MessageKind.MESSAGE]
        assert "a1" not in texts and {"a2", "b1", "b2"} <= set(texts)
        deletes = [m for m in read if m.kind is MessageKind.DELETE]
        assert len(deletes) == 1
        assert deletes[0].deleted_sequence_ids == (a1,) and deletes[0].delete_for_all is True
        assert deletes[0].verified and deletes[0].sender_id == ALICE and deletes[0].id == result.message_id
        assert deletes[0].to_record()["deleted_sequence_ids"] == [a1]


def test_delete_for_self_hides_any_message_from_you_only(users: Users) -> None:
    sent = _conversation(users)
    b1 = next(s for s, t in sent.items() if t == "b1")
    with users.client(ALICE) as alice:
        assert alice.delete_messages(CID, [b1], keys=users.keys[ALICE]).deleted is True  # Bob's message
    alice_read = _read(users, ALICE)
    assert "b1" not in [m.text for m in alice_read]
    assert [m.delete_for_all for m in alice_read if m.kind is MessageKind.DELETE] == [False]
    bob_read = _read(users, BOB)
    assert "b1" in [m.text for m in bob_read]  # still there for Bob, who never sees Alice's own delete
    assert not [m for m in bob_read if m.kind is MessageKind.DELETE]


def test_delete_for_all_of_someone_elses_message_is_refused(users: Users) -> None:
    sent = _conversation(users)
    b1 = next(s for s, t in sent.items() if t == "b1")
    with users.client(ALICE) as alice, pytest.raises(PermissionDeniedError, match="your own messages"):
        alice.delete_messages(CID, [b1], True, keys=users.keys[ALICE])
    assert "b1" in [m.text for m in _read(users, BOB)]


def test_the_server_checks_the_signature_against_the_senders_registered_key(users: Users) -> None:
    """A delete signed with a key Alice never registered (or for other messages) is refused."""
    sent = _conversation(users)
    a1 = next(s for s, t in sent.items() if t == "a1")
    impostor = ChatKeys.generate(ALICE)  # same user ID, keys X does not have for her
    with users.client(ALICE) as alice, pytest.raises(PermissionDeniedError, match=r"signing key|does not verify"):
        alice.delete_messages(CID, [a1], for_all=True, keys=impostor)
    assert "a1" in [m.text for m in _read(users, BOB)]


def test_arguments_are_checked_before_any_request(users: Users) -> None:
    users.server.clear_requests()
    keys = users.keys[ALICE]
    with users.client(ALICE) as alice:
        with pytest.raises(InvalidArgumentError, match="a list of sequence IDs"):
            alice.delete_messages(CID, "1002", keys=keys)  # type: ignore[arg-type]
        with pytest.raises(InvalidArgumentError, match="at least one"):
            alice.delete_messages(CID, [], keys=keys)
        with pytest.raises(InvalidIdError):
            alice.delete_messages(CID, ["12a"], keys=keys)
        with pytest.raises(InvalidArgumentError, match="for_all"):
            alice.delete_messages(CID, ["12"], for_all="yes", keys=keys)  # type: ignore[arg-type]
        with pytest.raises(InvalidIdError):
            alice.delete_messages("12/../34", ["12"], keys=keys)
        with pytest.raises(TypeError, match=r"keys must be an x_chat\.crypto\.ChatKeys"):
            alice.delete_messages(CID, ["12"], keys=None)  # type: ignore[arg-type]
    assert users.server.requests_to("/2/") == []


def test_a_delete_whose_response_is_lost_is_not_sent_again(users: Users) -> None:
    sent = _conversation(users)
    a2 = next(s for s, t in sent.items() if t == "a2")
    path = f"/2/chat/conversations/{CID}/messages/delete"
    users.server.inject(Fault.reset_after_handling(path=path))
    with users.client(ALICE) as alice, pytest.raises(XChatError) as lost:
        alice.delete_messages(CID, [a2], for_all=True, keys=users.keys[ALICE])
    assert len(users.server.requests_to(path)) == 1
    assert getattr(lost.value, "may_have_been_sent", False) is True and "may have reached X" in str(lost.value)
    message_id = lost.value.message_id  # type: ignore[attr-defined]
    assert [m.id for m in _read(users, BOB) if m.kind is MessageKind.DELETE] == [message_id]


def test_a_message_a_server_still_serves_after_its_verified_delete_reads_as_deleted(users: Users) -> None:
    """The server is the adversary: it may keep serving a message deleted for all. A verified delete
    by the message's own sender marks it; one by anybody else does not."""
    sent = _conversation(users)
    a1, b1 = (next(s for s, t in sent.items() if t == text) for text in ("a1", "b1"))
    served = users.server.conversations[CID]
    kept = list(served.events)
    with users.client(ALICE) as alice:
        alice.delete_messages(CID, [a1], for_all=True, keys=users.keys[ALICE])
    delete_event = served.events[-1]
    # The lying server puts everything back, then adds Alice's validly signed delete naming Bob's b1.
    signed = users.keys[ALICE]._chat.prepare_message_delete(CID.replace("-", ":"), [b1], True)
    with users.server.store.lock:
        served.events[:] = [*kept, delete_event]
        served.store_message_event(
            sender_id=ALICE,
            message_id=signed["message_id"],
            detail=base64.b64decode(signed["encoded_message_event_detail"]),
            signature=signature_struct(signed["signature"], signed["public_key_version"], signed["signature_version"]),
        )
    read = {m.text: m for m in _read(users, BOB) if m.kind is MessageKind.MESSAGE}
    assert read["a1"].deleted is True  # its sender deleted it: shown as deleted, never silently dropped
    assert read["b1"].deleted is False  # Alice cannot delete Bob's message for all
    assert read["a2"].deleted is False and read["b2"].deleted is False


def test_the_cli_deletes_for_self_and_for_all(users: Users, tmp_path: Path) -> None:
    sent = _conversation(users)
    a1, b1 = (next(s for s, t in sent.items() if t == text) for text in ("a1", "b1"))
    key_file = str(users.keys[ALICE].write_key_file(tmp_path / "alice.json"))

    def cli(*args: str) -> subprocess.CompletedProcess[str]:
        connection = ["--base-url", users.server.base_url, "--token", users.tokens[ALICE], "--keys", key_file]
        command = [sys.executable, "-m", "x_chat", "delete", *args, *connection]
        return subprocess.run(command, capture_output=True, text=True, env={**os.environ, "X_BEARER_TOKEN": ""})

    mine = cli(CID, a1, "--for-all")
    assert mine.returncode == 0, mine.stderr
    assert json.loads(mine.stdout) | {"message_id": None} == {
        "conversation_id": CID,
        "sequence_ids": [a1],
        "for_all": True,
        "message_id": None,
        "deleted": True,
    }
    assert cli(CID, b1).returncode == 0  # Bob's message, from Alice's view only
    assert {m.text for m in _read(users, ALICE) if m.kind is MessageKind.MESSAGE} == {"a2", "b2"}
    assert {m.text for m in _read(users, BOB) if m.kind is MessageKind.MESSAGE} == {"a2", "b1", "b2"}
    refused = cli(CID, "b2-not-a-sequence")
    assert refused.returncode == 2 and "b2-not-a-sequence" in refused.stderr
