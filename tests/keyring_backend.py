"""A keyring backend for the token store's tests: keyrings.alt's plaintext file (a real backend,
under ``$XDG_DATA_HOME``), ranked as a recommended one so x-chat picks it as it would the macOS
Keychain or Secret Service. Selected with ``PYTHON_KEYRING_BACKEND=keyring_backend.Recommended``."""

from __future__ import annotations

from keyrings.alt.file import PlaintextKeyring


class Recommended(PlaintextKeyring):
    priority = 1  # type: ignore[assignment]
