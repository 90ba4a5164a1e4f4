"""Export conversations to JSON Lines, resumable after any crash (even SIGKILL mid-write).

``export_conversations(client, out_dir)`` writes ``DIR/<conversation id>.jsonl``, one event a line in
the order X serves them (newest first), and with ``decrypt_with=keys`` the decrypted messages
alongside in ``DIR/<conversation id>.decrypted.jsonl``. Files are created 0600 and the folder 0700.

**The files are the truth; the checkpoint only speeds them up.** ``DIR/.x-chat-export.json`` records,
per conversation, the token of the next page to fetch, the events written, the byte length of the
file that holds exactly those events and a SHA-256 of its last line. Each page is appended and
fsynced *before* the checkpoint is replaced (temporary file, fsync, rename: atomic). On every run
each file is checked against it first:

- longer than recorded, with the recorded last line in place: what a killed run wrote after its
  last checkpoint (a partial line included) is cut off, and that page is fetched again;
- missing, shorter, or its recorded last line is not there: the file is not what the checkpoint
  vouches for. It is moved aside (``<id>.jsonl.replaced``) and the conversation is exported again
  from its first page; ``summary.repaired`` says so. A file is never padded.

A damaged checkpoint (cut short, not JSON, the wrong shape) is moved aside
(``.x-chat-export.json.damaged``) and rebuilt: every conversation is verified again from X. One
that cannot be read at all raises `ExportCheckpointError`, naming it and the way out.

**One run per folder.** ``DIR/.x-chat-export.lock`` is held with ``flock`` while an export runs: a
second run refuses at once (`ExportInProgressError`); a killed run's lock goes with its process.

**New events.** A finished conversation is not fetched again while X's conversation list reports
the same ``updated_at`` as when it was exported. When it changed, the export reads from the newest
page down to the newest event already in the file and puts the new events in front (a new file
renamed over the old one).

**Decrypted files** are derived from the raw ones: whenever ``<id>.decrypted.jsonl`` is missing or
not in step with ``<id>.jsonl`` (keys added on a later run, a file deleted), it is made again from
the raw events on disk, without fetching them again (`decrypt_export`, ``x-chat export
--decrypt-only``). ``summary.undecryptable`` counts the events that could not be read, by reason.
"""

from __future__ import annotations

import contextlib
import fcntl
import hashlib
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
from .thrift import KEY_CHANGE_ARM, event_detail_arm

if TYPE_CHECKING:
    from .client import ChatClient
    from .crypto import ChatKeys

__all__ = [
    "CHECKPOINT",
    "LOCK",
    "ConversationState",
    "ExportCheckpointError",
    "ExportError",
    "ExportInProgressError",
    "ExportSummary",
    "decrypt_export",
    "export_conversations",
]

CHECKPOINT = ".x-chat-export.json"
LOCK = ".x-chat-export.lock"
MAX_PAGE = 100
LONG_WAIT = 3600.0
"""The longest wait for a rate-limit window during an export (X's windows are 15 minutes)."""
_SHOWN_ID = 80


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
    resuming from its checkpoint after checking every file against it. Returns what was done; a
    conversation that fails is reported in ``summary.errors`` and the others are still exported.

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
        out_dir: The directory of the `.jsonl` files and the checkpoint (created 0700 if needed).
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
    wanted = [ConversationId.parse(c).value for c in conversation_ids] if conversation_ids is not None else None
    out = _folder(out_dir)
    summary = ExportSummary()
    with _locked(out):
        job = _Job(client, out, decrypt_with, page_size, _Checkpoint.load(out / CHECKPOINT, summary), summary, progress)
        http = client.api.get_httpx_client()
        http.event_hooks["request"].append(job.count_request)
        unsubscribe = client.rate_budget.subscribe(job.waiting) if client.rate_budget is not None else None
        try:
            listed = job.listed(wanted)
            targets = wanted if wanted is not None else list(listed)
            job.report("start", total=len(targets))
            for cid in targets:
                job.run(cid, listed)
        finally:
            if unsubscribe is not None:
                unsubscribe()
            http.event_hooks["request"].remove(job.count_request)
    summary.seconds = time.monotonic() - started
    return summary


