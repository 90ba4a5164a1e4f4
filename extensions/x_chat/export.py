"""Export conversations to JSON Lines, resumable after any crash (even SIGKILL mid-write).

``export_conversations(client, out_dir)`` writes ``DIR/<conversation id>.jsonl``, one event a line in
the order X serves them (newest first), and with ``decrypt_with=keys`` the decrypted messages
alongside in ``DIR/<conversation id>.decrypted.jsonl``.

**Nothing lost, nothing twice.** ``DIR/.x-chat-export.json`` is the checkpoint: per conversation,
the token of the next page to fetch, the events written and the byte length of each file that
holds exactly those events. Each page is appended and flushed to disk *before* the checkpoint is
replaced (written to a temporary file, fsynced, renamed: atomic). A rerun truncates each file back to
the checkpoint's length, dropping whatever a killed run wrote after it (a partial line included),
and fetches again from the checkpoint's token: at most one page per conversation is fetched twice.

**New events.** A finished conversation is not fetched again while X's conversation list reports
the same ``updated_at`` as when it was exported. When it changed, the export reads from the newest
page down to the newest event already in the file (the file's first line, so a crash after the
rewrite is never counted twice) and puts the new events in front, by writing a new file and
renaming it over the old one.
"""

from __future__ import annotations

import contextlib
import os
import time
from collections.abc import Callable, Iterable, Iterator
from datetime import datetime
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

import attrs
import orjson

from .errors import XChatError
from .ids import ConversationId

if TYPE_CHECKING:
    from .client import ChatClient
    from .crypto import ChatKeys

__all__ = ["CHECKPOINT", "ConversationState", "ExportSummary", "export_conversations"]

CHECKPOINT = ".x-chat-export.json"
MAX_PAGE = 100
LONG_WAIT = 3600.0
"""The longest wait for a rate-limit window during an export (X's windows are 15 minutes)."""


@attrs.define
class ConversationState:
    """One conversation's line in the checkpoint."""

    next_token: str | None = None
    events: int = 0
    bytes: int = 0
    decrypted_bytes: int = 0
    done: bool = False
    updated_at: str | None = None


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
    seconds: float = 0.0

    def __str__(self) -> str:
        return (
            f"{self.conversations} conversations exported, {self.unchanged} unchanged, {self.events} events, "
            f"{self.messages} decrypted messages, {self.requests} requests, {self.waits} rate-limit waits "
            f"({self.waited:.1f} s), {len(self.errors)} errors, {self.seconds:.1f} s"
        )


Progress = Callable[[str, dict[str, Any]], None]
"""Called with (what, details): ``start`` (total), ``conversation`` (id), ``events`` (count),
``wait`` (seconds), ``done`` (id)."""


