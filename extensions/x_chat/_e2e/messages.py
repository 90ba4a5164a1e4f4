"""What a decryption yields: typed messages, per-event errors and their kinds."""

from __future__ import annotations

import enum
import warnings
from datetime import datetime
from typing import Any

import attrs

from x_chat_generated.models.chat_message_event import ChatMessageEvent
from x_chat_generated.types import Unset

from ..errors import XChatError
from ..results import EventsPage
from ..times import from_msec
from ..trust import KeyReview


class NoPublicKeyError(XChatError, LookupError):
    """X serves no chat public key of this user that verifies (signed by its identity key): the
    user has not set up encrypted chat, so nothing can be encrypted for them yet. Raised before
    anything is sent.

    Args:
        user_id: The user without a usable key.
    """

    def __init__(self, user_id: str) -> None:
        super().__init__(
            f"user {user_id} has no chat public key that verifies: they have not set up encrypted chat yet "
            "(x-chat keys register), so nothing can be encrypted for them. Nothing was sent"
        )
        self.user_id = user_id


class MessageKind(enum.Enum):
    """What a decrypted event is: a message, a reply, a reaction, an edit, a key or group change."""

    MESSAGE = "message"
    REPLY = "reply"
    REACTION_ADDED = "reaction_added"
    REACTION_REMOVED = "reaction_removed"
    EDIT = "edit"
    KEY_CHANGE = "key_change"
    GROUP_CHANGE = "group_change"
    """A group was created, or its members, admins or title changed: see `DecryptedMessage.group_change`."""
    DELETE = "delete"
    """Messages were deleted (``delete_messages``): see `DecryptedMessage.deleted_sequence_ids`."""
    OTHER = "other"


_CONTENT_KINDS = {
    "Reaction": MessageKind.REACTION_ADDED,
    "ReactionRemoved": MessageKind.REACTION_REMOVED,
    "Edit": MessageKind.EDIT,
}


@attrs.frozen
class ReplyPreview:
    """What a reply quotes (as the sender's client put it in the encrypted reply)."""

    message_id: str | None
    sequence_id: str | None
    sender_id: str | None
    text: str | None


@attrs.frozen
class GroupChange:
    """What a group-change event says, as its sender signed it (decrypted and verified)."""

    change_type: str
    """As chatxdk names it: ``Created``, ``MembersAdded``, ``MembersRemoved``, ... (kept as sent)."""
    member_ids: tuple[str, ...] = ()
    """The members the change is about (all of them for ``Created``)."""
    admin_ids: tuple[str, ...] = ()
    """The group's admins as the change states them (the new ones, or the current ones)."""
    current_member_ids: tuple[str, ...] = ()
    """The members before the change, when the event says so."""
    title: str | None = None

    @classmethod
    def parse(cls, change: object) -> GroupChange:
        """From a decrypted event's ``change`` (a dict, as chatxdk returns it).

        Args:
            change: The `change` of a decrypted `GroupChange` event.
        """
        found: dict[str, Any] = change if isinstance(change, dict) else {}

        def ids(name: str) -> tuple[str, ...]:
            value = found.get(name)
            return tuple(str(v) for v in value) if isinstance(value, list) else ()

        title = found.get("title")
        return cls(
            change_type=str(found.get("change_type") or "unknown"),
            member_ids=ids("member_ids"),
            admin_ids=ids("admin_ids") or ids("current_admin_ids"),
            current_member_ids=ids("current_member_ids"),
            title=title if isinstance(title, str) else None,
        )


@attrs.frozen
class MediaAttachment:
    """Media a message carries, as its sender described it inside the encrypted message: download
    it with ``client.download_media(conversation_id, media_hash_key, path, keys=keys)``."""

    media_hash_key: str
    filename: str | None = None
    media_type: str | None = None
    """As chatxdk names it: IMAGE, GIF, VIDEO, AUDIO, FILE or SVG."""
    size: int | None = None
    width: int | None = None
    height: int | None = None

    @classmethod
    def parse(cls, attachment: object) -> MediaAttachment | None:
        """From one decrypted attachment (None for URL and post attachments).

        Args:
            attachment: One item of a decrypted message's `attachments` (a dict, as chatxdk returns
                it).
        """
        media = attachment.get("media") if isinstance(attachment, dict) else None
        if not isinstance(media, dict) or not isinstance(media.get("media_hash_key"), str):
            return None
        found = media.get("dimensions")
        dimensions: dict[str, Any] = found if isinstance(found, dict) else {}

        def number(value: object) -> int | None:
            return value if isinstance(value, int) and not isinstance(value, bool) else None

        return cls(
            media_hash_key=media["media_hash_key"],
            filename=media.get("filename") if isinstance(media.get("filename"), str) else None,
            media_type=str(media["type"]) if media.get("type") is not None else None,
            size=number(media.get("filesize_bytes")),
            width=number(dimensions.get("width")),
            height=number(dimensions.get("height")),
        )


