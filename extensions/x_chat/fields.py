"""Field and expansion selection (``chat_message_event.fields``, ``chat_conversation.fields``,
``broadcast_chat_message.fields``, ``expansions``, ``user.fields``, ``public_key.fields``), checked
before any request.

Every selector takes ``"all"`` (or :data:`ALL`), one name, one enum member, a comma-separated
string, or an iterable mixing names and members. Duplicates are dropped (first kept); an unknown
name raises `InvalidFieldError` naming the closest valid one.

Names from before X API v2.167 are still read, with a ``DeprecationWarning``: the event field
``created_at_msec`` is now ``created_at``, and ``previous_sequence_id`` is selected as
``previous_id``.
"""

from __future__ import annotations

import difflib
import enum
import warnings
from collections.abc import Iterable, Mapping
from typing import Any, Final, Generic, Literal, TypeAlias, TypeVar

from x_chat_generated.models.broadcast_chat_expansion import BroadcastChatExpansion
from x_chat_generated.models.broadcast_chat_message_field import BroadcastChatMessageField
from x_chat_generated.models.chat_conversation_expansion import ChatConversationExpansion
from x_chat_generated.models.chat_conversation_field import ChatConversationField
from x_chat_generated.models.chat_message_event_field import ChatMessageEventField
from x_chat_generated.models.public_key_field import PublicKeyField
from x_chat_generated.models.user_field import UserField

from .errors import XChatError

__all__ = [
    "ALL",
    "BroadcastChatExpansion",
    "BroadcastChatMessageField",
    "ConversationExpansion",
    "ConversationField",
    "EventField",
    "FieldsArg",
    "InvalidFieldError",
    "PublicKeyField",
    "UserField",
    "resolve_fields",
]

EventField = ChatMessageEventField
"""The selectable event fields: the generated enum, e.g. ``EventField.SENDER_ID``."""
ConversationField = ChatConversationField
"""The selectable conversation (metadata) fields, e.g. ``ConversationField.GROUP_NAME``."""
ConversationExpansion = ChatConversationExpansion
"""What a conversation lookup can expand into user objects: ``member_ids``, ``admin_ids``, ``participant_ids``."""

ALL: Final = "all"
"""``fields="all"`` (or ``fields=ALL``) selects every field."""

FieldsArg: TypeAlias = Literal["all"] | str | enum.Enum | Iterable[str | enum.Enum] | None
"""What a ``fields=`` argument takes: ``"all"``, a name, an enum member, a list of them, or None."""

E = TypeVar("E", bound=enum.Enum)


class InvalidFieldError(XChatError, ValueError):
    """A field name that X does not accept here. Raised before any request.

    Args:
        name: The name given.
        suggestion: The closest valid name, if one is close.
        what: What kind of field (for the message).
        valid: The valid names, listed in the message.
        hint: A sentence added to the message (e.g. where the field is accepted instead).
    """

    def __init__(
        self,
        name: object,
        suggestion: str | None,
        *,
        what: str = "chat message event field",
        valid: Iterable[str] = (),
        hint: str = "",
    ) -> None:
        self.name = name
        self.suggestion = suggestion
        did_you_mean = f"; did you mean {suggestion!r}?" if suggestion else ""
        listed = f" (valid: {', '.join(sorted(valid))}, or 'all')" if valid else ""
        super().__init__(f"unknown {what} {name!r}{did_you_mean}{listed}{hint}")


