"""Every attack of docs/security.md, by a server that lies, through the sync client, the async client
and the CLI. Real chatxdk keys and really signed events (x_chat.testing.e2e), served over HTTP by the
fake server's adversary mode; nothing under test is mocked."""

from __future__ import annotations

import asyncio
import io
import json
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import attrs
import pytest

from x_chat import AsyncChatClient, ChatClient
from x_chat.crypto import ChatKeys, write_key_file
from x_chat.testing import FakeXServer
from x_chat.trust import (
    GroupMembersMismatchError,
    IdentityKeyChangedError,
    KeyRollbackError,
    MalformedPublicKeyError,
    OwnKeyMismatchError,
    TrustError,
    TrustStore,
)

from .conftest import FAST_RETRY

pytest.importorskip("chat_xdk")
from x_chat.testing.e2e import E2EConversation, E2EUser

ALICE, BOB, CAROL, MALLORY = "111", "222", "333", "999"
DIRECT = f"{ALICE}-{BOB}"
GROUP = "g1000000000000000001"
SURFACES = ["sync", "async", "cli"]


@attrs.define
class World:
    """Alice, Bob, Carol and Mallory (a registered X user the attacker controls), their key files,
    tokens and a fake server that will lie."""

    server: FakeXServer
    tmp: Path
    users: dict[str, E2EUser]
    tokens: dict[str, str] = attrs.field(factory=dict)

    def key_file(self, user_id: str, *, public: bool = True) -> Path:
        user = self.users[user_id]
        path = self.tmp / f"{user_id}.json"
        if not path.exists():
            half = {k: v for k, v in user.public_key_object().items() if k != "public_key_version"}
            write_key_file(
                path,
                user_id=user_id,
                key_version=user.key_version,
                keys=user.exported_keys(),
                public_key=half if public else None,
            )
        return path

    def conversation(self, conversation_id: str, members: list[str]) -> E2EConversation:
        return E2EConversation(conversation_id, {m: self.users[m] for m in members})

    def client(self, user_id: str) -> ChatClient:
        return ChatClient(token=self.tokens[user_id], base_url=self.server.base_url, retry=FAST_RETRY)


@pytest.fixture(scope="module")
def people() -> dict[str, E2EUser]:
    return {u: E2EUser.create(u) for u in (ALICE, BOB, CAROL, MALLORY)}


@pytest.fixture
def world(fake_x_server: FakeXServer, tmp_path: Path, people: dict[str, E2EUser]) -> World:
    found = World(fake_x_server, tmp_path, people)
    for user_id, user in people.items():
        found.tokens[user_id] = fake_x_server.add_user(user_id, public_key=user.public_key_object())
    return found


@pytest.fixture
def alice_bob(world: World) -> E2EConversation:
    chat = world.conversation(DIRECT, [ALICE, BOB])
    chat.change_key(ALICE)
    chat.message(ALICE, "hello bob")
    chat.message(BOB, "hi alice")
    world.server.add_encrypted_conversation(chat)
    return chat


# -- the three surfaces --------------------------------------------------------------------------


def _cli(world: World, user_id: str, *args: str) -> subprocess.CompletedProcess[str]:
    connection = ["--base-url", world.server.base_url, "--token", world.tokens[user_id]]
    command = [sys.executable, "-m", "x_chat", *args, *connection]
    return subprocess.run(command, capture_output=True, text=True, env={**os.environ, "X_BEARER_TOKEN": ""}, timeout=60)


@attrs.frozen
class Read:
    messages: list[dict[str, Any]]
    """Decrypted messages as records (kind, sender_id, text, verified, ...)."""
    errors: list[str]
    """The error kind of every event reported instead of yielded."""

    def texts(self) -> list[str]:
        return [m["text"] for m in self.messages if m["kind"] == "message"]


