"""Every Python example of the README, of docs/ and of the docstrings the API reference is built from
type-checks under ``mypy --strict``, with no ignore: the typed results (``EventsPage``,
``Conversation``, ...) let users read pages without juggling ``Unset``.

The examples use a few names they do not define (``client``, ``cid``, ``keys``, ...): a prelude
declares them with their types, nothing more. A broken example (a renamed method, a result that
needs an ``isinstance`` check) fails this test."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from pytest_examples import find_examples

ROOT = Path(__file__).resolve().parent.parent

PRELUDE = """\
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

import httpx

from x_chat import ChatClient, ChatMessageEvent, ConversationField, ConversationId, EventField, PublicKeyField
from x_chat.crypto import ChatKeys

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
keys: ChatKeys
open_in_browser: Callable[[str], str]
"""


def _examples() -> list[str]:
    """The same examples tests/test_examples.py runs (pytest-examples finds them)."""
    found = find_examples(ROOT / "README.md", ROOT / "docs", ROOT / "extensions" / "x_chat")
    return [example.source for example in found if example.prefix.split()[:1] in (["py"], ["python"])]


def test_every_readme_example_type_checks_strictly(tmp_path: Path) -> None:
    examples = _examples()
    assert len(examples) >= 30
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
