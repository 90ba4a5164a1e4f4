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
import io
import re
import subprocess
import sys
import tempfile
import tokenize
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
    "asyncio_stream": "sync_stream",
    "send_request_async": "send_request",
    "get_async_httpx_client": "get_httpx_client",
    "set_async_httpx_client": "set_httpx_client",
    "AsyncBinaryIO": "BinaryIO",
    "AsyncRawResponses": "RawResponses",
    "areserve": "reserve",
    "asettle": "settle",
    "asynccontextmanager": "contextmanager",
    "opened_async": "opened",
    "AsyncActivityStream": "ActivityStream",
}


# Docstrings are single tokens to unasync, so their examples and prose are rewritten here: a sync
# example, run by tests/test_examples.py, for the sync client's reference page.
DOCSTRING_REPLACEMENTS = [
    (re.compile(r"\basync (with|for|def) "), r"\1 "),
    (re.compile(r"\bawait "), ""),
    (re.compile(r"^( *)import asyncio\n\n", re.M), ""),
    (re.compile(r"\basyncio\.run\((\w+)\(\)\)"), r"\1()"),
    *((re.compile(rf"\b{re.escape(old)}\b"), new) for old, new in REPLACEMENTS.items()),
]


def sync_docstrings(text: str) -> str:
    """Rewrite the docstrings of classes and functions (not the module's, which says how the file is
    made) as unasync rewrote the code around them."""
    lines = text.splitlines(keepends=True)
    offsets = [0]
    for line in lines:
        offsets.append(offsets[-1] + len(line))
    edits = []
    seen_code = False
    for token in tokenize.generate_tokens(io.StringIO(text).readline):
        if token.type == tokenize.STRING and token.string.startswith('"""') and seen_code:
            new = token.string
            for pattern, replacement in DOCSTRING_REPLACEMENTS:
                new = pattern.sub(replacement, new)
            if new != token.string:
                start = offsets[token.start[0] - 1] + token.start[1]
                end = offsets[token.end[0] - 1] + token.end[1]
                edits.append((start, end, new))
        elif token.type not in (tokenize.STRING, tokenize.COMMENT, tokenize.NL, tokenize.NEWLINE, tokenize.ENCODING):
            seen_code = True
    for start, end, new in reversed(edits):
        text = text[:start] + new + text[end:]
    return text


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
    text = header + sync_docstrings(text)
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
