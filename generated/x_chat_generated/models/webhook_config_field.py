from enum import StrEnum


class WebhookConfigField(StrEnum):
    """WebhookConfigField: the values the spec lists; a value X added later is kept as a pseudo-member."""

    CREATED_AT = "created_at"
    ID = "id"
    URL = "url"
    VALID = "valid"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "WebhookConfigField | None":
        """A value the spec does not list yet (X added it later) becomes a pseudo-member that keeps the
        value, instead of failing the whole response. Its name is the upper-cased value."""
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value.upper()
        member._value_ = value
        return member
