"""The fake server's broadcast chat: history, posting, and the owner's moderation (mutes, removals),
as X's spec of 2026-08-22 describes them. A broadcast is made on first use, owned by the server's
default user unless `FakeXServer.add_broadcast` says otherwise."""

from __future__ import annotations

import json
import re
import threading
import time
from typing import Any

import attrs

from x_chat_generated.models.broadcast_chat_expansion import BroadcastChatExpansion
from x_chat_generated.models.broadcast_chat_message_field import BroadcastChatMessageField
from x_chat_generated.models.user_field import UserField

from .http import RecordedRequest
from .problems import ProblemError, invalid
from .store import Store
from .validation import checked_query, int_in, json_body, names_of, string

__all__ = ["BroadcastRoutes", "FakeBroadcast"]

BROADCAST_ID = re.compile(r"[a-zA-Z0-9]{1,13}", re.ASCII)
USER_ID = re.compile(r"[1-9][0-9]{0,18}", re.ASCII)
DEFAULT_FIELDS = frozenset({"id", "text"})

Answer = tuple[int, bytes, str]


@attrs.define
class FakeBroadcast:
    """A live broadcast's chat: messages oldest first, and who is muted (until epoch ms, or None)."""

    broadcast_id: str
    owner_id: str
    messages: list[dict[str, str]] = attrs.field(factory=list)
    muted: dict[str, int | None] = attrs.field(factory=dict)
    removed: set[str] = attrs.field(factory=set)
    """The IDs of messages removed: removing one again succeeds (a DELETE is idempotent)."""

    def is_muted(self, user_id: str, now_ms: int) -> bool:
        """Whether ``user_id`` may not post at ``now_ms``.

        Args:
            user_id: The user.
            now_ms: The time, in epoch milliseconds.
        """
        if user_id not in self.muted:
            return False
        until = self.muted[user_id]
        return until is None or now_ms < until


