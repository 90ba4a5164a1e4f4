"""The check that no test leaves a process behind (conftest.py) sees children and orphans."""

from __future__ import annotations

import os
import subprocess

from . import processes
from .conftest import RUN


def test_a_child_and_an_orphaned_grandchild_are_seen_and_an_unmarked_one_is_not() -> None:
    child = subprocess.Popen(["sleep", "60"])
    spawner = subprocess.run(["sh", "-c", "sleep 60 > /dev/null 2>&1 & echo $!"], capture_output=True, text=True)
    orphan = int(spawner.stdout)  # its parent has exited: reparented, still marked
    unmarked_env = {k: v for k, v in os.environ.items() if k != processes.MARK}
    stranger = subprocess.Popen(["sleep", "60"], env=unmarked_env)
    try:
        found = processes.marked(RUN)
        assert child.pid in found and orphan in found and "sleep 60" in found[child.pid]
        assert stranger.pid not in found and os.getpid() not in found
    finally:
        processes.kill({child.pid: "", orphan: "", stranger.pid: ""})
        child.wait()
        stranger.wait()
