"""The fake server's data: conversations and their events, users' public keys and tokens, uploads
and media. Plain in-memory state behind one lock; the routes read and change it."""

from __future__ import annotations

import base64
import hashlib
import random
import re
import threading
import time
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

import attrs

from x_chat_generated.models.chat_message_event_field import ChatMessageEventField

from ..._thrift import encode_message_event
from .problems import ProblemError

if TYPE_CHECKING:
    from .broadcasts import FakeBroadcast

__all__ = ["CONVERSATION_ID", "EVENT_FIELDS", "FakeConversation", "Store", "rfc3339"]

CONVERSATION_ID = re.compile(r"([0-9]{1,19}-[0-9]{1,19}|g[0-9]{1,19})", re.ASCII)
# v2.167's path pattern also takes a bare user ID: the direct conversation with the authenticated user.
CONVERSATION_REF = re.compile(r"([0-9]{1,19}|[0-9]{1,19}-[0-9]{1,19}|g[0-9]{1,19})", re.ASCII)
USER_ID = re.compile(r"[0-9]{1,19}", re.ASCII)
# What an event can carry (v2.167's ChatMessageEvent); the store keeps more (sequence_id, msec).
EVENT_FIELDS = frozenset(member.value for member in ChatMessageEventField.__members__.values())


def rfc3339(msec: int) -> str:
    """RFC 3339 in UTC with milliseconds, as X writes ``created_at``."""
    seconds, millis = divmod(msec, 1000)
    return time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(seconds)) + f".{millis:03d}Z"


def _stable_int(*parts: object) -> int:
    digest = hashlib.sha256("|".join(map(str, parts)).encode()).digest()
    return int.from_bytes(digest[:8], "big")


