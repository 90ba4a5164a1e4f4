"""The spec: extracted from upstream as recorded, valid, and true to the documentation page."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from openapi_spec_validator import validate

ROOT = Path(__file__).resolve().parent.parent
SPEC_PATH = ROOT / "spec" / "x-chat-openapi.json"
UPSTREAM_PATH = next((ROOT / "spec" / "upstream").glob("x-openapi-v*.json"))  # the one vendored revision
PAGE = (ROOT / "spec" / "upstream" / "get-chat-conversation.txt").read_text(encoding="utf-8")
# The seed page documents v2.159's GET /2/chat/conversations/{conversation_id}; since v2.167 the same
# operation (the conversation's events) is GET /2/chat/conversations/{id}/events.
OPERATION = "/2/chat/conversations/{id}/events"
# What X renamed between the page (v2.159) and v2.167, and nothing else.
RENAMED_PARAMETERS = {"conversation_id": "id"}
RENAMED_EVENT_FIELDS = {"created_at_msec": "created_at"}


@pytest.fixture(scope="module")
def spec() -> dict[str, Any]:
    return json.loads(SPEC_PATH.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def upstream() -> dict[str, Any]:
    return json.loads(UPSTREAM_PATH.read_text(encoding="utf-8"))


def _resolve(doc: dict[str, Any], node: Any) -> Any:
    while isinstance(node, dict) and "$ref" in node:
        path = node["$ref"][2:].split("/")
        node = doc
        for part in path:
            node = node[part]
    return node


def _all_refs(node: Any) -> set[str]:
    refs: set[str] = set()
    if isinstance(node, dict):
        if isinstance(node.get("$ref"), str):
            refs.add(node["$ref"])
        refs |= set(node.get("discriminator", {}).get("mapping", {}).values())
        for value in node.values():
            refs |= _all_refs(value)
    elif isinstance(node, list):
        for value in node:
            refs |= _all_refs(value)
    return refs


def test_spec_is_what_extraction_and_fixes_produce(tmp_path: Path) -> None:
    out = tmp_path / "spec.json"
    subprocess.run([sys.executable, str(ROOT / "spec" / "extract.py"), str(UPSTREAM_PATH), str(out)], check=True)
    assert out.read_bytes() == SPEC_PATH.read_bytes(), "spec/ is stale or hand-edited: run `make spec`"


def test_spec_validates(spec: dict[str, Any]) -> None:
    validate(spec)


def _tags_of(paths: dict[str, list[str]]) -> set[str]:
    return {"Activity" for p in paths if p.startswith("/2/activity/")} | {
        "Webhooks" for p in paths if p.startswith("/2/webhooks")
    }


def _module_of(path: str) -> str:
    for prefix, module in (("/2/broadcasts/", "Broadcasts"), ("/2/activity/", "Activity"), ("/2/webhooks", "Webhooks")):
        if path.startswith(prefix):
            return module
    return "Chats"


def test_exactly_the_chat_family(spec: dict[str, Any], upstream: dict[str, Any]) -> None:
    """Every /2/chat/ path with all its methods; of the rest of upstream, only the public keys, a
    broadcast's chat and real-time delivery (activity, webhooks), and only the methods named here."""
    chat = {p for p in upstream["paths"] if p.startswith("/2/chat/")}
    assert len(chat) >= 14
    extras = {
        "/2/users/{id}/public_keys": ["get", "post"],
        "/2/users/public_keys": ["get"],
        "/2/broadcasts/{id}/chat": ["get", "post"],
        "/2/broadcasts/{id}/chat/mutes": ["post"],
        "/2/broadcasts/{id}/chat/mutes/{user_id}": ["delete"],
        "/2/broadcasts/{id}/chat/{message_id}": ["delete"],
        "/2/activity/stream": ["get"],
        "/2/activity/subscriptions": ["get", "post"],
        "/2/activity/subscriptions/{subscription_id}": ["put", "delete"],
        "/2/webhooks": ["get", "post"],
        "/2/webhooks/replay": ["post"],
        "/2/webhooks/{webhook_id}": ["put", "delete"],
    }
    present = {  # an older revision lacks some (v2.167 of 2026-08-07 has only POST .../chat)
        path: [m for m in methods if m in upstream["paths"].get(path, {})] for path, methods in extras.items()
    }
    present = {path: methods for path, methods in present.items() if methods}
    assert "/2/broadcasts/{id}/chat" in present
    assert set(spec["paths"]) == chat | set(present)
    for path in chat:
        assert [m for m in spec["paths"][path] if m != "parameters"] == [
            m for m in upstream["paths"][path] if m != "parameters"
        ]
    for path, methods in present.items():
        assert sorted(spec["paths"][path]) == sorted(methods)  # not the rest of /2/users or /2/broadcasts
    tags = {op["tags"][0] for item in spec["paths"].values() for op in item.values()}
    assert tags == {"Chats", "Broadcasts", "Activity", "Webhooks"} - ({"Activity", "Webhooks"} - _tags_of(present))
    assert all(  # fix #10: the generated module follows the path, whatever X tags it
        op["tags"] == [_module_of(path)] for path, item in spec["paths"].items() for op in item.values()
    )
    assert {t["name"] for t in spec["tags"]} == tags


