"""Checking a signed action as X does before it acts on it: the signature must verify, under the
sender's registered signing key, over what the server itself rebuilds from the request (never over
the ``signature_payload`` the client sent, which X only logs)."""

from __future__ import annotations

import base64
import binascii
from typing import Any

from ..._thrift import DELETE_FOR_ALL, DELETE_FOR_SELF, delete_event_detail
from .problems import ProblemError

__all__ = ["check_delete_action"]


def _decoded(value: str) -> bytes:
    """Standard or URL-safe base64, padded or not (chatxdk writes URL-safe without padding)."""
    try:
        return base64.urlsafe_b64decode(value.replace("+", "-").replace("/", "_") + "=" * (-len(value) % 4))
    except (binascii.Error, ValueError):
        raise ProblemError(400, "an action signature is not base64") from None


def _verifies(signing_public_key: str, signature: bytes, payload: bytes) -> bool:
    try:
        import chat_xdk
    except ImportError:  # pragma: no cover - the message says what to do
        raise ProblemError(
            501, "the fake server checks signatures with chatxdk: pip install 'x-chat[crypto]'"
        ) from None
    try:
        return bool(chat_xdk.Chat().verify(signing_public_key, signature, payload))
    except (ValueError, RuntimeError):
        return False


def check_delete_action(
    public_keys: list[dict[str, Any]],
    *,
    user_id: str,
    conversation_id: str,
    signed: dict[str, Any],
    sequence_ids: list[str],
    for_all: bool,
) -> None:
    """Raise a 400 or 403 problem unless ``signed`` is ``user_id``'s signature of exactly this
    delete: these sequence IDs, this action, this conversation (colon form), this message ID.

    Args:
        public_keys: The user's registered public keys (with ``signing_public_key``).
        user_id: The authenticated user, who must be the signer.
        conversation_id: The conversation, in path form.
        signed: One of the request's ``action_signatures``.
        sequence_ids: The request's ``sequence_ids``.
        for_all: The request's action is ``delete_for_all``.
    """
    detail = _decoded(signed["encoded_message_event_detail"])
    if detail != delete_event_detail(sequence_ids, for_all=for_all):
        raise ProblemError(400, "the signed delete event does not name these sequence IDs and this action")
    signature = signed["message_event_signature"]
    version = signature["public_key_version"]
    key = next((k for k in public_keys if k.get("public_key_version") == version), None)
    if key is None or not key.get("signing_public_key"):
        raise ProblemError(403, f"user {user_id} has no registered signing key of version {version}")
    action = DELETE_FOR_ALL if for_all else DELETE_FOR_SELF
    colon = conversation_id.replace("-", ":")
    payload = ",".join(["MessageDeleteEvent", signed["message_id"], user_id, colon, str(action), *sequence_ids])
    if not _verifies(key["signing_public_key"], _decoded(signature["signature"]), payload.encode()):
        raise ProblemError(403, "the delete's action signature does not verify under the sender's signing key")
