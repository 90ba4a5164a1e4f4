"""Where the CLI keeps OAuth 2.0 tokens: the platform's credential store, else a file only you can read.

Which store `token_store` picks:

1. ``$X_CHAT_TOKEN_STORE``: ``keyring`` or ``file``, if set;
2. a file in ``$X_CHAT_CONFIG_DIR``, if that is set (containers, tests, a second login);
3. the system keyring (macOS Keychain, Secret Service, Windows Credential Locker) when the
   ``keyring`` library recommends a backend on this machine;
4. else ``tokens.json`` (mode 0600) in ``platformdirs``' user config folder
   (``~/.config/x-chat`` on Linux, ``~/Library/Application Support/x-chat`` on macOS).

Either way the store holds the token pair and what refreshing it needs (client id, client secret if
any, token URL); every refresh rewrites it, since X rotates refresh tokens. A ``tokens.json`` that
x-chat 0.3 wrote (``$XDG_CONFIG_HOME/x-chat`` or ``~/.config/x-chat``) is moved into the chosen
store the first time it is read.
"""

from __future__ import annotations

import json
import logging
import os
import stat
from pathlib import Path
from typing import Any

import attrs

from .auth import TOKEN_URL, OAuth2Token, OAuth2UserAuth
from .errors import ConfigurationError

__all__ = ["FileTokenStore", "KeyringTokenStore", "StoredLogin", "TokenStore", "token_file", "token_store"]

logger = logging.getLogger("x_chat")

STORE_ENV = "X_CHAT_TOKEN_STORE"
CONFIG_DIR_ENV = "X_CHAT_CONFIG_DIR"
KEYRING_SERVICE = "x-chat"
KEYRING_USERNAME = "oauth2-login"


class TokenStore:
    """Holds one serialized login (JSON text)."""

    @property
    def where(self) -> str:
        """Where the login is kept, for messages."""
        raise NotImplementedError

    def read(self) -> str | None:
        """The stored text, or None if nothing is stored."""
        raise NotImplementedError

    def write(self, text: str) -> None:
        """Store ``text`` in place of what was there.

        Args:
            text: The serialized login.
        """
        raise NotImplementedError

    def delete(self) -> bool:
        """Remove what is stored; False if there was nothing."""
        raise NotImplementedError


@attrs.define
class FileTokenStore(TokenStore):
    """A JSON file, mode 0600 in a 0700 folder, replaced atomically (a crash leaves the old one)."""

    path: Path

    @property
    def where(self) -> str:
        return str(self.path)

    def read(self) -> str | None:
        """The stored text, or None if nothing is stored."""
        if not self.path.exists():
            return None
        mode = stat.S_IMODE(self.path.stat().st_mode)
        if mode & 0o077:
            raise ConfigurationError(
                f"{self.path} is readable by others (mode {mode:o}); run: chmod 600 {self.path}, "
                "or delete it and run `x-chat auth login` again"
            )
        return self.path.read_text(encoding="utf-8")

    def write(self, text: str) -> None:
        """Store ``text`` in place of what was there.

        Args:
            text: The serialized login.
        """
        self.path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        partial = self.path.with_name(self.path.name + ".tmp")
        descriptor = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(descriptor, "w", encoding="utf-8") as handle:
            handle.write(text)
        os.chmod(partial, 0o600)
        os.replace(partial, self.path)

    def delete(self) -> bool:
        """Remove what is stored; False if there was nothing."""
        try:
            self.path.unlink()
        except FileNotFoundError:
            return False
        return True


@attrs.define
class KeyringTokenStore(TokenStore):
    """One entry (service ``x-chat``) in the system keyring, through the ``keyring`` library."""

    backend: Any = attrs.field(repr=False)

    @property
    def where(self) -> str:
        return f"the system keyring ({type(self.backend).__module__}.{type(self.backend).__name__})"

    def read(self) -> str | None:
        """The stored text, or None if nothing is stored."""
        text = self._call(self.backend.get_password)
        return text if isinstance(text, str) else None

    def write(self, text: str) -> None:
        """Store ``text`` in place of what was there.

        Args:
            text: The serialized login.
        """
        self._call(self.backend.set_password, text)

    def delete(self) -> bool:
        """Remove what is stored; False if there was nothing."""
        from keyring.errors import PasswordDeleteError

        try:
            self._call(self.backend.delete_password)
        except PasswordDeleteError:
            return False
        return True

    def _call(self, method: Any, *more: str) -> Any:
        from keyring.errors import KeyringError, PasswordDeleteError

        try:
            return method(KEYRING_SERVICE, KEYRING_USERNAME, *more)
        except PasswordDeleteError:
            raise
        except KeyringError as exc:  # locked, refused, no backend: say so, and how to avoid it
            raise ConfigurationError(
                f"{self.where} failed ({type(exc).__name__}: {exc}); unlock it, or set {STORE_ENV}=file "
                "to keep the tokens in a file instead"
            ) from None


