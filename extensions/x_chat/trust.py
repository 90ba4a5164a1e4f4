"""What the client believes about keys, and why: the policy of ``docs/security.md`` in code.

The server is the adversary. Its answers are claims, and this module decides which claims to use:

- `review_key_changes`: a key change is used only when its signature verified, it was signed for
  this conversation, its signer is a participant (direct: one of the two users the ID names; group:
  a member by the verified history, never by metadata) and its signed ``key_version`` is not older
  than the one already accepted. The sequence ID, the server's unsigned word, decides nothing.
- `TrustStore`: the identity keys pinned on first use (SSH ``known_hosts``-style), and per
  conversation the accepted key version (the high-water mark) and the verified members. Kept in a
  file beside the key file (0600), so a restarted process refuses a rollback too.
- The typed errors, all under `TrustError` (an `XChatError`).

Pure Python: no chatxdk, no network.
"""

from __future__ import annotations

import base64
import enum
import hashlib
import json
import os
import stat
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import attrs

from .errors import ConfigurationError, XChatError

__all__ = [
    "GroupMembersMismatchError",
    "IdentityKeyChangedError",
    "KeyRollbackError",
    "MalformedPublicKeyError",
    "OwnKeyMismatchError",
    "TrustError",
    "TrustStore",
    "UntrustedKeyChangeError",
    "fingerprint",
]

TRUST_FORMAT = 1


# -- errors ----------------------------------------------------------------------------------------


class TrustError(XChatError):
    """What the server served does not hold up against what this client verified itself: nothing
    was encrypted or sent. See ``docs/security.md``."""


class IdentityKeyChangedError(TrustError):
    """A contact's identity key is not the one pinned when this client first met them.

    It happens when they registered new keys (a new device, keys lost), or when someone (X, a
    proxy) substitutes a key to read what you send. Nothing is encrypted to the new key until you
    accept it: compare `new_fingerprint` with the contact out of band, then
    ``keys.trust(user_id, fingerprint=...)`` or ``x-chat keys trust USER``.

    Args:
        user_id: The contact whose key changed.
        pinned_fingerprint: The fingerprint of the key trusted so far.
        new_fingerprint: The fingerprint of the key X serves now.
    """

    def __init__(self, user_id: str, pinned_fingerprint: str, new_fingerprint: str) -> None:
        self.user_id = user_id
        self.pinned_fingerprint = pinned_fingerprint
        self.new_fingerprint = new_fingerprint
        super().__init__(
            f"user {user_id}'s identity key changed: pinned {pinned_fingerprint}, now served {new_fingerprint}. "
            "They may have new keys, or someone may be substituting theirs. Compare the new fingerprint with "
            f"{user_id} out of band, then accept it: keys.trust({user_id!r}, fingerprint=...) or "
            f"`x-chat keys trust {user_id}`"
        )


class OwnKeyMismatchError(TrustError):
    """The public key X serves for you is not the public half of your private key.

    Others would encrypt to a key you cannot read with, and a key change you make would give your own
    copy of the conversation key to whoever holds it. Either X holds keys registered elsewhere (on
    another device: use those keys, or register these with ``client.register_public_key``), or X is
    substituting your key.

    Args:
        user_id: Your user ID.
        served_version: The version of the key X serves for you.
        key_version: Your keys' version.
    """

    def __init__(self, user_id: str, served_version: str, key_version: str) -> None:
        self.user_id = user_id
        self.served_version = served_version
        super().__init__(
            f"X serves a public key for you (user {user_id}, version {served_version}) that does not match your "
            f"private key (version {key_version}). Nothing was encrypted. If you registered other keys elsewhere, "
            "use them; otherwise register these keys again (client.register_public_key, `x-chat keys register`) "
            "and treat the served key as an attack"
        )


class GroupMembersMismatchError(TrustError):
    """The server's member list of a group differs from the members its verified key changes name.

    A new group key would go to whoever the server lists, so nothing was sent. ``only_served``: users
    the server lists that the verified history does not; ``only_verified``: the reverse.

    Args:
        group_id: The group.
        only_served: Users the server lists that the verified history does not.
        only_verified: Verified members the server leaves out.
    """

    def __init__(self, group_id: str, only_served: Iterable[str], only_verified: Iterable[str]) -> None:
        self.group_id = group_id
        self.only_served = tuple(sorted(only_served, key=int))
        self.only_verified = tuple(sorted(only_verified, key=int))
        parts = []
        if self.only_served:
            parts.append(f"listed by the server but not in the verified history: {', '.join(self.only_served)}")
        if self.only_verified:
            parts.append(f"verified members the server leaves out: {', '.join(self.only_verified)}")
        super().__init__(
            f"group {group_id}'s members differ from its verified key changes ({'; '.join(parts)}). "
            "No key was sent. Read the group (iter_messages) to pick up signed changes you have not seen; "
            "if they still differ, the server's list is not to be trusted"
        )


