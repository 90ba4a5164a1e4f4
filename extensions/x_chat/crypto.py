"""End-to-end encryption with chatxdk: `ChatKeys` (your keys: encrypt, sign, verify) and the
`Decryptor` that turns pages into typed messages.

Needs the ``x-chat[crypto]`` extra (X's official ``chatxdk``); the rest of x-chat never imports it.

```py
from x_chat import ChatClient
from x_chat.crypto import Decryptor

decryptor = Decryptor.from_key_file("keys.json")  # yours, written by `x-chat keys export`
with ChatClient() as client:
    for message in decryptor.iter_messages(client, "1215441834412953600-1603419180975409153"):
        print(message.sender_id, message.kind.value, message.verified, message.text)
        #> 1215441834412953600 message True message 5
        #> 1603419180975409153 message True message 4
        #> 1215441834412953600 message True message 3
        #> 1603419180975409153 message True message 2
        #> 1215441834412953600 message True message 1
        #> 1603419180975409153 message True message 0
        #> 1215441834412953600 key_change True None
```

Each page is decrypted with one batched ``decrypt_events`` call (with the key-change events that
the page's ``meta`` lists), while the next page is being fetched. A bad event never aborts its page:
its error is collected per event (``DecryptedPage.errors``) and reported. Unverified signatures are
rejected by default. The signature covers the content and the sender, not ``sequence_id`` nor the
creation time: ``verified`` says nothing about those two.
"""

from __future__ import annotations

import base64
import binascii
import enum
import json
import os
import stat
import warnings
from collections.abc import Callable, Iterable, Iterator
from datetime import datetime
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

import attrs

try:
    import chat_xdk
except ImportError:
    raise ImportError(
        "x_chat.crypto needs X's chat encryption library: pip install 'x-chat[crypto]' (it installs chatxdk)"
    ) from None

from x_chat_generated.models.chat_message_event import ChatMessageEvent
from x_chat_generated.types import Unset

from .errors import ConfigurationError, InvalidArgumentError, NotFoundError, XChatError
from .ids import ConversationId, ConversationKind, validate_sequence_id, validate_user_id
from .media import UploadedMedia, check_attachments
from .results import EventsPage
from .times import from_msec
from .trust import (
    IdentityKeyChangedError,
    KeyReview,
    MalformedPublicKeyError,
    OwnKeyMismatchError,
    Refusal,
    TrustStore,
    fingerprint,
    trust_file_for,
)

if TYPE_CHECKING:
    from .client import ChatClient

__all__ = [
    "ChatKeys",
    "ConversationKey",
    "DecryptedMessage",
    "DecryptedPage",
    "DecryptionErrorKind",
    "DecryptionFailedError",
    "DecryptionWarning",
    "Decryptor",
    "EventDecryptionError",
    "GroupChange",
    "KeyChange",
    "MediaAttachment",
    "MessageKind",
    "NoPublicKeyError",
    "ReplyPreview",
    "ReplyTarget",
    "write_key_file",
]


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


KeySource = Callable[[str], Iterable[Any]]
"""Given a user ID, that user's public keys (PublicKey models or dicts with public_key,
signing_public_key, identity_public_key_signature, public_key_version)."""


class MessageKind(enum.Enum):
    MESSAGE = "message"
    REPLY = "reply"
    REACTION_ADDED = "reaction_added"
    REACTION_REMOVED = "reaction_removed"
    EDIT = "edit"
    KEY_CHANGE = "key_change"
    GROUP_CHANGE = "group_change"
    """A group was created, or its members, admins or title changed: see `DecryptedMessage.group_change`."""
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


_MISSING_KEY_HINT = (
    "the conversation key of this event is unknown: its key-change event was neither in this page's "
    "meta (conversation_key_events) nor in an earlier page"
)


def _error_kind(reason: str) -> DecryptionErrorKind:
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


def _rest_sequence_id(event: ChatMessageEvent | None) -> str | None:
    """A REST event's ``sequence_id``, which only pre-v2.167 servers send (now an unknown field)."""
    if event is None:
        return None
    value = event.additional_properties.get("sequence_id")
    return value if isinstance(value, str) else None


def _message(event: dict[str, Any], rest: ChatMessageEvent | None = None) -> DecryptedMessage:
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


