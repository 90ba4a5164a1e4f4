"""The public surface is what the reference documents, and the package's imports form no circle.

- Every name in ``x_chat.__all__`` and in the ``__all__`` of every public module (no ``_`` in its
  path) is an object the API reference renders (docs/reference/*.md, ``::: target`` lines: a module
  target renders its ``__all__``), and every ``::: x_chat.Name`` target is in ``x_chat.__all__``.
- Internal modules are ``_``-prefixed, and none of x-chat's modules reads an httpx private.
- Among ``x_chat``'s modules, the imports (module level and inside functions alike; only those under
  ``if TYPE_CHECKING:`` are left out, as they never run) form no cycle.
"""

from __future__ import annotations

import ast
import graphlib
import importlib
import pkgutil
import re
import subprocess
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

import x_chat

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "extensions" / "x_chat"
TARGETS = sorted(
    {
        target
        for page in (ROOT / "docs" / "reference").glob("*.md")
        for target in re.findall(r"^::: ([\w.]+)", page.read_text(), re.M)
    }
)
NOT_RENDERED = {
    "x_chat.cli": "the console script's module (`x-chat = x_chat.cli:main`): the CLI guide documents it",
}


def _modules() -> list[str]:
    names = ["x_chat"]
    for info in pkgutil.walk_packages([str(PACKAGE)], prefix="x_chat."):
        names.append(info.name)
    return sorted(names)


def _public(name: str) -> bool:
    return not any(part.startswith("_") for part in name.split(".")) and not name.endswith("__main__")


def _documented() -> dict[int, str]:
    """id(object) -> where the reference renders it."""
    found: dict[int, str] = {}
    for target in TARGETS:
        module_name, _, attribute = target.rpartition(".")
        try:
            obj: Any = importlib.import_module(target)
        except ModuleNotFoundError:
            obj = getattr(importlib.import_module(module_name), attribute)
        if isinstance(obj, ModuleType):
            for name in obj.__all__:
                found[id(getattr(obj, name))] = f"{target}.{name}"
        else:
            found[id(obj)] = target
    return found


def test_every_exported_name_is_in_the_reference() -> None:
    documented = _documented()
    missing = []
    for module_name in filter(_public, _modules()):
        if module_name in NOT_RENDERED:
            continue
        module = importlib.import_module(module_name)
        exported = getattr(module, "__all__", None)
        assert exported is not None, f"{module_name} is public but has no __all__: make it _private or declare one"
        missing += [f"{module_name}.{name}" for name in exported if id(getattr(module, name)) not in documented]
    assert missing == [], "exported but not in docs/reference/*.md:\n" + "\n".join(missing)


def test_every_top_level_target_is_exported() -> None:
    direct = [t.rpartition(".")[2] for t in TARGETS if t.count(".") == 1 and not _is_module(t)]
    assert direct and [name for name in direct if name not in x_chat.__all__] == []


def test_the_check_sees_an_undocumented_export(monkeypatch: pytest.MonkeyPatch) -> None:
    """The check can fail: a name added to a public __all__ without a reference page is reported."""
    import x_chat.client

    monkeypatch.setattr(x_chat.client, "__all__", [*x_chat.client.__all__, "annotations"])
    with pytest.raises(AssertionError, match=r"x_chat\.client\.annotations"):
        test_every_exported_name_is_in_the_reference()


def test_every_name_a_reference_page_lists_is_shown() -> None:
    """mkdocstrings shows a module's ``__all__`` (``filters: public``), but an object without a
    docstring is left out (``show_if_no_docstring: false``): each must have one."""
    from .test_api_reference import _load, _resolve

    package = _load()
    silent = []
    for target in TARGETS:
        obj = _resolve(package, target)
        if obj.is_module:
            members = [obj.members[name] for name in obj.exports or ()]
            silent += [
                f"{target}.{m.name}"
                for m in members
                if (m.final_target if m.is_alias else m).docstring is None  # type: ignore[union-attr]
            ]
        elif obj.docstring is None:
            silent.append(target)
    assert silent == []


def test_the_top_level_names_load_lazily_and_resolve() -> None:
    """``import x_chat`` loads no submodule that the names need; each name then resolves, and
    ``dir()`` lists them."""
    code = (
        "import sys, x_chat; "
        "heavy = [m for m in ('httpx', 'x_chat.client', 'x_chat_generated', 'attrs') if m in sys.modules]; "
        "print(heavy)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"
    assert all(getattr(x_chat, name) is not None for name in x_chat.__all__)
    assert set(x_chat.__all__) <= set(dir(x_chat))
    with pytest.raises(AttributeError, match="no attribute 'nope'"):
        x_chat.nope  # noqa: B018


def test_removed_top_level_names_warn_and_still_work() -> None:
    with pytest.deprecated_call(match=r"x_chat\.retries\.retry_delay"):
        from x_chat import retry_delay  # type: ignore[attr-defined]
    from x_chat.retries import retry_delay as current

    assert retry_delay is current


def _is_module(target: str) -> bool:
    try:
        importlib.import_module(target)
    except ModuleNotFoundError:
        return False
    return True


def _imports(path: Path, module: str) -> set[str]:
    """The x_chat modules ``module`` (at ``path``) imports, leaving out ``if TYPE_CHECKING:`` blocks."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    package = module if path.name == "__init__.py" else module.rpartition(".")[0]
    found: set[str] = set()

    def visit(node: ast.AST) -> None:
        for child in ast.iter_child_nodes(node):
            if isinstance(child, ast.If) and "TYPE_CHECKING" in ast.unparse(child.test):
                for stmt in child.orelse:
                    visit(stmt)
                continue
            if isinstance(child, ast.Import):
                found.update(alias.name for alias in child.names)
            elif isinstance(child, ast.ImportFrom):
                base = child.module or ""
                if child.level:
                    parts = package.split(".")
                    anchor = ".".join(parts[: len(parts) - child.level + 1])
                    base = f"{anchor}.{base}" if base else anchor
                found.add(base)
                found.update(f"{base}.{alias.name}" for alias in child.names)
            visit(child)

    visit(tree)
    return found


def _graph() -> dict[str, set[str]]:
    modules = {}
    for name in _modules():
        relative = name.split(".")[1:]
        path = PACKAGE.joinpath(*relative)
        modules[name] = path / "__init__.py" if path.is_dir() else path.with_suffix(".py")
    graph: dict[str, set[str]] = {}
    for name, path in modules.items():
        # `from . import x` names a module when x is one; importing x_chat.a.b runs x_chat.a first,
        # but that is the package's own __init__, which every module has: not an edge of the design.
        graph[name] = {target for target in _imports(path, name) if target in modules and target != name}
    return graph


def test_no_import_cycle_among_x_chat_modules() -> None:
    graph = _graph()
    try:
        tuple(graphlib.TopologicalSorter(graph).static_order())
    except graphlib.CycleError as exc:
        pytest.fail(f"import cycle: {' -> '.join(exc.args[1])}")


def test_the_cycle_check_sees_a_cycle() -> None:
    graph = _graph()
    graph["x_chat.errors"].add("x_chat._async.pipeline")  # pipeline imports errors: now a circle
    with pytest.raises(graphlib.CycleError):
        tuple(graphlib.TopologicalSorter(graph).static_order())


def test_no_httpx_private_is_touched() -> None:
    offenders = [
        f"{path.relative_to(ROOT)}:{number}"
        for path in PACKAGE.rglob("*.py")
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if re.search(r"httpx\._[a-z]|\._uri_reference", line)
    ]
    assert offenders == []
