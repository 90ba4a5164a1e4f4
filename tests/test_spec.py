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
UPSTREAM_PATH = ROOT / "spec" / "upstream" / "x-openapi-v2.159.json"
PAGE = (ROOT / "spec" / "upstream" / "get-chat-conversation.txt").read_text(encoding="utf-8")
OPERATION = "/2/chat/conversations/{conversation_id}"


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


def test_exactly_the_nine_chat_paths_and_reading_public_keys(spec: dict[str, Any], upstream: dict[str, Any]) -> None:
    chat = sorted(p for p in upstream["paths"] if p.startswith("/2/chat/"))
    assert len(chat) == 9
    assert sorted(spec["paths"]) == [*chat, "/2/users/{id}/public_keys"]
    assert list(spec["paths"]["/2/users/{id}/public_keys"]) == ["get"]  # not the upstream POST
    assert spec["paths"]["/2/users/{id}/public_keys"]["get"]["tags"] == ["Chat"]


def test_public_key_has_what_chatxdk_needs(spec: dict[str, Any]) -> None:
    public_key = spec["components"]["schemas"]["PublicKey"]["properties"]
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


def test_get_chat_conversation_matches_its_documentation_page(spec: dict[str, Any]) -> None:
    op = spec["paths"][OPERATION]["get"]
    assert op["operationId"] == "getChatConversation"
    assert op["summary"] in PAGE
    params = {p["name"]: p for p in (_resolve(spec, p) for p in op["parameters"])}
    assert list(params) == ["conversation_id", "max_results", "pagination_token", "chat_message_event.fields"]

    cid = params["conversation_id"]
    cid_schema = _resolve(spec, cid["schema"])
    assert cid["in"] == "path" and cid["required"] is True
    assert cid_schema["pattern"] == "^([0-9]{1,19}-[0-9]{1,19}|g[0-9]{1,19})$"
    assert f'"{cid_schema["example"]}"' in PAGE
    assert cid_schema["description"] in PAGE

    max_results = params["max_results"]["schema"]
    assert (max_results["type"], max_results["format"]) == ("integer", "int32")
    assert "integer<int32>" in PAGE
    assert f"default:{max_results['default']}" in PAGE
    assert f"Required range: {max_results['minimum']} <= x <= {max_results['maximum']}" in PAGE
    assert params["pagination_token"]["schema"]["type"] == "string"

    fields = params["chat_message_event.fields"]
    schema = fields["schema"]
    assert (fields["style"], fields["explode"]) == ("form", False)
    assert schema["minItems"] == 1 and schema["uniqueItems"] is True
    options = re.search(r"Available options:\n(.*?)\nExample:", PAGE, re.S)
    assert options is not None
    assert schema["items"]["enum"] == [o.strip().rstrip(",") for o in options.group(1).splitlines()]
    assert "previous_id" in schema["items"]["enum"]  # the upstream quirk, kept visible

    response = _resolve(spec, op["responses"]["200"]["content"]["application/json"]["schema"])
    event = _resolve(spec, response["properties"]["data"]["items"])
    data_block = PAGE[PAGE.index('"data": [') : PAGE.index('"errors": [')]
    page_event_keys = set(re.findall(r'^      "(\w+)":', data_block, re.M))
    assert len(page_event_keys) == 10
    assert page_event_keys == set(event["properties"])
    assert {"message_event_signature", "previous_sequence_id", "sequence_id"} <= set(event["properties"])
    signature = _resolve(spec, event["properties"]["message_event_signature"])
    assert set(re.findall(r'^        "(\w+)":', data_block, re.M)) == set(signature["properties"])
    meta = response["properties"]["meta"]["properties"]
    assert set(meta) == {"has_more", "missing_conversation_key_change_events", "next_token", "result_count"}
    problem = _resolve(spec, response["properties"]["errors"]["items"])
    assert set(problem["required"]) == {"type", "title"}
    assert {"detail", "status"} <= set(problem["properties"])

    schemes = spec["components"]["securitySchemes"]
    assert "Authorization: Bearer <token>" in PAGE
    assert [next(iter(s)) for s in op["security"]] == ["OAuth2UserToken", "UserToken"]
    assert schemes["OAuth2UserToken"]["type"] == "oauth2"  # OAuth 2.0 user tokens are bearer tokens


def test_changes_are_recorded(spec: dict[str, Any]) -> None:
    changes = (ROOT / "spec" / "CHANGES.md").read_text(encoding="utf-8")
    sys.path.insert(0, str(ROOT / "spec"))
    try:
        import fixes
    finally:
        sys.path.pop(0)
    for fix in fixes.FIXES:
        assert f"`{fix.__name__}`" in changes, f"{fix.__name__} is not listed in spec/CHANGES.md"
