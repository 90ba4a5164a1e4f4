"""What the facade returns: the generated models, with their top level typed for use.

Since v2.167 X requires no field, so every field of a generated model is ``T | None`` (absent reads
as ``None``). Reading a page's ``data`` or ``meta`` would then need a ``None`` check at every step.
These small frozen classes hold the same models with the top level settled: ``data`` is a list
(empty if X sent none), ``meta``/``includes`` are models (empty if X sent none), ``next_token`` is
``str | None``, ``errors`` a list of `Problem`. The generated response is kept as ``model`` (with
``to_dict()`` and ``additional_properties``).

```py
page = client.get_conversation_events("g1234567890123456789", max_results=2)
for event in page.data:  # a list, never None
    print(event.id)
    #> 1054351113904317941
    #> 1054351113904317940
print(page.next_token)  # str | None
#> m4ytemzugu3doobzgaytemzugu3doobzhiza
```
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Protocol, TypeAlias, TypeVar

import attrs

from x_chat_generated.models.chat_message_event import ChatMessageEvent
from x_chat_generated.models.chat_message_events_meta import ChatMessageEventsMeta
from x_chat_generated.models.delete_chat_messages_response import DeleteChatMessagesResponse
from x_chat_generated.models.get_chat_conversation_events_response import GetChatConversationEventsResponse
from x_chat_generated.models.get_users_public_keys_response import GetUsersPublicKeysResponse
from x_chat_generated.models.public_key import PublicKey
from x_chat_generated.models.send_broadcast_chat_response import SendBroadcastChatResponse
from x_chat_generated.models.send_chat_message_response import SendChatMessageResponse
from x_chat_generated.types import UNSET, Unset

from ._thrift import message_event_strings

if TYPE_CHECKING:  # loaded on first use: a conversation's `includes` pulls in every Post/User/Media model
    from x_chat_generated.models.broadcast_chat_message import BroadcastChatMessage
    from x_chat_generated.models.chat_conversation import ChatConversation
    from x_chat_generated.models.disallowed_resource_problem import DisallowedResourceProblem
    from x_chat_generated.models.expansions import Expansions
    from x_chat_generated.models.field_hydration_failure_problem import FieldHydrationFailureProblem
    from x_chat_generated.models.field_unauthorized_problem import FieldUnauthorizedProblem
    from x_chat_generated.models.generic_problem import GenericProblem
    from x_chat_generated.models.get_broadcast_chat_response import GetBroadcastChatResponse
    from x_chat_generated.models.get_broadcast_chat_response_meta import GetBroadcastChatResponseMeta
    from x_chat_generated.models.get_chat_conversation_response import GetChatConversationResponse
    from x_chat_generated.models.get_chat_conversations_response import GetChatConversationsResponse
    from x_chat_generated.models.get_chat_conversations_response_meta import GetChatConversationsResponseMeta
    from x_chat_generated.models.internal_error_problem import InternalErrorProblem
    from x_chat_generated.models.invalid_request_problem import InvalidRequestProblem
    from x_chat_generated.models.not_authorized_for_field_problem import NotAuthorizedForFieldProblem
    from x_chat_generated.models.not_authorized_for_resource_problem import NotAuthorizedForResourceProblem
    from x_chat_generated.models.resource_not_found_problem import ResourceNotFoundProblem
    from x_chat_generated.models.resource_unavailable_problem import ResourceUnavailableProblem
    from x_chat_generated.models.user import User

    Problem: TypeAlias = (
        DisallowedResourceProblem
        | FieldHydrationFailureProblem
        | FieldUnauthorizedProblem
        | GenericProblem
        | InternalErrorProblem
        | InvalidRequestProblem
        | NotAuthorizedForFieldProblem
        | NotAuthorizedForResourceProblem
        | ResourceNotFoundProblem
        | ResourceUnavailableProblem
    )
    """A problem X reported next to the data (RFC 7807 ``title``, ``type_``, ``detail``), one of the
    spec's ``Problem`` models. Every one has ``title`` and ``type_``; narrow with ``isinstance`` for
    the rest (``ResourceNotFoundProblem.resource_id``, ...)."""

__all__ = [
    "BroadcastChatModerated",
    "BroadcastChatPage",
    "BroadcastChatSent",
    "Conversation",
    "ConversationsPage",
    "EventsPage",
    "MessagesDeleted",
    "Problem",
    "PublicKeys",
    "SentMessage",
]

_PROBLEMS = (
    "disallowed_resource_problem.DisallowedResourceProblem",
    "field_hydration_failure_problem.FieldHydrationFailureProblem",
    "field_unauthorized_problem.FieldUnauthorizedProblem",
    "generic_problem.GenericProblem",
    "internal_error_problem.InternalErrorProblem",
    "invalid_request_problem.InvalidRequestProblem",
    "not_authorized_for_field_problem.NotAuthorizedForFieldProblem",
    "not_authorized_for_resource_problem.NotAuthorizedForResourceProblem",
    "resource_not_found_problem.ResourceNotFoundProblem",
    "resource_unavailable_problem.ResourceUnavailableProblem",
)


def __getattr__(name: str) -> Any:
    # `Problem` at run time (for isinstance or get_type_hints), built on first use: the ten models
    # are imported only by a response that carries errors.
    if name != "Problem":
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    import functools
    import importlib
    import operator

    def load(path: str) -> Any:
        module, _, cls = path.partition(".")
        return getattr(importlib.import_module(f"x_chat_generated.models.{module}"), cls)

    problem = functools.reduce(operator.or_, map(load, _PROBLEMS))
    globals()["Problem"] = problem
    return problem


T = TypeVar("T")


def _list(value: list[T] | Unset) -> list[T]:
    return list(value) if not isinstance(value, Unset) else []


def _token(meta: Any) -> str | None:
    token = getattr(meta, "next_token", None)
    return token if isinstance(token, str) and token else None


D = TypeVar("D", covariant=True)


class _Answer(Protocol[D]):
    @property
    def data(self) -> D | Unset: ...
    @property
    def errors(self) -> Any: ...


def _data(model: _Answer[D]) -> D:
    """A write's ``data``; a response without it is malformed, and says what its ``errors`` said."""
    data = model.data
    if isinstance(data, Unset):
        problems = "; ".join(str(getattr(p, "detail", p)) for p in _list(model.errors))
        raise ValueError(f"the response carries no data{': ' + problems if problems else ''}")
    return data


