"""Read the messages, not the ciphertext: end-to-end decryption of chat events with chatxdk.

Needs the ``x-chat[crypto]`` extra (X's official ``chatxdk``); the rest of x-chat never imports it.

>>> decryptor = Decryptor.from_key_file("keys.json")  # doctest: +SKIP
>>> with ChatClient() as client:  # doctest: +SKIP
...     for message in decryptor.iter_messages(client, "1215441834412953600-1603419180975409153"):
...         print(message.created_at, message.sender_id, message.kind.value, message.text)

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
from concurrent.futures import Future, ThreadPoolExecutor
from datetime import datetime
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
from x_chat_generated.models.get_chat_conversation_events_response import GetChatConversationEventsResponse
from x_chat_generated.types import Unset

from .errors import ConfigurationError, XChatError
from .ids import ConversationId, validate_user_id
from .times import from_msec

if TYPE_CHECKING:
    from .client import ChatClient

__all__ = [
    "DecryptedMessage",
    "DecryptedPage",
    "DecryptionErrorKind",
    "DecryptionFailedError",
    "DecryptionWarning",
    "Decryptor",
    "EventDecryptionError",
    "MessageKind",
    "ReplyPreview",
    "write_key_file",
]

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
    key_version: str | None = None
    verified: bool = False
    raw: dict[str, Any] = attrs.field(factory=dict, repr=False, eq=False)


class DecryptionErrorKind(enum.Enum):
    SIGNATURE = "signature"
    MISSING_KEY = "missing_key"
    DECRYPTION = "decryption"
    MALFORMED = "malformed"


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
    page: GetChatConversationEventsResponse = attrs.field(repr=False, eq=False)


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
        "id": str(event.get("id", "")),
        "sequence_id": str(event.get("sequence_id", "")),
        "sender_id": str(event.get("sender_id", "")),
        "conversation_id": str(event.get("conversation_id", "")).replace(":", "-"),
        "created_at": _created_at(event.get("created_at_msec")) or _rest_created_at(rest),
        "key_version": event.get("key_version"),
        "verified": event.get("verified") is True,
        "raw": event,
    }
    if event.get("type") == "KeyChange":
        return DecryptedMessage(kind=MessageKind.KEY_CHANGE, **common)
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
        return DecryptedMessage(
            kind=MessageKind.REPLY if reply else MessageKind.MESSAGE,
            text=content.get("text"),
            entities=content.get("entities"),
            reply_to=reply,
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


def _rest_created_at(rest: ChatMessageEvent | None) -> datetime | None:
    if rest is None or isinstance(rest.created_at, Unset):
        return None
    return rest.created_at


def _key_change_events(page: GetChatConversationEventsResponse) -> list[str]:
    """The key-change events a page's meta lists: ``conversation_key_events`` (X API v2.167), or
    ``missing_conversation_key_change_events`` as servers of v2.159 called it (both are read)."""
    meta = page.meta
    if isinstance(meta, Unset):
        return []
    listed = meta.conversation_key_events
    events = [e for e in listed if isinstance(e, str)] if not isinstance(listed, Unset) else []
    older = meta.additional_properties.get("missing_conversation_key_change_events")
    if isinstance(older, list):
        events += [e for e in older if isinstance(e, str) and e not in events]
    return events


class Decryptor:
    """Decrypts and verifies chat events for one user.

    Build it from exported key material (:meth:`from_exported_keys`, :meth:`from_key_file`) or from
    an unlocked ``chat_xdk.Chat`` you already have. Participants' signing keys come from
    ``GET /2/users/{id}/public_keys``: :meth:`add_signing_keys` by hand, or a ``key_source`` that the
    decryptor calls for senders it has no key for (``iter_messages`` uses the client's).
    """

    def __init__(
        self,
        chat: Any,
        *,
        user_id: str,
        reject_unverified: bool = True,
        key_source: KeySource | None = None,
    ) -> None:
        self.user_id = validate_user_id(user_id)
        self._chat = chat
        self._chat.set_reject_unverified(reject_unverified)
        self._chat.set_cache_keys(True)  # keys of earlier pages' key changes stay known
        self._signing_keys: dict[tuple[str, str], dict[str, str]] = {}
        self._looked_up: set[str] = set()
        self.key_source = key_source

    def __repr__(self) -> str:
        return f"Decryptor(user_id={self.user_id!r}, signing_keys={len(self._signing_keys)})"

    @classmethod
    def from_exported_keys(
        cls, keys: bytes, *, key_version: str, user_id: str, reject_unverified: bool = True
    ) -> Decryptor:
        """From ``export_keys()`` material (64 bytes), its registered key version and the user ID."""
        chat = chat_xdk.Chat()
        try:
            chat.import_keys(bytes(keys), key_version)
        except (ValueError, RuntimeError) as exc:
            raise ConfigurationError(f"these keys could not be imported: {exc}") from None
        chat.set_identity(validate_user_id(user_id), key_version)
        return cls(chat, user_id=user_id, reject_unverified=reject_unverified)

    @classmethod
    def from_key_file(cls, path: str | os.PathLike[str], *, reject_unverified: bool = True) -> Decryptor:
        """From a key file (see :func:`write_key_file`); refused unless only its owner can read it."""
        file = Path(path)
        mode = stat.S_IMODE(file.stat().st_mode)
        if mode & 0o077:
            raise ConfigurationError(
                f"{file} holds private keys but others can read it (mode {mode:o}): chmod 600 {file}"
            )
        try:
            data = json.loads(file.read_text(encoding="utf-8"))
            keys = base64.b64decode(data["private_keys"], validate=True)
            return cls.from_exported_keys(
                keys,
                key_version=str(data["key_version"]),
                user_id=str(data["user_id"]),
                reject_unverified=reject_unverified,
            )
        except (ValueError, KeyError, TypeError, binascii.Error) as exc:
            raise ConfigurationError(f"{file} is not an x-chat key file: {exc!r}") from None

    def add_signing_keys(self, user_id: str, public_keys: Iterable[Any]) -> int:
        """Add a user's signing keys (PublicKey models or dicts, as ``GET /2/users/{id}/public_keys``
        returns them: that response does not name the user, so the caller pairs it). Returns how
        many were usable."""
        user_id = validate_user_id(user_id)
        added = 0
        for key in public_keys:
            data = key.to_dict() if hasattr(key, "to_dict") else dict(key)
            needed = ("public_key", "signing_public_key", "identity_public_key_signature", "public_key_version")
            if not all(isinstance(data.get(name), str) for name in needed):
                continue
            self._signing_keys[(user_id, data["public_key_version"])] = {
                "user_id": user_id,
                "public_key_version": data["public_key_version"],
                "public_key": data["signing_public_key"],
                "identity_public_key": data["public_key"],
                "identity_public_key_signature": data["identity_public_key_signature"],
            }
            added += 1
        self._looked_up.add(user_id)
        return added

    def _ensure_keys(self, user_ids: Iterable[str]) -> None:
        if self.key_source is None:
            return
        for user_id in user_ids:
            if user_id and user_id not in self._looked_up:
                self._looked_up.add(user_id)
                self.add_signing_keys(user_id, self.key_source(user_id))

    def decrypt_page(self, page: GetChatConversationEventsResponse) -> DecryptedPage:
        """Decrypt one page in one batched call, with the key changes its meta lists."""
        events = list(page.data) if not isinstance(page.data, Unset) else []
        senders = {e.sender_id for e in events if isinstance(e.sender_id, str)}
        self._ensure_keys(sorted(senders))
        key_changes = _key_change_events(page)
        readable = [e for e in events if isinstance(e.encoded_event, str)]
        batch = key_changes + [e.encoded_event for e in readable if isinstance(e.encoded_event, str)]
        try:
            result = self._chat.decrypt_events(batch, signing_keys=list(self._signing_keys.values()))
        except (ValueError, RuntimeError) as exc:  # the whole batch refused: report it on every event
            result = {"messages": [], "errors": {str(i): str(exc) for i in range(len(batch))}}
        by_position: dict[str, Any] = {}
        for item in result.get("messages", []):
            by_position[item.get("original_b64", "")] = item["event"]
        messages, errors = [], []
        for index, encoded in enumerate(batch):
            event = readable[index - len(key_changes)] if index >= len(key_changes) else None
            reason = result.get("errors", {}).get(str(index))
            if reason is not None:
                kind = _error_kind(reason)
                text = f"{_MISSING_KEY_HINT} ({reason})" if kind is DecryptionErrorKind.MISSING_KEY else reason
                event_id = event.id if event is not None and isinstance(event.id, str) else None
                errors.append(EventDecryptionError(kind, text, _rest_sequence_id(event), event, event_id))
            elif event is not None and encoded in by_position:
                messages.append(_message(by_position[encoded], event))
        return DecryptedPage(messages, errors, page)

    def iter_decrypted_pages(
        self, client: ChatClient, conversation_id: str | ConversationId, **pages: Any
    ) -> Iterator[DecryptedPage]:
        """Fetch and decrypt every page; the next page is fetched while this one is decrypted
        (``decrypt_events`` releases the GIL). ``pages`` go to ``iter_conversation_pages``."""
        cid = ConversationId.parse(conversation_id)
        if self.key_source is None:
            self.key_source = _client_key_source(client)
        self._ensure_keys(cid.participant_ids or ((cid.recipient_id, self.user_id) if cid.recipient_id else ()))
        with ThreadPoolExecutor(max_workers=1, thread_name_prefix="x-chat-decrypt") as pool:
            pending: Future[DecryptedPage] | None = None
            for page in client.iter_conversation_pages(cid, **pages):
                submitted = pool.submit(self.decrypt_page, page)
                if pending is not None:
                    yield pending.result()
                pending = submitted
            if pending is not None:
                yield pending.result()

    def iter_messages(
        self, client: ChatClient, conversation_id: str | ConversationId, *, strict: bool = False, **pages: Any
    ) -> Iterator[DecryptedMessage]:
        """Every decrypted message, newest page first. Events that cannot be read are reported with
        a DecryptionWarning, or, ``strict=True``, raise DecryptionFailedError."""
        for decrypted in self.iter_decrypted_pages(client, conversation_id, **pages):
            if decrypted.errors:
                if strict:
                    raise DecryptionFailedError(decrypted.errors)
                warnings.warn(
                    f"{len(decrypted.errors)} event(s) could not be read: {decrypted.errors[0].reason}",
                    DecryptionWarning,
                    stacklevel=2,
                )
            yield from decrypted.messages


class DecryptionFailedError(XChatError):
    """A page had events that could not be decrypted or verified, and the iteration was strict."""

    def __init__(self, errors: list[EventDecryptionError]) -> None:
        self.errors = errors
        super().__init__(f"{len(errors)} event(s) could not be read: {errors[0].reason}")


def _client_key_source(client: ChatClient) -> KeySource:
    from x_chat_generated.api.chats import get_users_public_key
    from x_chat_generated.models.get_users_public_key_response import GetUsersPublicKeyResponse
    from x_chat_generated.models.public_key_field import PublicKeyField

    fields = list(PublicKeyField)

    def fetch(user_id: str) -> list[Any]:
        response = get_users_public_key.sync_detailed(user_id, client=client.api, public_key_fields=fields)
        parsed = response.parsed
        if isinstance(parsed, GetUsersPublicKeyResponse) and not isinstance(parsed.data, Unset):
            return list(parsed.data)
        return []

    return fetch


def write_key_file(path: str | os.PathLike[str], *, user_id: str, key_version: str, keys: bytes) -> Path:
    """Write a key file (JSON: user_id, key_version, private_keys in base64) readable by its owner only."""
    file = Path(path)
    data = {
        "user_id": validate_user_id(user_id),
        "key_version": key_version,
        "private_keys": base64.b64encode(bytes(keys)).decode(),
    }
    descriptor = os.open(file, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(descriptor, "w", encoding="utf-8") as handle:
        json.dump(data, handle)
    os.chmod(file, 0o600)
    return file
