from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Model, raw_object

T = TypeVar("T", bound="AddUserPublicKeyRequest")


@_attrs_define
class AddUserPublicKeyRequest(Model):
    """AddUserPublicKeyRequest: an object of X's API, as the spec describes it.

    Attributes:
        public_key (AddUserPublicKeyPublicKey):
        version (str): Public key version.
        generate_version (bool | None): When true, the server generates a new version.
    """

    public_key: AddUserPublicKeyPublicKey
    version: str
    generate_version: bool | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The model as its JSON object: the fields that are set, and the unknown ones kept."""
        public_key = self.public_key.to_dict()

        version = self.version

        generate_version = self.generate_version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "public_key": public_key,
                "version": version,
            }
        )
        if generate_version is not UNSET:
            field_dict["generate_version"] = generate_version

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
        public_key = raw_object(src_dict["public_key"], "AddUserPublicKeyRequest.public_key")

        version = src_dict["version"]
        if type(version) is not str and not isinstance(version, str):
            raise TypeError(f"AddUserPublicKeyRequest.version: expected str, got {type(version).__name__}")

        generate_version = _get("generate_version", UNSET)
        if type(generate_version) is not bool and generate_version is not UNSET:
            raise TypeError(
                f"AddUserPublicKeyRequest.generate_version: expected bool, got {type(generate_version).__name__}"
            )

        add_user_public_key_request = cls(
            public_key,
            version,
            generate_version,
        )

        d = (
            {}
            if _AddUserPublicKeyRequest_KEYS.issuperset(src_dict)
            else {k: v for k, v in src_dict.items() if k not in _AddUserPublicKeyRequest_KEYS}
        )
        add_user_public_key_request.additional_properties = d
        return add_user_public_key_request

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


_AddUserPublicKeyRequest_KEYS = frozenset(
    {
        "public_key",
        "version",
        "generate_version",
    }
)
from ..models.add_user_public_key_public_key import AddUserPublicKeyPublicKey  # noqa: E402
from ..types import lazy_model_field  # noqa: E402

lazy_model_field(AddUserPublicKeyRequest, "public_key", lambda raw: AddUserPublicKeyPublicKey.from_dict(raw))
