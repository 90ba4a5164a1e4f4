"""Which processes a test run started and left running.

conftest.py marks this pytest process's environment (``X_CHAT_TEST_RUN``); every subprocess that
inherits the environment, and anything those start, carries the mark, even once orphaned. A test
that leaves one running fails, naming it, and the process is killed.
"""

from __future__ import annotations

import contextlib
import os
import signal
from pathlib import Path

MARK = "X_CHAT_TEST_RUN"


def marked(value: str) -> dict[int, str]:
    """pid -> command line of the live processes (not zombies, not this one) whose environment
    holds ``MARK=value``."""
    wanted = f"{MARK}={value}".encode()
    found = {}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit() or int(entry.name) == os.getpid():
            continue
        try:
            if (entry / "stat").read_text().rpartition(")")[2].split()[0] in ("Z", "X"):
                continue
            if wanted not in (entry / "environ").read_bytes().split(b"\0"):
                continue
            command = (entry / "cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace").strip()
        except OSError:  # gone meanwhile, or not ours to read
            continue
        found[int(entry.name)] = command
    return found


def kill(pids: dict[int, str]) -> None:
    for pid in pids:
        with contextlib.suppress(ProcessLookupError):
            os.kill(pid, signal.SIGKILL)
