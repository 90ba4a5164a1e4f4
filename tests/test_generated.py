"""The generated client, over real HTTP against the fake X server: each generator defect we fixed
in templates/ or spec/ has a test here that fails if it comes back."""

from __future__ import annotations

import base64
import importlib
import io
import json
from http import HTTPStatus

import httpx
import pytest

from x_chat.testing import FakeXServer, Fault
from x_chat_generated import AuthenticatedClient
from x_chat_generated.api.chat import (
    chat_media_download,
    chat_media_upload_append,
    chat_media_upload_finalize,
    chat_media_upload_initialize,
    get_chat_conversation,
    get_chat_conversations,
)
from x_chat_generated.models import (
    ChatConversation,
    ChatConversationType,
    ChatGetConversationResponse,
    ChatMediaUploadAppendJsonRequest,
    ChatMediaUploadAppendMultipartRequest,
    ChatMediaUploadFinalizeRequest,
    ChatMediaUploadInitializeRequest,
    ChatMessageEvent,
    ChatMessageEventField,
    ChatMessageEventSignature,
    ChatMessageSigningKeyInfo,
    Error,
    Problem,
)
from x_chat_generated.types import UNSET, File, MalformedDataError

from .conftest import GROUP


@pytest.fixture
def api(server: FakeXServer) -> AuthenticatedClient:
    return AuthenticatedClient(base_url=server.base_url, token=server.token)


def test_array_query_parameter_is_one_comma_joined_value_with_bearer_header(
    server: FakeXServer, api: AuthenticatedClient
) -> None:
    fields = [ChatMessageEventField.ID, ChatMessageEventField.SENDER_ID, ChatMessageEventField.PREVIOUS_ID]
    response = get_chat_conversation.sync_detailed(GROUP, client=api, chat_message_event_fields=fields, max_results=3)
    assert response.status_code == HTTPStatus.OK
    (request,) = server.requests_to("/2/chat/conversations/")
    assert request.query_values("chat_message_event.fields") == ["id,sender_id,previous_id"]
    assert request.headers["authorization"] == f"Bearer {server.token}"
    page = response.parsed
    assert isinstance(page, ChatGetConversationResponse)
    assert page.data and page.data[0].previous_sequence_id  # the fake honoured the joined list


def test_media_append_module_imports_and_sends_each_body_as_its_media_type(
    server: FakeXServer, api: AuthenticatedClient
) -> None:
    importlib.reload(chat_media_upload_append)  # NameError: Unset at import was generator issue #1451
    init = chat_media_upload_initialize.sync(
        client=api, body=ChatMediaUploadInitializeRequest(conversation_id="1:2", total_bytes=10)
    )
    assert not isinstance(init, Error | Problem) and init is not None
    session, key = init.data.session_id, init.data.media_hash_key  # type: ignore[union-attr]

    json_body = ChatMediaUploadAppendJsonRequest(
        conversation_id="1:2", media=base64.b64encode(b"hello ").decode(), media_hash_key=key, segment_index=0
    )
    multipart_body = ChatMediaUploadAppendMultipartRequest(
        conversation_id="1:2",
        media=File(payload=io.BytesIO(b"world"), file_name="part", mime_type="application/octet-stream"),
        media_hash_key=key,
        segment_index=1,
    )
    for body in (json_body, multipart_body):
        response = chat_media_upload_append.sync_detailed(session, client=api, body=body)
        assert response.status_code == 200, response.content
    first, second = server.requests_to(f"/2/chat/media/upload/{session}/append")
    assert first.headers["content-type"] == "application/json"
    assert json.loads(first.body)["segment_index"] == 0
    assert second.headers["content-type"].startswith("multipart/form-data; boundary=")
    assert "+++" not in second.headers["content-type"]  # the generator's fixed, wrong boundary

    done = chat_media_upload_finalize.sync_detailed(
        session, client=api, body=ChatMediaUploadFinalizeRequest(conversation_id="1:2", media_hash_key=key)
    )
    assert done.status_code == 200

    # Download: raw bytes (application/octet-stream), not .json() on them.
    downloaded = chat_media_download.sync("1:2", key, client=api)
    assert isinstance(downloaded, File)
    assert downloaded.payload.read() == b"hello world"


def test_problem_json_error_is_parsed_as_problem(server: FakeXServer, api: AuthenticatedClient) -> None:
    response = get_chat_conversation.sync_detailed("g999", client=api)
    assert response.status_code == 404
    assert isinstance(response.parsed, Problem)
    assert response.parsed.type_ == "https://api.twitter.com/2/problems/resource-not-found"


def test_json_error_is_parsed_as_error(server: FakeXServer, api: AuthenticatedClient) -> None:
    server.inject(Fault(status=400, body=b'{"code": 214, "message": "bad"}', content_type="application/json"))
    parsed = get_chat_conversation.sync(GROUP, client=api)
    assert isinstance(parsed, Error)
    assert (parsed.code, parsed.message) == (214, "bad")


def test_status_outside_http_status_does_not_crash(server: FakeXServer, api: AuthenticatedClient) -> None:
    server.inject(Fault(status=520))
    response = get_chat_conversation.sync_detailed(GROUP, client=api)
    assert response.status_code == 520
    assert isinstance(response.parsed, Problem)


