from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from x_chat import ALL, ChatClient, EventField, InvalidFieldError, resolve_fields
from x_chat.testing import FakeXServer

from .conftest import GROUP

NAMES = [m.value for m in EventField]


def test_all_selects_every_field() -> None:
    assert resolve_fields("all") == list(EventField)
    assert resolve_fields(ALL) == list(EventField)
    assert resolve_fields("ALL") == list(EventField)


def test_strings_members_and_mixes_deduplicated_in_order() -> None:
    assert resolve_fields(["sender_id", EventField.ID, "sender_id", EventField.SENDER_ID]) == [
        EventField.SENDER_ID,
        EventField.ID,
    ]
    assert resolve_fields("id, sender_id,id") == [EventField.ID, EventField.SENDER_ID]
    assert resolve_fields(EventField.IS_TRUSTED) == [EventField.IS_TRUSTED]
    assert resolve_fields(None) is None


def test_previous_sequence_id_is_the_selectable_previous_id() -> None:
    assert resolve_fields(["previous_sequence_id"]) == [EventField.PREVIOUS_ID]


@pytest.mark.parametrize(
    ("bad", "suggestion"),
    [("sender", "sender_id"), ("created", "created_at"), ("encoded_evnt", "encoded_event"), ("zzzz", None)],
)
def test_unknown_names_are_rejected_with_the_closest_valid_one(bad: str, suggestion: str | None) -> None:
    with pytest.raises(InvalidFieldError) as info:
        resolve_fields(["id", bad])
    assert info.value.suggestion == suggestion
    assert repr(bad) in str(info.value)
    if suggestion:
        assert f"did you mean {suggestion!r}" in str(info.value)


def test_unknown_pseudo_member_and_empty_selections_are_rejected() -> None:
    with pytest.raises(InvalidFieldError):
        resolve_fields([EventField("not_a_field")])
    with pytest.raises(InvalidFieldError):
        resolve_fields([])
    with pytest.raises(InvalidFieldError):
        resolve_fields([3])  # type: ignore[list-item]


@given(st.lists(st.sampled_from(NAMES + list(EventField)), min_size=1))
def test_resolution_is_ordered_unique_and_complete(items: list[str | EventField]) -> None:
    result = resolve_fields(items)
    assert result is not None
    assert len(result) == len(set(result))
    assert [r.value for r in result] == list(dict.fromkeys(str(i) for i in items))


def test_fields_on_the_wire_and_in_the_events(server: FakeXServer, client: ChatClient) -> None:
    page = client.get_conversation_events(GROUP, fields=["sender_id", "previous_id", "sender_id"], max_results=2)
    request = server.requests_to("/2/chat/conversations/")[-1]
    assert request.query_values("chat_message_event.fields") == ["sender_id,previous_id"]
    event = page.data[1]  # type: ignore[index]
    assert isinstance(event.sender_id, str) and isinstance(event.previous_id, str)
    assert set(event.to_dict()) == {"sender_id", "previous_id"}
    full = client.get_conversation_events(GROUP, fields="all", max_results=1)
    assert server.requests_to("/2/chat/conversations/")[-1].query_values("chat_message_event.fields") == [
        ",".join(NAMES)
    ]
    assert set(full.data[0].to_dict()) == set(NAMES)  # type: ignore[index]


def test_every_selector_checks_its_own_names() -> None:
    from x_chat.fields import CONVERSATION_EXPANSIONS, CONVERSATION_FIELDS, PUBLIC_KEY_FIELDS, USER_FIELDS

    assert [f.value for f in CONVERSATION_FIELDS.resolve("group_name,id")] == ["group_name", "id"]
    assert [f.value for f in CONVERSATION_EXPANSIONS.resolve("all")] == ["admin_ids", "member_ids", "participant_ids"]
    assert USER_FIELDS.resolve(["username"]) == [USER_FIELDS.members("username")]
    with pytest.raises(InvalidFieldError, match="message_ttl_ms"):
        CONVERSATION_FIELDS.resolve(["message_ttl_msec"])
    with pytest.raises(InvalidFieldError, match="admin_ids"):
        CONVERSATION_EXPANSIONS.resolve("admins")
    with pytest.warns(DeprecationWarning, match="public_key_version"):
        assert [f.value for f in PUBLIC_KEY_FIELDS.resolve("version")] == ["public_key_version"]


def test_invalid_fields_never_reach_the_network(server: FakeXServer, client: ChatClient) -> None:
    before = len(server.requests)
    with pytest.raises(InvalidFieldError):
        client.get_conversation_events(GROUP, fields=["id", "text"])
    with pytest.raises(InvalidFieldError):
        client.iter_conversation_events(GROUP, fields="sender")
    assert len(server.requests) == before