class KeyRollbackError(TrustError):
    """The newest key X offers for a group is older than one this client already accepted.

    Sending under it would let a member who has since been removed read the message, so nothing was
    sent. X may be rolling the group back, or hiding its newest key change.

    Args:
        conversation_id: The conversation.
        offered: The newest key version X offered (None: none at all).
        accepted: The key version accepted before (the high-water mark).
    """

    def __init__(self, conversation_id: str, offered: str | None, accepted: int) -> None:
        self.conversation_id = conversation_id
        self.offered = offered
        self.accepted = str(accepted)
        offer = f"version {offered}" if offered else "no key change at all"
        super().__init__(
            f"{conversation_id}: X offers {offer}, older than key version {accepted} already accepted "
            "(signed key versions never go back). Nothing was sent: the server may be rolling the group back to "
            "a key a removed member holds. Try again later; if it persists, do not trust this server's answers"
        )


class UntrustedKeyChangeError(TrustError):
    """No key change of this conversation passes the checks, so there is no key to encrypt with.

    Args:
        conversation_id: The conversation.
        reasons: Why each key change offered was refused.
    """

    def __init__(self, conversation_id: str, reasons: Iterable[str]) -> None:
        self.conversation_id = conversation_id
        self.reasons = tuple(reasons)
        because = "; ".join(self.reasons[:3]) if self.reasons else "none was served that gives you a key"
        super().__init__(
            f"{conversation_id} has no key change you can trust to encrypt with ({because}). Nothing was sent"
        )


class MalformedPublicKeyError(TrustError):
    """X served public keys for this user that are not valid key material: nothing can be encrypted
    to them or verified from them.

    Args:
        user_id: Whose keys are malformed.
        reason: What is wrong with them.
    """

    def __init__(self, user_id: str, reason: str) -> None:
        self.user_id = user_id
        super().__init__(
            f"user {user_id}'s public keys from X are malformed ({reason}): nothing was encrypted to them. "
            "They may need to register their keys again"
        )


# -- fingerprints ----------------------------------------------------------------------------------


def fingerprint(identity_public_key: str) -> str:
    """A key's fingerprint as chatxdk shows yours (``get_public_key_fingerprint``): the SHA-256 of
    the identity public key, base64url without padding. Compare it out of band.

    Args:
        identity_public_key: The identity public key, base64 (a PublicKey's `public_key`).
    """
    try:
        raw = base64.b64decode(identity_public_key, validate=True)
    except ValueError:
        raw = identity_public_key.encode()
    return base64.urlsafe_b64encode(hashlib.sha256(raw).digest()).decode().rstrip("=")


# -- key-change policy -----------------------------------------------------------------------------


class Refusal(enum.Enum):
    """Why a key change is not used."""

    SIGNATURE = "signature"
    WRONG_CONVERSATION = "wrong_conversation"
    NON_PARTICIPANT = "non_participant"
    NON_MEMBER = "non_member"
    MALFORMED = "malformed"


@attrs.define
class ConversationTrust:
    """What this client accepted for one conversation."""

    key_version: int | None = None
    """The high-water mark: the newest signed key version accepted (never goes back)."""
    members: tuple[str, ...] | None = None
    """Groups: the members named by the newest accepted key change (None: not known yet)."""
    ever: tuple[str, ...] = ()
    """Groups: everyone an accepted key change ever named (who may have signed older history)."""


@attrs.frozen
class KeyReview:
    """The verdict on the key changes of one conversation served in one answer."""

    refused: dict[str, tuple[Refusal, str]]
    """Message ID of a refused key change -> why."""
    current: dict[str, Any] | None
    """The accepted key change to encrypt with: the newest, not older than the high-water mark, and
    one that gave you a key. None when there is none."""
    removed: bool = False
    """The newest accepted key change left you out: you were removed."""
    rolled_back: str | None = None
    """The newest key version offered when it is older than the high-water mark."""
    accepted: dict[str, tuple[str, ...]] = attrs.field(factory=dict)
    """Signed key version -> the users it was given to, for every accepted key change (history
    included): a message counts only when sent under one of these by one of its users."""

    def reasons(self) -> list[str]:
        return [reason for _, reason in self.refused.values()]


def _version(event: dict[str, Any]) -> int | None:
    value = str(event.get("key_version", ""))
    return int(value) if value.isdigit() and len(value) <= 20 else None


def _participants(event: dict[str, Any]) -> tuple[str, ...]:
    keys = event.get("participant_keys")
    return tuple(str(k.get("user_id")) for k in keys if isinstance(k, dict)) if isinstance(keys, list) else ()