def token_file() -> Path:
    """The token file's path, for the file store (it may not exist yet)."""
    configured = os.environ.get(CONFIG_DIR_ENV)
    if configured:
        return Path(configured) / "tokens.json"
    import platformdirs

    return platformdirs.user_config_path("x-chat", appauthor=False) / "tokens.json"


def _legacy_file() -> Path:
    """Where x-chat 0.3 kept the tokens on every platform."""
    base = os.environ.get("XDG_CONFIG_HOME") or str(Path.home() / ".config")
    return Path(base) / "x-chat" / "tokens.json"


def token_store() -> TokenStore:
    """The store the CLI uses on this machine (see the module's documentation)."""
    chosen = os.environ.get(STORE_ENV, "").strip().lower()
    if chosen not in ("", "keyring", "file"):
        raise ConfigurationError(f"{STORE_ENV} must be keyring or file, got {chosen!r}")
    if chosen == "file" or (not chosen and os.environ.get(CONFIG_DIR_ENV)):
        return FileTokenStore(token_file())
    import keyring
    import keyring.core

    backend = keyring.get_keyring()
    if chosen == "keyring":
        if type(backend).__module__ == "keyring.backends.fail":
            raise ConfigurationError(
                f"{STORE_ENV}=keyring, but no keyring backend is available here; install one, or set {STORE_ENV}=file"
            )
        return KeyringTokenStore(backend)
    if keyring.core.recommended(backend):
        return KeyringTokenStore(backend)
    return FileTokenStore(token_file())


@attrs.define
class StoredLogin:
    """A login as stored: the token pair and the OAuth client it belongs to."""

    client_id: str
    token: OAuth2Token
    client_secret: str | None = attrs.field(default=None, repr=False)
    token_url: str = TOKEN_URL

    def save(self, store: TokenStore | None = None) -> str:
        """Store the login (in `token_store` by default); returns where.

        Args:
            store: Where to keep it (default: `token_store()`).
        """
        store = store or token_store()
        data: dict[str, Any] = {
            "client_id": self.client_id,
            "client_secret": self.client_secret,
            "token_url": self.token_url,
            "token": self.token.to_dict(),
        }
        store.write(json.dumps(data))
        return store.where

    @classmethod
    def load(cls, store: TokenStore | None = None) -> StoredLogin | None:
        """The stored login, or None if there is none; a 0.3 token file is moved into the store.

        Args:
            store: Where to look (default: `token_store()`).
        """
        store = store or token_store()
        text = store.read()
        if text is None:
            text = _migrate(store)
            if text is None:
                return None
        try:
            data = json.loads(text)
            return cls(
                client_id=data["client_id"],
                token=OAuth2Token.from_dict(data["token"]),
                client_secret=data.get("client_secret"),
                token_url=data.get("token_url") or TOKEN_URL,
            )
        except (ValueError, KeyError, TypeError) as exc:
            raise ConfigurationError(
                f"{store.where} holds no login x-chat wrote ({type(exc).__name__}); run `x-chat auth logout` "
                "and `x-chat auth login` again"
            ) from None

    def auth(self, store: TokenStore | None = None) -> OAuth2UserAuth:
        """Self-refreshing auth whose refreshes are written back to the store.

        Args:
            store: Where refreshed tokens go (default: `token_store()`).
        """
        store = store or token_store()

        def persist(token: OAuth2Token) -> None:
            self.token = token
            self.save(store)

        return OAuth2UserAuth(
            self.token,
            client_id=self.client_id,
            client_secret=self.client_secret,
            token_url=self.token_url,
            on_refresh=persist,
        )


def _migrate(store: TokenStore) -> str | None:
    """Move a 0.3 token file into ``store`` (which is empty); its text, or None if there is none."""
    legacy = FileTokenStore(_legacy_file())
    if os.environ.get(CONFIG_DIR_ENV) or (isinstance(store, FileTokenStore) and store.path == legacy.path):
        return None  # a folder chosen explicitly is not filled from the default one
    text = legacy.read()
    if text is None:
        return None
    store.write(text)
    legacy.delete()
    logger.info("moved the stored tokens from %s to %s", legacy.where, store.where)
    return text
