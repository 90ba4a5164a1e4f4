# Generated from x_chat/_async/_realtime.py by extensions/generate_sync.py: do not edit.
"""Receiving chat as it happens: the X Activity API's stream (``GET /2/activity/stream``), polling
as the fallback for accounts without stream access, and `listen`, which picks one. Deliveries are
typed (`x_chat.activity.ChatActivity`), deduplicated and, with keys, decrypted and verified."""

from __future__ import annotations

import logging
import warnings
import weakref
from collections.abc import Iterator
from datetime import UTC, datetime
from typing import Any, Literal, Self, Unpack

import httpx

from x_chat_generated.api.activity import activity_stream
from x_chat_generated.models.chat_message_event import ChatMessageEvent
from x_chat_generated.models.chat_message_events_meta import ChatMessageEventsMeta
from x_chat_generated.models.get_chat_conversation_events_response import GetChatConversationEventsResponse

from .._arguments import check_keys
from .._call import RequestOptions, per_call
from .._stream import (
    DecryptSession,
    LineSplitter,
    RealtimeFallbackWarning,
    StreamLineTooLong,
    StreamState,
    StreamStats,
    check_seconds,
    conversation_runs,
    polled_activity,
    stream_state,
    with_key_changes,
)
from ..activity import ChatActivity
from ..errors import (
    APIConnectionError,
    APIStatusError,
    AuthenticationError,
    InvalidArgumentError,
    MalformedResponseError,
    PaymentRequiredError,
    PermissionDeniedError,
    RateBudgetSpentError,
    RateLimitError,
)
from ..ids import ConversationId, InvalidIdError
from ..results import EventsPage
from ..times import TimeArg, parse_time
from ._backend import sleep
from ._messages import Messages

logger = logging.getLogger("x_chat")

Via = Literal["auto", "stream", "poll"]
RETRIED_CLIENT_ERRORS = frozenset({408, 409, 420, 429})
"""4xx answers the stream reconnects after (the others are the caller's to fix)."""


class ActivityStream:
    """The activity stream, as an iterator of `ChatActivity` that reconnects by itself: deliveries
    in order, each once (by ``event_uuid``, across reconnects). ``stats`` counts connects, duplicates
    skipped, stalls and gaps. Close it (``close()``), or use it as a context manager, to hang up.

    It ends only with an error that waiting does not heal: `AuthenticationError` (401),
    `PaymentRequiredError` (402, no credits), `PermissionDeniedError` (403, no stream access) or
    another 4xx, raised at once.

    Args:
        activities: The deliveries (`stream_chat_activity` makes this object; you do not).
        state: The stream's bookkeeping, read by ``stats``.
    """

    def __init__(self, activities: Iterator[ChatActivity], state: StreamState) -> None:
        self._activities = activities
        self._state = state

    @property
    def stats(self) -> StreamStats:
        """What the stream did so far."""
        return self._state.stats

    def __iter__(self) -> Self:
        return self

    def __next__(self) -> ChatActivity:
        return self._activities.__next__()

    def close(self) -> None:
        """Hang up (the connection is closed; iterating again ends at once)."""
        self._activities.close()  # type: ignore[attr-defined]

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()


