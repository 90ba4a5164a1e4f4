"""The commands that read: events, conversations and decrypted messages."""

from __future__ import annotations

import argparse
import json
import sys
import time
from typing import IO, TYPE_CHECKING

if TYPE_CHECKING:
    pass

from ._common import (
    EXIT_OK,
    counted,
    json_line,
    json_row,
    open_client,
    parse_time,
    print_message,
    progress_bar,
    write_jsonl,
    write_table,
)


def events_command(args: argparse.Namespace) -> int:

    started = time.perf_counter()
    with open_client(args) as client:
        events = client.iter_conversation_events(
            args.conversation_id,
            fields=args.fields,
            limit=args.limit,
            page_size=args.page_size,
            start_token=args.start_token,
            since=parse_time(args.since),
            until=parse_time(args.until),
        )
        bar = progress_bar(not args.no_progress)
        out: IO[str] = open(args.output, "w", encoding="utf-8") if args.output else sys.stdout  # noqa: SIM115
        try:
            write = write_jsonl if args.format == "jsonl" or args.json else write_table
            count = write(counted(events, bar), out)
        finally:
            if bar is not None:
                bar.close()
            if out is not sys.stdout:
                out.close()
    seconds = time.perf_counter() - started
    print(f"x-chat: {count} events from {args.conversation_id} in {seconds:.2f}s", file=sys.stderr)
    return EXIT_OK


def conversation_command(args: argparse.Namespace) -> int:

    with open_client(args) as client:
        if args.command == "conversation":
            found = client.get_conversation(
                args.conversation_id, fields=args.fields, expansions=args.expansions, user_fields=args.user_fields
            )
            document = {**found.model.to_dict(), "data": json_row(found.data)}
            if args.json:
                print(json.dumps(document, separators=(",", ":"), sort_keys=True, ensure_ascii=False))
            else:
                print(json.dumps(document, indent=2, sort_keys=True, ensure_ascii=False))
            return EXIT_OK
        for item in client.iter_conversations(fields=args.fields, limit=args.limit):
            print(json_line(item))
    return EXIT_OK


def messages_command(args: argparse.Namespace) -> int:
    from ..crypto import ChatKeys

    keys = ChatKeys.from_key_file(args.keys)
    bar = progress_bar(not args.no_progress)
    count = problems = 0
    with open_client(args) as client:
        fmt = "jsonl" if args.json else args.format
        if fmt == "table":
            print(f"{'created_at (UTC)':<20} {'sender_id':<20} {'kind':<16} {'ok':<3} text")
        pages = client.iter_decrypted_pages(args.conversation_id, keys=keys, include_unverified=args.include_unverified)
        for page in pages:
            problems += len(page.errors)
            for error in page.errors:
                where = error.event_id or error.sequence_id or "?"
                line = f"x-chat: event {where}: {error.kind.value}: {error.reason}"
                if bar is not None:
                    bar.write(line, file=sys.stderr)  # above the bar, not through it
                else:
                    print(line, file=sys.stderr)
            for message in page.messages:
                if args.limit is not None and count >= args.limit:
                    break
                count += 1
                if bar is not None:
                    bar.update(1)
                print_message(message, fmt)
            if args.limit is not None and count >= args.limit:
                break
    if bar is not None:
        bar.close()
    print(f"x-chat: {count} messages, {problems} unreadable events", file=sys.stderr)
    return EXIT_OK
