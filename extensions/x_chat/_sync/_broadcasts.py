# Generated from x_chat/_async/_broadcasts.py by extensions/generate_sync.py: do not edit.
"""Live broadcasts' chat: reading it, posting to it, and moderating it (``/2/broadcasts/{id}/chat``).
Broadcast chat is public: nothing here is end-to-end encrypted, and no keys are needed."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from functools import partial
from typing import TYPE_CHECKING, Unpack

from x_chat_generated.api.broadcasts import (
    delete_broadcast_chat_message,
    get_broadcast_chat,
    mute_broadcast_chat_user,
    send_broadcast_chat,
    unmute_broadcast_chat_user,
)
from x_chat_generated.models.mute_broadcast_chat_user_request import MuteBroadcastChatUserRequest
from x_chat_generated.models.send_broadcast_chat_request import SendBroadcastChatRequest
from x_chat_generated.types import UNSET

from .._arguments import MAX_BROADCAST_CHAT_LENGTH, check_limit, check_token, page_size
from .._call import RequestOptions, per_call
from .._pagination import EventWindow
from .._responses import result_of
from ..errors import InvalidArgumentError
from ..fields import BROADCAST_CHAT_EXPANSIONS, BROADCAST_CHAT_FIELDS, USER_FIELDS, FieldsArg
from ..ids import InvalidIdError, validate_broadcast_id, validate_user_id
from ..results import BroadcastChatModerated, BroadcastChatPage, BroadcastChatSent
from ..times import TimeArg, msec_of, parse_time
from ._backend import Fetch
from ._core import ClientCore

if TYPE_CHECKING:
    from x_chat_generated.models.broadcast_chat_message import BroadcastChatMessage

MAX_BROADCAST_PAGE_SIZE = 200
"""The most messages one ``GET /2/broadcasts/{id}/chat`` returns."""


def _message_id(value: object, name: str = "message_id", *, leading_zero: bool = True) -> str:
    """A broadcast chat message's ID: 1 to 19 ASCII digits (X sends it as ``id``), as a string."""
    if isinstance(value, int) and not isinstance(value, bool) and value >= 0:
        value = str(value)
    if (
        not isinstance(value, str)
        or not value.isascii()
        or not value.isdigit()
        or not 1 <= len(value) <= 19
        or (not leading_zero and value.startswith("0"))
    ):
        raise InvalidIdError(value, f"expected a broadcast chat {name} of 1 to 19 ASCII digits", kind="message")
    return value


def _user(user_id: object) -> str:
    """A user ID as these paths and bodies take it: 1 to 19 digits, no leading zero."""
    user = validate_user_id(user_id)
    if user.startswith("0"):
        raise InvalidIdError(user_id, "expected a user ID without leading zeros", kind="user")
    return user


def _until_msec(until: TimeArg | timedelta) -> str:
    """When a mute ends, as X's ``end_at_ms``: a time (aware, or UTC), or a duration from now."""
    now = datetime.now(UTC)
    if isinstance(until, timedelta):
        end = now + until
    elif isinstance(until, datetime | str):
        end = parse_time(until)
    else:
        raise InvalidArgumentError(f"until is a datetime, a date string or a timedelta, got {type(until).__name__}")
    if end <= now:
        raise InvalidArgumentError(f"until must be in the future, got {end.isoformat()}")
    return str(msec_of(end))


