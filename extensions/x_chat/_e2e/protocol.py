"""The key protocol's decisions on what X served, made here so the clients only fetch and send.

Each function takes the `ChatKeys` (the one key holder) and data already fetched; none does I/O, and
the sync and async clients call the same code.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import attrs

from ..errors import MalformedResponseError
from ..ids import ConversationId
from ..trust import GroupMembersMismatchError, KeyRollbackError, UntrustedKeyChangeError

if TYPE_CHECKING:
    from x_chat_generated.types import Response

    from ..results import Conversation, EventsPage
    from .keys import ChatKeys
    from .messages import DecryptedPage
    from .values import ConversationKey


def page_senders(page: EventsPage) -> list[str]:
    """The senders a page names: their public keys are needed to verify it."""
    return [e.sender_id for e in page.data if isinstance(e.sender_id, str)]


def key_from_page(keys: ChatKeys, cid: str, page: EventsPage) -> ConversationKey | None:
    """The conversation key among a page's key changes (its meta's and its own events') that passes
    every check of ``docs/security.md``, kept in ``keys``; None when there is none. A group without
    one raises: `KeyRollbackError` when X offers only keys older than one accepted before, else
    `UntrustedKeyChangeError` (a direct conversation gets a new key instead: the caller's choice)."""
    candidates = page.key_change_events + [e.encoded_event for e in page.data if isinstance(e.encoded_event, str)]
    review = keys._review_events(cid, candidates)
    found = keys._adopt(cid, review)
    if found is not None or ConversationId.parse(cid).participant_ids:
        return found
    accepted = keys.trust_store.conversation(cid).key_version
    if accepted is not None and not review.removed:
        raise KeyRollbackError(cid, review.rolled_back, accepted)
    raise UntrustedKeyChangeError(cid, review.reasons())


def new_group_id(data: Any, response: Response[Any]) -> str:
    """The ``g…`` ID that ``POST /2/chat/conversations/group/initialize`` gave, checked."""
    group = getattr(data, "conversation_id", None)  # absent data reads as None
    if not isinstance(group, str):
        raise MalformedResponseError("initialize gave no conversation_id", response)
    return ConversationId.parse(group).value


def group_as_verified(
    keys: ChatKeys, cid: ConversationId, served: Conversation
) -> tuple[list[str], list[str], str | None]:
    """A group's members, admins and title for a new key change: the members are those of its
    verified key changes, and the server's list must agree (else `GroupMembersMismatchError`, and
    nothing is sent); admins are the served ones the history names (admin lists are unsigned)."""
    verified = keys.group_members(cid) or ()
    data = served.data
    members = [str(m) for m in data.member_ids] if data.member_ids is not None else []
    if set(members) != set(verified):
        raise GroupMembersMismatchError(cid.value, set(members) - set(verified), set(verified) - set(members))
    admins = [str(a) for a in data.admin_ids] if data.admin_ids is not None else []
    title = data.group_name if isinstance(data.group_name, str) else None
    return list(verified), [a for a in admins if a in verified], title


class Deletions:
    """The verified deletes met in one read, newest page first (a delete is newer than what it
    deletes). A message is marked ``deleted`` when a delete names it and its signer could delete it:
    the message's own sender for all, or the reader for themselves. A group admin's delete of
    another member's message is not honoured here: who is admin is not verified yet."""

    def __init__(self, reader_id: str) -> None:
        self._reader = reader_id
        self._for_all: dict[str, set[str]] = {}  # sequence ID -> who deleted it for all
        self._for_self: set[str] = set()

    def apply(self, page: DecryptedPage) -> None:
        """Note the page's verified deletes, then mark the page's messages they delete."""
        from .messages import MessageKind

        for message in page.messages:
            if message.kind is not MessageKind.DELETE or not message.verified:
                continue
            for sequence_id in message.deleted_sequence_ids:
                if message.delete_for_all:
                    self._for_all.setdefault(sequence_id, set()).add(message.sender_id)
                elif message.sender_id == self._reader:
                    self._for_self.add(sequence_id)
        page.messages[:] = [
            attrs.evolve(m, deleted=True)
            if m.kind is not MessageKind.DELETE
            and (m.sequence_id in self._for_self or m.sender_id in self._for_all.get(m.sequence_id, ()))
            else m
            for m in page.messages
        ]
