"""Every Python example of README.md, docs/ and the docstrings the API reference is built from runs,
with pytest-examples, against the fake X server. A docstring example's printed output is checked
against its ``#>`` lines.

The examples use a few names they do not define (``client``, ``cid``, ``keys``, ...), the same ones
tests/test_readme.py declares for mypy; here they are real: a fake X server as user
1215441834412953600 (``$X_BEARER_TOKEN`` and ``$X_API_BASE_URL`` point at it, so ``ChatClient()``
works as written), an end-to-end encrypted conversation with user 1603419180975409153, a group,
``keys.json`` and ``photo.jpg`` in the working directory. A renamed method, a wrong argument or a
result that does not have the attribute an example reads fails here.
"""

from __future__ import annotations

import os
import traceback
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import httpx
import pytest
from pytest_examples import CodeExample, EvalExample, find_examples

from x_chat import ChatClient, ConversationField, ConversationId, EventField, PublicKeyField
from x_chat.testing import FakeXServer

ROOT = Path(__file__).resolve().parent.parent
ALICE, BOB = "1215441834412953600", "1603419180975409153"
DIRECT = f"{ALICE}-{BOB}"
GROUP = "g1234567890123456789"
PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10\x00\x00\x00\x10\x08\x02\x00\x00\x00" + bytes(30_000)

PACKAGE = ROOT / "extensions" / "x_chat"
EXAMPLES = [
    example
    for example in find_examples(ROOT / "README.md", ROOT / "docs", PACKAGE)
    if example.prefix_settings().get("lang", example.prefix.split()[0] if example.prefix else "") in ("py", "python")
]


def test_the_examples_were_found() -> None:
    paths = {str(example.path.relative_to(ROOT)) for example in EXAMPLES}
    assert {"README.md", "docs/index.md", "docs/guides/media.md"} <= paths
    assert {
        "extensions/x_chat/_async/client.py",
        "extensions/x_chat/_sync/client.py",
        "extensions/x_chat/crypto.py",
    } <= paths
    assert len(EXAMPLES) >= 30


def test_no_docstring_example_escapes_the_runner() -> None:
    """Doctest-style (``>>>``) examples are neither run here nor rendered as code by mkdocstrings: every
    example is a fenced ``py`` block, which both understand."""
    offenders = [
        f"{path.relative_to(ROOT)}:{number}"
        for path in sorted(PACKAGE.rglob("*.py"))
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if line.lstrip().startswith(">>>")
    ]
    assert offenders == []


@pytest.fixture(scope="module")
def redis_url() -> Iterator[str]:
    """A real redis-server for the "Scaling out" example (``$REDIS_URL``)."""
    from .redis_server import RedisServer

    server = RedisServer().start()
    yield server.url
    server.stop()


@pytest.fixture
def world() -> Iterator[dict[str, Any]]:
    pytest.importorskip("chat_xdk")
    from x_chat.crypto import ChatKeys
    from x_chat.testing.e2e import E2EConversation

    conversation = E2EConversation.create(DIRECT)
    for n in range(6):
        conversation.message(ALICE if n % 2 else BOB, f"message {n}")
    server = FakeXServer(user_id=ALICE).start()
    server.add_encrypted_conversation(conversation)
    server.add_conversation(GROUP, events=250, participant_ids=[ALICE, BOB, "56"])
    server.credentials.add_oauth2_client("YOUR_CLIENT_ID")
    _deliver_as_activity(server, conversation)
    alice, bob = conversation.users[ALICE], conversation.users[BOB]
    yield {
        "server": server,
        "alice": ChatKeys.from_exported_keys(alice.exported_keys(), key_version=alice.key_version, user_id=ALICE),
        "exported": bob.exported_keys(),
        "bob_version": bob.key_version,
    }
    server.stop()


def _deliver_as_activity(server: FakeXServer, conversation: Any) -> None:
    """Bob's messages, delivered to Alice's stream subscription as X delivers chat.received (the
    real-time examples read them back with backfill)."""
    from x_chat.testing._fake_server.activity import FakeSubscription

    server.activity.keepalive = 0.05
    server.activity.subscriptions["1"] = FakeSubscription("1", "chat.received", ALICE)
    for event in conversation.events:
        if event.get("sender_id") == BOB:
            payload = {k: event[k] for k in ("sender_id", "id", "created_at_msec", "encoded_event")}
            payload["conversation_id"] = conversation.colon_id
            payload["conversation_key_change_event"] = conversation.key_change_events[-1]
            server.publish_activity("chat.received", ALICE, payload)


@pytest.mark.filterwarnings("error")  # a DecryptionWarning or a deprecation fails an example too
@pytest.mark.parametrize("example", EXAMPLES, ids=str)
def test_example_runs(
    example: CodeExample,
    eval_example: EvalExample,
    world: dict[str, Any],
    redis_url: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    server: FakeXServer = world["server"]
    monkeypatch.setenv("REDIS_URL", redis_url)
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))  # where WebhookApp keeps its journal
    monkeypatch.setenv("X_BEARER_TOKEN", server.token)
    monkeypatch.setenv("X_API_BASE_URL", server.base_url)
    monkeypatch.chdir(tmp_path)
    world["alice"].write_key_file(tmp_path / "keys.json")
    (tmp_path / "photo.jpg").write_bytes(PNG)
    seen: list[str] = []
    with ChatClient() as client:
        event = client.get_conversation_events(GROUP, fields="all").data[0]
        module_globals = {
            "client": client,
            "cid": DIRECT,
            "ids": [ALICE, BOB],
            "event": event,
            "token": server.token,
            "keys": world["alice"],
            "exported": world["exported"],
            "log_request": lambda request: seen.append(str(request.url)),
            "save": lambda data: seen.append(repr(data)),
            "load": dict,
            "open_in_browser": _approve,
            "httpx": httpx,
            "key_version": world["bob_version"],
            "ChatClient": ChatClient,
            # what tests/test_readme.py's prelude imports for mypy
            "ConversationId": ConversationId,
            "EventField": EventField,
            "ConversationField": ConversationField,
            "PublicKeyField": PublicKeyField,
            "datetime": datetime,
            "UTC": UTC,
        }
        run = eval_example.run_print_check if example.path.suffix == ".py" else eval_example.run
        failure = None
        try:  # docstrings show their output as `#>` lines: checked
            run(example, module_globals=module_globals, rewrite_assertions=False)
        except Exception as exc:
            failure = "".join(traceback.format_exception_only(exc)).strip()
    if failure is not None:  # outside the except: pytest cannot render a traceback through exec'd example code
        pytest.fail(f"{example} raised {failure}", pytrace=False)


def _approve(url: str) -> str:
    """What a user's browser does: X's consent page approves and redirects back (the fake's)."""
    answer = httpx.get(url, follow_redirects=False)
    assert answer.status_code in (302, 303), answer.text
    return answer.headers["location"]


def test_environment_variables_point_a_default_client(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("X_API_BASE_URL", "http://127.0.0.1:9")
    monkeypatch.setenv("X_BEARER_TOKEN", "t")
    assert ChatClient().base_url == "http://127.0.0.1:9"
    assert ChatClient(base_url="https://api.x.com").base_url == "https://api.x.com"
    monkeypatch.delenv("X_API_BASE_URL")
    assert ChatClient().base_url == "https://api.x.com" and os.environ["X_BEARER_TOKEN"] == "t"