class Selector(Generic[E]):
    """Turns a ``fields=``-style argument into the members of one generated enum."""

    def __init__(
        self,
        members: type[E],
        what: str,
        *,
        deprecated: Mapping[str, E] | None = None,
        aliases: Mapping[str, E] | None = None,
        elsewhere: tuple[Selector[Any], str] | None = None,
    ) -> None:
        self.members = members
        self.what = what
        self.known: dict[str, E] = {str(m.value): m for m in members.__members__.values()}
        self.aliases: dict[str, E] = dict(aliases or {})
        self.deprecated: dict[str, E] = dict(deprecated or {})
        self.elsewhere = elsewhere

    def one(self, item: object) -> E:
        if isinstance(item, enum.Enum):
            if isinstance(item, self.members) and str(item.value) in self.known:
                return self.known[str(item.value)]
            item = item.value  # a member of another enum (or a pseudo-member): judged by its value
        if not isinstance(item, str):
            raise InvalidFieldError(item, None, what=self.what, valid=self.known)
        key = item.strip().lower()
        if key in self.known:
            return self.known[key]
        if key in self.aliases:
            return self.aliases[key]
        if key in self.deprecated:
            new = self.deprecated[key]
            warnings.warn(
                f"{self.what} {key!r} was renamed {new.value!r} in X API v2.167; select {new.value!r}",
                DeprecationWarning,
                stacklevel=5,
            )
            return new
        names = [*self.known, *self.aliases, *self.deprecated]
        close = difflib.get_close_matches(key, names, n=1, cutoff=0.5)
        suggestion = None
        if close:
            target = {**self.aliases, **self.deprecated}.get(close[0])
            suggestion = str(target.value) if target is not None else close[0]
        hint = ""
        if self.elsewhere is not None and key in self.elsewhere[0].known:
            hint = f"; {key!r} is a {self.elsewhere[0].what}: {self.elsewhere[1]}"
        raise InvalidFieldError(item, suggestion, what=self.what, valid=self.known, hint=hint)

    def resolve(self, fields: FieldsArg) -> list[E] | None:
        """The members to send, in the order given, or None to let X pick its defaults."""
        if fields is None:
            return None
        if isinstance(fields, str) and not isinstance(fields, enum.Enum):
            if fields.strip().lower() == ALL:
                return list(self.known.values())
            items: Iterable[object] = [part for part in fields.split(",") if part.strip()] or [fields]
        elif isinstance(fields, enum.Enum):
            items = [fields]
        else:
            items = list(fields)
        chosen: dict[E, None] = {}
        for item in items:
            chosen.setdefault(self.one(item), None)
        if not chosen:
            raise InvalidFieldError(fields, None, what=self.what, valid=self.known)
        return list(chosen)


EVENT_FIELDS: Final = Selector(
    EventField,
    "chat message event field",
    aliases={"previous_sequence_id": EventField.PREVIOUS_ID},
    deprecated={"created_at_msec": EventField.CREATED_AT},
)
CONVERSATION_FIELDS: Final = Selector(
    ConversationField,
    "chat conversation field",
    elsewhere=(EVENT_FIELDS, "message events are read with get_conversation_events()"),
)
CONVERSATION_EXPANSIONS: Final = Selector(ConversationExpansion, "chat conversation expansion")
USER_FIELDS: Final = Selector(UserField, "user field")
BROADCAST_CHAT_FIELDS: Final = Selector(BroadcastChatMessageField, "broadcast chat message field")
BROADCAST_CHAT_EXPANSIONS: Final = Selector(BroadcastChatExpansion, "broadcast chat expansion")
PUBLIC_KEY_FIELDS: Final = Selector(
    PublicKeyField, "public key field", deprecated={"version": PublicKeyField.PUBLIC_KEY_VERSION}
)


def resolve_fields(fields: FieldsArg) -> list[EventField] | None:
    """Turn an event ``fields=`` argument into the list to send, or None to let X pick its defaults.

    Args:
        fields: Names or `EventField` members (duplicates dropped, order kept), `"all"`, or None.

    Raises:
        InvalidFieldError: An unknown name, with the closest valid one when there is one.

    Examples:
        ```py
        from x_chat import EventField
        from x_chat.fields import resolve_fields

        print([field.value for field in resolve_fields(["sender_id", EventField.ID, "sender_id"]) or []])
        #> ['sender_id', 'id']
        ```
    """
    return EVENT_FIELDS.resolve(fields)