def read(world: World, surface: str, user_id: str, conversation_id: str) -> Read:
    """Every message of the conversation as ``user_id`` reads it, with the kinds of what was refused."""
    if surface == "cli":
        keys = str(world.key_file(user_id))
        done = _cli(world, user_id, "messages", conversation_id, "--keys", keys, "--format", "jsonl", "--no-progress")
        assert done.returncode == 0, done.stderr
        errors = [line.split(": ")[2] for line in done.stderr.splitlines() if line.startswith("x-chat: event ")]
        return Read([json.loads(line) for line in done.stdout.splitlines()], errors)
    keys = ChatKeys.from_key_file(world.key_file(user_id))
    messages: list[dict[str, Any]] = []
    errors: list[str] = []
    if surface == "sync":
        with world.client(user_id) as client:
            for page in client.iter_decrypted_pages(conversation_id, keys=keys):
                messages += [m.to_record() for m in page.messages]
                errors += [e.kind.value for e in page.errors]
        return Read(messages, errors)

    async def main() -> None:
        async with AsyncChatClient(
            token=world.tokens[user_id], base_url=world.server.base_url, retry=FAST_RETRY
        ) as client:
            async for page in client.iter_decrypted_pages(conversation_id, keys=keys):
                messages.extend(m.to_record() for m in page.messages)
                errors.extend(e.kind.value for e in page.errors)

    asyncio.run(main())
    return Read(messages, errors)


def act(world: World, surface: str, user_id: str, sync: Callable[[ChatClient, ChatKeys], Any], *cli: str) -> Any:
    """Run one write as ``user_id``: ``sync(client, keys)`` through ChatClient, the same through
    AsyncChatClient (the method of the same name, awaited), or the CLI command ``cli``. Returns the
    exception raised (the CLI's: its exit code and stderr), or None."""
    keys_path = world.key_file(user_id)
    if surface == "cli":
        done = _cli(world, user_id, *cli, "--keys", str(keys_path))
        return None if done.returncode == 0 else (done.returncode, done.stderr)
    keys = ChatKeys.from_key_file(keys_path)
    try:
        if surface == "sync":
            with world.client(user_id) as client:
                sync(client, keys)
        else:

            async def main() -> None:
                async with AsyncChatClient(
                    token=world.tokens[user_id], base_url=world.server.base_url, retry=FAST_RETRY
                ) as client:
                    await sync(client, keys)  # type: ignore[arg-type]  # the async twin takes the same arguments

            asyncio.run(main())
    except TrustError as exc:
        return exc
    return None


def refused(outcome: Any, error: type[TrustError], *words: str) -> None:
    """``outcome`` (from `act`) is ``error`` (the CLI: exit code 3), and its message has ``words``."""
    if isinstance(outcome, tuple):
        code, stderr = outcome
        assert code == 3, stderr
        text = stderr
    else:
        assert isinstance(outcome, error), outcome
        text = str(outcome)
    for word in words:
        assert word in text, text


def _decryptable_by(user: E2EUser, chat_events: list[str], encoded: str) -> bool:
    user.chat.set_reject_unverified(False)
    result = user.chat.decrypt_events([*chat_events, encoded])
    return str(len(chat_events)) not in result.get("errors", {})


def _newest_sent(world: World, conversation_id: str) -> dict[str, Any]:
    return world.server.conversations[conversation_id].events[-1]


# -- key changes ------------------------------------------------------------------------------------


def _alice_sends_past(world: World, surface: str, change: dict[str, Any]) -> None:
    """With Mallory's ``change`` served as the newest key change of Alice and Bob's conversation,
    Alice sends "secret": it goes out, Bob reads it, and Mallory's key opens none of it."""
    world.server.adversary.serve_event(DIRECT, change["encoded_event"], key_change=True)
    outcome = act(
        world, surface, ALICE, lambda c, k: c.send_message(DIRECT, "secret", keys=k), "send", DIRECT, "secret"
    )
    assert outcome is None
    sent = _newest_sent(world, DIRECT)["encoded_event"]
    assert not _decryptable_by(world.users[MALLORY], [change["encoded_event"]], sent)
    assert "secret" in read(world, "sync", BOB, DIRECT).texts()


