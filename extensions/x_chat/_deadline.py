"""A wall-clock limit on one attempt for the sync client: every socket operation's timeout is cut
to what is left of the attempt, so no server can hold a call by dripping bytes.

httpx's timeouts are per operation (connect, each read, each write): a response that sends one byte
every 0.2 s never trips a 30 s read timeout. asyncio has ``asyncio.timeout`` for a whole attempt;
threads have no such thing, so the clients x-chat makes wrap httpcore's network backend: while
`attempt_deadline` is set (by the pipeline, per attempt, in this thread's context), each connect,
read and write gets at most the time left, and raises httpcore's own timeout once it is spent
(httpx turns it into ``httpx.ReadTimeout`` and friends, the pipeline into ``APITimeoutError``).
"""

from __future__ import annotations

import contextlib
import contextvars
import time
from collections.abc import Iterable, Iterator
from typing import Any, TypeVar

import httpcore

from .errors import APITimeoutError

__all__ = ["MEDIA_RATE_FLOOR", "AttemptLimit", "attempt_deadline", "guard"]

MEDIA_RATE_FLOOR = 32 * 1024
"""Bytes per second a streamed download is allowed at least: its attempt gets ``attempt_timeout``
plus its declared size at this rate."""

_DEADLINE: contextvars.ContextVar[float | None] = contextvars.ContextVar("x_chat_attempt_deadline", default=None)


@contextlib.contextmanager
def attempt_deadline(deadline: float | None) -> Iterator[None]:
    """While inside, socket operations of guarded clients end by ``deadline`` (``time.monotonic``)."""
    token = _DEADLINE.set(deadline)
    try:
        yield
    finally:
        _DEADLINE.reset(token)


def extend(deadline: float) -> None:
    """Move the current attempt's deadline (a streamed download, once its declared size is known)."""
    if _DEADLINE.get() is not None:
        _DEADLINE.set(deadline)


class AttemptLimit:
    """One attempt's wall-clock limit: ``deadline`` on the ``time.monotonic`` clock (None: none).

    Args:
        seconds: The attempt's limit (None: none).
        described: What the limit is, for the error (e.g. the setting's name).
    """

    def __init__(self, seconds: float | None, described: str = "RetryPolicy.attempt_timeout") -> None:
        self.started = time.monotonic()
        self.seconds = seconds
        self.deadline = None if seconds is None else self.started + seconds
        self.described = described

    def error(self) -> APITimeoutError:
        """The error for a spent limit."""
        return APITimeoutError(
            f"the attempt did not finish within its limit of {self.seconds:.3g} s ({self.described}): "
            "the server was too slow to answer or to send the whole body"
        )

    def check(self) -> None:
        """Raise APITimeoutError if the limit is spent (between two pieces of a body)."""
        if self.deadline is not None and time.monotonic() > self.deadline:
            raise self.error()

    def allow_download(self, declared_size: int) -> None:
        """Give a streamed download time for its declared size (at `MEDIA_RATE_FLOOR`)."""
        if self.deadline is not None and declared_size > 0:
            self.deadline += declared_size / MEDIA_RATE_FLOOR
            extend(self.deadline)


def _bounded(timeout: float | None, error: type[Exception]) -> float | None:
    deadline = _DEADLINE.get()
    if deadline is None:
        return timeout
    left = deadline - time.monotonic()
    if left <= 0:
        raise error("the attempt's time limit is spent")
    return left if timeout is None else min(timeout, left)


class _Stream(httpcore.NetworkStream):
    def __init__(self, inner: httpcore.NetworkStream) -> None:
        self._inner = inner

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        return self._inner.read(max_bytes, _bounded(timeout, httpcore.ReadTimeout))

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        self._inner.write(buffer, _bounded(timeout, httpcore.WriteTimeout))

    def close(self) -> None:
        self._inner.close()

    def start_tls(self, ssl_context: Any, server_hostname: str | None = None, timeout: float | None = None) -> _Stream:
        return _Stream(self._inner.start_tls(ssl_context, server_hostname, _bounded(timeout, httpcore.ConnectTimeout)))

    def get_extra_info(self, info: str) -> Any:
        return self._inner.get_extra_info(info)


class _Backend(httpcore.NetworkBackend):
    def __init__(self, inner: httpcore.NetworkBackend) -> None:
        self._inner = inner

    def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[Any] | None = None,
    ) -> httpcore.NetworkStream:
        bounded = _bounded(timeout, httpcore.ConnectTimeout)
        return _Stream(self._inner.connect_tcp(host, port, bounded, local_address, socket_options))

    def connect_unix_socket(
        self, path: str, timeout: float | None = None, socket_options: Iterable[Any] | None = None
    ) -> httpcore.NetworkStream:
        bounded = _bounded(timeout, httpcore.ConnectTimeout)
        return _Stream(self._inner.connect_unix_socket(path, bounded, socket_options))

    def sleep(self, seconds: float) -> None:
        self._inner.sleep(seconds)


H = TypeVar("H")


def guard(http: H) -> H:
    """Wrap the network backend of an ``httpx.Client`` x-chat made (its default transport's pool);
    a client whose transport is not httpx's own is left as it is."""
    transports = [getattr(http, "_transport", None), *getattr(http, "_mounts", {}).values()]
    for transport in transports:
        pool = getattr(transport, "_pool", None)
        backend = getattr(pool, "_network_backend", None)
        if isinstance(backend, httpcore.NetworkBackend) and not isinstance(backend, _Backend):
            pool._network_backend = _Backend(backend)  # type: ignore[union-attr]
    return http
