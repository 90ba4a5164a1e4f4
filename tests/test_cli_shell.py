"""The CLI as a shell user meets it: exit codes, one-line errors in shell terms, options before the
subcommand, a closed pipe, no progress bars in pipes. The real `x-chat`, with pipes, against the
fake server."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from x_chat.testing import FakeXServer

from .conftest import GROUP

X_CHAT = str(Path(sys.executable).with_name("x-chat"))


def _run(*args: str, home: Path, token: str | None = None) -> subprocess.CompletedProcess[str]:
    """``x-chat ARGS`` with no inherited credentials (a config folder of its own, no $X_BEARER_TOKEN)."""
    environment = {k: v for k, v in os.environ.items() if k != "X_BEARER_TOKEN"}
    environment["X_CHAT_CONFIG_DIR"] = str(home / "config")
    command = [X_CHAT, *args, *(["--token", token] if token is not None else [])]
    return subprocess.run(command, capture_output=True, text=True, env=environment, timeout=60)


def _one_line(stderr: str) -> str:
    lines = [line for line in stderr.splitlines() if line.strip()]
    assert len(lines) == 1 and "Traceback" not in stderr, stderr
    return lines[0]


def test_missing_credentials_exit_4_in_shell_terms(server: FakeXServer, tmp_path: Path) -> None:
    done = _run("events", GROUP, "--base-url", server.base_url, home=tmp_path)
    line = _one_line(done.stderr)
    assert done.returncode == 4 and "--token" in line and "X_BEARER_TOKEN" in line and "x-chat auth login" in line
    assert "ChatClient(" not in line
    assert server.requests == []


def test_refused_credentials_exit_4_with_a_hint(server: FakeXServer, tmp_path: Path) -> None:
    done = _run("events", GROUP, "--base-url", server.base_url, home=tmp_path, token="not-a-token")
    line = _one_line(done.stderr)
    assert done.returncode == 4 and "refused the credentials" in line and "x-chat auth login" in line


def test_connection_options_work_before_the_subcommand_too(server: FakeXServer, tmp_path: Path) -> None:
    before = _run("--token", server.token, "--base-url", server.base_url, "events", GROUP, "--limit", "3",
                  "--format", "jsonl", home=tmp_path)  # fmt: skip
    after = _run("events", GROUP, "--limit", "3", "--format", "jsonl", "--base-url", server.base_url,
                 home=tmp_path, token=server.token)  # fmt: skip
    assert before.returncode == after.returncode == 0, before.stderr
    assert before.stdout == after.stdout and len(before.stdout.splitlines()) == 3


@pytest.mark.parametrize("keys", ["missing.json", "/etc/passwd", "folder"])
def test_a_bad_file_argument_is_bad_input(server: FakeXServer, tmp_path: Path, keys: str) -> None:
    (tmp_path / "folder").mkdir()
    path = keys if keys.startswith("/") else str(tmp_path / keys)
    done = _run("messages", GROUP, "--keys", path, "--base-url", server.base_url, home=tmp_path, token=server.token)
    line = _one_line(done.stderr)
    assert done.returncode == 2 and path in line
    assert "chmod" not in line  # /etc/passwd holds no keys: no advice to chmod it
    assert server.requests == []


def test_a_closed_pipe_ends_quietly(server: FakeXServer, tmp_path: Path) -> None:
    environment = {k: v for k, v in os.environ.items() if k != "X_BEARER_TOKEN"}
    command = [X_CHAT, "events", GROUP, "--format", "jsonl", "--base-url", server.base_url, "--token", server.token]
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=environment)
    try:
        assert process.stdout is not None and process.stderr is not None
        assert process.stdout.readline().startswith("{")  # like `| head -1`
        process.stdout.close()
        stderr = process.stderr.read()
        assert process.wait(timeout=60) == 0
        assert "Broken pipe" not in stderr and "error" not in stderr and "Traceback" not in stderr
    finally:
        if process.poll() is None:
            process.kill()
            process.wait(timeout=30)


def test_no_progress_bar_when_stderr_is_not_a_terminal(server: FakeXServer, tmp_path: Path) -> None:
    done = _run("events", GROUP, "--limit", "250", "--base-url", server.base_url, home=tmp_path, token=server.token)
    assert done.returncode == 0
    assert "\r" not in done.stderr and "\x1b[" not in done.stderr and "ev/s" not in done.stderr
    assert _one_line(done.stderr).startswith("x-chat: 250 events")


def test_since_later_than_until_is_bad_input_before_any_request(server: FakeXServer, tmp_path: Path) -> None:
    done = _run("events", GROUP, "--since", "2026-02-01", "--until", "2026-01-01", "--base-url", server.base_url,
                home=tmp_path, token=server.token)  # fmt: skip
    assert done.returncode == 2 and "not earlier than until" in _one_line(done.stderr)
    assert server.requests == []


def test_media_download_does_not_overwrite_without_force(server: FakeXServer, tmp_path: Path) -> None:
    pytest.importorskip("chat_xdk")
    from x_chat.crypto import ChatKeys

    keys = str(ChatKeys.generate("1603419180975409153").write_key_file(tmp_path / "keys.json"))
    kept = tmp_path / "photo.jpg"
    kept.write_bytes(b"mine")
    done = _run("media", "download", GROUP, "abc123", str(kept), "--keys", keys, "--base-url", server.base_url,
                home=tmp_path, token=server.token)  # fmt: skip
    assert done.returncode == 2 and "--force" in _one_line(done.stderr)
    assert kept.read_bytes() == b"mine" and server.requests == []


def test_logout_says_when_there_was_nothing(tmp_path: Path) -> None:
    done = _run("auth", "logout", home=tmp_path)
    assert done.returncode == 0 and "nothing to remove" in done.stderr and "removed" not in done.stderr


def _keyed_pair(server: FakeXServer, tmp_path: Path) -> tuple[str, str, str]:
    """Alice's key file and token, with Bob registered: (key file, token, conversation ID)."""
    from x_chat import ChatClient
    from x_chat.crypto import ChatKeys

    alice, bob = "31415926", "27182818"  # not the fixture's made-up conversation
    tokens = {}
    for user in (alice, bob):
        keys = ChatKeys.generate(user)
        tokens[user] = server.add_user(user)
        with ChatClient(token=tokens[user], base_url=server.base_url) as client:
            client.register_public_key(keys)
        if user == alice:
            path = str(keys.write_key_file(tmp_path / "alice.json"))
    return path, tokens[alice], f"{alice}-{bob}"