class Decryptor:
    """Decrypts and verifies chat events for one user.

    Build it from exported key material (`from_exported_keys`, `from_key_file`) or from
    an unlocked ``chat_xdk.Chat`` you already have. Participants' signing keys come from
    ``GET /2/users/{id}/public_keys``: `add_signing_keys` by hand, or a ``key_source`` that the
    decryptor calls for senders it has no key for (``iter_messages`` uses the client's).

    Args:
        chat: An unlocked `chat_xdk.Chat` holding your keys (its identity set).
        user_id: Your user ID (the keys' owner).
        reject_unverified: Drop events whose signature does not verify (recommended) instead of
            returning them with `verified=False`.
        key_source: Called with a user ID to get that user's public keys when a sender is not known
            yet (None: only keys added with `add_signing_keys`).
        trust: Where contacts' identity keys are pinned and accepted key versions are kept (None: in
            memory, for this process; `from_key_file` uses the file beside the key file).
        key_version: Your registered key version: a public key X serves for you at this version or
            newer must be yours (`OwnKeyMismatchError`).
    """

    def __init__(
        self,
        chat: Any,
        *,
        user_id: str,
        reject_unverified: bool = True,
        key_source: KeySource | None = None,
        trust: TrustStore | None = None,
        key_version: str | None = None,
    ) -> None:
        self.user_id = validate_user_id(user_id)
        self._chat = chat
        self.reject_unverified = reject_unverified
        self._chat.set_reject_unverified(reject_unverified)
        self._chat.set_cache_keys(True)  # keys of earlier pages' key changes stay known
        self._signing_keys: dict[tuple[str, str], dict[str, str]] = {}
        self._looked_up: set[str] = set()
        self._malformed: dict[str, str] = {}
        self._pending: dict[str, list[str]] = {}
        self._key_users: dict[str, dict[str, tuple[str, ...]]] = {}
        """Conversation -> signed key version -> the users an accepted key change gave it to."""
        self.key_source = key_source
        self.trust = trust if trust is not None else TrustStore()
        self.key_version = key_version

    def __repr__(self) -> str:
        return f"Decryptor(user_id={self.user_id!r}, signing_keys={len(self._signing_keys)})"

    @classmethod
    def from_exported_keys(
        cls, keys: bytes, *, key_version: str, user_id: str, reject_unverified: bool = True
    ) -> Decryptor:
        """From ``export_keys()`` material (64 bytes), its registered key version and the user ID.

        Args:
            keys: The 64 bytes of `export_keys()` (`ChatKeys.export`).
            key_version: The version the keys were registered under.
            user_id: Your user ID.
            reject_unverified: Drop events whose signature does not verify.
        """
        chat = chat_xdk.Chat()
        try:
            chat.import_keys(_key_bytes(keys), key_version)
        except (ValueError, RuntimeError) as exc:
            raise ConfigurationError(f"these keys could not be imported: {exc}") from None
        chat.set_identity(validate_user_id(user_id), key_version)
        return cls(chat, user_id=user_id, reject_unverified=reject_unverified, key_version=key_version)

    @classmethod
    def from_key_file(cls, path: str | os.PathLike[str], *, reject_unverified: bool = True) -> Decryptor:
        """From a key file (see `write_key_file`); refused unless only its owner can read it. The
        trust store beside it (``keys.trust.json``) is used and kept up to date.

        Args:
            path: A key file written by `write_key_file` or `x-chat keys export` (mode 0600).
            reject_unverified: Drop events whose signature does not verify.
        """
        keys, version, user_id, _ = read_key_file(path)
        decryptor = cls.from_exported_keys(
            keys, key_version=version, user_id=user_id, reject_unverified=reject_unverified
        )
        decryptor.trust = TrustStore(trust_file_for(path))
        return decryptor

    def add_signing_keys(self, user_id: str, public_keys: Iterable[Any]) -> int:
        """Add a user's signing keys (PublicKey models or dicts, as ``GET /2/users/{id}/public_keys``
        returns them: that response does not name the user, so the caller pairs it). Returns how
        many were usable.

        Your own keys must match your private key (else `OwnKeyMismatchError`); a contact's identity
        key is pinned the first time (trust on first use) and a different one later raises
        `IdentityKeyChangedError` until accepted (`trust`). Key material that is not valid (bad
        base64, not a curve point) makes the user's keys malformed: their events are reported
        ``MALFORMED_KEY`` and encrypting to them raises `MalformedPublicKeyError`.

        Args:
            user_id: The user the keys belong to.
            public_keys: That user's keys: `PublicKey` models or dicts, as `GET
                /2/users/{id}/public_keys` returns them.
        """
        user_id = validate_user_id(user_id)
        bound: list[dict[str, str]] = []
        problems: list[str] = []
        for key in public_keys:
            data = key.to_dict() if hasattr(key, "to_dict") else dict(key)
            needed = ("public_key", "signing_public_key", "identity_public_key_signature", "public_key_version")
            if not all(isinstance(data.get(name), str) for name in needed):
                problems.append("a key without " + ", ".join(n for n in needed if not isinstance(data.get(n), str)))
                continue
            try:
                binding = self._chat.verify_key_binding(
                    data["public_key"], data["signing_public_key"], data["identity_public_key_signature"]
                )
            except (ValueError, RuntimeError) as exc:  # not base64, not a key: chatxdk raises a bare ValueError
                problems.append(str(exc).splitlines()[0] if str(exc) else type(exc).__name__)
                continue
            if binding:  # a signing key the identity key did not sign is never trusted
                bound.append(data)
        if user_id == self.user_id:
            bound = self._own_keys(bound)
        elif bound:
            self._vet_identities(user_id, [data["public_key"] for data in bound])
        if not bound and problems:
            self._malformed[user_id] = problems[0]
        else:
            self._malformed.pop(user_id, None)
        for data in bound:
            self._signing_keys[(user_id, data["public_key_version"])] = {
                "user_id": user_id,
                "public_key_version": data["public_key_version"],
                "public_key": data["signing_public_key"],
                "identity_public_key": data["public_key"],
                "identity_public_key_signature": data["identity_public_key_signature"],
            }
        self._looked_up.add(user_id)
        return len(bound)

    def _own_keys(self, bound: list[dict[str, str]]) -> list[dict[str, str]]:
        """Your keys as X serves them, checked against your private key: a key of your version (or a
        newer one) that is not yours raises; an older one you replaced is dropped."""
        mine = []
        for data in bound:
            try:
                matches = bool(self._chat.matches_registered_key(data["public_key"]))
            except (ValueError, RuntimeError):
                matches = False
            if matches:
                mine.append(data)
                continue
            served = data["public_key_version"]
            if self.key_version is None or not (served.isdigit() and self.key_version.isdigit()):
                raise OwnKeyMismatchError(self.user_id, served, self.key_version or "unknown")
            if int(served) >= int(self.key_version):
                raise OwnKeyMismatchError(self.user_id, served, self.key_version)
        return mine

    def _vet_identities(self, user_id: str, served: list[str]) -> None:
        """Trust on first use: pin a contact's identity keys the first time; later, a key not pinned
        raises until the user accepts it (`trust`)."""
        pinned = self.trust.identities.get(user_id)
        if not pinned:
            self.trust.pin(user_id, served)
            return
        new = [key for key in served if key not in pinned]
        if new:
            self._pending[user_id] = served
            raise IdentityKeyChangedError(user_id, fingerprint(pinned[-1]), fingerprint(new[-1]))

    def trust_identity(self, user_id: str, expected: str | None = None) -> str:
        """Accept the identity key that `IdentityKeyChangedError` reported for ``user_id`` (it
        replaces the pinned one); returns its fingerprint.

        Args:
            user_id: The contact whose key changed.
            expected: The fingerprint compared out of band (None: accept what was served).
        """
        served = self._pending.get(user_id)
        if not served:
            raise ConfigurationError(
                f"no changed key of user {user_id} is waiting to be accepted: read or send to them first"
            )
        found = fingerprint(served[-1])
        if expected is not None and expected.strip() != found:
            raise ConfigurationError(
                f"user {user_id}'s served key has fingerprint {found}, not {expected.strip()}: nothing was accepted"
            )
        self.trust.pin(user_id, served, replace=True)
        del self._pending[user_id]
        self._looked_up.discard(user_id)  # looked up again, now with the accepted key
        return found

    def malformed_reason(self, user_id: str) -> str | None:
        """Why ``user_id``'s public keys from X were unusable key material, if they were.

        Args:
            user_id: A user ID.
        """
        return self._malformed.get(user_id)

    def knows(self, user_id: str) -> bool:
        """Whether ``user_id``'s public keys were added (or looked up) already.

        Args:
            user_id: A user ID.
        """
        return user_id in self._looked_up

    def trusted_keys(self, user_id: str | None = None) -> list[dict[str, str]]:
        """The signing keys whose binding verified (one user's, or everyone's), as chatxdk takes them.

        Args:
            user_id: One user's keys, or None for everyone's.
        """
        return [key for (owner, _), key in self._signing_keys.items() if user_id is None or owner == user_id]

    def _ensure_keys(self, user_ids: Iterable[str]) -> None:
        if self.key_source is None:
            return
        for user_id in user_ids:
            if user_id and user_id not in self._looked_up:
                self._looked_up.add(user_id)
                self.add_signing_keys(user_id, self.key_source(user_id))

    def decrypt_page(
        self,
        page: EventsPage,
        *,
        conversation_id: str | ConversationId | None = None,
        seen: set[str] | None = None,
        reject_unverified: bool | None = None,
    ) -> DecryptedPage:
        """Decrypt one page in one batched call, with the key changes its meta lists, and check every
        event against its conversation (see ``docs/security.md``).

        Args:
            page: A page from `get_conversation_events` or `iter_conversation_pages`, fetched with
                `fields="all"` (the encoded events and senders are needed).
            conversation_id: The conversation the page was read from. Events signed for another
                conversation, events of non-participants of a direct conversation and key changes
                the group's verified history refuses are reported, not returned. Without it only
                signatures are checked.
            seen: Signed message IDs read so far in this iteration (updated): a second copy is
                reported as `REPLAYED`.
            reject_unverified: Override the decryptor's setting for this page.
        """
        reject = self.reject_unverified if reject_unverified is None else reject_unverified
        self._chat.set_reject_unverified(reject)
        events = page.data
        senders = {e.sender_id for e in events if isinstance(e.sender_id, str)}
        self._ensure_keys(sorted(senders))
        key_changes = page.key_change_events
        readable = [e for e in events if isinstance(e.encoded_event, str)]
        batch = key_changes + [e.encoded_event for e in readable if isinstance(e.encoded_event, str)]
        try:
            result = self._chat.decrypt_events(batch, signing_keys=self.trusted_keys())
        except (ValueError, RuntimeError) as exc:  # the whole batch refused: report it on every event
            result = {"messages": [], "errors": {str(i): str(exc) for i in range(len(batch))}}
        by_position: dict[str, Any] = {}
        for item in result.get("messages", []):
            by_position[item.get("original_b64", "")] = item["event"]
        context = _Context.of(self, conversation_id, by_position.values())
        messages, errors = [], []
        for index, encoded in enumerate(batch):
            event = readable[index - len(key_changes)] if index >= len(key_changes) else None
            reason = result.get("errors", {}).get(str(index))
            event_id = event.id if event is not None and isinstance(event.id, str) else None
            if reason is not None:
                kind = _error_kind(reason)
                sender = event.sender_id if event is not None and isinstance(event.sender_id, str) else None
                bad_key = self._malformed.get(sender) if sender else None
                if bad_key is not None:
                    kind, reason = (
                        DecryptionErrorKind.MALFORMED_KEY,
                        f"sender {sender}'s public keys are malformed: {bad_key}",
                    )
                text = f"{_MISSING_KEY_HINT} ({reason})" if kind is DecryptionErrorKind.MISSING_KEY else reason
                errors.append(EventDecryptionError(kind, text, _rest_sequence_id(event), event, event_id))
            elif event is not None and encoded in by_position:
                decrypted = by_position[encoded]
                refused = context.refusal(decrypted, reject, seen)
                if refused is not None:
                    errors.append(EventDecryptionError(*refused, _rest_sequence_id(event), event, event_id))
                else:
                    messages.append(_message(decrypted, event))
        return DecryptedPage(messages, errors, page, review=context.review)

    def iter_decrypted_pages(
        self, client: ChatClient, conversation_id: str | ConversationId, **pages: Any
    ) -> Iterator[DecryptedPage]:
        """Fetch and decrypt every page; the next page is fetched while this one is decrypted
        (``decrypt_events`` releases the GIL). ``pages`` go to ``iter_conversation_pages``; every
        field is requested unless ``fields`` is among them (senders and encoded events are needed).

        Args:
            client: The `ChatClient` to fetch with (its `get_user_public_keys` supplies unknown
                senders' keys).
            conversation_id: The conversation, in any of X's three forms or as a `ConversationId`.
        """
        from ._sync._backend import pipelined

        cid = ConversationId.parse(conversation_id)
        if self.key_source is None:
            self.key_source = _client_key_source(client)
        self._ensure_keys(cid.participant_ids or ((cid.recipient_id, self.user_id) if cid.recipient_id else ()))
        pages.setdefault("fields", "all")  # X's default fields may leave out sender_id: a group's senders
        decrypt = partial(self.decrypt_page, conversation_id=cid, seen=set())
        yield from pipelined(client.iter_conversation_pages(cid, **pages), decrypt)

    def iter_messages(
        self, client: ChatClient, conversation_id: str | ConversationId, *, strict: bool = False, **pages: Any
    ) -> Iterator[DecryptedMessage]:
        """Every decrypted message, newest page first. Events that cannot be read are reported with
        a DecryptionWarning, or, ``strict=True``, raise DecryptionFailedError.

        Args:
            client: The `ChatClient` to fetch with (its `get_user_public_keys` supplies unknown
                senders' keys).
            conversation_id: The conversation, in any of X's three forms or as a `ConversationId`.
            strict: Raise `DecryptionFailedError` on a page with unreadable events instead of a
                `DecryptionWarning`.
        """
        for decrypted in self.iter_decrypted_pages(client, conversation_id, **pages):
            decrypted.report(strict=strict)
            yield from decrypted.messages


