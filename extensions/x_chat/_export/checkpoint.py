"""The checkpoint: what the files vouch for, saved atomically after each page."""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING, Any

import attrs
import orjson

from ..ids import ConversationId

if TYPE_CHECKING:
    pass

from .files import open_private, temporary_path
from .values import CHECKPOINT, ConversationState, ExportCheckpointError, ExportSummary


class Checkpoint:
    def __init__(self, path: Path, states: dict[str, ConversationState]) -> None:
        self.path = path
        self.states = states

    @classmethod
    def load(cls, path: Path, summary: ExportSummary) -> Checkpoint:
        """The checkpoint in ``path``; a damaged one is moved aside and rebuilt (every conversation
        is checked against X again); one that cannot be read raises `ExportCheckpointError`."""
        try:
            raw = path.read_bytes() if path.exists() or path.is_symlink() else None
        except OSError as exc:
            raise ExportCheckpointError(path, f"{type(exc).__name__}: {exc.strerror or exc}") from None
        if raw is None:
            return cls(path, {})
        try:
            return cls(path, states(orjson.loads(raw)))
        except (orjson.JSONDecodeError, ValueError, TypeError, KeyError, AttributeError) as exc:
            aside = path.with_name(path.name + ".damaged")
            try:
                os.replace(path, aside)
            except OSError as moved:
                raise ExportCheckpointError(path, f"damaged ({exc}) and cannot be moved aside: {moved}") from None
            summary.repaired[CHECKPOINT] = (
                f"damaged ({type(exc).__name__}): moved to {aside.name}; every conversation is checked again"
            )
            return cls(path, {})

    def get(self, cid: str) -> ConversationState:
        return self.states.setdefault(cid, ConversationState())

    def save(self) -> None:
        """Atomically: a temporary file, fsynced, renamed over the checkpoint."""
        body = {"version": 2, "conversations": {cid: attrs.asdict(s) for cid, s in self.states.items()}}
        temporary = temporary_path(self.path)
        with open_private(temporary, truncate=True) as handle:
            handle.write(orjson.dumps(body, option=orjson.OPT_INDENT_2))
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temporary, self.path)


_TYPES: dict[str, tuple[type, ...]] = {
    "next_token": (str, type(None)),
    "events": (int,),
    "bytes": (int,),
    "tail": (str, type(None)),
    "tail_start": (int,),
    "done": (bool,),
    "updated_at": (str, type(None)),
    "decrypted_bytes": (int,),
    "decrypted_tail": (str, type(None)),
    "decrypted_tail_start": (int,),
    "decrypted_of": (str, type(None)),
}


def states(saved: Any) -> dict[str, ConversationState]:
    """The conversations of a parsed checkpoint, every field checked (ValueError: the wrong shape)."""
    if not isinstance(saved, dict) or not isinstance(saved.get("conversations"), dict):
        raise ValueError("no conversations")
    states = {}
    for cid, fields in saved["conversations"].items():
        ConversationId.parse(cid)
        if not isinstance(fields, dict) or not set(fields) <= set(_TYPES):
            raise ValueError(f"{cid}: unknown fields")
        for name, value in fields.items():
            if not isinstance(value, _TYPES[name]) or (isinstance(value, bool) and bool not in _TYPES[name]):
                raise ValueError(f"{cid}.{name}: {type(value).__name__}")
            if isinstance(value, int) and not isinstance(value, bool) and value < 0:
                raise ValueError(f"{cid}.{name}: negative")
        state = ConversationState(**fields)
        if state.tail_start > state.bytes or state.decrypted_tail_start > state.decrypted_bytes:
            raise ValueError(f"{cid}: a line that starts after the end")
        states[ConversationId.parse(cid).value] = state
    return states
