"""The CLI as a shell user meets it: exit codes, one-line errors in shell terms, options before the
subcommand, a closed pipe, no progress bars in pipes. The real `x-chat`, with pipes, against the
fake server."""

from __future__ import annotations

import json
import os
import re
import signal
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


def _json_lines(stdout: str) -> list[dict[str, object]]:
    return [json.loads(line) for line in stdout.splitlines()]


def test_json_on_the_read_commands_has_every_field_absent_ones_null(server: FakeXServer, tmp_path: Path) -> None:
    from x_chat import ConversationField, EventField, PublicKeyField

    at = ("--base-url", server.base_url)
    events = _run("events", GROUP, "--json", "--limit", "3", "--fields", "id,sender_id", *at, home=tmp_path,
                  token=server.token)  # fmt: skip
    rows = _json_lines(events.stdout)
    assert events.returncode == 0 and len(rows) == 3
    assert all(set(row) >= {f.value for f in EventField} for row in rows)
    assert all(row["id"] and row["sender_id"] and row["created_at"] is None for row in rows)

    one = _run("conversation", GROUP, "--json", *at, home=tmp_path, token=server.token)
    (document,) = _json_lines(one.stdout)
    data = document["data"]
    assert isinstance(data, dict) and data["id"] == GROUP and data["group_name"] is None
    assert set(data) >= {f.value for f in ConversationField}

    listed = _run("conversations", "--json", "--limit", "2", *at, home=tmp_path, token=server.token)
    assert [row["id"] for row in _json_lines(listed.stdout)] == [
        "1215441834412953600-1603419180975409153",
        GROUP,
    ] or len(_json_lines(listed.stdout)) == 2
    assert all(set(row) >= {f.value for f in ConversationField} for row in _json_lines(listed.stdout))

    user = "2244994945"
    server.add_user(user, public_key={"public_key": "cHVibGlj", "public_key_version": "1"})
    keys = _run("keys", "show", user, "--json", *at, home=tmp_path, token=server.token)
    (key,) = _json_lines(keys.stdout)
    assert keys.returncode == 0 and set(key) >= {f.value for f in PublicKeyField}
    assert key["public_key"] == "cHVibGlj" and key["juicebox_config"] is None

    status = _run("auth", "status", "--json", home=tmp_path)
    assert json.loads(status.stdout) == {
        "logged_in": False, "store": str(tmp_path / "config" / "tokens.json"), "client_id": None, "expires_at": None
    }  # fmt: skip


def test_json_messages_and_fingerprint(server: FakeXServer, tmp_path: Path) -> None:
    pytest.importorskip("chat_xdk")
    path, token, cid = _keyed_pair(server, tmp_path)
    at = ("--base-url", server.base_url, "--keys", path)
    sent = _run("send", cid, "hello there", *at, home=tmp_path, token=token)
    assert sent.returncode == 0, sent.stderr
    messages = _run("messages", cid, "--json", *at, home=tmp_path, token=token)
    (message,) = [m for m in _json_lines(messages.stdout) if m["kind"] == "message"]
    assert message["text"] == "hello there" and message["verified"] is True and message["emoji"] is None
    fingerprint = _run("keys", "fingerprint", "27182818", "--json", *at, home=tmp_path, token=token)
    (record,) = _json_lines(fingerprint.stdout)
    assert record["user_id"] == "27182818" and record["status"] == "trusted"
    assert record["fingerprint"] == record["pinned"] and len(str(record["fingerprint"])) > 20


def test_debug_shows_the_traceback_before_the_one_line_error(server: FakeXServer, tmp_path: Path) -> None:
    plain = _run("events", "not-an-id", "--base-url", server.base_url, home=tmp_path, token=server.token)
    debug = _run("--debug", "events", "not-an-id", "--base-url", server.base_url, home=tmp_path, token=server.token)
    after = _run("events", "not-an-id", "--debug", "--base-url", server.base_url, home=tmp_path, token=server.token)
    assert plain.returncode == debug.returncode == after.returncode == 2
    assert "Traceback" not in plain.stderr and "Traceback" in debug.stderr and "Traceback" in after.stderr
    assert debug.stderr.rstrip().splitlines()[-1] == _one_line(plain.stderr)


def test_debug_logs_requests_without_the_token(server: FakeXServer, tmp_path: Path) -> None:
    done = _run("--debug", "events", GROUP, "--limit", "1", "--json", "--base-url", server.base_url, home=tmp_path,
                token=server.token)  # fmt: skip
    assert done.returncode == 0 and len(done.stdout.splitlines()) == 1
    assert f"request GET {server.base_url}/2/chat/conversations/{GROUP}/events" in done.stderr
    assert "-> 200" in done.stderr and server.token not in done.stderr


@pytest.mark.parametrize("shell", ["bash", "zsh", "fish"])
def test_completion_scripts(shell: str, tmp_path: Path) -> None:
    done = _run("completion", shell, home=tmp_path)
    assert done.returncode == 0 and "x-chat" in done.stdout
    assert {"bash": "complete ", "zsh": "#compdef x-chat", "fish": "complete --command x-chat"}[shell] in done.stdout


