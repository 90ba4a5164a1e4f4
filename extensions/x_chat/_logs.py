"""Logging switched on from outside the code: ``X_CHAT_LOG=debug`` (or ``info``), or the CLI's ``--debug``.

x-chat logs to the ``x_chat`` logger (retries and rate-limit waits at INFO; every request and
response at DEBUG: method, URL, status, request id, headers). Credentials never appear: the
headers that carry them are redacted, and no body is logged. Without the variable, nothing is
configured: an application's own ``logging`` setup decides.
"""

from __future__ import annotations

import logging
import os
import sys
from collections.abc import Iterable

__all__ = ["LOG_ENV", "redacted", "setup_logging"]

LOG_ENV = "X_CHAT_LOG"
_LEVELS = {"debug": logging.DEBUG, "info": logging.INFO}
_SECRET_HEADERS = frozenset({"authorization", "proxy-authorization", "cookie", "set-cookie", "x-api-key"})


class _Handler(logging.StreamHandler):  # type: ignore[type-arg]
    """Ours, so configuring twice adds no second one."""


def setup_logging(level: str | None = None) -> None:
    """Log ``x_chat`` at ``level`` (``debug`` or ``info``; default ``$X_CHAT_LOG``) to stderr.

    Args:
        level: ``"debug"`` or ``"info"``; None reads ``$X_CHAT_LOG`` (unset: leave logging alone).
    """
    name = (level if level is not None else os.environ.get(LOG_ENV, "")).strip().lower()
    if not name:
        return
    if name not in _LEVELS:
        print(f"x-chat: {LOG_ENV}={name!r} is not debug or info; logging stays off", file=sys.stderr)
        return
    logger = logging.getLogger("x_chat")
    logger.setLevel(_LEVELS[name])
    if not any(isinstance(handler, _Handler) for handler in logger.handlers):
        handler = _Handler(sys.stderr)
        handler.setFormatter(logging.Formatter("[%(asctime)s %(name)s %(levelname)s] %(message)s"))
        logger.addHandler(handler)


def redacted(headers: Iterable[tuple[str, str]]) -> dict[str, str]:
    """Headers for a log line, those that carry credentials replaced by ``<redacted>``.

    Args:
        headers: Name and value pairs (``httpx.Headers.items()``).
    """
    return {name: "<redacted>" if name.lower() in _SECRET_HEADERS else value for name, value in headers}
