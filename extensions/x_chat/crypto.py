"""End-to-end encryption with chatxdk: `ChatKeys` (your keys and what you trust: encrypt, sign,
verify) and its `Decryptor` view that turns pages into typed messages.

Needs the ``x-chat[crypto]`` extra (X's official ``chatxdk``); the rest of x-chat never imports it.

```py
from x_chat import ChatClient
from x_chat.crypto import ChatKeys

keys = ChatKeys.from_key_file("keys.json")  # yours, written by `x-chat keys export`
with ChatClient() as client:
    for message in client.iter_messages("1215441834412953600-1603419180975409153", keys=keys):
        print(message.sender_id, message.kind.value, message.verified, message.text)
        #> 1215441834412953600 message True message 5
        #> 1603419180975409153 message True message 4
        #> 1215441834412953600 message True message 3
        #> 1603419180975409153 message True message 2
        #> 1215441834412953600 message True message 1
        #> 1603419180975409153 message True message 0
        #> 1215441834412953600 key_change True None
```

Each page is decrypted with one batched ``decrypt_events`` call (with the key-change events that
the page's ``meta`` lists), while the next page is being fetched. A bad event never aborts its page:
its error is collected per event (``DecryptedPage.errors``) and reported. Unverified signatures are
rejected by default.

The code lives in the private package ``x_chat._e2e`` (a module for each concern); this module is
the import path to use. The signature covers the content and the sender, not ``sequence_id`` nor the
creation time: ``verified`` says nothing about those two.
"""

from __future__ import annotations

from ._e2e.keyfile import write_key_file
from ._e2e.keys import ChatKeys, Decryptor
from ._e2e.messages import (
    DecryptedMessage,
    DecryptedPage,
    DecryptionErrorKind,
    DecryptionFailedError,
    DecryptionWarning,
    EventDecryptionError,
    GroupChange,
    MediaAttachment,
    MessageKind,
    NoPublicKeyError,
    ReplyPreview,
)
from ._e2e.sending import MAX_MESSAGE_LENGTH
from ._e2e.values import ConversationKey, KeyChange, ReplyTarget

__all__ = [
    "MAX_MESSAGE_LENGTH",
    "ChatKeys",
    "ConversationKey",
    "DecryptedMessage",
    "DecryptedPage",
    "DecryptionErrorKind",
    "DecryptionFailedError",
    "DecryptionWarning",
    "Decryptor",
    "EventDecryptionError",
    "GroupChange",
    "KeyChange",
    "MediaAttachment",
    "MessageKind",
    "NoPublicKeyError",
    "ReplyPreview",
    "ReplyTarget",
    "write_key_file",
]
