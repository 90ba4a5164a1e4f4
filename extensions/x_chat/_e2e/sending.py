"""Encrypting what you send: messages, reactions, edits and media. The `ChatKeys` half that signs."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from ..errors import InvalidArgumentError
from ..ids import validate_sequence_id
from ..media import UploadedMedia, check_attachments
from .messages import DecryptedMessage
from .state import KeyState, action_signature
from .values import ConversationKey, Encrypter, ReplyTarget
from .xdk import chat_xdk


class Sending(KeyState):
    """Checks what is sent now; encrypts and signs it once the conversation key is known."""

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

    def delete_action(self, conversation_id: str, sequence_ids: list[str], *, for_all: bool) -> dict[str, Any]:
        """The one action signature of ``POST /2/chat/conversations/{id}/messages/delete``: the
        ``MessageDeleteEvent`` chatxdk's ``prepare_message_delete`` builds and signs. A delete is
        signed, not encrypted: no conversation key is needed. Its ``message_id`` is the new event's.

        Args:
            conversation_id: The conversation's path form (`canonical`).
            sequence_ids: The messages' sequence IDs.
            for_all: Delete for every participant (your own messages only), or from your view.
        """
        signed = self._chat.prepare_message_delete(
            conversation_id.replace("-", ":"),
            sequence_ids,
            for_all,
            sender_id=self.user_id,
            signing_key_version=self.key_version,
        )
        return action_signature(signed)

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
