"""Hand fixes applied on top of the upstream extraction; each one is recorded in spec/CHANGES.md.

Every fix finds what it fixes by meaning (an operationId, a schema's shape), never by a path that
upstream may rename, and ends in one of three ways:

- ``APPLIED``: upstream still has the defect, and the fix corrected it;
- ``ADOPTED``: upstream now says what the fix would have made it say; nothing to do (the change
  report lists it, so the fix can be retired);
- :class:`FixNoLongerApplies` is raised: upstream changed the thing the fix targets into something
  it does not recognise. Extraction stops: a human decides what the fix becomes.
"""

from __future__ import annotations

import copy
import enum
import json
from collections.abc import Callable, Iterator
from typing import Any, NamedTuple

from extract import follow

Doc = dict[str, Any]


class Outcome(enum.Enum):
    APPLIED = "applied"
    ADOPTED = "adopted upstream: nothing to do (the fix can be retired)"
    PINNED = "adopted upstream: nothing to do, and kept: it pins what X respells"


class FixNoLongerApplies(Exception):
    """Upstream changed what a fix targets; the fix must be rewritten or retired."""

    def __init__(self, fix: Fix, reason: str) -> None:
        self.fix = fix
        super().__init__(
            f"spec fix #{fix.number} ({fix.function.__name__}) no longer applies: {reason}. "
            "Upstream changed what it fixes: rewrite or retire it in spec/fixes.py and spec/CHANGES.md."
        )


class _Mismatch(Exception):
    """Raised inside a fix; turned into FixNoLongerApplies with the fix's name."""


def _operation(doc: Doc, operation_id: str) -> tuple[str, str, Doc]:
    for path, item in doc["paths"].items():
        for method, op in item.items():
            if isinstance(op, dict) and op.get("operationId") == operation_id:
                return path, method, op
    raise _Mismatch(f"no operation {operation_id!r} in the extracted spec")


def _schemas(doc: Doc) -> Iterator[tuple[str, Doc]]:
    """Every schema-like object of ``doc`` (anything with ``properties`` or ``enum``) and where it is,
    readably: ``PostWithheld.scope`` for a component schema's property, else its JSON pointer."""
    stack: list[tuple[tuple[str, ...], Any]] = [((), doc)]
    while stack:
        where, item = stack.pop()
        if isinstance(item, dict):
            if "properties" in item or "enum" in item:
                yield _readable(where), item
            stack.extend(((*where, str(key)), value) for key, value in item.items())
        elif isinstance(item, list):
            stack.extend(((*where, str(index)), value) for index, value in enumerate(item))


def _readable(where: tuple[str, ...]) -> str:
    if where[:2] == ("components", "schemas"):
        return ".".join(part for part in where[2:] if part not in ("properties", "items", "anyOf", "oneOf", "allOf"))
    return "/" + "/".join(where)


# --- the fixes ---------------------------------------------------------------------------------


def media_download_is_binary(doc: Doc) -> Outcome:
    """#1: the media download returns raw bytes (``application/octet-stream``), as the upstream
    schema's own description said, not the JSON object v2.159 declared."""
    _, _, op = _operation(doc, "chatMediaDownload")
    content = op["responses"]["200"]["content"]
    if (
        list(content) == ["application/octet-stream"]
        and content["application/octet-stream"]["schema"].get("format") == "binary"
    ):
        return Outcome.ADOPTED
    if list(content) != ["application/json"]:
        raise _Mismatch(f"the 200 response declares {sorted(content)}, expected application/json")
    ref = content["application/json"]["schema"].get("$ref", "")
    op["responses"]["200"]["content"] = {
        "application/octet-stream": {
            "schema": {"type": "string", "format": "binary", "description": "Raw encrypted media bytes."}
        }
    }
    if ref.startswith("#/components/schemas/"):
        del doc["components"]["schemas"][ref.rsplit("/", 1)[1]]
    return Outcome.APPLIED


