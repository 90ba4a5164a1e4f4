"""What changed between two OpenAPI documents, at the HTTP level, each change marked for a client.

This is the change report's own, complete diff (`make update-spec` also runs Optic and
api-smart-diff and quotes them; neither names everything on its own). It matches operations by
method and path (path parameter names ignored), then compares parameters, request bodies and
responses, descending into schemas through ``$ref``. A change is **breaking** when a client built
against the old document may fail against the new one: it sends something now refused, or it
relies on something no longer there or of another type. ``None`` means: a human must look (a
changed pattern may widen or narrow).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from extract import follow

Doc = dict[str, Any]
METHODS = ("get", "put", "post", "delete", "patch", "head", "options", "trace")
MAX_DEPTH = 8


@dataclass(frozen=True)
class Change:
    where: str
    what: str
    breaking: bool | None

    @property
    def mark(self) -> str:
        return {True: "BREAKING", False: "compatible", None: "review"}[self.breaking]


def operations(doc: Doc) -> dict[tuple[str, str], tuple[str, Doc]]:
    """(METHOD, path with parameters as {}) -> (the path as written, the operation)."""
    found = {}
    for path, item in doc.get("paths", {}).items():
        for method in METHODS:
            if method in item:
                found[(method.upper(), re.sub(r"\{[^}]*\}", "{}", path))] = (path, item[method])
    return found


def diff(old: Doc, new: Doc) -> list[Change]:
    """Every HTTP-level change from ``old`` to ``new``."""
    changes: list[Change] = []
    old_ops, new_ops = operations(old), operations(new)
    old_ids = {op.get("operationId"): key for key, (_, op) in old_ops.items()}
    new_ids = {op.get("operationId"): key for key, (_, op) in new_ops.items()}
    for key in sorted(old_ops.keys() - new_ops.keys()):
        path, op = old_ops[key]
        op_id = op.get("operationId")
        moved = new_ids.get(op_id)
        if moved is not None:
            where = f"{moved[0]} {new_ops[moved][0]}"
            changes.append(Change(f"{key[0]} {path}", f"operation `{op_id}` moved to `{where}`", True))
        else:
            changes.append(Change(f"{key[0]} {path}", f"operation `{op_id}` removed", True))
    for key in sorted(new_ops.keys() - old_ops.keys()):
        path, op = new_ops[key]
        op_id = op.get("operationId")
        if op_id in old_ids and old_ids[op_id] in old_ops and old_ids[op_id] not in new_ops:
            continue  # reported as moved
        similar = _similar_old_operation(old, new, op, old_ops) if op_id not in old_ids else None
        if similar is None:
            changes.append(Change(f"{key[0]} {path}", f"operation `{op_id}` added", False))
            continue
        old_key = old_ids[similar[1].get("operationId")]
        changes.append(
            Change(
                f"{key[0]} {path}",
                f"operation `{op_id}` added: it serves what `{similar[1].get('operationId')}` "
                f"(`{old_key[0]} {similar[0]}`) served before; its changes from that operation follow",
                True,
            )
        )
        changes += _operation(old, new, key, similar, (path, op), compare_ids=False)
    for key in sorted(old_ops.keys() & new_ops.keys()):
        changes += _meaning(old, new, key, old_ops[key], new_ops[key])
        changes += _operation(old, new, key, old_ops[key], new_ops[key])
    changes += _tags(old, new)
    return changes


def _data(doc: Doc, op: Doc) -> tuple[str, frozenset[str]]:
    """The kind (array/object) and property names of a 2xx response's ``data``: what an operation serves."""
    for status, response in op.get("responses", {}).items():
        if not status.startswith("2"):
            continue
        response, _ = follow(doc, response)
        for media in response.get("content", {}).values():
            schema, _ = follow(doc, media.get("schema", {}))
            data, _ = follow(doc, schema.get("properties", {}).get("data", {}))
            kind = str(data.get("type", "object"))
            data, _ = follow(doc, data.get("items", data))
            return kind, frozenset(data.get("properties", {}))
    return "none", frozenset()


def _data_keys(doc: Doc, op: Doc) -> frozenset[str]:
    return _data(doc, op)[1]


