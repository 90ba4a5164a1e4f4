"""What an export is made of and reports: its constants, errors, per-conversation state, summary."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

import attrs

from ..errors import XChatError

if TYPE_CHECKING:
    pass


CHECKPOINT = ".x-chat-export.json"
"""The checkpoint's file name in the export folder."""
LOCK = ".x-chat-export.lock"
"""The lock file's name in the export folder (held with ``flock`` while an export runs)."""
MAX_PAGE = 100
LONG_WAIT = 3600.0
"""The longest wait for a rate-limit window during an export (X's windows are 15 minutes)."""


class ExportError(XChatError):
    """The export cannot run in this folder as it is (see the subclasses)."""


class ExportCheckpointError(ExportError):
    """The checkpoint cannot be read, so it cannot be checked or rebuilt.

    Args:
        path: The checkpoint file.
        reason: Why it cannot be read.
    """

    def __init__(self, path: Path, reason: str) -> None:
        self.path = path
        super().__init__(
            f"the export checkpoint {path} cannot be read ({reason}). Fix its permissions, or move it aside "
            f"(mv {path} {path}.old) and run the export again: every conversation is then checked against X "
            "and exported again where needed"
        )


class ExportInProgressError(ExportError):
    """Another export is writing into the same folder.

    Args:
        out_dir: The folder.
    """

    def __init__(self, out_dir: Path) -> None:
        self.out_dir = out_dir
        super().__init__(
            f"another export is running into {out_dir} (it holds {out_dir / LOCK}). Wait for it to finish, "
            "or export into another folder"
        )


@attrs.define
class ConversationState:
    """One conversation's line in the checkpoint."""

    next_token: str | None = None
    events: int = 0
    bytes: int = 0
    tail: str | None = None
    """SHA-256 (hex) of the file's last line, the one that ends at ``bytes``."""
    tail_start: int = 0
    """Where that line starts."""
    done: bool = False
    updated_at: str | None = None
    decrypted_bytes: int = 0
    decrypted_tail: str | None = None
    decrypted_tail_start: int = 0
    decrypted_of: str | None = None
    """The raw file (``bytes:tail``) the decrypted file was made from: it is in step when equal."""

    def raw_mark(self) -> str:
        """The raw file's state as ``decrypted_of`` records it (``bytes:tail``)."""
        return f"{self.bytes}:{self.tail}"


@attrs.define
class ExportSummary:
    """What an export did (``x-chat export`` prints it)."""

    conversations: int = 0
    """Conversations exported or brought up to date in this run."""
    unchanged: int = 0
    """Finished conversations not fetched again (X reported no change)."""
    events: int = 0
    """Events written in this run."""
    messages: int = 0
    """Decrypted messages written in this run."""
    requests: int = 0
    waits: int = 0
    """Times a request was held back for the rate limit."""
    waited: float = 0.0
    errors: dict[str, str] = attrs.field(factory=dict)
    """Conversation ID -> what went wrong (the others were still exported)."""
    repaired: dict[str, str] = attrs.field(factory=dict)
    """Conversation ID (or the checkpoint's name) -> what did not match, and what was done about it."""
    undecryptable: dict[str, int] = attrs.field(factory=dict)
    """Why events could not be decrypted or verified (a `DecryptionErrorKind` value) -> how many."""
    seconds: float = 0.0

    def __str__(self) -> str:
        unreadable = sum(self.undecryptable.values())
        reasons = ", ".join(f"{n} {kind}" for kind, n in sorted(self.undecryptable.items()))
        return (
            f"{self.conversations} conversations exported, {self.unchanged} unchanged, {self.events} events, "
            f"{self.messages} decrypted messages, {unreadable} undecryptable events"
            + (f" ({reasons})" if reasons else "")
            + f", {len(self.repaired)} repaired, {self.requests} requests, {self.waits} rate-limit waits "
            f"({self.waited:.1f} s), {len(self.errors)} errors, {self.seconds:.1f} s"
        )


Progress = Callable[[str, dict[str, Any]], None]
"""Called with (what, details): ``start`` (total), ``conversation`` (id), ``events`` (count),
``wait`` (seconds), ``done`` (id)."""
