"""Property-based: whatever the server answers, the SDK gives a correct result or a documented
exception (an XChatError), never a bare KeyError/TypeError/JSONDecodeError."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import datetime
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from x_chat import ChatClient, GetChatConversationEventsResponse, RetryPolicy, XChatError
from x_chat.testing import FakeXServer, Fault

CID = "g77"
NO_WAIT = RetryPolicy(max_retries=1, backoff_initial=0, backoff_max=0, jitter=False, max_rate_limit_wait=0.01)

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=12), inner, max_size=4),
    max_leaves=20,
)
event_like = st.fixed_dictionaries(
    {},
    optional={
        key: st.one_of(st.text(max_size=8), json_values)
        for key in (
            "encoded_event",
            "id",
            "sender_id",
            "created_at",
            "is_trusted",
            "previous_id",
            "message_event_signature",
        )
    },
)
page_like = st.fixed_dictionaries(
    {},
    optional={
        "data": st.one_of(st.lists(event_like, max_size=3), json_values),
        "meta": st.one_of(
            st.fixed_dictionaries(
                {},
                optional={"next_token": json_values, "result_count": json_values, "has_more": json_values},
            ),
            json_values,
        ),
        "errors": st.one_of(
            st.lists(st.dictionaries(st.sampled_from(["title", "type", "detail"]), json_values)), json_values
        ),
    },
)
bodies = st.one_of(
    st.binary(max_size=64),
    json_values.map(lambda v: json.dumps(v).encode()),
    page_like.map(lambda v: json.dumps(v).encode()),
    page_like.map(lambda v: json.dumps(v).encode()[: max(0, len(json.dumps(v)) - 3)]),
)
header_values = st.text(alphabet=st.characters(min_codepoint=32, max_codepoint=126), max_size=16)
headers = st.dictionaries(
    st.sampled_from(
        ["x-rate-limit-limit", "x-rate-limit-remaining", "x-rate-limit-reset", "retry-after", "x-transaction-id"]
    ),
    st.one_of(header_values, st.integers(-(2**70), 2**70).map(str)),
    max_size=5,
)
statuses = st.sampled_from([200, 200, 200, 201, 204, 400, 401, 403, 404, 409, 418, 429, 500, 502, 503, 520, 599])
content_types = st.sampled_from(["application/json", "application/problem+json", "text/html", "text/plain", ""])


@pytest.fixture(scope="module")
def hostile_server() -> Iterator[FakeXServer]:
    with FakeXServer() as server:
        server.add_conversation(CID, events=5)
        yield server


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(status=statuses, body=bodies, extra_headers=headers, content_type=content_types)
def test_any_response_is_a_result_or_a_documented_exception(
    hostile_server: FakeXServer, status: int, body: bytes, extra_headers: dict[str, str], content_type: str
) -> None:
    hostile_server.inject(
        Fault(status=status, body=body, headers=extra_headers, content_type=content_type, times=NO_WAIT.max_retries + 1)
    )
    with ChatClient(token=hostile_server.token, base_url=hostile_server.base_url, retry=NO_WAIT) as client:
        try:
            page = client.get_conversation_events(CID)
            read = page.model.to_dict()  # events are built on first read: a bad one raises MalformedDataError then
        except XChatError:
            return
        finally:
            hostile_server._faults.clear()
    assert 200 <= status < 300
    assert isinstance(page.model, GetChatConversationEventsResponse)
    _assert_well_typed(read)


def _assert_well_typed(page: dict[str, Any]) -> None:
    """v2.167 requires no field of an event; each field that is present has its type."""
    for event in page.get("data", []):
        for key in ("encoded_event", "id", "sender_id", "previous_id", "conversation_id", "created_at"):
            assert isinstance(event.get(key, ""), str), key
        assert isinstance(event.get("is_trusted", True), bool)
        if "created_at" in event:
            assert datetime.fromisoformat(event["created_at"]).tzinfo is not None
    meta = page.get("meta", {})
    assert isinstance(meta.get("next_token", ""), str)
