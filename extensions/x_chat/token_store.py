"""Where the CLI keeps OAuth 2.0 tokens: one JSON file, readable by its owner only (0600).

The file is ``$X_CHAT_CONFIG_DIR/tokens.json``, or ``$XDG_CONFIG_HOME/x-chat/tokens.json``, or
``~/.config/x-chat/tokens.json``. It holds the token pair and what refreshing it needs (client id,
client secret if any, token URL); every refresh rewrites it, since X rotates refresh tokens.
"""

from __future__ import annotations

import json
import os
import stat
from pathlib import Path
from typing import Any

import attrs

from .auth import TOKEN_URL, OAuth2Token, OAuth2UserAuth
from .errors import ConfigurationError

__all__ = ["StoredLogin", "token_file"]


def token_file() -> Path:
    """The token file's path (it may not exist yet)."""
    configured = os.environ.get("X_CHAT_CONFIG_DIR")
    if configured:
        return Path(configured) / "tokens.json"
    base = os.environ.get("XDG_CONFIG_HOME") or str(Path.home() / ".config")
    return Path(base) / "x-chat" / "tokens.json"


@attrs.define
class StoredLogin:
    """A login as stored: the token pair and the OAuth client it belongs to."""

    client_id: str
    token: OAuth2Token
    client_secret: str | None = attrs.field(default=None, repr=False)
    token_url: str = TOKEN_URL

    def save(self, path: Path | None = None) -> Path:
        """Write the file with 0600 permissions, atomically (a crash leaves the old one)."""
        path = path or token_file()
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        data: dict[str, Any] = {
            "client_id": self.client_id,
            "client_secret": self.client_secret,
            "token_url": self.token_url,
            "token": self.token.to_dict(),
        }
        partial = path.with_name(path.name + ".tmp")
        descriptor = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(descriptor, "w", encoding="utf-8") as handle:
            json.dump(data, handle)
        os.chmod(partial, 0o600)
        os.replace(partial, path)
        return path

    @classmethod
    def load(cls, path: Path | None = None) -> StoredLogin | None:
        """The stored login, or None if there is none. Refuses a file others can read."""
        path = path or token_file()
        if not path.exists():
            return None
        mode = stat.S_IMODE(path.stat().st_mode)
        if mode & 0o077:
            raise ConfigurationError(f"{path} is readable by others (mode {mode:o}); run: chmod 600 {path}")
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            return cls(
                client_id=data["client_id"],
                token=OAuth2Token.from_dict(data["token"]),
                client_secret=data.get("client_secret"),
                token_url=data.get("token_url") or TOKEN_URL,
            )
        except (ValueError, KeyError, TypeError) as exc:
            raise ConfigurationError(f"{path} is not a token file x-chat wrote ({exc!r})") from None

    def auth(self, path: Path | None = None) -> OAuth2UserAuth:
        """Self-refreshing auth whose refreshes are written back to the file."""

        def persist(token: OAuth2Token) -> None:
            self.token = token
            self.save(path)

        return OAuth2UserAuth(
            self.token,
            client_id=self.client_id,
            client_secret=self.client_secret,
            token_url=self.token_url,
            on_refresh=persist,
        )
