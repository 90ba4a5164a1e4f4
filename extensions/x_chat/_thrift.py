"""The few Thrift-binary bits of a chat ``MessageEvent`` that the REST API leaves encoded.

X's ``encoded_message_event`` (the response of ``POST .../messages``) and ``encoded_event`` (an
event read back) are base64 of a Thrift-binary ``MessageEvent`` (``thrift/event.thrift`` in X's
chat-xdk): 1 sequence id, 2 message id, 3 sender id, 4 conversation id in colon form, 6 created-at
msec (all strings), 7 the ``MessageEventDetail`` union, 9 the ``MessageEventSignature``. Reading
the top-level string fields and writing an event is all x-chat needs; chatxdk does the rest.
"""

from __future__ import annotations

import base64
import binascii
import contextlib

__all__ = [
    "MalformedEventError",
    "create_event_detail",
    "delete_event_detail",
    "encode_message_event",
    "event_detail_arm",
    "message_event_strings",
    "resequence_message_event",
    "signature_struct",
]

_BOOL, _BYTE, _DOUBLE, _I16, _I32, _I64, _STRING, _STRUCT, _MAP, _SET, _LIST = 2, 3, 4, 6, 8, 10, 11, 12, 13, 14, 15
_FIXED = {_BOOL: 1, _BYTE: 1, _DOUBLE: 8, _I16: 2, _I32: 4, _I64: 8}


class MalformedEventError(ValueError):
    """Bytes that are not a Thrift-binary struct."""


def _string(field_id: int, value: str) -> bytes:
    raw = value.encode()
    return bytes([_STRING]) + field_id.to_bytes(2, "big") + len(raw).to_bytes(4, "big") + raw


def _struct(field_id: int, serialized: bytes) -> bytes:
    """A struct field whose value is already Thrift-binary serialized (ending with its STOP)."""
    return bytes([_STRUCT]) + field_id.to_bytes(2, "big") + serialized


def create_event_detail(encoded_message_create_event: str) -> bytes:
    """The ``MessageEventDetail`` union with arm 1 (``MessageCreateEvent``) from its base64."""
    return _struct(1, base64.b64decode(encoded_message_create_event)) + b"\x00"


DELETE_FOR_SELF, DELETE_FOR_ALL = 1, 2
"""The ``MessageDeleteEvent`` action codes (chatxdk's ``prepare_message_delete``)."""


def delete_event_detail(sequence_ids: list[str], *, for_all: bool) -> bytes:
    """The ``MessageEventDetail`` union with arm 7 (``MessageDeleteEvent``: 1 the sequence IDs,
    2 the action), byte for byte what chatxdk's ``prepare_message_delete`` signs."""
    items = b"".join(len(raw).to_bytes(4, "big") + raw for raw in (s.encode() for s in sequence_ids))
    listed = bytes([_LIST]) + (1).to_bytes(2, "big") + bytes([_STRING]) + len(sequence_ids).to_bytes(4, "big") + items
    action = (
        bytes([_I32]) + (2).to_bytes(2, "big") + (DELETE_FOR_ALL if for_all else DELETE_FOR_SELF).to_bytes(4, "big")
    )
    return _struct(7, listed + action + b"\x00") + b"\x00"


def signature_struct(signature: str, public_key_version: str, signature_version: str) -> bytes:
    """A ``MessageEventSignature`` struct: 1 signature, 2 public key version, 3 signature version."""
    return _string(1, signature) + _string(2, public_key_version) + _string(3, signature_version) + b"\x00"


def encode_message_event(
    *,
    sequence_id: str,
    message_id: str,
    sender_id: str,
    conversation_id: str,
    created_at_msec: int,
    detail: bytes,
    signature: bytes,
) -> str:
    """The base64 of one MessageEvent (Thrift compact encoding), as a REST event's ``encoded_event``.

    Args:
        sequence_id: The event's sequence ID.
        message_id: The signed message ID.
        sender_id: The sender's user ID.
        conversation_id: The conversation, in colon form (``low:high`` or ``g…``).
        created_at_msec: The creation time, in milliseconds since the epoch.
        detail: The encoded event detail (a Thrift struct).
        signature: The encoded signature (a Thrift struct).
    """
    body = (
        _string(1, sequence_id)
        + _string(2, message_id)
        + _string(3, sender_id)
        + _string(4, conversation_id)
        + _string(6, str(created_at_msec))
        + _struct(7, detail)
        + _struct(9, signature)
        + b"\x00"
    )
    return base64.b64encode(body).decode()