@attrs.frozen
class DecryptedMessage:
    """One decrypted event. ``verified``: its signature matched the sender's signing key; the
    signature covers content and sender, not ``sequence_id`` or ``created_at``."""

    kind: MessageKind
    id: str
    sequence_id: str
    sender_id: str
    conversation_id: str
    created_at: datetime | None
    text: str | None = None
    entities: list[Any] | None = None
    emoji: str | None = None
    target_sequence_id: str | None = None
    """The message a reaction or edit is about."""
    reply_to: ReplyPreview | None = None
    media: list[MediaAttachment] = attrs.field(factory=list)
    """Media attached to a message or reply."""
    key_version: str | None = None
    verified: bool = False
    group_change: GroupChange | None = None
    """For a ``GROUP_CHANGE``: what changed."""
    deleted_sequence_ids: tuple[str, ...] = ()
    """For a ``DELETE``: the messages it deletes."""
    delete_for_all: bool | None = None
    """For a ``DELETE``: for every participant (True) or only from the sender's view (False)."""
    deleted: bool = False
    """A verified ``DELETE`` read in the same pass names this message, and its signer could delete
    it (its sender, for all; you, for yourself). X stops serving such a message; one still served is
    yielded marked, so that nothing disappears unseen."""
    raw: dict[str, Any] = attrs.field(factory=dict, repr=False, eq=False)

    def to_record(self) -> dict[str, Any]:
        """A JSON-ready summary (what ``x-chat messages --format jsonl`` and the export write); an
        absent value is ``null``."""
        return {
            "kind": self.kind.value,
            "id": self.id or None,
            "sequence_id": self.sequence_id or None,
            "sender_id": self.sender_id or None,
            "created_at": self.created_at.isoformat() if self.created_at else None,
            "text": self.text,
            "emoji": self.emoji,
            "target_sequence_id": self.target_sequence_id,
            "reply_to_sequence_id": self.reply_to.sequence_id if self.reply_to else None,
            "media": [attrs.asdict(m) for m in self.media],
            "group_change": attrs.asdict(self.group_change) if self.group_change else None,
            "deleted_sequence_ids": list(self.deleted_sequence_ids) or None,
            "delete_for_all": self.delete_for_all,
            "deleted": self.deleted,
            "verified": self.verified,
        }


class DecryptionErrorKind(enum.Enum):
    """Why an event was not yielded as a message (``EventDecryptionError.kind``)."""

    SIGNATURE = "signature"
    """Its signature does not verify against a key binding the client verified."""
    MISSING_KEY = "missing_key"
    DECRYPTION = "decryption"
    MALFORMED = "malformed"
    MALFORMED_KEY = "malformed_key"
    """The sender's public keys from the server are not valid key material."""
    WRONG_CONVERSATION = "wrong_conversation"
    """It was signed for another conversation than the one read."""
    NON_PARTICIPANT = "non_participant"
    """Its signer is not one of the two users of this direct conversation."""
    REPLAYED = "replayed"
    """A second copy of a signed message already read (served again, under another sequence ID)."""
    UNTRUSTED_KEY_CHANGE = "untrusted_key_change"
    """A key change refused by the group's verified history (signed by a non-member)."""


@attrs.frozen
class EventDecryptionError:
    """Why one event could not be read. ``event`` is the REST event (None for a key-change event
    from ``meta``).

    Since X API v2.167 a REST event carries no ``sequence_id`` (it lives inside the encrypted
    payload, out of reach when decryption fails): the event is identified by ``event_id``, its REST
    ``id``. ``sequence_id`` is only set when the server still sends one (older API versions).
    """

    kind: DecryptionErrorKind
    reason: str
    sequence_id: str | None
    event: ChatMessageEvent | None = attrs.field(repr=False, eq=False)
    event_id: str | None = None


@attrs.frozen
class DecryptedPage:
    """A page's readable messages (oldest first within the page as served) and per-event errors."""

    messages: list[DecryptedMessage]
    errors: list[EventDecryptionError]
    page: EventsPage = attrs.field(repr=False, eq=False)

    _review: KeyReview | None = attrs.field(default=None, repr=False, eq=False, alias="review")

    def report(self, *, strict: bool = False) -> None:
        """Warn about the events that could not be read (DecryptionWarning), or, ``strict``, raise
        DecryptionFailedError.

        Args:
            strict: Raise `DecryptionFailedError` instead of warning.
        """
        if not self.errors:
            return
        if strict:
            raise DecryptionFailedError(self.errors)
        warnings.warn(
            f"{len(self.errors)} event(s) could not be read: {self.errors[0].reason}", DecryptionWarning, stacklevel=3
        )


