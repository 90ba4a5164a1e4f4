"""X's chatxdk, imported once: the one place that says how to install it when it is missing."""

try:
    import chat_xdk
except ImportError:
    raise ImportError(
        "x_chat.crypto needs X's chat encryption library: pip install 'x-chat[crypto]' (it installs chatxdk)"
    ) from None

__all__ = ["chat_xdk"]
