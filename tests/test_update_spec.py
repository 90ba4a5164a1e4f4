"""make update-spec: fixes that fail loudly or say they were adopted, the HTTP and Python API diffs,
a rerun that changes nothing, and the committed v2.159 -> v2.167 report."""

from __future__ import annotations

import copy
import json
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "spec"))

import apidiff  # noqa: E402
import extract  # noqa: E402
import fixes  # noqa: E402
import pyapi  # noqa: E402
import update  # noqa: E402

REPORT = ROOT / "spec" / "reports" / "2.159-to-2.167.md"


@pytest.fixture(scope="module")
def family() -> dict[str, Any]:
    return extract.extract(json.loads(extract.vendored_upstream().read_text(encoding="utf-8")))


def test_each_fix_applies_once_then_says_it_is_adopted(family: dict[str, Any]) -> None:
    doc = copy.deepcopy(family)
    first = fixes.apply_fixes(doc)
    assert any("#2 media_append_is_multipart: applied" in line for line in first)
    assert any("#1 media_download_is_binary: adopted upstream" in line for line in first)
    again = fixes.apply_fixes(doc)  # what a future upstream that adopted every fix would look like
    assert all("adopted upstream" in line for line in again), again


@pytest.mark.parametrize(
    ("break_it", "number"),
    [
        (lambda d: d["paths"].pop("/2/chat/media/{id}/{media_hash_key}"), 1),  # the operation is gone
        (
            lambda d: d["paths"]["/2/chat/media/upload/{id}/append"]["post"]["requestBody"]["content"].pop(
                "multipart/form-data"
            ),
            2,
        ),
        (
            lambda d: d["components"]["schemas"]["ChatMediaUploadAppendRequest"]["properties"]["media"].update(
                anyOf=[{"type": "string", "format": "byte"}]
            ),
            2,
        ),
        (lambda d: d["components"]["schemas"].update(Problem={"type": "string"}), 8),
        (lambda d: d["paths"].update({"/2/dm_events": {"get": {"operationId": "getDmEvents", "tags": ["Chat"]}}}), 10),
    ],
)
def test_a_fix_that_no_longer_applies_fails_loudly_naming_itself(
    family: dict[str, Any], break_it: Any, number: int
) -> None:
    doc = copy.deepcopy(family)
    break_it(doc)
    with pytest.raises(fixes.FixNoLongerApplies) as info:
        fixes.apply_fixes(doc)
    assert info.value.fix.number == number
    assert f"spec fix #{number}" in str(info.value) and "rewrite or retire" in str(info.value)


def _op(params: list[dict[str, Any]] | None = None, response: dict[str, Any] | None = None) -> dict[str, Any]:
    op: dict[str, Any] = {"operationId": "op", "parameters": params or []}
    op["responses"] = {"200": {"description": "ok", "content": {"application/json": {"schema": response or {}}}}}
    return op


def _doc(op: dict[str, Any]) -> dict[str, Any]:
    return {"paths": {"/x/{id}": {"get": op}}, "components": {"schemas": {}}}


def test_a_tag_only_change_upstream_changes_nothing_for_users() -> None:
    """X respells its tags (the 2026-08-22 revision: `Chats` -> `Chat`, the public-key GETs `Users`).
    Pinned by fix #10, the spec comes out the same, so the generated modules do not move, and the
    outcome says so (compatible)."""
    upstream = json.loads(extract.vendored_upstream().read_text(encoding="utf-8"))
    retagged = copy.deepcopy(upstream)
    for path, item in retagged["paths"].items():
        for op in item.values():
            if isinstance(op, dict) and op.get("tags") == ["Chats"]:
                op["tags"] = ["Users"] if path.startswith("/2/users/") else ["Chat"]
    for tag in retagged["tags"]:
        if tag["name"] == "Chats":
            tag.update(name="Chat", description="Chat endpoints")
    retagged["tags"].append({"name": "Users", "description": "User endpoints"})
    ours, theirs = extract.extract(upstream), extract.extract(retagged)
    fixes.apply_fixes(ours)
    lines = fixes.apply_fixes(theirs)
    assert theirs == ours  # the same spec: the same generated modules, byte for byte
    (pinned,) = [line for line in lines if line.startswith("fix #10")]
    assert "Chat -> Chats" in pinned and "Users -> Chats" in pinned and "no module moves" in pinned


