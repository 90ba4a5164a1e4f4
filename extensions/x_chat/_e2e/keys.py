"""`ChatKeys`: the one holder of your key material and of what the client trusts."""

from __future__ import annotations

import os
import warnings
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from ..errors import ConfigurationError
from ..ids import ConversationId, validate_user_id
from ..results import EventsPage
from ..trust import TrustStore, trust_file_for
from .conversation_keys import ConversationKeys
from .decrypt import decrypt_page
from .keyfile import key_bytes, read_key_file, write_key_file
from .messages import DecryptedMessage, DecryptedPage
from .sending import Sending
from .xdk import chat_xdk


class ChatKeys(ConversationKeys, Sending):
    """Your chat keys: they encrypt and sign what you send, and verify what others signed.

    Build it from exported keys (`from_exported_keys`, `from_key_file`), from an unlocked
    ``chat_xdk.Chat`` (``ChatKeys(chat, user_id=..., key_version=...)``), or make new ones with
    `generate` and register them with ``client.register_public_key(keys)``. Other users' public
    keys are trusted only once their binding (the identity key's signature over the signing key)
    verifies, and a contact's identity key is pinned the first time it is seen (`fingerprint`,
    `trust`). Sending needs the full 64-byte key material, its registered version and the user ID.

    Args:
        chat: An unlocked `chat_xdk.Chat` holding the full 64-byte key material.
        user_id: Your user ID.
        key_version: The version the keys are (or will be) registered under.
        public_key: The public half, needed only to register the keys (`registration`).
        trust_store: Where pinned identity keys and accepted key versions are kept: a path, a
            `TrustStore`, or None (in memory until `write_key_file`; `from_key_file` uses the file
            beside the key file, `keys.trust.json`).

    Examples:
        ```py
        from x_chat.crypto import ChatKeys

        keys = ChatKeys.from_key_file("keys.json")
        sent = client.send_message("1215441834412953600-1603419180975409153", "hi", keys=keys)
        print(sent.conversation_id)
        #> 1215441834412953600-1603419180975409153
        ```
    """

    def __init__(
        self,
        chat: Any,
        *,
        user_id: str | int,
        key_version: str,
        public_key: dict[str, str] | None = None,
        trust_store: str | os.PathLike[str] | TrustStore | None = None,
    ) -> None:
        trust = trust_store if isinstance(trust_store, TrustStore) else TrustStore(trust_store)
        self._init_state(chat, validate_user_id(user_id), str(key_version), trust)
        self._chat.set_identity(self.user_id, self.key_version)
        self._public_key = public_key
        if public_key is not None:  # your own keys, as X will serve them
            self.add_public_keys(self.user_id, [{**public_key, "public_key_version": self.key_version}])
            self._looked_up.discard(self.user_id)  # what X serves for you is still checked once

    @classmethod
    def _wrap(cls, chat: Any, *, user_id: str, key_version: str | None, trust_store: TrustStore | None) -> ChatKeys:
        """Keys around an unlocked Chat whose key version may be unknown (the deprecated
        ``Decryptor(chat, user_id=...)``): enough to decrypt."""
        keys = cls.__new__(cls)
        keys._init_state(chat, validate_user_id(user_id), key_version or "", trust_store or TrustStore())
        return keys

    @classmethod
    def _from_material(cls, keys: bytes, *, key_version: str, user_id: str | int, **kwargs: Any) -> ChatKeys:
        chat = chat_xdk.Chat()
        try:
            chat.import_keys(key_bytes(keys), str(key_version))
        except (ValueError, RuntimeError) as exc:
            raise ConfigurationError(f"these keys could not be imported: {exc}") from None
        return cls(chat, user_id=user_id, key_version=str(key_version), **kwargs)

    def __repr__(self) -> str:
        return f"ChatKeys(user_id={self.user_id!r}, key_version={self.key_version!r})"

    @classmethod
    def from_exported_keys(
        cls,
        keys: bytes,
        *,
        key_version: str,
        user_id: str | int,
        public_key: dict[str, str] | None = None,
        trust_store: str | os.PathLike[str] | TrustStore | None = None,
    ) -> ChatKeys:
        """From ``export_keys()`` material (64 bytes: a 32-byte identity-only blob cannot encrypt).
        ``public_key`` (what ``generate_keypairs`` made: public_key, signing_public_key,
        identity_public_key_signature) is needed only to register the keys.

        Args:
            keys: The 64 bytes of `export_keys()`.
            key_version: The version the keys were registered under.
            user_id: Your user ID.
            public_key: The public half (`public_key`, `signing_public_key`,
                `identity_public_key_signature`), needed only to register the keys.
            trust_store: Where pinned identity keys and accepted key versions are kept (see
                `ChatKeys`).
        """
        material = key_bytes(keys)
        if len(material) != 64:
            raise ConfigurationError(f"expected the 64 bytes of export_keys(), got {len(material)} bytes")
        return cls._from_material(
            material, key_version=key_version, user_id=user_id, public_key=public_key, trust_store=trust_store
        )

    @classmethod
    def from_key_file(cls, path: str | os.PathLike[str]) -> ChatKeys:
        """From a key file (`write_key_file`); refused unless only its owner can read it (0600). The
        trust store beside it (``keys.trust.json``, 0600) keeps pinned keys and accepted key versions
        across runs.

        Args:
            path: A key file written by `write_key_file` or `x-chat keys export`.
        """
        keys, version, user_id, public_key = read_key_file(path)
        return cls.from_exported_keys(
            keys, key_version=version, user_id=user_id, public_key=public_key, trust_store=trust_file_for(path)
        )

    @classmethod
    def generate(cls, user_id: str | int) -> ChatKeys:
        """New key pairs for ``user_id``; register them (``client.register_public_key``) before use.

        Args:
            user_id: The user the keys are for (yours).
        """
        chat = chat_xdk.Chat()
        payload = chat.generate_keypairs()
        public = payload.public_key
        public_key = {
            "public_key": public.public_key,
            "signing_public_key": public.signing_public_key,
            "identity_public_key_signature": public.identity_public_key_signature,
        }
        return cls(chat, user_id=user_id, key_version=payload.version or "1", public_key=public_key)

    def export(self) -> bytes:
        """The 64 bytes of private key material: keep them secret (`write_key_file`)."""
        return bytes(self._chat.export_keys())

    def write_key_file(self, path: str | os.PathLike[str]) -> Path:
        """Write these keys to a key file readable by its owner only (0600).

        The trust store moves beside it (``keys.trust.json``) if it was kept in memory.

        Args:
            path: Where to write (replaced atomically, mode 0600).
        """
        written = write_key_file(
            path, user_id=self.user_id, key_version=self.key_version, keys=self.export(), public_key=self._public_key
        )
        if self._trust.path is None:
            self._trust.move_to(trust_file_for(written))
        return written

    def registration(self) -> dict[str, Any]:
        """The body of ``POST /2/users/{id}/public_keys`` for these keys (public parts only)."""
        if self._public_key is None:
            raise ConfigurationError(
                "these keys were imported without their public key: register keys made by ChatKeys.generate()"
            )
        return {"version": self.key_version, "public_key": dict(self._public_key)}

    def public_key(self) -> dict[str, str] | None:
        """These keys as ``GET /2/users/{id}/public_keys`` serves them (a PublicKey), if known."""
        if self._public_key is None:
            return None
        return {**self._public_key, "public_key_version": self.key_version}

    def decryptor(self, *, reject_unverified: bool = True) -> Decryptor:
        """A Decryptor with these keys and the public keys they learnt.

        Args:
            reject_unverified: Drop events whose signature does not verify.
        """
        return Decryptor(self, reject_unverified=reject_unverified)