def media_append_is_multipart(doc: Doc) -> Outcome:
    """#2: the append body is ``multipart/form-data`` with the segment as raw bytes.

    Upstream (v2.167) gives ``application/json`` and ``multipart/form-data`` one schema whose
    ``media`` is ``anyOf`` raw bytes (``format: binary``) or base64 (``format: byte``). A required
    body with two media types breaks stock openapi-python-client (``NameError: Unset``, its issue
    #1451), and the ``anyOf`` of two strings leaves generators unable to tell the encodings apart.
    Multipart is how raw bytes travel (no base64 inflation), and upstream's description says so:
    that media type is kept, with the binary arm of ``media``.
    """
    _, _, op = _operation(doc, "chatMediaUploadAppend")
    content = op["requestBody"]["content"]
    if "multipart/form-data" not in content:
        raise _Mismatch(f"the request body declares {sorted(content)}, without multipart/form-data")
    schema, _ = follow(doc, content["multipart/form-data"]["schema"])
    media = schema.get("properties", {}).get("media")
    if media is None:
        raise _Mismatch("the multipart schema has no `media` property")
    binary = {"type": "string", "format": "binary"}
    if list(content) == ["multipart/form-data"] and {k: media.get(k) for k in binary} == binary:
        return Outcome.ADOPTED
    arms = media.get("anyOf", [])
    if not any({k: arm.get(k) for k in binary} == binary for arm in arms):
        raise _Mismatch("`media` has no raw-bytes (format: binary) arm")
    for key in ("anyOf", "oneOf"):
        media.pop(key, None)
    media.update(binary)
    op["requestBody"]["content"] = {"multipart/form-data": content["multipart/form-data"]}
    return Outcome.APPLIED


def required_properties_are_defined(doc: Doc) -> Outcome:
    """#3: no schema requires a property it does not define (v2.159's ``MediaUploadAppendResponse``
    required an undefined ``meta``, so a validator rejected every real append response)."""
    changed = False
    for _, schema in _schemas(doc):
        properties = schema.get("properties")
        required = schema.get("required")
        if properties is None or not isinstance(required, list):
            continue
        kept = [name for name in required if name in properties]
        if kept != required:
            changed = True
            if kept:
                schema["required"] = kept
            else:
                del schema["required"]
    return Outcome.APPLIED if changed else Outcome.ADOPTED


# The generated module of an operation (``api/<tag>/``) is its tag. X respells its tags (v2.159
# ``Chat``, v2.167 ``Chats``, the 2026-08-22 revision ``Chat`` again and ``Users`` for the public-key
# GETs), and each respelling would move every module and break every ``client.api.*`` import. So the
# tag is pinned here, by the operation's path: a cosmetic change upstream changes nothing for users.
PINNED_TAGS: dict[str, Doc] = {
    "Chats": {
        "name": "Chats",
        "description": "Endpoints related to Chat encrypted messaging",
        "externalDocs": {"description": "Find out more", "url": "https://developer.x.com/"},
    },
    "Broadcasts": {
        "name": "Broadcasts",
        "description": "Endpoints related to live broadcasts and their chat",
        "externalDocs": {"description": "Find out more", "url": "https://developer.x.com/"},
    },
    "Activity": {
        "name": "Activity",
        "description": "Endpoints relating to retrieving, managing activity subscriptions",
        "externalDocs": {
            "description": "Find out more",
            "url": "https://docs.x.com/x-api/enterprise-gnip-2.0/fundamentals/account-activity",
        },
    },
    "Webhooks": {
        "name": "Webhooks",
        "description": "Endpoints relating to retrieving, managing webhooks and webhook configs",
        "externalDocs": {
            "description": "Find out more",
            "url": "https://docs.x.com/x-api/enterprise-gnip-2.0/fundamentals/account-activity",
        },
    },
}
MODULE_OF_PATH = (  # the first prefix that matches decides
    ("/2/chat/", "Chats"),
    ("/2/users/", "Chats"),  # users' chat public keys: part of Chat, whatever X tags them
    ("/2/broadcasts/", "Broadcasts"),
    ("/2/activity/", "Activity"),  # the stream too, which X tags `Stream`
    ("/2/webhooks", "Webhooks"),
)
KNOWN_UPSTREAM_TAGS = {"Chat", "Chats", "Users", "Broadcasts", "Activity", "Stream", "Webhooks"}