def test_http_diff_catches_request_enum_narrowing_and_date_time() -> None:
    """The two changes Optic misses."""
    enum = {"name": "f", "in": "query", "schema": {"type": "array", "items": {"type": "string", "enum": ["a", "b"]}}}
    narrowed = copy.deepcopy(enum)
    narrowed["schema"]["items"]["enum"] = ["a"]
    old = _doc(_op([enum], {"type": "object", "properties": {"t": {"type": "string"}}}))
    new = _doc(_op([narrowed], {"type": "object", "properties": {"t": {"type": "string", "format": "date-time"}}}))
    changes = {(c.what, c.breaking) for c in apidiff.diff(old, new)}
    assert ("enum values removed: 'b'", True) in changes
    assert ("format None -> date-time (the parsed type changes)", True) in changes


def test_http_diff_marks_each_change_for_a_client() -> None:
    pattern = {"name": "id", "in": "path", "required": True, "schema": {"type": "string", "pattern": "^[0-9]$"}}
    widened = {**pattern, "schema": {"type": "string", "pattern": "^[0-9]+$"}}
    response = {
        "type": "object",
        "required": ["a"],
        "properties": {"a": {"type": "string"}, "gone": {"type": "string"}},
    }
    new_response = {"type": "object", "properties": {"a": {"type": "string"}, "new": {"type": "integer"}}}
    changes = {
        (c.what, c.breaking) for c in apidiff.diff(_doc(_op([pattern], response)), _doc(_op([widened], new_response)))
    }
    assert ("pattern '^[0-9]$' -> '^[0-9]+$'", None) in changes  # a human judges (api-smart-diff calls it breaking)
    assert ("property `gone` removed", True) in changes
    assert ("property `a` no longer required", True) in changes  # a response field a client relied on
    assert ("property `new` added (integer)", False) in changes
    optional = {"name": "q", "in": "query", "schema": {"type": "string"}}
    required = {"name": "r", "in": "query", "required": True, "schema": {"type": "string"}}
    added = {(c.what, c.breaking) for c in apidiff.diff(_doc(_op()), _doc(_op([optional, required])))}
    assert added == {("query parameter `q` added", False), ("query parameter `r` added (required)", True)}


def test_python_api_diff_reports_type_changes_griffe_does_not(tmp_path: Path) -> None:
    for name, annotation in (("old", "str"), ("new", "datetime.datetime")):
        package = tmp_path / name / "extensions" / "x_chat"
        package.mkdir(parents=True)
        (package / "__init__.py").write_text(
            f"import datetime\n\n\nclass Event:\n    created_at: {annotation}\n\n\n"
            f"def when(event: Event) -> {annotation}:\n    return event.created_at\n\n\ndef gone() -> None: ...\n"
            if name == "old"
            else f"import datetime\n\n\nclass Event:\n    created_at: {annotation}\n\n\n"
            f"def when(event: Event) -> {annotation}:\n    return event.created_at\n",
            encoding="utf-8",
        )
    changes = {(c.where, c.what) for c in pyapi.diff("x_chat", tmp_path / "old", tmp_path / "new")}
    assert ("x_chat.Event.created_at", "type `str` -> `datetime.datetime`") in changes
    assert ("x_chat.when-> return", "type `str` -> `datetime.datetime`") in changes
    assert any(where == "x_chat.gone" and "removed" in what for where, what in changes)


def test_rerun_on_the_vendored_file_reports_no_change_and_changes_nothing() -> None:
    before = subprocess.run(["git", "status", "--porcelain"], cwd=ROOT, capture_output=True, text=True).stdout
    run = subprocess.run([sys.executable, str(ROOT / "spec" / "update.py")], cwd=ROOT, capture_output=True, text=True,
                         timeout=600)  # fmt: skip
    assert run.returncode == 0, run.stdout + run.stderr
    assert "no change from HEAD" in run.stdout
    after = subprocess.run(["git", "status", "--porcelain"], cwd=ROOT, capture_output=True, text=True).stdout
    assert after == before


