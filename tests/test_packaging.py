"""The distribution: one wheel with both packages, typed, and the console script."""

from __future__ import annotations

import json
import subprocess
import sys
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
    assert "x_chat_generated/api/chats/get_chat_conversation_events.py" in names
    # the spec ships inside the package, byte for byte, for other tooling (x_chat.spec_path())
    assert zipfile.ZipFile(wheel).read("x_chat/openapi.json") == (ROOT / "spec" / "x-chat-openapi.json").read_bytes()
    assert not [n for n in names if n.startswith(("tests/", "spec/", "templates/", "benchmarks/"))]
    metadata = zipfile.ZipFile(wheel).read(next(n for n in names if n.endswith("entry_points.txt"))).decode()
    assert "x-chat = x_chat.cli:main" in metadata
    requires = zipfile.ZipFile(wheel).read(next(n for n in names if n.endswith("METADATA"))).decode()
    assert "Requires-Python: <3.14,>=3.11" in requires
    assert "Provides-Extra: oauth" in requires and "Provides-Extra: crypto" in requires
    assert "Provides-Extra: testing" in requires


def test_installed_wheel_reads_its_own_spec(tmp_path: Path) -> None:
    """From an install of the wheel (not this checkout), x_chat.spec_path() is inside site-packages."""
    uv = str(ROOT / ".tools" / "bin" / "uv")
    subprocess.run(
        [uv, "build", "--wheel", "--out-dir", str(tmp_path / "dist"), "--quiet"], cwd=ROOT, check=True, timeout=300
    )
    (wheel,) = (tmp_path / "dist").glob("x_chat-*.whl")
    venv = tmp_path / "venv"
    subprocess.run([uv, "venv", "--quiet", "--python", sys.executable, str(venv)], check=True, timeout=120)
    python = venv / "bin" / "python"
    subprocess.run([uv, "pip", "install", "--quiet", "--python", str(python), str(wheel)], check=True, timeout=300)
    code = (
        "import json, x_chat; p = x_chat.spec_path(); "
        "print(p); print(json.loads(x_chat.spec_bytes())['info']['version'])"
    )
    out = subprocess.run([str(python), "-c", code], check=True, capture_output=True, text=True, cwd=tmp_path).stdout
    path, version = out.split()
    assert "site-packages" in path and path.endswith("x_chat/openapi.json")
    assert version == json.loads((ROOT / "spec" / "x-chat-openapi.json").read_text())["info"]["version"]
