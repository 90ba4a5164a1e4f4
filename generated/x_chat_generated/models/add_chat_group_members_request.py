from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Model, Unset, deferred_items

T = TypeVar("T", bound="AddChatGroupMembersRequest")


@_attrs_define
class AddChatGroupMembersRequest(Model):
    """AddChatGroupMembersRequest: an object of X's API, as the spec describes it.

    Attributes:
        user_ids (list[str]): List of user IDs to add to the group conversation.
        action_signatures (list[AddChatGroupMembersActionSignatures] | None): Cryptographic signatures for the action.
        conversation_key_version (str | None): Version of the new rotated conversation key.
        conversation_participant_keys (list[AddChatGroupMembersConversationParticipantKeys] | None): Encrypted
            conversation keys for each participant.
        encrypted_avatar_url (str | None): Re-encrypted group avatar URL with new conversation key.
        encrypted_title (str | None): Re-encrypted group title with new conversation key.
    """

    user_ids: list[str]
    action_signatures: list[AddChatGroupMembersActionSignatures] | None = None
    conversation_key_version: str | None = None
    conversation_participant_keys: list[AddChatGroupMembersConversationParticipantKeys] | None = None
    encrypted_avatar_url: str | None = None
    encrypted_title: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The model as its JSON object: the fields that are set, and the unknown ones kept."""
        user_ids = self.user_ids

        action_signatures: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.action_signatures, Unset):
            action_signatures = []
            for action_signatures_item_data in self.action_signatures:
                action_signatures_item = action_signatures_item_data.to_dict()
                action_signatures.append(action_signatures_item)

        conversation_key_version = self.conversation_key_version

        conversation_participant_keys: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.conversation_participant_keys, Unset):
            conversation_participant_keys = []
            for conversation_participant_keys_item_data in self.conversation_participant_keys:
                conversation_participant_keys_item = conversation_participant_keys_item_data.to_dict()
                conversation_participant_keys.append(conversation_participant_keys_item)

        encrypted_avatar_url = self.encrypted_avatar_url

        encrypted_title = self.encrypted_title

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "user_ids": user_ids,
            }
        )
        if action_signatures is not UNSET:
            field_dict["action_signatures"] = action_signatures
        if conversation_key_version is not UNSET:
            field_dict["conversation_key_version"] = conversation_key_version
        if conversation_participant_keys is not UNSET:
            field_dict["conversation_participant_keys"] = conversation_participant_keys
        if encrypted_avatar_url is not UNSET:
            field_dict["encrypted_avatar_url"] = encrypted_avatar_url
        if encrypted_title is not UNSET:
            field_dict["encrypted_title"] = encrypted_title

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
        user_ids = cast(list[str], src_dict["user_ids"])

        _action_signatures = _get("action_signatures", UNSET)
        action_signatures: list[AddChatGroupMembersActionSignatures] | Unset = UNSET
        if _action_signatures is not UNSET:
            if not isinstance(_action_signatures, list):
                raise TypeError(f"action_signatures: expected array, got {type(_action_signatures).__name__}")
            action_signatures = deferred_items(AddChatGroupMembersActionSignatures, _action_signatures)

        conversation_key_version = _get("conversation_key_version", UNSET)
        if (
            type(conversation_key_version) is not str
            and conversation_key_version is not UNSET
            and not isinstance(conversation_key_version, str)
        ):
            raise TypeError(
                f"AddChatGroupMembersRequest.conversation_key_version: expected str, got {type(conversation_key_version).__name__}"
            )

        _conversation_participant_keys = _get("conversation_participant_keys", UNSET)
        conversation_participant_keys: list[AddChatGroupMembersConversationParticipantKeys] | Unset = UNSET
        if _conversation_participant_keys is not UNSET:
            if not isinstance(_conversation_participant_keys, list):
                raise TypeError(
                    f"conversation_participant_keys: expected array, got {type(_conversation_participant_keys).__name__}"
                )
            conversation_participant_keys = deferred_items(
                AddChatGroupMembersConversationParticipantKeys, _conversation_participant_keys
            )

        encrypted_avatar_url = _get("encrypted_avatar_url", UNSET)
        if (
            type(encrypted_avatar_url) is not str
            and encrypted_avatar_url is not UNSET
            and not isinstance(encrypted_avatar_url, str)
        ):
            raise TypeError(
                f"AddChatGroupMembersRequest.encrypted_avatar_url: expected str, got {type(encrypted_avatar_url).__name__}"
            )

        encrypted_title = _get("encrypted_title", UNSET)
        if type(encrypted_title) is not str and encrypted_title is not UNSET and not isinstance(encrypted_title, str):
            raise TypeError(
                f"AddChatGroupMembersRequest.encrypted_title: expected str, got {type(encrypted_title).__name__}"
            )

        add_chat_group_members_request = cls(
            user_ids,
            action_signatures,
            conversation_key_version,
            conversation_participant_keys,
            encrypted_avatar_url,
            encrypted_title,
        )

        d = (
            {}
            if _AddChatGroupMembersRequest_KEYS.issuperset(src_dict)
            else {k: v for k, v in src_dict.items() if k not in _AddChatGroupMembersRequest_KEYS}
        )
        add_chat_group_members_request.additional_properties = d
        return add_chat_group_members_request

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


_AddChatGroupMembersRequest_KEYS = frozenset(
    {
        "user_ids",
        "action_signatures",
        "conversation_key_version",
        "conversation_participant_keys",
        "encrypted_avatar_url",
        "encrypted_title",
    }
)
from ..models.add_chat_group_members_action_signatures import AddChatGroupMembersActionSignatures  # noqa: E402
from ..models.add_chat_group_members_conversation_participant_keys import AddChatGroupMembersConversationParticipantKeys  # noqa: E402
