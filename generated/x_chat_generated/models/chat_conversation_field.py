from enum import StrEnum


class ChatConversationField(StrEnum):
    """ChatConversationField: the values the spec lists; a value X added later is kept as a pseudo-member."""

    CREATED_AT = "created_at"
    GROUP_AVATAR_URL = "group_avatar_url"
    GROUP_NAME = "group_name"
    ID = "id"
    IS_MUTED = "is_muted"
    MESSAGE_TTL_MS = "message_ttl_ms"
    SCREEN_CAPTURE_BLOCKING_ENABLED = "screen_capture_blocking_enabled"
    SCREEN_CAPTURE_DETECTION_ENABLED = "screen_capture_detection_enabled"
    TYPE = "type"
    UPDATED_AT = "updated_at"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "ChatConversationField | None":
        """A value the spec does not list yet (X added it later) becomes a pseudo-member that keeps the
        value, instead of failing the whole response. Its name is the upper-cased value."""
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value.upper()
        member._value_ = value
        return member
