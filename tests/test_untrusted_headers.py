"""Rate-limit headers are data from an untrusted party; usage caps and spent credits are not rate
limits. Real HTTP against the fake server, through the one pipeline."""

from __future__ import annotations

import json
from collections.abc import Callable

import pytest

from x_chat import (
    ChatClient,
    PaymentRequiredError,
    RateLimitError,
    RetryPolicy,
    UsageCapExceededError,
)
from x_chat.errors import RateLimit
from x_chat.testing import FakeXServer, Fault

from .conftest import GROUP

NOW = 1_800_000_000.0


@pytest.mark.parametrize(
    "value",
    [
        "inf",
        "-inf",
        "nan",
        "1e12",
        "-5",
        "1.",
        ".5",
        "+30",
        "٣٠",
        "99999999999999",
        "Fri, 01 Jan 9999 00:00:00 GMT",
        "soon",
    ],
)
def test_an_absurd_retry_after_is_ignored(value: str) -> None:
    assert RateLimit.from_headers({"retry-after": value}, now=NOW) is None


def test_retry_after_is_delay_seconds_or_an_http_date() -> None:
    assert RateLimit.from_headers({"retry-after": "30"}, now=NOW).retry_after == 30.0  # type: ignore[union-attr]
    dated = RateLimit.from_headers({"retry-after": "Fri, 15 Jan 2027 08:00:30 GMT"}, now=1_800_000_000.0)
    assert dated is not None and dated.retry_after == 30.0


@pytest.mark.parametrize(
    "headers",
    [
        {"x-rate-limit-limit": "0", "x-rate-limit-remaining": "0"},
        {"x-rate-limit-limit": "-3", "x-rate-limit-remaining": "-3"},
        {"x-rate-limit-limit": "10", "x-rate-limit-remaining": "0", "x-rate-limit-reset": "99999999999"},
        {"retry-after": "inf"},
        {"retry-after": "1e12"},
    ],
    ids=["limit 0", "negative", "reset in 3138", "inf", "1e12"],
)
def test_no_header_value_can_hang_a_client_or_break_later_calls(
    server: FakeXServer, make_client: Callable[..., ChatClient], headers: dict[str, str]
) -> None:
    """Every answer carries the headers; each call still ends, and the next one still works."""
    server.inject(Fault(status=None, headers=headers, times=3, path="/2/chat/"))
    with make_client() as client:
        for _ in range(3):
            assert client.get_conversation_events(GROUP, max_results=5).data
        server.inject(Fault(status=429, headers=headers, times=1))  # a 429 saying the same: the policy decides
        assert client.get_conversation_events(GROUP, max_results=5).data
        assert client.get_conversation_events(GROUP, max_results=5).data  # and later calls still go


def test_a_usage_cap_is_not_retried_nor_paced(server: FakeXServer, make_client: Callable[..., ChatClient]) -> None:
    body = {
        "title": "UsageCapExceeded",
        "detail": "Usage cap exceeded: Monthly product cap",
        "type": "https://api.twitter.com/2/problems/usage-capped",
        "period": "Monthly",
        "scope": "Product",
    }
    server.inject(Fault(status=429, body=json.dumps(body).encode(), times=5))
    with make_client() as client:
        server.clear_requests()
        with pytest.raises(UsageCapExceededError) as capped:
            client.get_conversation_events(GROUP)
        assert len(server.requests_to("/2/chat/")) == 1  # not retried
        assert (capped.value.period, capped.value.scope) == ("Monthly", "Product")
        assert "usage cap" in str(capped.value) and not isinstance(capped.value, RateLimitError)


def test_a_429_while_the_window_has_room_is_a_usage_cap(
    server: FakeXServer, make_client: Callable[..., ChatClient]
) -> None:
    """X's monthly cap can answer 429 with healthy x-rate-limit-* headers."""
    healthy = {"x-rate-limit-limit": "900", "x-rate-limit-remaining": "899", "x-rate-limit-reset": "2000000000"}
    server.inject(Fault(status=429, headers=healthy, times=5))
    with make_client(retry=RetryPolicy(max_rate_limit_wait=5)) as client:
        server.clear_requests()
        with pytest.raises(UsageCapExceededError):
            client.get_conversation_events(GROUP)
        assert len(server.requests_to("/2/chat/")) == 1
        server._faults.clear()
        assert client.get_conversation_events(GROUP).data  # the budget did not learn "spent": no wait


def test_spent_credits_are_payment_required_and_not_retried(
    server: FakeXServer, make_client: Callable[..., ChatClient]
) -> None:
    body = {
        "title": "Payment Required",
        "detail": "credits depleted",
        "type": "https://api.x.com/2/problems/credits-depleted",
    }
    server.inject(Fault(status=402, body=json.dumps(body).encode(), times=5))
    with make_client() as client:
        server.clear_requests()
        with pytest.raises(PaymentRequiredError, match="credits"):
            client.get_conversation_events(GROUP)
        assert len(server.requests_to("/2/chat/")) == 1