_REFUSAL_KINDS = {
    Refusal.SIGNATURE: DecryptionErrorKind.SIGNATURE,
    Refusal.WRONG_CONVERSATION: DecryptionErrorKind.WRONG_CONVERSATION,
    Refusal.NON_PARTICIPANT: DecryptionErrorKind.NON_PARTICIPANT,
    Refusal.NON_MEMBER: DecryptionErrorKind.UNTRUSTED_KEY_CHANGE,
    Refusal.MALFORMED: DecryptionErrorKind.MALFORMED,
}


def canonical_conversation(conversation_id: str | ConversationId, user_id: str) -> str:
    """The path form of a conversation (``low-high`` direct, ``g…`` group); a bare user ID is the
    direct conversation of ``user_id`` with them."""
    cid = ConversationId.parse(conversation_id)
    if cid.recipient_id is not None:
        cid = ConversationId.direct(user_id, cid.recipient_id)
    if cid.kind is ConversationKind.DIRECT:
        low, high = sorted(cid.participant_ids, key=int)
        return f"{low}-{high}"
    return cid.value


@attrs.define
class _Context:
    """What one page's events are checked against: its conversation, and its key changes' review."""

    colon: str | None = None
    pair: tuple[str, ...] | None = None
    review: KeyReview | None = None
    key_users: dict[str, tuple[str, ...]] | None = None

    @classmethod
    def of(
        cls, decryptor: Decryptor, conversation_id: str | ConversationId | None, decrypted: Iterable[Any]
    ) -> _Context:
        if conversation_id is None:
            return cls()
        path = canonical_conversation(conversation_id, decryptor.user_id)
        review = decryptor.trust.review(path, decryptor.user_id, decrypted)
        pair = tuple(path.split("-")) if not path.startswith("g") else None
        key_users = decryptor._key_users.setdefault(path, {})
        key_users.update(review.accepted)
        return cls(path.replace("-", ":"), pair, review, key_users)

    def refusal(
        self, event: dict[str, Any], reject: bool, seen: set[str] | None
    ) -> tuple[DecryptionErrorKind, str] | None:
        """Why ``event`` (decrypted) is not a message of this conversation, or None."""
        ident = str(event.get("id", ""))
        sender = str(event.get("sender_id", ""))
        if reject and event.get("verified") is not True:
            return DecryptionErrorKind.SIGNATURE, f"event {ident}'s signature does not verify"
        if self.colon is not None and str(event.get("conversation_id", "")) != self.colon:
            return (
                DecryptionErrorKind.WRONG_CONVERSATION,
                f"event {ident} was signed for conversation {event.get('conversation_id')}, not {self.colon}",
            )
        if self.pair is not None and sender not in self.pair:
            return (
                DecryptionErrorKind.NON_PARTICIPANT,
                f"event {ident} was signed by {sender}, who is not a participant of {'-'.join(self.pair)}",
            )
        if self.review is not None and event.get("type") == "KeyChange" and ident in self.review.refused:
            refusal, reason = self.review.refused[ident]
            if reject or refusal is not Refusal.SIGNATURE:  # opted in: shown, marked verified=False
                return _REFUSAL_KINDS[refusal], reason
        version = event.get("key_version")
        if self.key_users is not None and event.get("type") != "KeyChange" and version is not None:
            given = self.key_users.get(str(version))
            if given is None and not reject:
                event["verified"] = False  # opted in: its key change could not be verified, nor can it
            elif given is None:
                return (
                    DecryptionErrorKind.UNTRUSTED_KEY_CHANGE,
                    f"event {ident} was sent under key version {version}, which no accepted key change gave",
                )
            elif sender not in given:
                return (
                    DecryptionErrorKind.NON_PARTICIPANT,
                    f"event {ident} was signed by {sender}, who was not given key version {version}",
                )
        if seen is not None:
            if ident in seen:
                return DecryptionErrorKind.REPLAYED, f"message {ident} was already read: a copy served again"
            seen.add(ident)
        return None