def test_public_key_has_what_chatxdk_needs(spec: dict[str, Any]) -> None:
    public_key = spec["components"]["schemas"]["PublicKey"]["properties"]
    assert "version" not in public_key
    assert {"identity_public_key_signature", "public_key_version", "signing_public_key"} <= set(public_key)
    fields = spec["components"]["parameters"]["PublicKeyFieldsParameter"]["schema"]["items"]["enum"]
    assert {"identity_public_key_signature", "public_key_version"} <= set(fields)


def test_every_ref_resolves_and_every_component_is_reachable(spec: dict[str, Any]) -> None:
    refs = _all_refs(spec["paths"])
    seen: set[str] = set()
    while refs - seen:
        ref = sorted(refs - seen)[0]
        seen.add(ref)
        refs |= _all_refs(_resolve(spec, {"$ref": ref}))
    defined = {f"#/components/{section}/{name}" for section, items in spec["components"].items() for name in items}
    defined -= {f"#/components/securitySchemes/{name}" for name in spec["components"]["securitySchemes"]}
    assert defined == seen


def test_array_query_parameters_are_form_not_exploded(spec: dict[str, Any]) -> None:
    """Our endpoint template comma-joins every array query parameter; that is right only while the
    spec declares them all `style: form, explode: false`."""
    found = 0
    for item in spec["paths"].values():
        for op in item.values():
            for param in op.get("parameters", []):
                param = _resolve(spec, param)
                if param["in"] == "query" and _resolve(spec, param["schema"]).get("type") == "array":
                    found += 1
                    assert param.get("style", "form") == "form", param["name"]
                    assert param.get("explode") is False, param["name"]
    assert found >= 4


def _seed_options(section: str) -> list[str]:
    options = re.search(r"Available options:\n(.*?)\nExample:", section, re.S)
    assert options is not None
    return [o.strip().rstrip(",") for o in options.group(1).splitlines()]


