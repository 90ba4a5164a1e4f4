"""``make demo``: the CLI against the bundled fake X server. No token, no network.

Two users, Alice and Bob, each make chat keys and register them. Alice starts a conversation (its
key change comes first), they write to each other end-to-end encrypted, Bob reacts, Alice marks the
conversation read; then Bob reads everything back, decrypted and verified. Every step is an
``x-chat`` command, printed before it runs. Finally the inbox and the raw (still encrypted) events,
to show what X itself stores.
"""

from __future__ import annotations

import contextlib
import io
import json
import shlex
import sys
import tempfile
from pathlib import Path

from .cli import main as cli_main
from .testing import FakeXServer

ALICE, BOB = "1215441834412953600", "1603419180975409153"
CONVERSATION = f"{ALICE}-{BOB}"


class _Demo:
    def __init__(self, server: FakeXServer, folder: Path) -> None:
        self.server = server
        self.folder = folder
        self.tokens = {ALICE: server.add_user(ALICE), BOB: server.add_user(BOB)}

    def keys(self, user: str) -> str:
        return str(self.folder / f"{'alice' if user == ALICE else 'bob'}-keys.json")

    def run(self, who: str, *args: str, connect: bool = True) -> str:
        """Run ``x-chat ARGS`` as ``who``, echoing the command; returns what it printed on stdout."""
        shown = " ".join(shlex.quote(a) for a in args)
        print(f"\n[{who}] $ x-chat {shown}", flush=True)
        extra = ["--base-url", self.server.base_url, "--token", self.tokens[ALICE if who == "alice" else BOB]]
        out = io.StringIO()
        with contextlib.redirect_stdout(out):
            code = cli_main([*args, *extra] if connect else list(args))
        print(out.getvalue(), end="", flush=True)
        if code:
            raise SystemExit(code)
        return out.getvalue()


def run() -> int:
    with FakeXServer() as server, tempfile.TemporaryDirectory() as tmp:
        demo = _Demo(server, Path(tmp))
        print(f"fake X server on {server.base_url}; Alice is user {ALICE}, Bob is user {BOB}")

        print("\n1. Each user makes chat keys (kept in a 0600 key file) and registers the public half with X.")
        for who, user in (("alice", ALICE), ("bob", BOB)):
            demo.run(who, "keys", "generate", "--user-id", user, "--out", demo.keys(user), connect=False)
            demo.run(who, "keys", "register", "--keys", demo.keys(user))

        print("\n2. Alice writes first: x-chat fetches both public keys, checks their signatures, sends a key")
        print("   change for both of them, then the message, encrypted and signed.")
        first = json.loads(demo.run("alice", "send", BOB, "Hi Bob! Lunch on Friday?", "--keys", demo.keys(ALICE)))

        print("\n3. Bob answers (a reply quoting Alice's message) and reacts; Alice edits her message.")
        reply = json.loads(
            demo.run(
                "bob",
                "send",
                CONVERSATION,
                "Friday works. The usual place?",
                "--reply-to",
                first["sequence_id"],
                "--keys",
                demo.keys(BOB),
            )
        )
        demo.run("bob", "react", CONVERSATION, first["sequence_id"], "👍", "--keys", demo.keys(BOB))
        demo.run(
            "alice",
            "edit",
            CONVERSATION,
            first["sequence_id"],
            "Hi Bob! Lunch on Friday, 12:30?",
            "--keys",
            demo.keys(ALICE),
        )
        demo.run("alice", "send", CONVERSATION, "Yes, see you there.", "--keys", demo.keys(ALICE))
        demo.run("alice", "read", CONVERSATION, reply["sequence_id"])

        print("\n4. Bob reads the conversation back: decrypted, every signature verified (ok = yes).")
        demo.run("bob", "messages", CONVERSATION, "--keys", demo.keys(BOB), "--no-progress")

        print("\n5. What X stores is ciphertext: the same events, raw.")
        demo.run("bob", "events", CONVERSATION, "--limit", "3", "--no-progress")
        print("\n6. Bob's inbox.")
        demo.run("bob", "conversations", "--fields", "id,type")
        print("\n7. Alice's key as Bob pinned it on first use, and as Alice sees her own: they compare out of band.")
        demo.run("bob", "keys", "fingerprint", ALICE, "--keys", demo.keys(BOB))
        demo.run("alice", "keys", "fingerprint", ALICE, "--keys", demo.keys(ALICE))
    return 0


if __name__ == "__main__":
    sys.exit(run())
