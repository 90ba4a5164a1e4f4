"""Test helpers: a fake X server over real HTTP, and a pytest fixture.

In a ``conftest.py``: ``pytest_plugins = ["x_chat.testing.pytest_plugin"]``, then use the
``fake_x_server`` fixture; or use `FakeXServer` as a context manager anywhere.
"""

from ._fake_server import (
    DEFAULT_CONSUMER_SECRET,
    DEFAULT_TOKEN,
    Adversary,
    FakeBroadcast,
    FakeConversation,
    FakeXServer,
    Fault,
    RateLimits,
    RecordedRequest,
    StreamScript,
)

__all__ = [
    "DEFAULT_CONSUMER_SECRET",
    "DEFAULT_TOKEN",
    "Adversary",
    "FakeBroadcast",
    "FakeConversation",
    "FakeXServer",
    "Fault",
    "RateLimits",
    "RecordedRequest",
    "StreamScript",
]
