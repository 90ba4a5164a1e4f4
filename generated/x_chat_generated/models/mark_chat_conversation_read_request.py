from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import Model

T = TypeVar("T", bound="MarkChatConversationReadRequest")


@_attrs_define
class MarkChatConversationReadRequest(Model):
    """MarkChatConversationReadRequest: an object of X's API, as the spec describes it.

    Attributes:
        seen_until_sequence_id (str): The sequence ID of the last message to mark as read up to.
    """

    seen_until_sequence_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The model as its JSON object: the fields that are set, and the unknown ones kept."""
        seen_until_sequence_id = self.seen_until_sequence_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "seen_until_sequence_id": seen_until_sequence_id,
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
        seen_until_sequence_id = src_dict["seen_until_sequence_id"]
        if type(seen_until_sequence_id) is not str and not isinstance(seen_until_sequence_id, str):
            raise TypeError(
                f"MarkChatConversationReadRequest.seen_until_sequence_id: expected str, got {type(seen_until_sequence_id).__name__}"
            )

        mark_chat_conversation_read_request = cls(
            seen_until_sequence_id,
        )

        d = (
            {}
            if _MarkChatConversationReadRequest_KEYS.issuperset(src_dict)
            else {k: v for k, v in src_dict.items() if k not in _MarkChatConversationReadRequest_KEYS}
        )
        mark_chat_conversation_read_request.additional_properties = d
        return mark_chat_conversation_read_request

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


_MarkChatConversationReadRequest_KEYS = frozenset(
    {
        "seen_until_sequence_id",
    }
)