class Broadcasts(ClientCore):
    """Public chat on live broadcasts."""

    @per_call
    def send_broadcast_chat(
        self, broadcast_id: str, text: str, *, reply_to: str | int | None = None, **options: Unpack[RequestOptions]
    ) -> BroadcastChatSent:
        """Post a chat message to a live broadcast, as the authenticated user
        (``POST /2/broadcasts/{id}/chat``; scopes ``broadcast.write broadcast.read``).

        Broadcast chat is public: the text is sent as it is, not end-to-end encrypted, and needs no
        keys. Like every write, it is sent once: a failure after the request may have reached X
        raises instead of resending.

        Args:
            text: The message, 1 to 140 characters. Checked before any request.
            reply_to: The ID of the chat message replied to (a `BroadcastChatMessage.id`: 1 to 19
                digits), or None.
        """
        validate_broadcast_id(broadcast_id)
        if not isinstance(text, str) or not 1 <= len(text) <= MAX_BROADCAST_CHAT_LENGTH:
            shown = f"{len(text)} characters" if isinstance(text, str) else type(text).__name__
            raise InvalidArgumentError(
                f"a broadcast chat message is 1 to {MAX_BROADCAST_CHAT_LENGTH} characters, got {shown}"
            )
        target = _message_id(reply_to, "reply_to") if reply_to is not None else UNSET
        body = SendBroadcastChatRequest(text=text, reply_to=target)
        response = send_broadcast_chat.sync_detailed(broadcast_id, client=self.api, body=body)
        return result_of(response, partial(BroadcastChatSent.of, broadcast_id))

    def _broadcast_chat_fetch(
        self,
        broadcast_id: str,
        fields: FieldsArg,
        expansions: FieldsArg,
        user_fields: FieldsArg,
        size: int | None,
        size_name: str,
    ) -> Fetch[BroadcastChatPage]:
        validate_broadcast_id(broadcast_id)
        selected = BROADCAST_CHAT_FIELDS.resolve(fields)
        expand = BROADCAST_CHAT_EXPANSIONS.resolve(expansions)
        users = USER_FIELDS.resolve(user_fields)
        checked = page_size(size, size_name, MAX_BROADCAST_PAGE_SIZE)

        def fetch(token: str | None) -> BroadcastChatPage:
            response = get_broadcast_chat.sync_detailed(
                broadcast_id,
                client=self.api,
                max_results=checked if checked is not None else UNSET,
                pagination_token=token if token is not None else UNSET,
                broadcast_chat_message_fields=selected if selected is not None else UNSET,
                expansions=expand if expand is not None else UNSET,
                user_fields=users if users is not None else UNSET,
            )
            return result_of(response, partial(BroadcastChatPage.of, broadcast_id))

        return fetch

    @per_call
    def get_broadcast_chat(
        self,
        broadcast_id: str,
        *,
        fields: FieldsArg = None,
        expansions: FieldsArg = None,
        user_fields: FieldsArg = None,
        max_results: int | None = None,
        pagination_token: str | None = None,
        **options: Unpack[RequestOptions],
    ) -> BroadcastChatPage:
        """One page of a broadcast's chat, newest first (``GET /2/broadcasts/{id}/chat``; scope
        ``broadcast.read``; a broadcast you own).

        Args:
            fields: `BroadcastChatMessageField` names (``broadcast_chat_message.fields``), or "all".
            expansions: ``"author_id"`` expands each author into ``page.users``.
            user_fields: `UserField` names for the expanded users.
            max_results: Messages per page, 1 to 200 (X's default: 100).
        """
        fetch = self._broadcast_chat_fetch(broadcast_id, fields, expansions, user_fields, max_results, "max_results")
        return fetch(check_token(pagination_token))

    @per_call
    def iter_broadcast_chat_pages(
        self,
        broadcast_id: str,
        *,
        fields: FieldsArg = None,
        expansions: FieldsArg = None,
        user_fields: FieldsArg = None,
        page_size: int = MAX_BROADCAST_PAGE_SIZE,
        start_token: str | None = None,
        strict: bool = False,
        **options: Unpack[RequestOptions],
    ) -> Iterator[BroadcastChatPage]:
        """Every page of a broadcast's chat, newest first, lazily (arguments as `get_broadcast_chat`).

        Args:
            page_size: Messages per request, 1 to 200.
        """
        fetch = self._broadcast_chat_fetch(broadcast_id, fields, expansions, user_fields, page_size, "page_size")
        return self._pages(fetch, start_token, strict)

    @per_call
    def iter_broadcast_chat(
        self,
        broadcast_id: str,
        *,
        fields: FieldsArg = None,
        expansions: FieldsArg = None,
        user_fields: FieldsArg = None,
        limit: int | None = None,
        page_size: int = MAX_BROADCAST_PAGE_SIZE,
        start_token: str | None = None,
        strict: bool = False,
        **options: Unpack[RequestOptions],
    ) -> Iterator[BroadcastChatMessage]:
        """Every chat message of a broadcast, newest first, lazily, following ``next_token``.

        Args:
            page_size: Messages per request, 1 to 200.
        """
        check_limit(limit)
        pages = self.iter_broadcast_chat_pages(
            broadcast_id,
            fields=fields,
            expansions=expansions,
            user_fields=user_fields,
            page_size=page_size,
            start_token=start_token,
            strict=strict,
        )
        return self._items(pages, EventWindow(limit=limit, finished=limit == 0))

    @per_call
    def mute_broadcast_chat_user(
        self,
        broadcast_id: str,
        user_id: str | int,
        until: TimeArg | timedelta | None = None,
        message_id: str | int | None = None,
        **options: Unpack[RequestOptions],
    ) -> BroadcastChatModerated:
        """Mute a user in your running broadcast's chat, or time them out
        (``POST /2/broadcasts/{id}/chat/mutes``; scopes ``broadcast.read broadcast.write``).

        Args:
            user_id: The user to mute.
            until: When the mute ends: a datetime or date string (no timezone: UTC), or a
                `timedelta` from now (a time-out); None mutes until unmuted. Must be in the future.
            message_id: A chat message of theirs to remove at the same time, or None.
        """
        validate_broadcast_id(broadcast_id)
        user = _user(user_id)
        end = _until_msec(until) if until is not None else UNSET
        removed = _message_id(message_id, leading_zero=False) if message_id is not None else UNSET
        body = MuteBroadcastChatUserRequest(user_id=user, end_at_ms=end, message_id=removed)
        response = mute_broadcast_chat_user.sync_detailed(broadcast_id, client=self.api, body=body)
        shown = removed if isinstance(removed, str) else None
        return result_of(response, partial(BroadcastChatModerated.of, broadcast_id, user, shown))

    @per_call
    def unmute_broadcast_chat_user(
        self, broadcast_id: str, user_id: str | int, **options: Unpack[RequestOptions]
    ) -> BroadcastChatModerated:
        """Let a muted user post in your running broadcast's chat again
        (``DELETE /2/broadcasts/{id}/chat/mutes/{user_id}``).

        Args:
            user_id: The user to unmute.
        """
        validate_broadcast_id(broadcast_id)
        user = _user(user_id)
        response = unmute_broadcast_chat_user.sync_detailed(broadcast_id, user, client=self.api)
        return result_of(response, partial(BroadcastChatModerated.of, broadcast_id, user, None))

    @per_call
    def delete_broadcast_chat_message(
        self, broadcast_id: str, message_id: str | int, **options: Unpack[RequestOptions]
    ) -> BroadcastChatModerated:
        """Remove a chat message from your running broadcast
        (``DELETE /2/broadcasts/{id}/chat/{message_id}``).

        Args:
            message_id: The chat message's ID (a `BroadcastChatMessage.id`: 1 to 19 digits).
        """
        validate_broadcast_id(broadcast_id)
        target = _message_id(message_id)
        response = delete_broadcast_chat_message.sync_detailed(broadcast_id, target, client=self.api)
        return result_of(response, partial(BroadcastChatModerated.of, broadcast_id, None, target))