def _similarity(a: frozenset[str], b: frozenset[str]) -> float:
    return len(a & b) / len(a | b) if a and b else 0.0


def _similar_old_operation(
    old: Doc, new: Doc, op: Doc, old_ops: dict[tuple[str, str], tuple[str, Doc]]
) -> tuple[str, Doc] | None:
    """The old operation whose response data looks most like this new one's (an operation X moved)."""
    keys = _data_keys(new, op)
    best, score = None, 0.5
    for path, old_op in old_ops.values():
        similarity = _similarity(keys, _data_keys(old, old_op))
        if similarity > score:
            best, score = (path, old_op), similarity
    return best


def _meaning(old: Doc, new: Doc, key: tuple[str, str], before: tuple[str, Doc], after: tuple[str, Doc]) -> list[Change]:
    """The same method and path now serving another resource (the worst change: old code still runs)."""
    (old_kind, old_keys), (new_kind, new_keys) = _data(old, before[1]), _data(new, after[1])
    if old_keys and new_keys and old_kind != new_kind and _similarity(old_keys, new_keys) < 0.3:
        return [
            Change(
                f"{key[0]} {after[0]}",
                f"now serves another resource under the same path and operationId `{after[1].get('operationId')}`: "
                f"its data had {sorted(old_keys)}, now {sorted(new_keys)}. Code that calls it by name silently "
                "reads the new resource",
                True,
            )
        ]
    return []


def _tags(old: Doc, new: Doc) -> list[Change]:
    before = {t["name"] for t in old.get("tags", [])}
    after = {t["name"] for t in new.get("tags", [])}
    pinned = " (spec fix #10 pins the generated modules: none moves)"
    changes = [Change("tags", f"tag `{n}` removed{pinned}", False) for n in sorted(before - after)]
    changes += [Change("tags", f"tag `{n}` added", False) for n in sorted(after - before)]
    return changes


def _operation(
    old: Doc,
    new: Doc,
    key: tuple[str, str],
    before: tuple[str, Doc],
    after: tuple[str, Doc],
    *,
    compare_ids: bool = True,
) -> list[Change]:
    (_, old_op), (new_path, new_op) = before, after
    where = f"{key[0]} {new_path}"
    changes: list[Change] = []
    if compare_ids and old_op.get("operationId") != new_op.get("operationId"):
        changes.append(
            Change(
                where,
                f"operationId `{old_op.get('operationId')}` renamed `{new_op.get('operationId')}` "
                "(generated function and module names change)",
                True,
            )
        )
    if old_op.get("tags") != new_op.get("tags"):
        changes.append(
            Change(
                where,
                f"tags {old_op.get('tags')} -> {new_op.get('tags')} (spec fix #10 pins the generated module: it "
                "does not move)",
                False,
            )
        )
    if old_op.get("summary") != new_op.get("summary"):
        changes.append(Change(where, f"summary {old_op.get('summary')!r} -> {new_op.get('summary')!r}", None))
    changes += _parameters(old, new, where, old_op, new_op)
    changes += _request_body(old, new, where, old_op.get("requestBody"), new_op.get("requestBody"))
    changes += _responses(old, new, where, old_op.get("responses", {}), new_op.get("responses", {}))
    if _security(old_op) != _security(new_op):
        changes.append(Change(where, "security requirements changed", True))
    return changes


def _security(op: Doc) -> frozenset[frozenset[tuple[str, frozenset[str]]]]:
    """An operation's security requirements as sets: X's live file reorders the requirements and
    their scope lists on every download, which changes nothing."""
    return frozenset(
        frozenset((scheme, frozenset(scopes)) for scheme, scopes in requirement.items())
        for requirement in op.get("security", [])
    )


