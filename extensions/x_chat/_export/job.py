"""One export run: listing, fetching, verifying, decrypting, reporting."""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterable, Iterator
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

import attrs

from ..errors import XChatError
from ..ids import ConversationId

if TYPE_CHECKING:
    from ..client import ChatClient
    from ..crypto import ChatKeys

from .checkpoint import Checkpoint
from .files import (
    append,
    appending,
    check,
    first,
    is_key_change,
    jsonl_lines,
    newer,
    open_private,
    prepend,
    read_events,
    shown,
    tail_of,
    temporary_path,
)
from .values import MAX_PAGE, ConversationState, ExportSummary, Progress


@attrs.define
class Job:
    """One export run: where it writes, what it has done, whom it tells."""

    client: ChatClient
    out: Path
    keys: ChatKeys | None
    page_size: int
    checkpoint: Checkpoint
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
                self.summary.errors[shown(raw)] = f"X listed an invalid conversation ID, skipped: {exc}"
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
        problem = check(path, state.bytes, state.tail, state.tail_start)
        if problem is None:
            if path.exists() and path.stat().st_size > state.bytes:
                with open_private(path) as handle:
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
        if check(path, state.decrypted_bytes, state.decrypted_tail, state.decrypted_tail_start) is not None:
            return False
        if path.exists() and path.stat().st_size > state.decrypted_bytes:
            with open_private(path) as handle:
                handle.truncate(state.decrypted_bytes)
        return True

    def decrypt_from_disk(self, cid: str, state: ConversationState) -> None:
        """Make ``<id>.decrypted.jsonl`` from the raw file on disk unless it is in step already."""
        if self.keys is None or self.decrypted_in_step(cid, state):
            return
        raw, target = self.path(cid), self.path(cid, decrypted=True)
        written = 0
        tail: tuple[str | None, int] = (None, 0)
        temporary = temporary_path(target)
        try:
            with open_private(temporary, truncate=True) as handle:
                for page in self._decrypted_pages(cid, raw, state.bytes):
                    lines = jsonl_lines([m.to_record() for m in page.messages])
                    self.count_undecryptable(page.errors)
                    if lines:
                        handle.write(lines)
                        tail = tail_of(lines, written)
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

        from ..results import EventsPage

        assert self.keys is not None
        key_changes = [e["encoded_event"] for e in read_events(raw, size) if is_key_change(e)]

        def pages() -> Iterator[EventsPage]:
            chunk: list[dict[str, Any]] = []
            for event in read_events(raw, size):
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
            appending(self.path(cid), state.bytes) as events,
            appending(self.path(cid, decrypted=True), state.decrypted_bytes)
            if self.keys is not None
            else contextlib.nullcontext() as messages,
        ):
            for page_events, page_messages, next_token in self.pages(cid, state.next_token):
                lines = jsonl_lines(page_events)
                append(events, lines)
                if lines:
                    state.tail, state.tail_start = tail_of(lines, state.bytes)
                state.bytes += len(lines)
                if messages is not None:
                    decrypted = jsonl_lines(page_messages)
                    append(messages, decrypted)
                    if decrypted:
                        state.decrypted_tail, state.decrypted_tail_start = tail_of(decrypted, state.decrypted_bytes)
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
        newest = first(path, "id")
        newest_sequence = first(decrypted_path, "sequence_id") if in_step else None
        fresh: list[dict[str, Any]] = []
        fresh_messages: list[dict[str, Any]] = []
        for page_events, page_messages, _ in self.pages(cid, None):
            fresh_messages += [m for m in page_messages if newer(m.get("sequence_id"), newest_sequence)]
            ids = [e.get("id") for e in page_events]
            if newest is not None and newest in ids:
                fresh += page_events[: ids.index(newest)]
                break
            fresh += page_events
        if fresh:
            added = jsonl_lines(fresh)
            state.bytes = prepend(path, added)
            if state.tail is None:
                state.tail, state.tail_start = tail_of(added, 0)
            else:
                state.tail_start += len(added)
            state.events += len(fresh)
            self.summary.events += len(fresh)
            self.report("events", count=len(fresh))
        if self.keys is None:
            return
        if in_step:
            added = jsonl_lines(fresh_messages)
            state.decrypted_bytes = prepend(decrypted_path, added)
            if state.decrypted_tail is None and added:
                state.decrypted_tail, state.decrypted_tail_start = tail_of(added, 0)
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
