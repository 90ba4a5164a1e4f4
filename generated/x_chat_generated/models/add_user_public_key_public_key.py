from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Model

T = TypeVar("T", bound="AddUserPublicKeyPublicKey")


@_attrs_define
class AddUserPublicKeyPublicKey(Model):
    """AddUserPublicKeyPublicKey: an object of X's API, as the spec describes it.

    Attributes:
        identity_public_key_signature (str | None): Signature over the identity public key.
        public_key (str | None): Identity public key (base64 encoded).
        public_key_fingerprint (str | None): Fingerprint of the identity public key.
        registration_method (str | None): Registration method for the public key.
        signing_public_key (str | None): Signing public key (base64 encoded).
        signing_public_key_signature (str | None): Signature over the signing public key.
    """

    identity_public_key_signature: str | None = None
    public_key: str | None = None
    public_key_fingerprint: str | None = None
    registration_method: str | None = None
    signing_public_key: str | None = None
    signing_public_key_signature: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The model as its JSON object: the fields that are set, and the unknown ones kept."""
        identity_public_key_signature = self.identity_public_key_signature

        public_key = self.public_key

        public_key_fingerprint = self.public_key_fingerprint

        registration_method = self.registration_method

        signing_public_key = self.signing_public_key

        signing_public_key_signature = self.signing_public_key_signature

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if identity_public_key_signature is not UNSET:
            field_dict["identity_public_key_signature"] = identity_public_key_signature
        if public_key is not UNSET:
            field_dict["public_key"] = public_key
        if public_key_fingerprint is not UNSET:
            field_dict["public_key_fingerprint"] = public_key_fingerprint
        if registration_method is not UNSET:
            field_dict["registration_method"] = registration_method
        if signing_public_key is not UNSET:
            field_dict["signing_public_key"] = signing_public_key
        if signing_public_key_signature is not UNSET:
            field_dict["signing_public_key_signature"] = signing_public_key_signature

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """The model read from its JSON object (what `to_dict` returns); a field of the wrong type
        raises TypeError naming it.

        Args:
            src_dict: The JSON object, as X sent it.
        """
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # the ABC check only off the JSON path
            raise TypeError(f"{cls.__name__}: expected object, got {type(src_dict).__name__}")
        _get = src_dict.get
        identity_public_key_signature = _get("identity_public_key_signature", UNSET)
        if (
            type(identity_public_key_signature) is not str
            and identity_public_key_signature is not UNSET
            and not isinstance(identity_public_key_signature, str)
        ):
            raise TypeError(
                f"AddUserPublicKeyPublicKey.identity_public_key_signature: expected str, got {type(identity_public_key_signature).__name__}"
            )

        public_key = _get("public_key", UNSET)
        if type(public_key) is not str and public_key is not UNSET and not isinstance(public_key, str):
            raise TypeError(f"AddUserPublicKeyPublicKey.public_key: expected str, got {type(public_key).__name__}")

        public_key_fingerprint = _get("public_key_fingerprint", UNSET)
        if (
            type(public_key_fingerprint) is not str
            and public_key_fingerprint is not UNSET
            and not isinstance(public_key_fingerprint, str)
        ):
            raise TypeError(
                f"AddUserPublicKeyPublicKey.public_key_fingerprint: expected str, got {type(public_key_fingerprint).__name__}"
            )

        registration_method = _get("registration_method", UNSET)
        if (
            type(registration_method) is not str
            and registration_method is not UNSET
            and not isinstance(registration_method, str)
        ):
            raise TypeError(
                f"AddUserPublicKeyPublicKey.registration_method: expected str, got {type(registration_method).__name__}"
            )

        signing_public_key = _get("signing_public_key", UNSET)
        if (
            type(signing_public_key) is not str
            and signing_public_key is not UNSET
            and not isinstance(signing_public_key, str)
        ):
            raise TypeError(
                f"AddUserPublicKeyPublicKey.signing_public_key: expected str, got {type(signing_public_key).__name__}"
            )

        signing_public_key_signature = _get("signing_public_key_signature", UNSET)
        if (
            type(signing_public_key_signature) is not str
            and signing_public_key_signature is not UNSET
            and not isinstance(signing_public_key_signature, str)
        ):
            raise TypeError(
                f"AddUserPublicKeyPublicKey.signing_public_key_signature: expected str, got {type(signing_public_key_signature).__name__}"
            )

        add_user_public_key_public_key = cls(
            identity_public_key_signature,
            public_key,
            public_key_fingerprint,
            registration_method,
            signing_public_key,
            signing_public_key_signature,
        )

        d = (
            {}
            if _AddUserPublicKeyPublicKey_KEYS.issuperset(src_dict)
            else {k: v for k, v in src_dict.items() if k not in _AddUserPublicKeyPublicKey_KEYS}
        )
        add_user_public_key_public_key.additional_properties = d
        return add_user_public_key_public_key

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


_AddUserPublicKeyPublicKey_KEYS = frozenset(
    {
        "identity_public_key_signature",
        "public_key",
        "public_key_fingerprint",
        "registration_method",
        "signing_public_key",
        "signing_public_key_signature",
    }
)
