"""The state a `ChatKeys` holds, declared once for the modules that each handle part of it."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ..trust import TrustStore
    from .values import ConversationKey


class KeyState:
    """What `ChatKeys` owns, and nothing else does: the unlocked keys (``_chat``, a chatxdk Chat),
    contacts' verified signing keys, the trust store and the conversation keys."""

    user_id: str
    key_version: str
    _chat: Any
    _trust: TrustStore
    _public_key: dict[str, str] | None
    _signing_keys: dict[tuple[str, str], dict[str, str]]
    """(user, public key version) -> a signing key whose binding verified, as chatxdk takes it."""
    _looked_up: set[str]
    _malformed: dict[str, str]
    _pending: dict[str, list[str]]
    """User -> identity keys served that differ from the pinned ones, waiting for `trust`."""
    _key_users: dict[str, dict[str, tuple[str, ...]]]
    """Conversation -> signed key version -> the users an accepted key change gave it to."""
    _conversation_keys: dict[str, ConversationKey]

    def _init_state(self, chat: Any, user_id: str, key_version: str, trust: TrustStore) -> None:
        self.user_id, self.key_version, self._chat, self._trust = user_id, key_version, chat, trust
        self._public_key = None
        self._signing_keys, self._looked_up, self._malformed, self._pending = {}, set(), {}, {}
        self._key_users, self._conversation_keys = {}, {}


def action_signature(signed: dict[str, Any]) -> dict[str, Any]:
    """A chatxdk signed action (a key or group change, a delete) as X's ``action_signatures`` item."""
    return {
        "message_id": signed["message_id"],
        "encoded_message_event_detail": signed["encoded_message_event_detail"],
        "message_event_signature": {
            "signature": signed["signature"],
            "public_key_version": signed["public_key_version"],
            "signature_version": signed["signature_version"],
        },
    }