def generated_modules_are_pinned(doc: Doc) -> Outcome | tuple[Outcome, str]:
    """#10: each operation's tag, so its generated module, is pinned by its path (``PINNED_TAGS``),
    not taken from upstream. A path outside the known families fails loudly; a tag upstream never
    used before is named in the outcome, as is every respelling (compatible: no module moves)."""
    respelt: dict[str, int] = {}
    unknown: set[str] = set()
    for path, item in doc["paths"].items():
        module = next((tag for prefix, tag in MODULE_OF_PATH if path.startswith(prefix)), None)
        if module is None:
            raise _Mismatch(f"{path} belongs to no family of MODULE_OF_PATH: pin its generated module there")
        for op in item.values():
            if not isinstance(op, dict) or "operationId" not in op:
                continue
            upstream = op.get("tags", [])
            unknown |= set(upstream) - KNOWN_UPSTREAM_TAGS
            if upstream != [module]:
                key = f"{'/'.join(upstream) or 'none'} -> {module}"
                respelt[key] = respelt.get(key, 0) + 1
                op["tags"] = [module]
    used = sorted({op["tags"][0] for item in doc["paths"].values() for op in item.values() if isinstance(op, dict)})
    tags = [PINNED_TAGS[name] for name in used]
    changed = bool(respelt) or doc.get("tags") != tags
    doc["tags"] = tags
    said = [f"upstream tags {key} ({n} operations), pinned: no module moves" for key, n in sorted(respelt.items())]
    said += [f"a tag upstream never used before: {name!r}" for name in sorted(unknown)]
    if not changed:
        return Outcome.PINNED
    return (Outcome.APPLIED, "; ".join(said)) if said else Outcome.APPLIED


TAG_DESCRIPTIONS = {"Chat": "Endpoints related to Chat encrypted messaging"}


def every_tag_is_declared(doc: Doc) -> Outcome:
    """#4: every tag an operation uses is declared (v2.159 tagged everything ``Chat`` without
    declaring it; the description is the one v2.167 gives its ``Chats`` tag)."""
    declared = {tag["name"] for tag in doc["tags"]}
    used = sorted(
        {
            tag
            for item in doc["paths"].values()
            for op in item.values()
            if isinstance(op, dict)
            for tag in op.get("tags", [])
        }
    )
    missing = [name for name in used if name not in declared]
    for name in missing:
        if name not in TAG_DESCRIPTIONS:
            raise _Mismatch(f"tag {name!r} is used but not declared, and we have no description for it")
        doc["tags"].append({"name": name, "description": TAG_DESCRIPTIONS[name]})
    return Outcome.APPLIED if missing else Outcome.ADOPTED


def nullable_enums_list_null(doc: Doc) -> Outcome | tuple[Outcome, str]:
    """#7: a ``nullable`` enum lists ``null`` among its values. OpenAPI 3.0.3 says an enum
    restricts the value even when ``nullable: true``, so ``null`` must be listed to be valid; X
    sends ``null`` (``PostWithheld.scope``, ``UserWithheld.scope``, reached through ``includes``),
    and generated clients (openapi-python-client's enums among them) raised on it."""
    changed = []
    for name, schema in _schemas(doc):
        if schema.get("nullable") is True and isinstance(schema.get("enum"), list) and None not in schema["enum"]:
            schema["enum"].append(None)
            changed.append(name)
    return (Outcome.APPLIED, ", ".join(sorted(set(changed)))) if changed else Outcome.ADOPTED


GENERIC_PROBLEM = {
    "description": "A generic problem with no additional information beyond that provided by the HTTP status code.",
    "type": "object",
    "required": ["type", "title"],
    "properties": {
        "detail": {"type": "string"},
        "status": {"type": "integer"},
        "title": {"type": "string"},
        "type": {"type": "string"},
    },
}


