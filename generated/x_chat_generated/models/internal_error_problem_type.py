from enum import StrEnum


class InternalErrorProblemType(StrEnum):
    """InternalErrorProblemType: the values the spec lists."""

    HTTPSAPI_X_COM2PROBLEMSINTERNAL_ERROR = "https://api.x.com/2/problems/internal-error"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "InternalErrorProblemType | None":
        """A one-value enum whose value is a URI is a type tag (a problem's ``type``, which tells a
        union's arms apart): it stays strict, so that a union parses into the right arm. X's older
        host is the same tag: ``https://api.twitter.com/...`` is read as ``https://api.x.com/...``."""
        if isinstance(value, str) and value.startswith("https://api.twitter.com/"):
            return cls("https://api.x.com/" + value[len("https://api.twitter.com/") :])
        return None
