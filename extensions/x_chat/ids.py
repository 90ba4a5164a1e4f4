"""Conversation IDs: parse, validate and build them before anything reaches the network."""

from __future__ import annotations

import enum
import re
from typing import Final

import attrs

from .errors import XChatError

__all__ = [
    "ConversationId",
    "ConversationKind",
    "InvalidIdError",
    "validate_broadcast_id",
    "validate_media_hash_key",
    "validate_sequence_id",
    "validate_user_id",
]

# [0-9], not \d: \d also matches non-ASCII digits such as U+0661 or U+FF15. fullmatch, not $, which
# would accept a trailing newline.
_USER_ID: Final = re.compile(r"[0-9]{1,19}", re.ASCII)
_DIRECT: Final = re.compile(r"([0-9]{1,19})-([0-9]{1,19})", re.ASCII)
_GROUP: Final = re.compile(r"g([0-9]{1,19})", re.ASCII)
_BROADCAST_ID: Final = re.compile(r"[a-zA-Z0-9]{1,13}", re.ASCII)
_MEDIA_HASH_KEY: Final = re.compile(r"[a-zA-Z0-9]{1,50}", re.ASCII)
_EXPECTED: Final = (
    "expected two user IDs joined by '-' (e.g. '1215441834412953600-1603419180975409153'), "
    "'g' followed by an ID (e.g. 'g1234567890123456789') or the other user's ID alone "
    "(e.g. '1603419180975409153'); each ID is 1 to 19 ASCII digits"
)
_MAX_SHOWN: Final = 60


class InvalidIdError(XChatError, ValueError):
    """A conversation or user ID that does not have X's format. Raised before any request.

    Args:
        value: The value given.
        expected: What an ID of this kind looks like (for the message).
        kind: What the ID names (for the message): "conversation", "user", "sequence", "broadcast".
    """

    def __init__(self, value: object, expected: str = _EXPECTED, kind: str = "conversation") -> None:
        self.value = value
        self.kind = kind
        shown = repr(value)
        if len(shown) > _MAX_SHOWN:
            shown = shown[: _MAX_SHOWN - 3] + "..."
        super().__init__(f"invalid {kind} ID {shown}: {expected}")


class ConversationKind(enum.Enum):
    """A direct (one-to-one) or a group conversation."""

    DIRECT = "direct"
    GROUP = "group"


def digits_id(value: object, what: str, kind: str) -> str:
    """``value`` as X's numeric IDs are (1 to 19 ASCII digits; a non-negative int is taken), else
    InvalidIdError saying it expected ``what``."""
    if isinstance(value, int) and not isinstance(value, bool) and value >= 0:
        value = str(value)
    if not isinstance(value, str) or not _USER_ID.fullmatch(value):
        raise InvalidIdError(value, f"expected {what} of 1 to 19 ASCII digits", kind=kind)
    return value


def validate_user_id(value: object) -> str:
    """Return ``value`` if it is a user ID (1 to 19 ASCII digits), else raise InvalidIdError.

    Args:
        value: A user ID, as a string or a non-negative int.
    """
    return digits_id(value, "a user ID", "user")


def validate_sequence_id(value: object) -> str:
    """Return ``value`` if it is a message sequence ID (1 to 19 ASCII digits), else raise InvalidIdError.

    Args:
        value: A sequence ID, as a string or a non-negative int.
    """
    return digits_id(value, "a message sequence ID", "sequence")


def validate_broadcast_id(value: object) -> str:
    """Return ``value`` if it is a live broadcast's ID (1 to 13 ASCII letters and digits, e.g.
    ``1yNGaQLWpejGj``), else raise InvalidIdError.

    Args:
        value: A broadcast ID, as a string.
    """
    if not isinstance(value, str) or not _BROADCAST_ID.fullmatch(value):
        raise InvalidIdError(value, "expected a broadcast ID of 1 to 13 ASCII letters and digits", kind="broadcast")
    return value


