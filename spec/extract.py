"""Extract the Chat part of the upstream X OpenAPI spec, then apply our recorded fixes.

Usage::

    python spec/extract.py [UPSTREAM_JSON] [OUTPUT_JSON]

The extraction keeps the Chat family: every ``/2/chat/...`` path, the public-key operations
(``GET``/``POST /2/users/{id}/public_keys``, ``GET /2/users/public_keys``) and
a broadcast's chat (``GET``/``POST /2/broadcasts/{id}/chat``, its mutes and message deletion) and
real-time delivery (``/2/activity/stream``, ``/2/activity/subscriptions``, ``/2/webhooks``),
with every component they reference, transitively, and nothing
else. An extra operation that an (older) upstream lacks is skipped; the change report names it.
The hand fixes in ``fixes.py`` are applied on top; each is listed with its reason in
``spec/CHANGES.md``.
"""

from __future__ import annotations

import copy
import json
import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
UPSTREAM_DIR = HERE / "upstream"
DEFAULT_OUTPUT = HERE / "x-chat-openapi.json"
PATH_PREFIX = "/2/chat/"
# Outside /2/chat/ but part of the Chat family upstream: users' public keys (needed to encrypt,
# verify and decrypt end-to-end) and chat in a broadcast (history, sending, moderation; not the
# broadcasts themselves). Only these methods of these paths.
EXTRA_OPERATIONS = {
    "/2/users/{id}/public_keys": ("get", "post"),
    "/2/users/public_keys": ("get",),
    "/2/broadcasts/{id}/chat": ("get", "post"),
    "/2/broadcasts/{id}/chat/mutes": ("post",),
    "/2/broadcasts/{id}/chat/mutes/{user_id}": ("delete",),
    "/2/broadcasts/{id}/chat/{message_id}": ("delete",),
    # Real-time chat: the X Activity API's stream and subscriptions (chat.* events), and the webhooks
    # that deliver them (registration, CRC validation, replay).
    "/2/activity/stream": ("get",),
    "/2/activity/subscriptions": ("get", "post"),
    "/2/activity/subscriptions/{subscription_id}": ("put", "delete"),
    "/2/webhooks": ("get", "post"),
    "/2/webhooks/replay": ("post",),
    "/2/webhooks/{webhook_id}": ("put", "delete"),
}


def vendored_upstream() -> Path:
    """The vendored upstream file: the only ``x-openapi-v*.json`` in ``spec/upstream/``."""
    found = sorted(UPSTREAM_DIR.glob("x-openapi-v*.json"))
    if len(found) != 1:
        raise SystemExit(f"expected exactly one vendored upstream spec in {UPSTREAM_DIR}, found {len(found)}")
    return found[0]


def _refs(node: Any) -> set[str]:
    """All ``$ref`` strings found anywhere below ``node``."""
    found: set[str] = set()
    stack = [node]
    while stack:
        item = stack.pop()
        if isinstance(item, dict):
            ref = item.get("$ref")
            if isinstance(ref, str):
                found.add(ref)
            # A discriminator mapping names schemas too: they are references.
            mapping = item.get("discriminator", {}).get("mapping", {})
            found.update(v for v in mapping.values() if v.startswith("#/"))
            stack.extend(item.values())
        elif isinstance(item, list):
            stack.extend(item)
    return found


def _resolve(doc: dict[str, Any], ref: str) -> Any:
    if not ref.startswith("#/"):
        raise ValueError(f"only local references are supported, got {ref!r}")
    node: Any = doc
    for part in ref[2:].split("/"):
        node = node[part.replace("~1", "/").replace("~0", "~")]
    return node


def follow(doc: dict[str, Any], node: Any) -> tuple[Any, str | None]:
    """The node behind any chain of ``$ref``s, and the name of the last schema referenced (or None)."""
    name = None
    while isinstance(node, dict) and "$ref" in node:
        name = node["$ref"].rsplit("/", 1)[1]
        node = _resolve(doc, node["$ref"])
    return node, name


def extract(upstream: dict[str, Any]) -> dict[str, Any]:
    """Return a new document with the Chat paths (and EXTRA_OPERATIONS) and their transitive components."""
    paths = {p: copy.deepcopy(v) for p, v in upstream["paths"].items() if p.startswith(PATH_PREFIX)}
    for path, methods in EXTRA_OPERATIONS.items():
        item = upstream["paths"].get(path, {})
        if not any(method in item for method in methods):
            continue
        paths[path] = {
            key: copy.deepcopy(value) for key, value in item.items() if key in methods or key == "parameters"
        }
    used_security = {
        name
        for item in paths.values()
        for op in item.values()
        if isinstance(op, dict)
        for requirement in op.get("security", [])
        for name in requirement
    }
    components: dict[str, dict[str, Any]] = {}
    pending = _refs(paths)
    seen: set[str] = set()
    while pending:
        ref = pending.pop()
        if ref in seen:
            continue
        seen.add(ref)
        _, _, section, name = ref.split("/", 3)
        target = copy.deepcopy(_resolve(upstream, ref))
        components.setdefault(section, {})[name] = target
        pending |= _refs(target) - seen
    schemes = upstream["components"].get("securitySchemes", {})
    components["securitySchemes"] = {n: copy.deepcopy(schemes[n]) for n in sorted(used_security)}
    used_tags = {
        tag for item in paths.values() for op in item.values() if isinstance(op, dict) for tag in op.get("tags", [])
    }
    tags = [copy.deepcopy(t) for t in upstream.get("tags", []) if t.get("name") in used_tags]
    out: dict[str, Any] = {
        "openapi": upstream["openapi"],
        "info": copy.deepcopy(upstream["info"]),
        "servers": copy.deepcopy(upstream.get("servers", [])),
        "tags": tags,
        "paths": dict(sorted(paths.items())),
        "components": {k: dict(sorted(v.items())) for k, v in sorted(components.items())},
    }
    return out


def main(argv: list[str]) -> int:
    upstream_path = Path(argv[1]) if len(argv) > 1 else vendored_upstream()
    output_path = Path(argv[2]) if len(argv) > 2 else DEFAULT_OUTPUT
    upstream = json.loads(upstream_path.read_text(encoding="utf-8"))
    doc = extract(upstream)
    sys.path.insert(0, str(HERE))
    from fixes import apply_fixes

    for line in apply_fixes(doc):
        print(line)
    output_path.write_text(json.dumps(doc, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"wrote {output_path} ({len(doc['paths'])} paths)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
