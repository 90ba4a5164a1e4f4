from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import Model

T = TypeVar("T", bound="CreateWebhooksRequest")


@_attrs_define
class CreateWebhooksRequest(Model):
    """CreateWebhooksRequest: an object of X's API, as the spec describes it.

    Attributes:
        url (str): The URL the webhook delivers events to.
    """

    url: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The model as its JSON object: the fields that are set, and the unknown ones kept."""
        url = self.url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "url": url,
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
        url = src_dict["url"]
        if type(url) is not str and not isinstance(url, str):
            raise TypeError(f"CreateWebhooksRequest.url: expected str, got {type(url).__name__}")

        create_webhooks_request = cls(
            url,
        )

        d = (
            {}
            if _CreateWebhooksRequest_KEYS.issuperset(src_dict)
            else {k: v for k, v in src_dict.items() if k not in _CreateWebhooksRequest_KEYS}
        )
        create_webhooks_request.additional_properties = d
        return create_webhooks_request

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


_CreateWebhooksRequest_KEYS = frozenset(
    {
        "url",
    }
)
