from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Model, Unset, raw_object

T = TypeVar("T", bound="AddUserPublicKeyResponseData")


@_attrs_define
class AddUserPublicKeyResponseData(Model):
    """AddUserPublicKeyResponseData: an object of X's API, as the spec describes it.

    Attributes:
        juicebox_config (AddUserPublicKeyResponseDataJuiceboxConfig | None): Juicebox recovery-service configuration for
            this key.
        public_key_version (str | None): Version assigned to the registered public key.
    """

    juicebox_config: AddUserPublicKeyResponseDataJuiceboxConfig | None = None
    public_key_version: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The model as its JSON object: the fields that are set, and the unknown ones kept."""
        juicebox_config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.juicebox_config, Unset):
            juicebox_config = self.juicebox_config.to_dict()

        public_key_version = self.public_key_version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if juicebox_config is not UNSET:
            field_dict["juicebox_config"] = juicebox_config
        if public_key_version is not UNSET:
            field_dict["public_key_version"] = public_key_version

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
        juicebox_config = raw_object(_get("juicebox_config", UNSET), "AddUserPublicKeyResponseData.juicebox_config")

        public_key_version = _get("public_key_version", UNSET)
        if (
            type(public_key_version) is not str
            and public_key_version is not UNSET
            and not isinstance(public_key_version, str)
        ):
            raise TypeError(
                f"AddUserPublicKeyResponseData.public_key_version: expected str, got {type(public_key_version).__name__}"
            )

        add_user_public_key_response_data = cls(
            juicebox_config,
            public_key_version,
        )

        d = (
            {}
            if _AddUserPublicKeyResponseData_KEYS.issuperset(src_dict)
            else {k: v for k, v in src_dict.items() if k not in _AddUserPublicKeyResponseData_KEYS}
        )
        add_user_public_key_response_data.additional_properties = d
        return add_user_public_key_response_data

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


_AddUserPublicKeyResponseData_KEYS = frozenset(
    {
        "juicebox_config",
        "public_key_version",
    }
)
from ..models.add_user_public_key_response_data_juicebox_config import AddUserPublicKeyResponseDataJuiceboxConfig  # noqa: E402
from ..types import lazy_model_field  # noqa: E402

lazy_model_field(
    AddUserPublicKeyResponseData,
    "juicebox_config",
    lambda raw: AddUserPublicKeyResponseDataJuiceboxConfig.from_dict(raw),
)