def _includes(value: Expansions | Unset) -> Expansions:
    from x_chat_generated.models.expansions import Expansions

    return value if not isinstance(value, Unset) else Expansions()


@attrs.frozen
class EventsPage:
    """One page of a conversation's events (``GET /2/chat/conversations/{id}/events``)."""

    data: list[ChatMessageEvent]
    errors: list[Problem]
    """Problems X reported next to the data (see `Problem`)."""
    meta: ChatMessageEventsMeta
    model: GetChatConversationEventsResponse = attrs.field(repr=False, eq=False)

    @classmethod
    def of(cls, model: GetChatConversationEventsResponse) -> EventsPage:
        """The page a generated response holds (``data`` empty and ``meta`` blank where X sent none).

        Args:
            model: The generated response (`GetChatConversationEventsResponse`).
        """
        meta = model.meta if not isinstance(model.meta, Unset) else ChatMessageEventsMeta()
        return cls(_list(model.data), _list(model.errors), meta, model)

    @property
    def next_token(self) -> str | None:
        """The token of the next page, None on the last page."""
        return _token(self.meta)

    @property
    def key_change_events(self) -> list[str]:
        """The key-change events this page's meta lists: ``conversation_key_events`` (v2.167), or
        ``missing_conversation_key_change_events`` as v2.159 servers called it (both read)."""
        listed = self.meta.conversation_key_events
        events = [e for e in listed if isinstance(e, str)] if not isinstance(listed, Unset) else []
        older = self.meta.additional_properties.get("missing_conversation_key_change_events")
        if isinstance(older, list):
            events += [e for e in older if isinstance(e, str) and e not in events]
        return events


