"""Conversation keys: which key a conversation's new messages use, and new keys for it (direct,
group creation, members added). The `ChatKeys` half that follows the key protocol."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from ..ids import ConversationId, ConversationKind
from ..trust import KeyReview
from .messages import DecryptedMessage, MessageKind
from .public_keys import PublicKeyRing
from .state import action_signature
from .values import ConversationKey, KeyChange


def canonical_conversation(conversation_id: str | ConversationId, user_id: str) -> str:
    """The path form of a conversation (``low-high`` direct, ``g…`` group); a bare user ID is the
    direct conversation of ``user_id`` with them."""
    cid = ConversationId.parse(conversation_id)
    if cid.recipient_id is not None:
        cid = ConversationId.direct(user_id, cid.recipient_id)
    if cid.kind is ConversationKind.DIRECT:
        low, high = sorted(cid.participant_ids, key=int)
        return f"{low}-{high}"
    return cid.value


class ConversationKeys(PublicKeyRing):
    """The conversation keys found or made, and the key changes that make them."""

    def group_members(self, group_id: str | ConversationId) -> tuple[str, ...] | None:
        """A group's members according to its verified key changes (None: not verified yet).

        Args:
            group_id: The group conversation (`g…`).
        """
        state = self._trust.conversations.get(self.canonical(group_id))
        return state.members if state is not None else None

    # -- other users' public keys -------------------------------------------------------------------

    def canonical(self, conversation_id: str | ConversationId) -> str:
        """The conversation's path form; a bare user ID becomes the direct conversation with you.

        Args:
            conversation_id: The conversation, in any of X's three forms or as a `ConversationId`.
        """
        return canonical_conversation(conversation_id, self.user_id)

    def cached_key(self, conversation_id: str) -> ConversationKey | None:
        """The conversation key found or made earlier (`remember_key`), if any.

        Args:
            conversation_id: The conversation's path form (`canonical`): `low-high` for a direct
                conversation, `g…` for a group.
        """
        return self._conversation_keys.get(conversation_id)

    def remember_key(
        self, conversation_id: str, key: ConversationKey, *, members: Iterable[str] | None = None
    ) -> ConversationKey:
        """Keep ``key`` for the conversation (`cached_key`) and return it. Its signed version becomes
        the conversation's accepted version if it is newer (a rollback below it is refused from then
        on), and ``members`` (a key change you made) the group's verified members.

        Args:
            conversation_id: The conversation's path form (`canonical`): `low-high` for a direct
                conversation, `g…` for a group.
            key: Its key, as found (`newest_verified_key`) or made (`prepare_key_change`).
            members: Everyone the key was given to, when you made it.
        """
        self._conversation_keys[conversation_id] = key
        state = self._trust.conversation(conversation_id)
        version = int(key.version) if key.version.isdigit() else None
        if version is not None and (state.key_version is None or version >= state.key_version):
            state.key_version = version
            if members is not None and conversation_id.startswith("g"):
                state.members = tuple(dict.fromkeys(members))
                state.ever = tuple(dict.fromkeys([*state.ever, *state.members]))
            self._trust.save()
        return key

    def newest_verified_key(self, conversation_id: str, events: list[str]) -> ConversationKey | None:
        """The key to encrypt with among ``events`` (encoded key changes): the newest key change that
        passes every check of ``docs/security.md`` (signature, this conversation, signer a
        participant, signed key version not older than the one accepted) and gave you a key. Never
        chosen by sequence ID. None if there is none.

        Args:
            conversation_id: The conversation's path form (`canonical`): `low-high` for a direct
                conversation, `g…` for a group.
            events: Encoded key-change events (a page's `key_change_events` and encoded events).
        """
        return self._adopt(conversation_id, self._review_events(conversation_id, events))

    def _review_events(self, conversation_id: str, events: list[str]) -> KeyReview:
        """Decrypt encoded events and judge the key changes among them (the trust store learns)."""
        decrypted: list[dict[str, Any]] = []
        if events:
            self._chat.set_reject_unverified(True)
            try:
                result = self._chat.decrypt_events(events, signing_keys=self.trusted_keys())
            except (ValueError, RuntimeError):
                result = {}
            decrypted = [item.get("event") or {} for item in result.get("messages", [])]
        return self._trust.review(conversation_id, self.user_id, decrypted)

    def _adopt(self, conversation_id: str, review: KeyReview | None) -> ConversationKey | None:
        """The key of ``review``'s current key change, kept (`cached_key`); the kept key when the
        review offers none newer; None (and nothing kept) when you were removed."""
        cached = self._conversation_keys.get(conversation_id)
        if review is None:
            return cached
        if review.removed:
            self._conversation_keys.pop(conversation_id, None)
            return None
        current = review.current
        if current is None:
            state = self._trust.conversations.get(conversation_id)
            accepted = state.key_version if state is not None else None
            return cached if cached is not None and accepted is not None and cached.version == str(accepted) else None
        version = str(current.get("key_version"))
        if cached is not None and cached.version == version:
            return cached
        mine = [k for k in current.get("participant_keys") or [] if k.get("user_id") == self.user_id]
        try:
            key = bytes(self._chat.decrypt_conversation_key(str(mine[0].get("encrypted_key"))))
        except (ValueError, RuntimeError, IndexError):
            return None
        found = ConversationKey(conversation_id, conversation_id.replace("-", ":"), version, key)
        self._conversation_keys[conversation_id] = found
        return found

    def learn_key(self, conversation_id: str, messages: Iterable[DecryptedMessage]) -> bool:
        """Keep the key new messages are sent with current from what you read: the newest key change
        among ``messages`` that passes the checks of `newest_verified_key` becomes the conversation's
        key (`cached_key`); one that gave you no key (you were removed) forgets it. Returns whether
        an accepted key change was met. The client does this on every page it reads, so a key change
        another member made (a member added) is used by your next message.

        Args:
            conversation_id: The conversation's path form (`canonical`): `low-high` for a direct
                conversation, `g…` for a group.
            messages: Decrypted messages of one page (`DecryptedPage.messages`).
        """
        changes = [m.raw for m in messages if m.kind is MessageKind.KEY_CHANGE and m.verified]
        if not changes:
            return False
        review = self._trust.review(conversation_id, self.user_id, changes)
        self._adopt(conversation_id, review)
        return len(review.refused) < len(changes)

    def prepare_key_change(self, conversation_id: str, participants: Iterable[str]) -> KeyChange:
        """A new key for every participant (you included, or you could not read your own messages).

        Args:
            conversation_id: The conversation's path form (`canonical`): `low-high` for a direct
                conversation, `g…` for a group.
            participants: The user IDs to give the key to (you are added).
        """
        members = list(dict.fromkeys([*participants, self.user_id]))
        public_keys = [self._require_identity(user_id) for user_id in members]
        change = self._chat.prepare_conversation_key_change(
            public_keys,
            conversation_id=conversation_id.replace("-", ":"),
            sender_id=self.user_id,
            signing_key_version=self.key_version,
        )
        return self._key_change(conversation_id, change)

    @staticmethod
    def _key_change(conversation_id: str, change: dict[str, Any]) -> KeyChange:
        """A chatxdk key change (direct or group) as the request body X takes, and the new key."""
        body = {
            "conversation_key_version": change["conversation_key_version"],
            "conversation_participant_keys": [
                {
                    "user_id": k["user_id"],
                    "encrypted_conversation_key": k["encrypted_key"],
                    "public_key_version": k["public_key_version"],
                }
                for k in change["participant_keys"]
            ],
            "action_signatures": [action_signature(a) for a in change["action_signatures"]],
        }
        colon = conversation_id.replace("-", ":")
        key = ConversationKey(
            conversation_id, colon, change["conversation_key_version"], bytes(change["conversation_key"])
        )
        return KeyChange(body, key)

    def prepare_group_create(
        self, group_id: str, member_ids: list[str], admin_ids: list[str], title: str | None
    ) -> KeyChange:
        """A new group's key for every member (you included), signed; the body of
        ``POST /2/chat/conversations/group``. ``title`` goes into it as ``group_name``: X sees it.

        Args:
            group_id: The new group's ID, from `POST /2/chat/conversations/group/initialize`.
            member_ids: The members' user IDs (you are added).
            admin_ids: The admins' user IDs.
            title: The group's name, or None (X can read it).
        """
        members = list(dict.fromkeys([self.user_id, *member_ids]))
        public_keys = [self._require_identity(user_id) for user_id in members]
        change = self._chat.prepare_group_create(
            public_keys,
            group_id,
            members,
            admin_ids,
            sender_id=self.user_id,
            signing_key_version=self.key_version,
            title=title,
        )
        made = self._key_change(group_id, change)
        made.body.update(conversation_id=group_id, group_members=members, group_admins=admin_ids)
        if title is not None:
            made.body["group_name"] = title
        return made

    def prepare_group_members_change(
        self, group_id: str, new_member_ids: list[str], member_ids: list[str], admin_ids: list[str], title: str | None
    ) -> KeyChange:
        """A new key for the members old and new, signed: the body of ``POST .../members``.

        Args:
            group_id: The group's ID (`g…`).
            new_member_ids: The user IDs to add.
            member_ids: The current members.
            admin_ids: The current admins.
            title: The group's current name, or None.
        """
        everyone = list(dict.fromkeys([*member_ids, *new_member_ids, self.user_id]))
        public_keys = [self._require_identity(user_id) for user_id in everyone]
        change = self._chat.prepare_group_members_change(
            public_keys,
            group_id,
            new_member_ids,
            member_ids,
            admin_ids,
            [],
            sender_id=self.user_id,
            signing_key_version=self.key_version,
            current_title=title,
        )
        made = self._key_change(group_id, change)
        made.body["user_ids"] = new_member_ids
        return made
