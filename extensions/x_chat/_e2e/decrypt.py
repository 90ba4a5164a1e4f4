"""Decrypting a page of events with a `ChatKeys`' keys, and checking each event against its
conversation (``docs/security.md``). No I/O: fetching, and looking senders' keys up, is the clients'."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import attrs

from ..ids import ConversationId
from ..results import EventsPage
from ..trust import KeyReview, Refusal
from .conversation_keys import canonical_conversation
from .messages import (
    MISSING_KEY_HINT,
    DecryptedPage,
    DecryptionErrorKind,
    EventDecryptionError,
    error_kind,
    message_of,
    rest_sequence_id,
)
from .public_keys import PublicKeyRing


def decrypt_page(
    keys: PublicKeyRing,
    page: EventsPage,
    *,
    conversation_id: str | ConversationId | None = None,
    seen: set[str] | None = None,
    reject_unverified: bool,
    key_map: dict[str, bytes] | None = None,
) -> DecryptedPage:
    """`Decryptor.decrypt_page` (which documents the arguments), with ``keys`` and ``reject_unverified``
    given: one batched ``decrypt_events`` call with the key changes the page's meta lists, then every
    event checked against its conversation (``docs/security.md``).

    ``key_map`` (one conversation's, kept by the caller between pages; only with ``conversation_id``)
    holds the keys of the key changes accepted so far, by version: the keys of the key changes this
    page's review accepts are added to it, and a page without key changes is decrypted with it, event
    by event, instead of extracting the keys again (the real-time path, one delivery at a time)."""
    chat = keys._chat
    chat.set_reject_unverified(reject_unverified)
    events = page.data
    key_changes = page.key_change_events
    readable = [e for e in events if isinstance(e.encoded_event, str)]
    batch = key_changes + [e.encoded_event for e in readable if isinstance(e.encoded_event, str)]
    signing = keys.trusted_keys()
    if key_map and not key_changes:
        result = _each(chat, batch, key_map, signing)
    else:
        try:
            result = chat.decrypt_events(batch, signing_keys=signing)
        except (ValueError, RuntimeError) as exc:  # the whole batch refused: report it on every event
            result = {"messages": [], "errors": {str(i): str(exc) for i in range(len(batch))}}
    by_position: dict[str, Any] = {}
    for item in result.get("messages", []):
        by_position[item.get("original_b64", "")] = item["event"]
    context = _Context.of(keys, conversation_id, by_position.values())
    if key_map is not None and context.key_users is not None:
        found = result.get("conversation_keys", {}).get("keys", {})
        key_map.update({v: k for v, k in found.items() if v in context.key_users and isinstance(k, bytes)})
    messages, errors = [], []
    for index, encoded in enumerate(batch):
        event = readable[index - len(key_changes)] if index >= len(key_changes) else None
        reason = result.get("errors", {}).get(str(index))
        event_id = event.id if event is not None and isinstance(event.id, str) else None
        if reason is not None:
            kind = error_kind(reason)
            sender = event.sender_id if event is not None and isinstance(event.sender_id, str) else None
            bad_key = keys.malformed_reason(sender) if sender else None
            if bad_key is not None:
                kind, reason = (
                    DecryptionErrorKind.MALFORMED_KEY,
                    f"sender {sender}'s public keys are malformed: {bad_key}",
                )
            text = f"{MISSING_KEY_HINT} ({reason})" if kind is DecryptionErrorKind.MISSING_KEY else reason
            errors.append(EventDecryptionError(kind, text, rest_sequence_id(event), event, event_id))
        elif event is not None and encoded in by_position:
            decrypted = by_position[encoded]
            refused = context.refusal(decrypted, reject_unverified, seen)
            if refused is not None:
                errors.append(EventDecryptionError(*refused, rest_sequence_id(event), event, event_id))
            else:
                messages.append(message_of(decrypted, event))
    return DecryptedPage(messages, errors, page, review=context.review)


def _each(chat: Any, encoded: list[str], key_map: dict[str, bytes], signing: list[dict[str, str]]) -> dict[str, Any]:
    """``decrypt_events``' answer for events decrypted one by one with keys already accepted."""
    messages, errors = [], {}
    for index, event in enumerate(encoded):
        try:
            messages.append({"event": chat.decrypt_event(event, conversation_keys=key_map, signing_keys=signing)})
            messages[-1]["original_b64"] = event
        except (ValueError, RuntimeError) as exc:
            errors[str(index)] = str(exc)
    return {"messages": messages, "errors": errors}


_REFUSAL_KINDS = {
    Refusal.SIGNATURE: DecryptionErrorKind.SIGNATURE,
    Refusal.WRONG_CONVERSATION: DecryptionErrorKind.WRONG_CONVERSATION,
    Refusal.NON_PARTICIPANT: DecryptionErrorKind.NON_PARTICIPANT,
    Refusal.NON_MEMBER: DecryptionErrorKind.UNTRUSTED_KEY_CHANGE,
    Refusal.MALFORMED: DecryptionErrorKind.MALFORMED,
}


@attrs.define
class _Context:
    """What one page's events are checked against: its conversation, and its key changes' review."""

    colon: str | None = None
    pair: tuple[str, ...] | None = None
    review: KeyReview | None = None
    key_users: dict[str, tuple[str, ...]] | None = None

    @classmethod
    def of(
        cls, keys: PublicKeyRing, conversation_id: str | ConversationId | None, decrypted: Iterable[Any]
    ) -> _Context:
        if conversation_id is None:
            return cls()
        path = canonical_conversation(conversation_id, keys.user_id)
        review = keys.trust_store.review(path, keys.user_id, decrypted)
        pair = tuple(path.split("-")) if not path.startswith("g") else None
        key_users = keys._key_users.setdefault(path, {})
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
