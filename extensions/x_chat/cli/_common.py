"""What the commands share: exit codes, credentials, the client, output formats and progress."""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Iterator
from typing import IO, TYPE_CHECKING, Any

if TYPE_CHECKING:
    from x_chat_generated.models.chat_message_event import ChatMessageEvent


EXIT_OK, EXIT_API, EXIT_USAGE, EXIT_TRUST, EXIT_AUTH, EXIT_INTERRUPTED = 0, 1, 2, 3, 4, 130
"""0 ok; 1 an API or network failure; 2 bad input or usage (a missing or unreadable file argument
included); 3 the server's answer failed a trust check (nothing was sent); 4 credentials missing or
refused; 130 interrupted."""

NO_CREDENTIALS = (
    "no credentials: pass --token TOKEN, set X_BEARER_TOKEN (an OAuth 2.0 user access token), "
    "or run `x-chat auth login`"
)


def parse_time(value: str | None) -> Any:
    if value is None:
        return None
    from ..times import parse_time

    return parse_time(value)


def show_progress(asked: bool) -> bool:
    """Progress bars go to a terminal only: in a log or a pipe, cursor escapes are noise."""
    return asked and sys.stderr.isatty()


def progress_bar(enabled: bool) -> Any:
    if not show_progress(enabled):
        return None
    from tqdm import tqdm

    return tqdm(desc="events", unit=" ev", file=sys.stderr, dynamic_ncols=True, leave=True)


def event_row(event: ChatMessageEvent) -> dict[str, Any]:
    return event.to_dict()


def write_table(events: Iterator[ChatMessageEvent], out: IO[str]) -> int:
    from ..times import created_at

    header = f"{'created_at (UTC)':<24} {'id':<36} {'sender_id':<20} {'previous_id':<36} encoded_event"
    out.write(header + "\n")
    count = 0
    for event in events:
        when = created_at(event)
        stamp = when.strftime("%Y-%m-%d %H:%M:%S.%f")[:-3] if when else "-"
        blob = event.encoded_event if isinstance(event.encoded_event, str) else "-"
        blob = blob[:24] + "..." if len(blob) > 27 else blob
        out.write(
            f"{stamp:<24} {text(event.id):<36} {text(event.sender_id):<20} {text(event.previous_id):<36} {blob}\n"
        )
        count += 1
    return count


def text(value: object) -> str:
    return value if isinstance(value, str) else "-"


def write_jsonl(events: Iterator[ChatMessageEvent], out: IO[str]) -> int:
    count = 0
    for event in events:
        out.write(json_line(event) + "\n")
        count += 1
    return count


def json_row(model: Any) -> dict[str, Any]:
    """A generated model as JSON, with every field of its schema: the absent ones null."""
    import attrs

    names = [field.name.rstrip("_") for field in attrs.fields(type(model)) if field.name != "additional_properties"]
    return {**dict.fromkeys(names), **model.to_dict()}


def json_line(model: Any) -> str:
    return json.dumps(json_row(model), separators=(",", ":"), sort_keys=True, ensure_ascii=False)


def counted(events: Iterator[ChatMessageEvent], bar: Any) -> Iterator[ChatMessageEvent]:
    for event in events:
        if bar is not None:
            bar.update(1)
        yield event


def credentials(args: argparse.Namespace) -> tuple[str | None, Any]:
    """--token, else $X_BEARER_TOKEN, else the tokens `x-chat auth login` stored (self-refreshing)."""
    token = args.token if args.token is not None else os.environ.get("X_BEARER_TOKEN")
    if token is not None:
        return token, None
    from ..token_store import StoredLogin

    stored = StoredLogin.load()
    return None, stored.auth() if stored is not None else None


RATE_BUDGET_ENV = "X_CHAT_RATE_BUDGET"


def pacing_of(args: argparse.Namespace, default_file: str | None = None) -> Any:
    """The rate-limit budget ``--rate-budget`` (else ``$X_CHAT_RATE_BUDGET``, else ``default_file``)
    names: a Redis URL shares one budget between processes (`RedisRateBudget`), a file path keeps
    this process's windows for the next run (`RateBudget(path=...)`); nothing: True, a budget of the
    client's own."""
    where = getattr(args, "rate_budget", None) or os.environ.get(RATE_BUDGET_ENV) or default_file
    if not where:
        return True
    if where.startswith(("redis://", "rediss://", "unix://")):
        from ..pacing_redis import RedisRateBudget

        return RedisRateBudget(where)
    from ..pacing import RateBudget

    return RateBudget(path=where)


def open_client(args: argparse.Namespace, *, budget_file: str | None = None) -> Any:
    """The client the command's options describe: credentials, base URL and rate-limit budget.

    Args:
        args: The parsed command line.
        budget_file: Where this command keeps its rate-limit windows when none is named.
    """
    from ..client import ChatClient

    token, auth = credentials(args)
    return ChatClient(token=token, auth=auth, base_url=args.base_url, pacing=pacing_of(args, budget_file))


def print_message(message: Any, fmt: str) -> None:
    if fmt == "jsonl":
        print(json.dumps(message.to_record(), ensure_ascii=False))
        return
    when = message.created_at.strftime("%Y-%m-%d %H:%M:%S") if message.created_at else "-"
    text = message.text if message.text is not None else (message.emoji or "")
    if message.target_sequence_id:
        text = f"{text} (on {message.target_sequence_id})"
    if message.group_change is not None:
        change = message.group_change
        text = f"{change.change_type} {','.join(change.member_ids)}" + (f" {change.title!r}" if change.title else "")
    for media in message.media:
        text = f"{text} [{(media.media_type or 'media').lower()}: {media.filename or '?'} {media.media_hash_key}]"
    if not message.verified:
        text = f"[UNVERIFIED: do not trust its sender or content] {text}"
    print(
        f"{when:<20} {message.sender_id:<20} {message.kind.value:<16} {'yes' if message.verified else 'NO':<3} {text}"
    )
