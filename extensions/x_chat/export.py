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

import os
import time
from collections.abc import Iterable
from typing import TYPE_CHECKING

import attrs

from .errors import XChatError
from .ids import ConversationId

if TYPE_CHECKING:
    from .client import ChatClient
    from .crypto import ChatKeys

from ._export.checkpoint import Checkpoint
from ._export.files import folder, locked
from ._export.job import Job
from ._export.values import (
    CHECKPOINT,
    LOCK,
    LONG_WAIT,
    MAX_PAGE,
    ConversationState,
    ExportCheckpointError,
    ExportError,
    ExportInProgressError,
    ExportSummary,
    Progress,
)

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
    out = folder(out_dir)
    summary = ExportSummary()
    with locked(out):
        job = Job(client, out, decrypt_with, page_size, Checkpoint.load(out / CHECKPOINT, summary), summary, progress)
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
    out = folder(out_dir)
    summary = ExportSummary()
    with locked(out):
        job = Job(client, out, keys, MAX_PAGE, Checkpoint.load(out / CHECKPOINT, summary), summary, None)
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
