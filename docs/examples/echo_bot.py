"""An echo bot: every message sent to the bot comes back, end-to-end encrypted, as a reply.

Run it with the bot's key file (x-chat keys generate; then x-chat keys register), its user token in
$X_BEARER_TOKEN and your app's Bearer token in $X_APP_BEARER_TOKEN (the activity stream's).
"""

import os

from x_chat import ChatClient
from x_chat.crypto import ChatKeys

keys = ChatKeys.from_key_file(os.environ.get("X_CHAT_KEYS", "keys.json"))
with ChatClient(token=os.environ["X_APP_BEARER_TOKEN"]) as app, ChatClient() as bot:
    bot.create_activity_subscription("chat.received", keys.user_id)  # once per bot (a user token: dm.read)
    for message in app.stream_chat_messages(keys=keys):  # decrypted, verified, each once
        if message.sender_id != keys.user_id and message.text:
            bot.send_message(message.conversation_id, f"echo: {message.text}", keys=keys, reply_to=message)
