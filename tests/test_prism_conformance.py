"""Independent conformance: the SDK's requests go through Prism, the mock server built from our spec
by Stoplight, in validation mode. Any request Prism reports as violating the spec fails the test."""

from __future__ import annotations

import base64
import io
import json
import socket
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from x_chat import AsyncChatClient, ChatClient, PartialErrorsWarning
from x_chat_generated.api.chat import (
    chat_media_download,
    chat_media_upload_append,
    chat_media_upload_finalize,
    chat_media_upload_initialize,
    get_chat_conversations,
    get_user_public_keys,
    mark_chat_conversation_read,
    send_chat_message,
    send_chat_typing_indicator,
)
from x_chat_generated.models import (
    ChatConversationExpansion,
    ChatConversationField,
    ChatMarkConversationReadRequest,
    ChatMediaUploadAppendJsonRequest,
    ChatMediaUploadAppendMultipartRequest,
    ChatMediaUploadFinalizeRequest,
    ChatMediaUploadInitializeRequest,
    ChatSendMessageRequest,
    PublicKeyField,
    UserField,
)
from x_chat_generated.types import File

ROOT = Path(__file__).resolve().parent.parent
PRISM = ROOT / "node_modules" / ".bin" / "prism"
SPEC = ROOT / "spec" / "x-chat-openapi.json"
DIRECT = "1215441834412953600-1603419180975409153"


class Violations:
    """Collects Prism's verdicts: its `sl-violations` header, and any non-2xx answer."""

    def __init__(self) -> None:
        self.found: list[str] = []
        self.checked = 0

    def hook(self, response: httpx.Response) -> None:
        self.checked += 1
        verdict = response.headers.get("sl-violations")
        if verdict or not response.is_success:
            self.found.append(f"{response.request.method} {response.request.url} -> {response.status_code} {verdict}")

    async def ahook(self, response: httpx.Response) -> None:
        self.hook(response)


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.fixture(scope="module")
def prism() -> Iterator[str]:
    assert PRISM.exists(), "Prism is not installed: run `make node-setup` (make test does)"
    port = _free_port()
    process = subprocess.Popen(
        [str(PRISM), "mock", str(SPEC), "-h", "127.0.0.1", "-p", str(port), "--errors"],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    base_url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            assert process.poll() is None, process.stdout.read() if process.stdout else "prism exited"
            try:
                httpx.get(base_url + "/2/chat/conversations", timeout=1)
                break
            except httpx.TransportError:
                time.sleep(0.2)
        else:
            pytest.fail("Prism did not start within 60 s")
        yield base_url
    finally:
        process.terminate()
        process.wait(timeout=10)


@pytest.fixture
def violations() -> Violations:
    return Violations()


@pytest.fixture
def client(prism: str, violations: Violations) -> Iterator[ChatClient]:
    http = httpx.Client(event_hooks={"response": [violations.hook]})
    with ChatClient(token="prism-token", base_url=prism, http_client=http) as chat:
        yield chat
    http.close()
    assert violations.checked > 0


def test_facade_requests_conform(client: ChatClient, violations: Violations) -> None:
    client.get_conversation(DIRECT)
    client.get_conversation("g1234567890123456789", fields="all", max_results=100, pagination_token="abc")
    client.get_conversation(DIRECT, fields=["id", "sender_id", "previous_sequence_id"], max_results=1)
    with pytest.warns(PartialErrorsWarning):  # Prism's example page carries an `errors` entry
        events = list(client.iter_conversation_events(DIRECT, limit=1, fields="all"))
    assert len(events) == 1
    assert violations.found == []
    assert violations.checked == 4


def test_generated_operations_conform(client: ChatClient, violations: Violations) -> None:
    api = client.api
    get_chat_conversations.sync_detailed(
        client=api,
        max_results=5,
        chat_conversation_fields=[ChatConversationField.ID, ChatConversationField.TYPE],
        expansions=[ChatConversationExpansion.PARTICIPANT_IDS],
        user_fields=[UserField.USERNAME, UserField.NAME],
    )
    send_chat_message.sync_detailed(
        DIRECT,
        client=api,
        body=ChatSendMessageRequest(message_id="m1", encoded_message_create_event=base64.b64encode(b"x").decode()),
    )
    mark_chat_conversation_read.sync_detailed(
        DIRECT, client=api, body=ChatMarkConversationReadRequest(seen_until_sequence_id="12")
    )
    send_chat_typing_indicator.sync_detailed(DIRECT, client=api)
    chat_media_upload_initialize.sync_detailed(
        client=api, body=ChatMediaUploadInitializeRequest(conversation_id="1:2", total_bytes=3)
    )
    chat_media_upload_append.sync_detailed(
        "1",
        client=api,
        body=ChatMediaUploadAppendJsonRequest(
            conversation_id="1:2", media=base64.b64encode(b"abc").decode(), media_hash_key="k1", segment_index=0
        ),
    )
    chat_media_upload_append.sync_detailed(
        "1",
        client=api,
        body=ChatMediaUploadAppendMultipartRequest(
            conversation_id="1:2", media=File(payload=io.BytesIO(b"abc")), media_hash_key="k1", segment_index=1
        ),
    )
    chat_media_upload_finalize.sync_detailed(
        "1", client=api, body=ChatMediaUploadFinalizeRequest(conversation_id="1:2", media_hash_key="k1", num_parts="2")
    )
    chat_media_download.sync_detailed("1-2", "AGgkIbPRTG", client=api)
    get_user_public_keys.sync_detailed(
        "2244994945",
        client=api,
        public_key_fields=[PublicKeyField.PUBLIC_KEY, PublicKeyField.IDENTITY_PUBLIC_KEY_SIGNATURE],
    )
    assert violations.found == []
    assert violations.checked == 10


async def test_async_requests_conform(prism: str, violations: Violations) -> None:
    http = httpx.AsyncClient(event_hooks={"response": [violations.ahook]})
    async with AsyncChatClient(token="prism-token", base_url=prism, http_client=http) as client:
        await client.get_conversation("g5", fields=["encoded_event", "is_trusted"], max_results=7)
    await http.aclose()
    assert violations.found == [] and violations.checked == 1


def test_prism_does_flag_a_violating_request(prism: str, violations: Violations) -> None:
    """The control: a request that breaks the spec is reported, so the tests above can fail."""
    with httpx.Client(event_hooks={"response": [violations.hook]}) as http:
        http.get(f"{prism}/2/chat/conversations/g1?max_results=500", headers={"Authorization": "Bearer t"})
        http.get(
            f"{prism}/2/chat/conversations/g1?chat_message_event.fields=text", headers={"Authorization": "Bearer t"}
        )
        http.post(f"{prism}/2/chat/conversations/g1/read", json={}, headers={"Authorization": "Bearer t"})
        http.get(f"{prism}/2/chat/conversations/g1")  # no credentials
    assert len(violations.found) == 4
    assert "max_results" in violations.found[0] and "422" in violations.found[0]
    assert all(json.loads(v.split(" ", 4)[4]) for v in violations.found)