def message_event_strings(encoded: str, *, wanted: int | None = None) -> dict[int, str]:
    """The top-level string fields of a base64 MessageEvent, by field id (1: sequence id, ...).

    With ``wanted``, reading stops at that field (a sent message's sequence ID is field 1, the
    first one: the rest of the event need not be walked); without it, the whole event is read and
    trailing bytes are refused.
    """
    try:
        data = base64.b64decode(encoded, validate=True)
    except (binascii.Error, ValueError) as exc:
        raise MalformedEventError(f"not base64: {exc}") from None
    found: dict[int, str] = {}
    end = _skip_struct(data, 0, found, wanted)
    if wanted is None and end != len(data):
        raise MalformedEventError(f"{len(data) - end} trailing bytes after the event")
    return found


def resequence_message_event(encoded: str, sequence_id: str) -> str:
    """The same base64 MessageEvent under another sequence ID (field 1, which no signature covers):
    what a server replaying an event does. Every other byte is kept."""
    data = base64.b64decode(encoded, validate=True)
    if data[:3] != bytes([_STRING, 0, 1]):
        raise MalformedEventError("the event does not start with its sequence ID")
    end = _skip_value(data, 3, _STRING)
    return base64.b64encode(_string(1, sequence_id) + data[end:]).decode()


KEY_CHANGE_ARM = 3
"""The ``MessageEventDetail`` arm of a key change (``ConversationKeyChangeEvent``); 1 is a message."""


def event_detail_arm(encoded: str) -> int | None:
    """Which arm of the ``MessageEventDetail`` union (field 7) a base64 MessageEvent holds, without
    decrypting it; None when it has none or is not a MessageEvent."""
    try:
        data = base64.b64decode(encoded, validate=True)
        at = 0
        while True:
            _need(data, at, 1)
            kind = data[at]
            if kind == 0:
                return None
            _need(data, at, 3)
            field_id = int.from_bytes(data[at + 1 : at + 3], "big")
            if field_id == 7 and kind == _STRUCT:
                _need(data, at + 3, 3)
                return int.from_bytes(data[at + 4 : at + 6], "big") if data[at + 3] != 0 else None
            at = _skip_value(data, at + 3, kind)
    except (MalformedEventError, binascii.Error, ValueError):
        return None


def _need(data: bytes, at: int, size: int) -> None:
    if size < 0 or at + size > len(data):
        raise MalformedEventError(f"truncated at byte {at}")


def _skip_struct(data: bytes, at: int, strings: dict[int, str] | None = None, stop_at: int | None = None) -> int:
    while True:
        _need(data, at, 1)
        kind = data[at]
        at += 1
        if kind == 0:
            return at
        _need(data, at, 2)
        field_id = int.from_bytes(data[at : at + 2], "big")
        at += 2
        if kind == _STRING and strings is not None:
            _need(data, at, 4)
            size = int.from_bytes(data[at : at + 4], "big", signed=True)
            _need(data, at + 4, size)
            with contextlib.suppress(UnicodeDecodeError):
                strings[field_id] = data[at + 4 : at + 4 + size].decode()
            at += 4 + size
            if field_id == stop_at:
                return at
        else:
            at = _skip_value(data, at, kind)


def _skip_value(data: bytes, at: int, kind: int) -> int:
    if kind in _FIXED:
        _need(data, at, _FIXED[kind])
        return at + _FIXED[kind]
    if kind == _STRING:
        _need(data, at, 4)
        size = int.from_bytes(data[at : at + 4], "big", signed=True)
        _need(data, at + 4, size)
        return at + 4 + size
    if kind == _STRUCT:
        return _skip_struct(data, at)
    if kind in (_LIST, _SET):
        _need(data, at, 5)
        item, count = data[at], int.from_bytes(data[at + 1 : at + 5], "big", signed=True)
        at += 5
        for _ in range(max(count, 0)):
            at = _skip_value(data, at, item)
        return at
    if kind == _MAP:
        _need(data, at, 6)
        key, value, count = data[at], data[at + 1], int.from_bytes(data[at + 2 : at + 6], "big", signed=True)
        at += 6
        for _ in range(max(count, 0)):
            at = _skip_value(data, _skip_value(data, at, key), value)
        return at
    raise MalformedEventError(f"unknown Thrift type {kind} at byte {at}")
