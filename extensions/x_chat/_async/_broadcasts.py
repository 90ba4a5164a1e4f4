"""Live broadcasts: ``POST /2/broadcasts/{id}/chat``."""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING, Unpack

from x_chat_generated.api.broadcasts import send_broadcast_chat
from x_chat_generated.models.send_broadcast_chat_request import SendBroadcastChatRequest

from .._arguments import MAX_BROADCAST_CHAT_LENGTH
from .._call import RequestOptions, per_call
from .._responses import result_of
from ..errors import (
    InvalidArgumentError,
)
from ..ids import (
    validate_broadcast_id,
)
from ..results import BroadcastChatSent

if TYPE_CHECKING:  # loaded on first use (see results.py); crypto needs the x-chat[crypto] extra
    pass


from ._core import ClientCore


class Broadcasts(ClientCore):
    """Public chat on live broadcasts."""

    @per_call
    async def send_broadcast_chat(
        self, broadcast_id: str, text: str, **options: Unpack[RequestOptions]
    ) -> BroadcastChatSent:
        """Post a chat message to a live broadcast, as the authenticated user
        (``POST /2/broadcasts/{id}/chat``; scopes ``broadcast.write broadcast.read``).

        Broadcast chat is public: the text is sent as it is, not end-to-end encrypted, and needs no
        keys. Like every write, it is sent once: a failure after the request may have reached X
        raises instead of resending.

        Args:
            broadcast_id: The broadcast's ID (1 to 13 ASCII letters and digits, e.g. `1yNGaQLWpejGj`).
                Checked before any request.
            text: The message, 1 to 140 characters. Checked before any request.
        """
        validate_broadcast_id(broadcast_id)
        if not isinstance(text, str) or not 1 <= len(text) <= MAX_BROADCAST_CHAT_LENGTH:
            shown = f"{len(text)} characters" if isinstance(text, str) else type(text).__name__
            raise InvalidArgumentError(
                f"a broadcast chat message is 1 to {MAX_BROADCAST_CHAT_LENGTH} characters, got {shown}"
            )
        body = SendBroadcastChatRequest(text=text)
        response = await send_broadcast_chat.asyncio_detailed(broadcast_id, client=self.api, body=body)
        return result_of(response, partial(BroadcastChatSent.of, broadcast_id))
