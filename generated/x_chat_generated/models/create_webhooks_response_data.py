from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import Model

T = TypeVar("T", bound="CreateWebhooksResponseData")


@_attrs_define
class CreateWebhooksResponseData(Model):
    """CreateWebhooksResponseData: an object of X's API, as the spec describes it.

    Attributes:
        created_at (str): Creation time of the webhook configuration.
        id (str): Unique identifier of the webhook configuration.
        url (str): The URL the webhook delivers events to.
        valid (bool): Indicates whether the webhook URL passed validation.
    """

    created_at: str
    id: str
    url: str
    valid: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The model as its JSON object: the fields that are set, and the unknown ones kept."""
        created_at = self.created_at

        id = self.id

        url = self.url

        valid = self.valid

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "created_at": created_at,
                "id": id,
                "url": url,
                "valid": valid,
            }
        )

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
        created_at = src_dict["created_at"]
        if type(created_at) is not str and not isinstance(created_at, str):
            raise TypeError(f"CreateWebhooksResponseData.created_at: expected str, got {type(created_at).__name__}")

        id = src_dict["id"]
        if type(id) is not str and not isinstance(id, str):
            raise TypeError(f"CreateWebhooksResponseData.id: expected str, got {type(id).__name__}")

        url = src_dict["url"]
        if type(url) is not str and not isinstance(url, str):
            raise TypeError(f"CreateWebhooksResponseData.url: expected str, got {type(url).__name__}")

        valid = src_dict["valid"]
        if type(valid) is not bool:
            raise TypeError(f"CreateWebhooksResponseData.valid: expected bool, got {type(valid).__name__}")

        create_webhooks_response_data = cls(
            created_at,
            id,
            url,
            valid,
        )

        d = (
            {}
            if _CreateWebhooksResponseData_KEYS.issuperset(src_dict)
            else {k: v for k, v in src_dict.items() if k not in _CreateWebhooksResponseData_KEYS}
        )
        create_webhooks_response_data.additional_properties = d
        return create_webhooks_response_data

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


_CreateWebhooksResponseData_KEYS = frozenset(
    {
        "created_at",
        "id",
        "url",
        "valid",
    }
)
