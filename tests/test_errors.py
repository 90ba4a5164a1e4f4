"""Typed errors, retries and rate limits, with faults injected through the fake server over HTTP."""

from __future__ import annotations

import io
import json
import re
import time
import warnings

import httpx
import pytest

from x_chat import (
    APIConnectionError,
    APIStatusError,
    APITimeoutError,
    AsyncChatClient,
    AuthenticationError,
    BadRequestError,
    ChatClient,
    ConflictError,
    InternalServerError,
    MalformedDataError,
    MalformedResponseError,
    NotFoundError,
    PermissionDeniedError,
    RateLimit,
    RateLimitError,
    RetryPolicy,
    XChatError,
)
from x_chat.retries import is_retryable, retry_delay
from x_chat.testing import FakeXServer, Fault

from .conftest import FAST_RETRY, GROUP

NO_RETRY = RetryPolicy(max_retries=0)


def test_missing_or_wrong_token_is_authentication_error(server: FakeXServer) -> None:
    with ChatClient(token="wrong", base_url=server.base_url) as client, pytest.raises(AuthenticationError) as info:
        client.get_conversation_events(GROUP)
    error = info.value
    assert error.status_code == 401 and error.title == "Unauthorized"
    assert error.request_id and error.request_id in str(error)
    assert error.rate_limit is not None and error.rate_limit.limit == 900
    assert "wrong" not in str(error)


def test_unknown_conversation_is_not_found_with_the_problem_details(server: FakeXServer, client: ChatClient) -> None:
    with pytest.raises(NotFoundError) as info:
        client.get_conversation_events("g404")
    error = info.value
    assert error.problem_type == "https://api.x.com/2/problems/resource-not-found"
    assert error.detail == "Could not find conversation with id: [g404]."
    assert "HTTP 404" in str(error) and "resource-not-found" in str(error)
    assert isinstance(error.response, httpx.Response)
    assert len(server.requests) == 1  # 404 is not retried


def test_bad_parameter_is_bad_request_with_the_errors_array(server: FakeXServer, client: ChatClient) -> None:
    with pytest.raises(BadRequestError) as info:
        client.get_conversation_events(GROUP, pagination_token="garbage")
    assert info.value.errors[0]["parameters"] == {"pagination_token": ["garbage"]}
    assert info.value.title == "Invalid Request"


@pytest.mark.parametrize(
    ("status", "cls"),
    [(403, PermissionDeniedError), (409, ConflictError), (418, APIStatusError), (500, InternalServerError)],
)
def test_one_class_per_status(server: FakeXServer, client: ChatClient, status: int, cls: type) -> None:
    server.inject(Fault(status=status))
    with pytest.raises(cls) as info:
        client.with_options(retry=NO_RETRY).get_conversation_events(GROUP)
    assert info.value.status_code == status


def test_legacy_errors_array_is_read(server: FakeXServer, client: ChatClient) -> None:
    body = b'{"errors": [{"code": 32, "message": "Could not authenticate you."}]}'
    server.inject(Fault(status=403, body=body, content_type="application/json"))
    with pytest.raises(PermissionDeniedError) as info:
        client.get_conversation_events(GROUP)
    assert info.value.detail == "Could not authenticate you."


def test_5xx_is_retried_then_succeeds(server: FakeXServer, client: ChatClient) -> None:
    server.inject(Fault.server_error(503, times=2))
    page = client.get_conversation_events(GROUP, max_results=5)
    assert page.meta.result_count == 5
    assert len(server.requests) == 3


def test_5xx_gives_up_after_max_retries(server: FakeXServer, client: ChatClient) -> None:
    server.inject(Fault.malformed(b"<html>502 Bad Gateway</html>", status=502, content_type="text/html"))
    server.inject(Fault.server_error(502, times=10))
    with pytest.raises(InternalServerError) as info:
        client.get_conversation_events(GROUP)
    assert info.value.status_code == 502
    assert len(server.requests) == FAST_RETRY.max_retries + 1


def test_429_waits_for_retry_after_then_succeeds(server: FakeXServer, client: ChatClient) -> None:
    server.inject(Fault.rate_limited(reset_in=3600, retry_after=0.2))
    started = time.monotonic()
    client.get_conversation_events(GROUP, max_results=1)
    assert time.monotonic() - started >= 0.2
    assert len(server.requests) == 2