class DecryptionWarning(UserWarning):
    """Some events of a page could not be decrypted or verified (see DecryptedPage.errors)."""


MISSING_KEY_HINT = (
    "the conversation key of this event is unknown: its key-change event was neither in this page's "
    "meta (conversation_key_events) nor in an earlier page"
)


def error_kind(reason: str) -> DecryptionErrorKind:
    lowered = reason.lower()
    if "no matching key" in lowered or ("key version" in lowered and "not" in lowered):
        return DecryptionErrorKind.MISSING_KEY
    if "signature" in lowered:
        return DecryptionErrorKind.SIGNATURE
    if "parse" in lowered or "base64" in lowered or "serialization" in lowered:
        return DecryptionErrorKind.MALFORMED
    return DecryptionErrorKind.DECRYPTION


def _created_at(value: Any) -> datetime | None:
    try:
        return from_msec(value)
    except ValueError:
        return None


def rest_sequence_id(event: ChatMessageEvent | None) -> str | None:
    """A REST event's ``sequence_id``, which only pre-v2.167 servers send (now an unknown field)."""
    if event is None:
        return None
    value = event.additional_properties.get("sequence_id")
    return value if isinstance(value, str) else None


def message_of(event: dict[str, Any], rest: ChatMessageEvent | None = None) -> DecryptedMessage:
    content = event.get("content") or {}
    content_type = content.get("content_type")
    common: dict[str, Any] = {
        "id": _string(event.get("id")),
        "sequence_id": _string(event.get("sequence_id")),
        "sender_id": _string(event.get("sender_id")),
        "conversation_id": _string(event.get("conversation_id")).replace(":", "-"),
        "created_at": _created_at(event.get("created_at_msec")) or _rest_created_at(rest),
        "key_version": event.get("key_version"),
        "verified": event.get("verified") is True,
        "raw": event,
    }
    if event.get("type") == "KeyChange":
        return DecryptedMessage(kind=MessageKind.KEY_CHANGE, **common)
    if event.get("type") == "GroupChange":
        return DecryptedMessage(
            kind=MessageKind.GROUP_CHANGE, group_change=GroupChange.parse(event.get("change")), **common
        )
    if event.get("type") == "MessageDeleted":
        ids = event.get("message_ids")
        return DecryptedMessage(
            kind=MessageKind.DELETE,
            deleted_sequence_ids=tuple(str(i) for i in ids) if isinstance(ids, list) else (),
            delete_for_all=event.get("delete_for_all") is True,
            **common,
        )
    if content_type == "Text":
        preview = content.get("replying_to_preview")
        reply = (
            ReplyPreview(
                message_id=preview.get("replying_to_message_id"),
                sequence_id=preview.get("replying_to_message_sequence_id"),
                sender_id=preview.get("sender_id"),
                text=preview.get("message_text"),
            )
            if isinstance(preview, dict)
            else None
        )
        attachments = content.get("attachments")
        media = [MediaAttachment.parse(a) for a in attachments] if isinstance(attachments, list) else []
        return DecryptedMessage(
            kind=MessageKind.REPLY if reply else MessageKind.MESSAGE,
            text=content.get("text"),
            entities=content.get("entities"),
            reply_to=reply,
            media=[m for m in media if m is not None],
            **common,
        )
    kind = _CONTENT_KINDS.get(str(content_type), MessageKind.OTHER)
    return DecryptedMessage(
        kind=kind,
        text=content.get("new_text") if kind is MessageKind.EDIT else content.get("text"),
        entities=content.get("entities"),
        emoji=content.get("emoji"),
        target_sequence_id=content.get("target_message_id"),
        **common,
    )


def _string(value: object) -> str:
    """A decrypted field as text: "" when absent (never the string "None")."""
    return "" if value is None else str(value)


def _rest_created_at(rest: ChatMessageEvent | None) -> datetime | None:
    if rest is None or isinstance(rest.created_at, Unset):
        return None
    return rest.created_at


class DecryptionFailedError(XChatError):
    """A page had events that could not be decrypted or verified, and the iteration was strict.

    Args:
        errors: The events that could not be read, with why.
    """

    def __init__(self, errors: list[EventDecryptionError]) -> None:
        self.errors = errors
        super().__init__(f"{len(errors)} event(s) could not be read: {errors[0].reason}")
