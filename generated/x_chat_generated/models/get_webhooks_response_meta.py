from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Model

T = TypeVar("T", bound="GetWebhooksResponseMeta")


@_attrs_define
class GetWebhooksResponseMeta(Model):
    """GetWebhooksResponseMeta: an object of X's API, as the spec describes it.

    Attributes:
        result_count (int | None): Number of items in the data array.
    """

    result_count: int | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The model as its JSON object: the fields that are set, and the unknown ones kept."""
        result_count = self.result_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if result_count is not UNSET:
            field_dict["result_count"] = result_count

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
        result_count = _get("result_count", UNSET)
        if result_count is not UNSET and (not isinstance(result_count, int) or isinstance(result_count, bool)):
            raise TypeError(f"GetWebhooksResponseMeta.result_count: expected int, got {type(result_count).__name__}")

        get_webhooks_response_meta = cls(
            result_count,
        )

        d = (
            {}
            if _GetWebhooksResponseMeta_KEYS.issuperset(src_dict)
            else {k: v for k, v in src_dict.items() if k not in _GetWebhooksResponseMeta_KEYS}
        )
        get_webhooks_response_meta.additional_properties = d
        return get_webhooks_response_meta

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


_GetWebhooksResponseMeta_KEYS = frozenset(
    {
        "result_count",
    }
)