def test_429_honours_x_rate_limit_reset(server: FakeXServer, client: ChatClient) -> None:
    server.inject(Fault.rate_limited(reset_in=0.5))
    reset = int(server._faults[0].headers["x-rate-limit-reset"])
    client.get_conversation_events(GROUP, max_results=1)
    assert time.time() >= reset - 0.05
    assert len(server.requests) == 2


def test_429_longer_than_the_cap_raises_at_once_with_the_reset_time(server: FakeXServer, client: ChatClient) -> None:
    server.inject(Fault.rate_limited(reset_in=3600))
    started = time.monotonic()
    with pytest.raises(RateLimitError) as info:
        client.get_conversation_events(GROUP)
    assert time.monotonic() - started < 60  # not the hour X asked for
    assert info.value.reset_at is not None
    assert info.value.reset_at.timestamp() > time.time() + 3000
    assert info.value.rate_limit is not None and info.value.rate_limit.remaining == 0
    assert "resets at" in str(info.value)
    assert len(server.requests) == 1


def test_rate_limit_cap_is_configurable_per_call(server: FakeXServer, client: ChatClient) -> None:
    server.inject(Fault.rate_limited(reset_in=0.3))
    with pytest.raises(RateLimitError):
        client.with_options(retry=RetryPolicy(max_rate_limit_wait=0)).get_conversation_events(GROUP)
    assert len(server.requests) == 1


@pytest.mark.parametrize(
    ("body", "content_type", "reason"),
    [
        (b"<html><body>oops</body></html>", "text/html", "not JSON"),
        (b'{"data": [{"id": "1"', "application/json", "not JSON"),
        (b'{"data": {"encoded_event": "x"}}', "application/json", "data: expected array, got dict"),
        (b'{"data": ["x"]}', "application/json", "ChatMessageEvent: expected object, got str"),
        (b'{"meta": []}', "application/json", "meta: expected object, got list"),
        (b'{"meta": {"next_token": 12}}', "application/json", "next_token: expected str"),
        (b'{"meta": {"result_count": "3"}}', "application/json", "result_count"),
        (b"[1, 2]", "application/json", "JSON object"),
        (b"", "application/json", "not JSON"),
    ],
)
def test_malformed_success_bodies_raise_malformed_response_error(
    server: FakeXServer, client: ChatClient, body: bytes, content_type: str, reason: str
) -> None:
    server.inject(Fault.malformed(body, status=200, content_type=content_type))
    with pytest.raises(MalformedResponseError, match=reason) as info:
        client.get_conversation_events(GROUP)
    assert info.value.status_code == 200 and info.value.request_id
    assert len(server.requests) == 1


@pytest.mark.parametrize(
    ("event", "field", "reason"),
    [
        ({"created_at": 5}, "created_at", "created_at: expected a date-time string, got int"),
        ({"created_at": "yesterday"}, "id", "created_at: not an RFC 3339 date-time: 'yesterday'"),
        ({"encoded_event": 5}, "encoded_event", "ChatMessageEvent.encoded_event: expected str, got int"),
    ],
)
def test_a_malformed_event_raises_a_typed_error_when_it_is_read(
    server: FakeXServer, client: ChatClient, event: dict[str, object], field: str, reason: str
) -> None:
    """Events are built on first read (a page costs nothing to parse until then): the good events of
    a page read normally, and the malformed one raises MalformedDataError naming model, field and
    fault, each time it is read, never a bare TypeError or a half-built event."""
    good = {"id": "7", "created_at": "2025-01-01T00:00:00Z", "encoded_event": "e30="}
    body = json.dumps({"data": [good, {"id": "8", **event}], "meta": {"result_count": 2}}).encode()
    server.inject(Fault.malformed(body, status=200, content_type="application/json"))
    page = client.get_conversation_events(GROUP)
    assert page.data[0].id == "7" and str(page.data[0].created_at) == "2025-01-01 00:00:00+00:00"
    for _ in range(2):
        with pytest.raises(MalformedDataError, match=re.escape(reason)) as info:
            getattr(page.data[1], field)
        assert isinstance(info.value, XChatError)
        assert (info.value.model, info.value.field) == ("ChatMessageEvent", field)


