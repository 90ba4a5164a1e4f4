"""A fake X API server for tests and demos: real HTTP on 127.0.0.1, the Chat endpoints of our spec.

``FakeXServer`` (``server.py``) is assembled from one module per concern: ``http`` (sockets, recorded
requests, injected ``Fault``s), ``routes`` (a handler per operation), ``store`` (conversations,
keys, media), ``validation`` (requests checked against the spec), ``problems`` (X-style errors)
and ``rate_limits`` (fixed windows per token and endpoint).
"""

from .adversary import Adversary
from .broadcasts import FakeBroadcast
from .http import Fault, RecordedRequest
from .rate_limits import RateLimits
from .server import DEFAULT_TOKEN, DEFAULT_USER, FakeXServer
from .store import FakeConversation, rfc3339

__all__ = [
    "DEFAULT_TOKEN",
    "DEFAULT_USER",
    "Adversary",
    "FakeBroadcast",
    "FakeConversation",
    "FakeXServer",
    "Fault",
    "RateLimits",
    "RecordedRequest",
    "rfc3339",
]
