"""Field selection for chat message events (``chat_message_event.fields``).

Upstream quirk, kept as X has it: the selectable name of the previous event's sequence ID is
``previous_id``, while the events carry it as ``previous_sequence_id``. Both spellings are accepted
here and sent as ``previous_id``.
"""

from __future__ import annotations

import difflib
from collections.abc import Iterable
from typing import Final, Literal, TypeAlias

from x_chat_generated.models.chat_message_event_field import ChatMessageEventField

from .errors import XChatError

__all__ = ["ALL", "EventField", "FieldsArg", "InvalidFieldError", "resolve_fields"]

EventField = ChatMessageEventField
"""The selectable event fields: the generated enum, e.g. ``EventField.SENDER_ID``."""

ALL: Final = "all"
"""``fields="all"`` (or ``fields=ALL``) selects every field."""

FieldsArg: TypeAlias = Literal["all"] | str | EventField | Iterable[str | EventField] | None

_ALIASES: Final = {"previous_sequence_id": EventField.PREVIOUS_ID}
_KNOWN: Final = {member.value: member for member in EventField.__members__.values()}


class InvalidFieldError(XChatError, ValueError):
    """A field name that X does not accept for chat message events. Raised before any request."""

    def __init__(self, name: object, suggestion: str | None) -> None:
        self.name = name
        self.suggestion = suggestion
        hint = f"; did you mean {suggestion!r}?" if suggestion else ""
        valid = ", ".join(sorted(_KNOWN))
        super().__init__(f"unknown chat message event field {name!r}{hint} (valid: {valid}, or 'all')")


def _one(item: object) -> EventField:
    if isinstance(item, EventField):
        # Pseudo-members (unknown values kept from responses) are not selectable.
        if item.value in _KNOWN:
            return _KNOWN[item.value]
        item = item.value
    if isinstance(item, str):
        key = item.strip().lower()
        if key in _KNOWN:
            return _KNOWN[key]
        if key in _ALIASES:
            return _ALIASES[key]
        close = difflib.get_close_matches(key, [*_KNOWN, *_ALIASES], n=1, cutoff=0.5)
        suggestion = _ALIASES[close[0]].value if close and close[0] in _ALIASES else (close[0] if close else None)
        raise InvalidFieldError(item, suggestion)
    raise InvalidFieldError(item, None)


def resolve_fields(fields: FieldsArg) -> list[EventField] | None:
    """Turn the ``fields=`` argument into the list to send, or None to let X pick its defaults.

    Accepts ``"all"``, one name, one enum member, or an iterable mixing both; a comma-separated
    string is split. Duplicates are dropped, first occurrence kept.

    >>> [f.value for f in resolve_fields(["sender_id", EventField.ID, "sender_id"])]
    ['sender_id', 'id']
    """
    if fields is None:
        return None
    if isinstance(fields, str) and not isinstance(fields, EventField):
        if fields.strip().lower() == ALL:
            return list(EventField.__members__.values())
        items: Iterable[object] = [part for part in fields.split(",") if part.strip()] or [fields]
    elif isinstance(fields, EventField):
        items = [fields]
    else:
        items = list(fields)
    chosen: dict[EventField, None] = {}
    for item in items:
        chosen.setdefault(_one(item), None)
    if not chosen:
        raise InvalidFieldError(fields, None)
    return list(chosen)
