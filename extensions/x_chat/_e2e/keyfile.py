"""Key files: the exported keys, their version and owner as JSON, readable by the owner only."""

from __future__ import annotations

import base64
import binascii
import json
import os
import stat
from pathlib import Path
from typing import Any

from ..errors import ConfigurationError, InvalidArgumentError
from ..ids import validate_user_id


def key_bytes(keys: object) -> bytes:
    """Key material as bytes; a str (a path, base64 text) or anything else is refused by name."""
    if not isinstance(keys, bytes | bytearray | memoryview):
        raise InvalidArgumentError(
            f"keys must be the bytes of export_keys(), got {type(keys).__name__} "
            "(for a key file use from_key_file; for base64 text decode it first)"
        )
    return bytes(keys)


def read_key_file(path: str | os.PathLike[str]) -> tuple[bytes, str, str, dict[str, str] | None]:
    """The exported keys, key version, user ID and public key (if it was saved) of a key file written
    by `write_key_file`; refused unless only its owner can read it."""
    file = Path(path)
    try:  # what the file is comes first: advice to chmod a file that holds no keys would mislead
        data = json.loads(file.read_text(encoding="utf-8"))
        keys = base64.b64decode(data["private_keys"], validate=True)
        public = data.get("public_key")
        public_key = {str(k): str(v) for k, v in public.items()} if isinstance(public, dict) else None
        found = keys, str(data["key_version"]), validate_user_id(str(data["user_id"])), public_key
    except (ValueError, KeyError, TypeError, binascii.Error) as exc:
        what = "not JSON" if isinstance(exc, json.JSONDecodeError) else f"{type(exc).__name__}: {exc}"
        raise ConfigurationError(
            f"{file} is not an x-chat key file ({what}): make one with `x-chat keys generate` "
            "or ChatKeys.write_key_file"
        ) from None
    mode = stat.S_IMODE(file.stat().st_mode)
    if mode & 0o077:
        raise ConfigurationError(f"{file} holds private keys but others can read it (mode {mode:o}): chmod 600 {file}")
    return found


def write_key_file(
    path: str | os.PathLike[str],
    *,
    user_id: str,
    key_version: str,
    keys: bytes,
    public_key: dict[str, str] | None = None,
) -> Path:
    """Write a key file (JSON: user_id, key_version, private_keys in base64, and the public key if
    given) readable by its owner only: created 0600, never widened for a moment.

    Args:
        path: Where to write (replaced atomically).
        user_id: The keys' owner.
        key_version: The version the keys are registered under.
        keys: The 64 bytes of private key material.
        public_key: The public half (`public_key`, `signing_public_key`,
            `identity_public_key_signature`), kept so the keys can be registered later.
    """
    file = Path(path)
    data: dict[str, Any] = {
        "user_id": validate_user_id(user_id),
        "key_version": key_version,
        "private_keys": base64.b64encode(key_bytes(keys)).decode(),
    }
    if public_key is not None:
        data["public_key"] = public_key
    temporary = file.with_name(f".{file.name}.tmp")
    descriptor = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(descriptor, "w", encoding="utf-8") as handle:
        json.dump(data, handle)
    os.chmod(temporary, 0o600)
    os.replace(temporary, file)
    return file