@pytest.mark.parametrize("source", ["stdin", "file"])
def test_a_message_from_stdin_or_a_file(server: FakeXServer, tmp_path: Path, source: str) -> None:
    pytest.importorskip("chat_xdk")
    keys, token, cid = _keyed_pair(server, tmp_path)
    body = "line one\nline two ✓"
    environment = {k: v for k, v in os.environ.items() if k != "X_BEARER_TOKEN"}
    command = [X_CHAT, "send", cid, "--keys", keys, "--base-url", server.base_url, "--token", token]
    if source == "file":
        (tmp_path / "message.txt").write_text(body + "\n", encoding="utf-8")
        command += ["--file", str(tmp_path / "message.txt")]
        stdin = ""
    else:
        command.insert(3, "-")
        stdin = body + "\n"
    done = subprocess.run(command, input=stdin, capture_output=True, text=True, env=environment, timeout=60)
    assert done.returncode == 0, done.stderr
    from x_chat import ChatClient
    from x_chat.crypto import ChatKeys

    with ChatClient(token=token, base_url=server.base_url) as client:
        texts = [m.text for m in client.iter_messages(cid, keys=ChatKeys.from_key_file(keys)) if m.text]
    assert texts == [body]  # one trailing newline dropped, the rest exact


def test_a_message_over_x_limit_is_refused_before_any_request(server: FakeXServer, tmp_path: Path) -> None:
    pytest.importorskip("chat_xdk")
    keys, token, cid = _keyed_pair(server, tmp_path)
    server.clear_requests()
    environment = {k: v for k, v in os.environ.items() if k != "X_BEARER_TOKEN"}
    command = [X_CHAT, "send", cid, "-", "--keys", keys, "--base-url", server.base_url, "--token", token]
    done = subprocess.run(command, input="x" * 10_001, capture_output=True, text=True, env=environment, timeout=60)
    assert done.returncode == 2 and "10000" in _one_line(done.stderr)
    assert server.requests == []