@attrs.define
class FakeConversation:
    """A conversation in the fake server's store: deterministic events, oldest first in ``events``
    (served newest first, as X does)."""

    conversation_id: str
    participant_ids: tuple[str, ...]
    events: list[dict[str, Any]] = attrs.field(factory=list)
    page_errors: list[dict[str, Any]] = attrs.field(factory=list)
    """Problems added to every page's ``errors`` (partial errors)."""
    repeat_next_token: bool = False
    """Misbehave: hand out the same ``next_token`` on every page."""
    missing_key_change_events: list[str] = attrs.field(factory=list)
    """The key-change events every page's meta lists (``conversation_key_events``)."""
    read_until: dict[str, str] = attrs.field(factory=dict)
    """User ID -> the sequence ID ``POST .../read`` marked read up to."""
    typing: list[str] = attrs.field(factory=list)
    """Who sent a typing indicator, in order."""
    hidden: dict[str, set[str]] = attrs.field(factory=dict)
    """User ID -> the sequence IDs deleted from that user's view only (``delete_for_self``); that
    user's own delete event is in ``events`` with ``only_for`` set."""

    def visible_to(self, user_id: str) -> list[dict[str, Any]]:
        """The events ``user_id`` is served, oldest first: not those deleted for them alone, nor
        another user's delete-for-self event.

        Args:
            user_id: The reader.
        """
        hidden = self.hidden.get(user_id, set())
        return [e for e in self.events if e["sequence_id"] not in hidden and e.get("only_for", user_id) == user_id]

    def served(self, event: dict[str, Any], fields: Iterable[str] = EVENT_FIELDS) -> dict[str, Any]:
        """``event`` as the server sends it: v2.167's fields only (the store keeps sequence IDs and
        epoch milliseconds too, for the encrypted payloads).

        Args:
            event: A stored event.
            fields: The fields asked for (`chat_message_event.fields`).
        """
        wanted = set(fields)
        return {k: v for k, v in event.items() if k in wanted}

    def served_events(self) -> list[dict[str, Any]]:
        """Every event as served with ``fields="all"``, newest first (X's order)."""
        return [self.served(event) for event in self.events[::-1]]

    def add_event(self, sender_id: str, *, created_at_msec: int, payload: bytes) -> dict[str, Any]:
        """Append an event with deterministic IDs and signatures made up from ``payload`` (not real ciphertext).

        Args:
            sender_id: Who sent it.
            created_at_msec: When, in epoch milliseconds.
            payload: The bytes served (base64) as `encoded_event`.
        """
        index = len(self.events)
        base = _stable_int(self.conversation_id) % 10**17
        sequence_id = str(10**18 + base + index * 7)
        event: dict[str, Any] = {
            "id": str(10**18 + base + index),
            "sequence_id": sequence_id,
            "conversation_id": self.conversation_id,
            "conversation_token": f"ct{_stable_int(self.conversation_id, 'token') % 10**12}",
            "created_at_msec": str(created_at_msec),
            "created_at": rfc3339(created_at_msec),
            "encoded_event": base64.b64encode(payload).decode(),
            "is_trusted": True,
            "sender_id": sender_id,
            "message_event_signature": {
                "message_signing_key_info_list": [
                    {
                        "member_id": member,
                        "public_key_version": "1",
                        "signing_public_key": base64.b64encode(hashlib.sha256(member.encode()).digest()).decode(),
                    }
                    for member in self.participant_ids
                ],
                "public_key_version": "1",
                "signature": base64.b64encode(hashlib.sha512(payload).digest()).decode(),
                "signature_version": "1",
                "signing_public_key": base64.b64encode(hashlib.sha256(sender_id.encode()).digest()).decode(),
            },
        }
        if self.events:
            event["previous_id"] = self.events[-1]["id"]
        self.events.append(event)
        return event

    def next_sequence_id(self) -> str:
        """Sequence IDs grow with every stored event (what X's ``MessageEvent`` field 1 carries)."""
        return str(10**15 + len(self.events) + 1)

    def store_message_event(
        self, *, sender_id: str, message_id: str, detail: bytes, signature: bytes, now_msec: int | None = None
    ) -> dict[str, Any]:
        """Store what a client encrypted and signed as the MessageEvent X would build around it.

        Args:
            sender_id: Who sent it (the token's user).
            message_id: The client's message UUID.
            detail: The encrypted `encoded_message_create_event`, decoded.
            signature: The `encoded_message_event_signature`, decoded.
            now_msec: The creation time in epoch milliseconds (None: now, after the newest event).
        """
        created = self.next_created_msec(now_msec if now_msec is not None else int(time.time() * 1000))
        sequence_id = self.next_sequence_id()
        encoded = encode_message_event(
            sequence_id=sequence_id,
            message_id=message_id,
            sender_id=sender_id,
            conversation_id=self.conversation_id.replace("-", ":"),
            created_at_msec=created,
            detail=detail,
            signature=signature,
        )
        return self.append_encoded(
            encoded, message_id=message_id, sender_id=sender_id, sequence_id=sequence_id, created_msec=created
        )

    def next_created_msec(self, wanted: int) -> int:
        """``wanted``, or just after the newest event if that is later (times never go back).

        Args:
            wanted: The creation time wished for, in epoch milliseconds.
        """
        last = int(self.events[-1]["created_at_msec"]) if self.events else 0
        return max(wanted, last + 1)

    def append_encoded(
        self, encoded: str, *, message_id: str, sender_id: str, sequence_id: str, created_msec: int
    ) -> dict[str, Any]:
        """Append an encoded MessageEvent as the REST event X serves for it; returns the event.

        Args:
            encoded: The base64 MessageEvent (`encoded_event`).
            message_id: Its ID.
            sender_id: Who sent it.
            sequence_id: Its sequence ID.
            created_msec: Its creation time, in epoch milliseconds.
        """
        event: dict[str, Any] = {
            "id": message_id,
            "sequence_id": sequence_id,
            "sender_id": sender_id,
            "conversation_id": self.conversation_id,
            "created_at_msec": str(created_msec),
            "created_at": rfc3339(created_msec),
            "encoded_event": encoded,
            "is_trusted": True,
        }
        if self.events:
            event["previous_id"] = self.events[-1]["id"]
        self.events.append(event)
        return event