@pytest.mark.parametrize("surface", SURFACES)
def test_a_key_change_signed_by_a_non_participant_is_not_used(
    world: World, alice_bob: E2EConversation, surface: str
) -> None:
    """Mallory, a real user with a valid key binding, signs a newer key change for Alice and Bob's
    conversation that gives her the key too. Alice's next message must not be readable by her."""
    forged = world.conversation(DIRECT, [ALICE, BOB, MALLORY])
    change = forged.change_key(MALLORY)
    _alice_sends_past(world, surface, change)


@pytest.mark.parametrize("surface", SURFACES)
def test_a_key_change_of_another_conversation_is_not_used(
    world: World, alice_bob: E2EConversation, surface: str
) -> None:
    """An authentic key change of Alice and Mallory's conversation, served inside Alice and Bob's."""
    theirs = world.conversation(f"{ALICE}-{MALLORY}", [ALICE, MALLORY])
    change = theirs.change_key(MALLORY)
    _alice_sends_past(world, surface, change)
    alice_reads = read(world, "sync", ALICE, DIRECT)  # Alice can verify it: it is reported, not shown
    assert "secret" in alice_reads.texts() and "wrong_conversation" in alice_reads.errors


@pytest.mark.parametrize("surface", SURFACES)
def test_a_group_rolled_back_to_an_older_key_is_refused_even_after_a_restart(world: World, surface: str) -> None:
    """Carol was removed with a new key; the server hides that key change and serves the older one
    (which Carol holds) again under a higher sequence ID. Bob read the group before, in another
    process: his trust store remembers the newer key version, so nothing is sent."""
    group = world.conversation(GROUP, [ALICE, BOB, CAROL])
    before = group.change_key(ALICE)
    group.message(ALICE, "welcome")
    del group.users[CAROL]
    group.change_key(ALICE)
    group.message(ALICE, "carol is gone")
    world.server.add_encrypted_conversation(group)
    assert read(world, "sync", BOB, GROUP).texts() == ["carol is gone", "welcome"]  # a process that ended
    world.server.adversary.rollback(GROUP, before["id"])
    posts = len(world.server.requests_to(f"/2/chat/conversations/{GROUP}/messages"))
    outcome = act(world, surface, BOB, lambda c, k: c.send_message(GROUP, "secret", keys=k), "send", GROUP, "secret")
    refused(outcome, KeyRollbackError, GROUP, "older")
    assert len(world.server.requests_to(f"/2/chat/conversations/{GROUP}/messages")) == posts  # nothing sent


def test_a_group_key_change_signed_by_a_non_member_is_refused(world: World) -> None:
    group = world.conversation(GROUP, [ALICE, BOB])
    group.change_key(ALICE)
    group.message(ALICE, "from alice")
    world.server.add_encrypted_conversation(group)
    forged = world.conversation(GROUP, [ALICE, BOB, MALLORY])
    change = forged.change_key(MALLORY)
    message = forged.message(MALLORY, "i am a member now")
    world.server.adversary.serve_event(GROUP, change["encoded_event"], key_change=True)
    world.server.adversary.serve_event(GROUP, message["encoded_event"])
    keys = ChatKeys.from_key_file(world.key_file(BOB))
    with world.client(BOB) as client:
        key = client.conversation_key(GROUP, keys)
        pages = list(client.iter_decrypted_pages(GROUP, keys=keys))
    assert key.version != change_version(world, change)
    assert [m.text for p in pages for m in p.messages if m.text] == ["from alice"]
    assert [e.kind.value for p in pages for e in p.errors] == ["untrusted_key_change"] * 2  # the change, the message
    assert set(keys.group_members(GROUP) or ()) == {ALICE, BOB}