def export_conversations(
    client: ChatClient,
    out_dir: str | os.PathLike[str],
    conversation_ids: Iterable[str | ConversationId] | None = None,
    decrypt_with: ChatKeys | None = None,
    *,
    progress: Progress | None = None,
    page_size: int = MAX_PAGE,
) -> ExportSummary:
    """Export conversations (all of yours when ``conversation_ids`` is None) into ``out_dir``,
    resuming from its checkpoint. Returns what was done; a conversation that fails is reported in
    ``summary.errors`` and the others are still exported.

    Examples:
        ```py
        from x_chat import ChatClient
        from x_chat.export import export_conversations

        with ChatClient() as client:
            summary = export_conversations(client, "backup", ["g1234567890123456789"])
            print(summary.conversations, summary.events, summary.errors)
            #> 1 250 {}
            again = export_conversations(client, "backup", ["g1234567890123456789"])  # resumes: nothing new
            print(again.events)
            #> 0
        ```

    Args:
        client: A `ChatClient` (its pacing keeps the export within X's rate limits).
        out_dir: The directory of the `.jsonl` files and the checkpoint (created if needed).
        conversation_ids: The conversations to export; None: all of yours (from the conversation
            list).
        decrypt_with: `ChatKeys` to also write `<id>.decrypted.jsonl` (None: ciphertext only).
        progress: Called as `progress(what, details)` on each step (`start`, `page`, `done`, `wait`,
            ...).
        page_size: Events per request (1 to 100).
    """
    started = time.monotonic()
    # a long job waits out X's 15-minute windows instead of giving up after a minute
    client = client.with_options(
        retry=attrs.evolve(client.retry, max_rate_limit_wait=max(client.retry.max_rate_limit_wait, LONG_WAIT))
    )
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    wanted = [ConversationId.parse(c).value for c in conversation_ids] if conversation_ids is not None else None
    job = _Job(client, out, decrypt_with, page_size, _Checkpoint(out / CHECKPOINT), ExportSummary(), progress)
    http = client.api.get_httpx_client()
    http.event_hooks["request"].append(job.count_request)
    unsubscribe = client.rate_budget.subscribe(job.waiting) if client.rate_budget is not None else None
    try:
        listed = job.listed(wanted)
        targets = wanted if wanted is not None else list(listed)
        job.report("start", total=len(targets))
        for cid in targets:
            job.report("conversation", id=cid)
            state = job.checkpoint.get(cid)
            try:
                if state.done and listed.get(cid) is not None and listed.get(cid) == state.updated_at:
                    job.summary.unchanged += 1
                else:
                    if state.done:
                        job.update(cid, state)
                    else:
                        job.export(cid, state)
                    state.updated_at = listed.get(cid)
                    job.checkpoint.save()
                    job.summary.conversations += 1
            except XChatError as exc:
                job.summary.errors[cid] = f"{type(exc).__name__}: {exc}"
            job.report("done", id=cid)
    finally:
        if unsubscribe is not None:
            unsubscribe()
        http.event_hooks["request"].remove(job.count_request)
    job.summary.seconds = time.monotonic() - started
    return job.summary


@attrs.define
class _Job:
    """One export run: where it writes, what it has done, whom it tells."""

    client: ChatClient
    out: Path
    keys: ChatKeys | None
    page_size: int
    checkpoint: _Checkpoint
    summary: ExportSummary
    progress: Progress | None

    def listed(self, wanted: list[str] | None) -> dict[str, str | None]:
        """Conversation ID -> X's ``updated_at`` for it, from the conversation list (only read when
        exporting everything, or when a wanted conversation is already finished)."""
        if wanted is not None and not any(self.checkpoint.get(cid).done for cid in wanted):
            return {}
        listed: dict[str, str | None] = {}
        for conversation in self.client.iter_conversations(fields=["id", "updated_at"]):
            if isinstance(conversation.id, str):
                updated = conversation.updated_at
                listed[ConversationId.parse(conversation.id).value] = (
                    updated.isoformat() if isinstance(updated, datetime) else None
                )
        return listed

    def export(self, cid: str, state: ConversationState) -> None:
        """Fetch from the checkpoint's token to the oldest page, appending page by page."""
        with (
            _truncated(self.out / f"{cid}.jsonl", state.bytes) as events,
            _truncated(self.out / f"{cid}.decrypted.jsonl", state.decrypted_bytes)
            if self.keys is not None
            else contextlib.nullcontext() as messages,
        ):
            for page_events, page_messages, next_token in self.pages(cid, state.next_token):
                lines = _lines(page_events)
                _append(events, lines)
                if messages is not None:
                    decrypted = _lines(page_messages)
                    _append(messages, decrypted)
                    state.decrypted_bytes += len(decrypted)
                    self.summary.messages += len(page_messages)
                state.bytes += len(lines)
                state.events += len(page_events)
                state.next_token = next_token
                state.done = next_token is None
                self.checkpoint.save()  # after the lines are on disk: a crash before this refetches the page
                self.summary.events += len(page_events)
                self.report("events", count=len(page_events))

    def update(self, cid: str, state: ConversationState) -> None:
        """Put the events newer than the file's first line in front of it (new file, then rename)."""
        path, decrypted_path = self.out / f"{cid}.jsonl", self.out / f"{cid}.decrypted.jsonl"
        newest = _first(path, "id")
        newest_sequence = _first(decrypted_path, "sequence_id") if self.keys is not None else None
        fresh: list[dict[str, Any]] = []
        fresh_messages: list[dict[str, Any]] = []
        for page_events, page_messages, _ in self.pages(cid, None):
            fresh_messages += [m for m in page_messages if _newer(m.get("sequence_id"), newest_sequence)]
            ids = [e.get("id") for e in page_events]
            if newest is not None and newest in ids:
                fresh += page_events[: ids.index(newest)]
                break
            fresh += page_events
        if not fresh:
            return
        state.bytes = _prepend(path, _lines(fresh))
        if self.keys is not None:
            state.decrypted_bytes = _prepend(decrypted_path, _lines(fresh_messages))
            self.summary.messages += len(fresh_messages)
        state.events += len(fresh)
        self.summary.events += len(fresh)
        self.report("events", count=len(fresh))

    def pages(
        self, cid: str, start_token: str | None
    ) -> Iterator[tuple[list[dict[str, Any]], list[dict[str, Any]], str | None]]:
        """(events, decrypted messages, next token) page by page."""
        client, size = self.client, self.page_size
        if self.keys is None:
            for page in client.iter_conversation_pages(cid, fields="all", page_size=size, start_token=start_token):
                yield [e.to_dict() for e in page.data], [], page.next_token
            return
        for decrypted in client.iter_decrypted_pages(cid, keys=self.keys, page_size=size, start_token=start_token):
            events = [e.to_dict() for e in decrypted.page.data]
            yield events, [m.to_record() for m in decrypted.messages], decrypted.page.next_token

    def count_request(self, request: Any) -> None:
        self.summary.requests += 1

    def waiting(self, endpoint: str, seconds: float) -> None:
        self.summary.waits += 1
        self.summary.waited += seconds
        self.report("wait", seconds=seconds, endpoint=endpoint)

    def report(self, what: str, **details: Any) -> None:
        if self.progress is not None:
            self.progress(what, details)


