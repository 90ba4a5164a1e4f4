from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Model

T = TypeVar("T", bound="WebhookConfig")


@_attrs_define
class WebhookConfig(Model):
    """WebhookConfig: an object of X's API, as the spec describes it.

    Attributes:
        created_at (str | None):
        id (str | None):
        url (str | None):
        valid (bool | None):
    """

    created_at: str | None = None
    id: str | None = None
    url: str | None = None
    valid: bool | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The model as its JSON object: the fields that are set, and the unknown ones kept."""
        created_at = self.created_at

        id = self.id

        url = self.url

        valid = self.valid

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if id is not UNSET:
            field_dict["id"] = id
        if url is not UNSET:
            field_dict["url"] = url
        if valid is not UNSET:
            field_dict["valid"] = valid

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
        created_at = _get("created_at", UNSET)
        if type(created_at) is not str and created_at is not UNSET and not isinstance(created_at, str):
            raise TypeError(f"WebhookConfig.created_at: expected str, got {type(created_at).__name__}")

        id = _get("id", UNSET)
        if type(id) is not str and id is not UNSET and not isinstance(id, str):
            raise TypeError(f"WebhookConfig.id: expected str, got {type(id).__name__}")

        url = _get("url", UNSET)
        if type(url) is not str and url is not UNSET and not isinstance(url, str):
            raise TypeError(f"WebhookConfig.url: expected str, got {type(url).__name__}")

        valid = _get("valid", UNSET)
        if type(valid) is not bool and valid is not UNSET:
            raise TypeError(f"WebhookConfig.valid: expected bool, got {type(valid).__name__}")

        webhook_config = cls(
            created_at,
            id,
            url,
            valid,
        )

        d = (
            {}
            if _WebhookConfig_KEYS.issuperset(src_dict)
            else {k: v for k, v in src_dict.items() if k not in _WebhookConfig_KEYS}
        )
        webhook_config.additional_properties = d
        return webhook_config

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


_WebhookConfig_KEYS = frozenset(
    {
        "created_at",
        "id",
        "url",
        "valid",
    }
)
