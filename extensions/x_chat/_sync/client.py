# Generated from x_chat/_async/client.py by extensions/generate_sync.py: do not edit.
"""AsyncChatClient, the source of both clients: ``_sync/client.py`` (ChatClient) is generated from
this file by ``extensions/generate_sync.py``. Every request goes through the generated operations, so
through the one pipeline (``client.api``)."""

from __future__ import annotations

from ._broadcasts import Broadcasts
from ._media import Media
from ._realtime import Realtime
from ._subscriptions import Subscriptions
from .raw import RawResponses

__all__ = ["ChatClient"]


class ChatClient(Realtime, Media, Broadcasts, Subscriptions):
    """An X Chat client: every Chat operation, typed, through one pipeline (auth, retries, pacing).

    ``token`` defaults to ``$X_BEARER_TOKEN`` (an OAuth 2.0 user access token). ``http_client`` may be
    your own ``httpx.Client`` (proxies, transports, event hooks): the token is applied per
    request, and a client you pass is not closed by this one. ``retry`` and ``timeout`` set the
    defaults; `with_options` makes a copy with others for some calls.

    Examples:
        ```py
        from x_chat import ChatClient


        def main() -> None:
            with ChatClient() as client:  # the token from $X_BEARER_TOKEN
                events = client.iter_conversation_events("g1234567890123456789", fields=["id", "sender_id"], limit=2)
                for event in events:
                    print(event.id, event.sender_id)
                    #> 1054351113904317941 1215441834412953600
                    #> 1054351113904317940 56


        main()
        ```
    """

    @property
    def with_raw_response(self) -> RawResponses:
        """Every method of this client, returning a `Detailed` (the result and X's response);
        see `RawResponses`."""
        return RawResponses(self)
