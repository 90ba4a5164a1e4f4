"""Plain values of the key protocol: a conversation key, a prepared key change, a reply target."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import attrs


@attrs.frozen
class ConversationKey:
    """A conversation's current key: what new messages are encrypted with."""

    conversation_id: str
    """The conversation as the REST path names it (``low-high`` for a direct one, ``g...``)."""
    colon_id: str
    """The same as chatxdk signs it (``low:high``)."""
    version: str
    key: bytes = attrs.field(repr=False)


@attrs.frozen
class KeyChange:
    """A new conversation key, prepared for ``POST /2/chat/conversations/{id}/keys``."""

    body: dict[str, Any] = attrs.field(repr=False)
    key: ConversationKey


@attrs.frozen
class ReplyTarget:
    """The message a reply quotes: its sequence ID, and optionally its sender and text."""

    sequence_id: str
    sender_id: str | None = None
    text: str | None = None


Encrypter = Callable[[ConversationKey], Any]