class Realtime(Messages):
    """Chat as it arrives: the activity stream, polling, and decrypted messages from either."""

    # --- the stream -------------------------------------------------------------------------------

    def stream_chat_activity(
        self,
        *,
        backfill_minutes: int | None = None,
        start_time: TimeArg | None = None,
        end_time: TimeArg | None = None,
        stall_timeout: float = 20.0,
        backoff: float = 1.0,
    ) -> ActivityStream:
        """The X Activity API's stream of your app's subscriptions (``GET /2/activity/stream``; an
        app Bearer token), typed, deduplicated, reconnecting by itself with X's backoff rules. After
        a disconnect it asks for enough backfill to cover it (X keeps 5 minutes: a longer gap warns
        `ActivityGapWarning` and counts in ``stats.gaps``). Arguments are checked now.

        Args:
            start_time: The first connection's start instead of ``backfill_minutes`` (a datetime
                or date string).
            end_time: Stop at this time (the stream ends once X closes it past ``end_time``).
        """
        state = stream_state(backfill_minutes, start_time, end_time, backoff)
        stall = check_seconds(stall_timeout, "stall_timeout")
        return ActivityStream(self._activity(state, stall), state)

    def _activity(self, state: StreamState, stall: float) -> Iterator[ChatActivity]:
        chunks = self._activity_chunks(state, stall)
        try:
            for chunk in chunks:
                for activity in chunk:
                    yield activity
        finally:
            chunks.close()  # type: ignore[attr-defined]

    def _activity_chunks(self, state: StreamState, stall: float) -> Iterator[list[ChatActivity]]:
        """The stream's deliveries, in order, as they arrive together (the complete lines of one read)."""
        base = self.settings.timeout
        timeout = httpx.Timeout(connect=base.connect, read=stall, write=base.write, pool=base.pool)
        while True:
            wait = state.connect_wait()
            if wait > 0:
                logger.warning("activity stream: X allows 450 connects per 15 minutes; waiting %.0f s", wait)
                sleep(wait)
            params = state.connect_params()
            request = activity_stream._get_kwargs(**params)
            try:
                with self.api.opened(request, operation="activity_stream", timeout=timeout) as response:
                    state.connected()
                    splitter = LineSplitter()
                    for chunk in response.iter_bytes():
                        state.alive()
                        arrived = [a for line in splitter.feed(chunk) if (a := state.accept(line)) is not None]
                        if arrived:
                            yield arrived
                    last = state.accept(splitter.rest()) if splitter.rest_pending() else None
                    if last is not None:
                        yield [last]
                if state.end_time is not None and datetime.now(UTC) >= state.end_time:
                    return
                delay, why = state.network_delay(), "X closed the stream"
            except (AuthenticationError, PaymentRequiredError, PermissionDeniedError):
                raise
            except RateLimitError as error:
                delay, why = state.rate_limit_delay(error), "429"
            except RateBudgetSpentError as error:
                delay, why = error.wait, "the rate budget"
            except APIStatusError as error:
                if 400 <= error.status_code < 500 and error.status_code not in RETRIED_CLIENT_ERRORS:
                    raise
                delay, why = state.http_delay(), f"HTTP {error.status_code}"
            except MalformedResponseError as error:
                delay, why = state.http_delay(), str(error)
            except httpx.TimeoutException:
                delay, why = state.network_delay(stalled=True), f"{stall:g} s of silence"
            except (APIConnectionError, httpx.TransportError, StreamLineTooLong) as error:
                delay, why = state.network_delay(), f"{type(error).__name__}: {error}"
            logger.info("activity stream: reconnecting in %.2f s after %s", delay, why)
            sleep(delay)

    def stream_chat_messages(
        self,
        *,
        keys: Any,
        include_unverified: bool = False,
        backfill_minutes: int | None = None,
        stall_timeout: float = 20.0,
        backoff: float = 1.0,
    ) -> Iterator[Any]:
        """The messages the activity stream delivers (``chat.received`` and ``chat.sent``),
        decrypted and verified under the rules of ``docs/security.md`` (signature, signer and
        conversation checked against keys the client verified itself), each once by its signed
        message ID. Events that cannot be read warn with `DecryptionWarning` and are skipped.
        Arguments as `stream_chat_activity`.

        """
        check_keys(keys)
        state = stream_state(backfill_minutes, None, None, backoff)
        stall = check_seconds(stall_timeout, "stall_timeout")
        return self._decrypting(self._activity_chunks(state, stall), keys, include_unverified, DecryptSession())

    @per_call
    def decrypt_activity(
        self, activity: ChatActivity, *, keys: Any, include_unverified: bool = False, **options: Unpack[RequestOptions]
    ) -> list[Any]:
        """The verified messages of one delivery (a webhook's, say): decrypted, its signature,
        signer and conversation checked as `iter_messages` does; empty for an activity that carries
        no message, or for one whose signed message this client already returned with these keys (a
        message delivered twice, under two ``event_uuid``s, is returned once). Senders' public keys
        are looked up (and verified) as needed; a conversation's key is extracted once.

        Args:
            activity: A `ChatActivity`, e.g. from `x_chat.webhooks.WebhookApp`'s ``on_event``.
            keys: Your `ChatKeys`.
            include_unverified: Also return messages whose signature could not be checked.
        """
        check_keys(keys)
        if not isinstance(activity, ChatActivity):
            raise InvalidArgumentError(f"activity is a ChatActivity, got {type(activity).__name__}")
        sessions = self.__dict__.setdefault("_decrypt_sessions", weakref.WeakKeyDictionary())
        session = sessions.setdefault(keys, DecryptSession())
        return self._decrypt_activity(activity, keys, include_unverified, session)

    def _decrypting(
        self,
        chunks: Iterator[list[ChatActivity]],
        keys: Any,
        include_unverified: bool,
        session: DecryptSession,
    ) -> Iterator[Any]:
        """The messages of deliveries that arrive together are decrypted together: a run of one
        conversation's is one page (one review, one lookup of senders), in order."""
        try:
            for chunk in chunks:
                for run in conversation_runs(chunk):
                    for message in self._decrypt_activities(run, keys, include_unverified, session):
                        yield message
        finally:
            chunks.close()  # type: ignore[attr-defined]

    def _decrypt_activity(
        self, activity: ChatActivity, keys: Any, include_unverified: bool, session: DecryptSession
    ) -> list[Any]:
        return self._decrypt_activities([activity], keys, include_unverified, session)

    def _decrypt_activities(
        self, run: list[ChatActivity], keys: Any, include_unverified: bool, session: DecryptSession
    ) -> list[Any]:
        """The verified messages of deliveries of one conversation (none for other event types).
        The key changes they carry are offered with them, once per session (the keys they give,
        once accepted, decrypt the next deliveries); a conversation whose key is not known yet has
        its key changes read from X (one page's meta), as reading its history would."""
        run = [a for a in run if a.is_message and a.encoded_event is not None and a.conversation_id is not None]
        if not run:
            return []
        try:
            cid = ConversationId.parse(run[0].conversation_id or "")
        except InvalidIdError:
            logger.warning("skipped a chat activity with a malformed conversation ID")
            return []
        canonical = keys.canonical(cid)
        senders = [*(a.sender_id or "" for a in run), *cid.participant_ids, cid.recipient_id or "", keys.user_id]
        if not session.looked_up(senders):
            self._signing_keys(keys, senders, missing_ok=True)
        changes = session.new_key_changes(canonical, [a.key_change_event for a in run])
        decrypted = self._decrypt_run(run, keys, canonical, changes, include_unverified, session)
        if any(e.kind.value == "missing_key" for e in decrypted.errors):
            page = self.get_conversation_events(cid, fields="all", max_results=1)
            self._signing_keys(keys, [e.sender_id for e in page.data if isinstance(e.sender_id, str)], missing_ok=True)
            changes = [*changes, *page.key_change_events]
            decrypted = self._decrypt_run(run, keys, canonical, changes, include_unverified, session)
        session.offered(canonical, changes)
        if decrypted._review is not None:
            keys._adopt(canonical, decrypted._review)
        errors = [e for e in decrypted.errors if e.kind.value != "replayed"]  # a repeated delivery: shown once
        if errors:
            from ..crypto import DecryptionWarning

            warnings.warn(
                f"{len(errors)} event(s) of a chat activity could not be read: {errors[0].reason}",
                DecryptionWarning,
                stacklevel=2,
            )
        # a key change is protocol, not chat: its key is learned above, as the stream never delivers one
        return [m for m in decrypted.messages if m.kind.value != "key_change"]

    @staticmethod
    def _decrypt_run(
        run: list[ChatActivity],
        keys: Any,
        canonical: str,
        key_changes: list[str],
        include_unverified: bool,
        session: DecryptSession,
    ) -> Any:
        events = [
            ChatMessageEvent(
                id=activity.event_id or activity.event_uuid or "",
                sender_id=activity.sender_id,
                encoded_event=activity.encoded_event,
                created_at=activity.created_at,
            )
            for activity in run
        ]
        meta = ChatMessageEventsMeta(conversation_key_events=list(dict.fromkeys(key_changes)))
        model = GetChatConversationEventsResponse(data=events, meta=meta)
        return session.decryptor(keys).decrypt_page(
            EventsPage.of(model),
            conversation_id=canonical,
            seen=session.seen,
            reject_unverified=not include_unverified,
            key_map=session.key_map(canonical),
        )

    # --- polling ------------------------------------------------------------------------------------

    def poll_chat_activity(
        self,
        *,
        interval: float = 10.0,
        since: TimeArg | None = None,
        user_id: str | int | None = None,
    ) -> Iterator[ChatActivity]:
        """Chat activity by polling, for accounts without stream access or credits: every
        ``interval`` seconds it reads the inbox (``GET /2/chat/conversations``), and only the
        conversations whose ``updated_at`` changed, only down to what it already yielded. It yields
        what the stream would (message events as ``chat.received``/``chat.sent`` activities, oldest
        first), each once, and its requests are paced like every other.

        Args:
            interval: Seconds between two looks at the inbox.
            since: Also yield the messages created since this time; None: only what arrives from now.
            user_id: Your user ID, to tell ``chat.sent`` from ``chat.received`` (None: all received).
        """
        every = check_seconds(interval, "interval")
        start = parse_time(since) if since is not None else None
        me = str(user_id) if user_id is not None else None
        return self._activities_of(self._poll(every, start, me))

    @staticmethod
    def _activities_of(polled: Iterator[tuple[ChatActivity, list[str]]]) -> Iterator[ChatActivity]:
        try:
            for activity, _ in polled:
                yield activity
        finally:
            polled.close()  # type: ignore[attr-defined]

    def _poll(
        self, interval: float, since: datetime | None, user_id: str | None
    ) -> Iterator[tuple[ChatActivity, list[str]]]:
        updated: dict[str, object] = {}
        newest: dict[str, str | None] = {}
        first = True
        while True:
            changed = []
            for conversation in self.iter_conversations(fields=["id", "updated_at"]):
                cid = conversation.id
                if not isinstance(cid, str):
                    continue
                stamp = conversation.updated_at
                if updated.get(cid, object()) != stamp:
                    changed.append(cid)
                updated[cid] = stamp
            for cid in changed:
                known = cid in newest
                fresh, key_changes = self._new_events(cid, newest.get(cid), since if not known else None)
                if fresh:
                    newest[cid] = fresh[-1].id
                elif not known:
                    newest[cid] = None
                if first and since is None and not known:
                    continue  # the baseline: only what arrives from now on
                for event in fresh:
                    yield polled_activity(cid, event, user_id), key_changes
            first = False
            sleep(interval)

    def _new_events(
        self, conversation_id: str, after_id: str | None, since: datetime | None
    ) -> tuple[list[Any], list[str]]:
        """The events of a conversation newer than ``after_id`` (or created at or after ``since``; for
        a conversation seen for the first time without ``since``: its newest event only, as the
        baseline), oldest first, with the key changes of the pages read."""
        fresh: list[Any] = []
        key_changes: list[str] = []
        for page in self.iter_conversation_pages(conversation_id, fields="all"):
            key_changes += [k for k in page.key_change_events if k not in key_changes]
            for event in page.data:
                if after_id is not None and event.id == after_id:
                    return fresh[::-1], key_changes
                created = event.created_at if isinstance(event.created_at, datetime) else None
                if after_id is None and since is None:
                    return [event], key_changes
                if since is not None and created is not None and created < since:
                    return fresh[::-1], key_changes
                fresh.append(event)
        return fresh[::-1], key_changes

    # --- listen -------------------------------------------------------------------------------------

    def listen(
        self,
        *,
        keys: Any,
        via: Via = "auto",
        interval: float = 10.0,
        stall_timeout: float = 20.0,
        backoff: float = 1.0,
        include_unverified: bool = False,
        since: TimeArg | None = None,
    ) -> Iterator[Any]:
        """Decrypted, verified messages as they arrive, by the best way open to you. ``via="auto"``
        reads the activity stream and falls back to polling when X answers 402 (no credits) or 403
        (no stream access), saying so once (a log warning and `RealtimeFallbackWarning`); "stream"
        and "poll" use one way only. Each message is yielded once, by its signed message ID.

        Args:
            via: "auto", "stream" or "poll".
            interval: Seconds between two polls (polling only).
            since: Also the messages from this time on (a restarted bot catching up): the stream's
                first ``start_time`` (X serves what it still has), polling's start. None: from now.
        """
        check_keys(keys)
        if via not in ("auto", "stream", "poll"):
            raise InvalidArgumentError(f"via is 'auto', 'stream' or 'poll', got {via!r}")
        every = check_seconds(interval, "interval")
        stall = check_seconds(stall_timeout, "stall_timeout")
        state = stream_state(None, since, None, backoff)
        return self._listen(keys, via, every, stall, state, include_unverified)

    def _listen(
        self, keys: Any, via: Via, interval: float, stall: float, state: StreamState, include_unverified: bool
    ) -> Iterator[Any]:
        session = DecryptSession()
        now = datetime.now(UTC)
        started = state.start_time or now.replace(microsecond=now.microsecond // 1000 * 1000)  # X's ms
        if via != "poll":
            activities = self._activity_chunks(state, stall)
            try:
                for chunk in activities:
                    for run in conversation_runs(chunk):
                        for message in self._decrypt_activities(run, keys, include_unverified, session):
                            yield message
            except (PaymentRequiredError, PermissionDeniedError) as error:
                if via == "stream":
                    raise
                message = (
                    f"the activity stream is not open to this app (HTTP {error.status_code}): listening by "
                    f"polling the inbox every {interval:g} s instead"
                )
                logger.warning("%s", message)
                warnings.warn(message, RealtimeFallbackWarning, stacklevel=2)
            finally:
                activities.close()  # type: ignore[attr-defined]
        polled = self._poll(interval, started, keys.user_id)
        try:
            for activity, key_changes in polled:
                activity = with_key_changes(activity, key_changes)
                for message in self._decrypt_activity(activity, keys, include_unverified, session):
                    yield message
        finally:
            polled.close()  # type: ignore[attr-defined]