def test_unknown_enum_value_in_a_response_is_kept(server: FakeXServer, api: AuthenticatedClient) -> None:
    body = {"data": [{"id": "g1", "type": "broadcast"}, {"id": "1-2", "type": "direct"}]}
    server.inject(Fault(status=200, body=json.dumps(body).encode(), content_type="application/json"))
    page = get_chat_conversations.sync(client=api)
    assert page is not None and not isinstance(page, Error | Problem)
    unknown, known = page.data  # type: ignore[misc]
    assert isinstance(unknown, ChatConversation)
    assert unknown.type_ == "broadcast" and isinstance(unknown.type_, ChatConversationType)
    assert known.type_ is ChatConversationType.DIRECT
    assert page.to_dict() == body


def test_user_supplied_httpx_client_keeps_the_bearer_token(server: FakeXServer) -> None:
    seen: list[str] = []
    user_client = httpx.Client(base_url=server.base_url, event_hooks={"request": [lambda r: seen.append(r.url.path)]})
    api = AuthenticatedClient(base_url="https://unused.invalid", token=server.token).set_httpx_client(user_client)
    response = get_chat_conversation.sync_detailed(GROUP, client=api, max_results=1)
    assert response.status_code == 200
    assert server.requests_to("/2/")[-1].headers["authorization"] == f"Bearer {server.token}"
    assert seen == [f"/2/chat/conversations/{GROUP}"]  # the user's hooks ran
    user_client.close()


def test_token_is_not_in_the_generated_client_repr() -> None:
    api = AuthenticatedClient(base_url="https://api.x.com", token="s3cr3t-token-value")
    assert "s3cr3t" not in repr(api)
    assert "s3cr3t" not in repr(api._request_auth())


def test_public_names_are_readable() -> None:
    import x_chat_generated.models as models

    assert {m.value for m in models.ChatMessageEventField} >= {"id", "sender_id", "previous_id"}
    assert not [name for name in models.__all__ if name.startswith("Get")]


def test_models_round_trip_and_keep_unknown_fields() -> None:
    raw = {"data": [{"encoded_event": "AA==", "id": "1", "new_field": {"x": 1}}], "meta": {"result_count": 1, "z": 2}}
    page = ChatGetConversationResponse.from_dict(raw)
    assert page.data[0].additional_properties == {"new_field": {"x": 1}}  # type: ignore[index]
    assert page.to_dict() == raw


def test_nested_models_are_built_on_first_read_and_behave_as_built() -> None:
    raw = {
        "encoded_event": "AA==",
        "message_event_signature": {"signature": "s", "message_signing_key_info_list": [{"member_id": "1"}]},
    }
    lazy = ChatMessageEvent.from_dict(raw)
    eager = ChatMessageEvent(
        encoded_event="AA==",
        message_event_signature=ChatMessageEventSignature(
            signature="s", message_signing_key_info_list=[ChatMessageSigningKeyInfo(member_id="1")]
        ),
    )
    assert lazy == eager and repr(lazy) == repr(eager)
    signature = lazy.message_event_signature
    assert isinstance(signature, ChatMessageEventSignature)
    assert lazy.message_event_signature is signature  # built once, then kept
    assert lazy.to_dict() == raw
    lazy.message_event_signature = UNSET
    assert "message_event_signature" not in lazy.to_dict()


def test_malformed_nested_model_raises_a_typed_error_not_a_key_error() -> None:
    event = ChatMessageEvent.from_dict({"encoded_event": "x", "message_event_signature": {"signature": 5}})
    with pytest.raises(MalformedDataError, match=r"ChatMessageEvent\.message_event_signature is malformed"):
        _ = event.message_event_signature
    assert issubclass(MalformedDataError, ValueError)
    with pytest.raises(TypeError, match="expected object"):
        ChatMessageEvent.from_dict({"encoded_event": "x", "message_event_signature": "not an object"})


def test_public_keys_of_a_user(server: FakeXServer, api: AuthenticatedClient) -> None:
    from x_chat_generated.api.chat import get_user_public_keys
    from x_chat_generated.models import PublicKey, PublicKeyField, UserPublicKeysResponse

    key = {
        "public_key": "pk",
        "signing_public_key": "spk",
        "identity_public_key_signature": "sig",
        "public_key_version": "7",
    }
    server.public_keys["42"] = [key]
    fields = [
        PublicKeyField.PUBLIC_KEY,
        PublicKeyField.SIGNING_PUBLIC_KEY,
        PublicKeyField.IDENTITY_PUBLIC_KEY_SIGNATURE,
        PublicKeyField.PUBLIC_KEY_VERSION,
    ]
    page = get_user_public_keys.sync("42", client=api, public_key_fields=fields)
    assert isinstance(page, UserPublicKeysResponse)
    (got,) = page.data  # type: ignore[misc]
    assert isinstance(got, PublicKey) and got.to_dict() == key
    assert server.requests_to("/2/users/")[-1].query_values("public_key.fields") == [
        "public_key,signing_public_key,identity_public_key_signature,public_key_version"
    ]
    assert isinstance(get_user_public_keys.sync("43", client=api), Problem)
