"""The x-chat console script, run as a subprocess against the fake server."""

from __future__ import annotations

import itertools
import json
import os
import re
import signal
import stat
import subprocess
import sys
from datetime import datetime
from pathlib import Path

import httpx
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
    expected = server.conversations[GROUP].served_events()[:250]
    for line in lines:  # created_at is written as Python's isoformat of the same instant
        line["created_at"] = datetime.fromisoformat(line["created_at"])
    for event in expected:
        event["created_at"] = datetime.fromisoformat(event["created_at"])
    assert lines == expected
    assert "250 events" in result.stderr


def test_events_table_with_token_option_and_progress(server: FakeXServer) -> None:
    result = run("events", DIRECT, "--base-url", server.base_url, "--token", server.token, "--fields", "id,created_at")
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
    assert [json.loads(line)["created_at"] for line in out.read_text().splitlines()] == [
        "2025-01-01T00:01:51+00:00",
        "2025-01-01T00:01:14+00:00",
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


def test_api_errors_exit_1_and_refused_credentials_4(server: FakeXServer) -> None:
    result = run("events", GROUP, "--base-url", server.base_url, token="wrong-token")
    assert result.returncode == 4  # authentication refused has its own code
    assert "HTTP 401" in result.stderr and "wrong-token" not in result.stderr
    missing = run("events", "g404", "--base-url", server.base_url, token=server.token)
    assert missing.returncode == 1 and "HTTP 404" in missing.stderr


def test_no_token_is_a_clear_error(tmp_path: Path) -> None:
    result = run("events", GROUP, env={"X_CHAT_CONFIG_DIR": str(tmp_path)})
    assert result.returncode == 4  # credentials missing, found before any request
    assert "X_BEARER_TOKEN" in result.stderr


def _interruptible() -> None:
    """In the child: SIGINT as a terminal delivers it, whatever this process inherited (``nohup``,
    a shell's ``&`` and some CI runners start it ignored, and Python then keeps it ignored)."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def test_fake_server_command_serves_until_interrupted() -> None:
    process = subprocess.Popen(
        [X_CHAT, "fake-server", "--port", "0", "--conversation", "g5", "--events", "30"],
        stderr=subprocess.PIPE,
        text=True,
        preexec_fn=_interruptible,
    )
    try:
        assert process.stderr is not None
        first = process.stderr.readline()
        base_url = first.split(" on ")[1].split(" ")[0]
        result = run("events", "g5", "--base-url", base_url, "--format", "jsonl", token="fake-x-token")
        assert result.returncode == 0, result.stderr
        assert len(result.stdout.splitlines()) == 30
        process.send_signal(signal.SIGINT)
        assert process.wait(timeout=30) == 0
    finally:
        if process.poll() is None:  # never leave it behind
            process.kill()
            process.wait(timeout=30)


def test_auth_login_stores_tokens_0600_and_events_use_and_refresh_them(server: FakeXServer, tmp_path: Path) -> None:
    server.credentials.add_oauth2_client("cli-app")
    env = {"X_CHAT_CONFIG_DIR": str(tmp_path / "config")}
    environment = {k: v for k, v in os.environ.items() if k != "X_BEARER_TOKEN"} | env
    login = subprocess.Popen(
        [X_CHAT, "auth", "login", "--client-id", "cli-app", "--redirect-uri", "http://127.0.0.1:1/cb",
         "--authorize-url", f"{server.base_url}/2/oauth2/authorize", "--token-url", f"{server.base_url}/2/oauth2/token"],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=environment,
    )  # fmt: skip
    assert login.stdout is not None and login.stdin is not None
    url = login.stdout.readline().strip()
    redirected = httpx.get(url, follow_redirects=False).headers["location"]  # the user approves
    login.stdin.write(redirected + "\n")
    login.stdin.flush()
    _, err = login.communicate(timeout=30)
    assert login.returncode == 0, err
    token_path = tmp_path / "config" / "tokens.json"
    assert stat.S_IMODE(token_path.stat().st_mode) == 0o600
    stored = json.loads(token_path.read_text())
    assert stored["client_id"] == "cli-app" and stored["token"]["refresh_token"]
    assert stored["token"]["access_token"] not in err

    result = run("events", GROUP, "--base-url", server.base_url, "--limit", "5", "--format", "jsonl", env=env)
    assert result.returncode == 0, result.stderr
    assert len(result.stdout.splitlines()) == 5

    server.credentials.expire_token(stored["token"]["access_token"])
    again = run("events", GROUP, "--base-url", server.base_url, "--limit", "5", "--format", "jsonl", env=env)
    assert again.returncode == 0, again.stderr
    refreshed = json.loads(token_path.read_text())
    assert refreshed["token"]["access_token"] != stored["token"]["access_token"]  # refreshed and persisted
    assert stat.S_IMODE(token_path.stat().st_mode) == 0o600
    assert "logged in" in run("auth", "status", env=env).stdout

    token_path.chmod(0o644)
    loose = run("events", GROUP, "--base-url", server.base_url, env=env)
    assert loose.returncode == 2 and "chmod 600" in loose.stderr


def _synopses() -> list[tuple[list[str], list[str]]]:
    """(subcommand words, options) of every ``x-chat ...`` usage line in README's code blocks."""
    readme = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")
    lines, language = [], None  # the lines of the sh (and untagged) fenced blocks
    for line in readme.splitlines():
        if line.startswith("```"):
            language = line[3:].strip() if language is None else None
        elif language in ("sh", ""):
            lines.append(line)
    found = []
    for line in lines:
        line = line.split("#", 1)[0]
        for usage in re.split(r"\s\|\s", line):
            words = usage.split()
            if not words or words[0] not in ("x-chat", "keys"):
                continue
            words = words[1:] if words[0] == "x-chat" else words  # "... | keys register ...": same program
            subcommand = list(itertools.takewhile(lambda w: re.fullmatch(r"[a-z][a-z-]*", w) is not None, words))
            if words[:1] == ["keys"] and subcommand[:1] != ["keys"]:
                subcommand = ["keys", *subcommand]
            found.append((subcommand, re.findall(r"(--[a-z][a-z-]*)", usage)))
    return found


def test_the_readme_cli_synopsis_is_the_cli(capsys: pytest.CaptureFixture[str]) -> None:
    """Every subcommand and option README's usage lines show exists: `x-chat SUB --help` lists it."""
    from x_chat.cli import main

    synopses = _synopses()
    assert len(synopses) >= 18 and ["keys", "register"] in [words for words, _ in synopses]
    for words, options in synopses:
        with pytest.raises(SystemExit) as exited:
            main([*words, "--help"])
        shown = capsys.readouterr().out
        assert exited.value.code == 0, words
        missing = [option for option in options if option not in shown]
        assert missing == [], f"x-chat {' '.join(words)}: README shows {missing}, --help does not"
