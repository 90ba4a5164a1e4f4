"""Where `x-chat auth login` keeps tokens: the system keyring when one is recommended, else a 0600
file under platformdirs' config folder; a 0.3 token file moves into the store. The real `x-chat`,
with a real keyring backend (keyrings.alt's file, ranked as recommended) and the fake server."""

from __future__ import annotations

import json
import os
import stat
import subprocess
import sys
from pathlib import Path

import httpx

from x_chat.auth import OAuth2Token
from x_chat.testing import FakeXServer
from x_chat.token_store import FileTokenStore, StoredLogin

from .conftest import GROUP

X_CHAT = str(Path(sys.executable).with_name("x-chat"))
TESTS = Path(__file__).resolve().parent


def _environment(home: Path, backend: str) -> dict[str, str]:
    """A user of their own: HOME, XDG folders and the keyring backend; no token from outside."""
    skip = {"X_BEARER_TOKEN", "X_CHAT_CONFIG_DIR", "X_CHAT_TOKEN_STORE", "XDG_CONFIG_HOME", "XDG_DATA_HOME"}
    environment = {k: v for k, v in os.environ.items() if k not in skip}
    environment |= {
        "HOME": str(home),
        "XDG_CONFIG_HOME": str(home / "config"),
        "XDG_DATA_HOME": str(home / "data"),
        "PYTHON_KEYRING_BACKEND": backend,
        "PYTHONPATH": os.pathsep.join(filter(None, [str(TESTS), os.environ.get("PYTHONPATH")])),
    }
    return environment


RECOMMENDED = "keyring_backend.Recommended"
NO_KEYRING = "keyring.backends.fail.Keyring"


def _run(*args: str, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run([X_CHAT, *args], capture_output=True, text=True, env=env, timeout=60)


def _login(server: FakeXServer, env: dict[str, str]) -> str:
    """`x-chat auth login` through the fake server's OAuth 2.0 endpoints; its stderr."""
    server.credentials.add_oauth2_client("cli-app")
    login = subprocess.Popen(
        [X_CHAT, "auth", "login", "--client-id", "cli-app", "--redirect-uri", "http://127.0.0.1:1/cb",
         "--authorize-url", f"{server.base_url}/2/oauth2/authorize", "--token-url", f"{server.base_url}/2/oauth2/token"],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env,
    )  # fmt: skip
    try:
        assert login.stdout is not None and login.stdin is not None
        url = login.stdout.readline().strip()
        login.stdin.write(httpx.get(url, follow_redirects=False).headers["location"] + "\n")
        login.stdin.flush()
        _, err = login.communicate(timeout=30)
    finally:
        login.kill()
        login.wait()
    assert login.returncode == 0, err
    return err


def _files(folder: Path) -> list[str]:
    return sorted(str(p.relative_to(folder)) for p in folder.rglob("*") if p.is_file())


def _status(env: dict[str, str]) -> dict[str, object]:
    done = _run("auth", "status", "--json", env=env)
    record: dict[str, object] = json.loads(done.stdout)
    assert done.returncode == (0 if record["logged_in"] else 1)
    return record


def test_with_a_recommended_keyring_the_tokens_go_there_and_nowhere_else(server: FakeXServer, tmp_path: Path) -> None:
    env = _environment(tmp_path, RECOMMENDED)
    said = _login(server, env)
    assert "system keyring" in said
    status = _status(env)
    assert status["logged_in"] is True and "keyring_backend.Recommended" in str(status["store"])
    assert status["client_id"] == "cli-app"
    assert not (tmp_path / "config").exists() or _files(tmp_path / "config") == []
    assert _files(tmp_path / "data")  # the backend's own file

    events = _run("events", GROUP, "--base-url", server.base_url, "--limit", "3", "--json", env=env)
    assert events.returncode == 0 and len(events.stdout.splitlines()) == 3, events.stderr

    logout = _run("auth", "logout", env=env)
    assert logout.returncode == 0 and "removed" in logout.stderr
    assert _status(env)["logged_in"] is False
    again = _run("auth", "logout", env=env)
    assert "nothing to remove" in again.stderr


def test_without_a_keyring_a_0600_file_in_the_platform_config_folder(server: FakeXServer, tmp_path: Path) -> None:
    env = _environment(tmp_path, NO_KEYRING)
    _login(server, env)
    path = tmp_path / "config" / "x-chat" / "tokens.json"  # platformdirs' user config folder on Linux
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700
    assert _status(env)["store"] == str(path)
    assert json.loads(path.read_text())["client_id"] == "cli-app"


def test_a_0_3_token_file_moves_into_the_keyring(server: FakeXServer, tmp_path: Path) -> None:
    env = _environment(tmp_path, RECOMMENDED)
    server.credentials.add_oauth2_client("cli-app")
    legacy = tmp_path / "config" / "x-chat" / "tokens.json"
    StoredLogin("cli-app", OAuth2Token(access_token=server.token)).save(FileTokenStore(legacy))
    status = _status(env)
    assert status["logged_in"] is True and "keyring" in str(status["store"])
    assert not legacy.exists()
    events = _run("events", GROUP, "--base-url", server.base_url, "--limit", "2", "--json", env=env)
    assert events.returncode == 0 and len(events.stdout.splitlines()) == 2, events.stderr


def test_x_chat_token_store_file_overrides_the_keyring(server: FakeXServer, tmp_path: Path) -> None:
    env = _environment(tmp_path, RECOMMENDED) | {"X_CHAT_TOKEN_STORE": "file"}
    _login(server, env)
    assert _status(env)["store"] == str(tmp_path / "config" / "x-chat" / "tokens.json")
    assert not (tmp_path / "data").exists()


def test_a_wrong_store_choice_is_bad_input(tmp_path: Path) -> None:
    done = _run("auth", "status", env=_environment(tmp_path, NO_KEYRING) | {"X_CHAT_TOKEN_STORE": "vault"})
    assert done.returncode == 2 and "X_CHAT_TOKEN_STORE" in done.stderr and "Traceback" not in done.stderr
    forced = _run("auth", "status", env=_environment(tmp_path, NO_KEYRING) | {"X_CHAT_TOKEN_STORE": "keyring"})
    assert forced.returncode == 2 and "no keyring backend" in forced.stderr