class BroadcastRoutes:
    """The handlers of ``/2/broadcasts/{id}/chat...``; mixed into the fake server's routes."""

    store: Store
    _broadcast_lock = threading.Lock()
    _last_ns = 0

    def _user(self, request: RecordedRequest) -> str:
        raise NotImplementedError

    def _broadcast(self, broadcast_id: str, *, create: bool = False) -> FakeBroadcast:
        if not BROADCAST_ID.fullmatch(broadcast_id):
            raise invalid("id", broadcast_id, f"The `id` path parameter value [{broadcast_id}] is not valid")
        broadcasts = self.store.broadcasts
        found = broadcasts.get(broadcast_id)
        if found is None and create:
            found = broadcasts[broadcast_id] = FakeBroadcast(broadcast_id, self.store.user_id)
        if found is None:
            raise ProblemError(404, f"Could not find broadcast with id: [{broadcast_id}].", resource_type="broadcast")
        return found

    def _owned(self, request: RecordedRequest, broadcast_id: str) -> tuple[str, FakeBroadcast]:
        user = self._user(request)
        broadcast = self._broadcast(broadcast_id)
        if broadcast.owner_id != user:
            raise ProblemError(403, f"user {user} does not own broadcast {broadcast_id}")
        return user, broadcast

    @classmethod
    def _timestamp_ns(cls) -> str:
        with cls._broadcast_lock:
            cls._last_ns = max(time.time_ns(), cls._last_ns + 1)
            return str(cls._last_ns)

    def _broadcast_chat(self, request: RecordedRequest, broadcast_id: str) -> Answer:
        """Post: the message's ID is the timestamp X answers with (what ``reply_to`` takes)."""
        user = self._user(request)
        body = json_body(request, schema="SendBroadcastChatRequest")
        with self.store.lock:
            broadcast = self._broadcast(broadcast_id, create=True)
            if broadcast.is_muted(user, int(time.time() * 1000)):
                raise ProblemError(403, f"user {user} is muted in the chat of broadcast {broadcast_id}")
            reply_to = body.get("reply_to")
            if reply_to is not None and not any(m["id"] == reply_to for m in broadcast.messages):
                raise invalid("reply_to", reply_to, f"no chat message [{reply_to}] in broadcast {broadcast_id}")
            stamp = self._timestamp_ns()
            message = {
                "id": stamp,
                "text": body["text"],
                "author_id": user,
                "author_name": f"User {user}",
                "author_username": f"user{user}",
                "broadcast_id": broadcast_id,
                "created_at_ms": str(int(stamp) // 1_000_000),
            }
            if reply_to is not None:
                message["reply_to"] = reply_to
            broadcast.messages.append(message)
        data = {"success": True, "timestamp": stamp}
        return 200, json.dumps({"data": data}).encode(), "application/json"

    def _get_broadcast_chat(self, request: RecordedRequest, broadcast_id: str) -> Answer:
        _, broadcast = self._owned(request, broadcast_id)
        query = checked_query(
            request,
            {
                "max_results": int_in(1, 200),
                "pagination_token": string,
                "broadcast_chat_message.fields": names_of(BroadcastChatMessageField),
                "expansions": names_of(BroadcastChatExpansion),
                "user.fields": names_of(UserField),
            },
        )
        size = query.get("max_results", 100)
        token = query.get("pagination_token", "0")
        if not re.fullmatch(r"[0-9]{1,18}", token):
            raise invalid("pagination_token", token, "The `pagination_token` query parameter value is not valid")
        offset = int(token)
        expand = "author_id" in query.get("expansions", ())
        wanted = (
            DEFAULT_FIELDS | set(query.get("broadcast_chat_message.fields", ())) | ({"author_id"} if expand else set())
        )
        with self.store.lock:
            newest_first = broadcast.messages[::-1]
        chunk = newest_first[offset : offset + size]
        body: dict[str, Any] = {}
        if chunk:
            body["data"] = [{k: v for k, v in m.items() if k in wanted} for m in chunk]
        if expand:  # as X does: the expanded ID is in each message, the users in `includes`
            user_keys = {"id", "name", "username"} | set(query.get("user.fields", ()))
            authors = dict.fromkeys(m["author_id"] for m in chunk)
            users = [{"id": a, "name": f"User {a}", "username": f"user{a}"} for a in authors]
            body["includes"] = {"users": [{k: v for k, v in u.items() if k in user_keys} for u in users]}
        meta: dict[str, Any] = {"result_count": len(chunk)}
        if offset + len(chunk) < len(newest_first):
            meta["next_token"] = str(offset + len(chunk))
        body["meta"] = meta
        return 200, json.dumps(body).encode(), "application/json"

    def _mute_broadcast_chat_user(self, request: RecordedRequest, broadcast_id: str) -> Answer:
        _, broadcast = self._owned(request, broadcast_id)
        body = json_body(request, schema="MuteBroadcastChatUserRequest")
        with self.store.lock:
            end = body.get("end_at_ms")
            broadcast.muted[body["user_id"]] = int(end) if end is not None else None
            removed = body.get("message_id")
            if removed is not None:
                broadcast.messages[:] = [m for m in broadcast.messages if m["id"] != removed]
                broadcast.removed.add(removed)
        return 200, b'{"data":{"muted":true}}', "application/json"

    def _unmute_broadcast_chat_user(self, request: RecordedRequest, broadcast_id: str, user_id: str) -> Answer:
        _, broadcast = self._owned(request, broadcast_id)
        if not USER_ID.fullmatch(user_id):
            raise invalid("user_id", user_id, f"The `user_id` path parameter value [{user_id}] is not valid")
        with self.store.lock:
            broadcast.muted.pop(user_id, None)
        return 200, b'{"data":{"muted":false}}', "application/json"

    def _delete_broadcast_chat_message(self, request: RecordedRequest, broadcast_id: str, message_id: str) -> Answer:
        _, broadcast = self._owned(request, broadcast_id)
        if not re.fullmatch(r"[0-9]{1,19}", message_id, re.ASCII):
            raise invalid(
                "message_id", message_id, f"The `message_id` path parameter value [{message_id}] is not valid"
            )
        with self.store.lock:
            before = len(broadcast.messages)
            broadcast.messages[:] = [m for m in broadcast.messages if m["id"] != message_id]
            if len(broadcast.messages) == before and message_id not in broadcast.removed:
                raise ProblemError(404, f"Could not find chat message with id: [{message_id}].")
            broadcast.removed.add(message_id)
        return 200, b'{"data":{"deleted":true}}', "application/json"
