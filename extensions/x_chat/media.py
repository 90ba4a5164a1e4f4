"""Media transfers, the parts without I/O: where the bytes come from, how they are cut into segments,
what an upload returns. The transfers themselves are client methods (``upload_media``,
``download_media``), encrypted with the conversation key by chatxdk's stream cipher, which adds
24 bytes, then 17 bytes per KiB.
"""

from __future__ import annotations

import enum
import math
import mimetypes
import os
from collections.abc import Callable
from typing import IO, Any, Final

import attrs

from .errors import InvalidArgumentError, XChatError

__all__ = [
    "CIPHER_CHUNK",
    "MAX_SEGMENTS",
    "MIN_SEGMENT_SIZE",
    "MediaDecryptionError",
    "MediaSource",
    "MediaTransferError",
    "MediaType",
    "Progress",
    "UploadedMedia",
]

MAX_SEGMENTS: Final = 1000
"""X takes at most this many appends per upload (segment indexes 0 to 999)."""
MIN_SEGMENT_SIZE: Final = 1024 * 1024
"""The default (and smallest) bytes per append request of an upload: 1 MiB."""
CIPHER_CHUNK: Final = 32 * 1024
"""Bytes handed to chatxdk's stream cipher at a time: its push slows down sharply on larger
pieces (about 60 MB/s at 1 MiB against 220 MB/s at 32 KiB, measured with chatxdk 0.5.2)."""

MediaSource = str | os.PathLike[str] | IO[bytes]
"""What `upload_media` reads: a path, or a binary file object."""
Progress = Callable[[int, int], None]
"""Called with (bytes sent or received so far, total bytes) after every segment or chunk."""


class MediaType(enum.IntEnum):
    """What a recipient's app shows an attachment as (chatxdk's numbering, inside the encrypted
    message; X never sees it)."""

    IMAGE = 1
    GIF = 2
    VIDEO = 3
    AUDIO = 4
    FILE = 5
    SVG = 6


@attrs.frozen
class UploadedMedia:
    """A finished upload: ``media_hash_key`` is what a message attaches
    (``send_message(..., media=uploaded)``) and a download asks for. ``filename``, ``media_type``
    and the dimensions travel inside the encrypted message, never in the clear."""

    conversation_id: str
    media_hash_key: str
    session_id: str
    size: int
    """Plaintext bytes."""
    encrypted_size: int
    segments: int
    filename: str = "media"
    media_type: MediaType = MediaType.FILE
    width: int = 0
    height: int = 0
    """Pixels, for images (0 when unknown or not an image)."""

    def attachment(self) -> dict[str, Any]:
        """The attachment chatxdk encrypts into a message."""
        return {
            "attachment_type": "media",
            "media_hash_key": self.media_hash_key,
            "media_type": int(self.media_type),
            "width": self.width,
            "height": self.height,
            "filesize_bytes": self.size,
            "filename": self.filename,
        }


_GALLERY = frozenset({MediaType.IMAGE, MediaType.GIF, MediaType.VIDEO})


def check_attachments(media: list[UploadedMedia]) -> None:
    """chatxdk's rule, checked before anything is sent: several attachments must all be images,
    GIFs or videos; any other file is a message's only attachment."""
    if not all(isinstance(m, UploadedMedia) for m in media):
        raise InvalidArgumentError("media must be UploadedMedia, as upload_media returns")
    if len(media) > 1 and any(m.media_type not in _GALLERY for m in media):
        kinds = ", ".join(m.media_type.name for m in media)
        raise InvalidArgumentError(
            f"several attachments must all be images, GIFs or videos (got {kinds}); send others alone"
        )


def media_filename(source: object, filename: str | None) -> str:
    """The name a recipient sees: ``filename``, else the path's or file object's base name."""
    if filename is None:
        name = source if isinstance(source, str | os.PathLike) else getattr(source, "name", None)
        filename = os.path.basename(os.fsdecode(name)) if isinstance(name, str | bytes | os.PathLike) else "media"
    if not isinstance(filename, str) or not filename.strip():
        raise InvalidArgumentError(f"filename must be a non-empty string, got {filename!r}")
    return filename


def guess_media_type(filename: str, dimensions: tuple[int, int] | None) -> MediaType:
    """From the file name's type (``mimetypes``), else IMAGE when the bytes had image dimensions."""
    guessed = mimetypes.guess_type(filename, strict=False)[0] or ""
    found = _MIME_TYPES.get(guessed) or _MIME_TYPES.get(guessed.partition("/")[0])
    if found is not None:
        return found
    return MediaType.IMAGE if dimensions is not None else MediaType.FILE


_MIME_TYPES = {
    "image/gif": MediaType.GIF,
    "image/svg+xml": MediaType.SVG,
    "image": MediaType.IMAGE,
    "video": MediaType.VIDEO,
    "audio": MediaType.AUDIO,
}
"""A MIME type, or its major type, -> what it is shown as."""


def segment_size(total: int, preferred: int = MIN_SEGMENT_SIZE) -> int:
    """Bytes per append: ``preferred``, or larger so that no upload needs more than 1000 segments."""
    if preferred <= 0:
        raise InvalidArgumentError(f"segment size must be positive, got {preferred}")
    return max(preferred, math.ceil(total / MAX_SEGMENTS))


def open_source(source: MediaSource) -> tuple[IO[bytes], int, bool]:
    """(binary file, its size from the current position, whether we opened it and must close it)."""
    if isinstance(source, str | os.PathLike):
        handle = open(source, "rb")  # noqa: SIM115 - closed by the caller, which owns it
        return handle, os.fstat(handle.fileno()).st_size, True
    if not hasattr(source, "read"):
        raise InvalidArgumentError(f"media must be a path or a binary file object, got {type(source).__name__}")
    start = source.tell()
    end = source.seek(0, os.SEEK_END)
    source.seek(start)
    return source, end - start, False


def open_destination(destination: str | os.PathLike[str] | IO[bytes]) -> tuple[IO[bytes], str | None]:
    """(where to write, the temporary path to rename on success, if ``destination`` is a path)."""
    if isinstance(destination, str | os.PathLike):
        temporary = f"{os.fspath(destination)}.part"
        return open(temporary, "wb"), temporary
    if not hasattr(destination, "write"):
        raise InvalidArgumentError(
            f"destination must be a path or a binary file object, got {type(destination).__name__}"
        )
    return destination, None


def close_destination(
    target: IO[bytes], temporary: str | None, destination: str | os.PathLike[str] | IO[bytes], *, keep: bool
) -> None:
    """Close a path's temporary file and rename it into place (``keep``) or remove it."""
    if temporary is None:
        return
    target.close()
    if keep:
        os.replace(temporary, os.fspath(destination))  # type: ignore[arg-type]
    else:
        os.unlink(temporary)


def rewind(target: IO[bytes], start: int | None) -> None:
    """Back to where a download started writing, dropping what it wrote (to start it over)."""
    if start is None:
        raise MediaTransferError("the download broke off and its destination cannot be rewound to start over")
    target.seek(start)
    target.truncate()


class MediaTransferError(XChatError):
    """A transfer could not be completed (beyond what retries could mend). Nothing was kept."""


class MediaDecryptionError(XChatError):
    """Downloaded media did not decrypt: cut short, tampered with, or another key. Nothing was kept."""


def decrypting(step: Callable[[], bytes]) -> bytes:
    """One push or finish of chatxdk's stream decryptor, its failure typed."""
    try:
        return step()
    except (ValueError, RuntimeError) as exc:
        raise MediaDecryptionError(f"the media could not be decrypted (truncated or tampered with?): {exc}") from None