def problems_include_the_generic_problem(doc: Doc) -> Outcome:
    """#8: ``Problem`` also admits RFC 7807's generic problem (``type: about:blank``), which X sends
    (401, 429) and v2.159 declared as ``GenericProblem``. v2.167 made ``Problem`` a ``oneOf`` of nine
    typed problems, so a client generated from it fails on every generic problem. The schema is
    v2.159's (type and title required), joining the ``oneOf``; its ``type`` is any string but the
    typed problems' (``not``), so exactly one arm matches every problem, a new kind of problem included.
    (An ``anyOf`` did that too, but openapi-generator's typescript-fetch merges an ``anyOf`` into one
    interface requiring every arm's fields, which does not type-check.)"""
    schemas = doc["components"]["schemas"]
    problem = schemas.get("Problem")
    if problem is None:
        raise _Mismatch("there is no Problem schema")
    arms = problem.get("oneOf", problem.get("anyOf"))
    if arms is None:
        if "properties" in problem and "type" in problem["properties"] and "oneOf" not in problem:
            return Outcome.ADOPTED  # one object with a free-form `type` (v2.159's shape) admits every problem
        raise _Mismatch("Problem is neither an object nor a union of problems")
    ref = {"$ref": "#/components/schemas/GenericProblem"}
    typed_arms = [arm for arm in arms if arm != ref]
    typed: list[str] = []
    for arm in typed_arms:
        target = schemas.get(str(arm.get("$ref", "")).rsplit("/", 1)[-1], {})
        kinds = target.get("properties", {}).get("type", {}).get("enum")
        if not kinds:
            raise _Mismatch(f"the Problem arm {arm} has no enumerated `type`: a generic problem would match it too")
        typed += kinds
    generic = copy.deepcopy(GENERIC_PROBLEM)
    generic["properties"]["type"] = {"type": "string", "not": {"enum": sorted(typed)}}
    mapping = problem.get("discriminator", {}).get("mapping", {})
    if "oneOf" in problem and ref in arms and schemas.get("GenericProblem") == generic:
        return Outcome.ADOPTED
    if "GenericProblem" in schemas and schemas["GenericProblem"] not in (GENERIC_PROBLEM, generic):
        raise _Mismatch("upstream has a GenericProblem schema of another shape")
    schemas["GenericProblem"] = generic
    problem.pop("anyOf", None)
    problem["oneOf"] = [*typed_arms, ref]
    if "discriminator" in problem:
        mapping["about:blank"] = ref["$ref"]
    return Outcome.APPLIED


def no_ref_siblings(doc: Doc) -> Outcome:
    """#9: nothing stands next to a ``$ref``. OpenAPI 3.0 ignores a ``$ref``'s siblings (v2.167 puts
    a ``description`` there, four times), and Spectral and Redocly report each as an error; dropping
    them changes no meaning, and the referenced schema keeps its own description."""
    changed = False
    stack: list[Any] = [doc["paths"], doc["components"]]
    while stack:
        item = stack.pop()
        if isinstance(item, dict):
            if "$ref" in item and len(item) > 1:
                for key in [k for k in item if k != "$ref"]:
                    del item[key]
                changed = True
            stack.extend(item.values())
        elif isinstance(item, list):
            stack.extend(item)
    return Outcome.APPLIED if changed else Outcome.ADOPTED


CHAT_EVENT_TYPES = (
    "chat.received",
    "chat.sent",
    "chat.conversation.join",
    "chat.conversation_join",
    "chat.conversation.member_added",
    "chat.conversation.member_removed",
    "chat.conversation.admin_added",
    "chat.conversation.admin_removed",
    "chat.update.group_name",
    "chat.update.restrictions",
)
CHAT_PAYLOAD_REF = "#/components/schemas/ChatActivityResponsePayload"
CHAT_PAYLOAD = {
    "type": "object",
    "description": (
        "The payload of a chat.* activity event: one end-to-end encrypted chat event, as X's "
        "documentation of real-time chat events describes it (x-chat's addition: upstream does not "
        "type chat payloads). Decrypt `encoded_event` with the Chat XDK."
    ),
    "properties": {
        "conversation_id": {
            "type": "string",
            "description": "The conversation; X's examples write a direct conversation as `A-B` or `A:B`.",
        },
        "sender_id": {"type": "string", "description": "Who sent the event."},
        "id": {"type": "string", "description": "The chat event's ID."},
        "created_at_msec": {"type": "string", "description": "When it was created, in epoch milliseconds."},
        "encoded_event": {
            "type": "string",
            "description": "The encrypted event (base64), as in a conversation's events.",
        },
        "conversation_key_version": {"type": "string", "description": "The conversation key it is encrypted with."},
        "conversation_key_change_event": {
            "type": "string",
            "description": "The signed key-change event (base64) that carries that key, when there is one.",
        },
        "message_event_signature": {"type": "string", "description": "The event's signature."},
    },
}
STREAM_EVENT_UUID = {
    "type": "string",
    "description": (
        "The delivery's unique identifier: deduplicate deliveries on it. X's examples show a UUID, "
        "digits or a negative number."
    ),
}