@attrs.frozen
class ConversationsPage:
    """One page of your inbox (``GET /2/chat/conversations``), with the users it expanded."""

    data: list[ChatConversation]
    errors: list[Problem]
    meta: GetChatConversationsResponseMeta
    includes: Expansions
    model: GetChatConversationsResponse = attrs.field(repr=False, eq=False)

    @classmethod
    def of(cls, model: GetChatConversationsResponse) -> ConversationsPage:
        """The page a generated response holds (``data`` empty and ``meta`` blank where X sent none).

        Args:
            model: The generated response (`GetChatConversationsResponse`).
        """
        from x_chat_generated.models.get_chat_conversations_response_meta import GetChatConversationsResponseMeta

        meta = model.meta if not isinstance(model.meta, Unset) else GetChatConversationsResponseMeta()
        return cls(_list(model.data), _list(model.errors), meta, _includes(model.includes), model)

    @property
    def next_token(self) -> str | None:
        return _token(self.meta)

    @property
    def users(self) -> list[User]:
        """The users the page's ``expansions`` hydrated (``includes.users``)."""
        return _list(self.includes.users)


@attrs.frozen
class Conversation:
    """A conversation's metadata (``GET /2/chat/conversations/{id}``) and the users it expanded."""

    data: ChatConversation
    errors: list[Problem]
    includes: Expansions
    model: GetChatConversationResponse = attrs.field(repr=False, eq=False)

    @classmethod
    def of(cls, model: GetChatConversationResponse) -> Conversation:
        """The conversation a generated response holds (blank metadata if X sent none).

        Args:
            model: The generated response (`GetChatConversationResponse`).
        """
        from x_chat_generated.models.chat_conversation import ChatConversation

        data = model.data if not isinstance(model.data, Unset) else ChatConversation()
        return cls(data, _list(model.errors), _includes(model.includes), model)

    @property
    def users(self) -> list[User]:
        return _list(self.includes.users)


@attrs.frozen
class PublicKeys:
    """Users' registered chat public keys (``GET /2/users/public_keys``), in request order."""

    data: list[PublicKey]
    errors: list[Problem]
    models: list[GetUsersPublicKeysResponse] = attrs.field(repr=False, eq=False)

    @classmethod
    def merge(cls, models: list[GetUsersPublicKeysResponse]) -> PublicKeys:
        """One result from the responses of several batched requests.

        Args:
            models: The generated responses, one per batch of up to 100 users, in request order.
        """
        data = [key for model in models for key in _list(model.data)]
        return cls(data, [problem for model in models for problem in _list(model.errors)], models)


@attrs.frozen
class SentMessage:
    """What X stored for a write to ``POST /2/chat/conversations/{id}/messages``."""

    message_id: str
    """The UUID the message was encrypted and signed with (chatxdk made it)."""
    sequence_id: str
    """Its place in the conversation, from the stored event X sent back."""
    conversation_id: str
    encoded_message_event: str | None = attrs.field(default=None, repr=False)

    @classmethod
    def of(cls, message_id: str, conversation_id: str, model: SendChatMessageResponse) -> SentMessage:
        """The sequence ID is field 1 of the Thrift ``MessageEvent`` X sent back.

        Args:
            message_id: The UUID chatxdk made for the message.
            conversation_id: The conversation it was sent to.
            model: X's response (`SendChatMessageResponse`).
        """
        data = model.data
        encoded = data.encoded_message_event if not isinstance(data, Unset) else UNSET
        if not isinstance(encoded, str):
            raise ValueError("the response carries no encoded_message_event")
        sequence_id = message_event_strings(encoded, wanted=1).get(1)
        if sequence_id is None:
            raise ValueError("the stored MessageEvent carries no sequence ID (field 1)")
        return cls(message_id, sequence_id, conversation_id, encoded)