def _parameters(old: Doc, new: Doc, where: str, old_op: Doc, new_op: Doc) -> list[Change]:
    def by_key(doc: Doc, op: Doc) -> dict[tuple[str, str | int], Doc]:
        found: dict[tuple[str, str | int], Doc] = {}
        position = 0
        for raw in op.get("parameters", []):
            param, _ = follow(doc, raw)
            if param["in"] == "path":
                found[("path", position)] = param
                position += 1
            else:
                found[(param["in"], param["name"])] = param
        return found

    before, after = by_key(old, old_op), by_key(new, new_op)
    changes = []
    for key in sorted(before.keys() - after.keys(), key=str):
        param = before[key]
        changes.append(Change(where, f"{param['in']} parameter `{param['name']}` removed", True))
    for key in sorted(after.keys() - before.keys(), key=str):
        param = after[key]
        required = param.get("required", False)
        changes.append(
            Change(
                where, f"{param['in']} parameter `{param['name']}` added{' (required)' if required else ''}", required
            )
        )
    for key in sorted(before.keys() & after.keys(), key=str):
        a, b = before[key], after[key]
        label = f"{b['in']} parameter `{b['name']}`"
        if a["name"] != b["name"]:
            changes.append(
                Change(
                    where,
                    f"path parameter `{a['name']}` renamed `{b['name']}` (the same position on the wire; "
                    "generated keyword arguments change)",
                    True,
                )
            )
        if a.get("required", False) != b.get("required", False):
            changes.append(
                Change(
                    where,
                    f"{label} required: {a.get('required', False)} -> {b.get('required', False)}",
                    bool(b.get("required")),
                )
            )
        if (a.get("style"), a.get("explode")) != (b.get("style"), b.get("explode")):
            changes.append(Change(where, f"{label} serialization changed", True))
        changes += _schema(
            old, new, f"{where} > {label}", a.get("schema", {}), b.get("schema", {}), "request", 0, set()
        )
    return changes


def _request_body(old: Doc, new: Doc, where: str, before: Any, after: Any) -> list[Change]:
    if before is None and after is None:
        return []
    if before is None:
        required = bool(after.get("required"))
        return [Change(where, f"request body added{' (required)' if required else ''}", required)]
    if after is None:
        return [Change(where, "request body removed", True)]
    changes = []
    old_content, new_content = before.get("content", {}), after.get("content", {})
    for media in sorted(old_content.keys() - new_content.keys()):
        changes.append(Change(where, f"request body media type `{media}` removed", True))
    for media in sorted(new_content.keys() - old_content.keys()):
        changes.append(Change(where, f"request body media type `{media}` added", False))
    for media in sorted(old_content.keys() & new_content.keys()):
        changes += _schema(
            old,
            new,
            f"{where} > request `{media}`",
            old_content[media].get("schema", {}),
            new_content[media].get("schema", {}),
            "request",
            0,
            set(),
        )
    return changes


def _responses(old: Doc, new: Doc, where: str, before: Doc, after: Doc) -> list[Change]:
    changes = []
    for status in sorted(before.keys() - after.keys()):
        changes.append(Change(where, f"response {status} removed", True))
    for status in sorted(after.keys() - before.keys()):
        changes.append(Change(where, f"response {status} added", False))
    for status in sorted(before.keys() & after.keys()):
        a, _ = follow(old, before[status])
        b, _ = follow(new, after[status])
        old_content, new_content = a.get("content", {}), b.get("content", {})
        for media in sorted(old_content.keys() - new_content.keys()):
            changes.append(Change(where, f"response {status} media type `{media}` removed", True))
        for media in sorted(new_content.keys() - old_content.keys()):
            changes.append(Change(where, f"response {status} media type `{media}` added", True))
        for media in sorted(old_content.keys() & new_content.keys()):
            changes += _schema(
                old,
                new,
                f"{where} > response {status} `{media}`",
                old_content[media].get("schema", {}),
                new_content[media].get("schema", {}),
                "response",
                0,
                set(),
            )
    return changes


def _kind(schema: Doc) -> str:
    for key in ("oneOf", "anyOf", "allOf"):
        if key in schema:
            return key
    return str(schema.get("type", "any"))


def _arms(doc: Doc, schema: Doc, key: str) -> list[str]:
    names = []
    for arm in schema.get(key, []):
        resolved, name = follow(doc, arm)
        names.append(name or _kind(resolved))
    return names