def chat_activity_is_typed(doc: Doc) -> Outcome:
    """#11 (our addition): chat activity payloads have a schema, ``ChatActivityResponsePayload``,
    first in the stream payload's ``oneOf`` and mapped from every chat.* event type, so generated
    clients read a chat event as one (not as the first lenient arm, a profile update or a ``Post``).
    And a delivery's ``event_uuid`` is any string: the spec's digits-only ``ActivityEventId``
    refuses X's documented UUIDs and negative numbers."""
    schemas = doc["components"]["schemas"]
    stream = schemas.get("ActivityStreamResponse")
    payload = schemas.get("ActivityStreamingResponsePayload")
    if stream is None or payload is None or "oneOf" not in payload:
        raise _Mismatch("no ActivityStreamResponse with a oneOf payload (ActivityStreamingResponsePayload)")
    data = stream["properties"]["data"]["properties"]
    arm = {"$ref": CHAT_PAYLOAD_REF}
    mapping = payload.setdefault("discriminator", {}).setdefault("mapping", {})
    if (
        schemas.get("ChatActivityResponsePayload") == CHAT_PAYLOAD
        and payload["oneOf"][:1] == [arm]
        and all(mapping.get(name) == CHAT_PAYLOAD_REF for name in CHAT_EVENT_TYPES)
        and data.get("event_uuid") == STREAM_EVENT_UUID
    ):
        return Outcome.ADOPTED
    typed = [name for name in CHAT_EVENT_TYPES if name in mapping]
    if typed and all(mapping[name] != CHAT_PAYLOAD_REF for name in typed):
        raise _Mismatch(f"upstream types chat payloads now ({', '.join(typed)}): compare, then retire this fix")
    if "ChatActivityResponsePayload" in schemas and schemas["ChatActivityResponsePayload"] != CHAT_PAYLOAD:
        raise _Mismatch("upstream has a ChatActivityResponsePayload of another shape")
    schemas["ChatActivityResponsePayload"] = copy.deepcopy(CHAT_PAYLOAD)
    payload["oneOf"] = [arm, *(a for a in payload["oneOf"] if a != arm)]
    for name in CHAT_EVENT_TYPES:
        mapping[name] = CHAT_PAYLOAD_REF
    payload["discriminator"]["mapping"] = dict(sorted(mapping.items()))
    data["event_uuid"] = copy.deepcopy(STREAM_EVENT_UUID)
    if "#/components/schemas/ActivityEventId" not in json.dumps(doc):
        schemas.pop("ActivityEventId", None)  # it typed only event_uuid
    return Outcome.APPLIED


class Fix(NamedTuple):
    number: int
    function: Callable[[Doc], Outcome | tuple[Outcome, str]]


FIXES = [
    Fix(1, media_download_is_binary),
    Fix(2, media_append_is_multipart),
    Fix(3, required_properties_are_defined),
    Fix(10, generated_modules_are_pinned),
    Fix(4, every_tag_is_declared),
    Fix(7, nullable_enums_list_null),
    Fix(8, problems_include_the_generic_problem),
    Fix(9, no_ref_siblings),
    Fix(11, chat_activity_is_typed),
]


def apply_fixes(doc: Doc) -> list[str]:
    """Apply every fix, in order, to the extracted document ``doc``; one line per fix saying what it did.

    Raises FixNoLongerApplies (naming the fix) when upstream changed what a fix targets.
    """
    lines = []
    for fix in FIXES:
        try:
            result = fix.function(doc)
        except (_Mismatch, KeyError, TypeError) as exc:
            raise FixNoLongerApplies(fix, str(exc) if isinstance(exc, _Mismatch) else f"missing {exc!r}") from exc
        outcome, detail = result if isinstance(result, tuple) else (result, "")
        lines.append(f"fix #{fix.number} {fix.function.__name__}: {outcome.value}{f' ({detail})' if detail else ''}")
    return lines
