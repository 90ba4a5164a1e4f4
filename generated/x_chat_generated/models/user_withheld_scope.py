from enum import StrEnum


class UserWithheldScope(StrEnum):
    USER = "user"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "UserWithheldScope | None":
        """A one-value enum is a constant, such as the ``type`` that tells a union's arms apart: it
        stays strict, so that a union parses into the right arm. X's older host is the same constant:
        ``https://api.twitter.com/...`` is read as ``https://api.x.com/...``."""
        if isinstance(value, str) and value.startswith("https://api.twitter.com/"):
            return cls("https://api.x.com/" + value[len("https://api.twitter.com/") :])
        return None
