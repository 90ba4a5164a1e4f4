"""Other users' public keys, and what you trust of them: the `ChatKeys` half that verifies."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from ..errors import ConfigurationError
from ..ids import validate_user_id
from ..trust import (
    IdentityKeyChangedError,
    MalformedPublicKeyError,
    OwnKeyMismatchError,
    TrustStore,
    fingerprint,
)
from .messages import NoPublicKeyError
from .state import KeyState


class PublicKeyRing(KeyState):
    """Contacts' signing keys whose binding verified, pinned identity keys, and their checks."""

    def add_public_keys(self, user_id: str, public_keys: Iterable[Any]) -> int:
        """Add a user's signing keys (PublicKey models or dicts, as ``GET /2/users/{id}/public_keys``
        returns them: that response does not name the user, so the caller pairs it). Returns how
        many were usable.

        Your own keys must match your private key (else `OwnKeyMismatchError`); a contact's identity
        key is pinned the first time (trust on first use) and a different one later raises
        `IdentityKeyChangedError` until accepted (`trust`). Key material that is not valid (bad
        base64, not a curve point) makes the user's keys malformed: their events are reported
        ``MALFORMED_KEY`` and encrypting to them raises `MalformedPublicKeyError`.

        Args:
            user_id: The user the keys belong to.
            public_keys: That user's keys: `PublicKey` models or dicts, as `GET
                /2/users/{id}/public_keys` returns them.
        """
        user_id = validate_user_id(user_id)
        bound: list[dict[str, str]] = []
        problems: list[str] = []
        for key in public_keys:
            data = key.to_dict() if hasattr(key, "to_dict") else dict(key)
            needed = ("public_key", "signing_public_key", "identity_public_key_signature", "public_key_version")
            if not all(isinstance(data.get(name), str) for name in needed):
                problems.append("a key without " + ", ".join(n for n in needed if not isinstance(data.get(n), str)))
                continue
            try:
                binding = self._chat.verify_key_binding(
                    data["public_key"], data["signing_public_key"], data["identity_public_key_signature"]
                )
            except (ValueError, RuntimeError) as exc:  # not base64, not a key: chatxdk raises a bare ValueError
                problems.append(str(exc).splitlines()[0] if str(exc) else type(exc).__name__)
                continue
            if binding:  # a signing key the identity key did not sign is never trusted
                bound.append(data)
        if user_id == self.user_id:
            bound = self._own_keys(bound)
        elif bound:
            self._vet_identities(user_id, [data["public_key"] for data in bound])
        if not bound and problems:
            self._malformed[user_id] = problems[0]
        else:
            self._malformed.pop(user_id, None)
        for data in bound:
            self._signing_keys[(user_id, data["public_key_version"])] = {
                "user_id": user_id,
                "public_key_version": data["public_key_version"],
                "public_key": data["signing_public_key"],
                "identity_public_key": data["public_key"],
                "identity_public_key_signature": data["identity_public_key_signature"],
            }
        self._looked_up.add(user_id)
        return len(bound)

    def _own_keys(self, bound: list[dict[str, str]]) -> list[dict[str, str]]:
        """Your keys as X serves them, checked against your private key: a key of your version (or a
        newer one) that is not yours raises; an older one you replaced is dropped."""
        mine = []
        for data in bound:
            try:
                matches = bool(self._chat.matches_registered_key(data["public_key"]))
            except (ValueError, RuntimeError):
                matches = False
            if matches:
                mine.append(data)
                continue
            served = data["public_key_version"]
            if self.key_version is None or not (served.isdigit() and self.key_version.isdigit()):
                raise OwnKeyMismatchError(self.user_id, served, self.key_version or "unknown")
            if int(served) >= int(self.key_version):
                raise OwnKeyMismatchError(self.user_id, served, self.key_version)
        return mine

    def _vet_identities(self, user_id: str, served: list[str]) -> None:
        """Trust on first use: pin a contact's identity keys the first time; later, a key not pinned
        raises until the user accepts it (`trust`)."""
        pinned = self._trust.identities.get(user_id)
        if not pinned:
            self._trust.pin(user_id, served)
            return
        new = [key for key in served if key not in pinned]
        if new:
            self._pending[user_id] = served
            raise IdentityKeyChangedError(user_id, fingerprint(pinned[-1]), fingerprint(new[-1]))

    def _accept_identity(self, user_id: str, expected: str | None) -> str:
        """Accept the identity key that `IdentityKeyChangedError` reported for ``user_id`` (it
        replaces the pinned one); returns its fingerprint.

        Args:
            user_id: The contact whose key changed.
            expected: The fingerprint compared out of band (None: accept what was served).
        """
        served = self._pending.get(user_id)
        if not served:
            raise ConfigurationError(
                f"no changed key of user {user_id} is waiting to be accepted: read or send to them first"
            )
        found = fingerprint(served[-1])
        if expected is not None and expected.strip() != found:
            raise ConfigurationError(
                f"user {user_id}'s served key has fingerprint {found}, not {expected.strip()}: nothing was accepted"
            )
        self._trust.pin(user_id, served, replace=True)
        del self._pending[user_id]
        self._looked_up.discard(user_id)  # looked up again, now with the accepted key
        return found

    def malformed_reason(self, user_id: str) -> str | None:
        """Why ``user_id``'s public keys from X were unusable key material, if they were.

        Args:
            user_id: A user ID.
        """
        return self._malformed.get(user_id)

    def trusted_keys(self, user_id: str | None = None) -> list[dict[str, str]]:
        """The signing keys whose binding verified (one user's, or everyone's), as chatxdk takes them.

        Args:
            user_id: One user's keys, or None for everyone's.
        """
        return [key for (owner, _), key in self._signing_keys.items() if user_id is None or owner == user_id]

    @property
    def trust_store(self) -> TrustStore:
        """Pinned identity keys and accepted key versions (see ``docs/security.md``)."""
        return self._trust

    def fingerprint(self, user_id: str | int | None = None) -> str:
        """The fingerprint of a user's identity key as this client trusts it (yours: None or your ID),
        to compare out of band. The same format as chatxdk's ``get_public_key_fingerprint``.

        Args:
            user_id: The contact (None: you). Their keys must have been seen (read or sent to them,
                or `add_public_keys`).
        """
        if user_id is None or str(user_id) == self.user_id:
            return str(self._chat.get_public_key_fingerprint())
        user = validate_user_id(user_id)
        pinned = self._trust.identities.get(user)
        if not pinned:
            raise ConfigurationError(
                f"no key of user {user} has been seen yet: read or send to them first (x-chat keys fingerprint {user})"
            )
        return fingerprint(pinned[-1])

    def trust(self, user_id: str | int, *, fingerprint: str | None = None) -> str:
        """Accept the changed identity key that `IdentityKeyChangedError` reported for ``user_id``, in
        place of the pinned one; returns its fingerprint. Pass ``fingerprint`` (what the contact
        read to you out of band) to accept only that key.

        Args:
            user_id: The contact whose key changed.
            fingerprint: The fingerprint you compared out of band (None: accept what was served).
        """
        return self._accept_identity(validate_user_id(user_id), fingerprint)

    def knows_user(self, user_id: str) -> bool:
        """Whether ``user_id``'s public keys were added (or looked up) already.

        Args:
            user_id: A user ID.
        """
        return user_id in self._looked_up

    def _identity_keys(self, user_id: str) -> dict[str, str] | None:
        found = self.trusted_keys(user_id)
        if not found:
            return None
        newest = max(found, key=lambda k: int(k["public_key_version"]) if k["public_key_version"].isdigit() else 0)
        return {
            "user_id": user_id,
            "public_key": newest["identity_public_key"],
            "key_version": newest["public_key_version"],
        }

    def _require_identity(self, user_id: str) -> dict[str, str]:
        found = self._identity_keys(user_id)
        if found is None:
            malformed = self.malformed_reason(user_id)
            if malformed is not None:
                raise MalformedPublicKeyError(user_id, malformed)
            raise NoPublicKeyError(user_id)
        return found
