"""Real end-to-end encrypted conversations for the fake server, made offline with chatxdk.

Needs the ``x-chat[crypto]`` extra. Users get fresh key pairs (``generate_keypairs``); a key change
from ``prepare_conversation_key_change`` opens the conversation; messages, replies, reactions and
edits come from ``encrypt_message``/``encrypt_reply``/``encrypt_add_reaction``/
``encrypt_remove_reaction``/``encrypt_edit``. Each is wrapped in the Thrift-binary ``MessageEvent``
that the REST API's ``encoded_event`` carries (schema ``thrift/event.thrift`` in X's chat-xdk):
1 sequence id, 2 message id, 3 sender id, 4 conversation id in colon form, 6 created-at msec (all
strings), 7 the ``MessageEventDetail`` union, 9 the ``MessageEventSignature``.
"""

from __future__ import annotations

import base64
from collections.abc import Iterable
from typing import Any

import attrs

from .._thrift import create_event_detail, encode_message_event, signature_struct
from ._fake_server import rfc3339

try:
    import chat_xdk
except ImportError:  # pragma: no cover - the message says what to do
    raise ImportError("x_chat.testing.e2e needs chatxdk: pip install 'x-chat[crypto]'") from None

__all__ = ["E2EConversation", "E2EUser", "encode_message_event"]


@attrs.define
class E2EUser:
    """A user with fresh chat key pairs."""

    user_id: str
    chat: Any = attrs.field(repr=False)
    key_version: str
    public_key: str
    signing_public_key: str
    identity_public_key_signature: str = attrs.field(repr=False)

    @classmethod
    def create(cls, user_id: str) -> E2EUser:
        """A user with new key pairs, registered under chatxdk's version (``"1"``).

        Args:
            user_id: The user's ID.
        """
        chat = chat_xdk.Chat()
        payload = chat.generate_keypairs()
        version = payload.version or "1"
        chat.set_identity(user_id, version)
        keys = payload.public_key
        return cls(user_id, chat, version, keys.public_key, keys.signing_public_key, keys.identity_public_key_signature)

    def exported_keys(self) -> bytes:
        """The 64-byte private key material (``export_keys()``): keep it secret."""
        return bytes(self.chat.export_keys())

    def public_key_object(self) -> dict[str, str]:
        """What ``GET /2/users/{id}/public_keys`` returns for this user (a PublicKey)."""
        return {
            "public_key": self.public_key,
            "public_key_version": self.key_version,
            "signing_public_key": self.signing_public_key,
            "identity_public_key_signature": self.identity_public_key_signature,
        }


