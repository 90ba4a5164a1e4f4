"""``make demo``: the CLI against the bundled fake X server. No token, no network.

Starts the fake server with a conversation of a few thousand events, runs ``x-chat events`` over it
(progress on stderr), then prints a summary and a few events, and stops the server.
"""

from __future__ import annotations

import collections
import json
import sys
import tempfile
from datetime import UTC, datetime
from pathlib import Path

from .cli import main as cli_main
from .testing import FakeXServer

CONVERSATION = "1215441834412953600-1603419180975409153"
EVENTS = 3000


def _when(stamp: datetime) -> str:
    return stamp.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S UTC")


def run() -> int:
    with FakeXServer() as server, tempfile.TemporaryDirectory() as tmp:
        server.add_conversation(CONVERSATION, events=EVENTS)
        output = Path(tmp) / "events.jsonl"
        print(f"fake X server on {server.base_url} with conversation {CONVERSATION} ({EVENTS} events)\n")
        command = ["events", CONVERSATION, "--fields", "all", "--format", "jsonl", "--output", str(output)]
        print("$ x-chat " + " ".join(command) + " --base-url URL --token TOKEN", flush=True)
        code = cli_main([*command, "--base-url", server.base_url, "--token", server.token])
        if code:
            return code
        events = [json.loads(line) for line in output.read_text(encoding="utf-8").splitlines()]
        pages = len(server.requests_to(f"/2/chat/conversations/{CONVERSATION}/events"))
        senders = collections.Counter(event["sender_id"] for event in events)
        stamps = sorted(datetime.fromisoformat(event["created_at"]) for event in events)
        ids = {event["id"] for event in events}
        print("\nSummary")
        print(f"  events:        {len(events)} ({len(ids)} distinct ids) in {pages} pages of up to 100")
        print(f"  time span:     {_when(stamps[0])} .. {_when(stamps[-1])}")
        for sender, count in senders.most_common():
            print(f"  sender {sender}: {count} events")
        print("\nThe conversation's metadata (x-chat conversation ... --expansions participant_ids):", flush=True)
        code = cli_main(
            [
                "conversation",
                CONVERSATION,
                "--fields",
                "all",
                "--expansions",
                "participant_ids",
                "--base-url",
                server.base_url,
                "--token",
                server.token,
            ]
        )
        if code:
            return code
        print("\nNewest 3 events (x-chat events ... --limit 3):", flush=True)
        return cli_main(
            [
                "events",
                CONVERSATION,
                "--limit",
                "3",
                "--no-progress",
                "--base-url",
                server.base_url,
                "--token",
                server.token,
            ]
        )


if __name__ == "__main__":
    sys.exit(run())
