"""The fake server's routes: one handler per operation of the spec, on the store."""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
import re
import secrets
import time
from collections.abc import Callable, Iterable, Mapping
from typing import Any
from urllib.parse import unquote

from x_chat_generated.models.chat_conversation_expansion import ChatConversationExpansion
from x_chat_generated.models.chat_conversation_field import ChatConversationField
from x_chat_generated.models.chat_message_event_field import ChatMessageEventField
from x_chat_generated.models.public_key_field import PublicKeyField
from x_chat_generated.models.user_field import UserField

from ..._thrift import create_event_detail, signature_struct
from .activity import ActivityHub, ActivityRoutes
from .broadcasts import BroadcastRoutes
from .http import RecordedRequest
from .problems import ProblemError, invalid, problem
from .signatures import check_delete_action
from .store import CONVERSATION_ID, USER_ID, FakeConversation, Store, rfc3339
from .validation import (
    Check,
    checked_query,
    int_in,
    json_body,
    json_int_from,
    json_str,
    multipart_append,
    names_of,
    string,
)

__all__ = ["Routes"]

# What an event carries without `chat_message_event.fields` (v2.167 requires no field; with a
# selection, exactly the selected fields are returned).
DEFAULT_FIELDS = frozenset({"id", "encoded_event"})
DEFAULT_CONVERSATION_FIELDS = frozenset({"id", "type"})

Answer = tuple[int, bytes, str]


