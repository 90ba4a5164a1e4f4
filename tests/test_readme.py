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
        files.append(path)
    result = _mypy(tmp_path, *files)
    assert result.returncode == 0, result.stdout + result.stderr


def _mypy(tmp_path: Path, *files: Path) -> subprocess.CompletedProcess[str]:
    config = tmp_path / "mypy.ini"
    config.write_text(
        f"[mypy]\nstrict = True\npython_version = 3.11\nmypy_path = {ROOT / 'extensions'}:{ROOT / 'generated'}\n"
        "warn_unused_ignores = True\ncache_dir = " + str(tmp_path / ".mypy_cache") + "\n",
        encoding="utf-8",
    )
    return subprocess.run(
        [sys.executable, "-m", "mypy", "--config-file", str(config), *map(str, files)],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        timeout=600,
    )


def test_the_typed_fields_example_narrows_with_none_alone_and_its_checks_are_needed(tmp_path: Path) -> None:
    """README's typed example reads nested fields after an ``is not None`` check, with no import from
    x_chat_generated. Without those checks mypy refuses it: fields are ``T | None``, not ``Any``."""
    (example,) = [source for source in _examples() if "absent fields read as None" in source]
    assert "x_chat_generated" not in example and "Unset" not in example
    narrowed = tmp_path / "narrowed.py"
    narrowed.write_text(example, encoding="utf-8")
    unchecked = tmp_path / "unchecked.py"
    unchecked.write_text(
        "from x_chat import ChatClient\n\n\n"
        "def names(client: ChatClient) -> list[str]:\n"
        '    found = client.get_conversation("g1234567890123456789")\n'
        "    return [found.data.group_name.upper()] + [u.username.lower() for u in found.users]\n",
        encoding="utf-8",
    )
    assert _mypy(tmp_path, narrowed).returncode == 0
    refused = _mypy(tmp_path, unchecked)
    assert refused.returncode == 1
    assert '"upper"' in refused.stdout and '"None"' in refused.stdout and '"lower"' in refused.stdout


def test_every_operation_table_covers_the_spec_the_clients_and_the_cli() -> None:
    """README's "Every operation" table: one row per operation of the shipped spec, each naming
    methods both clients have and `x-chat` commands that exist."""
    import argparse
    import json
    import re

    from x_chat import AsyncChatClient, ChatClient, spec_bytes
    from x_chat.cli._parser import build_parser as _parser

    def subcommands(parser: argparse.ArgumentParser) -> dict[str, argparse.ArgumentParser]:
        (action,) = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
        return dict(action.choices)

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("### Every operation", 1)[1].split("\n### ", 1)[0]
    rows = [line.split(" | ") for line in section.splitlines() if line.startswith("| `")]
    spec = json.loads(spec_bytes())
    operations = {op["operationId"] for item in spec["paths"].values() for op in item.values() if "operationId" in op}
    named = [name for row in rows for name in re.findall(r"\(`(\w+)`\)", row[0])]
    assert len(named) == len(rows) and sorted(named) == sorted(operations)
    commands = subcommands(_parser())
    for row in rows:
        methods = re.findall(r"`(\w+)`", row[1])
        assert methods, row
        for method in methods:
            assert callable(getattr(ChatClient, method)) and callable(getattr(AsyncChatClient, method)), method
        shown = re.findall(r"`x-chat ([a-z-]+(?: [a-z]+)?)`", row[2]) + re.findall(r"`(messages)`", row[2])
        assert shown, row
        for command in shown:
            first, *rest = command.split()
            assert first in commands, command
            if rest:
                assert rest[0] in subcommands(commands[first]), command