def validate_media_hash_key(value: object) -> str:
    """Return ``value`` if it is a media hash key (1 to 50 ASCII letters and digits, the spec's
    pattern), else raise InvalidIdError.

    Args:
        value: A media hash key (`MediaAttachment.media_hash_key`, `UploadedMedia.media_hash_key`).
    """
    if not isinstance(value, str) or not _MEDIA_HASH_KEY.fullmatch(value):
        raise InvalidIdError(
            value, "expected a media hash key of 1 to 50 ASCII letters and digits", kind="media hash key"
        )
    return value


@attrs.frozen(str=False)
class ConversationId:
    """A validated X Chat conversation ID, in one of X's three forms (v2.167's pattern):

    - ``"<user id>-<user id>"``: a direct conversation, canonically named by its two participants;
    - ``"g<id>"``: a group conversation;
    - ``"<user id>"`` alone: the direct conversation between **you** (the authenticated user) and
      that user. X builds the canonical ``a-b`` ID from your token, so the same value names a
      different conversation for each user who sends it. `recipient_id` is that user.

    Examples:
        ```py
        from x_chat import ConversationId

        direct = ConversationId.parse("1215441834412953600-1603419180975409153")
        print(direct.kind.value, direct.participant_ids)
        #> direct ('1215441834412953600', '1603419180975409153')
        print(ConversationId.direct(1603419180975409153, 1215441834412953600))
        #> 1603419180975409153-1215441834412953600
        print(ConversationId.parse("g1234567890123456789").group_id)
        #> 1234567890123456789
        ```
    """

    value: str

    def __attrs_post_init__(self) -> None:
        if not isinstance(self.value, str) or not (
            _DIRECT.fullmatch(self.value) or _GROUP.fullmatch(self.value) or _USER_ID.fullmatch(self.value)
        ):
            raise InvalidIdError(self.value)

    @classmethod
    def parse(cls, value: str | ConversationId) -> ConversationId:
        """Validate ``value``; a ConversationId is returned as it is.

        Args:
            value: A conversation ID in any of X's three forms, or a `ConversationId`.
        """
        if isinstance(value, ConversationId):
            return value
        return cls(value)

    @classmethod
    def direct(cls, user_id: str | int, other_user_id: str | int) -> ConversationId:
        """The direct conversation between two users, in the order given.

        Args:
            user_id: One participant.
            other_user_id: The other participant.
        """
        return cls(f"{validate_user_id(user_id)}-{validate_user_id(other_user_id)}")

    @classmethod
    def with_user(cls, user_id: str | int) -> ConversationId:
        """Your direct conversation with this user (X resolves it from your credentials).

        Args:
            user_id: The other participant (the first is you).
        """
        return cls(validate_user_id(user_id))

    @classmethod
    def group(cls, group_id: str | int) -> ConversationId:
        """The group conversation with this numeric ID.

        Args:
            group_id: The group's numeric ID (without the `g`).
        """
        return cls(f"g{validate_user_id(group_id)}")

    @property
    def kind(self) -> ConversationKind:
        """Direct or group (the recipient-only form is direct)."""
        return ConversationKind.GROUP if self.value.startswith("g") else ConversationKind.DIRECT

    @property
    def participant_ids(self) -> tuple[str, ...]:
        """The two user IDs of a canonical direct ID; empty for a group (its members are not in the ID)
        and for the recipient-only form (see `recipient_id`: the other participant is you)."""
        if self.kind is ConversationKind.GROUP or "-" not in self.value:
            return ()
        first, second = self.value.split("-")
        return (first, second)

    @property
    def recipient_id(self) -> str | None:
        """For the recipient-only form (a bare user ID), that user; None for the other forms."""
        return self.value if _USER_ID.fullmatch(self.value) else None

    @property
    def is_canonical(self) -> bool:
        """True for ``a-b`` and ``g<id>``; False for the recipient-only form, which X resolves per user."""
        return self.recipient_id is None

    @property
    def group_id(self) -> str | None:
        """The numeric part of a group conversation ID; None for a direct one."""
        return self.value[1:] if self.kind is ConversationKind.GROUP else None

    def __str__(self) -> str:
        return self.value
