"""The distribution: one wheel with both packages, typed, and the console script."""

from __future__ import annotations

import subprocess
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_wheel_holds_both_typed_packages_and_the_cli(tmp_path: Path) -> None:
    subprocess.run(
        [str(ROOT / ".tools" / "bin" / "uv"), "build", "--wheel", "--out-dir", str(tmp_path), "--quiet"],
        cwd=ROOT,
        check=True,
        timeout=300,
    )
    (wheel,) = tmp_path.glob("x_chat-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    assert {"x_chat/py.typed", "x_chat_generated/py.typed", "x_chat/client.py"} <= names
    assert "x_chat_generated/api/chat/get_chat_conversation.py" in names
    assert not [n for n in names if n.startswith(("tests/", "spec/", "templates/", "benchmarks/"))]
    metadata = zipfile.ZipFile(wheel).read(next(n for n in names if n.endswith("entry_points.txt"))).decode()
    assert "x-chat = x_chat.cli:main" in metadata
    requires = zipfile.ZipFile(wheel).read(next(n for n in names if n.endswith("METADATA"))).decode()
    assert "Requires-Python: <3.14,>=3.11" in requires
    assert "Provides-Extra: oauth" in requires and "Provides-Extra: crypto" in requires