def _schema(
    old: Doc, new: Doc, where: str, before: Any, after: Any, side: str, depth: int, seen: set[tuple[int, int]]
) -> list[Change]:
    a, a_name = follow(old, before)
    b, b_name = follow(new, after)
    if not isinstance(a, dict) or not isinstance(b, dict) or (id(a), id(b)) in seen or depth > MAX_DEPTH:
        return []
    seen = seen | {(id(a), id(b))}
    request = side == "request"
    changes: list[Change] = []

    def add(what: str, breaking: bool | None) -> None:
        changes.append(Change(where, what, breaking))

    if _kind(a) != _kind(b):
        add(f"schema {_kind(a)} -> {_kind(b)}", True)
        if "type" in a and "type" in b:
            return changes
    if a.get("format") != b.get("format"):
        add(f"format {a.get('format')} -> {b.get('format')} (the parsed type changes)", True)
    if a.get("nullable", False) != b.get("nullable", False):
        add(
            f"nullable {a.get('nullable', False)} -> {b.get('nullable', False)}",
            bool(a.get("nullable")) if request else bool(b.get("nullable")),
        )
    if a.get("pattern") != b.get("pattern"):
        add(f"pattern {a.get('pattern')!r} -> {b.get('pattern')!r}", None)
    for bound in ("minimum", "maximum", "minLength", "maxLength", "minItems", "maxItems"):
        if a.get(bound) != b.get(bound):
            add(f"{bound} {a.get(bound)} -> {b.get(bound)}", request or None)
    if "enum" in a or "enum" in b:
        old_values, new_values = a.get("enum") or [], b.get("enum") or []
        gone = [v for v in old_values if v not in new_values]
        came = [v for v in new_values if v not in old_values]
        if gone:
            add(f"enum values removed: {', '.join(map(repr, gone))}", request)
        if came:
            add(f"enum values added: {', '.join(map(repr, came))}", False if request else None)
    for key in ("oneOf", "anyOf", "allOf"):
        if key in a or key in b:
            before_arms, after_arms = _arms(old, a, key), _arms(new, b, key)
            if before_arms != after_arms:
                add(f"{key} arms {before_arms} -> {after_arms}", True)
    old_map = a.get("discriminator", {}).get("mapping", {})
    new_map = b.get("discriminator", {}).get("mapping", {})
    if old_map != new_map:
        add(f"discriminator values {sorted(old_map)} -> {sorted(new_map)}", True)
    if a.get("additionalProperties") is not False and b.get("additionalProperties") is False:
        add("no longer accepts properties it does not list (additionalProperties: false)", request)
    old_props, new_props = a.get("properties", {}), b.get("properties", {})
    old_required, new_required = set(a.get("required", [])), set(b.get("required", []))
    for name in sorted(old_props.keys() - new_props.keys()):
        add(f"property `{name}` removed", True)
    for name in sorted(new_props.keys() - old_props.keys()):
        required = name in new_required
        added, _ = follow(new, new_props[name])
        shape = "/".join(str(added[k]) for k in ("type", "format") if isinstance(added, dict) and k in added)
        add(
            f"property `{name}` added ({shape or _kind(added)}{', required' if required else ''})", request and required
        )
    for name in sorted((old_required - new_required) & new_props.keys()):
        add(f"property `{name}` no longer required", not request)
    for name in sorted((new_required - old_required) & old_props.keys()):
        add(f"property `{name}` now required", request)
    for name in sorted(old_props.keys() & new_props.keys()):
        changes += _schema(old, new, f"{where} > {name}", old_props[name], new_props[name], side, depth + 1, seen)
    if "items" in a and "items" in b:
        changes += _schema(old, new, f"{where}[]", a["items"], b["items"], side, depth + 1, seen)
    if a_name and b_name and a_name != b_name and not changes:
        add(f"schema `{a_name}` renamed `{b_name}` (generated class names change)", True)
    return changes


def by_operation(changes: list[Change]) -> Iterator[tuple[str, list[Change]]]:
    """Changes grouped by the operation (or section) they belong to, in order."""
    groups: dict[str, list[Change]] = {}
    for change in changes:
        groups.setdefault(change.where.split(" > ")[0], []).append(change)
    yield from groups.items()