def test_the_seed_operation_matches_its_documentation_page_point_by_point(spec: dict[str, Any]) -> None:
    """Every parameter, option and response key of the seed page, on the v2.167 events operation,
    with only the renames X made (RENAMED_*) allowed."""
    op = spec["paths"][OPERATION]["get"]
    assert op["operationId"] == "getChatConversationEvents"
    assert op["summary"] == "Get Chat Conversation Events" and "Get Chat Conversation" in PAGE
    params = {p["name"]: p for p in (_resolve(spec, p) for p in op["parameters"])}
    seed_params = ["conversation_id", "max_results", "pagination_token", "chat_message_event.fields"]
    assert list(params) == [RENAMED_PARAMETERS.get(name, name) for name in seed_params]

    cid = params["id"]
    pattern = _resolve(spec, cid["schema"])["pattern"]
    assert cid["in"] == "path" and cid["required"] is True
    # The page's format (two user IDs, or g + ID) is still accepted, and v2.167 adds a bare user ID.
    assert pattern == "^([0-9]{1,19}|[0-9]{1,19}-[0-9]{1,19}|g[0-9]{1,19})$"
    example = re.search(r'Example:\n\n"([^"]+)"', PAGE)
    assert example is not None and re.fullmatch(pattern, example.group(1))
    assert "two user IDs separated by a hyphen" in PAGE and "'g' followed by a numeric ID" in PAGE

    max_results = params["max_results"]["schema"]
    assert (max_results["type"], max_results["format"]) == ("integer", "int32")
    assert "integer<int32>" in PAGE
    assert f"default:{max_results['default']}" in PAGE
    assert f"Required range: {max_results['minimum']} <= x <= {max_results['maximum']}" in PAGE
    assert params["pagination_token"]["schema"]["type"] == "string" and "pagination_token\nstring" in PAGE

    fields = params["chat_message_event.fields"]
    schema = fields["schema"]
    assert (fields["style"], fields["explode"]) == ("form", False)
    assert schema["minItems"] == 1 and schema["uniqueItems"] is True and "Minimum array length: 1" in PAGE
    seed_options = _seed_options(PAGE[PAGE.index("chat_message_event.fields\nenum") :])
    assert schema["items"]["enum"] == sorted(RENAMED_EVENT_FIELDS.get(o, o) for o in seed_options)
    assert "previous_id" in schema["items"]["enum"]

    response = _resolve(spec, op["responses"]["200"]["content"]["application/json"]["schema"])
    event = _resolve(spec, response["properties"]["data"]["items"])
    data_block = PAGE[PAGE.index('"data": [') : PAGE.index('"errors": [')]
    page_event_keys = set(re.findall(r'^      "(\w+)":', data_block, re.M))
    assert len(page_event_keys) == 10
    # v2.167: the selectable names are the keys; sequence IDs moved into the encrypted payload.
    assert set(event["properties"]) == {RENAMED_EVENT_FIELDS.get(k, k) for k in page_event_keys} - {
        "previous_sequence_id",
        "sequence_id",
    } | {"previous_id"}
    assert event["properties"]["created_at"] == {"type": "string", "format": "date-time"}
    assert "required" not in event  # v2.167 requires no field of an event
    meta = response["properties"]["meta"]["properties"]
    assert set(meta) == {"has_more", "conversation_key_events", "next_token", "result_count"}
    assert '"missing_conversation_key_change_events"' in PAGE  # the page's name for conversation_key_events

    schemes = spec["components"]["securitySchemes"]
    assert "Authorization: Bearer <token>" in PAGE
    assert [next(iter(s)) for s in op["security"]] == ["OAuth2UserToken", "UserToken"]
    assert schemes["OAuth2UserToken"]["type"] == "oauth2"  # OAuth 2.0 user tokens are bearer tokens


def test_the_facade_takes_every_seed_parameter() -> None:
    """get_conversation_events (sync and async) takes each of the page's parameters."""
    import inspect

    from x_chat import AsyncChatClient, ChatClient

    for cls in (ChatClient, AsyncChatClient):
        names = list(inspect.signature(cls.get_conversation_events).parameters)
        assert names[1:5] == ["conversation_id", "fields", "max_results", "pagination_token"]


def test_changes_are_recorded(spec: dict[str, Any]) -> None:
    changes = (ROOT / "spec" / "CHANGES.md").read_text(encoding="utf-8")
    sys.path.insert(0, str(ROOT / "spec"))
    try:
        import fixes
    finally:
        sys.path.pop(0)
    for fix in fixes.FIXES:
        name = fix.function.__name__
        assert f"{fix.number}. **" in changes and f"`{name}`" in changes, f"{name} is not listed in spec/CHANGES.md"
