"""The API reference documents every argument: each public function, method and constructor that the
reference pages (docs/reference/*.md, `::: target` lines) render has a docstring, and its Args section
names every parameter. Read with griffe, the library mkdocstrings builds the pages with, under the
same rules (``filters: public``: a module's ``__all__`` decides, then no leading underscore)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import griffe
import pytest

ROOT = Path(__file__).resolve().parent.parent
TARGETS = sorted(
    {
        target
        for page in (ROOT / "docs" / "reference").glob("*.md")
        for target in re.findall(r"^::: ([\w.]+)", page.read_text(), re.M)
    }
)
SKIPPED_PARAMETERS = {"self", "cls"}


def _load() -> griffe.Module:
    """x_chat, with x_chat_generated loaded next to it so that re-exported generated names resolve."""
    loader = griffe.GriffeLoader(  # with mkdocs.yml's extension: the shared arguments (x_chat/_docs.py)
        search_paths=[ROOT / "extensions", ROOT / "generated"],
        docstring_parser="google",
        allow_inspection=False,
        extensions=griffe.load_extensions(f"{ROOT / 'docs' / 'griffe_shared_args.py'}:SharedArgs"),
    )
    package = loader.load("x_chat")
    loader.load("x_chat_generated")
    loader.resolve_aliases(external=False)
    assert isinstance(package, griffe.Module)
    return package


def _resolve(package: griffe.Module, target: str) -> griffe.Object:
    obj: griffe.Object | griffe.Alias = package
    for part in target.split(".")[1:]:
        obj = obj.members[part]
    return obj.final_target if isinstance(obj, griffe.Alias) else obj  # type: ignore[return-value]


def _documented(obj: griffe.Object) -> set[str]:
    if obj.docstring is None:
        return set()
    names: set[str] = set()
    for section in obj.docstring.parsed:
        if section.kind in (griffe.DocstringSectionKind.parameters, griffe.DocstringSectionKind.other_parameters):
            names |= {parameter.name for parameter in section.value}
    return names


def _callables(obj: griffe.Object, path: str, seen: set[str]) -> Iterator[tuple[str, griffe.Function, griffe.Object]]:
    """(where, function, the object whose docstring may hold its Args) for every public callable."""
    members = obj.all_members if isinstance(obj, griffe.Class) else obj.members  # inherited_members: true
    for name, member in members.items():
        if not member.is_public or (name.startswith("__") and name.endswith("__")):
            continue  # dunders: __init__ is checked with its class; the others are not rendered
        target = member.final_target if isinstance(member, griffe.Alias) else member
        if target.path in seen:
            continue
        seen.add(target.path)
        if isinstance(target, griffe.Class):
            init = target.all_members.get("__init__")
            if isinstance(init, griffe.Function):
                yield f"{path}.{name}", init, target  # merge_init_into_class: the class's docstring counts
            yield from _callables(target, f"{path}.{name}", seen)
        elif isinstance(target, griffe.Function):
            yield f"{path}.{name}", target, target


def _undocumented() -> dict[str, list[str]]:
    package = _load()
    found: dict[str, list[str]] = {}
    seen: set[str] = set()
    for target in TARGETS:
        obj = _resolve(package, target)
        entries = list(_callables(obj, target, seen))
        if isinstance(obj, griffe.Class) and isinstance(init := obj.all_members.get("__init__"), griffe.Function):
            entries.append((target, init, obj))
        for where, function, owner in entries:
            if function.docstring is None and owner.docstring is None:
                found[where] = ["(no docstring)"]
                continue
            parameters = [
                p.name
                for p in function.parameters
                if p.name not in SKIPPED_PARAMETERS
                and p.kind not in (griffe.ParameterKind.var_positional, griffe.ParameterKind.var_keyword)
            ]
            missing = [name for name in parameters if name not in _documented(function) | _documented(owner)]
            if missing:
                found[where] = missing
    return found


def test_the_reference_pages_were_read() -> None:
    assert {"x_chat.ChatClient", "x_chat.AsyncChatClient", "x_chat.crypto", "x_chat.testing"} <= set(TARGETS)


def test_every_public_argument_is_documented() -> None:
    undocumented = _undocumented()
    assert undocumented == {}, "\n".join(
        f"{where}: {', '.join(names)}" for where, names in sorted(undocumented.items())
    )


def test_the_check_sees_a_missing_argument(monkeypatch: pytest.MonkeyPatch) -> None:
    """The check itself can fail: a parameter dropped from an Args section is reported."""
    original = griffe.Docstring.parsed

    def without_timeout(self: griffe.Docstring) -> list[griffe.DocstringSection]:
        sections = original.__get__(self)
        for section in sections:
            if section.kind is griffe.DocstringSectionKind.parameters:
                section.value = [p for p in section.value if p.name != "timeout"]
        return sections

    monkeypatch.setattr(griffe.Docstring, "parsed", property(without_timeout))
    undocumented = _undocumented()
    assert [where for where, names in undocumented.items() if where.endswith(".with_options") and "timeout" in names]


def test_shared_arguments_are_written_once_and_a_methods_own_entry_wins() -> None:
    """The facade's shared arguments live in x_chat/_docs.py only; the reference (and help()) shows
    them on every method, and a method that documents one itself keeps its own words."""
    from x_chat._docs import SHARED_ARGS

    sources = "".join(p.read_text(encoding="utf-8") for p in (ROOT / "extensions" / "x_chat" / "_async").glob("*.py"))
    assert "A conversation ID in any of X's three forms" not in sources
    method = _resolve(_load(), "x_chat.ChatClient").all_members["iter_messages"]
    described = {
        p.name: " ".join(p.description.split())
        for section in method.docstring.parsed  # type: ignore[union-attr]
        if section.kind is griffe.DocstringSectionKind.parameters
        for p in section.value
    }
    assert described["conversation_id"] == SHARED_ARGS["conversation_id"]
    assert described["strict"] != SHARED_ARGS["strict"] and "DecryptionFailedError" in described["strict"]
    import x_chat

    assert "conversation_id: A conversation ID" in (x_chat.ChatClient.iter_messages.__doc__ or "")