def review_key_changes(
    state: ConversationTrust, conversation_id: str, me: str, events: Iterable[dict[str, Any]]
) -> tuple[KeyReview, bool]:
    """Judge decrypted key-change events (as chatxdk returns them) for ``conversation_id`` (its path
    form: ``low-high`` or ``g…``), update ``state``, and return the verdict and whether ``state``
    changed. See the module docstring for the rules."""
    colon = conversation_id.replace("-", ":")
    pair = tuple(conversation_id.split("-")) if not conversation_id.startswith("g") else None
    refused: dict[str, tuple[Refusal, str]] = {}
    candidates: list[tuple[int, dict[str, Any]]] = []
    for event in events:
        ident = str(event.get("id", ""))
        sender = str(event.get("sender_id", ""))
        if event.get("verified") is not True:
            refused[ident] = (Refusal.SIGNATURE, f"key change {ident} has no valid signature")
        elif str(event.get("conversation_id", "")) != colon:
            refused[ident] = (
                Refusal.WRONG_CONVERSATION,
                f"key change {ident} was signed for conversation {event.get('conversation_id')}, not {colon}",
            )
        elif pair is not None and (sender not in pair or not set(_participants(event)) <= set(pair)):
            refused[ident] = (
                Refusal.NON_PARTICIPANT,
                f"key change {ident} by {sender} names users outside direct conversation {conversation_id}",
            )
        elif (version := _version(event)) is None:
            refused[ident] = (Refusal.MALFORMED, f"key change {ident} has no numeric key version")
        else:
            candidates.append((version, event))
    candidates.sort(key=lambda found: found[0])
    before = attrs.evolve(state)
    newest: tuple[int, dict[str, Any]] | None = None  # the newest accepted key change
    if pair is not None:
        newest = candidates[-1] if candidates else None
    else:
        newest = _walk_group(state, me, candidates, refused)
    accepted = {
        str(version): _participants(event) for version, event in candidates if str(event.get("id", "")) not in refused
    }
    offered_max = candidates[-1][0] if candidates else None
    current: dict[str, Any] | None = None
    removed = False
    rolled_back: str | None = None
    if newest is not None and (state.key_version is None or newest[0] >= state.key_version):
        state.key_version = newest[0]
        if me in _participants(newest[1]):
            current = newest[1]
        else:
            removed = True
    elif state.key_version is not None and (newest is None or newest[0] < state.key_version):
        rolled_back = str(offered_max) if offered_max is not None else None
    return KeyReview(refused, current, removed, rolled_back, accepted), state != before


def _walk_group(
    state: ConversationTrust,
    me: str,
    candidates: list[tuple[int, dict[str, Any]]],
    refused: dict[str, tuple[Refusal, str]],
) -> tuple[int, dict[str, Any]] | None:
    """Follow a group's key changes oldest first: each newer one must be signed by a member of the
    one before. Without a verified history, start from the first that gave ``me`` a key (signed by
    one of its own participants). Older ones (history) must be signed by someone the history
    named. Returns the newest accepted."""
    newest: tuple[int, dict[str, Any]] | None = None
    ever = set(state.ever)
    pending: list[tuple[int, dict[str, Any]]] = []
    for version, event in candidates:
        sender, participants = str(event.get("sender_id", "")), _participants(event)
        if state.members is None:
            if me in participants and sender in participants:
                state.members = participants
                ever.update(participants)
                newest = (version, event)
            else:
                pending.append((version, event))  # before you joined: judged once the history is known
        elif state.key_version is not None and version <= state.key_version:
            pending.append((version, event))  # history, or the accepted one served again
        elif sender in state.members:
            state.members = participants
            ever.update(participants)
            newest = (version, event)
        else:
            ident = str(event.get("id", ""))
            refused[ident] = (
                Refusal.NON_MEMBER,
                f"key change {ident} was signed by {sender}, who is not a verified member of the group",
            )
    for _, event in reversed(pending):  # newest first: each older one is vouched for by a newer one
        if str(event.get("sender_id", "")) in ever:
            ever.update(_participants(event))  # a member said who the members were then
    for version, event in pending:
        if str(event.get("sender_id", "")) not in ever:
            ident = str(event.get("id", ""))
            refused[ident] = (
                Refusal.NON_MEMBER,
                f"key change {ident} was signed by {event.get('sender_id')}, whom the group's verified history "
                "never names",
            )
        elif version == state.key_version and (newest is None or newest[0] < version):
            newest = (version, event)  # the key change accepted earlier, served again
    state.ever = tuple(sorted(ever, key=lambda u: int(u) if u.isdigit() else 0))
    return newest


