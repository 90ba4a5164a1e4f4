from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.chat_conversation_type import ChatConversationType
from ..types import UNSET, Unset

T = TypeVar("T", bound="ChatConversation")


@_attrs_define
class ChatConversation:
    """A Chat conversation resource representing either a direct or group conversation.

    Attributes:
        id (str): The unique identifier for this conversation.
        admin_ids (list[str] | Unset): User IDs of group admins. Only present for group conversations.
        created_at (str | Unset): ISO 8601 timestamp when the group was created. Only present for group conversations.
        group_avatar_url (str | Unset): URL for the group avatar. Only present for group conversations.
        group_name (str | Unset): Encrypted group name. Only present for group conversations.
        is_muted (bool | Unset): Whether notifications are muted for this conversation.
        member_ids (list[str] | Unset): User IDs of group members. Only present for group conversations.
        message_ttl_msec (str | Unset): Message time-to-live in milliseconds.
        participant_ids (list[str] | Unset): Array of user IDs who are participants in this conversation.
        screen_capture_blocking_enabled (bool | Unset): Whether screen capture blocking is enabled for this
            conversation.
        screen_capture_detection_enabled (bool | Unset): Whether screen capture detection is enabled for this
            conversation.
        type_ (ChatConversationType | Unset): The type of conversation: 'direct' or 'group'.
        updated_at (str | Unset): ISO 8601 timestamp when the group was last updated. Only present for group
            conversations.
    """

    id: str
    admin_ids: list[str] | Unset = UNSET
    created_at: str | Unset = UNSET
    group_avatar_url: str | Unset = UNSET
    group_name: str | Unset = UNSET
    is_muted: bool | Unset = UNSET
    member_ids: list[str] | Unset = UNSET
    message_ttl_msec: str | Unset = UNSET
    participant_ids: list[str] | Unset = UNSET
    screen_capture_blocking_enabled: bool | Unset = UNSET
    screen_capture_detection_enabled: bool | Unset = UNSET
    type_: ChatConversationType | Unset = UNSET
    updated_at: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        admin_ids: list[str] | Unset = UNSET
        if not isinstance(self.admin_ids, Unset):
            admin_ids = self.admin_ids

        created_at = self.created_at

        group_avatar_url = self.group_avatar_url

        group_name = self.group_name

        is_muted = self.is_muted

        member_ids: list[str] | Unset = UNSET
        if not isinstance(self.member_ids, Unset):
            member_ids = self.member_ids

        message_ttl_msec = self.message_ttl_msec

        participant_ids: list[str] | Unset = UNSET
        if not isinstance(self.participant_ids, Unset):
            participant_ids = self.participant_ids

        screen_capture_blocking_enabled = self.screen_capture_blocking_enabled

        screen_capture_detection_enabled = self.screen_capture_detection_enabled

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        updated_at = self.updated_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if admin_ids is not UNSET:
            field_dict["admin_ids"] = admin_ids
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if group_avatar_url is not UNSET:
            field_dict["group_avatar_url"] = group_avatar_url
        if group_name is not UNSET:
            field_dict["group_name"] = group_name
        if is_muted is not UNSET:
            field_dict["is_muted"] = is_muted
        if member_ids is not UNSET:
            field_dict["member_ids"] = member_ids
        if message_ttl_msec is not UNSET:
            field_dict["message_ttl_msec"] = message_ttl_msec
        if participant_ids is not UNSET:
            field_dict["participant_ids"] = participant_ids
        if screen_capture_blocking_enabled is not UNSET:
            field_dict["screen_capture_blocking_enabled"] = screen_capture_blocking_enabled
        if screen_capture_detection_enabled is not UNSET:
            field_dict["screen_capture_detection_enabled"] = screen_capture_detection_enabled
        if type_ is not UNSET:
            field_dict["type"] = type_
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _get = src_dict.get
        id = src_dict["id"]
        if type(id) is not str and not isinstance(id, str):
            raise TypeError(f"ChatConversation.id: expected str, got {type(id).__name__}")

        admin_ids = cast(list[str], _get("admin_ids", UNSET))

        created_at = _get("created_at", UNSET)
        if type(created_at) is not str and created_at is not UNSET and not isinstance(created_at, str):
            raise TypeError(f"ChatConversation.created_at: expected str, got {type(created_at).__name__}")

        group_avatar_url = _get("group_avatar_url", UNSET)
        if (
            type(group_avatar_url) is not str
            and group_avatar_url is not UNSET
            and not isinstance(group_avatar_url, str)
        ):
            raise TypeError(f"ChatConversation.group_avatar_url: expected str, got {type(group_avatar_url).__name__}")

        group_name = _get("group_name", UNSET)
        if type(group_name) is not str and group_name is not UNSET and not isinstance(group_name, str):
            raise TypeError(f"ChatConversation.group_name: expected str, got {type(group_name).__name__}")

        is_muted = _get("is_muted", UNSET)
        if type(is_muted) is not bool and is_muted is not UNSET:
            raise TypeError(f"ChatConversation.is_muted: expected bool, got {type(is_muted).__name__}")

        member_ids = cast(list[str], _get("member_ids", UNSET))

        message_ttl_msec = _get("message_ttl_msec", UNSET)
        if (
            type(message_ttl_msec) is not str
            and message_ttl_msec is not UNSET
            and not isinstance(message_ttl_msec, str)
        ):
            raise TypeError(f"ChatConversation.message_ttl_msec: expected str, got {type(message_ttl_msec).__name__}")

        participant_ids = cast(list[str], _get("participant_ids", UNSET))

        screen_capture_blocking_enabled = _get("screen_capture_blocking_enabled", UNSET)
        if type(screen_capture_blocking_enabled) is not bool and screen_capture_blocking_enabled is not UNSET:
            raise TypeError(
                f"ChatConversation.screen_capture_blocking_enabled: expected bool, got {type(screen_capture_blocking_enabled).__name__}"
            )

        screen_capture_detection_enabled = _get("screen_capture_detection_enabled", UNSET)
        if type(screen_capture_detection_enabled) is not bool and screen_capture_detection_enabled is not UNSET:
            raise TypeError(
                f"ChatConversation.screen_capture_detection_enabled: expected bool, got {type(screen_capture_detection_enabled).__name__}"
            )

        _type_ = _get("type", UNSET)
        type_: ChatConversationType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = ChatConversationType(_type_)

        updated_at = _get("updated_at", UNSET)
        if type(updated_at) is not str and updated_at is not UNSET and not isinstance(updated_at, str):
            raise TypeError(f"ChatConversation.updated_at: expected str, got {type(updated_at).__name__}")

        chat_conversation = cls(
            id,
            admin_ids,
            created_at,
            group_avatar_url,
            group_name,
            is_muted,
            member_ids,
            message_ttl_msec,
            participant_ids,
            screen_capture_blocking_enabled,
            screen_capture_detection_enabled,
            type_,
            updated_at,
        )

        d = (
            {}
            if _ChatConversation_KEYS.issuperset(src_dict)
            else {k: v for k, v in src_dict.items() if k not in _ChatConversation_KEYS}
        )
        chat_conversation.additional_properties = d
        return chat_conversation

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


_ChatConversation_KEYS = frozenset(
    {
        "id",
        "admin_ids",
        "created_at",
        "group_avatar_url",
        "group_name",
        "is_muted",
        "member_ids",
        "message_ttl_msec",
        "participant_ids",
        "screen_capture_blocking_enabled",
        "screen_capture_detection_enabled",
        "type",
        "updated_at",
    }
)