@pytest.mark.parametrize(
    ("line", "expected", "absent"),
    [
        ("x-chat ev", {"events"}, {"export"}),
        ("x-chat e", {"events", "edit", "export"}, {"send"}),
        ("x-chat events g1 --li", {"--limit"}, {"--json"}),
        ("x-chat completion ", {"bash", "zsh", "fish"}, set()),
        ("x-chat keys f", {"fingerprint"}, {"show"}),
    ],
)
def test_completion_completes_commands_and_options(
    line: str, expected: set[str], absent: set[str], tmp_path: Path
) -> None:
    """What the shell scripts ask: x-chat itself, with argcomplete's protocol (COMP_LINE/COMP_POINT)."""
    answer = tmp_path / "completions"
    environment = {k: v for k, v in os.environ.items() if k != "X_BEARER_TOKEN"} | {
        "_ARGCOMPLETE": "1", "_ARGCOMPLETE_IFS": "\n", "COMP_LINE": line, "COMP_POINT": str(len(line)),
        "_ARGCOMPLETE_STDOUT_FILENAME": str(answer),
    }  # fmt: skip
    done = subprocess.run([X_CHAT], capture_output=True, text=True, env=environment, timeout=60)
    assert done.returncode == 0, done.stderr
    offered = {word.strip() for word in answer.read_text().split("\n") if word.strip()}
    assert expected <= offered and not absent & offered, offered


def test_an_interrupt_exits_130_quietly(server: FakeXServer, tmp_path: Path) -> None:
    """SIGINT while `auth login` waits for the redirect URL: exit code 130, one line, no traceback.
    The child gets SIGINT's default disposition whatever this process inherited."""
    server.credentials.add_oauth2_client("cli-app")
    environment = {k: v for k, v in os.environ.items() if k != "X_BEARER_TOKEN"}
    environment["X_CHAT_CONFIG_DIR"] = str(tmp_path / "config")
    process = subprocess.Popen(
        [X_CHAT, "auth", "login", "--client-id", "cli-app", "--authorize-url", f"{server.base_url}/2/oauth2/authorize",
         "--token-url", f"{server.base_url}/2/oauth2/token"],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=environment,
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),
    )  # fmt: skip
    try:
        assert process.stdout is not None and process.stderr is not None
        assert process.stdout.readline().startswith("http")  # it printed the URL: now reading stdin
        process.send_signal(signal.SIGINT)
        assert process.wait(timeout=60) == 130
        stderr = process.stderr.read()
        assert "interrupted" in stderr and "Traceback" not in stderr
    finally:
        process.kill()
        process.wait()


def test_a_recipient_without_keys_is_an_api_failure_and_nothing_is_sent(server: FakeXServer, tmp_path: Path) -> None:
    pytest.importorskip("chat_xdk")
    from x_chat import ChatClient
    from x_chat.crypto import ChatKeys

    alice, stranger = "31415926", "16180339"  # the stranger never registered a chat key
    keys = ChatKeys.generate(alice)
    token = server.add_user(alice)
    server.add_user(stranger)
    with ChatClient(token=token, base_url=server.base_url) as client:
        client.register_public_key(keys)
    path = str(keys.write_key_file(tmp_path / "alice.json"))
    server.clear_requests()
    done = _run("send", f"{alice}-{stranger}", "hi", "--keys", path, "--base-url", server.base_url, home=tmp_path,
                token=token)  # fmt: skip
    line = _one_line(done.stderr)
    assert done.returncode == 1 and stranger in line  # X: 404, no public keys of that user
    assert [r.method for r in server.requests_to("/2/")] == ["GET"] * len(server.requests_to("/2/"))


def test_a_refused_token_names_no_meaningless_problem_type(server: FakeXServer, tmp_path: Path) -> None:
    done = _run("events", GROUP, "--base-url", server.base_url, home=tmp_path, token="expired")
    line = _one_line(done.stderr)
    assert done.returncode == 4 and "HTTP 401" in line and "about:blank" not in line


def test_on_a_terminal_the_export_bars_read_cleanly(server: FakeXServer, tmp_path: Path) -> None:
    """stderr on a pseudo-terminal: the bars are drawn, and the events bar reads `ID: N ev`, not the
    `ID: : N ev` that tqdm's set_description made."""
    import fcntl
    import pty
    import struct
    import termios
    import threading

    leader, follower = pty.openpty()
    fcntl.ioctl(follower, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 120, 0, 0))  # a new pty is 0 columns wide
    drawn = bytearray()

    def drain() -> None:
        while True:
            try:
                chunk = os.read(leader, 65536)
            except OSError:  # EIO: the last writer closed the terminal
                return
            if not chunk:
                return
            drawn.extend(chunk)

    reader = threading.Thread(target=drain, daemon=True)
    reader.start()
    environment = {k: v for k, v in os.environ.items() if k != "X_BEARER_TOKEN"}
    command = [X_CHAT, "export", GROUP, "--out", str(tmp_path / "out"), "--base-url", server.base_url,
               "--token", server.token]  # fmt: skip
    try:
        done = subprocess.run(command, stdout=subprocess.PIPE, stderr=follower, env=environment, timeout=120)
    finally:
        os.close(follower)
        reader.join(timeout=60)
        os.close(leader)
    screen = drawn.decode(errors="replace")
    assert done.returncode == 0, screen
    assert "conversations" in screen and re.search(rf"{GROUP[:24]}: \d+ ev", screen), screen
    assert ": :" not in screen