class DecryptionFailedError(XChatError):
    """A page had events that could not be decrypted or verified, and the iteration was strict.

    Args:
        errors: The events that could not be read, with why.
    """

    def __init__(self, errors: list[EventDecryptionError]) -> None:
        self.errors = errors
        super().__init__(f"{len(errors)} event(s) could not be read: {errors[0].reason}")


def _key_bytes(keys: object) -> bytes:
    """Key material as bytes; a str (a path, base64 text) or anything else is refused by name."""
    if not isinstance(keys, bytes | bytearray | memoryview):
        raise InvalidArgumentError(
            f"keys must be the bytes of export_keys(), got {type(keys).__name__} "
            "(for a key file use from_key_file; for base64 text decode it first)"
        )
    return bytes(keys)


def _client_key_source(client: ChatClient) -> KeySource:
    """The client's ``get_user_public_keys``, with a user who registered no key (404) read as one
    with no keys: that sender's events are reported unreadable, the rest of the page is read."""

    def source(user_id: str) -> Iterable[Any]:
        try:
            return client.get_user_public_keys(user_id)
        except NotFoundError:
            return []

    return source


def read_key_file(path: str | os.PathLike[str]) -> tuple[bytes, str, str, dict[str, str] | None]:
    """The exported keys, key version, user ID and public key (if it was saved) of a key file written
    by `write_key_file`; refused unless only its owner can read it."""
    file = Path(path)
    try:  # what the file is comes first: advice to chmod a file that holds no keys would mislead
        data = json.loads(file.read_text(encoding="utf-8"))
        keys = base64.b64decode(data["private_keys"], validate=True)
        public = data.get("public_key")
        public_key = {str(k): str(v) for k, v in public.items()} if isinstance(public, dict) else None
        found = keys, str(data["key_version"]), validate_user_id(str(data["user_id"])), public_key
    except (ValueError, KeyError, TypeError, binascii.Error) as exc:
        what = "not JSON" if isinstance(exc, json.JSONDecodeError) else f"{type(exc).__name__}: {exc}"
        raise ConfigurationError(
            f"{file} is not an x-chat key file ({what}): make one with `x-chat keys generate` "
            "or ChatKeys.write_key_file"
        ) from None
    mode = stat.S_IMODE(file.stat().st_mode)
    if mode & 0o077:
        raise ConfigurationError(f"{file} holds private keys but others can read it (mode {mode:o}): chmod 600 {file}")
    return found


