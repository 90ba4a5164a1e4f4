"""ChatClient and AsyncChatClient: the facade over the generated client.

``AsyncChatClient`` is written in ``_async/client.py``; ``ChatClient`` is generated from it
(``_sync/client.py``, ``make unasync``). Both send every request through the generated operations,
so through one pipeline (``_async/pipeline.py``): auth, retries, typed errors, rate limits.
"""

from __future__ import annotations

from ._async._realtime import AsyncActivityStream
from ._async.client import AsyncChatClient
from ._async.raw import AsyncRawResponses
from ._base import DEFAULT_BASE_URL
from ._call import RequestOptions
from ._responses import Detailed, RawResponse
from ._sync._realtime import ActivityStream
from ._sync.client import ChatClient
from ._sync.raw import RawResponses

__all__ = [
    "DEFAULT_BASE_URL",
    "ActivityStream",
    "AsyncActivityStream",
    "AsyncChatClient",
    "AsyncRawResponses",
    "ChatClient",
    "Detailed",
    "RawResponse",
    "RawResponses",
    "RequestOptions",
]
