# Generated from x_chat/_async/_keys.py by extensions/generate_sync.py: do not edit.
"""Keys: users' public keys, a conversation's current key and groups (made with new keys)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Unpack

from x_chat_generated.api.chats import (
    add_conversation_keys,
    add_user_public_key,
    create_chat_conversation,
    get_users_public_key,
    get_users_public_keys,
    initialize_chat_group,
)
from x_chat_generated.models.add_conversation_keys_request import AddConversationKeysRequest
from x_chat_generated.models.add_user_public_key_request import AddUserPublicKeyRequest
from x_chat_generated.models.create_chat_conversation_request import CreateChatConversationRequest
from x_chat_generated.models.public_key import PublicKey
from x_chat_generated.types import Unset

from .._arguments import MAX_PAGE_SIZE, MAX_PUBLIC_KEY_IDS, check_keys, user_id_list
from .._call import RequestOptions, per_call
from ..errors import (
    InvalidArgumentError,
    NotFoundError,
)
from ..fields import (
    PUBLIC_KEY_FIELDS,
    FieldsArg,
)
from ..ids import (
    ConversationId,
    validate_user_id,
)
from ..results import PublicKeys

if TYPE_CHECKING:  # loaded on first use (see results.py); crypto needs the x-chat[crypto] extra
    from ..crypto import ChatKeys, ConversationKey


from .._e2e import protocol
from ._conversations import Conversations
from ._events import Events


class Keys(Events, Conversations):
    """Public keys, conversation keys and groups."""

    def get_users_public_keys(
        self, user_ids: Iterable[str | int], *, fields: FieldsArg = None, **options: Unpack[RequestOptions]
    ) -> PublicKeys:
        """The registered chat public keys of these users (``GET /2/users/public_keys``).

        At most 100 IDs go in one request; a longer list is split, and the answers are merged
        (``data`` and ``errors`` in request order). Duplicate IDs are asked once.

        Args:
            user_ids: The users' IDs, any number (sent 100 a request).
        """
        ids = user_id_list(user_ids)
        selected = PUBLIC_KEY_FIELDS.resolve(fields)
        models = []
        for start in range(0, len(ids), MAX_PUBLIC_KEY_IDS):
            response = get_users_public_keys.sync_detailed(
                client=self.api, ids=ids[start : start + MAX_PUBLIC_KEY_IDS], public_key_fields=selected
            )
            models.append(response.parsed)
        return PublicKeys.merge(models)

    @per_call
    def get_user_public_keys(self, user_id: str | int, **options: Unpack[RequestOptions]) -> list[PublicKey]:
        """One user's registered chat public keys, every field (``GET /2/users/{id}/public_keys``).

        Args:
            user_id: The user's ID.
        """
        from x_chat_generated.models.public_key_field import PublicKeyField

        response = get_users_public_key.sync_detailed(
            validate_user_id(user_id), client=self.api, public_key_fields=list(PublicKeyField)
        )
        parsed = response.parsed
        return list(parsed.data) if not isinstance(parsed.data, Unset) else []

    @per_call
    def register_public_key(self, keys: ChatKeys, **options: Unpack[RequestOptions]) -> str:
        """Register ``keys``' public key for their user (``POST /2/users/{id}/public_keys``); returns
        the version X registered it under (``keys.key_version`` unless X assigned another).

        Args:
            keys: The `ChatKeys` whose public key to register (`POST /2/users/{id}/public_keys`).
        """
        check_keys(keys)
        body = AddUserPublicKeyRequest.from_dict(keys.registration())
        response = add_user_public_key.sync_detailed(keys.user_id, client=self.api, body=body)
        data = response.parsed.data
        version = data.public_key_version if not isinstance(data, Unset) else None
        return version if isinstance(version, str) else keys.key_version

    # --- conversation state: read marker, typing -----------------------------------------------------

    def _signing_keys(self, keys: ChatKeys, user_ids: Iterable[str], *, missing_ok: bool = False) -> None:
        """Fetch the public keys of users ``keys`` does not know yet; only keys whose binding verifies
        are kept. A user with no registered key (404) raises NotFoundError, unless ``missing_ok``
        (reading: that user's events are then reported unreadable, the others are read)."""
        missing = [u for u in dict.fromkeys(user_ids) if u and not keys.knows_user(u)]
        for user_id in missing:
            try:
                found = self.get_user_public_keys(user_id)
            except NotFoundError:
                if not missing_ok:
                    raise
                found = []
            keys.add_public_keys(user_id, found)

    @per_call
    def conversation_key(
        self,
        conversation_id: str | ConversationId,
        keys: ChatKeys,
        *,
        refresh: bool = False,
        **options: Unpack[RequestOptions],
    ) -> ConversationKey:
        """The key new messages of this conversation are encrypted with: the newest key change that
        passes every check of ``docs/security.md`` (its signature, its conversation, its signer a
        participant or verified member, its signed version not older than one accepted before). A
        direct conversation without one gets a new key first (``POST
        /2/chat/conversations/{id}/keys``) for its two participants. A group without one raises
        `UntrustedKeyChangeError`, or `KeyRollbackError` when X offers only keys older than one
        already accepted.

        The key is kept in ``keys`` after the first call. Reading the conversation with the same
        ``keys`` (`iter_messages`, `iter_decrypted_pages`) keeps it current when another member
        changes it; ``refresh=True`` asks X again.

        Args:
            refresh: Ignore the key kept from earlier calls and read the newest one from X.
        """
        check_keys(keys)
        cid = keys.canonical(conversation_id)
        known = None if refresh else keys.cached_key(cid)
        if known is not None:
            return known
        participants = ConversationId.parse(cid).participant_ids
        try:
            page = self.get_conversation_events(cid, fields="all", max_results=MAX_PAGE_SIZE)
        except NotFoundError:
            if not participants:
                raise
            return self._new_conversation_key(cid, keys, participants)  # a new direct conversation
        self._signing_keys(keys, [*participants, *protocol.page_senders(page), keys.user_id], missing_ok=True)
        found = protocol.key_from_page(keys, cid, page)  # a group without one raises
        if found is not None:
            return found
        return self._new_conversation_key(cid, keys, participants)  # always safe for the two users

    def _new_conversation_key(self, cid: str, keys: ChatKeys, participants: tuple[str, ...]) -> ConversationKey:
        self._signing_keys(keys, participants)
        change = keys.prepare_key_change(cid, participants)
        body = AddConversationKeysRequest.from_dict(change.body)
        add_conversation_keys.sync_detailed(cid, client=self.api, body=body)  # a 2xx: stored
        return keys.remember_key(cid, change.key)

    @per_call
    def create_group(
        self,
        member_ids: Iterable[str | int],
        *,
        keys: ChatKeys,
        admin_ids: Iterable[str | int] | None = None,
        title: str | None = None,
        **options: Unpack[RequestOptions],
    ) -> ConversationKey:
        """Create an encrypted group (initialize, then create with a key for every member, you
        included); returns its key, whose ``conversation_id`` is the new ``g...`` ID. ``title`` is
        sent as ``group_name`` and **is visible to X** (unlike messages).

        Args:
            member_ids: The members' user IDs (you are added).
            admin_ids: Members who are admins (default: you).
            title: The group's title. X can read it: it is not end-to-end encrypted.
        """
        check_keys(keys)
        members = user_id_list(member_ids)
        admins = user_id_list(admin_ids) if admin_ids is not None else [keys.user_id]
        self._signing_keys(keys, [*members, keys.user_id])
        started = initialize_chat_group.sync_detailed(client=self.api)
        group_id = protocol.new_group_id(started.parsed.data, started)
        change = keys.prepare_group_create(group_id, members, admins, title)
        body = CreateChatConversationRequest.from_dict(change.body)
        create_chat_conversation.sync_detailed(client=self.api, body=body)
        return keys.remember_key(group_id, change.key, members=[keys.user_id, *members])

    @per_call
    def add_group_members(
        self,
        group_id: str | ConversationId,
        new_member_ids: Iterable[str | int],
        *,
        keys: ChatKeys,
        **options: Unpack[RequestOptions],
    ) -> ConversationKey:
        """Add members to a group with a new key for everyone (``POST .../members``).

        The key goes to the members of the group's verified key changes (read first), never to the
        server's list: when the two differ, `GroupMembersMismatchError` names the difference and
        nothing is sent.

        Args:
            group_id: The group conversation (`g…`).
            new_member_ids: The user IDs to add; they can read what is sent after they join.
        """
        check_keys(keys)
        from x_chat_generated.api.chats import add_chat_group_members  # answers with a Post: ~50 ms of imports
        from x_chat_generated.models.add_chat_group_members_request import AddChatGroupMembersRequest

        cid = ConversationId.parse(group_id)
        if cid.group_id is None:
            raise InvalidArgumentError(f"{cid.value!r} is not a group")
        new = user_id_list(new_member_ids)
        self.conversation_key(cid, keys, refresh=True)  # the verified history: members, newest key
        served = self.get_conversation(cid, fields="all", expansions=["member_ids", "admin_ids"])
        members, admins, title = protocol.group_as_verified(keys, cid, served)
        self._signing_keys(keys, [*members, *new, keys.user_id])
        change = keys.prepare_group_members_change(cid.value, new, members, admins, title)
        body = AddChatGroupMembersRequest.from_dict(change.body)
        add_chat_group_members.sync_detailed(cid.value, client=self.api, body=body)
        return keys.remember_key(cid.value, change.key, members=[*members, *new, keys.user_id])

    # --- media (x-chat[crypto]) ---------------------------------------------------------------------