def _lines(records: list[dict[str, Any]]) -> bytes:
    return b"".join(orjson.dumps(record) + b"\n" for record in records)


def _append(handle: IO[bytes], lines: bytes) -> None:
    handle.write(lines)
    handle.flush()
    os.fsync(handle.fileno())


@contextlib.contextmanager
def _truncated(path: Path, size: int) -> Iterator[IO[bytes]]:
    """The file opened for appending, cut back to ``size`` bytes (what the checkpoint vouches for)."""
    with open(path, "ab") as handle:
        handle.truncate(size)
        handle.seek(size)
        yield handle


def _first(path: Path, field: str) -> str | None:
    """``field`` of the file's first (newest) line."""
    if not path.exists():
        return None
    with open(path, "rb") as handle:
        first = handle.readline()
    if not first.endswith(b"\n"):
        return None
    value = orjson.loads(first).get(field)
    return value if isinstance(value, str) else None


def _newer(sequence_id: object, than: str | None) -> bool:
    if than is None:
        return True
    return isinstance(sequence_id, str) and sequence_id.isdigit() and than.isdigit() and int(sequence_id) > int(than)


def _prepend(path: Path, lines: bytes) -> int:
    """``lines`` + the file's content into a new file renamed over it; its new size."""
    temporary = path.with_name(path.name + ".tmp")
    with open(temporary, "wb") as target:
        target.write(lines)
        if path.exists():
            with open(path, "rb") as source:
                while chunk := source.read(1024 * 1024):
                    target.write(chunk)
        target.flush()
        os.fsync(target.fileno())
        size = target.tell()
    os.replace(temporary, path)
    return size


class _Checkpoint:
    def __init__(self, path: Path) -> None:
        self.path = path
        self.states: dict[str, ConversationState] = {}
        if path.exists():
            saved = orjson.loads(path.read_bytes())
            for cid, fields in saved.get("conversations", {}).items():
                self.states[cid] = ConversationState(**fields)

    def get(self, cid: str) -> ConversationState:
        return self.states.setdefault(cid, ConversationState())

    def save(self) -> None:
        """Atomically: a temporary file, fsynced, renamed over the checkpoint."""
        body = {"version": 1, "conversations": {cid: attrs.asdict(s) for cid, s in self.states.items()}}
        temporary = self.path.with_name(self.path.name + ".tmp")
        with open(temporary, "wb") as handle:
            handle.write(orjson.dumps(body, option=orjson.OPT_INDENT_2))
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temporary, self.path)
