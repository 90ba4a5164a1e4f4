"""Every Python example of the README type-checks under ``mypy --strict``, with no ignore: the typed
results (``EventsPage``, ``Conversation``, ...) let users read pages without juggling ``Unset``.

The examples use a few names they do not define (``client``, ``cid``, ``keys``, ...): a prelude
declares them with their types, nothing more. A broken example (a renamed method, a result that
needs an ``isinstance`` check) fails this test."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

PRELUDE = """\
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

import httpx

from x_chat import ChatClient, ChatMessageEvent, ConversationField, ConversationId, EventField, PublicKeyField

client: ChatClient
cid: str
ids: list[str]
event: ChatMessageEvent
token: str
exported: bytes
log_request: Callable[[httpx.Request], None]
save: Callable[[dict[str, Any]], None]
load: Callable[[], dict[str, Any]]
key_version: str
open_in_browser: Callable[[str], str]
"""


def _examples() -> list[str]:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    return re.findall(r"^```python\n(.*?)^```", text, flags=re.DOTALL | re.MULTILINE)


def test_every_readme_example_type_checks_strictly(tmp_path: Path) -> None:
    examples = _examples()
    assert len(examples) >= 10
    files = []
    for index, example in enumerate(examples):
        assert "type: ignore" not in example
        path = tmp_path / f"readme_example_{index}.py"
        path.write_text(PRELUDE + "\n" + example, encoding="utf-8")
        files.append(str(path))
    config = tmp_path / "mypy.ini"
    config.write_text(
        f"[mypy]\nstrict = True\npython_version = 3.11\nmypy_path = {ROOT / 'extensions'}:{ROOT / 'generated'}\n"
        "warn_unused_ignores = True\ncache_dir = " + str(tmp_path / ".mypy_cache") + "\n",
        encoding="utf-8",
    )
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--config-file", str(config), *files],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        timeout=600,
    )
    assert result.returncode == 0, result.stdout + result.stderr
