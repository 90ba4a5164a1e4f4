"""Does the SDK still work after a regeneration? What ``make update-spec`` writes into its report.

griffe reads the source and never runs it, so a facade that no longer imports (the generated module
it imports moved) looked like "0 changes". Here the SDK is run:

- `broken_imports`: every ``x_chat_generated`` module and name the handwritten code imports, module
  level or inside a function, looked up in the new generated tree;
- `moved_modules`: the generated operation modules that went away or appeared;
- `smoke`: ``import x_chat`` in a fresh interpreter, then the facade against the fake server for
  every operation (``tests/test_pipeline.py``) and the spec checks (``tests/test_spec.py``).
"""

from __future__ import annotations

import ast
import os
import re
import subprocess
import sys
from pathlib import Path

GENERATED = "x_chat_generated"
SMOKE_TESTS = ("tests/test_spec.py", "tests/test_pipeline.py")


def _module_file(generated: Path, module: str) -> Path | None:
    """The file of ``module`` (dotted, under ``x_chat_generated``) in the tree ``generated``."""
    base = generated.joinpath(*module.split(".")[1:])
    for candidate in (base.with_suffix(".py"), base / "__init__.py"):
        if candidate.exists():
            return candidate
    return None


def _defines(path: Path, name: str) -> bool:
    """Whether the module at ``path`` defines or imports ``name`` (statically)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if isinstance(node, ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef) and node.name == name:
            return True
        if isinstance(node, ast.Import | ast.ImportFrom) and any(
            (alias.asname or alias.name.split(".")[0]) == name for alias in node.names
        ):
            return True
        if isinstance(node, ast.Assign) and any(isinstance(t, ast.Name) and t.id == name for t in node.targets):
            return True
        if isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name) and node.target.id == name:
            return True
    return False


def broken_imports(handwritten: Path, generated: Path) -> list[str]:
    """One line for each import of the generated package, in the ``.py`` files under ``handwritten``,
    that the tree ``generated`` (the ``x_chat_generated`` folder) no longer satisfies."""
    broken = []
    for path in sorted(handwritten.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                wanted = [(alias.name, None) for alias in node.names if alias.name.startswith(GENERATED)]
            elif isinstance(node, ast.ImportFrom) and (node.module or "").startswith(GENERATED) and not node.level:
                wanted = [(node.module or "", alias.name) for alias in node.names]
            else:
                continue
            for module, name in wanted:
                where = f"{path.relative_to(handwritten.parent)}:{node.lineno}"
                found = _module_file(generated, module)
                if found is None:
                    broken.append(f"{where} imports `{module}`, which no longer exists")
                elif name is not None and not (
                    _module_file(generated, f"{module}.{name}") is not None or _defines(found, name)
                ):
                    broken.append(f"{where} imports `{name}` from `{module}`, which no longer has it")
    return broken


def operation_modules(generated: Path) -> set[str]:
    """The generated operation modules, as ``api/<tag>/<operation>``."""
    return {
        str(path.relative_to(generated).with_suffix(""))
        for path in (generated / "api").rglob("*.py")
        if path.name != "__init__.py"
    }


def moved_modules(old: Path, new: Path) -> list[str]:
    """The operation modules of the generated tree ``old`` that ``new`` lacks, and the new ones."""
    before, after = operation_modules(old), operation_modules(new)
    lines = [f"`{m}` is gone (a `client.api` import of it breaks)" for m in sorted(before - after)]
    lines += [f"`{m}` is new" for m in sorted(after - before)]
    return lines


def smoke(root: Path) -> list[str]:
    """``import x_chat`` in a fresh interpreter, then the smoke tests; one line each, ``ok`` or why not."""
    lines = []
    imported = subprocess.run(
        [sys.executable, "-c", "import x_chat; from x_chat import AsyncChatClient, ChatClient"],
        cwd=root,
        capture_output=True,
        text=True,
    )
    said = (imported.stderr.strip().splitlines() or ["(no output)"])[-1]
    lines.append("`import x_chat`: ok" if imported.returncode == 0 else f"`import x_chat`: FAILS: {said}")
    if imported.returncode == 0:
        tests = subprocess.run(
            [sys.executable, "-m", "pytest", "-q", "-rfE", "-p", "no:cacheprovider", *SMOKE_TESTS],
            cwd=root,
            env={**os.environ, "PYTHONHASHSEED": "0", "COLUMNS": "300"},  # whole failure lines, the same on a rerun
            capture_output=True,
            text=True,
        )
        summary = (tests.stdout.strip().splitlines() or ["(no output)"])[-1]
        summary = re.sub(r" in [0-9.]+s( \([0-9:]+\))?$", "", summary)  # the report is reproducible
        verdict = "ok" if tests.returncode == 0 else "FAILS"
        lines.append(f"the facade against the fake server, every operation, and the spec checks: {verdict} ({summary})")
        failed = [line for line in tests.stdout.splitlines() if line.startswith(("FAILED ", "ERROR "))]
        lines += [f"  - {line[:300]}" for line in failed[:12]]
    return lines
