from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Model, Unset, raw_object

T = TypeVar("T", bound="PublicKey")


@_attrs_define
class PublicKey(Model):
    """PublicKey: an object of X's API, as the spec describes it.

    Attributes:
        identity_public_key_signature (str | None):
        juicebox_config (PublicKeyJuiceboxConfig | None):
        public_key (str | None):
        public_key_version (str | None):
        signing_public_key (str | None):
    """

    identity_public_key_signature: str | None = None
    juicebox_config: PublicKeyJuiceboxConfig | None = None
    public_key: str | None = None
    public_key_version: str | None = None
    signing_public_key: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The model as its JSON object: the fields that are set, and the unknown ones kept."""
        identity_public_key_signature = self.identity_public_key_signature

        juicebox_config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.juicebox_config, Unset):
            juicebox_config = self.juicebox_config.to_dict()

        public_key = self.public_key

        public_key_version = self.public_key_version

        signing_public_key = self.signing_public_key

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if identity_public_key_signature is not UNSET:
            field_dict["identity_public_key_signature"] = identity_public_key_signature
        if juicebox_config is not UNSET:
            field_dict["juicebox_config"] = juicebox_config
        if public_key is not UNSET:
            field_dict["public_key"] = public_key
        if public_key_version is not UNSET:
            field_dict["public_key_version"] = public_key_version
        if signing_public_key is not UNSET:
            field_dict["signing_public_key"] = signing_public_key

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
                f"PublicKey.identity_public_key_signature: expected str, got {type(identity_public_key_signature).__name__}"
            )

        juicebox_config = raw_object(_get("juicebox_config", UNSET), "PublicKey.juicebox_config")

        public_key = _get("public_key", UNSET)
        if type(public_key) is not str and public_key is not UNSET and not isinstance(public_key, str):
            raise TypeError(f"PublicKey.public_key: expected str, got {type(public_key).__name__}")

        public_key_version = _get("public_key_version", UNSET)
        if (
            type(public_key_version) is not str
            and public_key_version is not UNSET
            and not isinstance(public_key_version, str)
        ):
            raise TypeError(f"PublicKey.public_key_version: expected str, got {type(public_key_version).__name__}")

        signing_public_key = _get("signing_public_key", UNSET)
        if (
            type(signing_public_key) is not str
            and signing_public_key is not UNSET
            and not isinstance(signing_public_key, str)
        ):
            raise TypeError(f"PublicKey.signing_public_key: expected str, got {type(signing_public_key).__name__}")

        public_key = cls(
            identity_public_key_signature,
            juicebox_config,
            public_key,
            public_key_version,
            signing_public_key,
        )

        d = (
            {}
            if _PublicKey_KEYS.issuperset(src_dict)
            else {k: v for k, v in src_dict.items() if k not in _PublicKey_KEYS}
        )
        public_key.additional_properties = d
        return public_key

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


_PublicKey_KEYS = frozenset(
    {
        "identity_public_key_signature",
        "juicebox_config",
        "public_key",
        "public_key_version",
        "signing_public_key",
    }
)
from ..models.public_key_juicebox_config import PublicKeyJuiceboxConfig  # noqa: E402
from ..types import lazy_model_field  # noqa: E402

lazy_model_field(PublicKey, "juicebox_config", lambda raw: PublicKeyJuiceboxConfig.from_dict(raw))
