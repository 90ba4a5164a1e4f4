"""Generate the sync client from the async source: ``x_chat/_async/*.py`` -> ``x_chat/_sync/*.py``.

The unasync library rewrites tokens (``async``/``await`` dropped, ``AsyncIterator`` -> ``Iterator``,
plus the names below); ruff then formats the result with the project's settings, so the output is
byte for byte reproducible. ``_backend.py`` is the one module written by hand on both sides (its two
versions share no tokens). httpcore works this way (``scripts/unasync.py``), checked in CI.

    python extensions/generate_sync.py           # write x_chat/_sync/
    python extensions/generate_sync.py --check   # fail if x_chat/_sync/ is not what this writes
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
from pathlib import Path

import unasync

PACKAGE = Path(__file__).resolve().parent / "x_chat"
SOURCE, TARGET = PACKAGE / "_async", PACKAGE / "_sync"
HANDWRITTEN = {"_backend.py", "__init__.py"}

REPLACEMENTS = {
    "AsyncChatClient": "ChatClient",
    "AsyncPipeline": "Pipeline",
    "AsyncClient": "Client",
    "aclose": "close",
    "aread": "read",
    "aiter_bytes": "iter_bytes",
    "aiter_raw": "iter_raw",
    "asyncio_detailed": "sync_detailed",
    "send_request_async": "send_request",
    "get_async_httpx_client": "get_httpx_client",
    "set_async_httpx_client": "set_httpx_client",
    "AsyncBinaryIO": "BinaryIO",
}


def sources() -> list[Path]:
    return sorted(p for p in SOURCE.glob("*.py") if p.name not in HANDWRITTEN)


def render(source: Path) -> str:
    """The sync module for one async module, formatted by ruff as the repository formats it."""
    with tempfile.TemporaryDirectory() as scratch:
        copy = Path(scratch) / "_async" / source.name
        copy.parent.mkdir()
        copy.write_bytes(source.read_bytes())
        rule = unasync.Rule(fromdir="/_async/", todir="/_sync/", additional_replacements=REPLACEMENTS)
        unasync.unasync_files([str(copy)], [rule])
        text = (Path(scratch) / "_sync" / source.name).read_text(encoding="utf-8")
    header = f"# Generated from x_chat/_async/{source.name} by extensions/generate_sync.py: do not edit.\n"
    target = TARGET / source.name
    text = header + text
    for command in (["ruff", "check", "--fix-only", "--quiet"], ["ruff", "format", "--quiet"]):
        text = subprocess.run(
            [sys.executable, "-m", *command, "--stdin-filename", str(target), "-"],
            input=text,
            capture_output=True,
            text=True,
            check=True,
        ).stdout
    return text


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="fail if x_chat/_sync/ differs from the async source")
    args = parser.parse_args()
    stale = []
    for source in sources():
        target = TARGET / source.name
        text = render(source)
        if args.check:
            if not target.exists() or target.read_text(encoding="utf-8") != text:
                stale.append(target.name)
        else:
            target.write_text(text, encoding="utf-8")
    expected = {s.name for s in sources()} | HANDWRITTEN
    extra = sorted(p.name for p in TARGET.glob("*.py") if p.name not in expected)
    if args.check and (stale or extra):
        print(
            f"check-unasync: x_chat/_sync/ is not generated from x_chat/_async/ (stale: {stale}, unexpected: {extra}); "
            "edit the async source, then run 'make unasync'",
            file=sys.stderr,
        )
        return 1
    if args.check:
        print("check-unasync: x_chat/_sync/ is up to date")
    return 0


if __name__ == "__main__":
    sys.exit(main())
