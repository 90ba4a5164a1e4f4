"""A fake X API server for tests and demos: real HTTP on 127.0.0.1, the Chat endpoints of our spec.

``FakeXServer`` (``server.py``) is assembled from one module per concern: ``http`` (sockets, recorded
requests, injected ``Fault``s), ``routes`` (a handler per operation), ``store`` (conversations,
keys, media), ``validation`` (requests checked against the spec), ``problems`` (X-style errors)
``rate_limits`` (fixed windows per token and endpoint) and ``activity`` (the X Activity API:
subscriptions, the stream, webhooks).
"""

from .activity import ActivityHub, StreamScript
from .adversary import Adversary
from .broadcasts import FakeBroadcast
from .http import Fault, RecordedRequest
from .rate_limits import RateLimits
from .server import DEFAULT_CONSUMER_SECRET, DEFAULT_TOKEN, DEFAULT_USER, FakeXServer
from .store import FakeConversation, rfc3339

__all__ = [
    "DEFAULT_CONSUMER_SECRET",
    "DEFAULT_TOKEN",
    "DEFAULT_USER",
    "ActivityHub",
    "Adversary",
    "FakeBroadcast",
    "FakeConversation",
    "FakeXServer",
    "Fault",
    "RateLimits",
    "RecordedRequest",
    "StreamScript",
    "rfc3339",
]
