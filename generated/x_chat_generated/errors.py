"""Contains shared errors types that can be raised from API functions"""


class XChatError(Exception):
    """Base of every exception x-chat raises on purpose, the generated client's included.

    x-chat's own errors (``x_chat.errors``) derive from this class too, so one
    ``except XChatError`` catches a malformed nested object read long after its response parsed."""


class UnexpectedStatus(XChatError):
    """Raised by api functions when the response has a status the spec does not document and
    ``Client.raise_on_unexpected_status`` is True.

    Args:
        status_code: The response's status.
        content: The response's body.
    """

    def __init__(self, status_code: int, content: bytes):
        self.status_code = status_code
        self.content = content

        super().__init__(
            f"Unexpected status code: {status_code}\n\nResponse content:\n{content.decode(errors='ignore')}"
        )


__all__ = ["UnexpectedStatus", "XChatError"]
