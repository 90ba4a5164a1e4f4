"""``client.with_raw_response``: every facade method, returning its result with X's response."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ._backend import raw, raw_items

if TYPE_CHECKING:
    from .client import AsyncChatClient

__all__ = ["AsyncRawResponses"]


class AsyncRawResponses:
    """The methods of an `AsyncChatClient`, each returning a `Detailed`: the result as ``parsed`` and
    the response it came from as ``raw`` (status, headers, rate limit, request id; every response of
    a call that sent several in ``responses``). The iterating methods yield a `Detailed` per item,
    with the response of the page the item was on. Same arguments, same errors.

    ```py
    import asyncio

    from x_chat import AsyncChatClient


    async def main() -> None:
        async with AsyncChatClient() as client:
            detailed = await client.with_raw_response.get_conversation("g1234567890123456789")
            print(detailed.parsed.data.id, detailed.raw.status_code, detailed.raw.rate_limit is not None)
            #> g1234567890123456789 200 True


    asyncio.run(main())
    ```

    ``conversation_key`` is not here: it may answer from what the client already verified, with no
    request. Nor are the real-time iterators (``stream_chat_activity``, ``poll_chat_activity``,
    ``listen``...): they run for as long as you read them, over many responses.

    Args:
        client: The client whose methods these are (``client.with_raw_response`` makes this).
    """

    def __init__(self, client: AsyncChatClient) -> None:
        self.get_conversation_events = raw(client.get_conversation_events)
        self.iter_conversation_pages = raw_items(client.iter_conversation_pages)
        self.iter_conversation_events = raw_items(client.iter_conversation_events)
        self.get_conversation = raw(client.get_conversation)
        self.get_conversations = raw(client.get_conversations)
        self.iter_conversation_list_pages = raw_items(client.iter_conversation_list_pages)
        self.iter_conversations = raw_items(client.iter_conversations)
        self.get_users_public_keys = raw(client.get_users_public_keys)
        self.get_user_public_keys = raw(client.get_user_public_keys)
        self.register_public_key = raw(client.register_public_key)
        self.mark_read = raw(client.mark_read)
        self.send_typing = raw(client.send_typing)
        self.send_broadcast_chat = raw(client.send_broadcast_chat)
        self.get_broadcast_chat = raw(client.get_broadcast_chat)
        self.iter_broadcast_chat_pages = raw_items(client.iter_broadcast_chat_pages)
        self.iter_broadcast_chat = raw_items(client.iter_broadcast_chat)
        self.mute_broadcast_chat_user = raw(client.mute_broadcast_chat_user)
        self.unmute_broadcast_chat_user = raw(client.unmute_broadcast_chat_user)
        self.delete_broadcast_chat_message = raw(client.delete_broadcast_chat_message)
        self.send_message = raw(client.send_message)
        self.add_reaction = raw(client.add_reaction)
        self.remove_reaction = raw(client.remove_reaction)
        self.edit_message = raw(client.edit_message)
        self.delete_messages = raw(client.delete_messages)
        self.create_group = raw(client.create_group)
        self.add_group_members = raw(client.add_group_members)
        self.upload_media = raw(client.upload_media)
        self.download_media = raw(client.download_media)
        self.iter_decrypted_pages = raw_items(client.iter_decrypted_pages)
        self.iter_messages = raw_items(client.iter_messages)
        self.create_activity_subscription = raw(client.create_activity_subscription)
        self.iter_activity_subscriptions = raw_items(client.iter_activity_subscriptions)
        self.update_activity_subscription = raw(client.update_activity_subscription)
        self.delete_activity_subscription = raw(client.delete_activity_subscription)
        self.create_webhook = raw(client.create_webhook)
        self.get_webhooks = raw(client.get_webhooks)
        self.delete_webhook = raw(client.delete_webhook)
        self.validate_webhook = raw(client.validate_webhook)
        self.replay_webhook = raw(client.replay_webhook)
