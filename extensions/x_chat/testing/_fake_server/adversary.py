"""The fake server's adversary mode: serve, on demand, the lies a compromised X (or a proxy, or a
wrong ``base_url``) could tell an end-to-end encrypted client. ``server.adversary`` has one method
per attack of ``docs/security.md``; test your own code against it as x-chat's tests do.

```py
from x_chat.testing import FakeXServer
from x_chat.testing.e2e import E2EConversation

alice_bob = E2EConversation.create("111-222")
hello = alice_bob.message("111", "hello bob")
with FakeXServer() as server:
    server.add_encrypted_conversation(alice_bob)
    replayed = server.adversary.replay("111-222", hello["id"])  # the same signed message, a new sequence ID
    print(replayed["id"] == hello["id"], replayed["sequence_id"] != hello["sequence_id"])
    #> True True
```

Signed events cannot be forged without a user's private key: the adversary re-serves authentic
events where they do not belong, and serves keys and lists it chose. Forged events signed by a user
the attacker controls come from ``x_chat.testing.e2e``.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from ..._thrift import message_event_strings, resequence_message_event
from .store import FakeConversation

if TYPE_CHECKING:
    from .server import FakeXServer

__all__ = ["Adversary"]

MALFORMED_KEY = "!!not-base64!!"


class Adversary:
    """Makes ``server`` lie. Each method changes what later requests are served.

    Args:
        server: The fake server to turn.
    """

    def __init__(self, server: FakeXServer) -> None:
        self.server = server

    def _conversation(self, conversation_id: str) -> FakeConversation:
        return self.server.store.conversation(conversation_id)

    def serve_event(self, conversation_id: str, encoded_event: str, *, key_change: bool = False) -> dict[str, Any]:
        """Serve ``encoded_event`` (any conversation's, signed by anyone) as the newest event of
        ``conversation_id``, under a fresh sequence ID; ``key_change`` also lists it in every page's
        meta, as X lists key changes. Returns the stored event.

        Args:
            conversation_id: Where to serve it.
            encoded_event: A base64 MessageEvent, e.g. an `E2EConversation` event's `encoded_event`.
            key_change: List it in the meta's `conversation_key_events` too.
        """
        conversation = self._conversation(conversation_id)
        with self.server.store.lock:
            sequence_id = conversation.next_sequence_id()
            encoded = resequence_message_event(encoded_event, sequence_id)
            strings = message_event_strings(encoded)
            created = conversation.next_created_msec(int(strings[6]) if strings.get(6, "").isdigit() else 0)
            event = conversation.append_encoded(
                encoded,
                message_id=strings.get(2, ""),
                sender_id=strings.get(3, ""),
                sequence_id=sequence_id,
                created_msec=created,
            )
            if key_change:
                conversation.missing_key_change_events.append(encoded)
        return event

    def replay(self, conversation_id: str, event_id: str) -> dict[str, Any]:
        """Serve an event of the conversation again, as its newest, under a new sequence ID (the
        signature does not cover sequence IDs). Returns the new copy.

        Args:
            conversation_id: The conversation.
            event_id: The `id` of the event to replay.
        """
        conversation = self._conversation(conversation_id)
        original = next((e for e in conversation.events if e["id"] == event_id), None)
        if original is None:
            raise KeyError(f"no event {event_id!r} in {conversation_id}")
        key_change = original["encoded_event"] in conversation.missing_key_change_events
        return self.serve_event(conversation_id, original["encoded_event"], key_change=key_change)

    def rollback(self, conversation_id: str, to_event_id: str) -> dict[str, Any]:
        """Roll the conversation's key back: hide every key change newer than ``to_event_id`` (from
        the events and the meta) and serve that older one again as the newest event, under a higher
        sequence ID. Returns the re-served key change.

        Args:
            conversation_id: The conversation.
            to_event_id: The `id` of the older key change to roll back to.
        """
        conversation = self._conversation(conversation_id)
        with self.server.store.lock:
            events = conversation.events
            index = next((i for i, e in enumerate(events) if e["id"] == to_event_id), None)
            if index is None:
                raise KeyError(f"no event {to_event_id!r} in {conversation_id}")
            changes = conversation.missing_key_change_events
            newer = {e["encoded_event"] for e in events[index + 1 :] if e["encoded_event"] in changes}
            conversation.events = [e for e in events if e["encoded_event"] not in newer]
            conversation.missing_key_change_events = [c for c in changes if c not in newer]
            target = events[index]["encoded_event"]
        return self.serve_event(conversation_id, target, key_change=True)

    def swap_public_keys(self, user_id: str, public_keys: Iterable[dict[str, str]]) -> None:
        """Serve ``public_keys`` (PublicKey objects: someone else's, with a valid binding) as
        ``user_id``'s keys.

        Args:
            user_id: Whose keys to replace.
            public_keys: What to serve instead.
        """
        with self.server.store.lock:
            self.server.store.public_keys[user_id] = [dict(k) for k in public_keys]

    def malform_public_keys(self, user_id: str) -> None:
        """Serve ``user_id``'s keys with an identity key that is not base64.

        Args:
            user_id: Whose keys to spoil.
        """
        with self.server.store.lock:
            served = self.server.store.public_keys.get(user_id) or [
                {"public_key_version": "1", "signing_public_key": "AAAA", "identity_public_key_signature": "AAAA"}
            ]
            self.server.store.public_keys[user_id] = [{**key, "public_key": MALFORMED_KEY} for key in served]

    def list_members(self, conversation_id: str, member_ids: Iterable[str]) -> None:
        """Make the conversation's metadata (``member_ids``, ``participant_ids``) list these users.

        Args:
            conversation_id: The group.
            member_ids: The user IDs to list.
        """
        conversation = self._conversation(conversation_id)
        with self.server.store.lock:
            conversation.participant_ids = tuple(member_ids)
