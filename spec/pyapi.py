"""What changed in the Python API between two source trees: griffe's breaking changes, plus the
type changes griffe does not report (an attribute, a parameter or a return annotation whose type
changed, such as ``str`` becoming ``datetime``).

Used by ``make update-spec`` for ``x_chat_generated`` (generated/) and ``x_chat`` (extensions/).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import griffe


@dataclass(frozen=True)
class ApiChange:
    where: str
    what: str


def _load(package: str, root: Path) -> griffe.Module:
    search = [str(root / "generated"), str(root / "extensions")]
    loaded = griffe.load(package, search_paths=search, resolve_aliases=False, allow_inspection=False)
    assert isinstance(loaded, griffe.Module)
    return loaded


def _public(obj: griffe.Object | griffe.Alias) -> bool:
    return not any(part.startswith("_") and not part.startswith("__") for part in obj.path.split("."))


def _walk(obj: griffe.Object) -> Iterator[griffe.Object]:
    for member in obj.members.values():
        if isinstance(member, griffe.Alias) or not _public(member):
            continue
        yield member
        if member.is_module or member.is_class:
            yield from _walk(member)


def _annotations(obj: griffe.Object) -> dict[str, str]:
    """Every annotation of ``obj``: its own (attribute), its parameters' and its return's."""
    found: dict[str, str] = {}
    if isinstance(obj, griffe.Attribute) and obj.annotation is not None:
        found[""] = str(obj.annotation)
    if isinstance(obj, griffe.Function):
        for parameter in obj.parameters:
            if parameter.annotation is not None:
                found[f"({parameter.name})"] = str(parameter.annotation)
        if obj.returns is not None:
            found["-> return"] = str(obj.returns)
    return found


def diff(package: str, old_root: Path, new_root: Path) -> list[ApiChange]:
    """The breaking changes of ``package`` from the tree at ``old_root`` to the one at ``new_root``."""
    old, new = _load(package, old_root), _load(package, new_root)
    changes = [
        ApiChange(breakage.obj.path, breakage.explain(style=griffe.ExplanationStyle.ONE_LINE).split(": ", 1)[-1])
        for breakage in griffe.find_breaking_changes(old, new)
    ]
    old_objects = {obj.path: obj for obj in _walk(old)}
    for obj in _walk(new):
        before = old_objects.get(obj.path)
        if before is None or before.kind != obj.kind:
            continue
        old_types, new_types = _annotations(before), _annotations(obj)
        for key in sorted(old_types.keys() & new_types.keys()):
            if old_types[key] != new_types[key]:
                changes.append(ApiChange(f"{obj.path}{key}", f"type `{old_types[key]}` -> `{new_types[key]}`"))
    seen: set[ApiChange] = set()
    return [c for c in changes if not (c in seen or seen.add(c))]  # type: ignore[func-returns-value]