def _moved(old: str, new: str) -> None:
    warnings.warn(f"Decryptor.{old} is deprecated: use {new}", DeprecationWarning, stacklevel=3)


class Decryptor:
    """Decrypts and verifies pages of events with a `ChatKeys`' keys: ``keys.decryptor()``.

    A view: the keys, the contacts' public keys and the trust state belong to the `ChatKeys`, and
    nothing here fetches. To read a conversation, use the clients' `iter_messages` or
    `iter_decrypted_pages` (they look up senders' keys and decrypt each page while the next is
    fetched); `decrypt_page` decrypts a page you fetched yourself.

    Args:
        keys: The `ChatKeys` to decrypt with. (Up to 0.3 this was an unlocked ``chat_xdk.Chat``,
            with ``user_id=``; that still works, deprecated: it wraps the Chat in a `ChatKeys`.)
        reject_unverified: Drop events whose signature does not verify (recommended) instead of
            returning them with `verified=False`.
        user_id: Deprecated, with a ``chat_xdk.Chat`` as `keys`: your user ID.
        key_source: Deprecated and ignored: a decryptor does no I/O. Add keys with
            `add_signing_keys`, or read through a client.
        trust: Deprecated, with a ``chat_xdk.Chat`` as `keys`: the `TrustStore` to use.
        key_version: Deprecated, with a ``chat_xdk.Chat`` as `keys`: your registered key version.
    """

    def __init__(
        self,
        keys: ChatKeys | Any,
        *,
        reject_unverified: bool = True,
        user_id: str | None = None,
        key_source: object = None,
        trust: TrustStore | None = None,
        key_version: str | None = None,
    ) -> None:
        if not isinstance(keys, ChatKeys):
            _moved("__init__(chat, user_id=...)", "ChatKeys(chat, user_id=..., key_version=...).decryptor()")
            if user_id is None:
                raise TypeError("Decryptor(chat) needs user_id=")
            keys = ChatKeys._wrap(keys, user_id=user_id, key_version=key_version, trust_store=trust)
        if key_source is not None:
            _moved("key_source", "client.iter_decrypted_pages(..., keys=keys), which looks senders' keys up")
        self.keys: ChatKeys = keys
        self.reject_unverified = reject_unverified

    def __repr__(self) -> str:
        return f"Decryptor(keys={self.keys!r}, reject_unverified={self.reject_unverified!r})"

    @property
    def user_id(self) -> str:
        """The keys' owner."""
        return self.keys.user_id

    @property
    def trust(self) -> TrustStore:
        """The keys' trust store (`ChatKeys.trust_store`)."""
        return self.keys.trust_store

    @classmethod
    def from_exported_keys(
        cls, keys: bytes, *, key_version: str, user_id: str, reject_unverified: bool = True
    ) -> Decryptor:
        """Shorthand for ``ChatKeys.from_exported_keys(...).decryptor(...)``; the material may also be
        chatxdk's 32-byte identity-only blob (enough to decrypt, not to send).

        Args:
            keys: The bytes of `export_keys()` (`ChatKeys.export`).
            key_version: The version the keys were registered under.
            user_id: Your user ID.
            reject_unverified: Drop events whose signature does not verify.
        """
        chat_keys = ChatKeys._from_material(keys, key_version=key_version, user_id=user_id)
        return chat_keys.decryptor(reject_unverified=reject_unverified)

    @classmethod
    def from_key_file(cls, path: str | os.PathLike[str], *, reject_unverified: bool = True) -> Decryptor:
        """Shorthand for ``ChatKeys.from_key_file(path).decryptor(...)``: refused unless only its
        owner can read it; the trust store beside it (``keys.trust.json``) is used and kept.

        Args:
            path: A key file written by `write_key_file` or `x-chat keys export` (mode 0600).
            reject_unverified: Drop events whose signature does not verify.
        """
        return ChatKeys.from_key_file(path).decryptor(reject_unverified=reject_unverified)

    def add_signing_keys(self, user_id: str, public_keys: Iterable[Any]) -> int:
        """`ChatKeys.add_public_keys` on the keys this decrypts with.

        Args:
            user_id: The user the keys belong to.
            public_keys: That user's keys: `PublicKey` models or dicts, as `GET
                /2/users/{id}/public_keys` returns them.
        """
        return self.keys.add_public_keys(user_id, public_keys)

    def trust_identity(self, user_id: str, expected: str | None = None) -> str:
        """`ChatKeys.trust` on the keys this decrypts with.

        Args:
            user_id: The contact whose key changed.
            expected: The fingerprint compared out of band (None: accept what was served).
        """
        return self.keys.trust(user_id, fingerprint=expected)

    def decrypt_page(
        self,
        page: EventsPage,
        *,
        conversation_id: str | ConversationId | None = None,
        seen: set[str] | None = None,
        reject_unverified: bool | None = None,
        key_map: dict[str, bytes] | None = None,
    ) -> DecryptedPage:
        """Decrypt one page in one batched call, with the key changes its meta lists, and check every
        event against its conversation (see ``docs/security.md``). Senders' public keys must be known
        to the keys already (`add_signing_keys`; the clients look them up).

        Args:
            page: A page from `get_conversation_events` or `iter_conversation_pages`, fetched with
                `fields="all"` (the encoded events and senders are needed).
            conversation_id: The conversation the page was read from. Events signed for another
                conversation, events of non-participants of a direct conversation and key changes
                the group's verified history refuses are reported, not returned. Without it only
                signatures are checked.
            seen: Signed message IDs read so far in this iteration (updated): a second copy is
                reported as `REPLAYED`.
            reject_unverified: Override the decryptor's setting for this page.
            key_map: One conversation's keys accepted so far (kept between calls, updated): a page
                without key changes is decrypted with them, without extracting them again.
        """
        reject = self.reject_unverified if reject_unverified is None else reject_unverified
        return decrypt_page(
            self.keys, page, conversation_id=conversation_id, seen=seen, reject_unverified=reject, key_map=key_map
        )

    def iter_decrypted_pages(self, client: Any, conversation_id: str | ConversationId, **pages: Any) -> Iterator[Any]:
        """Deprecated: ``client.iter_decrypted_pages(conversation_id, keys=decryptor.keys)``, which this
        calls (a decryptor does no I/O of its own).

        Args:
            client: A `ChatClient`.
            conversation_id: The conversation, in any of X's three forms or as a `ConversationId`.
        """
        _moved("iter_decrypted_pages(client, ...)", "client.iter_decrypted_pages(conversation_id, keys=keys)")
        pages.pop("fields", None)  # the client asks for every field
        return client.iter_decrypted_pages(  # type: ignore[no-any-return]
            conversation_id, keys=self.keys, include_unverified=not self.reject_unverified, **pages
        )

    def iter_messages(
        self, client: Any, conversation_id: str | ConversationId, *, strict: bool = False, **pages: Any
    ) -> Iterator[DecryptedMessage]:
        """Deprecated: ``client.iter_messages(conversation_id, keys=decryptor.keys)``, which this calls.

        Args:
            client: A `ChatClient`.
            conversation_id: The conversation, in any of X's three forms or as a `ConversationId`.
            strict: Raise `DecryptionFailedError` on a page with unreadable events instead of a
                `DecryptionWarning`.
        """
        _moved("iter_messages(client, ...)", "client.iter_messages(conversation_id, keys=keys)")
        pages.pop("fields", None)
        return client.iter_messages(  # type: ignore[no-any-return]
            conversation_id, keys=self.keys, strict=strict, include_unverified=not self.reject_unverified, **pages
        )
