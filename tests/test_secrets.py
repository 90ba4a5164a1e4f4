"""The token never shows in a repr, a str, an exception or a log line (DEBUG included)."""

from __future__ import annotations

import logging

import httpx
import pytest

from x_chat import AsyncChatClient, ChatClient, XChatError
from x_chat.testing import FakeXServer, Fault
from x_chat_generated import AuthenticatedClient

from .conftest import FAST_RETRY, GROUP

SECRET = "tok-SECRET-9f8e7d6c5b4a"


@pytest.fixture
def secret_server(fake_x_server: FakeXServer) -> FakeXServer:
    fake_x_server.tokens.add(SECRET)
    fake_x_server.add_conversation(GROUP, events=120)
    return fake_x_server


def _everything_printable(objects: list[object]) -> str:
    return "\n".join(f"{o!r}\n{o!s}" for o in objects)


def test_not_in_reprs_of_clients_requests_and_exceptions(secret_server: FakeXServer) -> None:
    caught: list[object] = []
    sent: list[httpx.Request] = []
    http = httpx.Client(event_hooks={"request": [sent.append]})
    with http, ChatClient(token=SECRET, base_url=secret_server.base_url, retry=FAST_RETRY, http_client=http) as client:
        detailed = client.with_raw_response.get_conversation_events(GROUP, max_results=1)
        request = sent[-1]
        assert request.headers["authorization"] == f"Bearer {SECRET}"  # it was sent...
        for fault in (Fault(status=401), Fault(status=403), Fault.rate_limited(reset_in=9999), Fault.malformed()):
            secret_server.inject(fault)
            with pytest.raises(XChatError) as info:
                client.get_conversation_events(GROUP)
            caught += [info.value, info.value.__dict__]
        objects = [client, client.api, client.retry, detailed, detailed.raw, request, request.headers, *caught]
        printable = _everything_printable(objects)
    assert SECRET not in printable  # ...but never shown
    async_client = AsyncChatClient(token=SECRET, base_url=secret_server.base_url)
    assert SECRET not in repr(async_client) + str(async_client)
    assert SECRET not in repr(AuthenticatedClient(base_url="https://x", token=SECRET))


def test_not_in_debug_logs(secret_server: FakeXServer, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)  # root: httpx, httpcore, x_chat and anything else
    secret_server.inject(Fault.server_error(503), Fault.disconnect())
    with ChatClient(token=SECRET, base_url=secret_server.base_url, retry=FAST_RETRY) as client:
        assert len(list(client.iter_conversation_events(GROUP))) == 120
        secret_server.inject(Fault(status=401))
        with pytest.raises(XChatError):
            client.get_conversation_events(GROUP)
    lines = [record.getMessage() for record in caplog.records]
    assert any("HTTP Request" in line for line in lines)  # httpx did log at DEBUG/INFO
    assert any("retrying" in line for line in lines)  # and so did x_chat
    assert all(SECRET not in line for line in lines)