def write_key_file(
    path: str | os.PathLike[str],
    *,
    user_id: str,
    key_version: str,
    keys: bytes,
    public_key: dict[str, str] | None = None,
) -> Path:
    """Write a key file (JSON: user_id, key_version, private_keys in base64, and the public key if
    given) readable by its owner only: created 0600, never widened for a moment.

    Args:
        path: Where to write (replaced atomically).
        user_id: The keys' owner.
        key_version: The version the keys are registered under.
        keys: The 64 bytes of private key material.
        public_key: The public half (`public_key`, `signing_public_key`,
            `identity_public_key_signature`), kept so the keys can be registered later.
    """
    file = Path(path)
    data: dict[str, Any] = {
        "user_id": validate_user_id(user_id),
        "key_version": key_version,
        "private_keys": base64.b64encode(_key_bytes(keys)).decode(),
    }
    if public_key is not None:
        data["public_key"] = public_key
    temporary = file.with_name(f".{file.name}.tmp")
    descriptor = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(descriptor, "w", encoding="utf-8") as handle:
        json.dump(data, handle)
    os.chmod(temporary, 0o600)
    os.replace(temporary, file)
    return file


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


class ChatKeys:
    """Your chat keys: they encrypt and sign what you send, and verify what others signed.

    Build it from exported keys (`from_exported_keys`, `from_key_file`), from an unlocked
    ``chat_xdk.Chat`` (``ChatKeys(chat, user_id=..., key_version=...)``), or make new ones with
    `generate` and register them with ``client.register_public_key(keys)``. Other users' public
    keys are trusted only once their binding (the identity key's signature over the signing key)
    verifies, and a contact's identity key is pinned the first time it is seen (`fingerprint`,
    `trust`). Sending needs the full 64-byte key material, its registered version and the user ID.

    Args:
        chat: An unlocked `chat_xdk.Chat` holding the full 64-byte key material.
        user_id: Your user ID.
        key_version: The version the keys are (or will be) registered under.
        public_key: The public half, needed only to register the keys (`registration`).
        trust_store: Where pinned identity keys and accepted key versions are kept: a path, a
            `TrustStore`, or None (in memory until `write_key_file`; `from_key_file` uses the file
            beside the key file, `keys.trust.json`).

    Examples:
        ```py
        from x_chat.crypto import ChatKeys

        keys = ChatKeys.from_key_file("keys.json")
        sent = client.send_message("1215441834412953600-1603419180975409153", "hi", keys=keys)
        print(sent.conversation_id)
        #> 1215441834412953600-1603419180975409153
        ```
    """

    def __init__(
        self,
        chat: Any,
        *,
        user_id: str | int,
        key_version: str,
        public_key: dict[str, str] | None = None,
        trust_store: str | os.PathLike[str] | TrustStore | None = None,
    ) -> None:
        self.user_id = validate_user_id(user_id)
        self.key_version = str(key_version)
        self._chat = chat
        self._chat.set_identity(self.user_id, self.key_version)
        trust = trust_store if isinstance(trust_store, TrustStore) else TrustStore(trust_store)
        self._decryptor = Decryptor(chat, user_id=self.user_id, trust=trust, key_version=self.key_version)
        self._conversation_keys: dict[str, ConversationKey] = {}
        self._public_key = public_key
        if public_key is not None:  # your own keys, as X will serve them
            self._decryptor.add_signing_keys(self.user_id, [{**public_key, "public_key_version": self.key_version}])
            self._decryptor._looked_up.discard(self.user_id)  # what X serves for you is still checked once

    def __repr__(self) -> str:
        return f"ChatKeys(user_id={self.user_id!r}, key_version={self.key_version!r})"

    @classmethod
    def from_exported_keys(
        cls,
        keys: bytes,
        *,
        key_version: str,
        user_id: str | int,
        public_key: dict[str, str] | None = None,
        trust_store: str | os.PathLike[str] | TrustStore | None = None,
    ) -> ChatKeys:
        """From ``export_keys()`` material (64 bytes: a 32-byte identity-only blob cannot encrypt).
        ``public_key`` (what ``generate_keypairs`` made: public_key, signing_public_key,
        identity_public_key_signature) is needed only to register the keys.

        Args:
            keys: The 64 bytes of `export_keys()`.
            key_version: The version the keys were registered under.
            user_id: Your user ID.
            public_key: The public half (`public_key`, `signing_public_key`,
                `identity_public_key_signature`), needed only to register the keys.
            trust_store: Where pinned identity keys and accepted key versions are kept (see
                `ChatKeys`).
        """
        material = _key_bytes(keys)
        if len(material) != 64:
            raise ConfigurationError(f"expected the 64 bytes of export_keys(), got {len(material)} bytes")
        chat = chat_xdk.Chat()
        try:
            chat.import_keys(material, str(key_version))
        except (ValueError, RuntimeError) as exc:
            raise ConfigurationError(f"these keys could not be imported: {exc}") from None
        return cls(chat, user_id=user_id, key_version=str(key_version), public_key=public_key, trust_store=trust_store)

    @classmethod
    def from_key_file(cls, path: str | os.PathLike[str]) -> ChatKeys:
        """From a key file (`write_key_file`); refused unless only its owner can read it (0600). The
        trust store beside it (``keys.trust.json``, 0600) keeps pinned keys and accepted key versions
        across runs.

        Args:
            path: A key file written by `write_key_file` or `x-chat keys export`.
        """
        keys, version, user_id, public_key = read_key_file(path)
        return cls.from_exported_keys(
            keys, key_version=version, user_id=user_id, public_key=public_key, trust_store=trust_file_for(path)
        )

    @classmethod
    def generate(cls, user_id: str | int) -> ChatKeys:
        """New key pairs for ``user_id``; register them (``client.register_public_key``) before use.

        Args:
            user_id: The user the keys are for (yours).
        """
        chat = chat_xdk.Chat()
        payload = chat.generate_keypairs()
        public = payload.public_key
        public_key = {
            "public_key": public.public_key,
            "signing_public_key": public.signing_public_key,
            "identity_public_key_signature": public.identity_public_key_signature,
        }
        return cls(chat, user_id=user_id, key_version=payload.version or "1", public_key=public_key)

    def export(self) -> bytes:
        """The 64 bytes of private key material: keep them secret (`write_key_file`)."""
        return bytes(self._chat.export_keys())

    def write_key_file(self, path: str | os.PathLike[str]) -> Path:
        """Write these keys to a key file readable by its owner only (0600).

        The trust store moves beside it (``keys.trust.json``) if it was kept in memory.

        Args:
            path: Where to write (replaced atomically, mode 0600).
        """
        written = write_key_file(
            path, user_id=self.user_id, key_version=self.key_version, keys=self.export(), public_key=self._public_key
        )
        if self._decryptor.trust.path is None:
            self._decryptor.trust.move_to(trust_file_for(written))
        return written

    def registration(self) -> dict[str, Any]:
        """The body of ``POST /2/users/{id}/public_keys`` for these keys (public parts only)."""
        if self._public_key is None:
            raise ConfigurationError(
                "these keys were imported without their public key: register keys made by ChatKeys.generate()"
            )
        return {"version": self.key_version, "public_key": dict(self._public_key)}

    def public_key(self) -> dict[str, str] | None:
        """These keys as ``GET /2/users/{id}/public_keys`` serves them (a PublicKey), if known."""
        if self._public_key is None:
            return None
        return {**self._public_key, "public_key_version": self.key_version}

    def decryptor(self, *, reject_unverified: bool = True) -> Decryptor:
        """A Decryptor with these keys and the public keys they learnt.

        Args:
            reject_unverified: Drop events whose signature does not verify.
        """
        self._decryptor.reject_unverified = reject_unverified
        self._chat.set_reject_unverified(reject_unverified)
        return self._decryptor

    # -- trust --------------------------------------------------------------------------------------

    @property
    def trust_store(self) -> TrustStore:
        """Pinned identity keys and accepted key versions (see ``docs/security.md``)."""
        return self._decryptor.trust

    def fingerprint(self, user_id: str | int | None = None) -> str:
        """The fingerprint of a user's identity key as this client trusts it (yours: None or your ID),
        to compare out of band. The same format as chatxdk's ``get_public_key_fingerprint``.

        Args:
            user_id: The contact (None: you). Their keys must have been seen (read or sent to them,
                or `add_public_keys`).
        """
        if user_id is None or str(user_id) == self.user_id:
            return str(self._chat.get_public_key_fingerprint())
        user = validate_user_id(user_id)
        pinned = self._decryptor.trust.identities.get(user)
        if not pinned:
            raise ConfigurationError(
                f"no key of user {user} has been seen yet: read or send to them first (x-chat keys fingerprint {user})"
            )
        return fingerprint(pinned[-1])

    def trust(self, user_id: str | int, *, fingerprint: str | None = None) -> str:
        """Accept the changed identity key that `IdentityKeyChangedError` reported for ``user_id``, in
        place of the pinned one; returns its fingerprint. Pass ``fingerprint`` (what the contact
        read to you out of band) to accept only that key.

        Args:
            user_id: The contact whose key changed.
            fingerprint: The fingerprint you compared out of band (None: accept what was served).
        """
        return self._decryptor.trust_identity(validate_user_id(user_id), fingerprint)

    def group_members(self, group_id: str | ConversationId) -> tuple[str, ...] | None:
        """A group's members according to its verified key changes (None: not verified yet).

        Args:
            group_id: The group conversation (`g…`).
        """
        state = self._decryptor.trust.conversations.get(self.canonical(group_id))
        return state.members if state is not None else None

    # -- other users' public keys -------------------------------------------------------------------

    def knows_user(self, user_id: str) -> bool:
        """Whether ``user_id``'s public keys were added (or looked up) already.

        Args:
            user_id: A user ID.
        """
        return self._decryptor.knows(user_id)

    def add_public_keys(self, user_id: str, public_keys: Iterable[Any]) -> int:
        """Trust ``user_id``'s public keys whose binding verifies; returns how many did.

        Args:
            user_id: The user the keys belong to.
            public_keys: That user's keys: `PublicKey` models or dicts, as `GET
                /2/users/{id}/public_keys` returns them.
        """
        return self._decryptor.add_signing_keys(user_id, public_keys)

    def _identity_keys(self, user_id: str) -> dict[str, str] | None:
        found = self._decryptor.trusted_keys(user_id)
        if not found:
            return None
        newest = max(found, key=lambda k: int(k["public_key_version"]) if k["public_key_version"].isdigit() else 0)
        return {
            "user_id": user_id,
            "public_key": newest["identity_public_key"],
            "key_version": newest["public_key_version"],
        }

    # -- conversation keys --------------------------------------------------------------------------

    def canonical(self, conversation_id: str | ConversationId) -> str:
        """The conversation's path form; a bare user ID becomes the direct conversation with you.

        Args:
            conversation_id: The conversation, in any of X's three forms or as a `ConversationId`.
        """
        return canonical_conversation(conversation_id, self.user_id)

    def cached_key(self, conversation_id: str) -> ConversationKey | None:
        """The conversation key found or made earlier (`remember_key`), if any.

        Args:
            conversation_id: The conversation's path form (`canonical`): `low-high` for a direct
                conversation, `g…` for a group.
        """
        return self._conversation_keys.get(conversation_id)

    def remember_key(
        self, conversation_id: str, key: ConversationKey, *, members: Iterable[str] | None = None
    ) -> ConversationKey:
        """Keep ``key`` for the conversation (`cached_key`) and return it. Its signed version becomes
        the conversation's accepted version if it is newer (a rollback below it is refused from then
        on), and ``members`` (a key change you made) the group's verified members.

        Args:
            conversation_id: The conversation's path form (`canonical`): `low-high` for a direct
                conversation, `g…` for a group.
            key: Its key, as found (`newest_verified_key`) or made (`prepare_key_change`).
            members: Everyone the key was given to, when you made it.
        """
        self._conversation_keys[conversation_id] = key
        state = self._decryptor.trust.conversation(conversation_id)
        version = int(key.version) if key.version.isdigit() else None
        if version is not None and (state.key_version is None or version >= state.key_version):
            state.key_version = version
            if members is not None and conversation_id.startswith("g"):
                state.members = tuple(dict.fromkeys(members))
                state.ever = tuple(dict.fromkeys([*state.ever, *state.members]))
            self._decryptor.trust.save()
        return key

    def newest_verified_key(self, conversation_id: str, events: list[str]) -> ConversationKey | None:
        """The key to encrypt with among ``events`` (encoded key changes): the newest key change that
        passes every check of ``docs/security.md`` (signature, this conversation, signer a
        participant, signed key version not older than the one accepted) and gave you a key. Never
        chosen by sequence ID. None if there is none.

        Args:
            conversation_id: The conversation's path form (`canonical`): `low-high` for a direct
                conversation, `g…` for a group.
            events: Encoded key-change events (a page's `key_change_events` and encoded events).
        """
        return self._adopt(conversation_id, self._review_events(conversation_id, events))

    def _review_events(self, conversation_id: str, events: list[str]) -> KeyReview:
        """Decrypt encoded events and judge the key changes among them (the trust store learns)."""
        decrypted: list[dict[str, Any]] = []
        if events:
            self._chat.set_reject_unverified(True)
            try:
                result = self._chat.decrypt_events(events, signing_keys=self._decryptor.trusted_keys())
            except (ValueError, RuntimeError):
                result = {}
            finally:
                self._chat.set_reject_unverified(self._decryptor.reject_unverified)
            decrypted = [item.get("event") or {} for item in result.get("messages", [])]
        return self._decryptor.trust.review(conversation_id, self.user_id, decrypted)

    def _adopt(self, conversation_id: str, review: KeyReview | None) -> ConversationKey | None:
        """The key of ``review``'s current key change, kept (`cached_key`); the kept key when the
        review offers none newer; None (and nothing kept) when you were removed."""
        cached = self._conversation_keys.get(conversation_id)
        if review is None:
            return cached
        if review.removed:
            self._conversation_keys.pop(conversation_id, None)
            return None
        current = review.current
        if current is None:
            state = self._decryptor.trust.conversations.get(conversation_id)
            accepted = state.key_version if state is not None else None
            return cached if cached is not None and accepted is not None and cached.version == str(accepted) else None
        version = str(current.get("key_version"))
        if cached is not None and cached.version == version:
            return cached
        mine = [k for k in current.get("participant_keys") or [] if k.get("user_id") == self.user_id]
        try:
            key = bytes(self._chat.decrypt_conversation_key(str(mine[0].get("encrypted_key"))))
        except (ValueError, RuntimeError, IndexError):
            return None
        found = ConversationKey(conversation_id, conversation_id.replace("-", ":"), version, key)
        self._conversation_keys[conversation_id] = found
        return found

    def learn_key(self, conversation_id: str, messages: Iterable[DecryptedMessage]) -> bool:
        """Keep the key new messages are sent with current from what you read: the newest key change
        among ``messages`` that passes the checks of `newest_verified_key` becomes the conversation's
        key (`cached_key`); one that gave you no key (you were removed) forgets it. Returns whether
        an accepted key change was met. The client does this on every page it reads, so a key change
        another member made (a member added) is used by your next message.

        Args:
            conversation_id: The conversation's path form (`canonical`): `low-high` for a direct
                conversation, `g…` for a group.
            messages: Decrypted messages of one page (`DecryptedPage.messages`).
        """
        changes = [m.raw for m in messages if m.kind is MessageKind.KEY_CHANGE and m.verified]
        if not changes:
            return False
        review = self._decryptor.trust.review(conversation_id, self.user_id, changes)
        self._adopt(conversation_id, review)
        return len(review.refused) < len(changes)

    def prepare_key_change(self, conversation_id: str, participants: Iterable[str]) -> KeyChange:
        """A new key for every participant (you included, or you could not read your own messages).

        Args:
            conversation_id: The conversation's path form (`canonical`): `low-high` for a direct
                conversation, `g…` for a group.
            participants: The user IDs to give the key to (you are added).
        """
        members = list(dict.fromkeys([*participants, self.user_id]))
        public_keys = [self._require_identity(user_id) for user_id in members]
        change = self._chat.prepare_conversation_key_change(
            public_keys,
            conversation_id=conversation_id.replace("-", ":"),
            sender_id=self.user_id,
            signing_key_version=self.key_version,
        )
        return self._key_change(conversation_id, change)

    @staticmethod
    def _key_change(conversation_id: str, change: dict[str, Any]) -> KeyChange:
        """A chatxdk key change (direct or group) as the request body X takes, and the new key."""
        body = {
            "conversation_key_version": change["conversation_key_version"],
            "conversation_participant_keys": [
                {
                    "user_id": k["user_id"],
                    "encrypted_conversation_key": k["encrypted_key"],
                    "public_key_version": k["public_key_version"],
                }
                for k in change["participant_keys"]
            ],
            "action_signatures": [_action_signature(a) for a in change["action_signatures"]],
        }
        colon = conversation_id.replace("-", ":")
        key = ConversationKey(
            conversation_id, colon, change["conversation_key_version"], bytes(change["conversation_key"])
        )
        return KeyChange(body, key)

    def prepare_group_create(
        self, group_id: str, member_ids: list[str], admin_ids: list[str], title: str | None
    ) -> KeyChange:
        """A new group's key for every member (you included), signed; the body of
        ``POST /2/chat/conversations/group``. ``title`` goes into it as ``group_name``: X sees it.

        Args:
            group_id: The new group's ID, from `POST /2/chat/conversations/group/initialize`.
            member_ids: The members' user IDs (you are added).
            admin_ids: The admins' user IDs.
            title: The group's name, or None (X can read it).
        """
        members = list(dict.fromkeys([self.user_id, *member_ids]))
        public_keys = [self._require_identity(user_id) for user_id in members]
        change = self._chat.prepare_group_create(
            public_keys,
            group_id,
            members,
            admin_ids,
            sender_id=self.user_id,
            signing_key_version=self.key_version,
            title=title,
        )
        made = self._key_change(group_id, change)
        made.body.update(conversation_id=group_id, group_members=members, group_admins=admin_ids)
        if title is not None:
            made.body["group_name"] = title
        return made

    def prepare_group_members_change(
        self, group_id: str, new_member_ids: list[str], member_ids: list[str], admin_ids: list[str], title: str | None
    ) -> KeyChange:
        """A new key for the members old and new, signed: the body of ``POST .../members``.

        Args:
            group_id: The group's ID (`g…`).
            new_member_ids: The user IDs to add.
            member_ids: The current members.
            admin_ids: The current admins.
            title: The group's current name, or None.
        """
        everyone = list(dict.fromkeys([*member_ids, *new_member_ids, self.user_id]))
        public_keys = [self._require_identity(user_id) for user_id in everyone]
        change = self._chat.prepare_group_members_change(
            public_keys,
            group_id,
            new_member_ids,
            member_ids,
            admin_ids,
            [],
            sender_id=self.user_id,
            signing_key_version=self.key_version,
            current_title=title,
        )
        made = self._key_change(group_id, change)
        made.body["user_ids"] = new_member_ids
        return made

    def _require_identity(self, user_id: str) -> dict[str, str]:
        found = self._identity_keys(user_id)
        if found is None:
            malformed = self._decryptor.malformed_reason(user_id)
            if malformed is not None:
                raise MalformedPublicKeyError(user_id, malformed)
            raise NoPublicKeyError(user_id)
        return found

    # -- encrypting ---------------------------------------------------------------------------------

    def media_encryptor(self, key: ConversationKey) -> Any:
        """chatxdk's stream encryptor for media of this conversation (``push`` chunks, ``finish``).

        Args:
            key: The conversation's key (`newest_verified_key`, `prepare_key_change`).
        """
        return self._chat.stream_encryptor(key.key)

    def media_decryptor(self, key: ConversationKey) -> Any:
        """chatxdk's stream decryptor: ``finish`` raises if the stream was cut short.

        Args:
            key: The key of the conversation the media was sent in.
        """
        return self._chat.stream_decryptor(key.key)

    @staticmethod
    def encrypted_size(size: int) -> int:
        """The size of ``size`` bytes once encrypted by `media_encryptor` (24 bytes, then 17 per KiB, more).

        Args:
            size: The plaintext's size in bytes.
        """
        return int(chat_xdk.encrypted_stream_size(size))

    @staticmethod
    def image_dimensions(data: bytes) -> tuple[int, int] | None:
        """(width, height) of a PNG, JPEG, GIF, WebP or BMP from its first bytes, else None.

        Args:
            data: The file's first bytes (a few KiB are enough).
        """
        found = chat_xdk.detect_image_dimensions(data)
        return (int(found[0]), int(found[1])) if found else None

    def _signing(self, key: ConversationKey) -> dict[str, Any]:
        return {
            "sender_id": self.user_id,
            "signing_key_version": self.key_version,
            "conversation_key": key.key,
            "conversation_key_version": key.version,
        }

    def message_encrypter(
        self,
        text: str,
        reply_to: str | DecryptedMessage | ReplyTarget | None = None,
        media: Iterable[UploadedMedia] = (),
        **options: Any,
    ) -> Encrypter:
        """Checks now, encrypts later (once the conversation key is known).

        Args:
            text: The message (may be empty only with media).
            reply_to: The replied-to message: its sequence ID, a `DecryptedMessage` (its text is
                quoted), a `ReplyTarget`, or None.
            media: Uploaded media to attach (`upload_media`).
        """
        attached = list(media)
        check_attachments(attached)
        if attached:
            options["attachments"] = [m.attachment() for m in attached]
        if not (attached and text == ""):
            _text(text)
        target = _reply_target(reply_to)

        def encrypt(key: ConversationKey) -> Any:
            if target is None:
                return self._chat.encrypt_message(key.colon_id, text, **self._signing(key), **options)
            sender = int(target.sender_id) if target.sender_id else None
            return self._chat.encrypt_reply(
                key.colon_id,
                text,
                reply_to_sequence_id=target.sequence_id,
                reply_to_sender_id=sender,
                reply_to_text=target.text,
                **self._signing(key),
                **options,
            )

        return encrypt

    def reaction_encrypter(self, target_sequence_id: str, emoji: str, *, remove: bool = False) -> Encrypter:
        """Checks now, encrypts later: a reaction added to (or removed from) one message.

        Args:
            target_sequence_id: The sequence ID of the message reacted to.
            emoji: The reaction.
            remove: Remove the reaction instead of adding it.
        """
        sequence_id = validate_sequence_id(target_sequence_id)
        if not isinstance(emoji, str) or not emoji.strip():
            raise InvalidArgumentError("emoji must be a non-empty string")

        def encrypt(key: ConversationKey) -> Any:
            method = self._chat.encrypt_remove_reaction if remove else self._chat.encrypt_add_reaction
            return method(
                emoji=emoji, conversation_id=key.colon_id, target_message_sequence_id=sequence_id, **self._signing(key)
            )

        return encrypt

    def edit_encrypter(self, target_sequence_id: str, text: str) -> Encrypter:
        """Checks now, encrypts later: an edit of one of your messages.

        Args:
            target_sequence_id: The sequence ID of your message to edit.
            text: Its new text.
        """
        sequence_id = validate_sequence_id(target_sequence_id)
        _text(text)

        def encrypt(key: ConversationKey) -> Any:
            return self._chat.encrypt_edit(
                updated_text=text,
                conversation_id=key.colon_id,
                target_message_sequence_id=sequence_id,
                **self._signing(key),
            )

        return encrypt


