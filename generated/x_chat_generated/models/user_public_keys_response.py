from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="UserPublicKeysResponse")


@_attrs_define
class UserPublicKeysResponse:
    """
    Attributes:
        data (list[PublicKey] | Unset):
        errors (list[Problem] | Unset):
    """

    data: list[PublicKey] | Unset = UNSET
    errors: list[Problem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.data, Unset):
            data = []
            for data_item_data in self.data:
                data_item = data_item_data.to_dict()
                data.append(data_item)

        errors: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.errors, Unset):
            errors = []
            for errors_item_data in self.errors:
                errors_item = errors_item_data.to_dict()
                errors.append(errors_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if data is not UNSET:
            field_dict["data"] = data
        if errors is not UNSET:
            field_dict["errors"] = errors

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _get = src_dict.get
        _data = _get("data", UNSET)
        data: list[PublicKey] | Unset = UNSET
        if _data is not UNSET:
            data = []
            for data_item_data in _data:
                data_item = PublicKey.from_dict(data_item_data)

                data.append(data_item)

        _errors = _get("errors", UNSET)
        errors: list[Problem] | Unset = UNSET
        if _errors is not UNSET:
            errors = []
            for errors_item_data in _errors:
                errors_item = Problem.from_dict(errors_item_data)

                errors.append(errors_item)

        user_public_keys_response = cls(
            data,
            errors,
        )

        d = (
            {}
            if _UserPublicKeysResponse_KEYS.issuperset(src_dict)
            else {k: v for k, v in src_dict.items() if k not in _UserPublicKeysResponse_KEYS}
        )
        user_public_keys_response.additional_properties = d
        return user_public_keys_response

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


_UserPublicKeysResponse_KEYS = frozenset(
    {
        "data",
        "errors",
    }
)
from ..models.problem import Problem  # noqa: E402
from ..models.public_key import PublicKey  # noqa: E402