def test_the_committed_report_names_every_known_change() -> None:
    report = REPORT.read_text(encoding="utf-8")
    for fact in [
        # events moved; the old operationId now means metadata
        "operation `getChatConversationEvents` added: it serves what `getChatConversation`",
        "now serves another resource under the same path and operationId `getChatConversation`",
        # tags and path parameters
        "tags ['Chat'] -> ['Chats']",
        "path parameter `conversation_id` renamed `id`",
        # event fields
        "enum values removed: 'created_at_msec'",
        "property `created_at` added (string/date-time)",
        "property `previous_sequence_id` removed",
        "property `sequence_id` removed",
        "property `encoded_event` no longer required",
        "property `missing_conversation_key_change_events` removed",
        "property `conversation_key_events` added",
        # conversations
        "enum values removed: 'admin_ids', 'member_ids', 'message_ttl_msec', 'participant_ids'",
        "property `message_ttl_ms` added (integer)",
        "created_at: format None -> date-time",
        "updated_at: format None -> date-time",
        # public keys
        "enum values removed: 'version'",
        # media
        "no longer accepts properties it does not list (additionalProperties: false)",
        "property `num_parts` now required",
        "property `segment_index` added (integer, required)",
        "response 200 media type `application/octet-stream` added",
        # problems
        "oneOf arms [] -> ['ResourceNotFoundProblem'",
        "https://api.x.com/2/problems/",
        # our fixes and names
        "fails: `KeyError: '/2/chat/media/{conversation_id}/{media_hash_key}'`",
        "fix #1 media_download_is_binary: adopted upstream",
        "fix #7 nullable_enums_list_null: applied (PostWithheld.scope, UserWithheld.scope)",
        "`ChatGetConversationResponseMeta`, `Get2UsersIdPublicKeysResponse`",
        # the Python API, including a type change griffe alone misses
        "x_chat_generated.models.chat_conversation.ChatConversation.created_at`: type `str | Unset` -> "
        "`datetime.datetime | Unset`",
        "### Optic",
        "### api-smart-diff",
    ]:
        assert fact in report, fact


def test_a_revision_is_named_by_version_date_and_content(tmp_path: Path) -> None:
    """X changes its file without bumping info.version: the vendored name carries the date and a
    content hash, vendoring the same file again keeps the name, and one changed byte is a new
    revision (so a new report, never an overwrite)."""
    live = ROOT.parent / "shared" / "reference" / "x-openapi-v2.167-2026-08-22.json"
    source = tmp_path / live.name
    source.write_bytes(live.read_bytes() if live.exists() else extract.vendored_upstream().read_bytes())
    into = tmp_path / "upstream"
    into.mkdir()
    first = update._vendor(source, into)
    assert re.fullmatch(r"x-openapi-v2\.167-2026-08-22-[0-9a-f]{8}\.json", first.name), first.name
    assert update._vendor(source, into) == first and [p.name for p in into.iterdir()] == [first.name]
    undated = tmp_path / "openapi.json"
    undated.write_bytes(source.read_bytes())
    assert update._vendor(undated, into) == first  # the same content: the same revision, whatever its name
    undated.write_bytes(source.read_bytes().replace(b'"2.167"', b'"2.167" ', 1))
    other = update._vendor(undated, into)
    assert other != first and update.revision_name(other.name).startswith("2.167-")
    assert update.revision_name("spec/upstream/x-openapi-v2.167.json") == "2.167"  # vendored before revisions


def test_reordered_security_scopes_are_no_change(family: dict[str, Any]) -> None:
    """The live file reorders scope lists on every download: compared as sets, that is no change; a
    scope added is one."""
    new = copy.deepcopy(family)
    ops = [op for item in new["paths"].values() for op in item.values() if isinstance(op, dict) and op.get("security")]
    for op in ops:
        op["security"] = [{k: list(reversed(v)) for k, v in req.items()} for req in reversed(op["security"])]
    assert [c for c in apidiff.diff(family, new) if "security" in c.what] == []
    first = next(req for req in ops[0]["security"] if req)
    first[next(iter(first))].append("dm.write.extra")
    assert [c.breaking for c in apidiff.diff(family, new) if "security" in c.what] == [True]


def test_a_regeneration_that_breaks_the_facade_is_named_in_the_report(tmp_path: Path) -> None:
    """griffe reads the source: a facade whose generated modules moved looked like no change. The
    smoke step looks each import up in the new tree and names what broke and what moved."""
    import shutil

    import smoke

    moved = tmp_path / "x_chat_generated"
    shutil.copytree(ROOT / "generated" / "x_chat_generated", moved)
    (moved / "api" / "chats").rename(moved / "api" / "chat")  # X's respelling, without fix #10
    broken = smoke.broken_imports(ROOT / "extensions" / "x_chat", moved)
    assert any("imports `x_chat_generated.api.chats`, which no longer exists" in line for line in broken), broken
    assert any(line.startswith("x_chat/_async/_events.py:") for line in broken)
    gone = smoke.moved_modules(ROOT / "generated" / "x_chat_generated", moved)
    assert "`api/chats/get_chat_conversation_events` is gone (a `client.api` import of it breaks)" in gone
    assert "`api/chat/get_chat_conversation_events` is new" in gone
    assert smoke.broken_imports(ROOT / "extensions" / "x_chat", ROOT / "generated" / "x_chat_generated") == []