@pytest.mark.parametrize(
    "body",
    [
        # v2.167 requires no field: an event with only what was selected, or nothing at all
        b'{"data": [{"id": "1"}, {"sender_id": "2"}, {}]}',
        # fields and enum values X adds later
        b'{"data": [{"id": "1", "reactions": [1, 2], "kind": {"new": true}}], "meta": {"next_cursor": "x"}, "extra": 1}',
        # problems: RFC 7807's about:blank (no detail), X's older api.twitter.com URIs, and a type we do not know
        b'{"data": [{"id": "1"}], "errors": [{"type": "about:blank", "title": "Partial"},'
        b' {"type": "https://api.twitter.com/2/problems/resource-not-found", "title": "Not Found Error",'
        b' "detail": "gone", "resource_type": "user"},'
        b' {"type": "https://api.x.com/2/problems/some-new-problem", "title": "New", "detail": "d"}]}',
    ],
)
def test_tolerant_reading_of_pages(server: FakeXServer, client: ChatClient, body: bytes) -> None:
    server.inject(Fault.malformed(body, status=200, content_type="application/json"))
    with warnings.catch_warnings(record=True):
        warnings.simplefilter("always")
        page = client.get_conversation_events(GROUP)
    assert page.data and page.data[0].to_dict().get("id", "1") == "1"
    expected = json.loads(body)
    assert [e.to_dict() for e in page.data] == expected["data"]  # unknown fields kept, nothing invented
    if "errors" in expected:
        about_blank, twitter, unknown = page.errors  # type: ignore[misc]
        assert type(about_blank).__name__ == "GenericProblem" and about_blank.title == "Partial"
        assert type(twitter).__name__ == "ResourceNotFoundProblem" and twitter.detail == "gone"
        assert type(unknown).__name__ == "GenericProblem" and unknown.type_ == expected["errors"][2]["type"]


def test_error_bodies_that_are_not_json_still_give_the_status_error(server: FakeXServer, client: ChatClient) -> None:
    server.inject(Fault(status=404, body=b"<h1>nope</h1>", content_type="text/html"))
    with pytest.raises(NotFoundError) as info:
        client.get_conversation_events(GROUP)
    assert info.value.title is None and "HTTP 404" in str(info.value)


def test_timeout_is_the_timeout_error(server: FakeXServer, client: ChatClient) -> None:
    server.inject(Fault.slow(1.0))
    with pytest.raises(APITimeoutError):
        client.with_options(timeout=0.2, retry=NO_RETRY).get_conversation_events(GROUP)


def test_timeout_is_retried(server: FakeXServer, client: ChatClient) -> None:
    server.inject(Fault.slow(1.0))
    assert client.with_options(timeout=0.3).get_conversation_events(GROUP, max_results=1).meta.result_count == 1


def test_dropped_connection_is_retried(server: FakeXServer, client: ChatClient) -> None:
    server.inject(Fault.disconnect())
    assert client.get_conversation_events(GROUP, max_results=2).meta.result_count == 2
    assert len(server.requests) == 2


def test_refused_connection_is_connection_error() -> None:
    client = ChatClient(token="t", base_url="http://127.0.0.1:9", retry=FAST_RETRY)
    with client, pytest.raises(APIConnectionError) as info:
        client.get_conversation_events(GROUP)
    assert not isinstance(info.value, APITimeoutError)
    assert isinstance(info.value, XChatError)


def test_deadline_bounds_all_retries(server: FakeXServer) -> None:
    """Each retry sleeps 0.2 s, and no sleep may end past the 0.5 s deadline: at most 3 attempts
    however slow the machine is (51 without the deadline). On a busy machine the last attempt may
    itself run out of what is left of the deadline: a timeout then, not the last 503."""
    policy = RetryPolicy(max_retries=50, backoff_initial=0.2, backoff_max=0.2, jitter=False, deadline=0.5)
    server.inject(Fault.server_error(503, times=100))
    client = ChatClient(token=server.token, base_url=server.base_url, retry=policy)
    with client, pytest.raises((InternalServerError, APITimeoutError)) as info:
        client.get_conversation_events(GROUP)
    assert 1 <= len(server.requests) <= 3
    if isinstance(info.value, APITimeoutError):
        assert "RetryPolicy.deadline" in str(info.value)


