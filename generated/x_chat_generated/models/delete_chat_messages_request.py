from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.delete_chat_messages_request_delete_message_action import DeleteChatMessagesRequestDeleteMessageAction
from ..types import UNSET, Model, Unset, deferred_items

T = TypeVar("T", bound="DeleteChatMessagesRequest")


@_attrs_define
class DeleteChatMessagesRequest(Model):
    """DeleteChatMessagesRequest: an object of X's API, as the spec describes it.

    Attributes:
        action_signatures (list[DeleteChatMessagesActionSignatures]): Cryptographic signatures for the action.
        delete_message_action (DeleteChatMessagesRequestDeleteMessageAction): delete_for_all removes the messages for
            every participant; delete_for_self removes them only from the authenticated user's view.
        sequence_ids (list[str]): Sequence IDs of the messages to delete.
        media_hash_keys (list[str] | None): Hash keys of encrypted media blobs to delete alongside the messages
            (delete_for_all only).
    """

    action_signatures: list[DeleteChatMessagesActionSignatures]
    delete_message_action: DeleteChatMessagesRequestDeleteMessageAction
    sequence_ids: list[str]
    media_hash_keys: list[str] | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The model as its JSON object: the fields that are set, and the unknown ones kept."""
        action_signatures = []
        for action_signatures_item_data in self.action_signatures:
            action_signatures_item = action_signatures_item_data.to_dict()
            action_signatures.append(action_signatures_item)

        delete_message_action = self.delete_message_action.value

        sequence_ids = self.sequence_ids

        media_hash_keys: list[str] | Unset = UNSET
        if not isinstance(self.media_hash_keys, Unset):
            media_hash_keys = self.media_hash_keys

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "action_signatures": action_signatures,
                "delete_message_action": delete_message_action,
                "sequence_ids": sequence_ids,
            }
        )
        if media_hash_keys is not UNSET:
            field_dict["media_hash_keys"] = media_hash_keys

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
        _action_signatures = src_dict["action_signatures"]
        if not isinstance(_action_signatures, list):
            raise TypeError(f"action_signatures: expected array, got {type(_action_signatures).__name__}")
        action_signatures = deferred_items(DeleteChatMessagesActionSignatures, _action_signatures)

        delete_message_action = DeleteChatMessagesRequestDeleteMessageAction(src_dict["delete_message_action"])

        sequence_ids = cast(list[str], src_dict["sequence_ids"])

        media_hash_keys = cast(list[str], _get("media_hash_keys", UNSET))

        delete_chat_messages_request = cls(
            action_signatures,
            delete_message_action,
            sequence_ids,
            media_hash_keys,
        )

        d = (
            {}
            if _DeleteChatMessagesRequest_KEYS.issuperset(src_dict)
            else {k: v for k, v in src_dict.items() if k not in _DeleteChatMessagesRequest_KEYS}
        )
        delete_chat_messages_request.additional_properties = d
        return delete_chat_messages_request

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


_DeleteChatMessagesRequest_KEYS = frozenset(
    {
        "action_signatures",
        "delete_message_action",
        "sequence_ids",
        "media_hash_keys",
    }
)
from ..models.delete_chat_messages_action_signatures import DeleteChatMessagesActionSignatures  # noqa: E402