class Store:
    """Everything the fake server knows, behind one lock."""

    def __init__(self, user_id: str) -> None:
        self.user_id = user_id
        self.lock = threading.RLock()
        self.conversations: dict[str, FakeConversation] = {}
        self.public_keys: dict[str, list[dict[str, Any]]] = {}
        """User ID -> the public keys ``GET /2/users/{id}/public_keys`` serves (PublicKey objects)."""
        self.token_users: dict[str, str] = {}
        """Bearer token -> the user it authenticates (others: ``user_id``)."""
        self.uploads: dict[str, dict[str, Any]] = {}
        self.media: dict[tuple[str, str], bytes] = {}
        self.broadcasts: dict[str, FakeBroadcast] = {}
        """Broadcast ID -> its `FakeBroadcast` (chat messages, mutes, owner)."""

    def user_of(self, authorization: str) -> str:
        scheme, _, credential = authorization.partition(" ")
        if scheme.lower() == "bearer":
            return self.token_users.get(credential, self.user_id)
        return self.user_id

    def add_conversation(
        self,
        conversation_id: str,
        *,
        events: int = 0,
        participant_ids: Iterable[str] | None = None,
        start_msec: int = 1_735_689_600_000,
        step_msec: int = 37_000,
        payload_bytes: int = 700,
    ) -> FakeConversation:
        if not CONVERSATION_ID.fullmatch(conversation_id):
            raise ValueError(f"not a conversation ID: {conversation_id!r}")
        if participant_ids is None:
            if conversation_id.startswith("g"):
                seed = _stable_int(conversation_id)
                participant_ids = [str(10**17 + (seed + k * 7919) % 10**17) for k in range(3)]
            else:
                participant_ids = conversation_id.split("-")
        conversation = FakeConversation(conversation_id, tuple(participant_ids))
        rng = random.Random(_stable_int(conversation_id, "payload"))
        for index in range(events):
            sender = conversation.participant_ids[index % len(conversation.participant_ids)]
            size = payload_bytes + rng.randrange(-payload_bytes // 4, payload_bytes // 4 + 1)
            conversation.add_event(sender, created_at_msec=start_msec + index * step_msec, payload=rng.randbytes(size))
        with self.lock:
            self.conversations[conversation_id] = conversation
        return conversation

    def conversation(self, raw: str, user_id: str | None = None, *, create: bool = False) -> FakeConversation:
        """The conversation a path names for ``user_id`` (a bare user ID: the direct conversation with
        them); ``create``: a direct conversation of that user that does not exist yet is made (X
        makes one on its first key change)."""
        me = user_id or self.user_id
        if USER_ID.fullmatch(raw):  # the recipient-only form: the direct conversation with that user
            low, high = sorted((me, raw), key=int)
            for candidate in (f"{me}-{raw}", f"{raw}-{me}"):
                if candidate in self.conversations:
                    return self.conversations[candidate]
            raw = f"{low}-{high}"
        if not CONVERSATION_REF.fullmatch(raw):
            raise ProblemError(
                400,
                "One or more parameters to your request was invalid.",
                errors=[
                    {
                        "parameters": {"id": [raw]},
                        "message": f"The `id` path parameter value [{raw}] is not valid",
                    }
                ],
            )
        conversation = self.conversations.get(raw)
        if conversation is None and "-" in raw:  # the other order of the same two users
            conversation = self.conversations.get("-".join(raw.split("-")[::-1]))
        if conversation is None and create and "-" in raw and me in raw.split("-"):
            low, high = sorted(raw.split("-"), key=int)
            return self.add_conversation(f"{low}-{high}")
        if conversation is None:
            raise ProblemError(
                404,
                f"Could not find conversation with id: [{raw}].",
                resource_type="dm_conversation",
                resource_id=raw,
                parameter="id",
                value=raw,
            )
        return conversation
