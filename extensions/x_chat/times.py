"""Event times: ``created_at`` as aware datetimes, and the ``since``/``until`` window."""

from __future__ import annotations

from datetime import UTC, datetime

from x_chat_generated.models.chat_message_event import ChatMessageEvent
from x_chat_generated.types import Unset

from .errors import InvalidArgumentError

__all__ = ["TimeArg", "created_at", "from_msec", "msec_of", "parse_time"]

TimeArg = datetime | str
"""A time argument: a datetime (no timezone means UTC) or a string python-dateutil reads."""


def parse_time(value: TimeArg) -> datetime:
    """A timezone-aware datetime from a datetime or a date/time string (python-dateutil).

    A value without a timezone is taken as UTC, never as local time.

    Args:
        value: A datetime, or a string such as `2025-01-02`, `2025-01-02 03:04` or an RFC 3339
            time.

    Raises:
        ValueError: The string is not a date/time.
        TypeError: Neither a datetime nor a string.

    Examples:
        ```py
        from x_chat.times import parse_time

        print(repr(parse_time("2025-01-02 03:04")))
        #> datetime.datetime(2025, 1, 2, 3, 4, tzinfo=datetime.timezone.utc)
        ```
    """
    if isinstance(value, str):
        from dateutil import parser as dateutil_parser  # here, not at import: it costs ~6 ms

        try:
            value = dateutil_parser.parse(value)
        except (ValueError, OverflowError) as exc:
            raise InvalidArgumentError(f"cannot read {value!r} as a date/time: {exc}") from None
    if not isinstance(value, datetime):
        raise InvalidArgumentError(f"expected a datetime or a date/time string, got {type(value).__name__}")
    return value.replace(tzinfo=UTC) if value.tzinfo is None else value


def msec_of(value: datetime) -> int:
    """Epoch milliseconds of an aware datetime.

    Args:
        value: A timezone-aware datetime.
    """
    return int(value.timestamp() * 1000)


def created_at(event: ChatMessageEvent) -> datetime | None:
    """The event's ``created_at`` (an aware datetime since X API v2.167), or None if it was not selected.

    Args:
        event: A message event (the generated `ChatMessageEvent`).

    Examples:
        ```py
        from x_chat.times import created_at
        from x_chat_generated.models.chat_message_event import ChatMessageEvent

        print(repr(created_at(ChatMessageEvent.from_dict({"created_at": "2023-11-14T22:13:20.123Z"}))))
        #> datetime.datetime(2023, 11, 14, 22, 13, 20, 123000, tzinfo=datetime.timezone.utc)
        print(created_at(ChatMessageEvent.from_dict({"id": "1"})))
        #> None
        ```
    """
    raw = event.created_at
    if isinstance(raw, Unset) or raw is None:
        return None
    return raw


def from_msec(value: str | int) -> datetime:
    """Epoch milliseconds (a string, as X sends them, or an int) as an aware UTC datetime.

    Args:
        value: Epoch milliseconds.
    """
    try:
        seconds, millis = divmod(int(value), 1000)
        return datetime.fromtimestamp(seconds, tz=UTC).replace(microsecond=millis * 1000)
    except (TypeError, ValueError, OverflowError, OSError):
        raise ValueError(f"not epoch milliseconds: {value!r}") from None
