from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ChatGetConversationResponseMeta")


@_attrs_define
class ChatGetConversationResponseMeta:
    """
    Attributes:
        has_more (bool | Unset): Whether there are more messages to fetch.
        missing_conversation_key_change_events (list[str] | Unset): List of conversation key change events needed for
            decryption.
        next_token (str | Unset): Token to retrieve the next page of results.
        result_count (int | Unset): The number of message events returned.
    """

    has_more: bool | Unset = UNSET
    missing_conversation_key_change_events: list[str] | Unset = UNSET
    next_token: str | Unset = UNSET
    result_count: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        has_more = self.has_more

        missing_conversation_key_change_events: list[str] | Unset = UNSET
        if not isinstance(self.missing_conversation_key_change_events, Unset):
            missing_conversation_key_change_events = self.missing_conversation_key_change_events

        next_token = self.next_token

        result_count = self.result_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if has_more is not UNSET:
            field_dict["has_more"] = has_more
        if missing_conversation_key_change_events is not UNSET:
            field_dict["missing_conversation_key_change_events"] = missing_conversation_key_change_events
        if next_token is not UNSET:
            field_dict["next_token"] = next_token
        if result_count is not UNSET:
            field_dict["result_count"] = result_count

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _get = src_dict.get
        has_more = _get("has_more", UNSET)
        if type(has_more) is not bool and has_more is not UNSET:
            raise TypeError(f"ChatGetConversationResponseMeta.has_more: expected bool, got {type(has_more).__name__}")

        missing_conversation_key_change_events = cast(list[str], _get("missing_conversation_key_change_events", UNSET))

        next_token = _get("next_token", UNSET)
        if type(next_token) is not str and next_token is not UNSET and not isinstance(next_token, str):
            raise TypeError(
                f"ChatGetConversationResponseMeta.next_token: expected str, got {type(next_token).__name__}"
            )

        result_count = _get("result_count", UNSET)
        if result_count is not UNSET and (not isinstance(result_count, int) or isinstance(result_count, bool)):
            raise TypeError(
                f"ChatGetConversationResponseMeta.result_count: expected int, got {type(result_count).__name__}"
            )

        chat_get_conversation_response_meta = cls(
            has_more,
            missing_conversation_key_change_events,
            next_token,
            result_count,
        )

        d = (
            {}
            if _ChatGetConversationResponseMeta_KEYS.issuperset(src_dict)
            else {k: v for k, v in src_dict.items() if k not in _ChatGetConversationResponseMeta_KEYS}
        )
        chat_get_conversation_response_meta.additional_properties = d
        return chat_get_conversation_response_meta

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


_ChatGetConversationResponseMeta_KEYS = frozenset(
    {
        "has_more",
        "missing_conversation_key_change_events",
        "next_token",
        "result_count",
    }
)