def change_version(world: World, change: dict[str, Any]) -> str:
    user = world.users[MALLORY]
    user.chat.set_reject_unverified(False)
    (decrypted,) = user.chat.decrypt_events([change["encoded_event"]])["messages"]
    return str(decrypted["event"]["key_version"])


# -- group membership ------------------------------------------------------------------------------


@pytest.mark.parametrize("surface", SURFACES)
def test_a_stranger_in_the_member_list_gets_no_group_key(world: World, surface: str) -> None:
    group = world.conversation(GROUP, [ALICE, BOB])
    group.change_key(ALICE)
    world.server.add_encrypted_conversation(group)
    world.server.adversary.list_members(GROUP, [ALICE, BOB, MALLORY])
    outcome = act(
        world, surface, ALICE, lambda c, k: c.add_group_members(GROUP, [CAROL], keys=k), "group", "add", GROUP, CAROL
    )
    refused(outcome, GroupMembersMismatchError, MALLORY, "not in the verified history")
    assert world.server.requests_to(f"/2/chat/conversations/{GROUP}/members") == []


def test_members_are_added_when_the_lists_agree(world: World) -> None:
    group = world.conversation(GROUP, [ALICE, BOB])
    group.change_key(ALICE)
    world.server.add_encrypted_conversation(group)
    keys = ChatKeys.from_key_file(world.key_file(BOB))
    with world.client(BOB) as client:
        client.add_group_members(GROUP, [CAROL], keys=keys)
        client.send_message(GROUP, "hi carol", keys=keys)
    assert set(keys.group_members(GROUP) or ()) == {ALICE, BOB, CAROL}
    assert "hi carol" in read(world, "sync", CAROL, GROUP).texts()


# -- keys -------------------------------------------------------------------------------------------


@pytest.mark.parametrize(("surface", "public"), [(s, False) for s in SURFACES] + [("sync", True)])
def test_your_own_key_swapped_by_the_server_is_refused(
    world: World, alice_bob: E2EConversation, surface: str, public: bool
) -> None:
    """Without the public half (X's word was all there was), and with it (X's word is checked too)."""
    alice, mallory = world.users[ALICE], world.users[MALLORY]
    world.key_file(ALICE, public=public)
    world.server.adversary.swap_public_keys(
        ALICE, [{**mallory.public_key_object(), "public_key_version": alice.key_version}]
    )
    outcome = act(
        world, surface, ALICE, lambda c, k: c.send_message(DIRECT, "secret", keys=k), "send", DIRECT, "secret"
    )
    refused(outcome, OwnKeyMismatchError, "does not match your private key")
    assert world.server.requests_to(f"/2/chat/conversations/{DIRECT}/messages") == []


@pytest.mark.parametrize("surface", SURFACES)
def test_a_changed_identity_key_is_refused_until_accepted(
    world: World, alice_bob: E2EConversation, surface: str
) -> None:
    assert read(world, "sync", ALICE, DIRECT).texts()  # Bob's key is pinned on first use
    pinned = ChatKeys.from_key_file(world.key_file(ALICE)).fingerprint(BOB)
    mallory = world.users[MALLORY]
    world.server.adversary.swap_public_keys(BOB, [mallory.public_key_object()])
    send = ("send", DIRECT, "secret")
    outcome = act(world, surface, ALICE, lambda c, k: c.send_message(DIRECT, "secret", keys=k), *send)
    refused(outcome, IdentityKeyChangedError, BOB, pinned, f"x-chat keys trust {BOB}")
    assert world.server.requests_to(f"/2/chat/conversations/{DIRECT}/messages") == []
    if surface == "cli":
        trusted = _cli(world, ALICE, "keys", "trust", BOB, "--keys", str(world.key_file(ALICE)))
        assert trusted.returncode == 0 and pinned in trusted.stdout, trusted.stderr
        assert act(world, surface, ALICE, lambda c, k: None, *send) is None
        return
    keys = ChatKeys.from_key_file(world.key_file(ALICE))
    with world.client(ALICE) as client, pytest.raises(IdentityKeyChangedError) as changed:
        client.send_message(DIRECT, "secret", keys=keys)
    with pytest.raises(Exception, match="not"):
        keys.trust(BOB, fingerprint=pinned)  # the old one: refused
    assert keys.trust(BOB, fingerprint=changed.value.new_fingerprint) == keys.fingerprint(BOB) != pinned
    with world.client(ALICE) as client:
        client.send_message(DIRECT, "secret", keys=keys)  # accepted: sent
    assert ChatKeys.from_key_file(world.key_file(ALICE)).fingerprint(BOB) == changed.value.new_fingerprint  # kept


