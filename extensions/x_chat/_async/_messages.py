"""End-to-end encrypted messages: sending (text, replies, reactions, edits) and reading."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterable
from functools import partial
from typing import TYPE_CHECKING, Any, Unpack

from x_chat_generated.api.chats import (
    delete_chat_messages,
    send_chat_message,
)
from x_chat_generated.models.delete_chat_messages_action_signatures import DeleteChatMessagesActionSignatures
from x_chat_generated.models.delete_chat_messages_request import DeleteChatMessagesRequest
from x_chat_generated.models.delete_chat_messages_request_delete_message_action import (
    DeleteChatMessagesRequestDeleteMessageAction,
)
from x_chat_generated.models.send_chat_message_request import SendChatMessageRequest

from .._arguments import MAX_PAGE_SIZE, check_keys, sequence_id_list
from .._call import RequestOptions, per_call
from .._e2e.protocol import Deletions
from .._error_mapping import mark_possibly_sent
from .._responses import result_of
from ..errors import (
    APIConnectionError,
    APIStatusError,
    InvalidArgumentError,
    MalformedResponseError,
)
from ..ids import (
    ConversationId,
)
from ..media import (
    UploadedMedia,
)
from ..results import EventsPage, MessagesDeleted, SentMessage
from ._backend import pipelined

if TYPE_CHECKING:  # loaded on first use (see results.py); crypto needs the x-chat[crypto] extra
    from ..crypto import ChatKeys, DecryptedMessage, DecryptedPage, ReplyTarget


from ._keys import Keys


class Messages(Keys):
    """Encrypted writes, and reads decrypted and verified."""

    async def _send_encrypted(self, conversation_id: str | ConversationId, keys: ChatKeys, make: Any) -> SentMessage:
        key = await self.conversation_key(conversation_id, keys)
        payload = make(key)
        body = SendChatMessageRequest(
            message_id=payload.message_id,
            encoded_message_create_event=payload.encrypted_content,
            encoded_message_event_signature=payload.encoded_event_signature,
        )
        try:
            response = await send_chat_message.asyncio_detailed(key.conversation_id, client=self.api, body=body)
            return result_of(response, partial(SentMessage.of, payload.message_id, key.conversation_id))
        except (APIStatusError, APIConnectionError, MalformedResponseError) as error:
            if error.may_have_been_sent or isinstance(error, MalformedResponseError):  # X answered 2xx oddly
                mark_possibly_sent(error, payload.message_id)
            raise

    @per_call
    async def send_message(
        self,
        conversation_id: str | ConversationId,
        text: str,
        *,
        keys: ChatKeys,
        reply_to: str | DecryptedMessage | ReplyTarget | None = None,
        media: UploadedMedia | Iterable[UploadedMedia] = (),
        **options: Unpack[RequestOptions],
    ) -> SentMessage:
        """Encrypt, sign and send a text message (``POST /2/chat/conversations/{id}/messages``).

        ``reply_to``: the target's sequence ID, or a decrypted message (its text is quoted).
        ``media``: what ``upload_media`` returned for this conversation, attached by its
        ``media_hash_key`` (``text`` may then be empty). The message is sent once: a failure after
        the request may have reached X raises instead of resending (see README, "Writes are never
        sent twice").

        Args:
            text: The message text (encrypted before it leaves the process).
            reply_to: The sequence ID of the message replied to, or a `DecryptedMessage` (quoted in
                the reply); None for a plain message.
            media: An `UploadedMedia` or a list of them, attached inside the encrypted message.
        """
        check_keys(keys)
        attached = [media] if isinstance(media, UploadedMedia) else list(media)
        cid = keys.canonical(conversation_id)
        foreign = [m.media_hash_key for m in attached if isinstance(m, UploadedMedia) and m.conversation_id != cid]
        if foreign:
            raise InvalidArgumentError(f"media {foreign} was uploaded to another conversation than {cid}")
        return await self._send_encrypted(conversation_id, keys, keys.message_encrypter(text, reply_to, attached))

    @per_call
    async def add_reaction(
        self,
        conversation_id: str | ConversationId,
        target_sequence_id: str,
        emoji: str,
        *,
        keys: ChatKeys,
        **options: Unpack[RequestOptions],
    ) -> SentMessage:
        """React to a message with an emoji."""
        check_keys(keys)
        return await self._send_encrypted(conversation_id, keys, keys.reaction_encrypter(target_sequence_id, emoji))

    @per_call
    async def remove_reaction(
        self,
        conversation_id: str | ConversationId,
        target_sequence_id: str,
        emoji: str,
        *,
        keys: ChatKeys,
        **options: Unpack[RequestOptions],
    ) -> SentMessage:
        """Take a reaction back."""
        check_keys(keys)
        encrypter = keys.reaction_encrypter(target_sequence_id, emoji, remove=True)
        return await self._send_encrypted(conversation_id, keys, encrypter)

    @per_call
    async def edit_message(
        self,
        conversation_id: str | ConversationId,
        target_sequence_id: str,
        text: str,
        *,
        keys: ChatKeys,
        **options: Unpack[RequestOptions],
    ) -> SentMessage:
        """Replace the text of one of your messages.

        Args:
            text: The new text.
        """
        check_keys(keys)
        return await self._send_encrypted(conversation_id, keys, keys.edit_encrypter(target_sequence_id, text))

    @per_call
    async def delete_messages(
        self,
        conversation_id: str | ConversationId,
        sequence_ids: Iterable[str],
        for_all: bool = False,
        *,
        keys: ChatKeys,
        **options: Unpack[RequestOptions],
    ) -> MessagesDeleted:
        """Delete messages (``POST /2/chat/conversations/{id}/messages/delete``), with the action
        signature chatxdk's ``prepare_message_delete`` makes.

        X's rule: delete for all removes your own messages (in a group you administer, any message)
        for every participant; delete for self removes any message from your view only. X then
        serves the conversation without them, and with the signed delete event, which
        `iter_messages` yields as a `MessageKind.DELETE` message (``deleted_sequence_ids``); a
        message it names that a server still serves is yielded with ``deleted=True``. Sent once,
        like every write.

        Args:
            sequence_ids: The messages' sequence IDs (a list, not one string). Checked before any request.
            for_all: Delete for every participant (your own messages only), not only from your view.
        """
        check_keys(keys)
        ids = sequence_id_list(sequence_ids)
        if not isinstance(for_all, bool):
            raise InvalidArgumentError(f"for_all is True or False, got {type(for_all).__name__} {for_all!r}")
        cid = keys.canonical(conversation_id)
        action = keys.delete_action(cid, ids, for_all=for_all)
        body = DeleteChatMessagesRequest(
            sequence_ids=ids,
            delete_message_action=DeleteChatMessagesRequestDeleteMessageAction(
                "delete_for_all" if for_all else "delete_for_self"
            ),
            action_signatures=[DeleteChatMessagesActionSignatures.from_dict(action)],
        )
        try:
            response = await delete_chat_messages.asyncio_detailed(cid, client=self.api, body=body)
            return result_of(response, partial(MessagesDeleted.of, cid, tuple(ids), for_all, action["message_id"]))
        except (APIStatusError, APIConnectionError, MalformedResponseError) as error:
            if error.may_have_been_sent or isinstance(error, MalformedResponseError):
                mark_possibly_sent(error, action["message_id"])
            raise

    # --- groups (x-chat[crypto]) --------------------------------------------------------------------

    @per_call
    def iter_decrypted_pages(
        self,
        conversation_id: str | ConversationId,
        *,
        keys: ChatKeys,
        page_size: int = MAX_PAGE_SIZE,
        start_token: str | None = None,
        include_unverified: bool = False,
        **options: Unpack[RequestOptions],
    ) -> AsyncIterator[DecryptedPage]:
        """Every page, decrypted and verified; the next page is fetched while this one is decrypted.
        Resume with ``start_token`` (a page's ``page.next_token``).

        Only messages that check out are in ``page.messages``: signed by a key the client verified,
        signed for this conversation, by a participant (direct), and not a second copy of one
        already read. Every other event is in ``page.errors`` with its `DecryptionErrorKind`.
        """
        check_keys(keys)
        cid = ConversationId.parse(conversation_id)
        pages = self.iter_conversation_pages(cid, fields="all", page_size=page_size, start_token=start_token)
        return self._decrypted(cid, keys, pages, include_unverified=include_unverified)

    async def _decrypted(
        self, cid: ConversationId, keys: ChatKeys, pages: AsyncIterator[EventsPage], *, include_unverified: bool
    ) -> AsyncIterator[DecryptedPage]:
        """Decrypted pages, checked against their conversation; the newest accepted key change met
        becomes the conversation's current key (`ChatKeys.learn_key`)."""
        decryptor = keys.decryptor()
        await self._signing_keys(keys, [*cid.participant_ids, cid.recipient_id or "", keys.user_id], missing_ok=True)

        async def with_senders(pages: AsyncIterator[EventsPage]) -> AsyncIterator[EventsPage]:
            async for page in pages:
                senders = [e.sender_id for e in page.data if isinstance(e.sender_id, str)]
                await self._signing_keys(keys, senders, missing_ok=True)
                yield page

        canonical = keys.canonical(cid)
        decrypt = partial(
            decryptor.decrypt_page, conversation_id=canonical, seen=set(), reject_unverified=not include_unverified
        )
        deletions = Deletions(keys.user_id)
        async for decrypted in pipelined(with_senders(pages), decrypt):
            keys._adopt(canonical, decrypted._review)
            deletions.apply(decrypted)
            yield decrypted

    @per_call
    async def iter_messages(
        self,
        conversation_id: str | ConversationId,
        *,
        keys: ChatKeys,
        strict: bool = False,
        page_size: int = MAX_PAGE_SIZE,
        include_unverified: bool = False,
        **options: Unpack[RequestOptions],
    ) -> AsyncIterator[DecryptedMessage]:
        """Every decrypted message, newest page first. Events that cannot be read are reported with a
        DecryptionWarning, or, ``strict=True``, raise DecryptionFailedError.

        Args:
            strict: Raise `DecryptionFailedError` on a page with events that cannot be read, instead of
                a `DecryptionWarning`.
        """
        pages = self.iter_decrypted_pages(
            conversation_id, keys=keys, page_size=page_size, include_unverified=include_unverified
        )
        async for page in pages:
            page.report(strict=strict)
            for message in page.messages:
                yield message
