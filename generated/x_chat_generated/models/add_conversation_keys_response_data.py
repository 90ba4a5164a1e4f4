from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Model

T = TypeVar("T", bound="AddConversationKeysResponseData")


@_attrs_define
class AddConversationKeysResponseData(Model):
    """AddConversationKeysResponseData: an object of X's API, as the spec describes it.

    Attributes:
        conversation_id (str | None): Canonical ID of the conversation.
        sequence_id (str | None): Sequence ID of the key change.
    """

    conversation_id: str | None = None
    sequence_id: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The model as its JSON object: the fields that are set, and the unknown ones kept."""
        conversation_id = self.conversation_id

        sequence_id = self.sequence_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if conversation_id is not UNSET:
            field_dict["conversation_id"] = conversation_id
        if sequence_id is not UNSET:
            field_dict["sequence_id"] = sequence_id

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
        conversation_id = _get("conversation_id", UNSET)
        if type(conversation_id) is not str and conversation_id is not UNSET and not isinstance(conversation_id, str):
            raise TypeError(
                f"AddConversationKeysResponseData.conversation_id: expected str, got {type(conversation_id).__name__}"
            )

        sequence_id = _get("sequence_id", UNSET)
        if type(sequence_id) is not str and sequence_id is not UNSET and not isinstance(sequence_id, str):
            raise TypeError(
                f"AddConversationKeysResponseData.sequence_id: expected str, got {type(sequence_id).__name__}"
            )

        add_conversation_keys_response_data = cls(
            conversation_id,
            sequence_id,
        )

        d = (
            {}
            if _AddConversationKeysResponseData_KEYS.issuperset(src_dict)
            else {k: v for k, v in src_dict.items() if k not in _AddConversationKeysResponseData_KEYS}
        )
        add_conversation_keys_response_data.additional_properties = d
        return add_conversation_keys_response_data

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


_AddConversationKeysResponseData_KEYS = frozenset(
    {
        "conversation_id",
        "sequence_id",
    }
)
