"""Media: encrypted upload in segments, and download decrypted as it streams."""

from __future__ import annotations

import io
import os
from functools import partial
from typing import IO, TYPE_CHECKING, Unpack

import attrs
import httpx

from x_chat_generated.api.chats import (
    chat_media_download,
    chat_media_upload_append,
    chat_media_upload_finalize,
    chat_media_upload_initialize,
)
from x_chat_generated.models.chat_media_upload_append_request import ChatMediaUploadAppendRequest
from x_chat_generated.models.chat_media_upload_finalize_request import ChatMediaUploadFinalizeRequest
from x_chat_generated.models.chat_media_upload_initialize_request import ChatMediaUploadInitializeRequest
from x_chat_generated.types import File, Unset

from .._arguments import check_keys
from .._call import RequestOptions, per_call
from ..errors import (
    InvalidArgumentError,
    MalformedResponseError,
)
from ..ids import (
    ConversationId,
    validate_media_hash_key,
)
from ..media import (
    CIPHER_CHUNK,
    MIN_SEGMENT_SIZE,
    MediaSource,
    MediaType,
    Progress,
    UploadedMedia,
    close_destination,
    decrypting,
    guess_media_type,
    media_filename,
    open_destination,
    open_source,
    rewind,
    segment_size,
)

if TYPE_CHECKING:  # loaded on first use (see results.py); crypto needs the x-chat[crypto] extra
    from ..crypto import ChatKeys


from ._keys import Keys


class Media(Keys):
    """Encrypted media."""

    @per_call
    async def upload_media(
        self,
        conversation_id: str | ConversationId,
        media: MediaSource,
        *,
        keys: ChatKeys,
        filename: str | None = None,
        media_type: MediaType | None = None,
        segment_bytes: int = MIN_SEGMENT_SIZE,
        progress: Progress | None = None,
        **options: Unpack[RequestOptions],
    ) -> UploadedMedia:
        """Encrypt and upload a file (a path or a binary file object), never holding it whole: a
        chunked initialize, at most 1000 appends, finalize. An append that fails is sent again
        under the same segment index (which replaces itself), so the upload resumes where it broke.
        ``progress(sent, total)`` is called after every segment.

        Attach the result to a message with ``send_message(cid, text, keys=keys, media=uploaded)``.
        ``filename`` defaults to the file's base name and ``media_type`` is guessed from it (and
        from image dimensions found in the first bytes); both travel encrypted in the message.

        Args:
            media: A path or a binary file object (read as it uploads, never whole).
            filename: The name sent, encrypted, with the attachment (default: the file's base name).
            media_type: A `MediaType` (default: guessed from the name and the first bytes).
            segment_bytes: Bytes per append request (raised when needed to stay within 1000
                segments).
        """
        check_keys(keys)
        name = media_filename(media, filename)
        if media_type is not None and not isinstance(media_type, MediaType):
            raise InvalidArgumentError(f"media_type must be a MediaType, got {media_type!r}")
        handle, size, owned = open_source(media)
        try:
            key = await self.conversation_key(conversation_id, keys)
            total = keys.encrypted_size(size)
            step = segment_size(total, segment_bytes)
            body = ChatMediaUploadInitializeRequest(conversation_id=key.conversation_id, total_bytes=total)
            response = await chat_media_upload_initialize.asyncio_detailed(client=self.api, body=body)
            started = response.parsed.data
            if isinstance(started, Unset):
                raise MalformedResponseError("the upload was not given a session", response)
            appender = self._with_settings(attrs.evolve(self.settings, idempotent_writes=True))
            encryptor = keys.media_encryptor(key)
            pending, index, sent = bytearray(), 0, 0
            chunk = handle.read(CIPHER_CHUNK)
            dimensions = keys.image_dimensions(chunk)  # the header is in the first bytes
            while True:
                pending += encryptor.push(chunk) if chunk else encryptor.finish()
                while len(pending) >= step or (not chunk and pending):
                    segment = bytes(pending[:step])
                    del pending[:step]
                    await appender._append(
                        key.conversation_id, started.session_id, started.media_hash_key, index, segment
                    )
                    index, sent = index + 1, sent + len(segment)
                    if progress is not None:
                        progress(sent, total)
                if not chunk:
                    break
                chunk = handle.read(CIPHER_CHUNK)
            finish = ChatMediaUploadFinalizeRequest(
                conversation_id=key.conversation_id, media_hash_key=started.media_hash_key, num_parts=str(index)
            )
            await chat_media_upload_finalize.asyncio_detailed(started.session_id, client=self.api, body=finish)
            width, height = dimensions or (0, 0)
            return UploadedMedia(
                key.conversation_id,
                started.media_hash_key,
                started.session_id,
                size,
                total,
                index,
                filename=name,
                media_type=media_type or guess_media_type(name, dimensions),
                width=width,
                height=height,
            )
        finally:
            if owned:
                handle.close()

    async def _append(self, conversation_id: str, session: str, hash_key: str, index: int, segment: bytes) -> None:
        body = ChatMediaUploadAppendRequest(
            conversation_id=conversation_id,
            media=File(payload=io.BytesIO(segment)),
            media_hash_key=hash_key,
            segment_index=index,
        )
        await chat_media_upload_append.asyncio_detailed(session, client=self.api, body=body)

    @per_call
    async def download_media(
        self,
        conversation_id: str | ConversationId,
        media_hash_key: str,
        destination: str | os.PathLike[str] | IO[bytes],
        *,
        keys: ChatKeys,
        progress: Progress | None = None,
        **options: Unpack[RequestOptions],
    ) -> int:
        """Stream media, decrypting as it arrives, into a path or a binary file object; returns the
        plaintext size. Never held whole in memory. A path is written to ``<path>.part`` and renamed
        only once the stream decrypted completely (chatxdk detects a truncated stream); a file
        object is rewound to where it was. A connection that breaks mid-stream is retried by the
        client's retry policy, from the start (a non-seekable file object cannot start over:
        ``MediaTransferError``).

        Args:
            media_hash_key: The attachment's `media_hash_key` (from `DecryptedMessage.media`).
            destination: A path (written to `<path>.part`, then renamed) or a binary file object.
        """
        check_keys(keys)
        validate_media_hash_key(media_hash_key)
        key = await self.conversation_key(conversation_id, keys)
        target, temporary = open_destination(destination)
        start = target.tell() if getattr(target, "seekable", lambda: False)() else None
        attempts = 0

        async def receive(response: httpx.Response) -> int:
            nonlocal attempts
            attempts += 1
            if attempts > 1:  # the connection broke mid-body: start over, from a clean destination
                rewind(target, start)
            decryptor = keys.media_decryptor(key)
            written = received = 0
            total = int(response.headers.get("content-length") or 0)
            async for chunk in response.aiter_bytes(CIPHER_CHUNK):
                received += len(chunk)
                plain = decrypting(partial(decryptor.push, chunk))
                target.write(plain)
                written += len(plain)
                if progress is not None:
                    progress(received, total)
            plain = decrypting(decryptor.finish)
            target.write(plain)
            return written + len(plain)

        try:
            written = await chat_media_download.asyncio_stream(
                key.conversation_id, media_hash_key, client=self.api, receive=receive
            )
        except BaseException:
            if temporary is None and start is not None:
                rewind(target, start)
            close_destination(target, temporary, destination, keep=False)
            raise
        close_destination(target, temporary, destination, keep=True)
        return written

    # --- end-to-end encrypted reads (x-chat[crypto]) ------------------------------------------------