@attrs.frozen
class MessagesDeleted:
    """What X answered to ``POST /2/chat/conversations/{id}/messages/delete``. X then serves the
    conversation without those messages (for all: to everyone; for self: to you) and with the signed
    delete event, which reads back as a `MessageKind.DELETE` message."""

    conversation_id: str
    sequence_ids: tuple[str, ...]
    """The messages deleted."""
    for_all: bool
    """Deleted for every participant (``delete_for_all``), or only from your view."""
    message_id: str
    """The ID of the signed delete event (chatxdk made it)."""
    deleted: bool
    """Whether X says the messages were deleted."""
    model: DeleteChatMessagesResponse = attrs.field(repr=False, eq=False)

    @classmethod
    def of(
        cls,
        conversation_id: str,
        sequence_ids: tuple[str, ...],
        for_all: bool,
        message_id: str,
        model: DeleteChatMessagesResponse,
    ) -> MessagesDeleted:
        """The result of X's response; one without ``data`` is malformed (its ``errors`` are named).

        Args:
            conversation_id: The conversation, in path form.
            sequence_ids: The messages asked to be deleted.
            for_all: Whether for every participant.
            message_id: The delete event's ID.
            model: X's response (`DeleteChatMessagesResponse`).
        """
        data = _data(model)
        return cls(conversation_id, sequence_ids, for_all, message_id, data.deleted, model)


@attrs.frozen
class BroadcastChatSent:
    """What X answered to a chat message posted to a live broadcast
    (``POST /2/broadcasts/{id}/chat``). Broadcast chat is public: it is not end-to-end encrypted."""

    broadcast_id: str
    success: bool
    """Whether X says the message was sent."""
    timestamp: str
    """X's timestamp of the message (nanoseconds, as X sends it: a string of digits)."""
    model: SendBroadcastChatResponse = attrs.field(repr=False, eq=False)

    @classmethod
    def of(cls, broadcast_id: str, model: SendBroadcastChatResponse) -> BroadcastChatSent:
        """The result of X's response; one without ``data`` is malformed (its ``errors`` are named).

        Args:
            broadcast_id: The broadcast the message was posted to.
            model: X's response (`SendBroadcastChatResponse`).
        """
        data = _data(model)
        return cls(broadcast_id, data.success, data.timestamp, model)


@attrs.frozen
class BroadcastChatPage:
    """One page of a live broadcast's chat, newest first (``GET /2/broadcasts/{id}/chat``), with the
    users it expanded. Broadcast chat is public: not end-to-end encrypted."""

    broadcast_id: str
    data: list[BroadcastChatMessage]
    errors: list[Problem]
    meta: GetBroadcastChatResponseMeta
    includes: Expansions
    model: GetBroadcastChatResponse = attrs.field(repr=False, eq=False)

    @classmethod
    def of(cls, broadcast_id: str, model: GetBroadcastChatResponse) -> BroadcastChatPage:
        """The page a generated response holds (``data`` empty and ``meta`` blank where X sent none).

        Args:
            broadcast_id: The broadcast read.
            model: The generated response (`GetBroadcastChatResponse`).
        """
        from x_chat_generated.models.get_broadcast_chat_response_meta import GetBroadcastChatResponseMeta

        meta = model.meta if not isinstance(model.meta, Unset) else GetBroadcastChatResponseMeta()
        return cls(broadcast_id, _list(model.data), _list(model.errors), meta, _includes(model.includes), model)

    @property
    def next_token(self) -> str | None:
        return _token(self.meta)

    @property
    def users(self) -> list[User]:
        """The users the page's ``expansions`` hydrated (``includes.users``)."""
        return _list(self.includes.users)


@attrs.frozen
class BroadcastChatModerated:
    """What X answered to a broadcast-chat moderation: a mute, an unmute, or a message removed."""

    broadcast_id: str
    user_id: str | None
    """The user muted or unmuted (None for a message removal)."""
    message_id: str | None
    """The message removed (with a mute, if one was named), else None."""
    muted: bool | None
    """After a mute or unmute: whether X says the user is muted now."""
    deleted: bool | None
    """After a message removal: whether X says it was removed."""
    model: Any = attrs.field(repr=False, eq=False)

    @classmethod
    def of(cls, broadcast_id: str, user_id: str | None, message_id: str | None, model: Any) -> BroadcastChatModerated:
        """The result of X's response; one without ``data`` is malformed (its ``errors`` are named).

        Args:
            broadcast_id: The broadcast.
            user_id: The user muted or unmuted, or None.
            message_id: The message removed, or None.
            model: X's response (a generated `...Response` with ``data.muted`` or ``data.deleted``).
        """
        data = _data(model)
        muted, deleted = getattr(data, "muted", None), getattr(data, "deleted", None)
        return cls(broadcast_id, user_id, message_id, muted, deleted, model)