class Routes(BroadcastRoutes, ActivityRoutes):
    """Answers a request from the store: ``route(request)`` -> (status, body, content type)."""

    def __init__(self, store: Store, activity: ActivityHub) -> None:
        self.store = store
        self.activity = activity

    def _user(self, request: RecordedRequest) -> str:
        return self.store.user_of(request.headers.get("authorization", ""))

    def _routes(self) -> list[tuple[re.Pattern[str], str, Callable[..., tuple[int, bytes, str]]]]:
        return [
            (re.compile(r"/2/chat/conversations"), "GET", self._list_conversations),
            (re.compile(r"/2/chat/conversations/group"), "POST", self._create_group),
            (re.compile(r"/2/chat/conversations/group/initialize"), "POST", self._initialize_group),
            (re.compile(r"/2/chat/conversations/(?!group$)([^/]*)"), "GET", self._get_conversation),
            (re.compile(r"/2/chat/conversations/([^/]*)/events"), "GET", self._get_events),
            (re.compile(r"/2/chat/conversations/([^/]*)/keys"), "POST", self._add_keys),
            (re.compile(r"/2/chat/conversations/([^/]*)/members"), "POST", self._add_members),
            (re.compile(r"/2/chat/conversations/([^/]*)/messages"), "POST", self._send_message),
            (re.compile(r"/2/chat/conversations/([^/]*)/messages/delete"), "POST", self._delete_messages),
            (re.compile(r"/2/chat/conversations/([^/]*)/read"), "POST", self._mark_read),
            (re.compile(r"/2/chat/conversations/([^/]*)/typing"), "POST", self._typing),
            (re.compile(r"/2/chat/media/upload/initialize"), "POST", self._media_initialize),
            (re.compile(r"/2/chat/media/upload/([^/]*)/append"), "POST", self._media_append),
            (re.compile(r"/2/chat/media/upload/([^/]*)/finalize"), "POST", self._media_finalize),
            (re.compile(r"/2/chat/media/(?!upload/)([^/]*)/([^/]*)"), "GET", self._media_download),
            (re.compile(r"/2/users/public_keys"), "GET", self._bulk_public_keys),
            (re.compile(r"/2/users/([^/]*)/public_keys"), "GET", self._public_keys),
            (re.compile(r"/2/users/([^/]*)/public_keys"), "POST", self._add_public_key),
            (re.compile(r"/2/broadcasts/([^/]*)/chat"), "GET", self._get_broadcast_chat),
            (re.compile(r"/2/broadcasts/([^/]*)/chat"), "POST", self._broadcast_chat),
            (re.compile(r"/2/broadcasts/([^/]*)/chat/mutes"), "POST", self._mute_broadcast_chat_user),
            (re.compile(r"/2/broadcasts/([^/]*)/chat/mutes/([^/]*)"), "DELETE", self._unmute_broadcast_chat_user),
            (
                re.compile(r"/2/broadcasts/([^/]*)/chat/(?!mutes$)([^/]*)"),
                "DELETE",
                self._delete_broadcast_chat_message,
            ),
            (re.compile(r"/2/activity/stream"), "GET", self._activity_stream),
            (re.compile(r"/2/activity/subscriptions"), "GET", self._list_subscriptions),
            (re.compile(r"/2/activity/subscriptions"), "POST", self._create_subscription),
            (re.compile(r"/2/activity/subscriptions/([^/]*)"), "PUT", self._update_subscription),
            (re.compile(r"/2/activity/subscriptions/([^/]*)"), "DELETE", self._delete_subscription),
            (re.compile(r"/2/webhooks"), "GET", self._list_webhooks),
            (re.compile(r"/2/webhooks"), "POST", self._create_webhook),
            (re.compile(r"/2/webhooks/replay"), "POST", self._replay),
            (re.compile(r"/2/webhooks/(?!replay$)([^/]*)"), "PUT", self._validate_webhook),
            (re.compile(r"/2/webhooks/(?!replay$)([^/]*)"), "DELETE", self._delete_webhook),
        ]

    def endpoint_of(self, request: RecordedRequest) -> str:
        """The endpoint a request is counted against for rate limits, e.g.
        ``GET /2/chat/conversations/{id}/events`` (the raw path when no route takes it)."""
        for pattern, method, _ in self._routes():
            if method == request.method and pattern.fullmatch(request.path):
                template = re.sub(r"\(\?![^)]*\)", "", pattern.pattern)
                return f"{method} {template.replace('([^/]*)', '{id}')}"
        return f"{request.method} {request.path}"

    def route(self, request: RecordedRequest) -> Answer:
        allowed = []
        for pattern, method, handler in self._routes():
            match = pattern.fullmatch(request.path)
            if match is None:
                continue
            if request.method != method:
                allowed.append(method)
                continue
            return handler(request, *(unquote(group) for group in match.groups()))
        if allowed:
            raise ProblemError(405, f"{request.method} is not allowed here", headers={"allow": ", ".join(allowed)})
        raise ProblemError(404, f"no route for {request.method} {request.path}")

    def _get_events(self, request: RecordedRequest, conversation_id: str) -> Answer:
        user = self._user(request)
        conversation = self.store.conversation(conversation_id, user)
        query = checked_query(
            request,
            {
                "max_results": int_in(1, 100),
                "pagination_token": string,
                "chat_message_event.fields": names_of(ChatMessageEventField),
            },
        )
        max_results = query.get("max_results", 10)
        keys = set(query.get("chat_message_event.fields", DEFAULT_FIELDS))
        with self.store.lock:
            newest_first = conversation.visible_to(user)[::-1]
        offset = 0
        if "pagination_token" in query:
            offset = self._decode_token(conversation, query["pagination_token"])
        chunk = newest_first[offset : offset + max_results]
        data = [conversation.served(event, keys) for event in chunk]
        meta: dict[str, Any] = {"result_count": len(data)}
        next_offset = offset + len(chunk)
        has_more = next_offset < len(newest_first)
        meta["has_more"] = has_more
        if has_more:
            # A misbehaving server repeats the second page's token forever.
            next_token_offset = max_results if conversation.repeat_next_token else next_offset
            meta["next_token"] = self._encode_token(conversation, next_token_offset)
        if conversation.missing_key_change_events:
            meta["conversation_key_events"] = list(conversation.missing_key_change_events)
        body: dict[str, Any] = {}
        if data:
            body["data"] = data
        if conversation.page_errors:
            body["errors"] = list(conversation.page_errors)
        body["meta"] = meta
        return 200, json.dumps(body, separators=(",", ":")).encode(), "application/json"

    @staticmethod
    def _encode_token(conversation: FakeConversation, offset: int) -> str:
        raw = f"{conversation.conversation_id}:{offset}".encode()
        return base64.b32encode(raw).decode().rstrip("=").lower()

    def _decode_token(self, conversation: FakeConversation, token: str) -> int:
        try:
            padded = token.upper() + "=" * (-len(token) % 8)
            cid, _, offset = base64.b32decode(padded).decode().rpartition(":")
            if cid == conversation.conversation_id and offset.isdigit():
                return int(offset)
        except (binascii.Error, UnicodeDecodeError, ValueError):
            pass
        raise invalid("pagination_token", token, f"The `pagination_token` query parameter value [{token}] is not valid")

    def _list_conversations(self, request: RecordedRequest) -> Answer:
        query = checked_query(
            request,
            {
                "max_results": int_in(1, 100),
                "pagination_token": string,
                "chat_conversation.fields": names_of(ChatConversationField),
                "expansions": names_of(ChatConversationExpansion),
                "user.fields": names_of(UserField),
            },
        )
        conversations = list(self.store.conversations.values())
        offset = 0
        if "pagination_token" in query:
            token = query["pagination_token"]
            if not token.isascii() or not token.isdigit():
                raise invalid("pagination_token", token, "is not valid")
            offset = int(token)
        chunk = conversations[offset : offset + query.get("max_results", 10)]
        data = [self._metadata(c, query) for c in chunk]
        meta: dict[str, Any] = {"result_count": len(data), "has_more": offset + len(chunk) < len(conversations)}
        if offset + len(chunk) < len(conversations):
            meta["next_token"] = str(offset + len(chunk))
        body: dict[str, Any] = {"meta": meta}
        if data:
            body["data"] = data
        users = self._expanded_users(chunk, query)
        if users:
            body["includes"] = {"users": users}
        return 200, json.dumps(body).encode(), "application/json"

    _CONVERSATION_QUERY: Mapping[str, Check] = {
        "chat_conversation.fields": names_of(ChatConversationField),
        "expansions": names_of(ChatConversationExpansion),
        "user.fields": names_of(UserField),
    }

    def _get_conversation(self, request: RecordedRequest, conversation_id: str) -> Answer:
        conversation = self.store.conversation(conversation_id)
        query = checked_query(request, self._CONVERSATION_QUERY)
        body: dict[str, Any] = {"data": self._metadata(conversation, query)}
        users = self._expanded_users([conversation], query)
        if users:
            body["includes"] = {"users": users}
        return 200, json.dumps(body).encode(), "application/json"

    def _metadata(self, conversation: FakeConversation, query: Mapping[str, Any]) -> dict[str, Any]:
        """v2.167's ChatConversation: the selected fields (X's defaults: id, type) and, per expansion, the IDs."""
        group = conversation.conversation_id.startswith("g")
        first = int(conversation.events[0]["created_at_msec"]) if conversation.events else 1_735_689_600_000
        last = int(conversation.events[-1]["created_at_msec"]) if conversation.events else first
        full: dict[str, Any] = {
            "id": conversation.conversation_id,
            "type": "group" if group else "direct",
            "created_at": rfc3339(first),
            "updated_at": rfc3339(last),
            "is_muted": False,
            "message_ttl_ms": 0,
            "screen_capture_blocking_enabled": False,
            "screen_capture_detection_enabled": False,
        }
        if group:
            full["group_name"] = f"Group {conversation.conversation_id[1:7]}"
            full["group_avatar_url"] = f"https://example.invalid/avatars/{conversation.conversation_id}.png"
        wanted = set(query.get("chat_conversation.fields", DEFAULT_CONVERSATION_FIELDS))
        data = {k: v for k, v in full.items() if k in wanted}
        for expansion in query.get("expansions", []):
            ids = list(conversation.participant_ids)
            data[expansion] = ids[:1] if expansion == "admin_ids" and group else ids
        return data

    @staticmethod
    def _expanded_users(conversations: Iterable[FakeConversation], query: Mapping[str, Any]) -> list[dict[str, Any]]:
        if not query.get("expansions"):
            return []
        wanted = set(query.get("user.fields", [])) | {"id", "name", "username"}
        users: dict[str, dict[str, Any]] = {}
        for conversation in conversations:
            for user_id in conversation.participant_ids:
                full = {
                    "id": user_id,
                    "name": f"User {user_id[-4:]}",
                    "username": f"user{user_id[-6:]}",
                    "created_at": "2020-01-01T00:00:00.000Z",
                    "protected": False,
                    "verified": False,
                }
                users[user_id] = {k: v for k, v in full.items() if k in wanted}
        return list(users.values())

    def _send_message(self, request: RecordedRequest, conversation_id: str) -> Answer:
        """Store the client's encrypted, signed event as the MessageEvent X builds around it (the
        sender is the authenticated user) and answer with it. A repeated ``message_id`` is stored
        again, as a naive server would: a client that resends is caught, not forgiven."""
        user = self._user(request)
        conversation = self.store.conversation(conversation_id, user)
        body = json_body(request, schema="SendChatMessageRequest")
        try:
            detail = create_event_detail(body["encoded_message_create_event"])
            signature = base64.b64decode(body.get("encoded_message_event_signature", ""), validate=True) or b"\x00"
        except (ValueError, binascii.Error):
            raise ProblemError(400, "`encoded_message_create_event` or its signature is not base64") from None
        with self.store.lock:
            event = conversation.store_message_event(
                sender_id=user, message_id=body["message_id"], detail=detail, signature=signature
            )
            key_changes = list(conversation.missing_key_change_events)
        participants = conversation.participant_ids or (user,)
        self.activity.message_sent(
            conversation.conversation_id, participants, event, key_changes[-1] if key_changes else None
        )
        return 201, json.dumps({"data": {"encoded_message_event": event["encoded_event"]}}).encode(), "application/json"

    def _mark_read(self, request: RecordedRequest, conversation_id: str) -> Answer:
        user = self._user(request)
        conversation = self.store.conversation(conversation_id, user)
        body = json_body(request, {"seen_until_sequence_id": (json_str, True)})
        with self.store.lock:
            conversation.read_until[user] = body["seen_until_sequence_id"]
        return 200, b'{"data":{"success":true}}', "application/json"

    def _typing(self, request: RecordedRequest, conversation_id: str) -> Answer:
        user = self._user(request)
        conversation = self.store.conversation(conversation_id, user)
        with self.store.lock:
            conversation.typing.append(user)
        return 200, b'{"data":{"success":true}}', "application/json"

    def _media_initialize(self, request: RecordedRequest) -> Answer:
        body = json_body(
            request,
            {"conversation_id": (json_str, True), "total_bytes": (json_int_from(0), True)},
            schema="ChatMediaUploadInitializeRequest",
        )
        session = str(len(self.store.uploads) + 735401)
        key = f"k{hashlib.sha256(session.encode()).hexdigest()[:12]}"
        conversation_id = body.get("conversation_id", "")
        self.store.uploads[session] = {"conversation_id": conversation_id, "key": key, "parts": {}}
        data = {"session_id": session, "media_hash_key": key, "conversation_id": conversation_id}
        return 200, json.dumps({"data": data}).encode(), "application/json"

    def _upload(self, session: str) -> dict[str, Any]:
        if session not in self.store.uploads:
            raise ProblemError(404, f"no upload session {session!r}")
        return self.store.uploads[session]

    def _media_append(self, request: RecordedRequest, session: str) -> Answer:
        index, chunk = multipart_append(request)
        self._upload(session)["parts"][index] = chunk
        return 200, json.dumps({"data": {"expires_at": int(time.time()) + 86400}}).encode(), "application/json"

    def _media_finalize(self, request: RecordedRequest, session: str) -> Answer:
        json_body(request, schema="ChatMediaUploadFinalizeRequest")
        upload = self._upload(session)
        self.store.media[(upload["conversation_id"], upload["key"])] = b"".join(
            upload["parts"][i] for i in sorted(upload["parts"])
        )
        return 200, b'{"data":{"success":true}}', "application/json"

    def _bulk_public_keys(self, request: RecordedRequest) -> Answer:
        query = checked_query(request, {"ids": string, "public_key.fields": names_of(PublicKeyField)})
        if "ids" not in query:
            raise invalid("ids", "", "The `ids` query parameter is required")
        ids = query["ids"].split(",")
        if not 1 <= len(ids) <= 100 or not all(USER_ID.fullmatch(i) for i in ids):
            raise invalid("ids", query["ids"], "The `ids` query parameter takes 1 to 100 user IDs")
        wanted = set(query.get("public_key.fields", ["public_key", "signing_public_key"]))
        data = [
            {k: v for k, v in key.items() if k in wanted}
            for user_id in ids
            for key in self.store.public_keys.get(user_id, [])
        ]
        body: dict[str, Any] = {"data": data} if data else {}
        missing = [i for i in ids if not self.store.public_keys.get(i)]
        if missing:
            body["errors"] = [
                problem(404, f"Could not find public keys of user: [{i}].", resource_type="user", resource_id=i)
                for i in missing
            ]
        return 200, json.dumps(body).encode(), "application/json"

    def _add_public_key(self, request: RecordedRequest, user_id: str) -> Answer:
        if not USER_ID.fullmatch(user_id):
            raise invalid("id", user_id, f"The `id` path parameter value [{user_id}] is not valid")
        body = json_body(request, schema="AddUserPublicKeyRequest")
        key = {**body["public_key"], "public_key_version": body["version"]}
        self.store.public_keys.setdefault(user_id, []).append(key)
        return 200, json.dumps({"data": {"public_key_version": body["version"]}}).encode(), "application/json"

    def _create_group(self, request: RecordedRequest) -> Answer:
        """A group with its creator and members; the signed actions become its first key-change events."""
        user = self._user(request)
        body = json_body(request, schema="CreateChatConversationRequest")
        cid = body["conversation_id"]
        data: dict[str, Any] = {"conversation_id": cid}
        if CONVERSATION_ID.fullmatch(cid) and cid.startswith("g") and cid not in self.store.conversations:
            members = [m for m in body["group_members"] if isinstance(m, str)]
            conversation = self.store.add_conversation(cid, participant_ids=list(dict.fromkeys([user, *members])))
            sequence_id = self._store_actions(conversation, user, body.get("action_signatures", []))
            if sequence_id is not None:
                data["conversation_key_change_sequence_id"] = sequence_id
        return 201, json.dumps({"data": data}).encode(), "application/json"

    def _store_actions(
        self, conversation: FakeConversation, user: str, actions: list[Any], *, key_change: bool = True
    ) -> str | None:
        """Each signed action (a key change, a group change, a delete) as a stored event; a key or
        group change is listed in every page's meta too."""
        sequence_id = None
        for signed in actions:
            signature = signed["message_event_signature"]
            try:
                detail = base64.b64decode(signed["encoded_message_event_detail"], validate=True)
            except (ValueError, binascii.Error):
                raise ProblemError(400, "`encoded_message_event_detail` is not base64") from None
            with self.store.lock:
                event = conversation.store_message_event(
                    sender_id=user,
                    message_id=signed["message_id"],
                    detail=detail,
                    signature=signature_struct(
                        signature["signature"], signature["public_key_version"], signature["signature_version"]
                    ),
                )
                if key_change:
                    conversation.missing_key_change_events.append(event["encoded_event"])
            sequence_id = event["sequence_id"]
        return sequence_id

    def _delete_messages(self, request: RecordedRequest, conversation_id: str) -> Answer:
        """As X documents it: delete for all removes your own messages for every participant, delete
        for self removes any message from your view only. The signed delete event is stored (for
        all: seen by everyone; for self: by you alone), after its signature checks out."""
        user = self._user(request)
        conversation = self.store.conversation(conversation_id, user)
        body = json_body(request, schema="DeleteChatMessagesRequest")
        sequence_ids, actions = body["sequence_ids"], body["action_signatures"]
        for_all = body["delete_message_action"] == "delete_for_all"
        if len(actions) != 1:
            raise ProblemError(400, f"a delete is signed by one action signature, not {len(actions)}")
        if user not in conversation.participant_ids:
            raise ProblemError(403, f"user {user} is not a participant of {conversation.conversation_id}")
        check_delete_action(
            self.store.public_keys.get(user, []),
            user_id=user,
            conversation_id=conversation.conversation_id,
            signed=actions[0],
            sequence_ids=sequence_ids,
            for_all=for_all,
        )
        with self.store.lock:
            by_sequence = {e["sequence_id"]: e for e in conversation.visible_to(user)}
            missing = [s for s in sequence_ids if s not in by_sequence]
            if missing:
                raise ProblemError(404, f"no message with sequence ID {missing[0]} in {conversation.conversation_id}")
            others = [s for s in sequence_ids if by_sequence[s].get("sender_id") != user]
            if for_all and others:
                raise ProblemError(403, f"delete for all takes only your own messages, not {others[0]}")
            self._store_actions(conversation, user, actions, key_change=False)
            if for_all:
                conversation.events[:] = [e for e in conversation.events if e["sequence_id"] not in sequence_ids]
            else:
                conversation.events[-1]["only_for"] = user
                conversation.hidden.setdefault(user, set()).update(sequence_ids)
        return 200, b'{"data":{"deleted":true}}', "application/json"

    def _initialize_group(self, request: RecordedRequest) -> Answer:
        group_id = str(10**18 + len(self.store.conversations) * 7919 + secrets.randbelow(10**6))
        return 200, json.dumps({"data": {"conversation_id": f"g{group_id}"}}).encode(), "application/json"

    def _add_keys(self, request: RecordedRequest, conversation_id: str) -> Answer:
        """A key change: each signed action becomes a KeyChange event, listed in every page's meta
        from now on. The first key change of a direct conversation creates it, as on X."""
        user = self._user(request)
        body = json_body(request, schema="AddConversationKeysRequest")
        conversation = self.store.conversation(conversation_id, user, create=True)
        data: dict[str, Any] = {"conversation_id": conversation.conversation_id}
        sequence_id = self._store_actions(conversation, user, body.get("action_signatures", []))
        if sequence_id is not None:
            data["sequence_id"] = sequence_id
        return 200, json.dumps({"data": data}).encode(), "application/json"

    def _add_members(self, request: RecordedRequest, conversation_id: str) -> Answer:
        user = self._user(request)
        conversation = self.store.conversation(conversation_id, user)
        body = json_body(request, schema="AddChatGroupMembersRequest")
        with self.store.lock:
            added = [m for m in body["user_ids"] if m not in conversation.participant_ids]
            conversation.participant_ids = (*conversation.participant_ids, *added)
        self._store_actions(conversation, user, body.get("action_signatures", []))
        return 200, b'{"data":{}}', "application/json"

    def _public_keys(self, request: RecordedRequest, user_id: str) -> Answer:
        if not re.fullmatch(r"[0-9]{1,19}", user_id, re.ASCII):
            raise invalid("id", user_id, f"The `id` path parameter value [{user_id}] is not valid")
        query = checked_query(request, {"public_key.fields": names_of(PublicKeyField)})
        keys = self.store.public_keys.get(user_id)
        if not keys:
            raise ProblemError(
                404, f"Could not find public keys of user: [{user_id}].", resource_type="user", resource_id=user_id
            )
        wanted = set(query.get("public_key.fields", ["public_key", "signing_public_key"]))
        data = [{k: v for k, v in key.items() if k in wanted} for key in keys]
        return 200, json.dumps({"data": data}).encode(), "application/json"

    def _media_download(self, request: RecordedRequest, conversation_id: str, key: str) -> Answer:
        if not re.fullmatch(r"[a-zA-Z0-9]{1,50}", key, re.ASCII):
            raise invalid("media_hash_key", key, f"The `media_hash_key` path parameter value [{key}] is not valid")
        blob = self.store.media.get((conversation_id, key))
        if blob is None:
            raise ProblemError(404, f"no media {key!r} in {conversation_id!r}")
        return 200, blob, "application/octet-stream"