def decrypt_export(
    client: ChatClient,
    out_dir: str | os.PathLike[str],
    keys: ChatKeys,
    conversation_ids: Iterable[str | ConversationId] | None = None,
) -> ExportSummary:
    """Make every ``<id>.decrypted.jsonl`` of an export from its raw ``<id>.jsonl`` on disk, without
    fetching the events again (the client only looks up senders' public keys). Files already in
    step with their raw file are kept. ``x-chat export --out DIR --keys FILE --decrypt-only``.

    Args:
        client: A `ChatClient`, for senders' public keys.
        out_dir: The export's folder.
        keys: Your `ChatKeys`.
        conversation_ids: Only these conversations (None: every one the checkpoint lists).
    """
    started = time.monotonic()
    out = _folder(out_dir)
    summary = ExportSummary()
    with _locked(out):
        job = _Job(client, out, keys, MAX_PAGE, _Checkpoint.load(out / CHECKPOINT, summary), summary, None)
        wanted = (
            [ConversationId.parse(c).value for c in conversation_ids]
            if conversation_ids is not None
            else list(job.checkpoint.states)
        )
        for cid in wanted:
            try:
                state = job.checkpoint.get(cid)
                job.verify(cid, state)
                job.decrypt_from_disk(cid, state)
                job.checkpoint.save()
                summary.conversations += 1
            except XChatError as exc:
                summary.errors[cid] = f"{type(exc).__name__}: {exc}"
    summary.seconds = time.monotonic() - started
    return summary


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
        """Conversation ID -> X's ``updated_at`` for it: from the conversation list when exporting
        everything (a listed ID that is not a conversation ID is reported in ``summary.errors`` and
        skipped), from each one's metadata (one request) when exporting some."""
        if wanted is not None:
            return {cid: self.updated_at(cid) for cid in wanted}
        listed: dict[str, str | None] = {}
        for conversation in self.client.iter_conversations(fields=["id", "updated_at"]):
            raw = conversation.id
            try:
                cid = ConversationId.parse(raw).value  # type: ignore[arg-type]  # checked by parse
            except XChatError as exc:
                self.summary.errors[_shown(raw)] = f"X listed an invalid conversation ID, skipped: {exc}"
                continue
            updated = conversation.updated_at
            listed[cid] = updated.isoformat() if isinstance(updated, datetime) else None
        return listed

    def updated_at(self, cid: str) -> str | None:
        """X's ``updated_at`` of one conversation (None when X does not say: it is then fetched)."""
        try:
            found = self.client.get_conversation(cid, fields=["id", "updated_at"]).data.updated_at
        except XChatError:
            return None  # reported, if it matters, by the export of its events
        return found.isoformat() if isinstance(found, datetime) else None

    def run(self, cid: str, listed: dict[str, str | None]) -> None:
        """Export or update one conversation; its failure is its own."""
        self.report("conversation", id=cid)
        state = self.checkpoint.get(cid)
        try:
            self.verify(cid, state)
            if state.done and listed.get(cid) is not None and listed.get(cid) == state.updated_at:
                self.summary.unchanged += 1
                if self.keys is not None:
                    self.decrypt_from_disk(cid, state)
                    self.checkpoint.save()
            else:
                if state.done:
                    self.update(cid, state)
                else:
                    self.export(cid, state)
                state.updated_at = listed.get(cid)
                self.checkpoint.save()
                self.summary.conversations += 1
        except XChatError as exc:
            self.summary.errors[cid] = f"{type(exc).__name__}: {exc}"
        self.report("done", id=cid)

    def path(self, cid: str, decrypted: bool = False) -> Path:
        path = self.out / f"{cid}{'.decrypted' if decrypted else ''}.jsonl"
        if path.parent != self.out:  # never: IDs are digits, dashes and a g; but nothing escapes --out
            raise ValueError(f"{cid!r} is not a conversation ID")
        return path

    # -- the files against the checkpoint ----------------------------------------------------------

    def verify(self, cid: str, state: ConversationState) -> None:
        """Make the raw file what the checkpoint vouches for: cut off what a killed run wrote after
        it, or, when the file disagrees, move it aside and start the conversation over."""
        path = self.path(cid)
        problem = _check(path, state.bytes, state.tail, state.tail_start)
        if problem is None:
            if path.exists() and path.stat().st_size > state.bytes:
                with _open_private(path) as handle:
                    handle.truncate(state.bytes)
            return
        if path.exists():
            os.replace(path, path.with_name(path.name + ".replaced"))
        self.summary.repaired[cid] = f"{path.name} {problem}: moved to {path.name}.replaced, exported again"
        fresh = ConversationState()
        for field in attrs.fields(ConversationState):
            setattr(state, field.name, getattr(fresh, field.name))
        self.checkpoint.save()

    def decrypted_in_step(self, cid: str, state: ConversationState) -> bool:
        """Whether the decrypted file is exactly what was made from the raw file as it is (a longer
        one, from a killed run, is cut back)."""
        path = self.path(cid, decrypted=True)
        if state.decrypted_of != state.raw_mark():
            return False
        if _check(path, state.decrypted_bytes, state.decrypted_tail, state.decrypted_tail_start) is not None:
            return False
        if path.exists() and path.stat().st_size > state.decrypted_bytes:
            with _open_private(path) as handle:
                handle.truncate(state.decrypted_bytes)
        return True

    def decrypt_from_disk(self, cid: str, state: ConversationState) -> None:
        """Make ``<id>.decrypted.jsonl`` from the raw file on disk unless it is in step already."""
        if self.keys is None or self.decrypted_in_step(cid, state):
            return
        raw, target = self.path(cid), self.path(cid, decrypted=True)
        written = 0
        tail: tuple[str | None, int] = (None, 0)
        temporary = _temporary(target)
        try:
            with _open_private(temporary, truncate=True) as handle:
                for page in self._decrypted_pages(cid, raw, state.bytes):
                    lines = _lines([m.to_record() for m in page.messages])
                    self.count_undecryptable(page.errors)
                    if lines:
                        handle.write(lines)
                        tail = _tail(lines, written)
                        written += len(lines)
                    self.summary.messages += len(page.messages)
                handle.flush()
                os.fsync(handle.fileno())
            os.replace(temporary, target)
        finally:
            with contextlib.suppress(FileNotFoundError):
                os.unlink(temporary)
        state.decrypted_bytes = written
        state.decrypted_tail, state.decrypted_tail_start = tail
        state.decrypted_of = state.raw_mark()

    def _decrypted_pages(self, cid: str, raw: Path, size: int) -> Iterator[Any]:
        """The raw file's events, decrypted page by page in file order, each page with every key
        change of the file (as X's meta lists them)."""
        from x_chat_generated.models.get_chat_conversation_events_response import GetChatConversationEventsResponse

        from .results import EventsPage

        assert self.keys is not None
        key_changes = [e["encoded_event"] for e in _read_events(raw, size) if _is_key_change(e)]

        def pages() -> Iterator[EventsPage]:
            chunk: list[dict[str, Any]] = []
            for event in _read_events(raw, size):
                chunk.append(event)
                if len(chunk) == MAX_PAGE:
                    yield _page(chunk)
                    chunk = []
            if chunk:
                yield _page(chunk)

        def _page(events: list[dict[str, Any]]) -> EventsPage:
            body = {"data": events, "meta": {"result_count": len(events), "conversation_key_events": key_changes}}
            return EventsPage.of(GetChatConversationEventsResponse.from_dict(body))

        return self.client._decrypted(ConversationId.parse(cid), self.keys, pages(), include_unverified=False)

    # -- fetching ----------------------------------------------------------------------------------

    def export(self, cid: str, state: ConversationState) -> None:
        """Fetch from the checkpoint's token to the oldest page, appending page by page."""
        if self.keys is not None:
            self.decrypt_from_disk(cid, state)  # what was exported before the keys were given
            self.checkpoint.save()
        with (
            _appending(self.path(cid), state.bytes) as events,
            _appending(self.path(cid, decrypted=True), state.decrypted_bytes)
            if self.keys is not None
            else contextlib.nullcontext() as messages,
        ):
            for page_events, page_messages, next_token in self.pages(cid, state.next_token):
                lines = _lines(page_events)
                _append(events, lines)
                if lines:
                    state.tail, state.tail_start = _tail(lines, state.bytes)
                state.bytes += len(lines)
                if messages is not None:
                    decrypted = _lines(page_messages)
                    _append(messages, decrypted)
                    if decrypted:
                        state.decrypted_tail, state.decrypted_tail_start = _tail(decrypted, state.decrypted_bytes)
                    state.decrypted_bytes += len(decrypted)
                    state.decrypted_of = state.raw_mark()
                    self.summary.messages += len(page_messages)
                state.events += len(page_events)
                state.next_token = next_token
                state.done = next_token is None
                self.checkpoint.save()  # after the lines are on disk: a crash before this refetches the page
                self.summary.events += len(page_events)
                self.report("events", count=len(page_events))

    def update(self, cid: str, state: ConversationState) -> None:
        """Put the events newer than the file's first line in front of it (new file, then rename)."""
        path, decrypted_path = self.path(cid), self.path(cid, decrypted=True)
        in_step = self.keys is not None and self.decrypted_in_step(cid, state)
        newest = _first(path, "id")
        newest_sequence = _first(decrypted_path, "sequence_id") if in_step else None
        fresh: list[dict[str, Any]] = []
        fresh_messages: list[dict[str, Any]] = []
        for page_events, page_messages, _ in self.pages(cid, None):
            fresh_messages += [m for m in page_messages if _newer(m.get("sequence_id"), newest_sequence)]
            ids = [e.get("id") for e in page_events]
            if newest is not None and newest in ids:
                fresh += page_events[: ids.index(newest)]
                break
            fresh += page_events
        if fresh:
            added = _lines(fresh)
            state.bytes = _prepend(path, added)
            if state.tail is None:
                state.tail, state.tail_start = _tail(added, 0)
            else:
                state.tail_start += len(added)
            state.events += len(fresh)
            self.summary.events += len(fresh)
            self.report("events", count=len(fresh))
        if self.keys is None:
            return
        if in_step:
            added = _lines(fresh_messages)
            state.decrypted_bytes = _prepend(decrypted_path, added)
            if state.decrypted_tail is None and added:
                state.decrypted_tail, state.decrypted_tail_start = _tail(added, 0)
            else:
                state.decrypted_tail_start += len(added)
            state.decrypted_of = state.raw_mark()
            self.summary.messages += len(fresh_messages)
        else:
            self.decrypt_from_disk(cid, state)

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
            self.count_undecryptable(decrypted.errors)
            events = [e.to_dict() for e in decrypted.page.data]
            yield events, [m.to_record() for m in decrypted.messages], decrypted.page.next_token

    def count_undecryptable(self, errors: Iterable[Any]) -> None:
        for error in errors:
            if error.event is not None:  # a key change of the meta is counted where it is an event
                kind = error.kind.value
                self.summary.undecryptable[kind] = self.summary.undecryptable.get(kind, 0) + 1

    def count_request(self, request: Any) -> None:
        self.summary.requests += 1

    def waiting(self, endpoint: str, seconds: float) -> None:
        self.summary.waits += 1
        self.summary.waited += seconds
        self.report("wait", seconds=seconds, endpoint=endpoint)

    def report(self, what: str, **details: Any) -> None:
        if self.progress is not None:
            self.progress(what, details)