MAX_MESSAGE_LENGTH = 10_000
"""The longest message text, in characters: X's Direct Message reference says "Text messages support
up to 10,000 characters" (``POST /2/dm_conversations/with/:participant_id/messages``)."""


def _text(text: object) -> None:
    if not isinstance(text, str) or not text:
        raise InvalidArgumentError("text must be a non-empty string")
    if len(text) > MAX_MESSAGE_LENGTH:
        raise InvalidArgumentError(
            f"a message is at most {MAX_MESSAGE_LENGTH} characters (X's limit), got {len(text)}: split it"
        )


def _reply_target(reply_to: str | DecryptedMessage | ReplyTarget | None) -> ReplyTarget | None:
    if reply_to is None or isinstance(reply_to, ReplyTarget):
        return reply_to
    if isinstance(reply_to, DecryptedMessage):
        return ReplyTarget(validate_sequence_id(reply_to.sequence_id), reply_to.sender_id, reply_to.text)
    return ReplyTarget(validate_sequence_id(reply_to))


def _action_signature(signed: dict[str, Any]) -> dict[str, Any]:
    return {
        "message_id": signed["message_id"],
        "encoded_message_event_detail": signed["encoded_message_event_detail"],
        "message_event_signature": {
            "signature": signed["signature"],
            "public_key_version": signed["public_key_version"],
            "signature_version": signed["signature_version"],
        },
    }