@pytest.mark.parametrize("surface", SURFACES)
def test_malformed_keys_make_one_sender_unreadable_and_sending_to_them_a_typed_error(
    world: World, surface: str
) -> None:
    group = world.conversation(GROUP, [ALICE, BOB, CAROL])
    group.change_key(ALICE)
    group.message(ALICE, "from alice")
    group.message(CAROL, "from carol")
    world.server.add_encrypted_conversation(group)
    world.server.adversary.malform_public_keys(CAROL)
    found = read(world, surface, BOB, GROUP)
    assert found.texts() == ["from alice"] and found.errors == ["malformed_key"]
    new = f"{BOB}-{CAROL}"
    outcome = act(world, surface, BOB, lambda c, k: c.send_message(new, "hi", keys=k), "send", new, "hi")
    refused(outcome, MalformedPublicKeyError, CAROL)


# -- reading ----------------------------------------------------------------------------------------


@pytest.mark.parametrize("surface", SURFACES)
def test_a_message_signed_by_a_non_participant_is_not_shown(
    world: World, alice_bob: E2EConversation, surface: str
) -> None:
    forged = world.conversation(DIRECT, [ALICE, BOB, MALLORY])
    change = forged.change_key(MALLORY)
    message = forged.message(MALLORY, "it is me, alice")
    world.server.adversary.serve_event(DIRECT, change["encoded_event"], key_change=True)
    world.server.adversary.serve_event(DIRECT, message["encoded_event"])
    found = read(world, surface, BOB, DIRECT)
    assert found.texts() == ["hi alice", "hello bob"]
    assert {m["sender_id"] for m in found.messages} == {ALICE, BOB}
    assert sorted(found.errors) == ["non_participant", "non_participant"]  # the message and the key change


@pytest.mark.parametrize("surface", SURFACES)
def test_a_message_of_another_conversation_is_not_shown(world: World, alice_bob: E2EConversation, surface: str) -> None:
    """Alice's own message to Mallory, signed by Alice, served in her conversation with Bob."""
    theirs = world.conversation(f"{ALICE}-{MALLORY}", [ALICE, MALLORY])
    change = theirs.change_key(ALICE)
    message = theirs.message(ALICE, "for mallory only")
    world.server.adversary.serve_event(DIRECT, change["encoded_event"], key_change=True)
    world.server.adversary.serve_event(DIRECT, message["encoded_event"])
    found = read(world, surface, ALICE, DIRECT)
    assert "for mallory only" not in found.texts() and found.texts() == ["hi alice", "hello bob"]
    assert sorted(found.errors) == ["wrong_conversation", "wrong_conversation"]


@pytest.mark.parametrize("surface", SURFACES)
def test_a_replayed_message_is_shown_once(world: World, alice_bob: E2EConversation, surface: str) -> None:
    hello = alice_bob.events[1]
    copy = world.server.adversary.replay(DIRECT, hello["id"])
    assert copy["sequence_id"] != hello["sequence_id"]
    found = read(world, surface, BOB, DIRECT)
    assert found.texts().count("hello bob") == 1 and found.errors == ["replayed"]