@attrs.define
class E2EConversation:
    """An encrypted conversation: its users, and its events as the REST API serves them (oldest
    first); ``key_change_events`` are the ``encoded_event`` of its key changes."""

    conversation_id: str
    users: dict[str, E2EUser]
    events: list[dict[str, Any]] = attrs.field(factory=list)
    key_change_events: list[str] = attrs.field(factory=list)
    start_msec: int = 1_735_689_600_000
    _key: bytes = attrs.field(default=b"", repr=False)
    _key_version: str = ""
    _sequence: int = 1_000

    @classmethod
    def create(cls, conversation_id: str, user_ids: Iterable[str] | None = None) -> E2EConversation:
        """A conversation whose first participant opens it with a key change. A direct conversation's
        users are the two in its ID.

        Args:
            conversation_id: The conversation (`low-high` direct, `g…` group).
            user_ids: Its users (None: the two a direct conversation's ID names).
        """
        ids = list(user_ids) if user_ids is not None else conversation_id.split("-")
        users = {user_id: E2EUser.create(user_id) for user_id in ids}
        conversation = cls(conversation_id, users)
        conversation.change_key(ids[0])
        return conversation

    @property
    def colon_id(self) -> str:
        return self.conversation_id.replace("-", ":")

    def _next(self) -> tuple[str, int]:
        self._sequence += 1
        return str(self._sequence), self.start_msec + (self._sequence - 1_000) * 1_000

    def _add(self, sender_id: str, message_id: str, detail: bytes, signature: bytes) -> dict[str, Any]:
        sequence_id, created = self._next()
        encoded = encode_message_event(
            sequence_id=sequence_id,
            message_id=message_id,
            sender_id=sender_id,
            conversation_id=self.colon_id,
            created_at_msec=created,
            detail=detail,
            signature=signature,
        )
        event = {
            "id": message_id,
            "sequence_id": sequence_id,
            "sender_id": sender_id,
            "conversation_id": self.conversation_id,
            "created_at_msec": str(created),
            "created_at": rfc3339(created),
            "encoded_event": encoded,
            "is_trusted": True,
        }
        if self.events:
            event["previous_id"] = self.events[-1]["id"]
        self.events.append(event)
        return event

    def change_key(self, sender_id: str, recipients: Iterable[str] | None = None) -> dict[str, Any]:
        """A new conversation key for every participant, or only ``recipients`` (a KeyChange event,
        signed by ``sender_id``). To forge as an attacker would, add the attacker's `E2EUser` to
        ``users`` first: the event is then validly signed by a user of the attacker's choosing.

        Args:
            sender_id: Who signs the key change.
            recipients: Who gets the new key (None: every user of the conversation).
        """
        sender = self.users[sender_id]
        chosen = list(recipients) if recipients is not None else list(self.users)
        keys = [
            {"user_id": u.user_id, "public_key": u.public_key, "key_version": u.key_version}
            for u in self.users.values()
            if u.user_id in chosen
        ]
        change = sender.chat.prepare_conversation_key_change(
            keys, conversation_id=self.colon_id, sender_id=sender_id, signing_key_version=sender.key_version
        )
        self._key, self._key_version = change["conversation_key"], change["conversation_key_version"]
        (signed,) = change["action_signatures"]
        signature = signature_struct(signed["signature"], signed["public_key_version"], signed["signature_version"])
        event = self._add(
            sender_id, signed["message_id"], base64.b64decode(signed["encoded_message_event_detail"]), signature
        )
        self.key_change_events.append(event["encoded_event"])
        return event

    def _sent(self, sender_id: str, payload: Any) -> dict[str, Any]:
        detail = create_event_detail(payload.encrypted_content)  # arm 1: MessageCreateEvent
        return self._add(sender_id, payload.message_id, detail, base64.b64decode(payload.encoded_event_signature))

    def _keys(self, sender_id: str) -> dict[str, Any]:
        return {
            "sender_id": sender_id,
            "signing_key_version": self.users[sender_id].key_version,
            "conversation_key": self._key,
            "conversation_key_version": self._key_version,
        }

    def message(self, sender_id: str, text: str) -> dict[str, Any]:
        """A message, encrypted and signed by ``sender_id``; returns the REST event added.

        Args:
            sender_id: The sender (a user of the conversation).
            text: The message's text.
        """
        payload = self.users[sender_id].chat.encrypt_message(self.colon_id, text, **self._keys(sender_id))
        return self._sent(sender_id, payload)

    def reply(self, sender_id: str, text: str, to: dict[str, Any]) -> dict[str, Any]:
        """A reply to the event ``to``; returns the REST event added.

        Args:
            sender_id: The sender.
            text: The reply's text.
            to: The event replied to (as returned by `message`).
        """
        chat = self.users[sender_id].chat
        payload = chat.encrypt_reply(self.colon_id, text, to["encoded_event"], **self._keys(sender_id))
        return self._sent(sender_id, payload)

    def react(self, sender_id: str, emoji: str, to: dict[str, Any], *, remove: bool = False) -> dict[str, Any]:
        """A reaction to the event ``to`` (or its removal); returns the REST event added.

        Args:
            sender_id: Who reacts.
            emoji: The reaction.
            to: The event reacted to.
            remove: Take the reaction back instead.
        """
        chat = self.users[sender_id].chat
        encrypt = chat.encrypt_remove_reaction if remove else chat.encrypt_add_reaction
        return self._sent(sender_id, encrypt(to["encoded_event"], emoji, **self._keys(sender_id)))

    def edit(self, sender_id: str, to: dict[str, Any], text: str) -> dict[str, Any]:
        """An edit of the event ``to``; returns the REST event added.

        Args:
            sender_id: Who edits (the event's sender).
            to: The event edited.
            text: Its new text.
        """
        payload = self.users[sender_id].chat.encrypt_edit(to["encoded_event"], text, **self._keys(sender_id))
        return self._sent(sender_id, payload)
