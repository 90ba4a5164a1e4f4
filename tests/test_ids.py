from __future__ import annotations

import contextlib
import json
import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from x_chat import ChatClient, ConversationId, ConversationKind, InvalidIdError, XChatError
from x_chat.testing import FakeXServer

SPEC = json.loads((Path(__file__).resolve().parent.parent / "spec" / "x-chat-openapi.json").read_text())
# The spec's own pattern for the conversation ID (v2.167), read as ASCII: [0-9] only.
PATTERN = SPEC["paths"]["/2/chat/conversations/{id}/events"]["get"]["parameters"][0]["schema"]["pattern"]
VALID = re.compile(PATTERN.strip("^$"), re.ASCII)
user_ids = st.from_regex(r"[0-9]{1,19}", fullmatch=True)
valid_ids = st.one_of(st.builds(lambda a, b: f"{a}-{b}", user_ids, user_ids), user_ids.map(lambda n: f"g{n}"), user_ids)


def test_direct_conversation() -> None:
    cid = ConversationId.parse("1215441834412953600-1603419180975409153")
    assert cid.kind is ConversationKind.DIRECT
    assert cid.participant_ids == ("1215441834412953600", "1603419180975409153")
    assert cid.group_id is None
    assert str(cid) == "1215441834412953600-1603419180975409153"


def test_group_conversation() -> None:
    cid = ConversationId.parse("g1234567890123456789")
    assert cid.kind is ConversationKind.GROUP
    assert cid.participant_ids == ()
    assert cid.group_id == "1234567890123456789"


def test_a_bare_user_id_is_the_recipient_only_form() -> None:
    cid = ConversationId.parse("1603419180975409153")
    assert cid.kind is ConversationKind.DIRECT
    assert cid.recipient_id == "1603419180975409153"
    assert cid.participant_ids == () and not cid.is_canonical
    assert ConversationId.with_user(1603419180975409153) == cid
    assert ConversationId.parse("12-34").recipient_id is None and ConversationId.parse("12-34").is_canonical
    assert ConversationId.parse("g12").recipient_id is None


def test_built_from_user_ids() -> None:
    assert ConversationId.direct(12, "34") == ConversationId.parse("12-34")
    assert ConversationId.group(5) == ConversationId.parse("g5")
    with pytest.raises(InvalidIdError):
        ConversationId.direct("12", "3/4")
    with pytest.raises(InvalidIdError):
        ConversationId.direct(True, 1)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "value",
    [
        "",
        "g",
        "12-",
        "12 ",
        "+12",
        "-12-34",
        "-12",
        "g12-34",
        "G12",
        "12345678901234567890-1",  # 20 digits
        "g12345678901234567890",
        "12-34\n",
        " 12-34",
        "12-34/../x",
        "12%2F34",
        "١٢-٣٤",  # Arabic-Indic digits: \d would accept them
        "\uff11\uff12-\uff13\uff14",  # fullwidth digits
        "g\uff11",
        "12-34\x00",
        "..",
    ],
)
def test_invalid_ids_are_rejected(value: str) -> None:
    with pytest.raises(InvalidIdError) as info:
        ConversationId.parse(value)
    assert isinstance(info.value, ValueError) and isinstance(info.value, XChatError)
    assert repr(value)[:20] in str(info.value)
    assert "'g' followed by an ID" in str(info.value)


def test_error_message_truncates_huge_values() -> None:
    with pytest.raises(InvalidIdError) as info:
        ConversationId.parse("x" * 10_000)
    assert len(str(info.value)) < 400
    assert "..." in str(info.value)


def test_non_strings_are_rejected() -> None:
    for value in (None, 12, b"12-34", ["12-34"]):
        with pytest.raises(InvalidIdError):
            ConversationId.parse(value)  # type: ignore[arg-type]


@given(st.text(max_size=45))
def test_any_string_is_accepted_exactly_when_it_matches_the_spec_pattern(value: str) -> None:
    if VALID.fullmatch(value):
        assert ConversationId.parse(value).value == value
    else:
        with pytest.raises(InvalidIdError):
            ConversationId.parse(value)


@given(valid_ids)
def test_valid_ids_round_trip(value: str) -> None:
    assert str(ConversationId.parse(value)) == value


@pytest.fixture(scope="module")
def shared_server() -> FakeXServer:
    with FakeXServer() as server:
        yield server  # type: ignore[misc]


@settings(deadline=None)  # real HTTP: a slow CI machine must not turn into a flaky failure
@given(st.text(max_size=40).filter(lambda v: not VALID.fullmatch(v)))
def test_invalid_ids_never_reach_the_network(shared_server: FakeXServer, value: str) -> None:
    before = len(shared_server.requests)
    with ChatClient(token="t", base_url=shared_server.base_url) as client:
        with pytest.raises(InvalidIdError):
            client.get_conversation_events(value)
        with pytest.raises(InvalidIdError):
            client.iter_conversation_events(value)
        with pytest.raises(InvalidIdError):
            client.iter_conversation_pages(value)
    assert len(shared_server.requests) == before


@settings(deadline=None)
@given(valid_ids)
def test_valid_ids_are_sent_unchanged(shared_server: FakeXServer, value: str) -> None:
    shared_server.clear_requests()
    # 404: the fake has no such conversation; what matters is the path it saw
    with (
        ChatClient(token=shared_server.token, base_url=shared_server.base_url) as client,
        contextlib.suppress(XChatError),
    ):
        client.get_conversation_events(value)
    (request,) = shared_server.requests
    assert request.path == f"/2/chat/conversations/{value}/events"