# -- unverified messages: never by default ----------------------------------------------------------


def test_unverified_messages_appear_only_when_asked_and_marked(world: World, alice_bob: E2EConversation) -> None:
    world.server.adversary.swap_public_keys(ALICE, [])  # Alice's signatures cannot be checked
    default = read(world, "cli", BOB, DIRECT)
    assert default.texts() == []  # Bob's own reply too: its key came from a key change nobody could verify
    assert sorted(default.errors) == ["signature"] * 3 + ["untrusted_key_change"]  # the key change (meta, data), hello
    keys = str(world.key_file(BOB))
    table = _cli(world, BOB, "messages", DIRECT, "--keys", keys, "--no-progress", "--include-unverified")
    assert table.returncode == 0
    marked = [line for line in table.stdout.splitlines() if "hello bob" in line]
    assert len(marked) == 1 and "UNVERIFIED" in marked[0]
    with world.client(BOB) as client:
        opted = list(client.iter_messages(DIRECT, keys=ChatKeys.from_key_file(keys), include_unverified=True))
    assert sorted((m.kind.value, m.text, m.verified) for m in opted) == [
        ("key_change", None, False),
        ("message", "hello bob", False),
        ("message", "hi alice", False),
    ]


# -- the trust store ----------------------------------------------------------------------------------


def test_the_trust_store_is_private_and_a_damaged_one_is_named(world: World, alice_bob: E2EConversation) -> None:
    read(world, "sync", ALICE, DIRECT)
    store = world.tmp / f"{ALICE}.trust.json"
    assert oct(store.stat().st_mode & 0o777) == "0o600"
    assert json.loads(store.read_text())["identities"][BOB] == [world.users[BOB].public_key]
    store.write_text("{not json")
    with pytest.raises(Exception, match=f"{store}.*not an x-chat trust store"):
        TrustStore(store)
    cli = _cli(world, ALICE, "send", DIRECT, "hi", "--keys", str(world.key_file(ALICE)))
    assert cli.returncode == 2 and "trust store" in cli.stderr and "Traceback" not in cli.stderr


def test_fingerprints_match_chatxdk_and_the_cli(world: World, alice_bob: E2EConversation) -> None:
    keys = str(world.key_file(ALICE))
    mine = _cli(world, ALICE, "keys", "fingerprint", ALICE, "--keys", keys)
    assert mine.stdout.split()[1] == world.users[ALICE].chat.get_public_key_fingerprint()
    theirs = _cli(world, ALICE, "keys", "fingerprint", BOB, "--keys", keys)
    assert theirs.returncode == 0 and theirs.stdout.split()[1] == world.users[BOB].chat.get_public_key_fingerprint()
    world.server.adversary.swap_public_keys(BOB, [world.users[MALLORY].public_key_object()])
    changed = _cli(world, ALICE, "keys", "fingerprint", BOB, "--keys", keys)
    assert changed.returncode == 3 and world.users[MALLORY].chat.get_public_key_fingerprint() in changed.stdout


# -- the policy itself, on decrypted key changes ------------------------------------------------------


def _change(ident: str, sender: str, version: int, users: list[str], conversation: str = GROUP) -> dict[str, Any]:
    return {
        "type": "KeyChange",
        "id": ident,
        "sender_id": sender,
        "conversation_id": conversation.replace("-", ":"),
        "key_version": str(version),
        "verified": True,
        "participant_keys": [{"user_id": u, "encrypted_key": "k"} for u in users],
    }


