"""pytest fixtures for x-chat users: ``pytest_plugins = ["x_chat.testing.pytest_plugin"]``."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from ._fake_server import FakeXServer

__all__ = ["fake_x_server"]


@pytest.fixture
def fake_x_server() -> Iterator[FakeXServer]:
    """A running `FakeXServer` on 127.0.0.1, stopped after the test."""
    with FakeXServer() as server:
        yield server
