from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Model

T = TypeVar("T", bound="CreateChatConversationResponseData")


@_attrs_define
class CreateChatConversationResponseData(Model):
    """CreateChatConversationResponseData: an object of X's API, as the spec describes it.

    Attributes:
        conversation_id (str): Canonical ID of the created conversation.
        conversation_key_change_sequence_id (str | None): Sequence ID of the conversation key change.
    """

    conversation_id: str
    conversation_key_change_sequence_id: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The model as its JSON object: the fields that are set, and the unknown ones kept."""
        conversation_id = self.conversation_id

        conversation_key_change_sequence_id = self.conversation_key_change_sequence_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "conversation_id": conversation_id,
            }
        )
        if conversation_key_change_sequence_id is not UNSET:
            field_dict["conversation_key_change_sequence_id"] = conversation_key_change_sequence_id

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
        conversation_id = src_dict["conversation_id"]
        if type(conversation_id) is not str and not isinstance(conversation_id, str):
            raise TypeError(
                f"CreateChatConversationResponseData.conversation_id: expected str, got {type(conversation_id).__name__}"
            )

        conversation_key_change_sequence_id = _get("conversation_key_change_sequence_id", UNSET)
        if (
            type(conversation_key_change_sequence_id) is not str
            and conversation_key_change_sequence_id is not UNSET
            and not isinstance(conversation_key_change_sequence_id, str)
        ):
            raise TypeError(
                f"CreateChatConversationResponseData.conversation_key_change_sequence_id: expected str, got {type(conversation_key_change_sequence_id).__name__}"
            )

        create_chat_conversation_response_data = cls(
            conversation_id,
            conversation_key_change_sequence_id,
        )

        d = (
            {}
            if _CreateChatConversationResponseData_KEYS.issuperset(src_dict)
            else {k: v for k, v in src_dict.items() if k not in _CreateChatConversationResponseData_KEYS}
        )
        create_chat_conversation_response_data.additional_properties = d
        return create_chat_conversation_response_data

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


_CreateChatConversationResponseData_KEYS = frozenset(
    {
        "conversation_id",
        "conversation_key_change_sequence_id",
    }
)
