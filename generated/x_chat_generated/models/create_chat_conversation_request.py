from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Model, Unset, deferred_items

T = TypeVar("T", bound="CreateChatConversationRequest")


@_attrs_define
class CreateChatConversationRequest(Model):
    """CreateChatConversationRequest: an object of X's API, as the spec describes it.

    Attributes:
        conversation_id (str): Client-generated conversation ID.
        conversation_key_version (str): Version of the conversation encryption key.
        conversation_participant_keys (list[CreateChatConversationConversationParticipantKeys]): Encrypted conversation
            keys for each participant.
        group_members (list[str]): User IDs of group members to include in the conversation.
        action_signatures (list[CreateChatConversationActionSignatures] | None): Cryptographic signatures for the
            action.
        base64_encoded_key_rotation (str | None): Base64-encoded key rotation payload.
        group_admins (list[str] | None): User IDs of group admins. Defaults to the creator if omitted.
        group_avatar_url (str | None): URL of the avatar image for the group conversation.
        group_description (str | None): Description for the group conversation.
        group_name (str | None): Display name for the group conversation.
        ttl_msec (str | None): Message time-to-live in milliseconds. Messages expire after this duration.
    """

    conversation_id: str
    conversation_key_version: str
    conversation_participant_keys: list[CreateChatConversationConversationParticipantKeys]
    group_members: list[str]
    action_signatures: list[CreateChatConversationActionSignatures] | None = None
    base64_encoded_key_rotation: str | None = None
    group_admins: list[str] | None = None
    group_avatar_url: str | None = None
    group_description: str | None = None
    group_name: str | None = None
    ttl_msec: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The model as its JSON object: the fields that are set, and the unknown ones kept."""
        conversation_id = self.conversation_id

        conversation_key_version = self.conversation_key_version

        conversation_participant_keys = []
        for conversation_participant_keys_item_data in self.conversation_participant_keys:
            conversation_participant_keys_item = conversation_participant_keys_item_data.to_dict()
            conversation_participant_keys.append(conversation_participant_keys_item)

        group_members = self.group_members

        action_signatures: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.action_signatures, Unset):
            action_signatures = []
            for action_signatures_item_data in self.action_signatures:
                action_signatures_item = action_signatures_item_data.to_dict()
                action_signatures.append(action_signatures_item)

        base64_encoded_key_rotation = self.base64_encoded_key_rotation

        group_admins: list[str] | Unset = UNSET
        if not isinstance(self.group_admins, Unset):
            group_admins = self.group_admins

        group_avatar_url = self.group_avatar_url

        group_description = self.group_description

        group_name = self.group_name

        ttl_msec = self.ttl_msec

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "conversation_id": conversation_id,
                "conversation_key_version": conversation_key_version,
                "conversation_participant_keys": conversation_participant_keys,
                "group_members": group_members,
            }
        )
        if action_signatures is not UNSET:
            field_dict["action_signatures"] = action_signatures
        if base64_encoded_key_rotation is not UNSET:
            field_dict["base64_encoded_key_rotation"] = base64_encoded_key_rotation
        if group_admins is not UNSET:
            field_dict["group_admins"] = group_admins
        if group_avatar_url is not UNSET:
            field_dict["group_avatar_url"] = group_avatar_url
        if group_description is not UNSET:
            field_dict["group_description"] = group_description
        if group_name is not UNSET:
            field_dict["group_name"] = group_name
        if ttl_msec is not UNSET:
            field_dict["ttl_msec"] = ttl_msec

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
                f"CreateChatConversationRequest.conversation_id: expected str, got {type(conversation_id).__name__}"
            )

        conversation_key_version = src_dict["conversation_key_version"]
        if type(conversation_key_version) is not str and not isinstance(conversation_key_version, str):
            raise TypeError(
                f"CreateChatConversationRequest.conversation_key_version: expected str, got {type(conversation_key_version).__name__}"
            )

        _conversation_participant_keys = src_dict["conversation_participant_keys"]
        if not isinstance(_conversation_participant_keys, list):
            raise TypeError(
                f"conversation_participant_keys: expected array, got {type(_conversation_participant_keys).__name__}"
            )
        conversation_participant_keys = deferred_items(
            CreateChatConversationConversationParticipantKeys, _conversation_participant_keys
        )

        group_members = cast(list[str], src_dict["group_members"])

        _action_signatures = _get("action_signatures", UNSET)
        action_signatures: list[CreateChatConversationActionSignatures] | Unset = UNSET
        if _action_signatures is not UNSET:
            if not isinstance(_action_signatures, list):
                raise TypeError(f"action_signatures: expected array, got {type(_action_signatures).__name__}")
            action_signatures = deferred_items(CreateChatConversationActionSignatures, _action_signatures)

        base64_encoded_key_rotation = _get("base64_encoded_key_rotation", UNSET)
        if (
            type(base64_encoded_key_rotation) is not str
            and base64_encoded_key_rotation is not UNSET
            and not isinstance(base64_encoded_key_rotation, str)
        ):
            raise TypeError(
                f"CreateChatConversationRequest.base64_encoded_key_rotation: expected str, got {type(base64_encoded_key_rotation).__name__}"
            )

        group_admins = cast(list[str], _get("group_admins", UNSET))

        group_avatar_url = _get("group_avatar_url", UNSET)
        if (
            type(group_avatar_url) is not str
            and group_avatar_url is not UNSET
            and not isinstance(group_avatar_url, str)
        ):
            raise TypeError(
                f"CreateChatConversationRequest.group_avatar_url: expected str, got {type(group_avatar_url).__name__}"
            )

        group_description = _get("group_description", UNSET)
        if (
            type(group_description) is not str
            and group_description is not UNSET
            and not isinstance(group_description, str)
        ):
            raise TypeError(
                f"CreateChatConversationRequest.group_description: expected str, got {type(group_description).__name__}"
            )

        group_name = _get("group_name", UNSET)
        if type(group_name) is not str and group_name is not UNSET and not isinstance(group_name, str):
            raise TypeError(f"CreateChatConversationRequest.group_name: expected str, got {type(group_name).__name__}")

        ttl_msec = _get("ttl_msec", UNSET)
        if type(ttl_msec) is not str and ttl_msec is not UNSET and not isinstance(ttl_msec, str):
            raise TypeError(f"CreateChatConversationRequest.ttl_msec: expected str, got {type(ttl_msec).__name__}")

        create_chat_conversation_request = cls(
            conversation_id,
            conversation_key_version,
            conversation_participant_keys,
            group_members,
            action_signatures,
            base64_encoded_key_rotation,
            group_admins,
            group_avatar_url,
            group_description,
            group_name,
            ttl_msec,
        )

        d = (
            {}
            if _CreateChatConversationRequest_KEYS.issuperset(src_dict)
            else {k: v for k, v in src_dict.items() if k not in _CreateChatConversationRequest_KEYS}
        )
        create_chat_conversation_request.additional_properties = d
        return create_chat_conversation_request

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


_CreateChatConversationRequest_KEYS = frozenset(
    {
        "conversation_id",
        "conversation_key_version",
        "conversation_participant_keys",
        "group_members",
        "action_signatures",
        "base64_encoded_key_rotation",
        "group_admins",
        "group_avatar_url",
        "group_description",
        "group_name",
        "ttl_msec",
    }
)
from ..models.create_chat_conversation_action_signatures import CreateChatConversationActionSignatures  # noqa: E402
from ..models.create_chat_conversation_conversation_participant_keys import (
    CreateChatConversationConversationParticipantKeys,
)
