from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Model

T = TypeVar("T", bound="GetBroadcastChatResponseMeta")


@_attrs_define
class GetBroadcastChatResponseMeta(Model):
    """GetBroadcastChatResponseMeta: an object of X's API, as the spec describes it.

    Attributes:
        next_token (str | None): Pagination token for the next page of results.
        result_count (int | None): Number of items in the data array.
    """

    next_token: str | None = None
    result_count: int | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The model as its JSON object: the fields that are set, and the unknown ones kept."""
        next_token = self.next_token

        result_count = self.result_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if next_token is not UNSET:
            field_dict["next_token"] = next_token
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
        next_token = _get("next_token", UNSET)
        if type(next_token) is not str and next_token is not UNSET and not isinstance(next_token, str):
            raise TypeError(f"GetBroadcastChatResponseMeta.next_token: expected str, got {type(next_token).__name__}")

        result_count = _get("result_count", UNSET)
        if result_count is not UNSET and (not isinstance(result_count, int) or isinstance(result_count, bool)):
            raise TypeError(
                f"GetBroadcastChatResponseMeta.result_count: expected int, got {type(result_count).__name__}"
            )

        get_broadcast_chat_response_meta = cls(
            next_token,
            result_count,
        )

        d = (
            {}
            if _GetBroadcastChatResponseMeta_KEYS.issuperset(src_dict)
            else {k: v for k, v in src_dict.items() if k not in _GetBroadcastChatResponseMeta_KEYS}
        )
        get_broadcast_chat_response_meta.additional_properties = d
        return get_broadcast_chat_response_meta

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


_GetBroadcastChatResponseMeta_KEYS = frozenset(
    {
        "next_token",
        "result_count",
    }
)
