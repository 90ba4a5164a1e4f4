"""The x-chat console script, run as a subprocess against the fake server."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from x_chat.testing import FakeXServer

from .conftest import DIRECT, GROUP

X_CHAT = str(Path(sys.executable).with_name("x-chat"))


def run(*args: str, token: str | None = None, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    environment = {k: v for k, v in os.environ.items() if k != "X_BEARER_TOKEN"}
    if token is not None:
        environment["X_BEARER_TOKEN"] = token
    environment.update(env or {})
    return subprocess.run([X_CHAT, *args], capture_output=True, text=True, env=environment, timeout=60)


def test_help() -> None:
    result = run("--help")
    assert result.returncode == 0
    assert "events" in result.stdout and "fake-server" in result.stdout
    assert "--format" in run("events", "--help").stdout


def test_events_jsonl_are_the_conversation(server: FakeXServer) -> None:
    result = run(
        "events", GROUP, "--base-url", server.base_url, "--format", "jsonl", "--limit", "250", token=server.token
    )
    assert result.returncode == 0, result.stderr
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    expected = server.conversations[GROUP].events[::-1][:250]
    assert lines == expected
    assert "250 events" in result.stderr


def test_events_table_with_token_option_and_progress(server: FakeXServer) -> None:
    result = run(
        "events", DIRECT, "--base-url", server.base_url, "--token", server.token, "--fields", "id,created_at_msec"
    )
    assert result.returncode == 0, result.stderr
    rows = result.stdout.splitlines()
    assert rows[0].startswith("created_at (UTC)")
    assert len(rows) == 251
    newest = server.conversations[DIRECT].events[-1]
    assert newest["id"] in rows[1] and "2025-01-01" in rows[1]
    assert "ev" in result.stderr  # tqdm's bar went to stderr


def test_since_until_and_output_file(server: FakeXServer, tmp_path: Path) -> None:
    out = tmp_path / "events.jsonl"
    result = run(
        "events", GROUP, "--base-url", server.base_url, "--format", "jsonl", "-o", str(out),
        "--since", "2025-01-01 00:01:00", "--until", "2025-01-01 00:02:00", "--no-progress",
        token=server.token,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert [json.loads(line)["created_at_msec"] for line in out.read_text().splitlines()] == [
        "1735689711000",
        "1735689674000",
    ]
    assert result.stdout == ""


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["events", "12/../34"], "invalid conversation ID"),
        (["events", GROUP, "--fields", "sender"], "did you mean 'sender_id'"),
        (["events", GROUP, "--page-size", "500"], "page_size"),
        (["events", GROUP, "--since", "yesterday-ish"], "date/time"),
    ],
)
def test_bad_input_exits_2_with_one_line_and_sends_nothing(server: FakeXServer, args: list[str], message: str) -> None:
    result = run(*args, "--base-url", server.base_url, token=server.token)
    assert result.returncode == 2
    assert message in result.stderr
    assert result.stderr.startswith("x-chat: error:") and len(result.stderr.strip().splitlines()) == 1
    assert server.requests == []


def test_api_errors_exit_1(server: FakeXServer) -> None:
    result = run("events", GROUP, "--base-url", server.base_url, token="wrong-token")
    assert result.returncode == 1
    assert "HTTP 401" in result.stderr and "wrong-token" not in result.stderr
    missing = run("events", "g404", "--base-url", server.base_url, token=server.token)
    assert missing.returncode == 1 and "HTTP 404" in missing.stderr


def test_no_token_is_a_clear_error() -> None:
    result = run("events", GROUP)
    assert result.returncode == 2  # a usage problem, found before any request
    assert "X_BEARER_TOKEN" in result.stderr


def test_fake_server_command_serves_until_interrupted() -> None:
    process = subprocess.Popen(
        [X_CHAT, "fake-server", "--port", "0", "--conversation", "g5", "--events", "30"],
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert process.stderr is not None
        first = process.stderr.readline()
        base_url = first.split(" on ")[1].split(" ")[0]
        result = run("events", "g5", "--base-url", base_url, "--format", "jsonl", token="fake-x-token")
        assert result.returncode == 0, result.stderr
        assert len(result.stdout.splitlines()) == 30
    finally:
        process.send_signal(2)
        assert process.wait(timeout=10) == 0
