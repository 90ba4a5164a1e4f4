"""`make check-generated` catches a hand edit in generated/ and says to regenerate."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
NEEDED = ["Makefile", "pyproject.toml", "uv.lock", "generator-config.yaml", "spec", "templates", "generated"]


def _copy_project(tmp_path: Path) -> Path:
    project = tmp_path / "project"
    project.mkdir()
    for name in NEEDED:
        source = ROOT / name
        if source.is_dir():
            shutil.copytree(source, project / name, ignore=shutil.ignore_patterns("__pycache__"))
        else:
            shutil.copy2(source, project / name)
    for env in (".venv", ".tools"):
        (project / env).symlink_to(ROOT / env)
    return project


def _check(project: Path) -> subprocess.CompletedProcess[str]:
    # -o: use the shared (symlinked) virtualenv as it is; never re-sync it from the copy.
    return subprocess.run(
        ["make", "-s", "check-generated", "-o", ".venv/bin/.synced"],
        cwd=project,
        capture_output=True,
        text=True,
        timeout=300,
    )


def test_check_generated_passes_on_the_committed_output_and_fails_on_one_edited_byte(tmp_path: Path) -> None:
    project = _copy_project(tmp_path)
    clean = _check(project)
    assert clean.returncode == 0, clean.stdout + clean.stderr

    target = project / "generated" / "x_chat_generated" / "models" / "chat_message_event.py"
    data = bytearray(target.read_bytes())
    data[data.index(b"encoded_event")] = ord("E")
    target.write_bytes(bytes(data))
    edited = _check(project)
    assert edited.returncode != 0
    assert "make generate" in edited.stderr and "by hand" in edited.stderr
    assert "chat_message_event.py" in edited.stdout


def test_check_generated_catches_a_template_change(tmp_path: Path) -> None:
    project = _copy_project(tmp_path)
    template = project / "templates" / "types.py.jinja"
    template.write_text(template.read_text().replace("UNSET: Unset = None", "UNSET: Unset = None  # edited"))
    result = _check(project)
    assert result.returncode != 0
    assert "types.py" in result.stdout