def test_a_group_history_is_followed_from_the_first_key_that_included_you() -> None:
    from x_chat.trust import ConversationTrust, Refusal, review_key_changes

    created = _change("k1", ALICE, 1, [ALICE, BOB])  # Bob's first key
    added = _change("k2", BOB, 2, [ALICE, BOB, CAROL])  # by a member: accepted
    by_carol = _change("k3", CAROL, 3, [ALICE, BOB, CAROL])  # Carol is a member from k2 on
    forged = _change("k4", MALLORY, 4, [ALICE, BOB, CAROL, MALLORY])  # never a member
    state = ConversationTrust()
    review, changed = review_key_changes(state, GROUP, BOB, [forged, by_carol, created, added])
    assert changed and review.current is by_carol and state.key_version == 3
    assert review.refused["k4"][0] is Refusal.NON_MEMBER and set(review.refused) == {"k4"}
    assert set(state.members or ()) == {ALICE, BOB, CAROL} and set(review.accepted) == {"1", "2", "3"}
    # Served again later (another page, a restart): the accepted one stays current; an older one is history.
    again, changed = review_key_changes(state, GROUP, BOB, [created, by_carol])
    assert again.current is by_carol and not changed and again.rolled_back is None
    # Only older keys offered: a rollback, reported with the newest version offered.
    rolled, _ = review_key_changes(state, GROUP, BOB, [created, added])
    assert rolled.current is None and rolled.rolled_back == "2" and state.key_version == 3


def test_a_remembered_key_without_members_is_found_again_among_older_ones() -> None:
    from x_chat.trust import ConversationTrust, review_key_changes

    state = ConversationTrust(key_version=2)  # e.g. remember_key of a key made elsewhere
    first, second = _change("k1", ALICE, 1, [ALICE, BOB]), _change("k2", ALICE, 2, [ALICE, BOB])
    review, _ = review_key_changes(state, GROUP, BOB, [first, second])
    assert review.current is second and review.rolled_back is None


def test_a_direct_key_change_naming_a_third_user_is_refused() -> None:
    from x_chat.trust import ConversationTrust, Refusal, review_key_changes

    sneaky = _change("k1", ALICE, 1, [ALICE, BOB, MALLORY], DIRECT)  # signed by a participant, shared further
    review, _ = review_key_changes(ConversationTrust(), DIRECT, BOB, [sneaky])
    assert review.current is None and review.refused["k1"][0] is Refusal.NON_PARTICIPANT


# -- every sending path goes through the same checks --------------------------------------------------


def test_reactions_edits_and_media_are_never_encrypted_under_a_forged_key(
    world: World, alice_bob: E2EConversation
) -> None:
    forged = world.conversation(DIRECT, [ALICE, BOB, MALLORY])
    change = forged.change_key(MALLORY)
    world.server.adversary.serve_event(DIRECT, change["encoded_event"], key_change=True)
    keys = ChatKeys.from_key_file(world.key_file(ALICE))
    hello = alice_bob.events[1]["sequence_id"]
    with world.client(ALICE) as client:
        client.add_reaction(DIRECT, hello, "👍", keys=keys)
        client.edit_message(DIRECT, hello, "hello again", keys=keys)
        uploaded = client.upload_media(DIRECT, io.BytesIO(b"not really a picture" * 100), keys=keys, filename="a.bin")
    sent = world.server.conversations[DIRECT].events[-2:]
    assert not any(_decryptable_by(world.users[MALLORY], [change["encoded_event"]], e["encoded_event"]) for e in sent)
    blob = world.server.media[(DIRECT, uploaded.media_hash_key)]
    with pytest.raises(ValueError):
        world.users[MALLORY].chat.decrypt_stream(blob, forged._key)  # her key opens nothing Alice sent


def test_a_group_is_not_created_with_a_substituted_member_key(world: World, alice_bob: E2EConversation) -> None:
    read(world, "sync", ALICE, DIRECT)  # Bob's key pinned
    world.server.adversary.swap_public_keys(BOB, [world.users[MALLORY].public_key_object()])
    keys = ChatKeys.from_key_file(world.key_file(ALICE))
    with world.client(ALICE) as client, pytest.raises(IdentityKeyChangedError):
        client.create_group([BOB], keys=keys)
    assert world.server.requests_to("/2/chat/conversations/group") == []
