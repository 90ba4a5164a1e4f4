"""End-to-end encryption, one concern a module; the public names are re-exported by `x_chat.crypto`.

- ``xdk``: chatxdk, imported once. ``state``: what `ChatKeys` holds.
- ``public_keys``: contacts' keys and trust on first use. ``conversation_keys``: the key protocol.
- ``sending``: encrypting and signing. ``decrypt``: a page decrypted and checked.
- ``keys``: `ChatKeys`, the one key holder, and its `Decryptor` view. ``messages``: what reading
  yields. ``keyfile``: key files. ``protocol``: the key protocol's decisions on what X served.
"""