# -- the store -------------------------------------------------------------------------------------


def trust_file_for(key_file: str | os.PathLike[str]) -> Path:
    """Where the trust store of a key file lives: ``keys.json`` -> ``keys.trust.json``, beside it."""
    path = Path(key_file)
    stem = path.name[: -len(path.suffix)] if path.suffix else path.name
    return path.with_name(f"{stem}.trust.json")


class TrustStore:
    """Pinned identity keys and accepted conversation state, in a JSON file (0600) or in memory.

    Args:
        path: The file (created on first change; None: kept in memory only, for this process).
    """

    def __init__(self, path: str | os.PathLike[str] | None = None) -> None:
        self.path = Path(path) if path is not None else None
        self.identities: dict[str, list[str]] = {}
        """User ID -> the identity public keys (base64) pinned for them."""
        self.conversations: dict[str, ConversationTrust] = {}
        if self.path is not None and self.path.exists():
            self._load(self.path)

    def __repr__(self) -> str:
        return f"TrustStore(path={str(self.path) if self.path else None!r}, pinned={len(self.identities)})"

    def _load(self, path: Path) -> None:
        mode = stat.S_IMODE(path.stat().st_mode)
        if mode & 0o077:
            raise ConfigurationError(
                f"{path} holds the keys you trust but others can read or change it (mode {mode:o}): chmod 600 {path}"
            )
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            if data.get("format") != TRUST_FORMAT:
                raise ValueError(f"format {data.get('format')!r}")
            for user_id, keys in data["identities"].items():
                self.identities[str(user_id)] = [str(k) for k in keys]
            for cid, found in data["conversations"].items():
                version = found.get("key_version")
                members = found.get("members")
                self.conversations[str(cid)] = ConversationTrust(
                    key_version=int(version) if version is not None else None,
                    members=tuple(str(m) for m in members) if members is not None else None,
                    ever=tuple(str(m) for m in found.get("ever", [])),
                )
        except (ValueError, KeyError, TypeError, AttributeError) as exc:
            raise ConfigurationError(
                f"{path} is not an x-chat trust store ({type(exc).__name__}: {exc}). Move it aside to start over: "
                "contacts' keys are then trusted on first use again, so compare their fingerprints "
                "(`x-chat keys fingerprint USER`)"
            ) from None

    def save(self) -> None:
        """Write the store (atomically, created 0600); nothing for an in-memory store."""
        if self.path is None:
            return
        data = {
            "format": TRUST_FORMAT,
            "identities": self.identities,
            "conversations": {
                cid: {
                    "key_version": str(state.key_version) if state.key_version is not None else None,
                    "members": list(state.members) if state.members is not None else None,
                    "ever": list(state.ever),
                }
                for cid, state in self.conversations.items()
            },
        }
        temporary = self.path.with_name(f".{self.path.name}.{os.getpid()}.tmp")
        descriptor = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(descriptor, "w", encoding="utf-8") as handle:
            json.dump(data, handle, indent=1)
        os.chmod(temporary, 0o600)
        os.replace(temporary, self.path)

    def move_to(self, path: str | os.PathLike[str]) -> None:
        """Keep this store in ``path`` from now on (written now).

        Args:
            path: The new file.
        """
        self.path = Path(path)
        self.save()

    def review(self, conversation_id: str, me: str, events: Iterable[dict[str, Any]]) -> KeyReview:
        """`review_key_changes` on the key changes among decrypted ``events`` (other events are
        skipped), against this store's state of the conversation, which is saved if it changed.

        Args:
            conversation_id: The conversation's path form (`low-high` or `g…`).
            me: Your user ID.
            events: Decrypted events, as chatxdk returns them.
        """
        changes = [e for e in events if isinstance(e, dict) and e.get("type") == "KeyChange"]
        review, changed = review_key_changes(self.conversation(conversation_id), conversation_id, me, changes)
        if changed:
            self.save()
        return review

    def conversation(self, conversation_id: str) -> ConversationTrust:
        """The accepted state of a conversation (its path form), created empty.

        Args:
            conversation_id: The conversation's path form (`low-high` or `g…`).
        """
        return self.conversations.setdefault(conversation_id, ConversationTrust())

    def pin(self, user_id: str, identity_keys: Iterable[str], *, replace: bool = False) -> None:
        """Trust these identity keys for ``user_id`` (added, or ``replace`` the pinned ones).

        Args:
            user_id: The contact.
            identity_keys: Identity public keys, base64.
            replace: Forget the keys pinned before.
        """
        pinned = [] if replace else list(self.identities.get(user_id, []))
        self.identities[user_id] = list(dict.fromkeys([*pinned, *identity_keys]))
        self.save()