def test_pagination_survives_retries_in_the_middle(server: FakeXServer, client: ChatClient) -> None:
    ids: list[str] = []
    for number, page in enumerate(client.iter_conversation_pages(GROUP)):
        ids += [e.id for e in page.data]  # type: ignore[misc, union-attr]
        if number == 3:
            server.inject(Fault.server_error(503), Fault.disconnect(), Fault.rate_limited(retry_after=0.01))
    assert ids == [e["id"] for e in server.conversations[GROUP].events[::-1]]
    assert len(server.requests) == 13 + 3


async def test_async_retries_and_errors(server: FakeXServer, aclient: AsyncChatClient) -> None:
    server.inject(Fault.server_error(500), Fault.rate_limited(retry_after=0.01))
    events = [e.id async for e in aclient.iter_conversation_events(GROUP)]
    assert len(events) == len(set(events)) == 1234
    with pytest.raises(NotFoundError):
        await aclient.get_conversation_events("g404")
    server.inject(Fault.malformed())
    with pytest.raises(MalformedResponseError):
        await aclient.get_conversation_events(GROUP)
    server.inject(Fault.rate_limited(reset_in=3600))
    with pytest.raises(RateLimitError):
        await aclient.get_conversation_events(GROUP)


def test_non_idempotent_requests_are_retried_only_when_nothing_was_sent() -> None:
    response = httpx.Response(503, request=httpx.Request("POST", "https://api.x.com/2/x"))
    assert not is_retryable(InternalServerError(response), idempotent=False)
    assert is_retryable(InternalServerError(response), idempotent=True)
    limited = RateLimitError(httpx.Response(429, request=response.request))
    assert is_retryable(limited, idempotent=False)  # X rejected it unprocessed
    refused = APIConnectionError("refused")
    refused.__cause__ = httpx.ConnectError("refused")
    read_failed = APIConnectionError("reset")
    read_failed.__cause__ = httpx.ReadError("reset")
    assert is_retryable(refused, idempotent=False)
    assert not is_retryable(read_failed, idempotent=False)
    assert is_retryable(read_failed, idempotent=True)


def test_rate_limit_headers_are_parsed_once_into_one_wait() -> None:
    def wait(headers: dict[str, str], now: float) -> float | None:
        parsed = RateLimit.from_headers(headers, now=now)
        return parsed.wait(now=now) if parsed is not None else None

    assert wait({"retry-after": "2.5"}, 0) == 2.5
    assert wait({"retry-after": "Thu, 01 Jan 1970 00:00:10 GMT"}, 4) == 6
    assert wait({"x-rate-limit-reset": "100"}, 40) == 60
    assert wait({"x-rate-limit-reset": "100"}, 400) == 0
    assert wait({"retry-after": "soon"}, 0) is None
    assert wait({}, 0) is None


def test_rate_limit_headers_read_the_same_from_httpx_headers_and_a_mapping() -> None:
    """The one-pass read of httpx.Headers (any case, other headers around) gives what a plain mapping gives."""
    pairs = [
        ("Content-Type", "application/json"),
        ("X-Rate-Limit-Limit", "900"),
        ("x-rate-limit-remaining", "12"),
        ("X-RATE-LIMIT-RESET", "1800000000"),
        ("Retry-After", "7"),
        ("x-transaction-id", "abc"),
    ]
    from_httpx = RateLimit.from_headers(httpx.Headers(pairs), now=0)
    from_mapping = RateLimit.from_headers({name.lower(): value for name, value in pairs}, now=0)
    assert from_httpx == from_mapping
    assert from_httpx is not None and (from_httpx.limit, from_httpx.remaining, from_httpx.retry_after) == (900, 12, 7)
    assert RateLimit.from_headers(httpx.Headers([("content-type", "text/html")])) is None