# -- files -------------------------------------------------------------------------------------------


def _folder(out_dir: str | os.PathLike[str]) -> Path:
    """The export folder, created 0700 (an existing folder keeps its mode: the files are 0600)."""
    out = Path(out_dir)
    out.mkdir(mode=0o700, parents=True, exist_ok=True)
    return out


@contextlib.contextmanager
def _locked(out: Path) -> Iterator[None]:
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
def _open_private(path: Path, *, truncate: bool = False) -> Iterator[IO[bytes]]:
    """Open for writing at the end, creating the file 0600 (an existing one is narrowed to 0600)."""
    flags = os.O_WRONLY | os.O_CREAT | (os.O_TRUNC if truncate else os.O_APPEND)
    descriptor = os.open(path, flags, 0o600)
    os.fchmod(descriptor, 0o600)
    with os.fdopen(descriptor, "ab" if not truncate else "wb") as handle:
        yield handle


@contextlib.contextmanager
def _appending(path: Path, size: int) -> Iterator[IO[bytes]]:
    """The file opened for appending at ``size`` (which `_Job.verify` vouched for): cut back to it if
    longer, never padded."""
    with _open_private(path) as handle:
        end = handle.seek(0, os.SEEK_END)
        if end < size:
            raise ExportCheckpointError(path, f"{end} bytes where {size} were verified")  # never: verify ran
        if end > size:
            handle.truncate(size)
        yield handle


