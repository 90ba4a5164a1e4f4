from enum import StrEnum


class PublicKeyField(StrEnum):
    """PublicKeyField: the values the spec lists; a value X added later is kept as a pseudo-member."""

    IDENTITY_PUBLIC_KEY_SIGNATURE = "identity_public_key_signature"
    JUICEBOX_CONFIG = "juicebox_config"
    PUBLIC_KEY = "public_key"
    PUBLIC_KEY_VERSION = "public_key_version"
    SIGNING_PUBLIC_KEY = "signing_public_key"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "PublicKeyField | None":
        """A value the spec does not list yet (X added it later) becomes a pseudo-member that keeps the
        value, instead of failing the whole response. Its name is the upper-cased value."""
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value.upper()
        member._value_ = value
        return member
