"""The export's files: private, locked, appended and checked line by line, never padded."""

from __future__ import annotations

import contextlib
import fcntl
import hashlib
import os
from collections.abc import Iterator
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

import orjson

from .._thrift import KEY_CHANGE_ARM, event_detail_arm

if TYPE_CHECKING:
    pass

from .values import LOCK, ExportCheckpointError, ExportInProgressError

SHOWN_ID = 80


def folder(out_dir: str | os.PathLike[str]) -> Path:
    """The export folder, created 0700 (an existing folder keeps its mode: the files are 0600)."""
    out = Path(out_dir)
    out.mkdir(mode=0o700, parents=True, exist_ok=True)
    return out


@contextlib.contextmanager
def locked(out: Path) -> Iterator[None]:
    """Hold the folder's lock for the export; refuse at once if another process holds it."""
    descriptor = os.open(out / LOCK, os.O_RDWR | os.O_CREAT, 0o600)
    try:
        try:
            fcntl.flock(descriptor, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise ExportInProgressError(out) from None
        for leftover in out.glob(".*.tmp"):  # a killed run's temporary files: nobody else writes here
            with contextlib.suppress(OSError):
                leftover.unlink()
        yield
    finally:
        os.close(descriptor)  # releases the lock


@contextlib.contextmanager
def open_private(path: Path, *, truncate: bool = False) -> Iterator[IO[bytes]]:
    """Open for writing at the end, creating the file 0600 (an existing one is narrowed to 0600)."""
    flags = os.O_WRONLY | os.O_CREAT | (os.O_TRUNC if truncate else os.O_APPEND)
    descriptor = os.open(path, flags, 0o600)
    os.fchmod(descriptor, 0o600)
    with os.fdopen(descriptor, "ab" if not truncate else "wb") as handle:
        yield handle


@contextlib.contextmanager
def appending(path: Path, size: int) -> Iterator[IO[bytes]]:
    """The file opened for appending at ``size`` (which `Job.verify` vouched for): cut back to it if
    longer, never padded."""
    with open_private(path) as handle:
        end = handle.seek(0, os.SEEK_END)
        if end < size:
            raise ExportCheckpointError(path, f"{end} bytes where {size} were verified")  # never: verify ran
        if end > size:
            handle.truncate(size)
        yield handle


def check(path: Path, size: int, tail: str | None, tail_start: int) -> str | None:
    """Why the file is not what the checkpoint says (None: its first ``size`` bytes are)."""
    if size == 0:
        return None
    if not path.exists():
        return "is missing"
    actual = path.stat().st_size
    if actual < size:
        return f"is shorter than exported ({actual} of {size} bytes)"
    with open(path, "rb") as handle:
        if tail is None:  # a checkpoint from before the line hashes: the length and a line end
            handle.seek(size - 1)
            return None if handle.read(1) == b"\n" else "does not end a line where the checkpoint says"
        handle.seek(tail_start)
        line = handle.read(size - tail_start)
    if not line.endswith(b"\n") or b"\n" in line[:-1] or digest(line) != tail:
        return "does not hold the last line the checkpoint recorded"
    return None


def temporary_path(path: Path) -> Path:
    return path.with_name(f".{path.name}.{os.getpid()}.tmp")


def digest(line: bytes) -> str:
    return hashlib.sha256(line).hexdigest()


def tail_of(lines: bytes, offset: int) -> tuple[str, int]:
    """The SHA-256 of the last line of ``lines`` (written at ``offset``) and where that line starts."""
    start = lines.rfind(b"\n", 0, len(lines) - 1) + 1
    return digest(lines[start:]), offset + start


def jsonl_lines(records: list[dict[str, Any]]) -> bytes:
    return b"".join(orjson.dumps(record) + b"\n" for record in records)


def append(handle: IO[bytes], lines: bytes) -> None:
    handle.write(lines)
    handle.flush()
    os.fsync(handle.fileno())


def read_events(path: Path, size: int) -> Iterator[dict[str, Any]]:
    """The events of the first ``size`` bytes of a raw export file, in file order."""
    if size == 0 or not path.exists():
        return
    with open(path, "rb") as handle:
        read = 0
        for line in handle:
            read += len(line)
            if read > size:
                return
            event = orjson.loads(line)
            if isinstance(event, dict):
                yield event


def is_key_change(event: dict[str, Any]) -> bool:
    encoded = event.get("encoded_event")
    return isinstance(encoded, str) and event_detail_arm(encoded) == KEY_CHANGE_ARM


def first(path: Path, field: str) -> str | None:
    """``field`` of the file's first (newest) line."""
    if not path.exists():
        return None
    with open(path, "rb") as handle:
        first = handle.readline()
    if not first.endswith(b"\n"):
        return None
    value = orjson.loads(first).get(field)
    return value if isinstance(value, str) else None


def newer(sequence_id: object, than: str | None) -> bool:
    if than is None:
        return True
    return isinstance(sequence_id, str) and sequence_id.isdigit() and than.isdigit() and int(sequence_id) > int(than)


def prepend(path: Path, lines: bytes) -> int:
    """``lines`` + the file's content into a new file renamed over it; its new size."""
    temporary = temporary_path(path)
    try:
        with open_private(temporary, truncate=True) as target:
            target.write(lines)
            if path.exists():
                with open(path, "rb") as source:
                    while chunk := source.read(1024 * 1024):
                        target.write(chunk)
            target.flush()
            os.fsync(target.fileno())
            size = target.tell()
        os.replace(temporary, path)
    finally:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(temporary)
    return size


def shown(raw: object) -> str:
    """A server-supplied ID as it may appear in a summary: printable, and not too long."""
    text = repr(raw) if not isinstance(raw, str) else raw
    printable = "".join(c if c.isprintable() else "?" for c in text)
    return printable[:SHOWN_ID] + ("…" if len(printable) > SHOWN_ID else "")