def _check(path: Path, size: int, tail: str | None, tail_start: int) -> str | None:
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
    if not line.endswith(b"\n") or b"\n" in line[:-1] or _digest(line) != tail:
        return "does not hold the last line the checkpoint recorded"
    return None


def _temporary(path: Path) -> Path:
    return path.with_name(f".{path.name}.{os.getpid()}.tmp")


def _digest(line: bytes) -> str:
    return hashlib.sha256(line).hexdigest()


def _tail(lines: bytes, offset: int) -> tuple[str, int]:
    """The SHA-256 of the last line of ``lines`` (written at ``offset``) and where that line starts."""
    start = lines.rfind(b"\n", 0, len(lines) - 1) + 1
    return _digest(lines[start:]), offset + start


def _lines(records: list[dict[str, Any]]) -> bytes:
    return b"".join(orjson.dumps(record) + b"\n" for record in records)


def _append(handle: IO[bytes], lines: bytes) -> None:
    handle.write(lines)
    handle.flush()
    os.fsync(handle.fileno())


def _read_events(path: Path, size: int) -> Iterator[dict[str, Any]]:
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


def _is_key_change(event: dict[str, Any]) -> bool:
    encoded = event.get("encoded_event")
    return isinstance(encoded, str) and event_detail_arm(encoded) == KEY_CHANGE_ARM


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
    temporary = _temporary(path)
    try:
        with _open_private(temporary, truncate=True) as target:
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


def _shown(raw: object) -> str:
    """A server-supplied ID as it may appear in a summary: printable, and not too long."""
    text = repr(raw) if not isinstance(raw, str) else raw
    printable = "".join(c if c.isprintable() else "?" for c in text)
    return printable[:_SHOWN_ID] + ("…" if len(printable) > _SHOWN_ID else "")


class _Checkpoint:
    def __init__(self, path: Path, states: dict[str, ConversationState]) -> None:
        self.path = path
        self.states = states

    @classmethod
    def load(cls, path: Path, summary: ExportSummary) -> _Checkpoint:
        """The checkpoint in ``path``; a damaged one is moved aside and rebuilt (every conversation
        is checked against X again); one that cannot be read raises `ExportCheckpointError`."""
        try:
            raw = path.read_bytes() if path.exists() or path.is_symlink() else None
        except OSError as exc:
            raise ExportCheckpointError(path, f"{type(exc).__name__}: {exc.strerror or exc}") from None
        if raw is None:
            return cls(path, {})
        try:
            return cls(path, _states(orjson.loads(raw)))
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
        temporary = _temporary(self.path)
        with _open_private(temporary, truncate=True) as handle:
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


def _states(saved: Any) -> dict[str, ConversationState]:
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
