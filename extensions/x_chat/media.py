"""Media transfers, the parts without I/O: where the bytes come from, how they are cut into segments,
what an upload returns. The transfers themselves are client methods (``upload_media``,
``download_media``), encrypted with the conversation key by chatxdk's stream cipher, which adds
24 bytes, then 17 bytes per KiB.
"""

from __future__ import annotations

import math
import os
from collections.abc import Callable
from typing import IO, Final

import attrs

from .errors import XChatError

__all__ = [
    "MAX_SEGMENTS",
    "MIN_SEGMENT_SIZE",
    "MediaSource",
    "Progress",
    "UploadedMedia",
    "close_destination",
    "open_destination",
    "open_source",
    "segment_size",
]

MAX_SEGMENTS: Final = 1000
"""X takes at most this many appends per upload (segment indexes 0 to 999)."""
MIN_SEGMENT_SIZE: Final = 1024 * 1024

MediaSource = str | os.PathLike[str] | IO[bytes]
Progress = Callable[[int, int], None]
"""Called with (bytes sent or received so far, total bytes) after every segment or chunk."""


@attrs.frozen
class UploadedMedia:
    """A finished upload: ``media_hash_key`` is what a message attaches and a download asks for."""

    conversation_id: str
    media_hash_key: str
    session_id: str
    size: int
    """Plaintext bytes."""
    encrypted_size: int
    segments: int


def segment_size(total: int, preferred: int = MIN_SEGMENT_SIZE) -> int:
    """Bytes per append: ``preferred``, or larger so that no upload needs more than 1000 segments."""
    if preferred <= 0:
        raise ValueError(f"segment size must be positive, got {preferred}")
    return max(preferred, math.ceil(total / MAX_SEGMENTS))


def open_source(source: MediaSource) -> tuple[IO[bytes], int, bool]:
    """(binary file, its size from the current position, whether we opened it and must close it)."""
    if isinstance(source, str | os.PathLike):
        handle = open(source, "rb")  # noqa: SIM115 - closed by the caller, which owns it
        return handle, os.fstat(handle.fileno()).st_size, True
    if not hasattr(source, "read"):
        raise TypeError(f"media must be a path or a binary file object, got {type(source).__name__}")
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
        raise TypeError(f"destination must be a path or a binary file object, got {type(destination).__name__}")
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


class MediaDecryptionError(XChatError):
    """Downloaded media did not decrypt: cut short, tampered with, or another key. Nothing was kept."""


def decrypting(step: Callable[[], bytes]) -> bytes:
    """One push or finish of chatxdk's stream decryptor, its failure typed."""
    try:
        return step()
    except (ValueError, RuntimeError) as exc:
        raise MediaDecryptionError(f"the media could not be decrypted (truncated or tampered with?): {exc}") from None
