"""The client methods' shared arguments, documented once.

A method's docstring documents only what is particular to it; an argument named here and not in its
``Args`` section gets this text. Two places read it: `per_call` (so ``help()`` shows every argument)
and ``docs/griffe_shared_args.py`` (so the API reference does, and tests/test_api_reference.py checks
them there). A method documents an argument itself when it means something else there.
"""

from __future__ import annotations

import functools
import re
import textwrap
from collections.abc import Iterable

SHARED_ARGS: dict[str, str] = {
    "conversation_id": (
        "A conversation ID in any of X's three forms (`low-high` direct, `g…` group, or a bare user ID "
        "for your direct conversation with that user), or a `ConversationId`. Checked before any request."
    ),
    "broadcast_id": (
        "A live broadcast's ID (1 to 13 ASCII letters and digits, e.g. `1yNGaQLWpejGj`). Checked before any request."
    ),
    "keys": "Your `ChatKeys` (key blob, registered key version, user ID): needed to encrypt, sign and decrypt.",
    "fields": (
        'The fields to select: names or enum members, `"all"`, or None for X\'s defaults. An unknown '
        "name raises `InvalidFieldError` before any request."
    ),
    "expansions": 'Objects to expand into `includes` (e.g. `["member_ids"]`), `"all"`, or None.',
    "user_fields": 'The fields of expanded users (e.g. `["username"]`), `"all"`, or None.',
    "max_results": "Items per page (1 to 100), or None for X's default.",
    "pagination_token": "The `next_token` of the previous page, or None for the first page.",
    "page_size": "Items per request while iterating (1 to 100).",
    "start_token": "Resume an iteration from a saved `next_token` (None: from the newest page).",
    "strict": (
        "Raise `PartialResponseError` when a page carries `errors` next to its data; by default a "
        "`PartialErrorsWarning` is issued and the iteration goes on."
    ),
    "limit": "Stop after this many items (None: all of them).",
    "backfill_minutes": "The first connection's backfill: 0 to 5 minutes of what X delivered before it.",
    "stall_timeout": (
        "Seconds of silence (keep-alives count as life) after which the stream's connection is treated "
        "as dead and replaced; X sends a keep-alive about every 20 s."
    ),
    "backoff": (
        "Scales X's documented reconnect delays (1.0: as documented; 0.01 for tests); a 429's "
        "`x-rate-limit-reset` is always honoured as sent."
    ),
    "include_unverified": (
        "Also return messages whose signature does not verify, marked `verified=False` (never trust "
        "their sender or content). Off by default."
    ),
    "progress": "Called as `progress(done_bytes, total_bytes)` after every segment (None: silent).",
    "target_sequence_id": "The sequence ID of the message acted on (as a string of digits).",
    "emoji": "The reaction, one emoji.",
}

_SECTION = re.compile(r"^(Args|Arguments|Parameters|Returns|Yields|Raises|Examples?|Notes?|Warns?):\s*$")
_ENTRY = re.compile(r"^    (\w+)(?: \([^)]*\))?:")


@functools.cache
def _entry(name: str) -> tuple[str, ...]:
    """``name``'s Args entry, wrapped once (textwrap is most of the cost: every method asks)."""
    return tuple(
        textwrap.wrap(f"{name}: {SHARED_ARGS[name]}", width=100, initial_indent="    ", subsequent_indent="        ")
    )


def with_shared_args(doc: str, parameters: Iterable[str]) -> str:
    """``doc`` (a cleaned docstring: no common indentation) with an ``Args`` entry for each of
    ``parameters`` that it does not document and `SHARED_ARGS` does, in ``parameters``' order."""
    lines = doc.splitlines()
    start = next((i for i, line in enumerate(lines) if line.strip() in ("Args:", "Arguments:")), None)
    if start is None:
        end = next((i for i, line in enumerate(lines) if _SECTION.match(line)), len(lines))
        while end > 0 and not lines[end - 1].strip():
            end -= 1
        lines[end:end] = ["", "Args:"]
        start, stop = end + 1, end + 2
    else:
        stop = start + 1
        while stop < len(lines) and (lines[stop].startswith("    ") or not lines[stop].strip()):
            stop += 1
        while stop > start + 1 and not lines[stop - 1].strip():
            stop -= 1
    entries: dict[str, list[str]] = {}
    current: list[str] | None = None
    for line in lines[start + 1 : stop]:
        found = _ENTRY.match(line)
        if found:
            current = entries.setdefault(found.group(1), [])
        if current is not None:
            current.append(line)
    order = list(parameters)
    missing = [name for name in order if name in SHARED_ARGS and name not in entries]
    if not missing:
        return doc
    for name in missing:
        entries[name] = list(_entry(name))
    rank = {name: i for i, name in enumerate(order)}
    block = [line for name in sorted(entries, key=lambda n: rank.get(n, len(rank))) for line in entries[name]]
    return "\n".join([*lines[: start + 1], *block, *lines[stop:]])
