"""The facade's checks of its arguments, made before any request, and its limits."""

from __future__ import annotations

import ipaddress
from collections.abc import Iterable
from typing import Any, Final, TypeVar
from urllib.parse import urlsplit

from ._pagination import EventWindow
from .errors import (
    ConfigurationError,
    InvalidArgumentError,
)
from .fields import ALL, EventField, FieldsArg, resolve_fields
from .ids import validate_sequence_id, validate_user_id
from .times import TimeArg, msec_of, parse_time

T = TypeVar("T")

MAX_PAGE_SIZE: Final = 100
MAX_PUBLIC_KEY_IDS: Final = 100
"""``GET /2/users/public_keys`` takes at most this many user IDs; longer lists are split."""
MAX_BROADCAST_CHAT_LENGTH: Final = 140
"""``SendBroadcastChatRequest.text``: at most this many characters (the spec's ``maxLength``)."""


def _is_loopback(host: str) -> bool:
    if host == "localhost" or host.endswith(".localhost"):
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def check_base_url(base_url: str, allow_insecure: bool) -> str:
    parts = urlsplit(base_url)
    if parts.scheme not in ("https", "http") or not parts.hostname:
        raise ConfigurationError(f"base_url must be an http(s) URL with a host, got {base_url!r}")
    if parts.scheme == "http" and not allow_insecure and not _is_loopback(parts.hostname):
        raise ConfigurationError(
            f"refusing to send credentials over plain HTTP to {parts.hostname!r}; use https, a loopback "
            "address, or pass allow_insecure=True"
        )
    return base_url.rstrip("/")


def page_size(value: int | None, name: str, maximum: int = MAX_PAGE_SIZE) -> int | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= maximum:
        raise InvalidArgumentError(f"{name} must be an integer from 1 to {maximum}, got {value!r}")
    return value


def check_limit(limit: int | None) -> None:
    if limit is not None and (isinstance(limit, bool) or not isinstance(limit, int) or limit < 0):
        raise InvalidArgumentError(f"limit must be a non-negative integer, got {limit!r}")


def check_token(pagination_token: str | None) -> str | None:
    if pagination_token is not None and not isinstance(pagination_token, str):
        raise InvalidArgumentError(f"pagination_token must be a string, got {type(pagination_token).__name__}")
    return pagination_token


def event_plan(
    fields: FieldsArg, since: TimeArg | None, until: TimeArg | None, limit: int | None
) -> tuple[FieldsArg, EventWindow]:
    """Which events to yield (the window) and which fields to ask for: a time window needs
    ``created_at``, so it is added to a selection that lacks it; with no selection (X's
    defaults, which may lack it), every field is selected."""
    check_limit(limit)
    since_ms = msec_of(parse_time(since)) if since is not None else None
    until_ms = msec_of(parse_time(until)) if until is not None else None
    if since_ms is not None and until_ms is not None and since_ms >= until_ms:
        raise InvalidArgumentError(
            f"since ({since}) is not earlier than until ({until}): no event can be in that window"
        )
    window = EventWindow(since_ms=since_ms, until_ms=until_ms, limit=limit, finished=limit == 0)
    if since_ms is None and until_ms is None:
        return fields, window
    selected = resolve_fields(fields)
    if selected is None:
        return ALL, window
    if EventField.CREATED_AT in selected:
        return selected, window
    return [*selected, EventField.CREATED_AT], window


REMOVED: Any = object()
"""Default of the event-paging arguments that ``get_conversation`` no longer takes."""


def no_event_arguments(method: str, max_results: object, pagination_token: object) -> None:
    given = [
        name
        for name, value in (("max_results", max_results), ("pagination_token", pagination_token))
        if value is not REMOVED
    ]
    if given:
        raise InvalidArgumentError(
            f"{method}() returns a conversation's metadata since x-chat 0.2.0 (X API v2.167) and takes no "
            f"{' or '.join(given)}; message events are read with get_conversation_events(cid, fields=..., "
            "max_results=..., pagination_token=...) or iter_conversation_events()"
        )


def check_keys(keys: object) -> None:
    """A clear InvalidArgumentError, before any request, for ``keys=`` that is not a `ChatKeys`."""
    from .crypto import ChatKeys  # the methods that take keys need x-chat[crypto] anyway

    if not isinstance(keys, ChatKeys):
        raise InvalidArgumentError(f"keys must be an x_chat.crypto.ChatKeys, got {type(keys).__name__}")


def user_id_list(ids: Iterable[str | int] | str | int) -> list[str]:
    if isinstance(ids, str | int):
        ids = [ids]
    unique = list(dict.fromkeys(validate_user_id(u) for u in ids))
    if not unique:
        raise InvalidArgumentError("user_ids must name at least one user")
    return unique


def sequence_id_list(ids: Iterable[str | int]) -> list[str]:
    """Message sequence IDs, checked, in order, each once; a bare string is refused (its characters
    would be read as IDs)."""
    if isinstance(ids, str | int) or not isinstance(ids, Iterable):
        raise InvalidArgumentError(f"sequence_ids takes a list of sequence IDs, got {type(ids).__name__} {ids!r}")
    unique = list(dict.fromkeys(validate_sequence_id(s) for s in ids))
    if not unique:
        raise InvalidArgumentError("sequence_ids must name at least one message")
    return unique


def release_order(items: list[T]) -> list[T]:
    """The items reversed, to be handed out with ``pop()``: once yielded, an item is referenced
    only by the caller, and neither the page nor its items outlive their turn. So at most one page
    is in memory however long the conversation (make bench: no RSS growth over 10,000 pages)."""
    items.reverse()
    return items