def test_retry_delay_is_a_pure_decision() -> None:
    policy = RetryPolicy(jitter=False, max_retries=2, deadline=10)
    reset = APIConnectionError("reset")
    assert retry_delay(policy, reset, retry=1, idempotent=True, elapsed=0) == 0.5
    assert retry_delay(policy, reset, retry=2, idempotent=True, elapsed=0) == 1.0
    assert retry_delay(policy, reset, retry=3, idempotent=True, elapsed=0) is None  # retries ran out
    assert retry_delay(policy, reset, retry=1, idempotent=False, elapsed=0) is None  # may have been sent
    assert retry_delay(policy, reset, retry=2, idempotent=True, elapsed=9.5) is None  # past the deadline
    request = httpx.Request("POST", "https://api.x.com/2/x")
    limited = RateLimitError(
        httpx.Response(429, request=request), rate_limit=RateLimit.from_headers({"retry-after": "3"})
    )
    assert retry_delay(policy, limited, retry=1, idempotent=False, elapsed=0) == 3.0  # X stored nothing
    capped = RetryPolicy(max_rate_limit_wait=2)
    assert retry_delay(capped, limited, retry=1, idempotent=False, elapsed=0) is None
    jittered = RetryPolicy(jitter=True)
    assert retry_delay(jittered, reset, retry=1, idempotent=True, elapsed=0, randomness=0.5) == 0.25


BAD_ARGUMENTS = {  # a call with an argument x-chat refuses -> the exception class it must raise
    "page size 0": (lambda c: c.get_conversation_events(GROUP, max_results=0), "InvalidArgumentError"),
    "page size 101": (lambda c: list(c.iter_conversation_events(GROUP, page_size=101)), "InvalidArgumentError"),
    "negative limit": (lambda c: list(c.iter_conversation_events(GROUP, limit=-1)), "InvalidArgumentError"),
    "token not a string": (lambda c: c.get_conversation_events(GROUP, pagination_token=5), "InvalidArgumentError"),
    "unreadable since": (
        lambda c: list(c.iter_conversation_events(GROUP, since="yesterday-ish")),
        "InvalidArgumentError",
    ),
    "since not a time": (lambda c: list(c.iter_conversation_events(GROUP, since=[2025])), "InvalidArgumentError"),
    "old event arguments": (lambda c: c.get_conversation(GROUP, max_results=5), "InvalidArgumentError"),
    "no user IDs": (lambda c: c.get_users_public_keys([]), "InvalidArgumentError"),
    "empty broadcast text": (lambda c: c.send_broadcast_chat("A1", ""), "InvalidArgumentError"),
    "keys=None": (lambda c: c.send_message(GROUP, "hi", keys=None), "InvalidArgumentError"),
    "bad media hash key": (lambda c: c.download_media(GROUP, "../k", io.BytesIO(), keys=None), "InvalidArgumentError"),
    "bad conversation ID": (lambda c: c.get_conversation_events("12/../34"), "InvalidIdError"),
    "bad user ID": (lambda c: c.get_user_public_keys("me"), "InvalidIdError"),
    "bad broadcast ID": (lambda c: c.send_broadcast_chat("a/b", "hi"), "InvalidIdError"),
    "bad sequence ID": (lambda c: c.mark_read(GROUP, "last"), "InvalidIdError"),
    "unknown field": (lambda c: c.get_conversation_events(GROUP, fields=["sender"]), "InvalidFieldError"),
}


@pytest.mark.parametrize("case", sorted(BAD_ARGUMENTS))
def test_every_refused_argument_is_an_xchat_error_raised_before_any_request(
    server: FakeXServer, client: ChatClient, case: str
) -> None:
    call, expected = BAD_ARGUMENTS[case]
    server.clear_requests()
    with pytest.raises(XChatError) as info:
        call(client)
    assert type(info.value).__name__ == expected
    assert isinstance(info.value, ValueError)  # what Python code catches for a bad value
    assert server.requests_to("/2/") == []


def test_invalid_argument_error_is_caught_as_value_or_type_error(client: ChatClient) -> None:
    with pytest.raises(TypeError):
        client.get_conversation_events(GROUP, pagination_token=5)  # type: ignore[arg-type]
    with pytest.raises(ValueError):
        client.get_conversation_events(GROUP, max_results=0)
