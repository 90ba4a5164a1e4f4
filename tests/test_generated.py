"""The generated client, over real HTTP against the fake X server: each generator defect we fixed
in templates/ or spec/ has a test here that fails if it comes back."""

from __future__ import annotations

import base64
import copy
import importlib
import io
import json
import pickle
from http import HTTPStatus

import httpx
import pytest

from x_chat.testing import FakeXServer, Fault
from x_chat_generated import AuthenticatedClient
from x_chat_generated.api.chats import (
    chat_media_download,
    chat_media_upload_append,
    chat_media_upload_finalize,
    chat_media_upload_initialize,
    get_chat_conversation_events,
    get_chat_conversations,
)
from x_chat_generated.errors import UnexpectedStatus
from x_chat_generated.models import (
    ChatConversation,
    ChatMediaUploadAppendRequest,
    ChatMediaUploadFinalizeRequest,
    ChatMediaUploadInitializeRequest,
    ChatMessageEvent,
    ChatMessageEventField,
    Error,
    GenericProblem,
    GetChatConversationEventsResponse,
    PostWithheld,
    ResourceNotFoundProblem,
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
    response = get_chat_conversation_events.sync_detailed(
        GROUP, client=api, chat_message_event_fields=fields, max_results=3
    )
    assert response.status_code == HTTPStatus.OK
    (request,) = server.requests_to("/2/chat/conversations/")
    assert request.query_values("chat_message_event.fields") == ["id,sender_id,previous_id"]
    assert request.headers["authorization"] == f"Bearer {server.token}"
    page = response.parsed
    assert isinstance(page, GetChatConversationEventsResponse)
    assert page.data and page.data[0].previous_id  # the fake honoured the joined list


def test_media_append_module_imports_and_sends_multipart_with_raw_bytes(
    server: FakeXServer, api: AuthenticatedClient
) -> None:
    importlib.reload(chat_media_upload_append)  # NameError: Unset at import was generator issue #1451
    init = chat_media_upload_initialize.sync(
        client=api, body=ChatMediaUploadInitializeRequest(conversation_id="1:2", total_bytes=11)
    )
    assert not isinstance(init, Error | GenericProblem) and init is not None
    session, key = init.data.session_id, init.data.media_hash_key

    for index, chunk in enumerate((b"hello ", b"world")):
        body = ChatMediaUploadAppendRequest(
            conversation_id="1:2",
            media=File(payload=io.BytesIO(chunk), file_name="part", mime_type="application/octet-stream"),
            media_hash_key=key,
            segment_index=index,
        )
        response = chat_media_upload_append.sync_detailed(session, client=api, body=body)
        assert response.status_code == 200, response.content
    first, second = server.requests_to(f"/2/chat/media/upload/{session}/append")
    for request in (first, second):
        assert request.headers["content-type"].startswith("multipart/form-data; boundary=")
        assert "+++" not in request.headers["content-type"]  # the generator's fixed, wrong boundary
    assert b"hello " in first.body and base64.b64encode(b"hello ") not in first.body  # raw, not base64

    done = chat_media_upload_finalize.sync_detailed(
        session,
        client=api,
        body=ChatMediaUploadFinalizeRequest(conversation_id="1:2", media_hash_key=key, num_parts="2"),
    )
    assert done.status_code == 200

    # Download: raw bytes (application/octet-stream), not .json() on them.
    downloaded = chat_media_download.sync("1:2", key, client=api)
    assert isinstance(downloaded, File)
    assert downloaded.payload.read() == b"hello world"


def test_an_error_status_raises_with_the_body_and_success_types_are_all_that_return(
    server: FakeXServer, api: AuthenticatedClient
) -> None:
    """Operations return their success types only: on a plain AuthenticatedClient (no x-chat
    pipeline) an error status raises UnexpectedStatus, whose content is X's problem, still readable."""
    with pytest.raises(UnexpectedStatus) as caught:
        get_chat_conversation_events.sync_detailed("g999", client=api)
    assert caught.value.status_code == 404
    problem = GenericProblem.from_dict(json.loads(caught.value.content))
    assert problem.type_ == "https://api.x.com/2/problems/resource-not-found"
    assert problem.additional_properties["resource_type"] == "dm_conversation"
    assert get_chat_conversation_events.sync.__annotations__["return"] is GetChatConversationEventsResponse


def test_problems_in_a_page_are_told_apart_by_type() -> None:
    page = GetChatConversationEventsResponse.from_dict(
        {
            "errors": [
                {
                    "type": "https://api.x.com/2/problems/resource-not-found",
                    "title": "t",
                    "detail": "d",
                    "resource_type": "user",
                },
                {
                    "type": "https://api.twitter.com/2/problems/resource-not-found",
                    "title": "t",
                    "detail": "d",
                    "resource_type": "user",
                },
                {"type": "about:blank", "title": "Unauthorized", "detail": "d", "resource_type": "user"},
            ]
        }
    )
    new, old, generic = page.errors  # type: ignore[misc]
    assert isinstance(new, ResourceNotFoundProblem) and isinstance(old, ResourceNotFoundProblem)
    assert isinstance(generic, GenericProblem) and generic.type_ == "about:blank"


def test_a_new_value_of_a_one_value_enum_does_not_fail_the_model() -> None:
    """UserWithheld.scope lists only "user" (and null): a value X adds later is kept, not fatal."""
    from x_chat_generated.models import User

    user = User.from_dict({"id": "1", "name": "n", "username": "u", "withheld": {"scope": "region"}})
    assert user.withheld.scope == "region"


def test_nullable_enum_accepts_null() -> None:
    withheld = PostWithheld.from_dict({"copyright": False, "country_codes": ["DE"], "scope": None})
    assert withheld.scope is None
    assert PostWithheld.from_dict({"copyright": False, "country_codes": [], "scope": "user"}).scope == "user"


def test_json_error_and_an_unknown_status_raise_unexpected_status(
    server: FakeXServer, api: AuthenticatedClient
) -> None:
    server.inject(Fault(status=400, body=b'{"code": 214, "message": "bad"}', content_type="application/json"))
    with pytest.raises(UnexpectedStatus) as caught:
        get_chat_conversation_events.sync(GROUP, client=api)
    error = Error.from_dict(json.loads(caught.value.content))
    assert (error.code, error.message) == (214, "bad")
    server.inject(Fault(status=520))  # outside HTTPStatus: no crash building the error
    with pytest.raises(UnexpectedStatus) as caught:
        get_chat_conversation_events.sync_detailed(GROUP, client=api)
    assert caught.value.status_code == 520


def test_unknown_enum_value_in_a_response_is_kept() -> None:
    from x_chat_generated.models import User, UserConnectionStatusItem

    user = User.from_dict({"id": "1", "name": "n", "username": "u", "connection_status": ["following", "orbiting"]})
    known, unknown = user.connection_status  # type: ignore[misc]
    assert known is UserConnectionStatusItem.FOLLOWING
    assert unknown == "orbiting" and isinstance(unknown, UserConnectionStatusItem)
    assert user.to_dict()["connection_status"] == ["following", "orbiting"]


def test_unknown_fields_in_a_response_are_kept(server: FakeXServer, api: AuthenticatedClient) -> None:
    body = {"data": [{"id": "g1", "type": "broadcast", "new": {"x": 1}}], "meta": {"result_count": 1, "z": 2}}
    server.inject(Fault(status=200, body=json.dumps(body).encode(), content_type="application/json"))
    page = get_chat_conversations.sync(client=api)
    assert page is not None and not isinstance(page, Error | GenericProblem)
    (conversation,) = page.data  # type: ignore[misc]
    assert isinstance(conversation, ChatConversation) and conversation.additional_properties == {"new": {"x": 1}}
    assert page.to_dict() == body


def test_user_supplied_httpx_client_keeps_the_bearer_token(server: FakeXServer) -> None:
    seen: list[str] = []
    user_client = httpx.Client(base_url=server.base_url, event_hooks={"request": [lambda r: seen.append(r.url.path)]})
    api = AuthenticatedClient(base_url="https://unused.invalid", token=server.token).set_httpx_client(user_client)
    response = get_chat_conversation_events.sync_detailed(GROUP, client=api, max_results=1)
    assert response.status_code == 200
    assert server.requests_to("/2/")[-1].headers["authorization"] == f"Bearer {server.token}"
    assert seen == [f"/2/chat/conversations/{GROUP}/events"]  # the user's hooks ran
    user_client.close()


def test_token_is_not_in_the_generated_client_repr() -> None:
    api = AuthenticatedClient(base_url="https://api.x.com", token="s3cr3t-token-value")
    assert "s3cr3t" not in repr(api)
    assert "s3cr3t" not in repr(api._request_auth())


def test_public_names_are_readable() -> None:
    import x_chat_generated.models as models

    assert {m.value for m in models.ChatMessageEventField} >= {"id", "sender_id", "previous_id", "created_at"}
    # every field enum has a readable name (generator-config.yaml class_overrides), not a path-derived one
    assert not [name for name in models.__all__ if name.endswith("Item") and "Fields" in name]
    assert {"ChatConversationField", "ChatConversationExpansion", "UserField", "PublicKeyField"} <= set(models.__all__)


def test_models_round_trip_and_keep_unknown_fields() -> None:
    raw = {"data": [{"encoded_event": "AA==", "id": "1", "new_field": {"x": 1}}], "meta": {"result_count": 1, "z": 2}}
    page = GetChatConversationEventsResponse.from_dict(raw)
    assert page.data[0].additional_properties == {"new_field": {"x": 1}}  # type: ignore[index]
    assert page.to_dict() == raw


def test_nested_models_are_built_on_first_read_and_behave_as_built() -> None:
    from x_chat_generated.models import ChatMessageEventMessageEventSignature, ChatMessageEventsMeta

    raw = {"encoded_event": "AA==", "message_event_signature": {"signature": "s", "signature_version": "1"}}
    lazy = ChatMessageEvent.from_dict(raw)
    signature = ChatMessageEventMessageEventSignature.from_dict(raw["message_event_signature"])
    eager = ChatMessageEvent(encoded_event="AA==", message_event_signature=signature)
    assert lazy == eager and repr(lazy) == repr(eager)
    built = lazy.message_event_signature
    assert isinstance(built, ChatMessageEventMessageEventSignature)
    assert built.additional_properties == {"signature": "s", "signature_version": "1"}  # free-form in v2.167
    assert lazy.message_event_signature is built  # built once, then kept
    assert lazy.to_dict() == raw
    lazy.message_event_signature = UNSET
    assert "message_event_signature" not in lazy.to_dict()
    page = GetChatConversationEventsResponse.from_dict({"meta": {"conversation_key_events": ["k"]}})
    assert isinstance(page.meta, ChatMessageEventsMeta) and page.meta.conversation_key_events == ["k"]


def test_malformed_nested_model_raises_a_typed_error_not_a_key_error() -> None:
    page = GetChatConversationEventsResponse.from_dict({"meta": {"next_token": 5}})
    with pytest.raises(MalformedDataError, match=r"GetChatConversationEventsResponse\.meta is malformed"):
        _ = page.meta
    assert issubclass(MalformedDataError, ValueError)
    with pytest.raises(TypeError, match="expected object"):
        ChatMessageEvent.from_dict({"encoded_event": "x", "message_event_signature": "not an object"})


def test_array_items_are_built_on_first_read_and_keep_what_was_set_before() -> None:
    raw = {"id": "1", "created_at": "2025-01-01T00:00:00+00:00", "sender_id": "9", "extra": [1]}
    page = GetChatConversationEventsResponse.from_dict({"data": [dict(raw), dict(raw), {"id": 5}]})
    assert page.data is not UNSET
    first, second, bad = page.data
    eager = ChatMessageEvent.from_dict(raw)
    assert first == eager and repr(first) == repr(eager) and first.to_dict() == raw
    second.sender_id = "set before any read"  # kept: the deferred parse fills only empty fields
    assert second.id == "1" and second.sender_id == "set before any read" and second["extra"] == [1]
    assert not hasattr(second, "no_such_field") and copy.deepcopy(first) == first == pickle.loads(pickle.dumps(first))
    assert copy.copy(UNSET) is UNSET and pickle.loads(pickle.dumps(UNSET)) is UNSET
    with pytest.raises(MalformedDataError, match=r"ChatMessageEvent\.id: expected str, got int") as info:
        _ = bad.sender_id
    assert (info.value.model, info.value.field) == ("ChatMessageEvent", "sender_id")
    with pytest.raises(TypeError, match="ChatMessageEvent: expected object, got str"):  # the array's shape: now
        GetChatConversationEventsResponse.from_dict({"data": [raw, "x"]})
    with pytest.raises(TypeError, match=r"ChatMessageEvent\.id: expected str"):  # from_dict itself stays eager
        ChatMessageEvent.from_dict({"id": 5})


def test_public_keys_of_a_user(server: FakeXServer, api: AuthenticatedClient) -> None:
    from x_chat_generated.api.chats import get_users_public_key
    from x_chat_generated.models import GetUsersPublicKeyResponse, PublicKey, PublicKeyField

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
    page = get_users_public_key.sync("42", client=api, public_key_fields=fields)
    assert isinstance(page, GetUsersPublicKeyResponse)
    (got,) = page.data  # type: ignore[misc]
    assert isinstance(got, PublicKey) and got.to_dict() == key
    assert server.requests_to("/2/users/")[-1].query_values("public_key.fields") == [
        "public_key,signing_public_key,identity_public_key_signature,public_key_version"
    ]
    with pytest.raises(UnexpectedStatus, match="404"):
        get_users_public_key.sync("43", client=api)
