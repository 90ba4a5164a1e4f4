from enum import StrEnum


class ChatMessageEventField(StrEnum):
    """ChatMessageEventField: the values the spec lists; a value X added later is kept as a pseudo-member."""

    CONVERSATION_ID = "conversation_id"
    CONVERSATION_TOKEN = "conversation_token"
    CREATED_AT = "created_at"
    ENCODED_EVENT = "encoded_event"
    ID = "id"
    IS_TRUSTED = "is_trusted"
    MESSAGE_EVENT_SIGNATURE = "message_event_signature"
    PREVIOUS_ID = "previous_id"
    SENDER_ID = "sender_id"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "ChatMessageEventField | None":
        """A value the spec does not list yet (X added it later) becomes a pseudo-member that keeps the
        value, instead of failing the whole response. Its name is the upper-cased value."""
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value.upper()
        member._value_ = value
        return member
